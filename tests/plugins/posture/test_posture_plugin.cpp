// The built posture plugin through the host, the registry and its CLI command, on a temporary
// database: registration, refused answers, saving and replacing an assessment with its findings,
// signed sessions, trends; and a broken pack refusing the plugin with the reason.
#include <soci/soci.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "assessment_store.h"
#include "core/storage/fixture.h"
#include "myochart/plugin/host.h"
#include "myochart/storage/findings.h"
#include "myochart/storage/sessions.h"
#include "plugins/posture/pack_fixture.h"

using namespace myochart;
using namespace myochart::plugin;
using Catch::Contains;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path kBundled = fs::path(MYOCHART_BINARY_DIR) / "plugins";

HostOptions options_for(storage::Database* db, const fs::path& folder) {
  HostOptions o;
  o.database = db;
  o.search_path = {{folder, PluginOrigin::kBundled}};
  o.reserved_commands = {"client", "session", "plugins"};
  return o;
}

struct Clinic {
  test::DbFixture f;
  PluginHost host{options_for(f.db.get(), kBundled)};
  std::ostringstream out, err;

  Clinic() {
    host.load();
    const auto* r = host.find("posture");
    REQUIRE(r != nullptr);
    INFO(r->reason);
    REQUIRE(r->state == PluginState::kActive);
  }
  const Registry& reg() const { return host.registry(); }

  Id session_on(Id client, int month, int day) {
    Session s;
    s.client_id = client;
    s.therapist = "Rowan Ellis";
    s.started_at =
        Timestamp{std::chrono::sys_days{Date{std::chrono::year{2026},
                                             std::chrono::month{static_cast<unsigned>(month)},
                                             std::chrono::day{static_cast<unsigned>(day)}}} +
                  std::chrono::hours{10}};
    storage::Sessions sessions(*f.db);
    storage::WriteTransaction tx(*f.db);
    sessions.add(tx, s);
    tx.commit();
    return s.id;
  }

  fs::path answers_file(const json& answers, const std::string& name = "answers.json") {
    const auto file = f.dir / name;
    std::ofstream(file) << answers.dump();
    return file;
  }

  int run(const std::vector<std::string>& args, bool as_json = false) {
    out.str("");
    err.str("");
    CliIo io{out, err, as_json, [this]() -> storage::Database& { return *f.db; }, reg()};
    return reg().run_cli_command("posture", args, io);
  }

  std::vector<Finding> stored(Id session) {
    std::vector<Finding> fs;
    for (const auto& s : storage::SessionFindings(*f.db).list_for_session(session))
      if (s.finding.source_plugin == "posture") fs.push_back(s.finding);
    return fs;
  }
};

const json kHead = {{"craniovertebral_angle", 44}, {"ear_forward_of_shoulder", "present"}};
const json kHeadAndShoulders = {{"craniovertebral_angle", 38},
                                {"ear_forward_of_shoulder", "present"},
                                {"shoulder_forward_of_line", "left"},
                                {"backs_of_hands_forward", "left"},
                                {"shoulder_angle_left", 44},
                                {"shoulder_angle_right", 51},
                                {"desk_work", true},
                                {"sleep_position", {"side"}},
                                {"observations", "Carries a bag on the right"}};

}  // namespace

TEST_CASE("posture plugin: active with its pack, form, migration and command", "[posture]") {
  Clinic c;
  const auto* record = c.host.find("posture");
  CHECK(record->origin == PluginOrigin::kBundled);
  CHECK(record->name == "Posture assessment");
  CHECK(c.reg().knowledge_pack("posture", "dysfunctions") != nullptr);
  const auto* form = c.reg().form("posture", "posture");
  REQUIRE(form != nullptr);
  const auto& def = form->object->definition();
  CHECK(def.sections.front().id == "side_view");
  CHECK(def.sections.back().id == "observations");
  const auto* cva = def.find_field("craniovertebral_angle");
  REQUIRE(cva != nullptr);
  CHECK(cva->type == FieldType::kAngle);
  CHECK(*cva->min == 10);
  CHECK(*cva->max == 80);
  REQUIRE(def.find_field("shoulder_angle_left") != nullptr);
  CHECK(def.find_field("shoulder_angle") == nullptr);
  CHECK(def.find_field("shoulder_height_difference")->type == FieldType::kNumber);
  CHECK(def.find_field("shoulder_height_difference")->unit == "cm");
  CHECK(def.find_field("shoulder_higher")->options.size() == 6);  // + left, right, both
  CHECK(def.find_field("chin_poked_forward")->options.size() == 3);
  CHECK(def.find_field("desk_work")->type == FieldType::kBoolean);
  CHECK(def.find_field("sleep_position")->type == FieldType::kMultiChoice);
  CHECK(def.find_field("sport_details")->max_length == 200);
  CHECK(c.reg().cli_command("posture") != nullptr);
  long long tables = 0;
  c.f.db->sql() << "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'posture_assessments'",
      soci::into(tables);
  CHECK(tables == 1);
}

