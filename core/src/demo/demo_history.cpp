// Synthetic health histories and contraindications, consistent with each other.
#include "demo/demo_history.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string_view>

namespace myochart::demo::detail {

namespace {

using std::string_view;
using namespace std::chrono;

/// When a history entry started.
enum class Since {
  kNone,     ///< no date (allergies, "as needed" medication)
  kYears,    ///< a chronic condition or long-term medication: months to years before intake
  kSurgery,  ///< an operation some years before intake (or recently, when flagged)
  kRecent,   ///< an acute problem a few weeks before intake
};

struct Entry {
  HealthKind kind = HealthKind::kCondition;
  string_view description;  ///< may hold {side}
  string_view details = {};
  Since since = Since::kYears;
};

struct Flag {
  string_view kind;  ///< a contraindication_kinds() id
  Severity severity = Severity::kCaution;
  string_view description = {};
  string_view region = {};  ///< required for kLocal; may hold {s}
  bool resolves = false;    ///< an acute problem that is resolved some weeks after intake
};

/// Health entries that belong together (a condition and its medication) and the
/// contraindication a therapist would flag for them.
struct Bundle {
  int weight = 1;
  int min_age = 16;
  int max_age = 120;
  bool female_only = false;
  Entry entry;
  Entry second = {};  ///< no description: none
  double second_chance = 0;
  Flag flag = {};  ///< no kind: none
  double flag_chance = 0;
};

using K = HealthKind;

constexpr Bundle kBundles[] = {
    {.weight = 8,
     .entry = {K::kCondition, "Migraine", "Triggered by poor sleep and long screen days"},
     .second = {K::kMedication, "Sumatriptan 50 mg as needed", "", Since::kNone},
     .second_chance = 0.5},
    {.weight = 7,
     .min_age = 35,
     .entry = {K::kCondition, "Hypertension"},
     .second = {K::kMedication, "Amlodipine 5 mg daily"},
     .second_chance = 0.8,
     .flag =
         {"hypertension", Severity::kCaution,
          "Blood pressure not yet controlled: check before treatment, no long prone positioning"},
     .flag_chance = 0.15},
    {.weight = 5,
     .min_age = 35,
     .entry = {K::kCondition, "Type 2 diabetes"},
     .second = {K::kMedication, "Metformin 500 mg twice daily"},
     .second_chance = 0.9,
     .flag =
         {"diabetes", Severity::kCaution,
          "Reduced sensation in both feet: moderate pressure on the lower legs, check the skin"},
     .flag_chance = 0.45},
    {.weight = 5,
     .min_age = 45,
     .entry = {K::kCondition, "Osteoarthritis of the {side} knee"},
     .second = {K::kMedication, "Ibuprofen 400 mg as needed", "", Since::kNone},
     .second_chance = 0.5},
    {.weight = 3,
     .entry = {K::kCondition, "Scoliosis (mild, right thoracic curve)",
               "Diagnosed in adolescence; no bracing now"}},
    {.weight = 6,
     .entry = {K::kCondition, "Asthma", "Keeps the inhaler within reach during sessions"},
     .second = {K::kMedication, "Salbutamol inhaler as needed", "", Since::kNone},
     .second_chance = 0.9},
    {.weight = 3,
     .min_age = 25,
     .entry = {K::kCondition, "Fibromyalgia", "Widespread tenderness; prefers light pressure"},
     .second = {K::kMedication, "Duloxetine 60 mg daily"},
     .second_chance = 0.5},
    {.weight = 3,
     .min_age = 55,
     .entry = {K::kCondition, "Atrial fibrillation"},
     .second = {K::kMedication, "Warfarin 5 mg daily", "INR checked monthly"},
     .second_chance = 1,
     .flag = {"anticoagulants", Severity::kCaution,
              "On warfarin: bruises easily; light to moderate pressure only, no deep friction"},
     .flag_chance = 1},
    {.weight = 1,
     .min_age = 30,
     .entry = {K::kCondition, "Deep vein thrombosis, {side} calf", "", Since::kRecent},
     .second = {K::kMedication, "Apixaban 5 mg twice daily", "", Since::kRecent},
     .second_chance = 1,
     .flag = {"dvt", Severity::kLocal,
              "DVT of the {side} calf under treatment: no massage of the {side} leg until cleared "
              "by the physician",
              "{s}_calf", true},
     .flag_chance = 1},
    {.weight = 3,
     .min_age = 35,
     .entry = {K::kCondition, "Varicose veins, {side} leg"},
     .flag = {"varicose_veins", Severity::kLocal,
              "Varicose veins on the {side} calf: no deep pressure over the area", "{s}_calf"},
     .flag_chance = 0.8},
    {.weight = 3,
     .min_age = 55,
     .entry = {K::kCondition, "Osteoporosis", "Found on a bone density scan"},
     .second = {K::kMedication, "Alendronate 70 mg weekly"},
     .second_chance = 0.8,
     .flag = {"osteoporosis", Severity::kCaution,
              "Osteoporosis: gentle pressure over the ribs and spine, no joint mobilisation"},
     .flag_chance = 0.9},
    {.weight = 6,
     .entry = {K::kCondition, "Generalised anxiety disorder"},
     .second = {K::kMedication, "Sertraline 50 mg daily"},
     .second_chance = 0.7},
    {.weight = 4,
     .min_age = 25,
     .entry = {K::kCondition, "Hypothyroidism"},
     .second = {K::kMedication, "Levothyroxine 75 micrograms daily"},
     .second_chance = 0.95},
    {.weight = 6,
     .entry = {K::kMedication, "Ibuprofen as needed", "For back pain flare-ups", Since::kNone}},
    {.weight = 4, .entry = {K::kMedication, "Paracetamol as needed", "", Since::kNone}},
    {.weight = 3,
     .min_age = 40,
     .entry = {K::kCondition, "High cholesterol"},
     .second = {K::kMedication, "Atorvastatin 20 mg daily"},
     .second_chance = 0.9},
    {.weight = 3,
     .max_age = 45,
     .female_only = true,
     .entry = {K::kMedication, "Combined oral contraceptive pill"}},
    {.weight = 4,
     .entry = {K::kAllergy, "Nut oils (almond, walnut)", "Hives; use the nut-free lotion",
               Since::kNone},
     .flag = {"other", Severity::kCaution, "Nut-oil allergy: use the nut-free lotion only"},
     .flag_chance = 0.4},
    {.weight = 3, .entry = {K::kAllergy, "Latex", "Use nitrile gloves", Since::kNone}},
    {.weight = 3,
     .entry = {K::kAllergy, "Lavender essential oil", "Headache and rash", Since::kNone}},
    {.weight = 3, .entry = {K::kAllergy, "Penicillin", "", Since::kNone}},
    {.weight = 2, .entry = {K::kAllergy, "Fragrances", "Use unscented products", Since::kNone}},
    {.weight = 3,
     .min_age = 18,
     .entry = {K::kSurgery, "ACL reconstruction, {side} knee", "", Since::kSurgery}},
    {.weight = 3,
     .min_age = 35,
     .entry = {K::kSurgery, "Rotator cuff repair, {side} shoulder", "", Since::kSurgery},
     .flag = {"recent_surgery", Severity::kLocal,
              "Rotator cuff repair a few months ago: no deep work on the {side} shoulder, "
              "follow the physiotherapist's range limits",
              "{s}_shoulder", true},
     .flag_chance = 0.3},
    {.weight = 3,
     .min_age = 22,
     .female_only = true,
     .entry = {K::kSurgery, "Caesarean section", "", Since::kSurgery}},
    {.weight = 3, .entry = {K::kSurgery, "Appendectomy", "", Since::kSurgery}},
    {.weight = 2,
     .min_age = 30,
     .entry = {K::kSurgery, "Lumbar discectomy (L4-L5)", "", Since::kSurgery},
     .flag = {"disc_herniation", Severity::kCaution,
              "History of L4-L5 disc herniation: no deep pressure over the lumbar spine, no "
              "end-range twisting"},
     .flag_chance = 0.4},
    {.weight = 2,
     .min_age = 55,
     .entry = {K::kSurgery, "Total hip replacement, {side}", "", Since::kSurgery},
     .flag = {"implant", Severity::kCaution,
              "{Side} hip replacement: no deep work around the joint, no hip flexion past 90 "
              "degrees"},
     .flag_chance = 0.7},
    {.weight = 2,
     .min_age = 30,
     .entry = {K::kSurgery, "Carpal tunnel release, {side} wrist", "", Since::kSurgery}},
    {.weight = 3,
     .min_age = 25,
     .entry = {K::kCondition, "Herniated disc L5-S1 with sciatica, {side} leg"},
     .flag = {"nerve_compression", Severity::kCaution,
              "Tingling down the {side} leg: stop if symptoms spread, no deep pressure over the "
              "{side} buttock"},
     .flag_chance = 0.35},
    {.weight = 1,
     .min_age = 60,
     .entry = {K::kCondition, "Pacemaker", "Fitted for a slow heart rhythm", Since::kSurgery},
     .flag = {"implant", Severity::kLocal,
              "Pacemaker under the left collarbone: no pressure or heat over the device",
              "left_chest"},
     .flag_chance = 1},
    {.weight = 2,
     .max_age = 50,
     .entry = {K::kCondition, "Hypermobility spectrum disorder"},
     .flag = {"hypermobility", Severity::kCaution,
              "Hypermobile joints: no passive stretching to end range"},
     .flag_chance = 0.5},
    {.weight = 3,
     .entry = {K::kCondition, "Eczema", "Flares on the forearms in winter"},
     .flag = {"skin_condition", Severity::kLocal,
              "Eczema flare on the {side} forearm: work around it, no oil on the area",
              "{s}_forearm_anterior", true},
     .flag_chance = 0.4},
    {.weight = 2,
     .min_age = 35,
     .female_only = true,
     .entry = {K::kCondition, "Breast cancer (in remission)",
               "Treatment finished; lymph nodes removed on the {side}"},
     .flag = {"cancer", Severity::kLocal,
              "Lymph nodes removed on the {side}: no deep work on the {side} arm (lymphoedema "
              "risk)",
              "{s}_upper_arm_anterior"},
     .flag_chance = 0.8},
    {.weight = 2,
     .entry = {K::kCondition, "Sprained {side} ankle", "", Since::kRecent},
     .flag = {"acute_inflammation", Severity::kLocal,
              "Sprained {side} ankle, still swollen: avoid the ankle, elevate the leg",
              "{s}_foot_dorsal", true},
     .flag_chance = 1},
    {.weight = 1,
     .entry = {K::kCondition, "Fractured {side} wrist, cast removed", "", Since::kRecent},
     .flag = {"fracture", Severity::kLocal,
              "Healing fracture of the {side} wrist: no pressure on the forearm and wrist",
              "{s}_forearm_anterior", true},
     .flag_chance = 1},
    {.weight = 1,
     .min_age = 40,
     .entry = {K::kCondition, "Shingles, rash on the {side} flank", "", Since::kRecent},
     .flag = {"skin_condition", Severity::kLocal,
              "Shingles rash on the {side} flank: no contact with the area until healed",
              "{s}_flank", true},
     .flag_chance = 1},
    {.weight = 3, .entry = {K::kCondition, "Plantar fasciitis, {side} foot"}},
    {.weight = 4, .entry = {K::kCondition, "Tension-type headaches"}},
    {.weight = 2, .entry = {K::kCondition, "Irritable bowel syndrome"}},
};

Date clamp_date(Date d, Date lo, Date hi) {
  return d < lo ? lo : d > hi ? hi : d;
}

Date add_days(Date d, int n) {
  return Date{sys_days{d} + days{n}};
}

Date first_of_month(Date d) {
  return Date{d.year(), d.month(), day{1}};
}

/// A day in [lo, hi] (lo <= hi).
Date day_between(Random& rng, Date lo, Date hi) {
  const int span = static_cast<int>((sys_days{hi} - sys_days{lo}).count());
  return add_days(lo, rng.between(0, std::max(0, span)));
}

std::optional<Date> started_on(Random& rng, Since since, Date birth, Date first_visit,
                               bool recent_surgery) {
  const Date adult = Date{birth.year() + years{16}, birth.month(), day{1}};
  switch (since) {
    case Since::kNone:
      return std::nullopt;
    case Since::kYears: {
      const Date lo = std::max(adult, add_days(first_visit, -25 * 365));
      const Date hi = add_days(first_visit, -60);
      if (hi < lo) return std::nullopt;
      return first_of_month(day_between(rng, lo, hi));
    }
    case Since::kSurgery: {
      if (recent_surgery) return add_days(first_visit, -rng.between(20, 150));
      const Date lo = std::max(adult, add_days(first_visit, -30 * 365));
      const Date hi = add_days(first_visit, -200);
      if (hi < lo) return add_days(first_visit, -rng.between(20, 150));
      return day_between(rng, lo, hi);
    }
    case Since::kRecent:
      return add_days(first_visit, -rng.between(5, 60));
  }
  return std::nullopt;
}

bool fits(const Bundle& b, const Person& p) {
  return p.age >= b.min_age && p.age <= b.max_age && (!b.female_only || p.sex == Sex::kFemale);
}

}  // namespace

std::string with_side(std::string_view text, std::string_view side) {
  const string_view other = side == "left" ? "right" : side == "right" ? "left" : "";
  const auto capital = [](std::string& out, string_view word) {
    if (word.empty()) return;
    out += static_cast<char>(word[0] - 'a' + 'A');
    out += word.substr(1);
  };
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != '{') {
      out += text[i++];
    } else if (text.compare(i, 6, "{side}") == 0) {
      out += side;
      i += 6;
    } else if (text.compare(i, 6, "{Side}") == 0) {
      capital(out, side);
      i += 6;
    } else if (text.compare(i, 3, "{s}") == 0) {
      out += side;
      i += 3;
    } else if (text.compare(i, 7, "{other}") == 0) {
      out += other;
      i += 7;
    } else if (text.compare(i, 3, "{o}") == 0) {
      out += other;
      i += 3;
    } else {
      out += text[i++];
    }
  }
  return out;
}

