// `myochart-cli plugins ...` and plugin commands, end to end with the real binary: the broken
// fixtures are each refused with their reason, a plugin that segfaults on activation is
// disabled at the next start, and the example plugin's command runs.
#include <catch2/catch.hpp>

#include "cli/cli_runner.h"
#include "support/temp_dir.h"

using myochart::test::CliResult;
using myochart::test::run_cli_raw;
using myochart::test::TempDir;

namespace {

const std::string kFixtures = std::string(MYOCHART_BINARY_DIR) + "/tests/plugin-fixtures";
const std::string kExamples = std::string(MYOCHART_BINARY_DIR) + "/plugin-examples";

struct PluginClinic {
  TempDir dir;
  std::string db = (dir / "clinic.myochart").string();
  std::vector<std::string> env;

  explicit PluginClinic(const std::string& plugin_path)
      : env{"MYOCHART_PLUGIN_PATH=" + plugin_path, "XDG_DATA_HOME=" + (dir / "xdg").string()} {
    REQUIRE(run({"init"}).exit_code == 0);
  }
  CliResult run(const std::vector<std::string>& args) const {
    std::vector<std::string> full{"--db", db};
    full.insert(full.end(), args.begin(), args.end());
    return run_cli_raw(full, "", env);
  }
  CliResult ok(const std::vector<std::string>& args) const {
    auto r = run(args);
    INFO("stdout: " << r.out.substr(0, 2000) << "\nstderr: " << r.err);
    REQUIRE(r.exit_code == 0);
    return r;
  }
  nlohmann::json list() const { return ok({"--json", "plugins", "list"}).json(); }
  static const nlohmann::json& entry(const nlohmann::json& list, const std::string& id) {
    for (const auto& p : list)
      if (p["id"] == id) return p;
    FAIL("plugin " << id << " not listed");
    throw std::logic_error("unreachable");
  }
};

}  // namespace

TEST_CASE("cli: plugins list shows each broken fixture refused with its reason") {
  PluginClinic c(kFixtures + "/broken:" + kFixtures + "/dup_a:" + kFixtures + "/dup_b:" + kExamples);
  // Third-party plugins start disabled, saying how to enable them.
  auto before = c.list();
  CHECK(PluginClinic::entry(before, "wrong_api")["state"] == "disabled");
  CHECK_THAT(PluginClinic::entry(before, "wrong_api")["reason"].get<std::string>(),
             Catch::Contains("plugins enable wrong_api"));
  for (const auto* id : {"wrong_api", "no_factory", "throws_on_register", "bad_migration",
                         "unprefixed_table", "id_mismatch", "bad_pack", "duplicate", "example"})
    c.ok({"plugins", "enable", id});

  const auto list = c.list();
  auto refused = [&](const std::string& id, const std::string& problem) {
    const auto& p = PluginClinic::entry(list, id);
    INFO(p.dump());
    CHECK(p["state"] == "refused");
    CHECK_THAT(p["reason"].get<std::string>(), Catch::StartsWith(id + ".so") && Catch::Contains(problem));
  };
  refused("wrong_api", "plugin API version 999");
  refused("no_factory", "no plugin factory");
  refused("throws_on_register", "the fixture's data could not be prepared");
  refused("bad_migration", "migration 2");
  refused("unprefixed_table", "not named \"unprefixed_table_...\"");
  refused("id_mismatch", "someone_else");
  refused("bad_pack", "/muscles/1");
  CHECK(PluginClinic::entry(list, "example")["state"] == "active");

  // The text form names state and reason on one line per plugin.
  const auto text = c.ok({"plugins", "list"}).out;
  CHECK_THAT(text, Catch::Contains("wrong_api\trefused") && Catch::Contains("example\tactive"));

  // info gives the contributions of an active plugin.
  const auto info = c.ok({"--json", "plugins", "info", "example"}).json();
  CHECK(info["contributions"].size() == 7);

  // The example plugin's command, and its database table, work beside the broken ones.
  const auto client = c.ok({"--json", "client", "add", "--given", "Ada", "--family", "Ng"}).json()["id"];
  const auto session = c.ok({"--json", "session", "add", std::to_string(client.get<long long>()),
                             "--therapist", "Rowan Ellis", "--start", "2026-11-25 10:00"})
                           .json()["id"];
  c.ok({"example-tags", "add", std::to_string(session.get<long long>()), "runner"});
  CHECK(c.ok({"example-tags", "list", std::to_string(session.get<long long>())}).out == "runner\n");
  // Its bad input: exit 2, one line naming the field.
  const auto bad = c.run({"example-tags", "add", "x", "runner"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("SESSION") && Catch::Contains("a positive number"));
  // Unknown words are still reported as such.
  const auto unknown = c.run({"no-such-command"});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("not a command"));
}

TEST_CASE("cli: a plugin that segfaults on activation is disabled at the next start") {
  PluginClinic c(kFixtures + "/crash:" + kExamples);
  c.ok({"plugins", "enable", "crash_on_activate"});
  c.ok({"plugins", "enable", "example"});
  const auto crashed = c.run({"plugins", "list"});
  // Killed by SIGSEGV (128 + 11); under AddressSanitizer its handler reports and exits 1.
  CHECK(crashed.exit_code != 0);
  CHECK(crashed.out.empty());

  const auto next = c.ok({"--json", "plugins", "list"});
  CHECK_THAT(next.err, Catch::Contains("\"crash_on_activate\" was disabled") &&
                           Catch::Contains("stopped unexpectedly"));
  const auto list = next.json();
  CHECK(PluginClinic::entry(list, "crash_on_activate")["state"] == "disabled");
  CHECK_THAT(PluginClinic::entry(list, "crash_on_activate")["reason"].get<std::string>(),
             Catch::Contains("stopped unexpectedly while activating it"));
  CHECK(PluginClinic::entry(list, "example")["state"] == "active");
  // Told once; afterwards it simply stays disabled.
  const auto again = c.ok({"plugins", "list"});
  CHECK(again.err.empty());
}

TEST_CASE("cli: plugins enable names an unknown plugin and what is accepted") {
  PluginClinic c(kExamples);
  const auto r = c.run({"plugins", "enable", "nonesuch"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("nonesuch") && Catch::Contains("plugins list"));
}
