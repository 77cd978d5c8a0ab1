// myochart-cli: MyoChart without the GUI. Exit status: 0 success, 2 bad input (usage or a
// value refused; nothing written), 3 not found, 4 conflict with a newer saved version,
// 5 locked (signed), 6 database refused, 1 any other failure.
#include <soci/error.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <optional>
#include <utility>
#include <vector>

#include "cli_context.h"
#include "myochart/errors.h"
#include "myochart/paths.h"

namespace {

int fail(int code, const std::string& message) {
  // One line: the first line of the message, so scripts can show it as-is.
  std::cerr << "myochart-cli: " << message.substr(0, message.find('\n')) << "\n";
  return code;
}

// The first word that is not an option (skipping --db's value), and the words after it with
// the global options (--db PATH, --json) taken out; nullopt when there is none or an option
// such as --help comes first.
std::optional<std::pair<std::string, std::vector<std::string>>> first_word(int argc, char** argv,
                                                                           myochart::cli::Context& ctx) {
  std::optional<std::pair<std::string, std::vector<std::string>>> out;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--db" && i + 1 < argc) {
      ctx.db_path = argv[++i];
    } else if (a.rfind("--db=", 0) == 0) {
      ctx.db_path = a.substr(5);
    } else if (a == "--json") {
      ctx.json = true;
    } else if (!out) {
      if (a.empty() || a[0] == '-') return std::nullopt;
      out.emplace(a, std::vector<std::string>{});
    } else {
      out->second.push_back(a);
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace myochart;
  paths::restrict_umask();

  CLI::App app{"MyoChart command-line tool: client records, SOAP sessions and body charts"};
  app.set_version_flag("--version", std::string("myochart-cli ") + MYOCHART_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // --db and --json may also follow the subcommand
  cli::Context ctx;
  app.add_option("--db", ctx.db_path,
                 "Database file (default: " + paths::default_database().string() + ")");
  app.add_flag("--json", ctx.json, "Print results as JSON");

  cli::add_init_command(app, ctx);
  cli::add_client_commands(app, ctx);
  cli::add_clinical_commands(app, ctx);
  cli::add_session_commands(app, ctx);
  cli::add_mark_commands(app, ctx);
  cli::add_chart_commands(app, ctx);
  cli::add_exchange_commands(app, ctx);
  cli::add_demo_command(app, ctx);
  cli::add_db_commands(app, ctx);
  cli::add_plugin_commands(app, ctx);
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    ctx.reserved_commands.push_back(sub->get_name());

  try {
    // A first word that is none of our commands may be a plugin's: load the plugins only
    // then, so that built-in commands never depend on them.
    if (auto word = first_word(argc, argv, ctx);
        word && std::find(ctx.reserved_commands.begin(), ctx.reserved_commands.end(), word->first) ==
                    ctx.reserved_commands.end()) {
      if (auto status = cli::run_plugin_command(ctx, word->first, word->second)) return *status;
    }
    app.parse(argc, argv);
    return 0;
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::string message = e.what();
    if (message.find("subcommand is required") != std::string::npos) {
      // Name the word that was not a command, and where the list of commands is.
      std::string unknown;
      for (const auto& word : app.remaining(true)) unknown += (unknown.empty() ? "" : " ") + word;
      message = unknown.empty() ? "a command is missing (see --help for the list)"
                                : "\"" + unknown + "\" is not a command (see --help for the list)";
    }
    return fail(2, message);
  } catch (const ValidationError& e) {
    return fail(2, e.what());
  } catch (const NotFoundError& e) {
    return fail(3, e.what());
  } catch (const ConflictError& e) {
    return fail(4, e.what());
  } catch (const LockedError& e) {
    return fail(5, e.what());
  } catch (const DatabaseRefusedError& e) {
    return fail(6, e.what());
  } catch (const plugin::PluginError& e) {
    return fail(1, e.what());
  } catch (const Error& e) {
    return fail(1, e.what());
  } catch (const soci::soci_error& e) {
    return fail(1, "the database reported an error: " + e.get_error_message());
  } catch (const std::exception& e) {
    return fail(1, std::string("unexpected error: ") + e.what());
  }
}
