#pragma once
// The plugin host: finds plugin libraries, decides which may run, loads them with Boost.DLL
// behind a crash sentinel, applies their migrations and collects their contributions into the
// Registry. Used by myochart-cli, the desktop app and tests alike.
//
// Discovery, in this order (the first library with a given id wins; later ones are refused):
//   1. the build tree's plugin folder (when the program runs from the build tree),
//   2. <install prefix>/lib/myochart/plugins,
//   3. the per-user folder: $XDG_DATA_HOME/myochart/plugins,
//   4. each folder in MYOCHART_PLUGIN_PATH (colon-separated).
// A folder holds libraries directly (<id>.so) or one folder per plugin (<id>/<id>.so with its
// data in <id>/data). 1 and 2 hold the bundled plugins, on by default; plugins found in 3 and 4
// are third-party and stay disabled until the user enables them.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "myochart/plugin/registry.h"
#include "myochart/storage/database.h"

namespace myochart::plugin {

enum class PluginState {
  kActive,    ///< loaded, contributions registered
  kDisabled,  ///< found, not loaded (the user's choice, new third-party, or it crashed)
  kRefused,   ///< could not be used; `reason` says why in plain words
};
std::string_view to_string(PluginState s);

enum class PluginOrigin { kBundled, kUser, kEnvironment };
std::string_view to_string(PluginOrigin o);

struct PluginRecord {
  std::string id;  ///< from the file name until loaded
  std::filesystem::path file;
  PluginOrigin origin = PluginOrigin::kBundled;
  PluginState state = PluginState::kDisabled;
  std::string reason;  ///< why disabled or refused; empty when active
  bool enabled = false;  ///< the stored (or default) choice
  // Known once loaded:
  std::string name, version, author, description;
  int api_version = 0;
  std::vector<std::string> contributions;  ///< "knowledge pack muscles", "CLI command tp", ...
};

struct HostOptions {
  /// Folders to search in order, with their origin. Empty = the standard discovery above.
  std::vector<std::pair<std::filesystem::path, PluginOrigin>> search_path;
  /// The database holding plugin state and plugin tables; may be null (then bundled plugins
  /// are on, third-party ones off, and plugins with migrations are refused).
  storage::Database* database = nullptr;
  /// Where crash sentinels are written. Empty = beside the database file, or no sentinel when
  /// there is no database.
  std::filesystem::path sentinel_dir;
  /// Command words plugins may not take (the app's own commands).
  std::vector<std::string> reserved_commands;
};

/// The standard discovery folders (see above), for the running program.
std::vector<std::pair<std::filesystem::path, PluginOrigin>> standard_search_path();

class PluginHost {
 public:
  explicit PluginHost(HostOptions options);
  /// Destroys contributions, then plugin objects. Libraries stay loaded until the process ends.
  ~PluginHost();
  PluginHost(const PluginHost&) = delete;
  PluginHost& operator=(const PluginHost&) = delete;

  /// Finds plugins and activates the enabled ones. Never throws for a plugin's fault: each
  /// problem becomes that plugin's reason. Call once.
  void load();
  /// Finds plugins and reads their stored state without loading any library: enough to
  /// enable or disable one (even one that crashes on activation).
  void discover_only();

  const std::vector<PluginRecord>& plugins() const { return records_; }
  const PluginRecord* find(std::string_view id) const;
  const Registry& registry() const { return registry_; }
  /// Things the user must be told at start-up, e.g. a plugin disabled after a crash.
  const std::vector<std::string>& notices() const { return notices_; }

  /// Stores the user's choice (needs a database); takes effect at the next start. Throws
  /// NotFoundError-like Error when no plugin with that id was found.
  void set_enabled(std::string_view id, bool enabled);

 private:
  void recover_from_crash();
  void scan(bool activate);
  void activate(PluginRecord& record);
  std::optional<bool> stored_choice(const std::string& id) const;

  HostOptions options_;
  std::vector<PluginRecord> records_;
  std::vector<std::string> notices_;
  std::map<std::string, std::string> crashed_;  ///< plugin id -> why it was disabled this start
  // Declared before the registry so that the contributions it holds die first.
  std::vector<std::unique_ptr<Plugin>> plugins_;
  Registry registry_;
};

}  // namespace myochart::plugin
