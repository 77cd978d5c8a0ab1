#pragma once
// The demo clinic's cultures: given and family names in their own scripts (with ASCII
// spellings for e-mail handles), name order, familiar forms and where their people live.
// Names are combined at random, so no list entry is a person.
#include <span>
#include <string>
#include <string_view>

namespace myochart::demo::detail {

/// A name as written, and its ASCII spelling for e-mail handles when the script is not Latin
/// (empty: derived from the text by ascii_handle).
struct Name {
  // Implicit, so that the tables list plain string literals.
  constexpr Name(const char* t, const char* l = "") : text(t), latin(l) {}  // NOLINT
  std::string_view text;
  std::string_view latin;
};

/// A familiar form a client may ask to be called by: Łucja -> Lucy, Александр -> Саша.
struct Nickname {
  std::string_view given;
  std::string_view preferred;
};

/// Countries the clients live in; each has its own phone ranges and address style.
enum Country : int { kUS, kUK, kDE, kFR, kAU, kCA, kCountryCount };

struct Culture {
  int weight = 1;
  std::span<const Name> female, male, family;
  std::span<const Name> family_female = {};  ///< empty: the family names are not gendered
  bool family_first = false;
  bool joined = false;         ///< family and given name written without a space (CJK)
  bool umlaut_e = false;       ///< ä/ö/ü are ae/oe/ue in an e-mail handle (German)
  bool english_names = false;  ///< some clients go by an English name
  bool double_family = false;  ///< some carry two family names (Spanish, Portuguese)
  std::span<const Nickname> nicknames = {};
  std::span<const int> countries = {};  ///< where its people mostly live; empty: anywhere
};

std::span<const Culture> cultures();

/// English given names some East Asian clients go by: even indices female, odd male.
std::span<const std::string_view> english_given_names();

/// "Given Family", or "Family Given" / "FamilyGiven" in the culture's own order.
std::string full_name(const Culture& c, std::string_view given, std::string_view family);

}  // namespace myochart::demo::detail
