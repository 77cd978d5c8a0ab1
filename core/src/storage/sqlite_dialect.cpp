// The SQLite dialect: pragmas, BEGIN IMMEDIATE, user_version, FTS5.
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "myochart/errors.h"
#include "myochart/storage/database.h"
#include "myochart/storage/dialect.h"

namespace myochart::storage {

namespace {

sqlite_api::sqlite3* handle(soci::session& sql) {
  return static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
}

// FTS5 query of prefix terms: "abc"* "def"* (implicit AND). Terms are folded words of letters
// and digits; quotes are doubled anyway so no input can change the query's structure.
std::string fts_prefix_query(const std::vector<std::string>& words) {
  std::string q;
  for (const auto& w : words) {
    if (w.empty()) continue;
    if (!q.empty()) q += ' ';
    q += '"';
    for (char c : w) {
      if (c == '"') q += '"';
      q += c;
    }
    q += "\"*";
  }
  return q;
}

class SqliteDialect final : public Dialect {
 public:
  std::string_view name() const override { return "sqlite"; }

  void configure(soci::session& sql) const override {
    sql << "PRAGMA foreign_keys = ON";
    sql << "PRAGMA busy_timeout = 5000";
    std::string mode;
    sql << "PRAGMA journal_mode = WAL", soci::into(mode);
    if (mode != "wal")
      throw StorageError("the database cannot use write-ahead logging (" + mode + ")");
    sql << "PRAGMA synchronous = FULL";
  }

  void initialize_new(soci::session& sql) const override {
    sql << "PRAGMA application_id = " + std::to_string(kApplicationId);
  }

  void execute_script(soci::session& sql, const std::string& script) const override {
    char* error = nullptr;
    if (sqlite_api::sqlite3_exec(handle(sql), script.c_str(), nullptr, nullptr, &error) !=
        SQLITE_OK) {
      std::string msg = error ? error : "unknown error";
      sqlite_api::sqlite3_free(error);
      throw StorageError(msg);
    }
  }

  void copy_to(soci::session& sql, const std::filesystem::path& file) const override {
    // VACUUM INTO writes a consistent, compact copy (WAL content included).
    const std::string path = file.string();  // bound by reference: must outlive the statement
    sql << "VACUUM INTO :file", soci::use(path);
  }

  void begin_write(soci::session& sql) const override { sql << "BEGIN IMMEDIATE"; }

  Id last_insert_id(soci::session& sql) const override {
    return sqlite_api::sqlite3_last_insert_rowid(handle(sql));
  }

  int schema_version(soci::session& sql) const override {
    int v = 0;
    sql << "PRAGMA user_version", soci::into(v);
    return v;
  }

  void set_schema_version(soci::session& sql, int version) const override {
    sql << "PRAGMA user_version = " + std::to_string(version);
  }

  std::vector<SchemaObject> schema_objects(soci::session& sql) const override {
    std::vector<SchemaObject> out;
    // FTS5 shadow tables belong to their virtual table: listed like any table.
    soci::rowset<soci::row> rows =
        sql.prepare << "SELECT type, name, COALESCE(sql, '') FROM sqlite_schema "
                       "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name";
    for (const auto& r : rows)
      out.push_back({r.get<std::string>(0), r.get<std::string>(1), r.get<std::string>(2)});
    return out;
  }

  std::vector<std::string> integrity_problems(soci::session& sql) const override {
    std::vector<std::string> problems;
    soci::rowset<std::string> rows = sql.prepare << "PRAGMA integrity_check";
    for (const auto& r : rows)
      if (r != "ok") problems.push_back(r);
    soci::rowset<soci::row> fks = sql.prepare << "PRAGMA foreign_key_check";
    for (const auto& r : fks) {
      std::string where = r.get<std::string>(0);
      if (r.get_indicator(1) == soci::i_ok) where += " row " + std::to_string(r.get<long long>(1));
      problems.push_back(where + " refers to a missing row of " + r.get<std::string>(2));
    }
    return problems;
  }

  std::string client_index_sql() const override {
    return "INSERT OR REPLACE INTO client_search (rowid, words) VALUES (:id, :words)";
  }

  std::string client_match_count_sql() const override {
    return "SELECT count(*) FROM (SELECT rowid FROM client_search WHERE client_search MATCH :q "
           "LIMIT :n)";
  }

  std::string client_match_source() const override {
    // CROSS JOIN keeps the index as the outer loop: the few matches are looked up, then sorted.
    return "(SELECT rowid AS id FROM client_search WHERE client_search MATCH :q) m "
           "CROSS JOIN clients c ON c.id = m.id";
  }

  std::string client_match_condition(bool per_client) const override {
    if (per_client)
      return "EXISTS (SELECT 1 FROM client_search WHERE client_search MATCH :q AND rowid = c.id)";
    return "c.id IN (SELECT rowid FROM client_search WHERE client_search MATCH :q)";
  }

  std::string client_query(const std::vector<std::string>& prefixes) const override {
    return fts_prefix_query(prefixes);
  }

  std::string note_index_sql() const override {
    return "INSERT INTO session_notes (rowid, subjective, objective, assessment, plan) "
           "VALUES (:id, :subjective, :objective, :assessment, :plan)";
  }

  std::string note_search_sql() const override {
    return "SELECT s.id, s.client_id, s.started_at, "
           "snippet(session_notes, -1, '[', ']', ' … ', 12) "
           "FROM session_notes JOIN sessions s ON s.id = session_notes.rowid "
           "WHERE session_notes MATCH :q AND (:client = 0 OR s.client_id = :client) "
           "ORDER BY bm25(session_notes) LIMIT :n";
  }

  std::string note_query(const std::vector<std::string>& words) const override {
    return fts_prefix_query(words);
  }
};

}  // namespace

const Dialect& sqlite_dialect() {
  static const SqliteDialect d;
  return d;
}

}  // namespace myochart::storage
