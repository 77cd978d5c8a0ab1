// The posture evaluator on the real pack, without loading the plugin: each dysfunction's
// presence rule, severity grading at the band edges, sides, merging of muscles, conflicts.
#include <catch2/catch.hpp>
#include <set>

#include "plugins/posture/pack_fixture.h"

using namespace myochart;
using namespace myochart::posture;
using Catch::Contains;
using nlohmann::json;
using plugin::Finding;

namespace {

const Evaluator& evaluator() {
  static const Evaluator e(test::posture_pack());
  return e;
}

std::vector<std::string> present(const json& answers) {
  std::vector<std::string> ids;
  for (const auto& r : evaluator().assess(answers)) ids.push_back(r.dysfunction->id);
  return ids;
}

bool is_present(const json& answers, const std::string& id) {
  const auto ids = present(answers);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

DysfunctionResult result(const json& answers, const std::string& id) {
  for (const auto& r : evaluator().assess(answers))
    if (r.dysfunction->id == id) return r;
  FAIL(id << " is not present");
  throw std::logic_error("unreachable");
}

const Finding* find(const std::vector<Finding>& fs, std::string_view kind,
                    const std::string& subject) {
  for (const auto& f : fs)
    if (f.kind == kind && f.subject == subject) return &f;
  return nullptr;
}

const Finding& get(const std::vector<Finding>& fs, std::string_view kind,
                   const std::string& subject) {
  const Finding* f = find(fs, kind, subject);
  INFO(kind << " " << subject);
  REQUIRE(f != nullptr);
  return *f;
}

std::vector<std::string> ids_of(const json& a) {
  return a.get<std::vector<std::string>>();
}

// Forward head and rounded shoulders by observation (so upper crossed follows).
const json kUpperCrossed = {{"ear_forward_of_shoulder", "present"},
                            {"chin_poked_forward", "present"},
                            {"shoulder_forward_of_line", "both"},
                            {"backs_of_hands_forward", "both"}};

}  // namespace

TEST_CASE("posture pack: loads and passes the plugin's consistency checks", "[posture]") {
  const auto& pack = *test::posture_pack();
  CHECK(pack.dysfunctions.size() == 9);
  CHECK(pack.measure("craniovertebral_angle")->bands.size() == 4);
  CHECK(pack.hints.association_wording == "commonly associated with");
}

TEST_CASE("posture pack: consistency breaks are refused naming the file, pointer and rule",
          "[posture]") {
  const auto file = test::kPostureData / "dysfunctions.json";
  auto broken = [&](auto mutate) {
    auto doc = test::posture_pack_json();
    mutate(doc);
    return doc;
  };
  auto dysfunction = [](json& doc, const std::string& id) -> json& {
    for (auto& d : doc["dysfunctions"])
      if (d["id"] == id) return d;
    throw std::logic_error(id);
  };
  SECTION("a gap between grading bands") {
    const auto doc = broken([](json& d) { d["measures"][0]["grading"]["bands"][1]["min"] = 41; });
    CHECK_THROWS_WITH(
        PosturePack::from_json(doc, file),
        Contains("dysfunctions.json: /measures/0/grading/bands") && Contains("contiguous"));
  }
  SECTION("a rule naming another dysfunction's cue") {
    const auto doc = broken([&](json& d) {
      dysfunction(d, "forward_head")["rules"]["present_when"] = {
          {"any", {{{"cue_score_at_least", 2}}, {{"cue", "upper_back_rounded"}}}}};
    });
    CHECK_THROWS_WITH(PosturePack::from_json(doc, file),
                      Contains("/dysfunctions/0/rules/present_when/any/1/cue") &&
                          Contains("not one of this dysfunction's cues"));
  }
  SECTION("rules depending on each other in a cycle") {
    const auto doc = broken([&](json& d) {
      dysfunction(d, "forward_head")["rules"]["present_when"] = {{"dysfunction", "upper_crossed"}};
    });
    CHECK_THROWS_WITH(PosturePack::from_json(doc, file), Contains("cycle"));
  }
  SECTION("a muscle both tight and weak in one dysfunction") {
    const auto doc = broken([&](json& d) {
      dysfunction(d, "forward_head")["weak"].push_back({{"muscle", "scalenes"}, {"side", "both"}});
    });
    CHECK_THROWS_WITH(
        PosturePack::from_json(doc, file),
        Contains("/dysfunctions/0/weak/3") && Contains("listed as tight and as weak"));
  }
  SECTION("a cue missing from the form") {
    const auto doc = broken([](json& d) { d["form_hints"]["sections"][0]["items"].erase(0); });
    CHECK_THROWS_WITH(PosturePack::from_json(doc, file), Contains("/form_hints/sections") &&
                                                             Contains("ear_forward_of_shoulder") &&
                                                             Contains("in no form section"));
  }
  SECTION("a conflict claim citing an unknown source") {
    const auto doc = broken([&](json& d) {
      dysfunction(d,
                  "anterior_pelvic_tilt_lower_crossed")["conflicts"][0]["claims"][1]["sources"] = {
          "nobody_2020"};
    });
    CHECK_THROWS_WITH(PosturePack::from_json(doc, file),
                      Contains("/dysfunctions/5/conflicts/0/claims/1/sources/0") &&
                          Contains("unknown source \"nobody_2020\""));
  }
  SECTION("a daily posture whose id collides with a cue's field") {
    const auto doc = broken([](json& d) { d["daily_postures"][0]["id"] = "chest_sunken"; });
    CHECK_THROWS_WITH(PosturePack::from_json(doc, file),
                      Contains("form field id \"chest_sunken\""));
  }
}

TEST_CASE("posture: nothing answered, nothing found, and not checked never counts", "[posture]") {
  CHECK(evaluator().evaluate(json::object()).empty());
  CHECK(present({{"ear_forward_of_shoulder", "not_checked"},
                 {"chin_poked_forward", "not_checked"},
                 {"head_off_wall", "absent"}})
            .empty());
}

TEST_CASE("posture: forward head presence by cue score or a graded angle", "[posture]") {
  CHECK(is_present({{"ear_forward_of_shoulder", "present"}, {"chin_poked_forward", "present"}},
                   "forward_head"));
  // 1 + 0.5 = 1.5 < 2
  CHECK_FALSE(
      is_present({{"ear_forward_of_shoulder", "present"}, {"neck_front_prominent", "present"}},
                 "forward_head"));
  CHECK(is_present({{"ear_forward_of_shoulder", "present"},
                    {"neck_front_prominent", "present"},
                    {"head_off_wall", "present"}},
                   "forward_head"));
  CHECK(is_present({{"craniovertebral_angle", 45}}, "forward_head"));
  CHECK_FALSE(is_present({{"craniovertebral_angle", 52}}, "forward_head"));
}

TEST_CASE("posture: craniovertebral angle graded at the pack's band edges", "[posture]") {
  // Bands: normal [49, -), mild [40, 49), moderate [30, 40), severe (-, 30).
  CHECK_FALSE(is_present({{"craniovertebral_angle", 49}}, "forward_head"));
  const std::pair<double, const char*> edges[] = {{48.99, "mild"},     {40, "mild"},
                                                  {39.99, "moderate"}, {30, "moderate"},
                                                  {29.99, "severe"},   {10, "severe"}};
  for (const auto& [angle, severity] : edges) {
    INFO("CVA " << angle);
    CHECK(result({{"craniovertebral_angle", angle}}, "forward_head").severity == severity);
  }
}

TEST_CASE("posture: a grade does not depend on the order the pack lists its bands", "[posture]") {
  Measure m = *test::posture_pack()->measure("craniovertebral_angle");
  std::reverse(m.bands.begin(), m.bands.end());  // severe, moderate, mild, normal
  const std::pair<double, const char*> edges[] = {{49, "normal"},   {48.99, "mild"},
                                                  {40, "mild"},     {39.99, "moderate"},
                                                  {30, "moderate"}, {29.99, "severe"}};
  for (const auto& [angle, severity] : edges) {
    INFO("CVA " << angle);
    CHECK(m.grade(angle) == severity);
  }
}

TEST_CASE("posture: a measured grade beats cues, and a present dysfunction is never normal",
          "[posture]") {
  const json cues3 = {{"ear_forward_of_shoulder", "present"},
                      {"chin_poked_forward", "present"},
                      {"head_off_wall", "present"}};
  CHECK(result(cues3, "forward_head").severity == "moderate");  // cue steps: 2 mild, 3 moderate
  json with_normal_angle = cues3;
  with_normal_angle["craniovertebral_angle"] = 52;
  CHECK(result(with_normal_angle, "forward_head").severity == "mild");
  json with_severe_angle = cues3;
  with_severe_angle["craniovertebral_angle"] = 25;
  CHECK(result(with_severe_angle, "forward_head").severity == "severe");
  CHECK(result({{"ear_forward_of_shoulder", "present"}, {"chin_poked_forward", "present"}},
               "forward_head")
            .severity == "mild");
}

TEST_CASE("posture: evidence names the cues and measures that triggered a dysfunction",
          "[posture]") {
  const auto fs =
      evaluator().evaluate({{"craniovertebral_angle", 44}, {"ear_forward_of_shoulder", "present"}});
  const auto& f = get(fs, plugin::finding_kind::kDysfunction, "forward_head");
  CHECK(f.severity == "mild");
  CHECK(f.what == "Forward head posture (mild)");
  CHECK_THAT(f.evidence, Contains("Craniovertebral angle 44° (mild: 40–49°)") &&
                             Contains("the ear lobe sits clearly in front"));
  CHECK(f.details["evidence"].size() == 2);
  CHECK(f.details["notice"].get<std::string>().find("not diagnoses") != std::string::npos);
}

TEST_CASE("posture: rounded shoulders and upper crossed", "[posture]") {
  CHECK(is_present({{"shoulder_forward_of_line", "left"}, {"scapula_far_from_spine", "right"}},
                   "rounded_shoulders"));
  CHECK_FALSE(is_present({{"shoulder_forward_of_line", "both"}}, "rounded_shoulders"));
  // The forward shoulder angle has no cut-off: it never makes the dysfunction present alone.
  CHECK_FALSE(
      is_present({{"shoulder_angle_left", 20}, {"shoulder_angle_right", 20}}, "rounded_shoulders"));

  CHECK(present(kUpperCrossed) ==
        std::vector<std::string>{"forward_head", "rounded_shoulders", "upper_crossed"});
  CHECK_FALSE(
      is_present({{"ear_forward_of_shoulder", "present"}, {"chin_poked_forward", "present"}},
                 "upper_crossed"));
  // Without a graded measure or cue steps of its own, upper crossed takes the worse of the two.
  json moderate_head = kUpperCrossed;
  moderate_head["head_off_wall"] = "present";
  CHECK(result(moderate_head, "upper_crossed").severity == "moderate");
  // With the craniovertebral angle entered (a primary measure of upper crossed), its grade rules.
  json measured = kUpperCrossed;
  measured["craniovertebral_angle"] = 28;
  CHECK(result(measured, "upper_crossed").severity == "severe");
}

TEST_CASE(
    "posture: thoracic hyperkyphosis by cues or above the normal range, unrated by angle alone",
    "[posture]") {
  CHECK(is_present({{"upper_back_rounded", "present"}, {"chest_sunken", "present"}},
                   "thoracic_hyperkyphosis"));
  CHECK_FALSE(is_present({{"upper_back_rounded", "present"}}, "thoracic_hyperkyphosis"));
  CHECK_FALSE(
      is_present({{"thoracic_kyphosis_angle", 45}}, "thoracic_hyperkyphosis"));  // max inclusive
  const auto r = result({{"thoracic_kyphosis_angle", 45.5}}, "thoracic_hyperkyphosis");
  CHECK(r.severity.empty());
  const auto fs = evaluator().evaluate({{"thoracic_kyphosis_angle", 52}});
  const auto& f = get(fs, plugin::finding_kind::kDysfunction, "thoracic_hyperkyphosis");
  CHECK(f.what == "Thoracic hyperkyphosis (increased upper-back rounding) (severity not rated)");
  CHECK_THAT(f.evidence, Contains("Thoracic kyphosis angle 52° (above the normal range 20–45°)"));
  CHECK(f.details.contains("referral"));
  CHECK(result({{"upper_back_rounded", "present"},
                {"chest_sunken", "present"},
                {"upper_back_extension_limited", "present"}},
               "thoracic_hyperkyphosis")
            .severity == "moderate");
}

TEST_CASE("posture: pelvic dysfunctions and sway back by their cues", "[posture]") {
  CHECK(is_present({{"front_of_pelvis_low", "present"}, {"low_back_hollow_deep", "present"}},
                   "anterior_pelvic_tilt_lower_crossed"));
  CHECK(is_present({{"belly_pushed_forward", "present"},
                    {"thigh_lifts_thomas", "left"},
                    {"front_of_pelvis_low", "present"}},
                   "anterior_pelvic_tilt_lower_crossed"));
  CHECK_FALSE(is_present({{"pelvic_tilt_angle", 25}}, "anterior_pelvic_tilt_lower_crossed"));
  CHECK(
      is_present({{"low_back_flat", "present"}, {"pelvis_tucked_under", "present"}}, "flat_back"));
  CHECK_FALSE(
      is_present({{"low_back_flat", "present"}, {"buttocks_flattened", "present"}}, "flat_back"));
  CHECK(result({{"low_back_flat", "present"},
                {"pelvis_tucked_under", "present"},
                {"buttocks_flattened", "present"}},
               "flat_back")
            .severity == "moderate");  // 2.5
  CHECK(is_present({{"hips_ahead_of_ankles", "present"}, {"upper_trunk_behind_hips", "present"}},
                   "sway_back"));
  CHECK_FALSE(is_present({{"hips_ahead_of_ankles", "present"}, {"knees_locked_back", "present"}},
                         "sway_back"));
}

TEST_CASE("posture: a scoliotic shift is a red flag with the referral, never graded, no muscles",
          "[posture]") {
  const auto fs = evaluator().evaluate({{"rib_hump_forward_bend", "right"}});
  REQUIRE(fs.size() == 1);
  const auto& f = fs[0];
  CHECK(f.kind == plugin::finding_kind::kRedFlag);
  CHECK(f.subject == "scoliotic_shift");
  CHECK(f.severity.empty());
  CHECK_THAT(f.what, Contains("suspected") && Contains("physician"));
  CHECK_THAT(f.details["referral"].get<std::string>(), Contains("physician"));
  CHECK_THAT(f.details["notice"].get<std::string>(), Contains("Screening observation"));
  // Red flags come first.
  json both = kUpperCrossed;
  both["spine_line_curved"] = "present";
  CHECK(evaluator().evaluate(both).front().kind == plugin::finding_kind::kRedFlag);
}

TEST_CASE("posture: elevated shoulder takes its high side from cues and signed measures",
          "[posture]") {
  namespace k = plugin::finding_kind;
  SECTION("one cue names the right side") {
    const auto fs = evaluator().evaluate({{"shoulder_higher", "right"}});
    const auto& d = get(fs, k::kDysfunction, "elevated_shoulder_head_tilt");
    CHECK(d.side == chart::Side::kRight);
    CHECK(d.severity == "mild");
    CHECK_THAT(d.what, Contains("right"));
    const auto& t = get(fs, k::kTightMuscle, "trapezius_upper");
    CHECK(t.side == chart::Side::kRight);
    CHECK(t.what ==
          "Upper trapezius (right): commonly associated with tightness in elevated shoulder / "
          "lateral head tilt");
    CHECK(get(fs, k::kWeakMuscle, "trapezius_lower").side == chart::Side::kRight);
  }
  SECTION("a signed measure names the side when the cue does not") {
    // head tilt: positive = toward the client's right; shoulder height: negative = left higher
    auto fs = evaluator().evaluate({{"head_tilted_sideways", "present"}, {"head_tilt_angle", 6}});
    CHECK(get(fs, k::kTightMuscle, "levator_scapulae").side == chart::Side::kRight);
    fs = evaluator().evaluate(
        {{"shoulder_higher", "present"}, {"shoulder_height_difference", -1.5}});
    CHECK(get(fs, k::kTightMuscle, "levator_scapulae").side == chart::Side::kLeft);
  }
  SECTION("disagreeing or two-sided answers leave the side to confirm") {
    for (const json& a : {json{{"shoulder_higher", "right"}, {"shoulder_height_difference", -2}},
                          json{{"shoulder_higher", "both"}}, json{{"shoulder_higher", "present"}},
                          json{{"shoulder_higher", "left"}, {"head_tilted_sideways", "right"}}}) {
      INFO(a.dump());
      const auto fs = evaluator().evaluate(a);
      const auto& d = get(fs, k::kDysfunction, "elevated_shoulder_head_tilt");
      CHECK(d.side == chart::Side::kNone);
      CHECK_THAT(d.what, Contains("side to confirm"));
      const auto& t = get(fs, k::kTightMuscle, "scalenes");
      CHECK(t.side == chart::Side::kNone);
      CHECK(t.what ==
            "Scalenes (side to confirm): commonly associated with tightness in elevated shoulder / "
            "lateral head tilt");
      CHECK(t.details["side_to_confirm"] == true);
    }
  }
  SECTION("a zero measure names no side") {
    const auto fs = evaluator().evaluate({{"shoulder_higher", "left"}, {"head_tilt_angle", 0}});
    CHECK(get(fs, k::kTightMuscle, "scalenes").side == chart::Side::kLeft);
  }
}

TEST_CASE("posture: one-sided rounded shoulders put their muscles on that side", "[posture]") {
  namespace k = plugin::finding_kind;
  auto fs = evaluator().evaluate(
      {{"shoulder_forward_of_line", "left"}, {"backs_of_hands_forward", "left"}});
  CHECK(get(fs, k::kDysfunction, "rounded_shoulders").side == chart::Side::kLeft);
  CHECK(
      get(fs, k::kTightMuscle, "pectoralis_minor").what ==
      "Pectoralis minor (left): commonly associated with tightness in rounded (forward) shoulders");
  // Upper crossed shares the side its two parts have in common (forward head is midline).
  json a{{"shoulder_forward_of_line", "left"},
         {"backs_of_hands_forward", "left"},
         {"ear_forward_of_shoulder", "present"},
         {"chin_poked_forward", "present"}};
  fs = evaluator().evaluate(a);
  const auto& pec = get(fs, k::kTightMuscle, "pectoralis_minor");
  CHECK(pec.side == chart::Side::kLeft);
  CHECK(pec.what ==
        "Pectoralis minor (left): commonly associated with tightness in rounded (forward) "
        "shoulders, upper crossed syndrome (Janda)");
  // Forward head involves both sides, so its muscles merged with the left-only ones are bilateral.
  CHECK(get(fs, k::kWeakMuscle, "trapezius_lower").side == chart::Side::kNone);
  // Both sides seen: no side.
  fs = evaluator().evaluate(
      {{"shoulder_forward_of_line", "left"}, {"backs_of_hands_forward", "right"}});
  CHECK(get(fs, k::kTightMuscle, "pectoralis_minor").side == chart::Side::kNone);
}

TEST_CASE("posture: a muscle behind several dysfunctions is one finding listing them all",
          "[posture]") {
  namespace k = plugin::finding_kind;
  const auto fs = evaluator().evaluate(kUpperCrossed);
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& f : fs) {
    INFO(f.kind << " " << f.subject);
    CHECK(seen.insert({f.kind, f.subject}).second);
    CHECK(f.source_plugin == "posture");
    if (f.kind == k::kTightMuscle || f.kind == k::kWeakMuscle) {
      CHECK_THAT(f.what, Contains("commonly associated with"));
      CHECK(f.muscle_id == f.subject);
    }
  }
  const auto& lower = get(fs, k::kWeakMuscle, "trapezius_lower");
  CHECK(ids_of(lower.details["dysfunctions"]) ==
        std::vector<std::string>{"forward_head", "rounded_shoulders", "upper_crossed"});
  CHECK(lower.what ==
        "Lower trapezius: commonly associated with weakness in forward head posture, rounded "
        "(forward) shoulders, upper crossed syndrome (Janda)");
  CHECK_THAT(lower.evidence, Contains("forward head posture (mild)"));
  const auto& pec = get(fs, k::kTightMuscle, "pectoralis_minor");
  CHECK(ids_of(pec.details["dysfunctions"]) ==
        std::vector<std::string>{"rounded_shoulders", "upper_crossed"});
  const auto& suboccipitals = get(fs, k::kTightMuscle, "suboccipitals");
  CHECK(ids_of(suboccipitals.details["dysfunctions"]) == std::vector<std::string>{"forward_head"});
  // More dysfunctions behind a muscle rank it higher.
  CHECK(lower.confidence > pec.confidence);
  CHECK(pec.confidence > suboccipitals.confidence);
  // No conflict among these three.
  CHECK(find(fs, k::kConflict, "trapezius_lower") == nullptr);
}

