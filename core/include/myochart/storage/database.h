#pragma once
// A MyoChart database: one connection, its dialect and its schema.
//
// SQLite files are opened so that nothing but a MyoChart database of a version this build
// understands is ever written to: the file header is inspected before SQLite touches the
// file, and a foreign file, a damaged file or one written by a newer MyoChart is refused with
// DatabaseRefusedError, byte-for-byte untouched. Older schemas are migrated in one
// transaction, after a copy of the file has been taken next to it.
//
// Threading: a Database is used by one thread at a time (SOCI sessions are not thread-safe).
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "myochart/storage/dialect.h"

namespace soci {
class session;
}

namespace myochart::storage {

enum class OpenMode {
  kExisting,        ///< the file must exist
  kCreateIfMissing  ///< create a new, empty MyoChart database when there is no file
};

/// What `db check` reports.
struct HealthReport {
  int schema_version = 0;
  int latest_schema_version = 0;
  std::vector<std::string> problems;  ///< integrity and foreign-key problems; empty when sound
  bool ok() const { return problems.empty() && schema_version == latest_schema_version; }
};

/// SQLite application_id of MyoChart files ("MyoC").
inline constexpr std::uint32_t kApplicationId = 0x4D796F43;

class Database {
 public:
  /// Opens a MyoChart SQLite file. Throws DatabaseRefusedError (file untouched) for a file
  /// that is not a MyoChart database or is newer than this build; Error when there is no file
  /// and mode is kExisting; StorageError when a migration fails (the file is left as it was).
  static std::unique_ptr<Database> open_sqlite(const std::filesystem::path& file, OpenMode mode);

  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  soci::session& sql() noexcept { return *sql_; }
  const Dialect& dialect() const noexcept { return *dialect_; }
  const std::filesystem::path& file() const noexcept { return file_; }
  int schema_version() const;
  /// The copy taken before the last migration this process ran, if any.
  const std::optional<std::filesystem::path>& pre_migration_copy() const noexcept {
    return pre_migration_copy_;
  }
  HealthReport check();

  /// The schema version this build writes for a dialect (number of its last migration).
  static int latest_schema_version(const Dialect& d);

  /// For tests of migrations: create a database holding only the first `version` migrations.
  static std::unique_ptr<Database> create_sqlite_at_version(const std::filesystem::path& file,
                                                            int version);

  /// True when this process created the file (a brand-new, empty database).
  bool created_now() const noexcept { return created_now_; }

  /// True while a WriteTransaction is open (used to refuse nested transactions).
  bool in_write_transaction() const noexcept { return in_write_; }

 private:
  friend class WriteTransaction;
  Database(std::unique_ptr<soci::session> sql, const Dialect& dialect, std::filesystem::path file);
  void migrate(int target_version, bool take_copy);

  std::unique_ptr<soci::session> sql_;
  const Dialect* dialect_;
  std::filesystem::path file_;
  std::optional<std::filesystem::path> pre_migration_copy_;
  bool in_write_ = false;
  bool created_now_ = false;
};

}  // namespace myochart::storage
