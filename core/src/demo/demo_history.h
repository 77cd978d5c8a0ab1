#pragma once
// Synthetic intake records: health history and the contraindication flags that follow from it
// (warfarin -> anticoagulants, varicose veins -> local on that calf, pregnancy -> caution, ...).
#include <vector>

#include "demo/demo_people.h"
#include "demo/demo_random.h"
#include "myochart/chart/body_chart.h"
#include "myochart/clinical.h"

namespace myochart::demo::detail {

struct History {
  std::vector<HealthEntry> health;  ///< client_id not set yet
  std::vector<Contraindication> contraindications;
};

/// Health history (0-4 entries) and contraindications of a client whose first visit is on
/// `first_visit`; every date lies between the client's birth and `until`. A pregnant client
/// (decided by the caller, who keeps her sessions within the pregnancy) gets the pregnancy
/// recorded and flagged. Local contraindications name only regions that `chart` has.
History make_history(Random& rng, const Person& person, Date first_visit, Date until, bool pregnant,
                     const chart::BodyChart& chart);

/// Replaces "{side}" and "{s}" with `side` ("left", "right" or empty), "{Side}" with it
/// capitalised, "{other}" and "{o}" with the opposite side ("{s}_calf" -> "right_calf").
std::string with_side(std::string_view text, std::string_view side);

}  // namespace myochart::demo::detail
