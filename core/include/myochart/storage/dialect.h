#pragma once
// The one seam for SQL that differs between database engines: connection set-up, write
// transactions, schema version, full-text search. Everything else is portable SQL in the
// repositories. SQLite is the only dialect so far; PostgreSQL implements the same interface.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "myochart/ids.h"

namespace soci {
class session;
}

namespace myochart::storage {

class Dialect {
 public:
  virtual ~Dialect() = default;

  /// "sqlite" or "postgresql"; also the folder of its migrations under schemas/.
  virtual std::string_view name() const = 0;
  /// Per-connection settings (SQLite: foreign_keys, busy_timeout, journal_mode, synchronous).
  virtual void configure(soci::session& sql) const = 0;
  /// Marks a brand-new, empty database as MyoChart's (SQLite: application_id).
  virtual void initialize_new(soci::session& sql) const = 0;
  /// Runs a script of several statements (a migration file).
  virtual void execute_script(soci::session& sql, const std::string& script) const = 0;
  /// Writes a consistent copy of the whole database to a new file (before migrations).
  virtual void copy_to(soci::session& sql, const std::filesystem::path& file) const = 0;
  /// Starts a transaction that holds the write lock from its first statement.
  virtual void begin_write(soci::session& sql) const = 0;
  /// The id the connection's last INSERT gave its row.
  virtual Id last_insert_id(soci::session& sql) const = 0;
  virtual int schema_version(soci::session& sql) const = 0;
  /// Inside the migration transaction.
  virtual void set_schema_version(soci::session& sql, int version) const = 0;
  /// Every table, index, view and trigger: (type, name, definition), to check what a plugin's
  /// migration created or changed.
  struct SchemaObject {
    std::string type, name, definition;
    bool operator==(const SchemaObject&) const = default;
  };
  virtual std::vector<SchemaObject> schema_objects(soci::session& sql) const = 0;
  /// Problems found by the engine's integrity check; empty when sound.
  virtual std::vector<std::string> integrity_problems(soci::session& sql) const = 0;

  /// One statement, binding :id and :words, that sets the search words of a client (words
  /// already folded, see text::fold_for_search), replacing any earlier ones.
  virtual std::string client_index_sql() const = 0;
  /// Client search has three plans, chosen by how many clients match. Few: read the matching
  /// ids from the index and sort those (client_match_source()). Many: walk the clients in name
  /// order keeping those in the set of matches (client_match_condition(false)), stopping at
  /// the page's end. Most: walk the name order and ask the index about each client
  /// (client_match_condition(true)), which stops soonest and never builds the whole set.
  ///
  /// SQL counting, up to :n, the clients matching :q.
  virtual std::string client_match_count_sql() const = 0;
  /// A FROM clause naming `clients c` restricted to the clients matching :q.
  virtual std::string client_match_source() const = 0;
  /// SQL condition, usable as `WHERE <cond>` on `clients c`, that is true for clients whose
  /// words start with every one of the prefixes bound as :q (see client_query()).
  virtual std::string client_match_condition(bool per_client) const = 0;
  /// The value bound to :q for the given folded prefixes (non-empty, alphanumeric).
  virtual std::string client_query(const std::vector<std::string>& prefixes) const = 0;

  /// One statement, binding :id, :subjective, :objective, :assessment and :plan, that adds a
  /// new session's SOAP text to the full-text index (edits are kept in step by the schema).
  virtual std::string note_index_sql() const = 0;
  /// SQL returning (session id, snippet) of sessions whose SOAP text matches :q, best first,
  /// optionally restricted to one client (:client, or all when :client is 0), limited to :n.
  virtual std::string note_search_sql() const = 0;
  /// The value bound to :q for the words a user typed (each word matched as a prefix).
  virtual std::string note_query(const std::vector<std::string>& words) const = 0;
};

const Dialect& sqlite_dialect();

}  // namespace myochart::storage
