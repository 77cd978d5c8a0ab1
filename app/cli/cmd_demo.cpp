// demo: a deterministic synthetic clinic in its own database file.
#include <chrono>
#include <iostream>
#include <memory>

#include "cli_context.h"
#include "myochart/demo/demo_clinic.h"
#include "myochart/errors.h"
#include "myochart/paths.h"

namespace myochart::cli {

void add_demo_command(CLI::App& app, Context& ctx) {
  struct Args {
    int clients = 200;
    std::uint64_t seed = 1;
    std::string until, out;
    bool replace = false, quiet = false;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "demo", "Create a synthetic demo clinic in its own file (default " +
                  paths::demo_database().string() + "); never touches a real database");
  cmd->add_option("--clients", a->clients, "Number of clients")->check(CLI::Range(1, 2000000));
  cmd->add_option("--seed", a->seed, "Seed: the same seed gives the same clinic");
  cmd->add_option("--until", a->until, "Last day of the generated history, YYYY-MM-DD");
  cmd->add_option("--out", a->out, "Demo database file to create");
  cmd->add_flag("--replace", a->replace, "Replace an existing demo file");
  cmd->add_flag("--quiet", a->quiet, "No progress on standard error");
  cmd->callback([&ctx, a] {
    if (!ctx.db_path.empty())
      throw ValidationError("db",
                            "is not used by demo (a demo never goes into a database of records)",
                            "--out FILE for the demo clinic's own file");
    // The demo goes to its own file: --out, else the demo path. --db is never used for it, so
    // a demo cannot land in a therapist's database.
    const std::filesystem::path file =
        a->out.empty() ? paths::demo_database() : std::filesystem::path(a->out);
    if (std::filesystem::exists(file)) {
      if (!a->replace)
        throw ValidationError("out", file.string() + " exists already", "a new file, or --replace");
      if (file == paths::default_database())
        throw ValidationError("out", "is the therapist's database", "a separate demo file");
      std::filesystem::remove(file);
      for (const char* suffix : {"-wal", "-shm"}) {
        auto side = file;
        side += suffix;
        std::filesystem::remove(side);
      }
    }
    demo::DemoOptions opts;
    opts.clients = a->clients;
    opts.seed = a->seed;
    if (!a->until.empty()) opts.until = parse_date_option("until", a->until);
    if (!a->quiet)
      opts.progress = [](int done, int total) {
        std::cerr << "\rdemo: " << done << "/" << total << " clients" << std::flush;
        if (done == total) std::cerr << "\n";
      };
    const auto started = std::chrono::steady_clock::now();
    auto db = storage::Database::open_sqlite(file, storage::OpenMode::kCreateIfMissing);
    const auto summary = demo::generate_demo_clinic(*db, opts);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    nlohmann::json j = {{"file", file.string()},
                        {"clients", summary.clients},
                        {"sessions", summary.sessions},
                        {"marks", summary.marks},
                        {"health_entries", summary.health_entries},
                        {"contraindications", summary.contraindications},
                        {"consents", summary.consents},
                        {"seconds", seconds}};
    ctx.print(j, "Demo clinic at " + file.string() + ": " + std::to_string(summary.clients) +
                     " clients, " + std::to_string(summary.sessions) + " sessions, " +
                     std::to_string(summary.marks) + " chart marks (" +
                     std::to_string(static_cast<int>(seconds * 10) / 10.0).substr(0, 5) + " s)");
  });
}

}  // namespace myochart::cli
