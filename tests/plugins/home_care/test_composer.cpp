// The home-care composer: which exercises it proposes for given findings (deterministically),
// what the client's contraindications withhold or warn about, and what validate_plan refuses.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "home_care_fixture.h"
#include "myochart/errors.h"

using namespace myochart;
using namespace myochart::home_care;
using test::desk_worker_findings;
using test::exercise_ids;

namespace {

HomeCareComposer composer() { return HomeCareComposer(test::exercise_library()); }

nlohmann::json minimal_plan(const std::string& exercise) {
  return {{"items", {{{"exercise", exercise}}}}};
}

}  // namespace

TEST_CASE("the library loads every exercise with its illustration", "[home_care]") {
  const auto& lib = *test::exercise_library();
  CHECK(lib.exercises().size() == 102);
  const auto* e = lib.find("stretch_upper_trapezius");
  REQUIRE(e != nullptr);
  CHECK(e->targets_primary("trapezius_upper"));
  CHECK(e->targets("levator_scapulae"));
  CHECK_FALSE(e->targets_primary("levator_scapulae"));
  CHECK(e->illustration_svg.find("<svg") != std::string::npos);
  CHECK(lib.find("nope") == nullptr);
}

TEST_CASE("desk worker findings give five exercises covering the most important", "[home_care]") {
  const auto c = composer();
  const Plan plan = c.propose_plan(desk_worker_findings(), {}, {});
  // Release, then stretches, then strengthening; within a kind the most important first.
  CHECK(exercise_ids(plan) == std::vector<std::string>{"self_release_upper_trapezius_ball",
                                                       "stretch_upper_trapezius",
                                                       "stretch_pectoralis_minor_doorway",
                                                       "strengthen_chin_tuck",
                                                       "strengthen_lower_trapezius_prone_y"});
  // One exercise covers several findings: the upper trapezius stretch also answers the tight
  // levator scapulae (a secondary target), so no levator stretch is added.
  const auto& stretch = plan.items[1];
  REQUIRE(stretch.for_findings.size() == 2);
  CHECK(stretch.for_findings[0]["muscle"] == "trapezius_upper");
  CHECK(stretch.for_findings[0]["side"] == "left");
  CHECK(stretch.for_findings[1]["muscle"] == "levator_scapulae");
  // Dosage starts as the library's.
  CHECK(stretch.dosage == test::exercise_library()->find("stretch_upper_trapezius")->dosage);
  // Posture finding and a release exercise bring their general advice.
  CHECK(plan.general_advice.size() == 2);
  CHECK(plan.stop_rule_pain == 5);
  CHECK(plan.log_days == 14);
  CHECK(plan.withheld.empty());
}

TEST_CASE("the proposal is deterministic whatever the order of the findings", "[home_care]") {
  const auto c = composer();
  const auto reference = to_json(c.propose_plan(desk_worker_findings(), {}, {}));
  auto shuffled = desk_worker_findings();
  std::mt19937 rng(7);
  for (int i = 0; i < 10; ++i) {
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    const auto again = to_json(c.propose_plan(shuffled, {}, {}));
    // The same exercises in the same order with the same dosages; findings listed per item
    // may come in another order.
    REQUIRE(again["items"].size() == reference["items"].size());
    for (std::size_t k = 0; k < again["items"].size(); ++k) {
      CHECK(again["items"][k]["exercise"] == reference["items"][k]["exercise"]);
      CHECK(again["items"][k]["dosage"] == reference["items"][k]["dosage"]);
    }
  }
}

