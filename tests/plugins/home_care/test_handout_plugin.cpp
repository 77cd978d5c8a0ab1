// The built home_care.so loaded by the plugin host on a temporary database: its composer, its
// tables, and the `handout` command end to end (propose, pdf, reprint, list, templates,
// exercises, clinic), with what is stored and printed checked.
#include <soci/soci.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "core/storage/fixture.h"
#include "handout_store.h"
#include "home_care_fixture.h"
#include "myochart/clinic_settings.h"
#include "myochart/errors.h"
#include "myochart/plugin/host.h"
#include "myochart/render/document_renderer.h"
#include "myochart/storage/clinical_records.h"
#include "myochart/storage/findings.h"
#include "support/pdf_tools.h"

using namespace myochart;
using namespace myochart::plugin;
namespace fs = std::filesystem;

namespace {

struct Loaded {
  test::DbFixture f;
  std::unique_ptr<PluginHost> host;
  Id client = 0, session = 0;
  std::ostringstream out, err;

  explicit Loaded(const std::string& given = "김민준", const std::string& family = "") {
    HostOptions o;
    o.database = f.db.get();
    o.search_path = {{fs::path(MYOCHART_BINARY_DIR) / "plugins", PluginOrigin::kBundled}};
    o.reserved_commands = {"client", "session", "plugins"};
    host = std::make_unique<PluginHost>(o);
    host->load();
    const auto* r = host->find("home_care");
    REQUIRE(r != nullptr);
    INFO(r->reason);
    REQUIRE(r->state == PluginState::kActive);
    client = f.add_client(given, family);
    session = f.add_session(client);
    storage::SessionFindings findings(*f.db);
    storage::WriteTransaction tx(*f.db);
    for (auto finding : test::desk_worker_findings()) {
      finding.source_plugin = finding.kind == "trigger_point" ? "trigger_points" : "posture";
      findings.add(tx, session, finding);
    }
    tx.commit();
  }

  int run(std::vector<std::string> args, bool json = false) {
    out.str("");
    err.str("");
    CliIo io{out, err, json, [this]() -> storage::Database& { return *f.db; }, host->registry()};
    return host->registry().run_cli_command("handout", args, io);
  }

  long long sheets() { return f.count("home_care_sheets"); }
};

void write_file(const fs::path& p, const std::string& text) {
  std::ofstream(p) << text;
}

std::string flat(std::string s) {
  for (auto& ch : s)
    if (ch == '\n' || ch == '\f') ch = ' ';
  return s;
}

}  // namespace

TEST_CASE("home_care.so: pack - composer - command and tables registered", "[home_care][plugin]") {
  Loaded l;
  const auto& reg = l.host->registry();
  REQUIRE(reg.knowledge_pack("home_care", "exercises") != nullptr);
  CHECK((*reg.knowledge_pack("home_care", "exercises"))["exercises"].size() == 102);
  REQUIRE(reg.composer("home_care_sheet") != nullptr);
  REQUIRE(reg.cli_command("handout") != nullptr);
  CHECK(l.f.count("home_care_templates") == 0);
  CHECK(l.sheets() == 0);

  // Through the registry, like the GUI: findings -> plan -> document.
  HandoutRequest req;
  req.findings = test::desk_worker_findings();
  req.context.client_name = "김민준";
  const auto plan = reg.propose_handout("home_care_sheet", req);
  CHECK(plan["items"].size() == 5);
  const doc::Document d = reg.render_handout("home_care_sheet", plan, req.context);
  CHECK(d.title == "Recommended home care");
  CHECK(d.decor.footer_left == "김민준");
  auto bad = plan;
  bad["items"][0]["dosage"]["sets"] = 99;
  CHECK_THROWS_AS(reg.render_handout("home_care_sheet", bad, req.context), ValidationError);
}

