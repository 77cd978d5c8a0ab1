#include "myochart/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace myochart::text {

bool is_valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    if (end - p >= 8) {  // skip runs of ASCII a word at a time
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        p += 8;
        continue;
      }
    }
    const unsigned c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int n = 0;
    unsigned cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (end - p <= n) return false;
    for (int i = 1; i <= n; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3Fu);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    p += n + 1;
  }
  return true;
}

namespace {
// True when none of the 8 bytes is a control (< 0x20, 0x7F) or non-ASCII (>= 0x80) byte: the
// common case of plain text, checked a word at a time.
bool plain_ascii_word(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;  // byte < 0x20
  const std::uint64_t del = ((w ^ (kOnes * 0x7F)) - kOnes) & ~(w ^ (kOnes * 0x7F)) & kHigh;
  return ((w & kHigh) | below_space | del) == 0;
}
}  // namespace

bool has_forbidden_control(std::string_view s, bool allow_newlines) {
  std::size_t i = 0;
  while (i + 8 <= s.size() && plain_ascii_word(s.data() + i)) i += 8;
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\t') continue;
    if (c == '\n' || c == '\r') {
      if (allow_newlines) continue;
      return true;
    }
    if (c < 0x20 || c == 0x7F) return true;
    // C1 controls U+0080..U+009F are encoded C2 80..C2 9F.
    if (c == 0xC2 && i + 1 < s.size()) {
      const auto d = static_cast<unsigned char>(s[i + 1]);
      if (d >= 0x80 && d <= 0x9F) return true;
    }
  }
  return false;
}

std::string trim(std::string_view s) {
  const char* ws = " \t\n\r\f\v";
  const auto b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(ws);
  return std::string(s.substr(b, e - b + 1));
}

std::size_t length_in_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

namespace {

// Latin letters that carry a stroke or are ligatures: no Unicode decomposition spells them in
// ASCII, so they get their conventional ASCII spelling here (lower case; folding comes after).
const char16_t* ascii_spelling(UChar32 c) {
  switch (c) {
    case 0x0141:
    case 0x0142:
      return u"l";  // Ł ł
    case 0x00D8:
    case 0x00F8:
      return u"o";  // Ø ø
    case 0x0110:
    case 0x0111:
      return u"d";  // Đ đ
    case 0x00D0:
    case 0x00F0:
      return u"d";  // Ð ð
    case 0x0126:
    case 0x0127:
      return u"h";  // Ħ ħ
    case 0x0131:
      return u"i";  // dotless ı
    case 0x0166:
    case 0x0167:
      return u"t";  // Ŧ ŧ
    case 0x00C6:
    case 0x00E6:
      return u"ae";  // Æ æ
    case 0x0152:
    case 0x0153:
      return u"oe";  // Œ œ
    case 0x00DE:
    case 0x00FE:
      return u"th";  // Þ þ
    case 0x0180:
    case 0x0243:
      return u"b";  // ƀ Ƀ
    case 0x01E4:
    case 0x01E5:
      return u"g";  // Ǥ ǥ
    default:
      return nullptr;
  }
}

// Voicing marks of kana change the word (か/が): keep them.
bool removable_mark(UChar32 c) {
  return u_charType(c) == U_NON_SPACING_MARK && c != 0x3099 && c != 0x309A;
}

}  // namespace

std::string fold_for_search(std::string_view s) {
  bool ascii = true;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  // Compatibility decomposition (also splits ligatures and full-width forms), marks removed,
  // stroked letters spelled, full case folding (ß -> ss), then recomposed (Hangul comes back
  // whole).
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("ICU normalization is unavailable: ") +
                             u_errorName(status));
  const icu::UnicodeString input =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  const icu::UnicodeString decomposed = nfkd->normalize(input, status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (removable_mark(c)) continue;
    if (const char16_t* spelled = ascii_spelling(c))
      kept.append(icu::UnicodeString(spelled));
    else
      kept.append(c);
  }
  kept.foldCase();
  const icu::UnicodeString composed = nfc->normalize(kept, status);
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("ICU normalization failed: ") + u_errorName(status));
  std::string out;
  composed.toUTF8String(out);
  return out;
}

namespace {
bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}
bool is_joiner(char c) {
  return c == '\'' || c == '-';
}
}  // namespace

std::vector<std::string> search_words(std::string_view folded) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < folded.size()) {
    // Skip separators (anything that is not a letter/digit byte).
    while (i < folded.size() && !is_word_byte(static_cast<unsigned char>(folded[i]))) ++i;
    if (i >= folded.size()) break;
    // A compound: word parts joined by apostrophes or hyphens ("o'brien", "jean-luc").
    std::vector<std::string> parts;
    std::string current;
    while (i < folded.size()) {
      const char c = folded[i];
      if (is_word_byte(static_cast<unsigned char>(c))) {
        current += c;
        ++i;
      } else if (is_joiner(c) && !current.empty() && i + 1 < folded.size() &&
                 is_word_byte(static_cast<unsigned char>(folded[i + 1]))) {
        parts.push_back(std::move(current));
        current.clear();
        ++i;
      } else {
        break;
      }
    }
    if (!current.empty()) parts.push_back(std::move(current));
    std::string joined;
    for (const auto& p : parts) {
      joined += p;
      words.push_back(p);
    }
    if (parts.size() > 1) words.push_back(joined);
  }
  return words;
}

std::string digits_only(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

}  // namespace myochart::text