TEST_CASE("posture: findings come in a fixed order, the same every time", "[posture]") {
  namespace k = plugin::finding_kind;
  json a = kUpperCrossed;
  a["trunk_shifted_sideways"] = "left";
  a["front_of_pelvis_low"] = "present";
  a["low_back_hollow_deep"] = "present";
  const auto fs = evaluator().evaluate(a);
  CHECK(fs == evaluator().evaluate(a));
  const std::vector<std::string_view> order{k::kRedFlag, k::kDysfunction, k::kTightMuscle,
                                            k::kWeakMuscle, k::kConflict};
  std::size_t at = 0;
  for (const auto& f : fs) {
    const auto pos =
        static_cast<std::size_t>(std::find(order.begin(), order.end(), f.kind) - order.begin());
    CHECK(pos >= at);
    at = pos;
  }
  std::vector<std::string> dysfunctions;
  for (const auto& f : fs)
    if (f.kind == k::kDysfunction) dysfunctions.push_back(f.subject);
  CHECK(dysfunctions == std::vector<std::string>{"forward_head", "rounded_shoulders",
                                                 "upper_crossed",
                                                 "anterior_pelvic_tilt_lower_crossed"});
}

TEST_CASE("posture: conflicts are reported, not hidden", "[posture]") {
  namespace k = plugin::finding_kind;
  SECTION("sources disagree on the hamstrings in anterior pelvic tilt") {
    const auto fs = evaluator().evaluate(
        {{"front_of_pelvis_low", "present"}, {"low_back_hollow_deep", "present"}});
    CHECK(find(fs, k::kTightMuscle, "hamstrings") == nullptr);
    CHECK(find(fs, k::kWeakMuscle, "hamstrings") == nullptr);
    const auto& c = get(fs, k::kConflict, "hamstrings");
    CHECK(c.muscle_id == "hamstrings");
    CHECK_THAT(c.what,
               Contains("Hamstrings: sources disagree (tight vs weak) in anterior pelvic tilt"));
    CHECK_THAT(c.evidence, Contains("page_frank_lardner_2010") && Contains("kendall_2005"));
    REQUIRE(c.details["source_conflicts"].size() == 1);
    CHECK(c.details["source_conflicts"][0]["claims"].size() == 2);
  }
  SECTION("a muscle tight in one dysfunction and weak in another") {
    // Hyperkyphosis: rectus abdominis tight; anterior pelvic tilt: weak.
    const auto fs = evaluator().evaluate({{"upper_back_rounded", "present"},
                                          {"chest_sunken", "present"},
                                          {"front_of_pelvis_low", "present"},
                                          {"low_back_hollow_deep", "present"}});
    CHECK(find(fs, k::kTightMuscle, "rectus_abdominis") != nullptr);
    CHECK(find(fs, k::kWeakMuscle, "rectus_abdominis") != nullptr);
    const auto& c = get(fs, k::kConflict, "rectus_abdominis");
    CHECK_THAT(c.what, Contains("commonly associated with tightness in thoracic hyperkyphosis") &&
                           Contains("weakness in anterior pelvic tilt"));
    CHECK(ids_of(c.details["tight_in"]) == std::vector<std::string>{"thoracic_hyperkyphosis"});
    CHECK(ids_of(c.details["weak_in"]) ==
          std::vector<std::string>{"anterior_pelvic_tilt_lower_crossed"});
    // erector spinae: tight (lumbar, pelvic tilt) vs weak (thoracic extensors, kyphosis)
    CHECK(find(fs, k::kConflict, "erector_spinae") != nullptr);
    CHECK(find(fs, k::kConflict, "pectoralis_major") == nullptr);
  }
  SECTION("both kinds of conflict on one muscle make one conflict finding") {
    const auto fs = evaluator().evaluate({{"front_of_pelvis_low", "present"},
                                          {"low_back_hollow_deep", "present"},
                                          {"low_back_flat", "present"},
                                          {"pelvis_tucked_under", "present"}});
    CHECK(find(fs, k::kTightMuscle, "hamstrings") != nullptr);  // flat back
    int conflicts = 0;
    for (const auto& f : fs) conflicts += f.kind == k::kConflict && f.subject == "hamstrings";
    CHECK(conflicts == 1);
  }
}

TEST_CASE("posture: daily postures linked to a present dysfunction go into its details",
          "[posture]") {
  json a{{"craniovertebral_angle", 42},
         {"desk_work", true},
         {"standing_work", true},
         {"sleep_position", {"side", "back"}},
         {"phone_use", false}};
  const auto fs = evaluator().evaluate(a);
  const auto& d = get(fs, plugin::finding_kind::kDysfunction, "forward_head");
  REQUIRE(d.details["daily_postures"].size() == 1);
  CHECK(d.details["daily_postures"][0]["id"] == "desk_work");
}