TEST_CASE("handout propose reads the session's stored findings and flags", "[home_care][plugin]") {
  Loaded l;
  REQUIRE(l.run({"propose", "--session", std::to_string(l.session)}) == 0);
  CHECK_THAT(l.out.str(),
             Catch::Contains("1. self_release_upper_trapezius_ball") &&
                 Catch::Contains("5. strengthen_lower_trapezius_prone_y") &&
                 Catch::Contains("3 sets × 30 s hold, each side, twice a day, every day"));
  {
    Contraindication c;
    c.client_id = l.client;
    c.kind = "pregnancy";
    c.description = "second trimester";
    storage::Contraindications repo(*l.f.db);
    storage::WriteTransaction tx(*l.f.db);
    repo.add(tx, c);
    tx.commit();
  }
  REQUIRE(l.run({"propose", "--session", std::to_string(l.session), "--max", "3"}, true) == 0);
  const auto plan = nlohmann::json::parse(l.out.str());
  CHECK(plan["items"].size() == 3);
  CHECK(plan["contraindications"] == nlohmann::json{"pregnancy"});
  CHECK(l.sheets() == 0);  // proposing records nothing

  CHECK_THROWS_AS(l.run({"propose", "--session", "9999"}), NotFoundError);
  CHECK(l.run({"propose"}) == 2);
  CHECK_THAT(l.err.str(), Catch::Contains("--session"));
}

TEST_CASE("handout pdf prints - records - reprint is identical - edits persist",
          "[home_care][plugin]") {
  Loaded l;
  test::TempDir dir;
  REQUIRE(l.run({"clinic", "--name", "Harbour Massage", "--contact", "023 9200 0142"}) == 0);
  const std::string s = std::to_string(l.session);

  // The therapist edits the proposal: four sets of the upper trapezius stretch, a note.
  REQUIRE(l.run({"propose", "--session", s}, true) == 0);
  auto plan = nlohmann::json::parse(l.out.str());
  REQUIRE(plan["items"][1]["exercise"] == "stretch_upper_trapezius");
  plan["items"][1]["dosage"]["sets"] = 4;
  plan["items"][1]["note"] = "Do this one after your shower.";
  plan["general_advice"].push_back("Take the stairs, slowly.");
  write_file(dir / "plan.json", plan.dump());

  REQUIRE(l.run({"pdf", "--session", s, "--plan", (dir / "plan.json").string(), "--out",
                 (dir / "given.pdf").string(), "--qr",
                 "strengthen_chin_tuck=https://harbour.example/v/chin"}) == 0);
  CHECK_THAT(l.out.str(), Catch::StartsWith("sheet 1 given for session"));
  CHECK(l.sheets() == 1);
  const std::string given = flat(test::pdf_text(dir / "given.pdf"));
  for (const char* text :
       {"김민준", "Harbour Massage", "4 sets × 30 s hold, each side, twice a day, every day",
        "Do this one after your shower.", "Take the stairs, slowly.", "Upper trapezius stretch",
        "Chin tuck", "Scan to watch"})
    CHECK(given.find(text) != std::string::npos);

  // Stored: the edited dosage, the frozen wording, what was printed.
  const auto sheet = home_care::HandoutStore(*l.f.db).sheet(1);
  REQUIRE(sheet);
  CHECK(sheet->session_id == l.session);
  CHECK(sheet->plan["items"][1]["dosage"]["sets"] == 4);
  CHECK(sheet->plan["items"][1]["name"] == "Upper trapezius stretch");
  CHECK(sheet->plan["items"][3]["qr_url"] == "https://harbour.example/v/chin");
  CHECK(sheet->context["client_name"] == "김민준");
  CHECK(sheet->context["clinic_name"] == "Harbour Massage");
  CHECK(sheet->context["illustrations"].size() == 5);

  // Settings change later; the reprint still shows what was given.
  REQUIRE(l.run({"clinic", "--name", "Renamed Clinic"}) == 0);
  // One clinic: what `handout clinic` sets is what the desktop app's Settings show.
  CHECK(load_clinic_settings(*l.f.db).clinic_name == "Renamed Clinic");
  REQUIRE(l.run({"reprint", "1", "--out", (dir / "again.pdf").string()}) == 0);
  CHECK(test::pdf_text(dir / "again.pdf") == test::pdf_text(dir / "given.pdf"));
  CHECK(l.sheets() == 1);  // a reprint is not a new sheet
  CHECK(home_care::HandoutStore(*l.f.db).sheet(1)->plan == sheet->plan);

  REQUIRE(l.run({"list", "--client", std::to_string(l.client)}, true) == 0);
  const auto rows = nlohmann::json::parse(l.out.str());
  REQUIRE(rows.size() == 1);
  CHECK(rows[0]["exercises"] == 5);

  // Letter, straight from the proposal.
  REQUIRE(l.run({"pdf", "--session", s, "--letter", "--out", (dir / "letter.pdf").string()}) == 0);
  CHECK(test::pdf_info(dir / "letter.pdf").find("612 x 792 pts") != std::string::npos);
  CHECK(l.sheets() == 2);
}

