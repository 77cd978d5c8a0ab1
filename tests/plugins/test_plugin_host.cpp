// The plugin host against real libraries: the example plugin (every contribution point through
// the registry) and the deliberately broken fixtures (each refused with a reason naming its
// file and problem, while the others keep working).
#include <soci/soci.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "core/storage/fixture.h"
#include "myochart/doc/document.h"
#include "myochart/plugin/host.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/plugin_store.h"

using namespace myochart;
using namespace myochart::plugin;
namespace fs = std::filesystem;

namespace {

const fs::path kBuild = MYOCHART_BINARY_DIR;
const fs::path kExamples = kBuild / "plugin-examples";
const fs::path kBroken = kBuild / "tests/plugin-fixtures/broken";

HostOptions options_for(storage::Database* db, std::vector<std::pair<fs::path, PluginOrigin>> path) {
  HostOptions o;
  o.database = db;
  o.search_path = std::move(path);
  o.reserved_commands = {"client", "session", "plugins"};
  return o;
}

const PluginRecord& record(const PluginHost& host, const std::string& id) {
  const auto* r = host.find(id);
  REQUIRE(r != nullptr);
  return *r;
}

long long count_objects(storage::Database& db, const std::string& like) {
  long long n = 0;
  db.sql() << "SELECT COUNT(*) FROM sqlite_schema WHERE name LIKE :p", soci::use(like), soci::into(n);
  return n;
}

}  // namespace

TEST_CASE("the example plugin is active with each contribution in the registry", "[plugins]") {
  test::DbFixture f;
  PluginHost host(options_for(f.db.get(), {{kExamples, PluginOrigin::kBundled}}));
  host.load();
  const auto& r = record(host, "example");
  INFO(r.reason);
  REQUIRE(r.state == PluginState::kActive);
  CHECK(r.name == "Example: session tags");
  CHECK(r.api_version == kApiVersion);
  const auto& reg = host.registry();

  SECTION("knowledge pack, validated and readable") {
    const auto* tags = reg.knowledge_pack("example", "tags");
    REQUIRE(tags != nullptr);
    CHECK((*tags)["tags"].size() == 3);
    CHECK(reg.knowledge_pack("example", "nope") == nullptr);
  }
  SECTION("mark kind: known to validation, its fields checked") {
    REQUIRE(chart::find_mark_kind("example_pin") != nullptr);
    chart::ChartMark m;
    m.kind = "example_pin";
    m.points = {{0.4, 0.3}};
    m.session_id = 1;
    CHECK_NOTHROW(chart::validate(m));
    m.attributes = {{"tag", 42}};
    CHECK_THROWS_WITH(reg.validate_mark_attributes(m), Catch::Contains("attributes.tag") && Catch::Contains("not text"));
    m.attributes = {{"tag", "desk"}};
    CHECK_NOTHROW(reg.validate_mark_attributes(m));
    // and it saves like any mark
    const Id client = f.add_client("Ada", "Ng");
    const Id session = f.add_session(client);
    m.session_id = session;
    storage::ChartMarks marks(*f.db);
    storage::WriteTransaction tx(*f.db);
    marks.add(tx, m);
    tx.commit();
    CHECK(marks.list_for_session(session).at(0).kind == "example_pin");
  }
  SECTION("chart layer: overlays for its marks, suggestions at a point") {
    LayerQuery q;
    q.view = chart::View::kPosterior;
    chart::ChartMark pin;
    pin.kind = "example_pin";
    pin.view = chart::View::kPosterior;
    pin.points = {{0.4, 0.3}};
    chart::ChartMark pain = pin;
    pain.kind = "pain";
    q.marks = {pin, pain};
    const auto overlays = reg.overlays(q);
    REQUIRE(overlays.size() == 1);
    CHECK(chart::contains(overlays[0].polygon, {0.4, 0.3}));
    const auto s = reg.suggestions(chart::View::kPosterior, chart::MarkShape::kPoint, {{0.40, 0.30}});
    REQUIRE_FALSE(s.empty());
    CHECK_THAT(s[0].label, Catch::StartsWith("Pin on "));
  }
  SECTION("assessment form: answers checked against the declaration, then evaluated") {
    const auto findings = reg.evaluate("example", "sleep", {{"position", "front"}, {"hours", 5}});
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].subject == "sleep_front");
    CHECK(findings[0].source_plugin == "example");
    CHECK_THROWS_WITH(reg.evaluate("example", "sleep", {{"position", "front"}, {"hours", 30}}),
                      Catch::Contains("sleep.hours") && Catch::Contains("from 0 to 24 h"));
    CHECK_THROWS_WITH(reg.evaluate("example", "sleep", {{"hours", 7}}),
                      Catch::Contains("sleep.position") && Catch::Contains("required"));
    CHECK_THROWS_WITH(reg.evaluate("example", "sleep", {{"position", "upside_down"}}),
                      Catch::Contains("back, side, front"));
  }
  SECTION("handout composer: findings -> plan -> document") {
    HandoutRequest req;
    Finding fi;
    fi.kind = "observation";
    fi.what = "Sleeps face down";
    req.findings = {fi};
    req.context.client_name = "Łucja Kowalska";
    req.context.clinic_name = "Harbour Massage";
    const auto plan = reg.propose_handout("example_advice", req);
    CHECK(plan["lines"][0] == "Sleeps face down");
    const doc::Document d = reg.render_handout("example_advice", plan, req.context);
    CHECK(d.decor.header_left == "Harbour Massage");
    REQUIRE(d.blocks.size() == 2);
    const auto& bullets = std::get<doc::Bullets>(d.blocks[1]);
    CHECK(bullets.items.size() == 4);
    CHECK_THROWS_WITH(reg.render_handout("example_advice", nlohmann::json::object(), req.context),
                      Catch::Contains("plan.title"));
  }
  SECTION("migrations: its tables exist, versions recorded, applied once") {
    CHECK(count_objects(*f.db, "example_session_tags%") == 2);  // table + index
    CHECK(storage::PluginStore(*f.db).schema_version("example") == 2);
    PluginHost again(options_for(f.db.get(), {{kExamples, PluginOrigin::kBundled}}));
    again.load();
    CHECK(record(again, "example").state == PluginState::kActive);
    CHECK(storage::PluginStore(*f.db).schema_version("example") == 2);
  }
  SECTION("CLI command: runs through the registry with the database") {
    const Id client = f.add_client("Ada", "Ng");
    const Id session = f.add_session(client);
    std::ostringstream out, err;
    CliIo io{out, err, false, [&]() -> storage::Database& { return *f.db; }, reg};
    CHECK(reg.run_cli_command("example-tags", {"add", std::to_string(session), "desk"}, io) == 0);
    CHECK(reg.run_cli_command("example-tags", {"list", std::to_string(session)}, io) == 0);
    CHECK_THAT(out.str(), Catch::EndsWith("desk\n"));
    CHECK_THROWS_WITH(reg.run_cli_command("example-tags", {"add", std::to_string(session), "nope"}, io),
                      Catch::Contains("tag") && Catch::Contains("desk, runner, new_parent"));
  }
}

