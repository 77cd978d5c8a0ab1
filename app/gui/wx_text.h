#pragma once
// Text between core (UTF-8 std::string) and wx (wxString).
#include <wx/string.h>

#include <string>
#include <string_view>

namespace myochart::gui {

/// Our source literals are UTF-8 ("Settings…"), and wx converts narrow strings with the C
/// library's locale: when the environment names none (LANG unset gives "C"), use C.UTF-8 for
/// character conversion so that no label comes out empty. Call once, after wx is initialised.
void use_utf8_for_narrow_strings();

inline wxString wx(std::string_view s) {
  return wxString::FromUTF8(s.data(), s.size());
}
inline std::string utf8(const wxString& s) {
  const auto buf = s.utf8_str();
  return std::string(buf.data(), buf.length());
}

}  // namespace myochart::gui
