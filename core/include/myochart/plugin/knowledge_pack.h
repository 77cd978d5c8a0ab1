#pragma once
// Knowledge packs and plugin-owned migrations: data a plugin brings, checked by the host.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace myochart::plugin {

/// A JSON data file validated against a JSON Schema before the plugin may use it.
struct KnowledgePackSpec {
  std::string id{};               ///< unique within the plugin, e.g. "muscles"
  std::filesystem::path file{};   ///< usually PluginContext::data_dir() / "muscles.json"
  std::string schema{};           ///< a schema built into core: file name in schemas/json/
  std::optional<nlohmann::json> own_schema{};  ///< or the plugin's own schema document
};

/// One step of a plugin's database schema. Versions count 1, 2, 3... per plugin; each runs
/// once, in order, inside one write transaction with the plugin's other pending steps, after a
/// copy of the database file has been taken. Every table, index, view and trigger a plugin
/// creates must be named "<plugin id>_..." and it may not touch core's objects: the host
/// checks this and rolls the whole step back otherwise.
struct PluginMigration {
  int version = 0;
  std::string name{};        ///< "create assessments"
  std::string sqlite{};      ///< SQL script for SQLite
  std::string postgresql{};  ///< SQL script for PostgreSQL (may be empty until server mode)
};

}  // namespace myochart::plugin
