// myochart-cli end to end: the real binary on real files, good and bad input.
#include <catch2/catch.hpp>
#include <fstream>

#include "cli/cli_runner.h"
#include "support/file_hash.h"
#include "support/temp_dir.h"

using myochart::test::CliResult;
using myochart::test::file_bytes;
using myochart::test::run_cli;
using myochart::test::run_cli_raw;
using myochart::test::TempDir;

namespace {

struct Clinic {
  TempDir dir;
  std::filesystem::path db = dir / "clinic.myochart";
  Clinic() { REQUIRE(run_cli(db, {"init"}).exit_code == 0); }

  CliResult ok(const std::vector<std::string>& args, const std::string& in = "") const {
    auto r = run_cli(db, args, in);
    INFO("myochart-cli " << args.front() << " ...\nstdout: " << r.out.substr(0, 400)
                         << "\nstderr: " << r.err);
    REQUIRE(r.exit_code == 0);
    return r;
  }
  long long add(const std::vector<std::string>& args) const {
    std::vector<std::string> full{"--json"};
    full.insert(full.end(), args.begin(), args.end());
    return ok(full).json().at("id").get<long long>();
  }
  std::size_t clients() const {
    return ok({"--json", "client", "list", "--archived"}).json().size();
  }
};

// A failure: the exit code, and one line on stderr naming what was wrong.
void refused(const CliResult& r, int code, const std::string& names) {
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.exit_code == code);
  CHECK(r.err.find(names) != std::string::npos);
  REQUIRE_FALSE(r.err.empty());
  CHECK(r.err.find('\n') == r.err.size() - 1);  // exactly one line
  CHECK(r.out.empty());
}

}  // namespace

TEST_CASE("cli: init, add, show, list, search a client") {
  Clinic c;
  const auto id = c.add({"client", "add", "--given", "Łucja", "--family", "Kowalska", "--preferred",
                         "Lucy", "--dob", "1984-02-29", "--phone", "+48 22 555 0142", "--email",
                         "lucja@example.org", "--occupation", "Accountant"});
  const auto shown = c.ok({"--json", "client", "show", std::to_string(id)}).json();
  CHECK(shown.at("given_name") == "Łucja");
  CHECK(shown.at("date_of_birth") == "1984-02-29");
  CHECK(shown.at("preferred_name") == "Lucy");
  const auto text = c.ok({"client", "show", std::to_string(id)}).out;
  CHECK(text.find("Łucja Kowalska (Lucy)") != std::string::npos);
  const auto found = c.ok({"--json", "client", "search", "lucja"}).json();
  REQUIRE(found.size() == 1);
  CHECK(found[0].at("id") == id);
  CHECK(c.ok({"--json", "client", "search", "0142"}).json().size() == 1);
  CHECK(c.ok({"client", "list", "--json"}).json().size() == 1);  // --json after the subcommand
}

TEST_CASE("cli: Unicode, SQL metacharacters and a 1 MB note round-trip exactly") {
  Clinic c;
  const std::string sql = "Robert'); DROP TABLE clients; -- \"x\" % _ \\";
  std::string note;
  while (note.size() < 1'000'000) note += "Łucja O'Brien 김민준: " + sql + "\n";
  const auto note_file = c.dir / "note.txt";
  std::ofstream(note_file, std::ios::binary) << note;

  const std::vector<std::string> text_options = {"--pronouns",        "--address-line1",
                                                 "--address-line2",   "--city",
                                                 "--region",          "--postal-code",
                                                 "--country",         "--occupation",
                                                 "--emergency-name",  "--emergency-relationship",
                                                 "--physician-name",  "--physician-practice",
                                                 "--referral-source", "--preferred"};
  std::vector<std::string> add = {"client",         "add",
                                  "--given",        "민준",
                                  "--family",       "김",
                                  "--family-first", "true",
                                  "--notes",        "@" + note_file.string()};
  for (const auto& option : text_options) {
    add.push_back(option);
    add.push_back(sql);
  }
  const auto id = c.add(add);
  const auto shown = c.ok({"--json", "client", "show", std::to_string(id)}).json();
  CHECK(shown.at("given_name") == "민준");
  CHECK(shown.at("family_name") == "김");
  for (const auto* field : {"preferred_name", "pronouns", "occupation", "referral_source"})
    CHECK(shown.at(field) == sql);
  for (const auto* field : {"line1", "line2", "city", "region", "postal_code", "country"})
    CHECK(shown.at("address").at(field) == sql);
  CHECK(shown.at("emergency_contact").at("name") == sql);
  CHECK(shown.at("emergency_contact").at("relationship") == sql);
  CHECK(shown.at("physician").at("name") == sql);
  CHECK(shown.at("physician").at("practice") == sql);
  CHECK(shown.at("notes").get<std::string>() == note);
  CHECK(c.ok({"--json", "client", "search", "김"}).json().size() == 1);

  const auto sid = c.add({"session", "add", std::to_string(id), "--therapist", sql, "--subjective",
                          "@" + note_file.string(), "--plan", sql});
  const auto session = c.ok({"--json", "session", "show", std::to_string(sid)}).json();
  CHECK(session.at("soap").at("subjective").get<std::string>() == note);
  CHECK(session.at("soap").at("plan") == sql);
  CHECK(session.at("therapist") == sql);
  CHECK(c.clients() == 1);
}