TEST_CASE("posture plugin: impossible answers are refused by the form, naming field and range",
          "[posture]") {
  Clinic c;
  CHECK_THROWS_WITH(c.reg().evaluate("posture", "posture", {{"craniovertebral_angle", 95}}),
                    Contains("posture.craniovertebral_angle") && Contains("95 is out of range") &&
                        Contains("from 10 to 80 deg"));
  CHECK_THROWS_WITH(c.reg().evaluate("posture", "posture", {{"shoulder_angle_right", 5}}),
                    Contains("posture.shoulder_angle_right") && Contains("from 10 to 90 deg"));
  CHECK_THROWS_WITH(c.reg().evaluate("posture", "posture", {{"shoulder_height_difference", -12}}),
                    Contains("from -10 to 10 cm"));
  CHECK_THROWS_WITH(
      c.reg().evaluate("posture", "posture", {{"chin_poked_forward", "left"}}),
      Contains("posture.chin_poked_forward") && Contains("present, absent, not_checked"));
  CHECK_THROWS_WITH(c.reg().evaluate("posture", "posture", {{"neck_angle", 40}}),
                    Contains("posture.neck_angle") && Contains("not a field"));
  const auto fs = c.reg().evaluate("posture", "posture", kHead);
  REQUIRE_FALSE(fs.empty());
  CHECK(fs[0].subject == "forward_head");
  CHECK(fs[0].source_plugin == "posture");
}

TEST_CASE("posture plugin: assess from a file prints findings, with --session saves them",
          "[posture]") {
  Clinic c;
  const Id client = c.f.add_client("Ada", "Ng");
  const Id session = c.f.add_session(client);
  const auto file = c.answers_file(kHeadAndShoulders);

  SECTION("printing only writes nothing") {
    REQUIRE(c.run({"assess", "--answers", file.string()}) == 0);
    CHECK_THAT(c.out.str(),
               Contains("Forward head posture (moderate)") &&
                   Contains("Pectoralis minor (left): commonly associated with tightness in "
                            "rounded (forward) shoulders, upper crossed syndrome (Janda)") &&
                   Contains("not diagnoses"));
    CHECK(c.f.count("posture_assessments") == 0);
    CHECK(c.stored(session).empty());
  }
  SECTION("saved, then replaced with the version read; a stale save is a conflict") {
    REQUIRE(c.run({"assess", "--answers", file.string(), "--session", std::to_string(session)},
                  true) == 0);
    const auto printed = json::parse(c.out.str());
    CHECK(printed["version"] == 1);
    const auto first = c.stored(session);
    REQUIRE(first.size() == printed["findings"].size());
    CHECK(first == c.reg().evaluate("posture", "posture", kHeadAndShoulders));
    auto stored = posture::AssessmentStore(*c.f.db).find(session);
    REQUIRE(stored);
    CHECK(stored->row_version == 1);
    CHECK(stored->answers == kHeadAndShoulders);

    // Re-assessing without the version read is refused, and changes nothing.
    const auto head_only = c.answers_file(kHead, "head.json");
    CHECK(c.run({"assess", "--answers", head_only.string(), "--session",
                 std::to_string(session)}) == 4);
    CHECK_THAT(c.err.str(), Contains("version 0") && Contains("pass --version 1"));
    CHECK(c.stored(session) == first);

    REQUIRE(c.run({"assess", "--answers", head_only.string(), "--session", std::to_string(session),
                   "--version", "1"}) == 0);
    CHECK_THAT(c.out.str(), Contains("assessment version 2"));
    const auto second = c.stored(session);
    CHECK(second == c.reg().evaluate("posture", "posture", kHead));
    CHECK(second.size() < first.size());
    CHECK(posture::AssessmentStore(*c.f.db).find(session)->row_version == 2);
    CHECK(c.f.count("posture_assessments") == 1);

    // findings SESSION reads them back.
    REQUIRE(c.run({"findings", std::to_string(session)}, true) == 0);
    const auto listed = json::parse(c.out.str());
    CHECK(listed["assessment"]["version"] == 2);
    CHECK(listed["findings"].size() == second.size());
    CHECK(listed["findings"][0]["subject"] == "forward_head");
    REQUIRE(c.run({"findings", std::to_string(session)}) == 0);
    CHECK_THAT(c.out.str(),
               Contains("Forward head posture (mild)") && Contains("Assessment version 2"));
  }
  SECTION("bad answers: exit 2 naming the field and range, nothing written") {
    json bad = kHeadAndShoulders;
    bad["shoulder_angle_left"] = 120;
    const auto bad_file = c.answers_file(bad, "bad.json");
    CHECK(c.run({"assess", "--answers", bad_file.string(), "--session", std::to_string(session)}) ==
          2);
    CHECK_THAT(c.err.str(),
               Contains("posture.shoulder_angle_left") && Contains("from 10 to 90 deg"));
    const std::string message = c.err.str();
    CHECK(std::count(message.begin(), message.end(), '\n') == 1);
    CHECK(c.f.count("posture_assessments") == 0);
    CHECK(c.f.count("session_findings") == 0);
    std::ofstream(c.f.dir / "broken.json") << "{\"craniovertebral_angle\": ";
    CHECK(c.run({"assess", "--answers", (c.f.dir / "broken.json").string()}) == 2);
    CHECK_THAT(c.err.str(), Contains("--answers") && Contains("not valid JSON"));
    CHECK(c.run({"assess"}) == 2);
  }
  SECTION("unknown session: exit 3, nothing written") {
    CHECK(c.run({"assess", "--answers", file.string(), "--session", "999"}) == 3);
    CHECK_THAT(c.err.str(), Contains("session 999 does not exist"));
    CHECK(c.f.count("posture_assessments") == 0);
    CHECK(c.run({"findings", "999"}) == 3);
  }
  SECTION("a signed session is locked") {
    REQUIRE(c.run({"assess", "--answers", file.string(), "--session", std::to_string(session)}) ==
            0);
    {
      storage::Sessions sessions(*c.f.db);
      storage::WriteTransaction tx(*c.f.db);
      sessions.sign(tx, session, sessions.get(session).row_version, "Rowan Ellis");
      tx.commit();
    }
    const auto before = c.stored(session);
    const auto head_only = c.answers_file(kHead, "head.json");
    CHECK(c.run({"assess", "--answers", head_only.string(), "--session", std::to_string(session),
                 "--version", "1"}) == 5);
    CHECK_THAT(c.err.str(), Contains("signed"));
    CHECK(c.stored(session) == before);
    CHECK(posture::AssessmentStore(*c.f.db).find(session)->row_version == 1);
  }
}