TEST_CASE("handout pdf refuses bad input and writes nothing", "[home_care][plugin]") {
  Loaded l;
  test::TempDir dir;
  const std::string s = std::to_string(l.session);
  const auto out = (dir / "x.pdf").string();
  write_file(dir / "bad.json", R"({"items": [{"exercise": "strengthen_chin_tuck", "dosage":
      {"sets": 0, "reps": 10, "hold_seconds": null, "rest_seconds": null, "times_per_day": 1,
       "days_per_week": 7, "sides": "none"}}]})");
  CHECK_THROWS_WITH(
      l.run({"pdf", "--session", s, "--plan", (dir / "bad.json").string(), "--out", out}),
      Catch::Contains("/items/0/dosage/sets") && Catch::Contains("1 to 10"));
  write_file(dir / "broken.json", "{ not json");
  CHECK_THROWS_WITH(
      l.run({"pdf", "--session", s, "--plan", (dir / "broken.json").string(), "--out", out}),
      Catch::Contains("--plan") && Catch::Contains("not JSON"));
  CHECK_THROWS_WITH(
      l.run({"pdf", "--session", s, "--qr", "stretch_calf=https://x.example", "--out", out}),
      Catch::Contains("--qr") && Catch::Contains("not an exercise on this sheet"));
  CHECK_THROWS_WITH(
      l.run({"pdf", "--session", s, "--qr", "strengthen_chin_tuck=javascript:x", "--out", out}),
      Catch::Contains("qr_url"));
  CHECK_THROWS_AS(l.run({"pdf", "--session", "4242", "--out", out}), NotFoundError);
  CHECK_THROWS_AS(l.run({"reprint", "77", "--out", out}), NotFoundError);
  // The folder does not exist: the PDF fails, so no sheet is recorded.
  CHECK_THROWS(l.run({"pdf", "--session", s, "--out", (dir / "no/such/dir.pdf").string()}));
  CHECK_FALSE(fs::exists(out));
  CHECK(l.sheets() == 0);
  CHECK(l.run({"pdf", "--session", s}) == 2);  // --out is required
}