TEST_CASE("third-party plugins wait until enabled; the choice is kept in the database", "[plugins]") {
  test::DbFixture f;
  {
    PluginHost host(options_for(f.db.get(), {{kExamples, PluginOrigin::kUser}}));
    host.load();
    const auto& r = record(host, "example");
    CHECK(r.state == PluginState::kDisabled);
    CHECK_THAT(r.reason, Catch::Contains("plugins enable example"));
    CHECK(host.registry().cli_command("example-tags") == nullptr);
    CHECK(count_objects(*f.db, "example_%") == 0);
    host.set_enabled("example", true);
  }
  {
    PluginHost host(options_for(f.db.get(), {{kExamples, PluginOrigin::kUser}}));
    host.load();
    CHECK(record(host, "example").state == PluginState::kActive);
    host.set_enabled("example", false);
  }
  PluginHost host(options_for(f.db.get(), {{kExamples, PluginOrigin::kBundled}}));
  host.load();
  CHECK(record(host, "example").state == PluginState::kDisabled);
  CHECK(record(host, "example").reason == "disabled by the user");
}

TEST_CASE("broken plugins are refused with the file and the problem, the others still work", "[plugins]") {
  test::DbFixture f;
  test::TempDir junk;
  // Made here: a text file named .so, a truncated copy and a corrupted copy of a good plugin.
  { std::ofstream(junk / "notes.so") << "these are not the droids\n"; }
  const fs::path good = kExamples / "example/example.so";
  std::string bytes;
  {
    std::ifstream in(good, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  REQUIRE(bytes.size() > 20000);
  { std::ofstream(junk / "truncated.so", std::ios::binary) << bytes.substr(0, 5000); }
  {
    std::string corrupt = bytes;
    for (std::size_t i = 64; i < corrupt.size(); i += 7) corrupt[i] = static_cast<char>(corrupt[i] ^ 0x5a);
    std::ofstream(junk / "corrupt.so", std::ios::binary) << corrupt;
  }

  PluginHost host(options_for(f.db.get(), {{kBroken, PluginOrigin::kBundled},
                                           {kBuild / "tests/plugin-fixtures/dup_a", PluginOrigin::kBundled},
                                           {kBuild / "tests/plugin-fixtures/dup_b", PluginOrigin::kBundled},
                                           {junk.path(), PluginOrigin::kBundled},
                                           {kExamples, PluginOrigin::kBundled}}));
  host.load();

  auto refused = [&](const std::string& id, const std::string& file, const std::string& problem) {
    const auto& r = record(host, id);
    INFO(id << ": " << r.reason);
    CHECK(r.state == PluginState::kRefused);
    CHECK_THAT(r.reason, Catch::StartsWith(file) && Catch::Contains(problem));
  };
  refused("wrong_api", "wrong_api.so", "built for plugin API version 999");
  refused("no_factory", "no_factory.so", "myochart_create_plugin is missing");
  refused("throws_on_register", "throws_on_register.so", "the fixture's data could not be prepared");
  refused("bad_migration", "bad_migration.so", "failed in its migration 2 (broken)");
  refused("unprefixed_table", "unprefixed_table.so", "table \"notes\", which is not named \"unprefixed_table_...\"");
  refused("id_mismatch", "id_mismatch.so", "declares the id \"someone_else\"");
  refused("bad_pack", "bad_pack.so", "muscles.json: /muscles/1");
  refused("foreign_keeper", "foreign_keeper.so",
          "keeps answers of the form \"someone_elses_form\", which it does not contribute");
  refused("notes", "notes.so", "no ELF header");
  refused("truncated", "truncated.so", "is truncated");
  refused("corrupt", "corrupt.so", "cannot be loaded");
  // The second "duplicate" is refused, naming where the first was found.
  std::vector<const PluginRecord*> dups;
  for (const auto& r : host.plugins())
    if (r.id == "duplicate") dups.push_back(&r);
  REQUIRE(dups.size() == 2);
  CHECK(dups[0]->state == PluginState::kActive);
  CHECK(dups[1]->state == PluginState::kRefused);
  CHECK_THAT(dups[1]->reason, Catch::Contains("was found first, at") && Catch::Contains("dup_a"));

  // Nothing of the refused plugins stayed: no command, no tables, no migration rows.
  CHECK(host.registry().cli_command("never-there") == nullptr);
  CHECK(host.registry().session_analyzers().empty());
  CHECK(host.registry().assessment_keepers().empty());
  CHECK(count_objects(*f.db, "bad_migration%") == 0);
  CHECK(count_objects(*f.db, "notes") == 0);
  CHECK(storage::PluginStore(*f.db).schema_version("bad_migration") == 0);

  // And the good plugin works.
  CHECK(record(host, "example").state == PluginState::kActive);
  CHECK(host.registry().cli_command("example-tags") != nullptr);
}

TEST_CASE("a plugin that crashed during activation is disabled at the next start", "[plugins]") {
  test::DbFixture f;
  // What a crash leaves behind: the sentinel of a process that no longer runs.
  const fs::path sentinel = f.dir / "clinic.myochart.plugin-activation.999999999";
  { std::ofstream(sentinel) << R"({"plugin": "example", "file": "x", "pid": 999999999, "started_at": "2026-11-25T10:00:00Z"})"; }
  PluginHost host(options_for(f.db.get(), {{kExamples, PluginOrigin::kBundled}}));
  host.load();
  CHECK_FALSE(fs::exists(sentinel));
  const auto& r = record(host, "example");
  CHECK(r.state == PluginState::kDisabled);
  CHECK_THAT(r.reason, Catch::Contains("stopped unexpectedly while activating it"));
  REQUIRE(host.notices().size() == 1);
  CHECK_THAT(host.notices()[0], Catch::Contains("\"example\" was disabled"));
  // Remembered: still disabled at the start after, until the user enables it again.
  PluginHost later(options_for(f.db.get(), {{kExamples, PluginOrigin::kBundled}}));
  later.load();
  CHECK(record(later, "example").state == PluginState::kDisabled);
  CHECK(later.notices().empty());
  later.set_enabled("example", true);
  PluginHost fixed(options_for(f.db.get(), {{kExamples, PluginOrigin::kBundled}}));
  fixed.load();
  CHECK(record(fixed, "example").state == PluginState::kActive);
}

TEST_CASE("the host works without a database and refuses plugins that need one", "[plugins]") {
  PluginHost host(options_for(nullptr, {{kExamples, PluginOrigin::kBundled}}));
  host.load();
  const auto& r = record(host, "example");
  CHECK(r.state == PluginState::kRefused);
  CHECK_THAT(r.reason, Catch::Contains("no database is open"));
}
