#pragma once
// What the database remembers about plugins: the user's enabled/disabled choice (and why
// MyoChart disabled one itself), and which plugin-owned migrations have run.
#include <map>
#include <optional>
#include <string>

#include "myochart/storage/transaction.h"

namespace myochart::storage {

struct PluginChoice {
  bool enabled = false;
  std::string reason;  ///< set when MyoChart disabled the plugin (e.g. after a crash)
};

class PluginStore {
 public:
  explicit PluginStore(Database& db) : db_(db) {}
  std::map<std::string, PluginChoice> choices() const;
  std::optional<PluginChoice> choice(const std::string& plugin_id) const;
  void set_choice(WriteTransaction& tx, const std::string& plugin_id, const PluginChoice& choice);
  /// Highest migration version applied for the plugin, 0 when none.
  int schema_version(const std::string& plugin_id) const;
  void record_migration(WriteTransaction& tx, const std::string& plugin_id, int version,
                        const std::string& name);

 private:
  Database& db_;
};

}  // namespace myochart::storage