TEST_CASE("cli: bad input is refused with one line naming the field, and writes nothing") {
  Clinic c;
  const auto id = c.add({"client", "add", "--given", "Ana", "--family", "Silva"});
  const auto before = file_bytes(c.db);

  refused(run_cli(c.db, {"client", "add", "--given", "Bo", "--email", "bo-at-example"}), 2,
          "email");
  refused(run_cli(c.db, {"client", "add", "--given", "Bo", "--dob", "1990-02-30"}), 2,
          "date_of_birth");
  refused(run_cli(c.db, {"client", "add", "--given", "Bo", "--phone", "call me maybe"}), 2,
          "phone");
  refused(run_cli(c.db, {"client", "add", "--family", ""}), 2, "given_name");
  refused(run_cli(c.db, {"session", "add", std::to_string(id), "--therapist", "Rowan",
                         "--pain-before", "11"}),
          2, "--pain-before");
  refused(run_cli(c.db, {"session", "add", std::to_string(id), "--therapist", "Rowan", "--start",
                         "yesterday"}),
          2, "start");
  refused(run_cli(c.db,
                  {"history", "add", std::to_string(id), "--kind", "hobby", "--description", "x"}),
          2, "--kind");
  refused(run_cli(c.db, {"contraindication", "add", std::to_string(id), "--kind", "pregnancy",
                         "--description", "x", "--severity", "local"}),
          2, "region");
  refused(run_cli(c.db, {"client", "show", "999"}), 3, "client 999");
  refused(run_cli(c.db, {"client", "frobnicate"}), 2, "frobnicate");

  const auto sid = c.add({"session", "add", std::to_string(id), "--therapist", "Rowan"});
  refused(run_cli(c.db, {"mark", "add", std::to_string(sid), "--view", "posterior", "--point",
                         "1.4,0.2"}),
          2, "points");
  refused(run_cli(c.db,
                  {"mark", "add", std::to_string(sid), "--view", "sideways", "--point", "0.4,0.2"}),
          2, "--view");
  refused(run_cli(c.db, {"mark", "add", std::to_string(sid), "--view", "posterior", "--area",
                         "0.1,0.1 0.2"}),
          2, "area");
  refused(run_cli(c.db, {"mark", "add", std::to_string(sid), "--view", "posterior", "--point",
                         "0.5,0.3", "--kind", "sparkle"}),
          2, "--kind");

  CHECK(c.clients() == 1);
  CHECK(c.ok({"--json", "session", "list", std::to_string(id)}).json().size() == 1);
  CHECK(c.ok({"--json", "mark", "list", std::to_string(sid)}).json().empty());
  (void)before;
}

TEST_CASE("cli: stale edits are conflicts, signed sessions are locked") {
  Clinic c;
  const auto id = c.add({"client", "add", "--given", "Mateo", "--family", "Núñez"});
  c.ok({"client", "edit", std::to_string(id), "--phone", "+34 91 555 0101"});
  refused(run_cli(c.db, {"client", "edit", std::to_string(id), "--expected-version", "1", "--phone",
                         "+34 91 555 0202"}),
          4, "changed elsewhere");
  CHECK(c.ok({"--json", "client", "show", std::to_string(id)}).json().at("phone") ==
        "+34 91 555 0101");

  const auto sid =
      c.add({"session", "add", std::to_string(id), "--therapist", "Rowan", "--subjective", "Neck"});
  c.ok({"mark", "add", std::to_string(sid), "--view", "posterior", "--point", "0.5,0.2", "--kind",
        "pain"});
  c.ok({"session", "sign", std::to_string(sid), "--by", "Rowan"});
  refused(run_cli(c.db, {"session", "edit", std::to_string(sid), "--plan", "late change"}), 5,
          "signed");
  refused(run_cli(c.db, {"mark", "add", std::to_string(sid), "--view", "posterior", "--point",
                         "0.5,0.3"}),
          5, "signed");
}