TEST_CASE("max_exercises keeps the most important findings - nothing is repeated", "[home_care]") {
  const auto c = composer();
  const Plan three = c.propose_plan(desk_worker_findings(), {}, {.max_exercises = 3});
  CHECK(exercise_ids(three) == std::vector<std::string>{"self_release_upper_trapezius_ball",
                                                        "stretch_upper_trapezius",
                                                        "strengthen_chin_tuck"});
  // The same muscle found tight on both sides: one stretch, answering both.
  const Plan both = c.propose_plan(
      {test::finding("tight_muscle", "pectoralis_minor", 0.8, "", false, chart::Side::kLeft),
       test::finding("tight_muscle", "pectoralis_minor", 0.7, "", false, chart::Side::kRight)},
      {}, {});
  REQUIRE(both.items.size() == 1);
  CHECK(both.items[0].for_findings.size() == 2);
  // Latent trigger points alone ask for nothing; details.active counts like severity.
  CHECK(c.propose_plan({test::finding("trigger_point", "trapezius_upper", 0.9, "latent")}, {}, {}).items.empty());
  auto active = test::finding("trigger_point", "suboccipitals", 0.9);
  active.details = {{"active", true}};
  CHECK(exercise_ids(c.propose_plan({active}, {}, {})) ==
        std::vector<std::string>{"self_release_suboccipitals_ball"});
  // Options are checked.
  CHECK_THROWS_WITH(propose_options({{"max_exercises", 40}}),
                    Catch::Contains("options.max_exercises") && Catch::Contains("1 to 12"));
}

TEST_CASE("contraindications: withhold leaves the exercise out - warn prints the note", "[home_care]") {
  const auto c = composer();
  SECTION("withhold") {
    const Plan plan = c.propose_plan(desk_worker_findings(), {"pregnancy"}, {});
    const auto ids = exercise_ids(plan);
    CHECK(std::find(ids.begin(), ids.end(), "strengthen_lower_trapezius_prone_y") == ids.end());
    REQUIRE_FALSE(plan.withheld.empty());
    CHECK(plan.withheld[0].exercise == "strengthen_lower_trapezius_prone_y");
    CHECK(plan.withheld[0].contraindication == "pregnancy");
    CHECK_FALSE(plan.withheld[0].reason.empty());
    CHECK(plan.contraindications == std::vector<std::string>{"pregnancy"});
    // The lower trapezius goes unanswered; the levator findings are answered by chosen exercises.
    CHECK(plan.items.size() == 4);  // the levator findings left are answered by chosen exercises
  }
  SECTION("a bleeding disorder withholds the ball release of the upper trapezius") {
    const Plan plan = c.propose_plan(desk_worker_findings(), {"bleeding_disorder"}, {});
    const auto ids = exercise_ids(plan);
    CHECK(std::find(ids.begin(), ids.end(), "self_release_upper_trapezius_ball") == ids.end());
  }
  SECTION("warn") {
    const Plan plan = c.propose_plan(desk_worker_findings(), {"hypermobility"}, {});
    const auto& item = plan.items.at(1);
    REQUIRE(item.exercise == "stretch_upper_trapezius");
    REQUIRE(item.warnings.size() == 1);
    CHECK_THAT(item.warnings[0], Catch::Contains("light pull"));
    // ...and the sheet prints it with the precautions ("Take care: ...").
    plugin::HandoutContext ctx;
    ctx.client_name = "Test";
    const auto document = c.render(to_json(plan), ctx);
    bool printed = false;
    for (const auto& block : document.blocks)
      if (const auto* card = std::get_if<doc::Card>(&block))
        for (const auto& b : card->body)
          if (const auto* p = std::get_if<doc::Paragraph>(&b))
            printed = printed || (p->text.rfind("Take care: ", 0) == 0 &&
                                  p->text.find(item.warnings[0]) != std::string::npos);
    CHECK(printed);
  }
}