TEST_CASE("posture plugin: form printed as text and JSON", "[posture]") {
  Clinic c;
  REQUIRE(c.run({"form"}, true) == 0);
  const auto j = json::parse(c.out.str());
  CHECK(j["id"] == "posture");
  CHECK(j["sections"].size() == 6);
  REQUIRE(c.run({"form"}) == 0);
  CHECK_THAT(c.out.str(), Contains("craniovertebral_angle  angle 10..80 deg"));
}

TEST_CASE("posture plugin: trend of a client's measures across sessions, with a plot",
          "[posture]") {
  Clinic c;
  const Id client = c.f.add_client("Ada", "Ng");
  const Id other = c.f.add_client("Bo", "Li");
  const Id s1 = c.session_on(client, 3, 3), s2 = c.session_on(client, 4, 7),
           s3 = c.session_on(other, 4, 8);
  const std::vector<std::pair<Id, json>> saves{
      {s2,
       {{"craniovertebral_angle", 47}, {"shoulder_angle_left", 50}}},  // saved first, dated later
      {s1, kHeadAndShoulders},
      {s3, {{"craniovertebral_angle", 30}}}};
  for (const auto& [session, answers] : saves)
    REQUIRE(c.run({"assess", "--answers", c.answers_file(answers).string(), "--session",
                   std::to_string(session)}) == 0);

  const auto points = posture::AssessmentStore(*c.f.db).trend(*test::posture_pack(), client,
                                                              "craniovertebral_angle");
  REQUIRE(points.size() == 2);
  CHECK(points[0].session_id == s1);
  CHECK(format_date(points[0].date) == "2026-03-03");
  CHECK(points[0].value == 38);
  CHECK(points[0].grade == "moderate");
  CHECK(points[1].session_id == s2);
  CHECK(points[1].grade == "mild");
  const auto all = posture::AssessmentStore(*c.f.db).trend(*test::posture_pack(), client);
  CHECK(all.size() == 5);  // s1: CVA + both shoulder angles; s2: CVA + left shoulder angle
  CHECK(all[1].measure_id == "shoulder_angle");
  CHECK(all[1].side == chart::Side::kLeft);

  REQUIRE(c.run({"trend", std::to_string(client), "--measure", "shoulder_angle"}, true) == 0);
  const auto j = json::parse(c.out.str());
  REQUIRE(j["points"].size() == 3);
  CHECK(j["points"][1]["side"] == "right");
  CHECK(j["points"][1]["value"] == 51);

  const auto png = c.f.dir / "cva.png";
  REQUIRE(c.run({"trend", std::to_string(client), "--measure", "craniovertebral_angle", "--png",
                 png.string()}) == 0);
  CHECK_THAT(c.out.str(),
             Contains("2026-03-03") && Contains("38°  moderate") && Contains(png.string()));
  CHECK(fs::file_size(png) > 1000);

  CHECK(c.run({"trend", std::to_string(client), "--png", png.string()}) == 2);
  CHECK_THAT(c.err.str(), Contains("--png") && Contains("--measure"));
  CHECK(c.run({"trend", std::to_string(client), "--measure", "neck"}) == 2);
  CHECK_THAT(c.err.str(), Contains("craniovertebral_angle, shoulder_angle"));
  CHECK(c.run({"trend", "999"}) == 3);
}

