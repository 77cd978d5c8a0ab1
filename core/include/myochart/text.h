#pragma once
// Text rules shared by validation, search and rendering. All text in MyoChart is UTF-8.
#include <string>
#include <string_view>
#include <vector>

namespace myochart::text {

/// True when s is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view s);

/// True when s holds a control character other than tab, newline and carriage return
/// (NUL included). Such characters are refused in every text field.
bool has_forbidden_control(std::string_view s, bool allow_newlines);

/// Leading and trailing ASCII whitespace removed.
std::string trim(std::string_view s);

/// Number of Unicode code points (s must be valid UTF-8).
std::size_t length_in_code_points(std::string_view s);

/// The search key of a piece of text: lower-cased, accents and other diacritics removed,
/// Latin letters with strokes or ligatures spelled in ASCII (Ł -> l, ß -> ss, Æ -> ae),
/// other scripts kept as they are (김민준 stays 김민준). Thread-safe.
std::string fold_for_search(std::string_view s);

/// Splits folded text into search words: runs of letters and digits; apostrophes and hyphens
/// inside a word both split it and also yield the joined form ("o'brien" -> o, brien, obrien).
std::vector<std::string> search_words(std::string_view folded);

/// Only the ASCII digits of s ("+1 (555) 010-2030" -> "15550102030").
std::string digits_only(std::string_view s);

}  // namespace myochart::text