TEST_CASE("cli: history, contraindications, consents, sessions, marks and note search") {
  Clinic c;
  const auto id =
      std::to_string(c.add({"client", "add", "--given", "Priya", "--family", "Sharma"}));
  c.add({"history", "add", id, "--kind", "medication", "--description", "Warfarin 5 mg", "--since",
         "2022-05-01"});
  c.add({"contraindication", "add", id, "--kind", "anticoagulants", "--description",
         "Light pressure only", "--severity", "caution"});
  c.add({"consent", "add", id, "--kind", "treatment", "--date", "2024-01-10", "--witness",
         "Rowan Ellis", "--document-version", "2024-01"});
  CHECK(c.ok({"--json", "history", "list", id}).json().at(0).at("description") == "Warfarin 5 mg");
  CHECK(c.ok({"--json", "contraindication", "list", id, "--active"}).json().size() == 1);
  CHECK(c.ok({"--json", "consent", "list", id}).json().at(0).at("witnessed_by") == "Rowan Ellis");
  CHECK(c.ok({"--json", "client", "list"}).json().at(0).at("active_contraindications") == 1);

  const auto sid =
      std::to_string(c.add({"session", "add", id, "--therapist", "Rowan Ellis", "--start",
                            "2026-03-02 10:00", "--duration", "45", "--modality", "trigger_point",
                            "--subjective", "Ache between the shoulder blades after desk work",
                            "--pain-before", "6", "--pain-after", "3"}));
  const auto mark = c.ok({"--json", "mark", "add", sid, "--view", "posterior", "--area",
                          "0.40,0.25 0.49,0.25 0.49,0.33 0.40,0.33", "--kind", "pain",
                          "--intensity", "6", "--quality", "aching"})
                        .json();
  CHECK_FALSE(mark.at("region_ids").empty());
  CHECK(c.ok({"--json", "mark", "list", sid}).json().size() == 1);
  CHECK(c.ok({"--json", "session", "search", "shoulder"})
            .json()
            .at(0)
            .at("session_id")
            .get<long long>() == std::stoll(sid));
  c.ok({"mark", "remove", std::to_string(mark.at("id").get<long long>())});
  CHECK(c.ok({"--json", "mark", "list", sid}).json().empty());
}

TEST_CASE("cli: chart render writes a PNG and a PDF") {
  Clinic c;
  const auto id = std::to_string(c.add({"client", "add", "--given", "Ana", "--family", "Silva"}));
  const auto sid = std::to_string(c.add({"session", "add", id, "--therapist", "Rowan"}));
  c.ok({"mark", "add", sid, "--view", "posterior", "--point", "0.42,0.27", "--kind",
        "trigger_point"});
  const auto png = c.dir / "back.png";
  const auto pdf = c.dir / "back.pdf";
  c.ok({"chart", "render", sid, "--view", "posterior", "--out", png.string(), "--width", "600"});
  c.ok({"chart", "render", sid, "--view", "posterior", "--out", pdf.string()});
  CHECK(file_bytes(png).substr(1, 3) == "PNG");
  CHECK(file_bytes(pdf).substr(0, 5) == "%PDF-");
  refused(run_cli(c.db, {"chart", "render", sid, "--out", (c.dir / "x.gif").string()}), 2, "out");
}

