#pragma once
// What every myochart-cli command shares: the database it works on, the output mode, and
// small parsing helpers whose errors name the option and what it accepts.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "myochart/chart/geometry.h"
#include "myochart/plugin/host.h"
#include "myochart/storage/database.h"
#include "myochart/time.h"

namespace myochart::cli {

class Context {
 public:
  std::string db_path;  ///< --db; empty = the default database
  bool json = false;    ///< --json

  /// The database, opened on first use. `create` only for `init`.
  storage::Database& db(storage::OpenMode mode = storage::OpenMode::kExisting);
  std::filesystem::path resolved_db_path() const;

  /// Prints a JSON document (always) or, in text mode, the given text.
  void print(const nlohmann::json& j, const std::string& text) const;
  void print_json(const nlohmann::json& j) const;
  bool json_output() const { return json; }

  /// The plugin host for this database, loaded on first use; start-up notices (a plugin
  /// disabled after a crash) are printed to stderr then.
  plugin::PluginHost& plugins();
  /// The plugins found, none loaded (for enable/disable).
  plugin::PluginHost& plugins_found();
  /// Command words plugins may not take.
  std::vector<std::string> reserved_commands;

 private:
  std::unique_ptr<storage::Database> db_;
  std::unique_ptr<plugin::PluginHost> plugins_;
};

/// A date option value; throws ValidationError naming `field` when it is not YYYY-MM-DD.
Date parse_date_option(const std::string& field, const std::string& value);
std::optional<Date> parse_optional_date_option(const std::string& field, const std::string& value);
/// "YYYY-MM-DD HH:MM" (local), or an ISO instant with Z/offset.
Timestamp parse_time_option(const std::string& field, const std::string& value);
/// "x,y x,y ..." in chart coordinates.
std::vector<chart::Point> parse_points_option(const std::string& field, const std::string& value);
/// Text given inline, or read from a file (`@path`, or `@-` for standard input).
std::string text_option(const std::string& value);

/// Registration of each command family (cmd_*.cpp).
void add_init_command(CLI::App& app, Context& ctx);
void add_client_commands(CLI::App& app, Context& ctx);
void add_clinical_commands(CLI::App& app, Context& ctx);
void add_session_commands(CLI::App& app, Context& ctx);
void add_mark_commands(CLI::App& app, Context& ctx);
void add_chart_commands(CLI::App& app, Context& ctx);
void add_exchange_commands(CLI::App& app, Context& ctx);
void add_demo_command(CLI::App& app, Context& ctx);
void add_db_commands(CLI::App& app, Context& ctx);
void add_plugin_commands(CLI::App& app, Context& ctx);
/// Runs a plugin's command (`myochart-cli <word> args...`); nullopt when no active plugin
/// has that command.
std::optional<int> run_plugin_command(Context& ctx, const std::string& word,
                                      const std::vector<std::string>& args);

}  // namespace myochart::cli