TEST_CASE("templates: saved - listed - shown - updated and used for a sheet",
          "[home_care][plugin]") {
  Loaded l("Łucja", "Kowalska");
  test::TempDir dir;
  write_file(dir / "neck.json", R"({"title": "Desk worker neck",
    "items": [{"exercise": "strengthen_chin_tuck"}, {"exercise": "stretch_upper_trapezius",
      "dosage": {"sets": 2, "reps": null, "hold_seconds": 45, "rest_seconds": null,
                 "times_per_day": 3, "days_per_week": 5, "sides": "each_side"}}],
    "general_advice": ["Screen at eye level."]})");
  REQUIRE(l.run({"template", "save", "desk worker neck", "--plan", (dir / "neck.json").string()}) ==
          0);
  CHECK_THAT(l.out.str(), Catch::Contains("version 1"));
  REQUIRE(l.run({"template", "save", "desk worker neck", "--plan", (dir / "neck.json").string()}) ==
          0);
  CHECK_THAT(l.out.str(), Catch::Contains("version 2"));
  CHECK(l.f.count("home_care_templates") == 1);
  REQUIRE(l.run({"template", "list"}) == 0);
  CHECK_THAT(l.out.str(), Catch::StartsWith("desk worker neck  (2 exercises"));
  REQUIRE(l.run({"template", "show", "desk worker neck"}) == 0);
  CHECK(nlohmann::json::parse(l.out.str())["items"][1]["dosage"]["hold_seconds"] == 45);
  CHECK(l.run({"template", "show", "nope"}) == 3);

  REQUIRE(l.run({"pdf", "--session", std::to_string(l.session), "--template", "desk worker neck",
                 "--out", (dir / "t.pdf").string()}) == 0);
  const std::string text = flat(test::pdf_text(dir / "t.pdf"));
  CHECK(text.find("Łucja Kowalska") != std::string::npos);
  CHECK(text.find("Desk worker neck") != std::string::npos);
  CHECK(text.find("2 sets × 45 s hold, each side, 3 times a day, 5 days a week") !=
        std::string::npos);
  CHECK(l.run({"pdf", "--session", std::to_string(l.session), "--template", "nope", "--out",
               (dir / "u.pdf").string()}) == 3);
}

TEST_CASE("handout exercises lists and filters the library", "[home_care][plugin]") {
  Loaded l;
  REQUIRE(l.run({"exercises", "--muscle", "pectoralis_minor", "--kind", "stretch"}) == 0);
  CHECK(l.out.str() ==
        "stretch_pectoralis_minor_doorway  stretch  High-arm doorway stretch (pectoralis minor)\n");
  REQUIRE(l.run({"exercises"}, true) == 0);
  CHECK(nlohmann::json::parse(l.out.str()).size() == 102);
  CHECK_THROWS_WITH(l.run({"exercises", "--kind", "yoga"}),
                    Catch::Contains("--kind") && Catch::Contains("self_release"));
  CHECK_THROWS_WITH(l.run({"exercises", "--muscle", "heart"}), Catch::Contains("--muscle"));
  CHECK_THROWS_WITH(l.run({"clinic", "--logo", "/nonexistent.png"}), Catch::Contains("--logo"));
}