TEST_CASE("posture plugin: deleting a session deletes its assessment", "[posture]") {
  Clinic c;
  const Id session = c.f.add_session(c.f.add_client("Ada", "Ng"));
  REQUIRE(c.run({"assess", "--answers", c.answers_file(kHead).string(), "--session",
                 std::to_string(session)}) == 0);
  CHECK(c.f.count("posture_assessments") == 1);
  long long sid = session;
  c.f.db->sql() << "DELETE FROM sessions WHERE id = :id", soci::use(sid);
  CHECK(c.f.count("posture_assessments") == 0);
}

TEST_CASE("posture plugin: a pack that breaks a consistency rule refuses the plugin", "[posture]") {
  test::DbFixture f;
  test::TempDir dir;
  const auto folder = dir / "posture";
  fs::create_directories(folder / "data");
  fs::copy_file(kBundled / "posture" / "posture.so", folder / "posture.so");
  auto doc = test::posture_pack_json();
  doc["measures"][0]["grading"]["bands"][2]["max"] =
      41;  // moderate [30, 41) overlaps mild [40, 49)
  std::ofstream(folder / "data" / "dysfunctions.json") << doc.dump(2);
  PluginHost host(options_for(f.db.get(), dir.path()));
  host.load();
  const auto* r = host.find("posture");
  REQUIRE(r != nullptr);
  CHECK(r->state == PluginState::kRefused);
  CHECK_THAT(r->reason,
             Contains("dysfunctions.json: /measures/0/grading/bands") && Contains("contiguous"));
  CHECK(host.registry().form("posture", "posture") == nullptr);
}

// ---- the keeper, as the desktop app uses it: through the registry --------------------------

namespace {

const Contribution<AssessmentKeeper>& keeper_of(const Clinic& c) {
  const auto* k = c.reg().assessment_keeper("posture", "posture");
  REQUIRE(k != nullptr);
  return *k;
}

RowVersion keep(Clinic& c, Id session, const json& answers, RowVersion expected,
                std::vector<Finding> kept) {
  const auto& k = keeper_of(c);
  storage::WriteTransaction tx(*c.f.db);
  const RowVersion v = c.reg().call(k, "saving its assessment", [&] {
    return k.object->save(tx, session, answers, expected, kept);
  });
  tx.commit();
  return v;
}

}  // namespace