History make_history(Random& rng, const Person& person, Date first_visit, Date until, bool pregnant,
                     const chart::BodyChart& chart) {
  History h;
  const Date birth = *person.client.date_of_birth;
  const auto add_flag = [&](const Flag& f, string_view side, Date noted) {
    Contraindication c;
    c.kind = f.kind;
    c.severity = f.severity;
    c.description = with_side(f.description, side);
    c.region_id = with_side(f.region, side);
    if (!c.region_id.empty() && chart.region_label(c.region_id).empty()) {
      // The template has no such region: keep the flag as a caution without a region.
      c.region_id.clear();
      c.severity = Severity::kCaution;
    }
    c.noted_on = noted;
    if (f.resolves) {
      const Date resolved = add_days(noted, rng.between(21, 120));
      if (resolved <= until) {
        c.active = false;
        c.resolved_on = resolved;
        c.notes = "Cleared to treat the area normally.";
      }
    }
    h.contraindications.push_back(std::move(c));
  };

  if (pregnant) {
    const Date conceived = add_days(first_visit, -rng.between(100, 170));
    const Date due = add_days(conceived, 280);
    HealthEntry e;
    e.kind = HealthKind::kCondition;
    e.description = "Pregnancy";
    e.details = "Due " + format_date(due);
    e.started_on = conceived;
    if (due <= until) e.ended_on = due;
    h.health.push_back(std::move(e));
    Contraindication c;
    c.kind = "pregnancy";
    c.description =
        "Pregnant: side-lying positioning after the first trimester, no deep work on "
        "the legs, no strong pressure on the low back";
    c.noted_on = first_visit;
    if (const Date cleared = add_days(due, rng.between(10, 42)); cleared <= until) {
      c.active = false;
      c.resolved_on = cleared;
      c.notes = "Delivered; cleared for regular treatment.";
    }
    h.contraindications.push_back(std::move(c));
  }

  constexpr int kCountWeights[] = {36, 30, 19, 10, 5};
  const std::size_t wanted = rng.weighted(kCountWeights);
  for (int attempt = 0; attempt < 8 && h.health.size() < wanted; ++attempt) {
    const Bundle& b = rng.pick_weighted<Bundle>(kBundles);
    if (!fits(b, person)) continue;
    const string_view side = rng.chance(0.55) ? "right" : "left";
    const std::string description = with_side(b.entry.description, side);
    const bool duplicate = std::any_of(h.health.begin(), h.health.end(), [&](const HealthEntry& e) {
      return e.description == description;
    });
    if (duplicate) continue;
    const bool flagged = !b.flag.kind.empty() && rng.chance(b.flag_chance);
    const bool recent = flagged && b.flag.resolves;

    HealthEntry e;
    e.kind = b.entry.kind;
    e.description = description;
    e.details = with_side(b.entry.details, side);
    e.started_on = started_on(rng, b.entry.since, birth, first_visit, recent);
    if (e.started_on) e.started_on = clamp_date(*e.started_on, birth, first_visit);
    const std::optional<Date> since = e.started_on;
    h.health.push_back(std::move(e));

    if (!b.second.description.empty() && h.health.size() < 4 && rng.chance(b.second_chance)) {
      HealthEntry m;
      m.kind = b.second.kind;
      m.description = with_side(b.second.description, side);
      m.details = with_side(b.second.details, side);
      if (b.second.since != Since::kNone && since)
        m.started_on = clamp_date(add_days(*since, rng.between(0, 90)), *since, first_visit);
      h.health.push_back(std::move(m));
    }
    if (flagged) add_flag(b.flag, side, first_visit);
  }
  return h;
}

}  // namespace myochart::demo::detail