// The keeper through the registry, as the desktop app uses it: give in the host's
// transaction, list, reprint exactly as given, templates.
TEST_CASE("handout keeper: give - given - reprint as given - templates",
          "[home_care][plugin][keeper]") {
  Loaded l("Łucja", "Kowalska");
  const auto& reg = l.host->registry();
  const auto* keeper = reg.handout_keeper("home_care_sheet");
  REQUIRE(keeper != nullptr);
  CHECK(keeper->plugin_id == "home_care");
  const auto& k = *keeper->object;

  const auto catalogue = reg.call(*keeper, "listing exercises", [&] { return k.catalogue(); });
  REQUIRE(catalogue.size() == 102);
  const auto chin = std::find_if(catalogue.begin(), catalogue.end(),
                                 [](const auto& e) { return e.id == "strengthen_chin_tuck"; });
  REQUIRE(chin != catalogue.end());
  CHECK(chin->kind == "strengthen");
  CHECK_FALSE(chin->targets.empty());
  CHECK_FALSE(chin->label.empty());
  const auto fields = k.dosage_fields();
  REQUIRE(fields.size() == 7);
  CHECK(fields[0].id == "sets");
  CHECK(fields[0].min == 1);
  CHECK(fields[0].max == 10);
  CHECK(fields[0].required);
  CHECK_FALSE(fields[1].required);  // reps may be left out
  CHECK(fields[6].id == "sides");
  CHECK(fields[6].type == FieldType::kChoice);
  CHECK(fields[6].options.size() == 3);
  const auto item = k.new_item("stretch_gastrocnemius");
  CHECK(item["exercise"] == "stretch_gastrocnemius");
  CHECK(item["dosage"].contains("sets"));
  CHECK_THROWS_AS(k.new_item("no_such_exercise"), ValidationError);

  // Propose from the stored findings, edit like the GUI does, give.
  HandoutRequest req;
  req.findings = test::desk_worker_findings();
  req.context.client_name = "Łucja Kowalska";
  req.context.date = "2026-11-25";
  req.context.clinic_name = "Harbour Massage";
  auto plan = reg.propose_handout("home_care_sheet", req);
  REQUIRE(plan["items"].size() == 5);
  const auto removed = plan["items"][4]["exercise"];
  plan["items"].erase(4);
  plan["items"][0]["dosage"]["sets"] = 4;
  plan["items"].push_back(item);
  Id sheet = 0;
  {
    storage::WriteTransaction tx(*l.f.db);
    sheet = reg.call(*keeper, "giving a sheet",
                     [&] { return k.give(tx, l.session, plan, req.context); });
    tx.commit();
  }
  CHECK(l.sheets() == 1);
  const auto given = k.given(*l.f.db, l.client);
  REQUIRE(given.size() == 1);
  CHECK(given[0].id == sheet);
  CHECK(given[0].session_id == l.session);
  CHECK(given[0].title == "Recommended home care");
  REQUIRE(given[0].items.size() == 5);
  CHECK(given[0].items[4] == "Wall calf stretch (straight knee)");
  CHECK(given[0].given_at.time_since_epoch().count() > 0);
  CHECK(k.given(*l.f.db, l.client + 1000).empty());

  // The reprint is the document that was given, whatever changes since.
  const doc::Document as_given = reg.render_handout("home_care_sheet", plan, req.context);
  const doc::Document again = k.reprint(*l.f.db, sheet);
  test::TempDir dir;
  render::write_pdf(as_given, dir / "given.pdf");
  render::write_pdf(again, dir / "again.pdf");
  CHECK(test::pdf_text(dir / "again.pdf") == test::pdf_text(dir / "given.pdf"));
  const auto stored = home_care::HandoutStore(*l.f.db).sheet(sheet);
  REQUIRE(stored);
  CHECK(stored->plan["items"][0]["dosage"]["sets"] == 4);
  for (const auto& i : stored->plan["items"]) CHECK(i["exercise"] != removed);
  CHECK_THROWS_AS(k.reprint(*l.f.db, 4242), NotFoundError);

  // A bad plan records nothing, and says where it is wrong.
  auto bad = plan;
  bad["items"][1]["dosage"]["reps"] = 1000;
  {
    storage::WriteTransaction tx(*l.f.db);
    CHECK_THROWS_WITH(k.give(tx, l.session, bad, req.context),
                      Catch::Contains("/items/1/dosage/reps") && Catch::Contains("1 to 100"));
  }
  CHECK(l.sheets() == 1);

  // Templates round trip, without the client's parts.
  CHECK(k.templates(*l.f.db).empty());
  {
    storage::WriteTransaction tx(*l.f.db);
    k.save_template(tx, "desk worker neck", plan);
    tx.commit();
  }
  CHECK(k.templates(*l.f.db) == std::vector<std::string>{"desk worker neck"});
  const auto loaded = k.load_template(*l.f.db, "desk worker neck");
  REQUIRE(loaded);
  REQUIRE((*loaded)["items"].size() == plan["items"].size());
  for (std::size_t i = 0; i < plan["items"].size(); ++i) {
    CHECK((*loaded)["items"][i]["exercise"] == plan["items"][i]["exercise"]);
    CHECK((*loaded)["items"][i]["dosage"] == plan["items"][i]["dosage"]);
  }
  CHECK((*loaded)["general_advice"] == plan["general_advice"]);
  CHECK((*loaded)["withheld"].empty());
  CHECK_FALSE(k.load_template(*l.f.db, "nope"));
  storage::WriteTransaction tx(*l.f.db);
  CHECK_THROWS_WITH(k.save_template(tx, "", plan), Catch::Contains("name"));
}
