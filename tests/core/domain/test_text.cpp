#include <catch2/catch.hpp>

#include "myochart/text.h"

using namespace myochart::text;

TEST_CASE("UTF-8 validation accepts text in any script and rejects malformed bytes") {
  CHECK(is_valid_utf8("Łucja O'Brien 김민준 Γιώργος 🙂"));
  CHECK_FALSE(is_valid_utf8("\xff"));
  CHECK_FALSE(is_valid_utf8("\xc3"));              // truncated
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));      // surrogate
  CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // above U+10FFFF
}

TEST_CASE("control characters are refused, newlines only where allowed") {
  CHECK_FALSE(has_forbidden_control("tab\tis fine", false));
  CHECK(has_forbidden_control("line\nbreak", false));
  CHECK_FALSE(has_forbidden_control("line\nbreak", true));
  CHECK(has_forbidden_control(std::string("nul\0byte", 8), true));
  CHECK(has_forbidden_control("bell\a", true));
  CHECK(has_forbidden_control("c1 \xc2\x85 control", true));
}

TEST_CASE("search folding removes case and accents, spells stroked letters, keeps other scripts") {
  CHECK(fold_for_search("ŁUCJA") == "lucja");
  CHECK(fold_for_search("Müller") == "muller");
  CHECK(fold_for_search("Straße") == "strasse");
  CHECK(fold_for_search("Zoë Lefèvre") == "zoe lefevre");
  CHECK(fold_for_search("Åsa Ødegård") == "asa odegard");
  CHECK(fold_for_search("김민준") == "김민준");
  CHECK(fold_for_search("Γιώργος") == fold_for_search("ΓΙΩΡΓΟΣ"));  // accents, case, final sigma
  CHECK(fold_for_search("Γιώργος") == "γιωργοσ");
  CHECK(fold_for_search("ﬁnn") == "finn");  // ligatures split
  CHECK(fold_for_search("АННА") == "анна");
  CHECK(fold_for_search("がっこう") == "がっこう");  // voicing marks change the word: kept
}

TEST_CASE("search words split on punctuation and also join apostrophes and hyphens") {
  using V = std::vector<std::string>;
  CHECK(search_words("o'brien") == V{"o", "brien", "obrien"});
  CHECK(search_words("jean-luc picard") == V{"jean", "luc", "jeanluc", "picard"});
  CHECK(search_words("  a.b@example.org ") == V{"a", "b", "example", "org"});
  CHECK(search_words("김민준") == V{"김민준"});
  CHECK(search_words("'--'").empty());
}

TEST_CASE("digits_only keeps the digits of a phone number") {
  CHECK(digits_only("+1 (555) 010-2030") == "15550102030");
}

TEST_CASE("control and encoding checks find a bad byte at any offset of a long text") {
  const std::string plain(61, 'a');
  for (std::size_t at = 0; at < plain.size(); ++at) {
    for (char bad : {'\0', '\x01', '\x1f', '\x7f'}) {
      std::string s = plain;
      s[at] = bad;
      INFO("byte " << int(bad) << " at " << at);
      CHECK(has_forbidden_control(s, true));
    }
    std::string nl = plain;
    nl[at] = '\n';
    CHECK(has_forbidden_control(nl, false));
    CHECK_FALSE(has_forbidden_control(nl, true));
    std::string broken = plain;
    broken[at] = '\xff';
    CHECK_FALSE(is_valid_utf8(broken));
    std::string accented = plain.substr(0, at) + "é" + plain.substr(at);
    CHECK(is_valid_utf8(accented));
    CHECK_FALSE(has_forbidden_control(accented, false));
  }
  CHECK_FALSE(
      has_forbidden_control(plain + " ~}|{`_^]\\[@?>=<;:/.-,+*)('&%$#\"! 0123456789", false));
}