TEST_CASE("cli: export and import a whole record, bad files are refused whole") {
  Clinic c;
  const auto id = std::to_string(c.add({"client", "add", "--given", "Siobhán", "--family",
                                        "O'Brien", "--email", "siobhan@example.ie"}));
  c.add({"contraindication", "add", id, "--kind", "varicose_veins", "--description", "Left calf",
         "--severity", "local", "--region", "left_calf"});
  const auto sid =
      std::to_string(c.add({"session", "add", id, "--therapist", "Rowan", "--start",
                            "2026-01-05 09:30", "--objective", "Taut band, left upper trapezius"}));
  c.ok({"mark", "add", sid, "--view", "posterior", "--point", "0.45,0.2", "--kind", "trigger_point",
        "--muscle", "upper_trapezius"});
  c.ok({"session", "sign", sid, "--by", "Rowan"});

  const auto file = c.dir / "record.json";
  c.ok({"export", id, "--out", file.string()});
  const auto imported = c.ok({"--json", "import", file.string()}).json().at("id").get<long long>();
  CHECK(std::to_string(imported) != id);

  auto strip = [](nlohmann::json j) {
    j.erase("exported_at");
    auto drop = [](nlohmann::json& o) {
      for (const char* k : {"id", "client_id", "session_id", "created_at", "updated_at"})
        o.erase(k);
    };
    drop(j["client"]);
    for (const char* list : {"health_history", "contraindications", "consents"})
      for (auto& x : j[list]) drop(x);
    for (auto& s : j["sessions"]) {
      drop(s);
      for (auto& m : s["marks"]) drop(m);
    }
    return j;
  };
  const auto a = strip(c.ok({"export", id}).json());
  const auto b = strip(c.ok({"export", std::to_string(imported)}).json());
  CHECK(a == b);
  CHECK(b.at("sessions").at(0).at("status") == "signed");

  const auto clients_before = c.clients();
  const auto bad_json = c.dir / "bad.json";
  std::ofstream(bad_json) << "{ \"format\": ";
  refused(run_cli(c.db, {"import", bad_json.string()}), 2, "bad.json");

  auto record = nlohmann::json::parse(file_bytes(file));
  record["sessions"][0]["pain_after"] = 14;
  const auto bad_value = c.dir / "bad-value.json";
  std::ofstream(bad_value) << record.dump();
  refused(run_cli(c.db, {"import", bad_value.string()}), 2, "/sessions/0/pain_after");
  CHECK(c.clients() == clients_before);
}

TEST_CASE("cli: foreign and newer files are refused untouched, db check reports health") {
  Clinic c;
  CHECK(c.ok({"--json", "db", "check"}).json().at("ok") == true);
  const auto foreign = c.dir / "notes.txt";
  std::ofstream(foreign) << std::string(4096, 'n');
  const auto before = file_bytes(foreign);
  refused(run_cli(foreign, {"client", "list"}), 6, "not a MyoChart database");
  CHECK(file_bytes(foreign) == before);
  refused(run_cli(c.dir / "missing.myochart", {"client", "list"}), 1, "myochart-cli init");
  CHECK_FALSE(std::filesystem::exists(c.dir / "missing.myochart"));
}

TEST_CASE("cli: the demo clinic goes to its own file") {
  TempDir dir;
  const auto demo = dir / "demo.myochart";
  const auto r = run_cli_raw(
      {"--json", "demo", "--clients", "20", "--seed", "3", "--out", demo.string(), "--quiet"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.json().at("clients") == 20);
  CHECK(run_cli(demo, {"--json", "client", "list", "--archived"}).json().size() == 20);
  CHECK(run_cli(demo, {"db", "check"}).exit_code == 0);
  refused(run_cli_raw({"demo", "--clients", "5", "--out", demo.string()}), 2, "exists already");
  // --db names a database of records: a demo never goes there.
  refused(run_cli(dir / "records.myochart",
                  {"demo", "--clients", "5", "--out", (dir / "d2.myochart").string()}),
          2, "db");
  CHECK_FALSE(std::filesystem::exists(dir / "records.myochart"));
}

TEST_CASE("cli: session report writes a private PDF with the note and the chart") {
  Clinic c;
  const auto client = c.add({"client", "add", "--given", "Łucja", "--family", "Kowalska"});
  const auto session =
      c.add({"session", "add", std::to_string(client), "--therapist", "Rowan Ellis", "--subjective",
             "Ache between the right shoulder blade and spine", "--pain-before", "6",
             "--pain-after", "3"});
  c.ok({"mark", "add", std::to_string(session), "--view", "posterior", "--kind", "trigger_point",
        "--point", "0.41,0.27", "--intensity", "7"});
  const auto pdf = c.dir / "report.pdf";
  const auto r =
      c.ok({"--json", "session", "report", std::to_string(session), "--out", pdf.string()});
  CHECK(r.json().at("pages") == 1);
  REQUIRE(std::filesystem::exists(pdf));
  CHECK((std::filesystem::status(pdf).permissions() & std::filesystem::perms::group_read) ==
        std::filesystem::perms::none);
  CHECK(file_bytes(pdf).rfind("%PDF-", 0) == 0);

  refused(run_cli(c.db, {"session", "report", std::to_string(session), "--out", "x.png"}), 2,
          "out:");
  refused(run_cli(c.db, {"session", "report", "999", "--out", (c.dir / "y.pdf").string()}), 3,
          "session 999");
}
