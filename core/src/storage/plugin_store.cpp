#include "myochart/storage/plugin_store.h"

#include <soci/soci.h>

#include "myochart/time.h"
#include "storage/soci_errors.h"

namespace myochart::storage {

using detail::guarded;
using soci::into;
using soci::use;

std::map<std::string, PluginChoice> PluginStore::choices() const {
  return guarded("reading plugin settings", [&] {
    std::map<std::string, PluginChoice> out;
    soci::rowset<soci::row> rows =
        db_.sql().prepare << "SELECT plugin_id, enabled, reason FROM plugin_state";
    for (const auto& r : rows)
      out[r.get<std::string>(0)] = {r.get<int>(1) != 0, r.get<std::string>(2)};
    return out;
  });
}

std::optional<PluginChoice> PluginStore::choice(const std::string& plugin_id) const {
  auto all = choices();
  auto it = all.find(plugin_id);
  if (it == all.end()) return std::nullopt;
  return it->second;
}

void PluginStore::set_choice(WriteTransaction& tx, const std::string& plugin_id,
                             const PluginChoice& choice) {
  const int enabled = choice.enabled ? 1 : 0;
  const std::string at = format_timestamp(now());
  guarded("saving plugin settings", [&] {
    tx.db().sql() << "INSERT INTO plugin_state (plugin_id, enabled, reason, updated_at) "
                     "VALUES (:id, :enabled, :reason, :at) ON CONFLICT (plugin_id) DO UPDATE SET "
                     "enabled = excluded.enabled, reason = excluded.reason, "
                     "updated_at = excluded.updated_at",
        use(plugin_id, "id"), use(enabled, "enabled"), use(choice.reason, "reason"), use(at, "at");
  });
}

int PluginStore::schema_version(const std::string& plugin_id) const {
  return guarded("reading plugin schema versions", [&] {
    int version = 0;
    soci::indicator ind = soci::i_null;
    db_.sql() << "SELECT MAX(version) FROM plugin_schema WHERE plugin_id = :id", use(plugin_id),
        into(version, ind);
    return ind == soci::i_ok ? version : 0;
  });
}

void PluginStore::record_migration(WriteTransaction& tx, const std::string& plugin_id, int version,
                                   const std::string& name) {
  const std::string at = format_timestamp(now());
  guarded("recording a plugin migration", [&] {
    tx.db().sql() << "INSERT INTO plugin_schema (plugin_id, version, name, applied_at) "
                     "VALUES (:id, :v, :name, :at)",
        use(plugin_id, "id"), use(version, "v"), use(name, "name"), use(at, "at");
  });
}

}  // namespace myochart::storage
