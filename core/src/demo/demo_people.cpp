// Synthetic people: per-culture name lists, countries with fictional phone ranges, addresses.
#include "demo/demo_people.h"

#include <array>
#include <chrono>
#include <span>
#include <string_view>

#include "demo/demo_names.h"

namespace myochart::demo::detail {

namespace {

using std::string_view;

// ---- countries ---------------------------------------------------------------------------

struct City {
  string_view name;
  string_view region;
  string_view postal;  ///< prefix of the postal code (the rest is generated per country)
  string_view phone;   ///< dialling prefix of a fictional range, e.g. "+44 20 7946 0"
};

constexpr City kUSCities[] = {{"New York", "NY", "100", "212"}, {"Chicago", "IL", "606", "312"},
                              {"Seattle", "WA", "981", "206"},  {"Austin", "TX", "787", "512"},
                              {"Boston", "MA", "021", "617"},   {"Portland", "OR", "972", "503"},
                              {"Denver", "CO", "802", "303"},   {"San Diego", "CA", "921", "619"}};
constexpr City kUKCities[] = {{"London", "Greater London", "SE", "+44 20 7946 0"},
                              {"London", "Greater London", "N", "+44 20 7946 0"},
                              {"Manchester", "Greater Manchester", "M", "+44 161 496 0"},
                              {"Bristol", "Bristol", "BS", "+44 117 496 0"},
                              {"Leeds", "West Yorkshire", "LS", "+44 113 496 0"},
                              {"Edinburgh", "Scotland", "EH", "+44 131 496 0"},
                              {"Brighton", "East Sussex", "BN", "+44 1632 960"},
                              {"Belfast", "Northern Ireland", "BT", "+44 28 9649 6"}};
constexpr City kDECities[] = {{"Berlin", "Berlin", "10", "+49 30 23125 "},
                              {"Berlin", "Berlin", "12", "+49 30 23125 "},
                              {"Hamburg", "Hamburg", "22", "+49 40 66969 "},
                              {"München", "Bayern", "80", "+49 89 99998 "},
                              {"Frankfurt am Main", "Hessen", "60", "+49 69 90009 "},
                              {"Köln", "Nordrhein-Westfalen", "50", "+49 221 4710 "}};
constexpr City kFRCities[] = {{"Paris", "Île-de-France", "750", "+33 1 99 00 "},
                              {"Lyon", "Auvergne-Rhône-Alpes", "6900", "+33 4 65 71 "},
                              {"Marseille", "Provence-Alpes-Côte d'Azur", "130", "+33 4 65 71 "},
                              {"Toulouse", "Occitanie", "3100", "+33 5 36 49 "},
                              {"Lille", "Hauts-de-France", "5900", "+33 3 53 01 "},
                              {"Nantes", "Pays de la Loire", "4400", "+33 2 61 91 "}};
constexpr City kAUCities[] = {{"Sydney", "NSW", "20", "+61 2 5550 "},
                              {"Melbourne", "VIC", "30", "+61 3 5550 "},
                              {"Brisbane", "QLD", "40", "+61 7 5550 "},
                              {"Perth", "WA", "60", "+61 8 5550 "},
                              {"Adelaide", "SA", "50", "+61 8 5550 "}};
constexpr City kCACities[] = {{"Toronto", "ON", "M", "416"},
                              {"Vancouver", "BC", "V", "604"},
                              {"Montréal", "QC", "H", "514"},
                              {"Ottawa", "ON", "K", "613"},
                              {"Calgary", "AB", "T", "403"}};

constexpr string_view kEnglishStreets[] = {
    "Willowmere Road",  "Fernhollow Lane",   "Ashcombe Street",    "Larkspur Avenue",
    "Brambleton Close", "Quillfeather Road", "Thornbury Crescent", "Kestrel Way",
    "Juniper Hill",     "Copperbeech Drive", "Marlowe Gardens",    "Harebell Walk",
    "Sandpiper Court",  "Oakhaven Terrace",  "Millbrook Row",      "Foxglove Place",
    "Wrenfield Grove",  "Cobbler's Lane",    "Elderwood Rise",     "Heronsgate Parade"};
constexpr string_view kGermanStreets[] = {
    "Lindenhofweg",  "Am Mühlengrund", "Birkenstieg",       "Fliederhain",  "Kastanienallee-Süd",
    "Rotdornweg",    "Zum Erlenbruch", "Holunderstraße",    "Am Eulenberg", "Ginsterpfad",
    "Wacholderring", "Quittenweg",     "Lerchenfeldstraße", "Schlehenhang"};
constexpr string_view kFrenchStreets[] = {"rue des Glycines-Bleues", "allée des Tilleuls-Dorés",
                                          "rue du Moulin-Vert",      "avenue des Coquelicots",
                                          "impasse des Lavandières", "rue de l'Églantier",
                                          "chemin des Merisiers",    "rue des Mésanges",
                                          "boulevard des Aubépines", "place du Vieux-Cèdre"};
constexpr string_view kUSSuffixes[] = {"Apt 2B", "Apt 4C", "Unit 12", "Suite 300", "Apt 7A"};
constexpr string_view kUKSuffixes[] = {"Flat 2", "Flat 5", "Flat B", "Ground floor flat"};
constexpr string_view kDESuffixes[] = {"Hinterhaus", "3. OG links", "Aufgang B", "2. OG"};
constexpr string_view kFRSuffixes[] = {"Bâtiment B", "Escalier 2", "Appartement 14", "3e étage"};

constexpr string_view kCountryNames[] = {"United States", "United Kingdom", "Deutschland",
                                         "France",        "Australia",      "Canada"};

std::span<const City> cities_of(int country) {
  switch (country) {
    case kUS:
      return kUSCities;
    case kUK:
      return kUKCities;
    case kDE:
      return kDECities;
    case kFR:
      return kFRCities;
    case kAU:
      return kAUCities;
    default:
      return kCACities;
  }
}

// ---- work, contacts ------------------------------------------------------------------------

struct Occupation {
  string_view title;
  Work work;
  int weight;
};

constexpr Occupation kOccupations[] = {{"Software developer", Work::kDesk, 9},
                                       {"Accountant", Work::kDesk, 5},
                                       {"Graphic designer", Work::kDesk, 3},
                                       {"Project manager", Work::kDesk, 4},
                                       {"Administrative assistant", Work::kDesk, 4},
                                       {"Data analyst", Work::kDesk, 3},
                                       {"Lawyer", Work::kDesk, 2},
                                       {"Architect", Work::kDesk, 2},
                                       {"Call-centre agent", Work::kDesk, 2},
                                       {"Civil servant", Work::kDesk, 3},
                                       {"Marketing manager", Work::kDesk, 2},
                                       {"Translator", Work::kDesk, 1},
                                       {"Engineer", Work::kDesk, 3},
                                       {"Financial adviser", Work::kDesk, 2},
                                       {"Receptionist", Work::kDesk, 2},
                                       {"Journalist", Work::kDesk, 1},
                                       {"University researcher", Work::kDesk, 2},
                                       {"UX designer", Work::kDesk, 1},
                                       {"Nurse", Work::kStanding, 5},
                                       {"Teacher", Work::kStanding, 5},
                                       {"Dentist", Work::kStanding, 1},
                                       {"Dental hygienist", Work::kStanding, 1},
                                       {"Hairdresser", Work::kStanding, 3},
                                       {"Barista", Work::kStanding, 2},
                                       {"Chef", Work::kStanding, 2},
                                       {"Checkout operator", Work::kStanding, 2},
                                       {"Retail assistant", Work::kStanding, 3},
                                       {"Pharmacist", Work::kStanding, 1},
                                       {"Care worker", Work::kStanding, 2},
                                       {"Midwife", Work::kStanding, 1},
                                       {"Veterinarian", Work::kStanding, 1},
                                       {"Violinist", Work::kStanding, 1},
                                       {"Electrician", Work::kManual, 2},
                                       {"Plumber", Work::kManual, 1},
                                       {"Carpenter", Work::kManual, 1},
                                       {"Warehouse operative", Work::kManual, 2},
                                       {"Gardener", Work::kManual, 1},
                                       {"Construction worker", Work::kManual, 2},
                                       {"Car mechanic", Work::kManual, 1},
                                       {"Cleaner", Work::kManual, 2},
                                       {"Painter and decorator", Work::kManual, 1},
                                       {"Parent at home", Work::kManual, 2},
                                       {"Truck driver", Work::kDriving, 2},
                                       {"Bus driver", Work::kDriving, 1},
                                       {"Courier", Work::kDriving, 2},
                                       {"Taxi driver", Work::kDriving, 1},
                                       {"Personal trainer", Work::kActive, 1},
                                       {"Dance teacher", Work::kActive, 1},
                                       {"Yoga instructor", Work::kActive, 1},
                                       {"Firefighter", Work::kActive, 1},
                                       {"Police officer", Work::kActive, 1},
                                       {"Postal worker", Work::kActive, 1}};
constexpr string_view kRetiredTitles[] = {"Retired",         "Retired",       "Retired",
                                          "Retired teacher", "Retired nurse", "Retired engineer",
                                          "Retired farmer"};
constexpr string_view kRelatives[] = {"spouse", "partner", "mother",   "father",
                                      "sister", "brother", "daughter", "son"};
constexpr string_view kReferrals[] = {"Google search",
                                      "Friend or family",
                                      "Physician referral",
                                      "Instagram",
                                      "Walk-in",
                                      "Employer wellness programme",
                                      "Physiotherapist referral",
                                      "Gift voucher",
                                      "Sports club",
                                      "Returning client",
                                      "Local newsletter",
                                      "Chiropractor referral"};
constexpr int kReferralWeights[] = {22, 26, 12, 6, 5, 5, 7, 4, 4, 3, 2, 4};
constexpr string_view kPractices[][4] = {
    {"Lakeside Family Medicine", "Northpoint Internal Medicine", "Cedar Grove Health Center",
     "Riverbend Primary Care"},
    {"Riverside Medical Centre", "Elmwood Surgery", "The Orchard Practice",
     "Kingsgate Health Centre"},
    {"Hausarztpraxis am Lindenplatz", "Gemeinschaftspraxis Birkenhof", "Praxis am Mühlenteich",
     "MVZ Ginsterhöhe"},
    {"Cabinet médical des Tilleuls", "Maison de santé du Parc", "Centre médical Saint-Roch",
     "Cabinet du Vieux-Port"},
    {"Harbourside Medical Centre", "Wattle Grove Family Practice", "Bayview GP Clinic",
     "Southbank Medical"},
    {"Queen West Family Health Team", "Clinique médicale Saint-Laurent", "Maplewood Medical Clinic",
     "Harbourfront Health"}};
constexpr string_view kClientNotes[] = {
    "Prefers firm pressure.",
    "Prefers light pressure.",
    "Likes a warm room and a blanket.",
    "Prefers little conversation during sessions.",
    "Hard of hearing on the left; face them when speaking.",
    "Ground-floor room please: uses a stick on stairs.",
    "Prefers a female therapist.",
    "Prefers a male therapist.",
    "Ticklish feet: skip foot work.",
    "Extended health insurance: needs itemised receipts.",
    "Usually books the last slot of the day.",
    "Uncomfortable in the face cradle: use side-lying for neck work.",
    "Runs marathons; books extra sessions before races.",
    "Often late because of school pick-up; keep 15 min buffer."};

// ---- helpers -----------------------------------------------------------------------------

std::string digits(Random& rng, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += static_cast<char>('0' + rng.between(0, 9));
  return s;
}

char letter(Random& rng) {
  constexpr string_view kLetters = "ABDEFGHJLNPQRSTUWXYZ";  // as in UK/CA postcodes
  return kLetters[rng.index(kLetters.size())];
}

template <typename T>
const T& pick(Random& rng, std::span<const T> items) {
  return items[rng.index(items.size())];
}

string_view preferred_for(std::span<const Nickname> nicks, string_view given) {
  for (const auto& n : nicks)
    if (n.given == given) return n.preferred;
  return {};
}

std::string latin_of(const Name& n, bool umlaut_e) {
  return n.latin.empty() ? ascii_handle(n.text, umlaut_e) : std::string(n.latin);
}

std::string postal_code(Random& rng, int country, const City& city) {
  std::string code(city.postal);
  switch (country) {
    case kUS:
      return code + digits(rng, 2);
    case kUK:
      return code + std::to_string(rng.between(1, 19)) + " " + digits(rng, 1) + letter(rng) +
             letter(rng);
    case kDE:
      return code + digits(rng, 3);
    case kFR:
      return code.size() == 3 ? code + "0" + std::to_string(rng.between(1, 9)) : code + "0";
    case kAU:
      return code + digits(rng, 2);
    default:
      return code + digits(rng, 1) + letter(rng) + " " + digits(rng, 1) + letter(rng) +
             digits(rng, 1);
  }
}

Address make_address(Random& rng, int country) {
  const City& city = pick(rng, cities_of(country));
  Address a;
  const std::string number = std::to_string(rng.between(1, rng.chance(0.7) ? 60 : 240));
  switch (country) {
    case kDE:
      a.line1 = std::string(pick<string_view>(rng, kGermanStreets)) + " " + number;
      if (rng.chance(0.15)) a.line1 += static_cast<char>('a' + rng.between(0, 2));
      if (rng.chance(0.2)) a.line2 = pick<string_view>(rng, kDESuffixes);
      break;
    case kFR:
      a.line1 = number + (rng.chance(0.1) ? " bis " : " ") +
                std::string(pick<string_view>(rng, kFrenchStreets));
      if (rng.chance(0.25)) a.line2 = pick<string_view>(rng, kFRSuffixes);
      break;
    default:
      a.line1 = number + " " + std::string(pick<string_view>(rng, kEnglishStreets));
      if (rng.chance(0.2))
        a.line2 =
            pick<string_view>(rng, country == kUK ? std::span<const string_view>(kUKSuffixes)
                                                  : std::span<const string_view>(kUSSuffixes));
      break;
  }
  a.city = city.name;
  a.region = country == kDE || country == kFR ? std::string() : std::string(city.region);
  if (country == kDE && rng.chance(0.3)) a.region = city.region;
  a.postal_code = postal_code(rng, country, city);
  a.country = kCountryNames[country];
  return a;
}

Date birth_date(Random& rng, Date until, int age) {
  using namespace std::chrono;
  const unsigned d = std::min(static_cast<unsigned>(until.day()), 28u);
  const Date anniversary{until.year() - years{age}, until.month(), day{d}};
  return Date{sys_days{anniversary} - days{rng.between(0, 364)}};
}

int pick_age(Random& rng) {
  constexpr int kLo[] = {16, 25, 35, 45, 55, 65, 75};
  constexpr int kHi[] = {24, 34, 44, 54, 64, 74, 85};
  constexpr int kWeights[] = {10, 22, 24, 20, 13, 8, 3};
  const std::size_t b = rng.weighted(kWeights);
  return rng.between(kLo[b], kHi[b]);
}

std::string make_email(Random& rng, const std::string& given, const std::string& family,
                       const Date& dob) {
  constexpr string_view kDomains[] = {"example.org", "example.com", "example.net"};
  constexpr int kDomainWeights[] = {4, 5, 2};
  std::string local;
  const std::string yy = std::to_string(static_cast<int>(dob.year()) % 100 + 100).substr(1);
  const std::string g = given.empty() ? std::string("client") : given;
  const std::string f = family.empty() ? g : family;
  switch (rng.between(0, 5)) {
    case 0:
      local = g + "." + f;
      break;
    case 1:
      local = g + f + yy;
      break;
    case 2:
      local = g.substr(0, 1) + "." + f;
      break;
    case 3:
      local = f + "." + g;
      break;
    case 4:
      local = g + "_" + f;
      break;
    default:
      local = g + f.substr(0, 1) + std::to_string(rng.between(1, 99));
      break;
  }
  return local + "@" + std::string(kDomains[rng.weighted(kDomainWeights)]);
}

}  // namespace

std::string ascii_handle(std::string_view name, bool umlaut_e) {
  struct Fold {
    string_view from;
    string_view to;
  };
  // Lower-case and upper-case forms of the Latin letters in the name lists.
  static constexpr Fold kFolds[] = {
      {"ą", "a"}, {"ć", "c"}, {"ę", "e"},  {"ł", "l"}, {"Ł", "l"},  {"ń", "n"}, {"ś", "s"},
      {"Ś", "s"}, {"ź", "z"}, {"ż", "z"},  {"Ż", "z"}, {"ß", "ss"}, {"å", "a"}, {"Å", "a"},
      {"ø", "o"}, {"Ø", "o"}, {"æ", "ae"}, {"á", "a"}, {"à", "a"},  {"â", "a"}, {"ã", "a"},
      {"Á", "a"}, {"é", "e"}, {"è", "e"},  {"ê", "e"}, {"ë", "e"},  {"É", "e"}, {"í", "i"},
      {"ì", "i"}, {"î", "i"}, {"ï", "i"},  {"ó", "o"}, {"ò", "o"},  {"ô", "o"}, {"õ", "o"},
      {"Ó", "o"}, {"ő", "o"}, {"ú", "u"},  {"ù", "u"}, {"û", "u"},  {"ű", "u"}, {"ñ", "n"},
      {"ç", "c"}, {"Ç", "c"}, {"ğ", "g"},  {"ı", "i"}, {"İ", "i"},  {"ş", "s"}, {"Ş", "s"},
      {"Ö", "o"}, {"Ü", "u"}, {"Ä", "a"},  {"Ò", "o"}};
  std::string out;
  std::size_t i = 0;
  while (i < name.size()) {
    const char c = name[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
      ++i;
      continue;
    }
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
      ++i;
      continue;
    }
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {  // apostrophes, hyphens, spaces
      ++i;
      continue;
    }
    const std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    const string_view ch = name.substr(i, len);
    i += len;
    if (ch == "ä" || ch == "ö" || ch == "ü") {
      out += ch == "ä" ? 'a' : ch == "ö" ? 'o' : 'u';
      if (umlaut_e) out += 'e';
      continue;
    }
    for (const Fold& f : kFolds)
      if (f.from == ch) {
        out += f.to;
        break;
      }
  }
  return out;
}

