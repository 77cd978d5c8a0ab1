#pragma once
// The plugin's tables: saved plan templates ("desk worker neck") and the sheets given per
// session, each stored with exactly the plan and context it was printed from. Functions that
// write take the caller's transaction (one user action = one transaction).
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "myochart/ids.h"
#include "myochart/plugin/knowledge_pack.h"
#include "myochart/storage/transaction.h"

namespace myochart::home_care {

/// The migrations that create the tables (plugin id "home_care", so tables home_care_*).
std::vector<plugin::PluginMigration> migrations();

struct PlanTemplate {
  Id id = 0;
  std::string name;
  nlohmann::json plan;
  RowVersion row_version = 0;
  std::string created_at, updated_at;
};

struct GivenSheet {
  Id id = 0;
  Id session_id = 0;
  Id client_id = 0;
  nlohmann::json plan;     ///< frozen: every item's wording filled in
  nlohmann::json context;  ///< what was printed: names, clinic, date, page size, illustrations
  std::string given_at;
};

class HandoutStore {
 public:
  explicit HandoutStore(storage::Database& db) : db_(db) {}

  /// Records a sheet as given. NotFoundError when the session does not exist.
  Id give(storage::WriteTransaction& tx, Id session, const nlohmann::json& plan,
          const nlohmann::json& context);
  std::optional<GivenSheet> sheet(Id id) const;
  /// Newest first.
  std::vector<GivenSheet> sheets_for_client(Id client) const;

  /// Saves a template under `name` (replacing the plan of one with that name). Returns it.
  PlanTemplate save_template(storage::WriteTransaction& tx, const std::string& name,
                             const nlohmann::json& plan);
  std::optional<PlanTemplate> find_template(const std::string& name) const;
  std::vector<PlanTemplate> templates() const;  ///< by name

 private:
  storage::Database& db_;
};

}  // namespace myochart::home_care