TEST_CASE("validate_plan names the JSON pointer and what is accepted", "[home_care]") {
  const auto c = composer();
  auto plan = to_json(c.propose_plan(desk_worker_findings(), {}, {}));
  CHECK_NOTHROW(c.validate_plan(plan));

  auto with = [&](const std::function<void(nlohmann::json&)>& edit) {
    auto p = plan;
    edit(p);
    return p;
  };
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) { p["items"][0]["exercise"] = "stretch_tongue"; })),
                    Catch::Contains("/items/0/exercise") && Catch::Contains("not in the exercise library"));
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) { p["items"][2]["dosage"]["sets"] = 0; })),
                    Catch::Contains("/items/2/dosage/sets") && Catch::Contains("1 to 10"));
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) { p["items"][1]["dosage"]["hold_seconds"] = 500; })),
                    Catch::Contains("/items/1/dosage/hold_seconds") && Catch::Contains("1 to 300"));
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) { p["items"][1]["dosage"]["days_per_week"] = 8; })),
                    Catch::Contains("/items/1/dosage/days_per_week"));
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) { p["items"][1]["dosage"]["sets"] = 2.5; })),
                    Catch::Contains("/items/1/dosage/sets") && Catch::Contains("whole number"));
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) {
                      p["items"][3]["dosage"]["reps"] = nullptr;
                      p["items"][3]["dosage"]["hold_seconds"] = nullptr;
                    })),
                    Catch::Contains("/items/3/dosage/reps"));
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) { p["items"][0]["dosage"]["sides"] = "left"; })),
                    Catch::Contains("/items/0/dosage/sides") && Catch::Contains("each_side, both, none"));
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) { p["items"][0]["dosgae"] = 1; })),
                    Catch::Contains("/items/0/dosgae"));
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) { p["items"][1]["exercise"] = p["items"][0]["exercise"]; })),
                    Catch::Contains("/items/1/exercise") && Catch::Contains("repeats /items/0"));
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) { p["title"] = "Exercise prescription"; })),
                    Catch::Contains("/title") && Catch::Contains("Recommended home care"));
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) { p["stop_rule_pain"] = 11; })),
                    Catch::Contains("/stop_rule_pain") && Catch::Contains("0 to 10"));
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) { p["items"][0]["qr_url"] = "ftp://x"; })),
                    Catch::Contains("/items/0/qr_url") && Catch::Contains("https://"));
  CHECK_THROWS_WITH(c.validate_plan(with([](auto& p) { p["contraindications"] = {"gout"}; })),
                    Catch::Contains("/contraindications/0"));
  CHECK_THROWS_WITH(c.validate_plan(nlohmann::json{{"items", nlohmann::json::array()}}),
                    Catch::Contains("/items") && Catch::Contains("1 to 12"));
}

TEST_CASE("a withheld exercise comes back only with an explicit override", "[home_care]") {
  const auto c = composer();
  auto plan = minimal_plan("strengthen_lower_trapezius_prone_y");
  plan["contraindications"] = {"pregnancy"};
  CHECK_THROWS_WITH(c.validate_plan(plan), Catch::Contains("/items/0/exercise") &&
                                               Catch::Contains("withheld") &&
                                               Catch::Contains("/items/0/override_contraindication"));
  plan["items"][0]["override_contraindication"] = true;
  CHECK_NOTHROW(c.validate_plan(plan));
  // The client's flags at print time count, whatever the plan says.
  plugin::HandoutContext ctx;
  ctx.contraindication_kinds = {"pregnancy"};
  CHECK_THROWS_WITH(c.render(minimal_plan("strengthen_lower_trapezius_prone_y"), ctx),
                    Catch::Contains("withheld"));
}

TEST_CASE("dosage in plain words", "[home_care]") {
  const auto& lib = *test::exercise_library();
  CHECK(dosage_words(lib.find("stretch_upper_trapezius")->dosage) ==
        "3 sets × 30 s hold, each side, twice a day, every day; rest 10 s between holds");
  CHECK(dosage_words(lib.find("strengthen_chin_tuck")->dosage) ==
        "2 sets × 10 reps, 10 s hold each, 3 times a day, every day; rest 5 s between sets");
  Dosage d;
  d.sets = 1;
  d.reps = 12;
  d.times_per_day = 1;
  d.days_per_week = 3;
  d.sides = "both";
  CHECK(dosage_words(d) == "1 set × 12 reps, both sides together, once a day, 3 days a week");
}

TEST_CASE("freeze fills the wording in - a frozen plan reads back the same", "[home_care]") {
  const auto c = composer();
  const Plan plan = freeze(c.propose_plan(desk_worker_findings(), {}, {}), c.library());
  for (const auto& i : plan.items) {
    REQUIRE(i.name);
    CHECK(*i.name == c.library().find(i.exercise)->name);
    CHECK(i.steps->size() >= 2);
  }
  const auto j = to_json(plan);
  CHECK(to_json(parse_plan(j, c.library(), PlanSource::kGiven)) == j);
  // A given sheet keeps printing even if its exercise left the library.
  auto gone = j;
  gone["items"][0]["exercise"] = "self_release_retired_exercise";
  CHECK_NOTHROW(parse_plan(gone, c.library(), PlanSource::kGiven));
  CHECK_THROWS(parse_plan(gone, c.library(), PlanSource::kEdited));
}