std::string make_phone(Random& rng, int country) {
  const City& city = pick(rng, cities_of(country));
  const std::string p(city.phone);
  switch (country) {
    case kUS:
    case kCA: {
      const std::string last = "01" + digits(rng, 2);
      switch (rng.between(0, 2)) {
        case 0:
          return "+1 " + p + " 555 " + last;
        case 1:
          return "(" + p + ") 555-" + last;
        default:
          return p + "-555-" + last;
      }
    }
    case kUK:
      if (rng.chance(0.4)) return "+44 7700 900" + digits(rng, 3);
      return p + digits(rng, 3);
    case kFR:
      if (rng.chance(0.4)) return "+33 6 39 98 " + digits(rng, 2) + " " + digits(rng, 2);
      return p + digits(rng, 2) + " " + digits(rng, 2);
    case kAU:
      if (rng.chance(0.3)) return "+61 491 570 " + std::to_string(rng.between(156, 159));
      return p + digits(rng, 4);
    default:
      return p + digits(rng, 3);
  }
}

Person make_person(Random& rng, Date until) {
  Person p;
  const Culture& culture = rng.pick_weighted<Culture>(cultures());
  p.sex = rng.chance(0.58) ? Sex::kFemale : Sex::kMale;  // massage clinics see more women
  const bool female = p.sex == Sex::kFemale;
  const auto& given_list = female ? culture.female : culture.male;
  const std::size_t family_index = rng.index(culture.family.size());
  const Name& given = pick(rng, given_list);
  const Name& family = female && !culture.family_female.empty()
                           ? culture.family_female[family_index]
                           : culture.family[family_index];

  Client& c = p.client;
  c.given_name = given.text;
  c.family_name = family.text;
  c.family_name_first = culture.family_first;
  std::string family_latin = latin_of(family, culture.umlaut_e);
  if (culture.double_family && rng.chance(0.25)) {
    const Name& second = pick(rng, culture.family);
    if (second.text != family.text) c.family_name += " " + std::string(second.text);
  }
  std::string given_latin = latin_of(given, culture.umlaut_e);
  if (const auto nick = preferred_for(culture.nicknames, given.text);
      !nick.empty() && rng.chance(0.5))
    c.preferred_name = nick;
  else if (culture.english_names && rng.chance(0.25)) {
    const auto english = english_given_names();
    c.preferred_name = english[rng.index(english.size() / 2) * 2 + (female ? 0 : 1)];
    given_latin = ascii_handle(c.preferred_name, false);
  }

  p.age = pick_age(rng);
  c.date_of_birth = birth_date(rng, until, p.age);
  if (rng.chance(0.12)) {
    constexpr string_view kFemale[] = {"she/her", "she/her", "she/her", "she/they", "they/them"};
    constexpr string_view kMale[] = {"he/him", "he/him", "he/him", "he/they", "they/them"};
    c.pronouns = female ? pick<string_view>(rng, kFemale) : pick<string_view>(rng, kMale);
  }

  p.country = rng.chance(0.8) && !culture.countries.empty() ? pick(rng, culture.countries)
                                                            : rng.between(0, kCountryCount - 1);
  if (!rng.chance(0.04)) c.phone = make_phone(rng, p.country);
  if (!rng.chance(0.08)) c.email = make_email(rng, given_latin, family_latin, *c.date_of_birth);
  if (!rng.chance(0.05)) c.address = make_address(rng, p.country);

  if (p.age < 19 || (p.age < 26 && rng.chance(0.35))) {
    p.work = Work::kStudent;
    c.occupation = p.age < 19 && rng.chance(0.3) ? "Apprentice" : "Student";
  } else if (p.age >= 67 || (p.age >= 60 && rng.chance(0.4))) {
    p.work = Work::kRetired;
    c.occupation = pick<string_view>(rng, kRetiredTitles);
  } else if (!rng.chance(0.04)) {
    const Occupation& o = rng.pick_weighted<Occupation>(kOccupations);
    p.work = o.work;
    c.occupation = o.title;
  }

  if (rng.chance(0.85)) {
    // Parents for the young, children for the old, anyone in between.
    constexpr string_view kYoung[] = {"mother", "father", "mother", "sister", "brother", "partner"};
    constexpr string_view kMiddle[] = {"spouse", "partner", "mother",
                                       "father", "sister",  "brother"};
    constexpr string_view kOld[] = {"spouse", "daughter", "son", "daughter", "partner", "sister"};
    const bool relative = p.age < 20 || rng.chance(0.85);
    using Names = std::span<const string_view>;
    const Names relatives = p.age < 25   ? Names(kYoung)
                            : p.age < 45 ? Names(kMiddle)
                            : p.age < 65 ? Names(kRelatives)
                                         : Names(kOld);
    const string_view relation = relative ? pick(rng, relatives) : "friend";
    const bool contact_female =
        relation == "mother" || relation == "sister" || relation == "daughter" ||
        ((relation == "spouse" || relation == "partner" || relation == "friend") &&
         rng.chance(female ? 0.2 : 0.85));
    const auto& names = contact_female ? culture.female : culture.male;
    const bool same_family = relative && (relation != "partner" || rng.chance(0.3));
    const std::size_t fam = same_family ? family_index : rng.index(culture.family.size());
    const Name& cf = contact_female && !culture.family_female.empty() ? culture.family_female[fam]
                                                                      : culture.family[fam];
    const Name& cg = pick(rng, names);
    c.emergency_contact.name = full_name(culture, cg.text, cf.text);
    c.emergency_contact.relationship = relation;
    c.emergency_contact.phone = make_phone(rng, p.country);
  }

  if (rng.chance(0.6)) {
    const Culture& dc = rng.pick_weighted<Culture>(cultures());
    const bool dr_female = rng.chance(0.5);
    const Name& dg = pick(rng, dr_female ? dc.female : dc.male);
    const std::size_t fam = rng.index(dc.family.size());
    const Name& df =
        dr_female && !dc.family_female.empty() ? dc.family_female[fam] : dc.family[fam];
    c.physician.name = "Dr. " + full_name(dc, dg.text, df.text);
    c.physician.phone = make_phone(rng, p.country);
    c.physician.practice = kPractices[p.country][rng.index(4)];
  }
  c.referral_source = kReferrals[rng.weighted(kReferralWeights)];
  if (rng.chance(0.2)) c.notes = pick<string_view>(rng, kClientNotes);
  return p;
}

}  // namespace myochart::demo::detail