TEST_CASE("posture keeper: answers and kept findings round trip through the registry",
          "[posture]") {
  Clinic c;
  const Id session = c.f.add_session(c.f.add_client("Ada", "Ng"));
  const auto& k = keeper_of(c);
  CHECK(k.plugin_id == "posture");
  CHECK(k.object->form_id() == "posture");
  CHECK_FALSE(k.object->load(*c.f.db, session));

  auto findings = c.reg().evaluate("posture", "posture", kHeadAndShoulders);
  REQUIRE(findings.size() > 3);
  // The therapist removes one and confirms the rest.
  findings.erase(findings.begin() + 1);
  for (auto& f : findings) f.confirmed = true;
  CHECK(keep(c, session, kHeadAndShoulders, 0, findings) == 1);

  const auto loaded = k.object->load(*c.f.db, session);
  REQUIRE(loaded);
  CHECK(loaded->answers == kHeadAndShoulders);
  CHECK(loaded->version == 1);
  CHECK(loaded->updated_at.time_since_epoch().count() > 0);
  CHECK(c.stored(session) == findings);

  // Same code as the CLI: `posture findings` reads what the keeper saved.
  REQUIRE(c.run({"findings", std::to_string(session)}, true) == 0);
  CHECK(json::parse(c.out.str())["assessment"]["version"] == 1);

  auto head = c.reg().evaluate("posture", "posture", kHead);
  for (auto& f : head) f.source_plugin.clear();  // the keeper's own when unset
  CHECK(keep(c, session, kHead, 1, head) == 2);
  CHECK(k.object->load(*c.f.db, session)->answers == kHead);
  CHECK(c.stored(session).size() == head.size());
  CHECK(c.stored(session).front().source_plugin == "posture");

  // A finding of another plugin is not the posture keeper's to replace.
  auto foreign = head;
  foreign.front().source_plugin = "trigger_points";
  CHECK_THROWS_AS(keep(c, session, kHead, 2, foreign), ValidationError);
  CHECK(k.object->load(*c.f.db, session)->version == 2);
}

TEST_CASE("posture keeper: a stale version is a conflict and a signed session is locked",
          "[posture]") {
  Clinic c;
  const Id session = c.f.add_session(c.f.add_client("Ada", "Ng"));
  const auto first = c.reg().evaluate("posture", "posture", kHeadAndShoulders);
  REQUIRE(keep(c, session, kHeadAndShoulders, 0, first) == 1);

  // Another window saved version 2 meanwhile.
  REQUIRE(keep(c, session, kHead, 1, c.reg().evaluate("posture", "posture", kHead)) == 2);
  const auto second = c.stored(session);
  CHECK_THROWS_AS(keep(c, session, kHeadAndShoulders, 1, first), ConflictError);
  CHECK_THROWS_AS(keep(c, session, kHeadAndShoulders, 0, first), ConflictError);
  CHECK(c.stored(session) == second);
  CHECK(keeper_of(c).object->load(*c.f.db, session)->answers == kHead);

  {
    storage::Sessions sessions(*c.f.db);
    storage::WriteTransaction tx(*c.f.db);
    sessions.sign(tx, session, sessions.get(session).row_version, "Rowan Ellis");
    tx.commit();
  }
  CHECK_THROWS_WITH(keep(c, session, kHeadAndShoulders, 2, first),
                    Contains("signed") && Contains("posture assessment"));
  CHECK(c.stored(session) == second);
  CHECK_THROWS_AS(keep(c, 999, kHead, 0, {}), NotFoundError);
}

TEST_CASE("posture keeper: trend plots for a client with two assessed sessions", "[posture]") {
  Clinic c;
  const Id client = c.f.add_client("Ada", "Ng");
  const Id other = c.f.add_client("Bo", "Li");
  const Id s1 = c.session_on(client, 3, 3), s2 = c.session_on(client, 4, 7);
  const Id s3 = c.session_on(other, 4, 8);
  keep(c, s1, kHeadAndShoulders, 0, {});
  keep(c, s2, {{"craniovertebral_angle", 47}, {"shoulder_angle_left", 50}}, 0, {});
  keep(c, s3, {{"craniovertebral_angle", 30}}, 0, {});

  const auto& k = keeper_of(c);
  const auto plots =
      c.reg().call(k, "drawing its trends", [&] { return k.object->trends(*c.f.db, client); });
  REQUIRE(plots.size() == 2);  // the two measures entered; none for measures never taken
  const auto& cva = plots[0];
  CHECK(cva.title == "Craniovertebral angle");
  CHECK(cva.unit == "deg");
  REQUIRE(cva.series.size() == 1);
  REQUIRE(cva.series[0].points.size() == 2);
  CHECK(format_date(cva.series[0].points[0].date) == "2026-03-03");
  CHECK(cva.series[0].points[0].value == 38);
  CHECK(cva.series[0].points[1].value == 47);
  CHECK(cva.normal_min.has_value());
  const auto& shoulder = plots[1];
  REQUIRE(shoulder.series.size() == 2);
  CHECK(shoulder.series[0].label == "Left");
  CHECK(shoulder.series[0].points.size() == 2);
  CHECK(shoulder.series[1].label == "Right");
  CHECK(shoulder.series[1].points.size() == 1);
  // Core draws them.
  const auto img = render::render_trend_image(cva, 400, 220);
  CHECK(img.width == 400);

  CHECK(k.object->trends(*c.f.db, c.f.add_client("Cy", "Oh")).empty());
  CHECK_THROWS_AS(k.object->trends(*c.f.db, 999), NotFoundError);
}
