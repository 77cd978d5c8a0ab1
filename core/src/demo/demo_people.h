#pragma once
// Synthetic people for the demo clinic: names in many scripts built from per-culture lists,
// dates of birth, contact details in fictional number ranges, addresses on made-up streets,
// occupations, emergency contacts and physicians. Nobody here is a real person.
#include <string>

#include "demo/demo_random.h"
#include "myochart/client.h"

namespace myochart::demo::detail {

enum class Sex { kFemale, kMale };

/// What a client's work does to the body (drives which complaints are likely).
enum class Work { kDesk, kStanding, kManual, kDriving, kActive, kStudent, kRetired };

struct Person {
  Client client;  ///< not saved yet (id 0)
  Sex sex = Sex::kFemale;
  Work work = Work::kDesk;
  int age = 0;      ///< whole years on the demo's last day
  int country = 0;  ///< index into the country table (phone and address style)
};

/// A new client as a therapist would take it at intake. `until` is the demo's last day: the
/// client is 16 to 85 years old on it.
Person make_person(Random& rng, Date until);

/// A phone number of the person's country in a range reserved for fiction.
std::string make_phone(Random& rng, int country);

/// ASCII letters of a Latin name for e-mail handles: lower case, diacritics dropped or
/// spelled out (Ł -> l, ß -> ss; ü -> ue when `umlaut_e`), apostrophes, hyphens and spaces
/// removed. Characters of other scripts are dropped.
std::string ascii_handle(std::string_view name, bool umlaut_e);

}  // namespace myochart::demo::detail
