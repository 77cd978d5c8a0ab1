// `myochart-cli posture ...` end to end with the real binary and the bundled posture plugin (found
// in the build tree's plugins folder): assess and save, read back, refuse an impossible angle,
// trend with a plot. The commands are the README's "Posture assessment" examples.
#include <catch2/catch.hpp>
#include <fstream>

#include "cli/cli_runner.h"
#include "support/pdf_tools.h"
#include "support/temp_dir.h"

using myochart::test::CliResult;
using myochart::test::run_cli_raw;
using myochart::test::TempDir;

namespace {

struct PostureClinic {
  TempDir dir;
  std::string db = (dir / "clinic.myochart").string();
  // A private XDG folder: no plugin of the machine's user is picked up.
  std::vector<std::string> env{"XDG_DATA_HOME=" + (dir / "xdg").string()};

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
};

}  // namespace

TEST_CASE("cli: posture assess, findings and trend with the bundled plugin") {
  PostureClinic c;
  c.ok({"init"});
  c.ok({"client", "add", "--given", "Ada", "--family", "Ng"});
  c.ok({"session", "add", "1", "--therapist", "Rowan Ellis", "--start", "2026-11-25 10:00",
        "--duration", "60"});
  const auto answers = (c.dir / "answers.json").string();
  std::ofstream(answers) << R"({"craniovertebral_angle": 44, "ear_forward_of_shoulder": "present",
                               "shoulder_forward_of_line": "left", "backs_of_hands_forward": "left",
                               "desk_work": true})";

  const auto form = c.ok({"--json", "posture", "form"}).json();
  CHECK(form["id"] == "posture");

  auto r = c.ok({"posture", "assess", "--answers", answers, "--session", "1"});
  CHECK(r.out.find("Forward head posture (mild)") != std::string::npos);
  CHECK(r.out.find("Saved with session 1 (assessment version 1).") != std::string::npos);

  const auto saved = c.ok({"--json", "posture", "findings", "1"}).json();
  CHECK(saved["assessment"]["version"] == 1);
  CHECK(saved["findings"][0]["subject"] == "forward_head");
  CHECK(saved["findings"][0]["source_plugin"] == "posture");

  std::ofstream(c.dir / "bad.json") << R"({"craniovertebral_angle": 95})";
  r = c.run({"posture", "assess", "--answers", (c.dir / "bad.json").string(), "--session", "1",
             "--version", "1"});
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "myochart-cli posture: posture.craniovertebral_angle: 95 is out of range "
        "(accepted: a number from 10 to 80 deg)\n");
  CHECK(c.ok({"--json", "posture", "findings", "1"}).json() == saved);

  const auto png = (c.dir / "cva.png").string();
  r = c.ok({"posture", "trend", "1", "--measure", "craniovertebral_angle", "--png", png});
  CHECK(r.out.find("2026-11-25") != std::string::npos);
  CHECK(std::filesystem::file_size(png) > 1000);
  CHECK(c.run({"posture", "findings", "7"}).exit_code == 3);

  // The session report carries the measures' trend, drawn by core from the plugin's plots.
  const auto pdf = (c.dir / "report.pdf").string();
  c.ok({"session", "report", "1", "--out", pdf});
  const std::string text = myochart::test::pdf_text(pdf);
  CHECK(text.find("Measures over the sessions") != std::string::npos);
  CHECK(text.find("Craniovertebral angle") != std::string::npos);
}
