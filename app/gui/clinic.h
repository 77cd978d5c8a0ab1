#pragma once
// The clinic database the desktop app works on, shared by all its windows, and the news of
// what changed in it so that every window showing a record refreshes. GUI thread only: the
// client search runs on a thread of its own with its own connection (client_search.h).
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "myochart/clinic_settings.h"
#include "myochart/io/draft_journal.h"
#include "myochart/plugin/host.h"
#include "myochart/render/chart_renderer.h"
#include "myochart/storage/clients.h"
#include "myochart/storage/database.h"
#include "myochart/storage/sessions.h"

namespace myochart::gui {

/// Something saved: windows showing it reload it.
struct Change {
  enum class What { kClient, kSession, kSettings };
  What what = What::kClient;
  Id client = 0;   ///< the client concerned (also for sessions)
  Id session = 0;  ///< for kSession
};

class Clinic {
 public:
  /// Opens the database, creating an empty one when `create` and there is no file. Throws
  /// DatabaseRefusedError / Error with words that can be shown as they are.
  Clinic(std::filesystem::path file, bool create);
  ~Clinic();
  Clinic(const Clinic&) = delete;
  Clinic& operator=(const Clinic&) = delete;

  storage::Database& db() { return *db_; }
  const std::filesystem::path& file() const { return file_; }
  storage::Clients& clients();
  storage::Sessions& sessions();
  /// The chart renderer, made on first use (its outlines are parsed when first drawn).
  const render::ChartRenderer& renderer();
  /// The plugin host: found and activated on first use (the session editor, the plugins
  /// dialog), not at start-up, so the client list opens without waiting for knowledge packs.
  /// A plugin's fault never throws here: it becomes that plugin's state and reason.
  plugin::PluginHost& plugins();
  const plugin::Registry& registry() { return plugins().registry(); }
  /// Start-up notices of the host not yet shown (e.g. a plugin disabled after a crash); the
  /// caller shows them. Empty until plugins() was called.
  std::vector<std::string> take_plugin_notices();
  /// Options for a host over this clinic's database (also used to enable/disable plugins
  /// without loading them). Tests may set the search path before first use.
  plugin::HostOptions& plugin_options() { return plugin_options_; }
  /// The unsaved-edits journal beside the database file.
  io::DraftJournal& journal() { return journal_; }

  const ClinicSettings& settings() const { return settings_; }
  /// Saves new settings (one transaction) and tells the windows.
  void save_settings(const ClinicSettings& s);
  /// The therapist's name for new sessions and signatures: the setting, else the login name.
  std::string therapist() const;

  /// Date formatting in the clinic's chosen style.
  std::string date(Date d) const;
  std::string date_time(Timestamp t) const;

  using Listener = std::function<void(const Change&)>;
  /// Registers a listener; keep the returned number to unsubscribe (windows do so when they
  /// are destroyed).
  int subscribe(Listener listener);
  void unsubscribe(int id);
  void notify(const Change& change);

 private:
  std::filesystem::path file_;
  std::unique_ptr<storage::Database> db_;
  std::unique_ptr<storage::Clients> clients_;
  std::unique_ptr<storage::Sessions> sessions_;
  std::unique_ptr<render::ChartRenderer> renderer_;
  plugin::HostOptions plugin_options_;
  std::unique_ptr<plugin::PluginHost> plugins_;
  std::vector<std::string> plugin_notices_;
  io::DraftJournal journal_;
  ClinicSettings settings_;
  std::map<int, Listener> listeners_;
  int next_listener_ = 1;
};

}  // namespace myochart::gui
