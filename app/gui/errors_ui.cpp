#include "gui/errors_ui.h"

#include <langinfo.h>
#include <soci/error.h>
#include <wx/msgdlg.h>

#include <clocale>
#include <cstring>

#include "gui/wx_text.h"
#include "myochart/errors.h"

namespace myochart::gui {

namespace {

// "pain_before: is out of range (accepted: 0 to 10)" -> "Pain before: is out of range (...)".
wxString readable(std::string message) {
  const auto colon = message.find(": ");
  if (colon != std::string::npos && colon < 40)
    for (std::size_t i = 0; i < colon; ++i)
      if (message[i] == '_') message[i] = ' ';
  if (!message.empty() && message[0] >= 'a' && message[0] <= 'z')
    message[0] = static_cast<char>(message[0] - 'a' + 'A');
  if (!message.empty() && message.back() != '.' && message.back() != ')') message += '.';
  return wx(message);
}

}  // namespace

void use_utf8_for_narrow_strings() {
  if (std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) std::setlocale(LC_CTYPE, "C.UTF-8");
}

wxString describe_error(const std::exception& e) {
  if (dynamic_cast<const Error*>(&e)) return readable(e.what());
  if (const auto* se = dynamic_cast<const soci::soci_error*>(&e))
    return "The database reported an error: " + wx(se->get_error_message());
  if (dynamic_cast<const std::bad_alloc*>(&e))
    return "The computer ran out of memory. Close other programs and try again.";
  return "Something went wrong: " + wx(e.what());
}

void show_error(wxWindow* parent, const wxString& what_failed, const std::exception& e) {
  wxMessageDialog dlg(parent, describe_error(e), what_failed, wxOK | wxICON_WARNING);
  dlg.SetExtendedMessage("");
  dlg.ShowModal();
}

}  // namespace myochart::gui
