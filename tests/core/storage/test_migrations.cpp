// Upgrading databases written by every earlier schema version.
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "core/storage/fixture.h"
#include "myochart/errors.h"
#include "support/file_hash.h"

using namespace myochart;
using namespace myochart::storage;
using myochart::test::file_bytes;
using myochart::test::TempDir;

namespace {

long long count(Database& db, const std::string& table) {
  long long n = 0;
  db.sql() << "SELECT count(*) FROM " + table, soci::into(n);
  return n;
}

// Rows that a database at `version` can hold, written with the SQL of that version (not the
// repositories, which speak the latest schema).
void fill_at_version(Database& db, int version) {
  if (version < 1) return;
  db.sql() << "INSERT INTO clients (given_name, family_name, sort_key, phone, email, created_at, "
              "updated_at) VALUES ('Łucja', 'Kowalska', 'kowalska\tlucja', '+48 22 555 0142', "
              "'lucja@example.org', '2024-01-01T10:00:00Z', '2024-01-01T10:00:00Z')";
  db.sql() << "INSERT INTO sessions (client_id, therapist, started_at, duration_minutes, "
              "subjective, created_at, updated_at) VALUES (1, 'Rowan Ellis', "
              "'2024-01-01T10:00:00Z', 60, 'Stiff neck after a long drive', "
              "'2024-01-01T10:00:00Z', '2024-01-01T10:00:00Z')";
  if (version >= 2) {
    // From version 2 on, the application indexes what it writes (words folded in C++).
    Client c;
    c.given_name = "Łucja";
    c.family_name = "Kowalska";
    c.phone = "+48 22 555 0142";
    c.email = "lucja@example.org";
    const std::string words = client_search_words(c);
    db.sql() << "INSERT INTO client_search (rowid, words) VALUES (1, :w)", soci::use(words);
    db.sql() << "INSERT INTO session_notes (rowid, subjective, objective, assessment, plan) "
                "VALUES (1, 'Stiff neck after a long drive', '', '', '')";
  }
}

}  // namespace

TEST_CASE("every earlier schema version upgrades to the latest, keeping the data") {
  const int latest = Database::latest_schema_version(sqlite_dialect());
  REQUIRE(latest >= 2);
  for (int version = 0; version < latest; ++version) {
    DYNAMIC_SECTION("from version " << version) {
      TempDir dir;
      const auto file = dir / "old.myochart";
      {
        auto old = Database::create_sqlite_at_version(file, version);
        REQUIRE(old->schema_version() == version);
        fill_at_version(*old, version);
      }
      auto db = Database::open_sqlite(file, OpenMode::kExisting);
      CHECK(db->schema_version() == latest);
      CHECK(db->check().ok());

      // A copy of the file as it was was taken first, private, and it opens at the old version.
      REQUIRE(db->pre_migration_copy().has_value());
      const auto copy = *db->pre_migration_copy();
      struct stat st {};
      REQUIRE(::stat(copy.c_str(), &st) == 0);
      CHECK((st.st_mode & 0777) == 0600);
      CHECK(file_bytes(copy).size() > 0);

      if (version >= 1) {
        CHECK(count(*db, "clients") == 1);
        // Clients written before search existed are found by the folded search.
        CHECK(Clients(*db).search("lucja").size() == 1);
        CHECK(Clients(*db).search("555 0142").size() == 1);
        CHECK(Sessions(*db).search_notes("drive").size() == 1);
      }
    }
  }
}

TEST_CASE("the copy taken before an upgrade holds the old version") {
  TempDir dir;
  const auto file = dir / "v1.myochart";
  {
    auto old = Database::create_sqlite_at_version(file, 1);
    fill_at_version(*old, 1);
  }
  auto db = Database::open_sqlite(file, OpenMode::kExisting);
  REQUIRE(db->pre_migration_copy());
  soci::session copy(soci::sqlite3, "db=\"" + db->pre_migration_copy()->string() + "\"");
  int version = -1;
  long long clients = 0;
  copy << "PRAGMA user_version", soci::into(version);
  copy << "SELECT count(*) FROM clients", soci::into(clients);
  CHECK(version == 1);
  CHECK(clients == 1);
}

TEST_CASE("a failing upgrade leaves the database at its old version with its data") {
  TempDir dir;
  const auto file = dir / "v1.myochart";
  {
    auto old = Database::create_sqlite_at_version(file, 1);
    fill_at_version(*old, 1);
    // Something in the way of migration 2: a table of the same name as its index.
    old->sql() << "CREATE TABLE client_search (words TEXT)";
  }
  CHECK_THROWS_WITH(Database::open_sqlite(file, OpenMode::kExisting),
                    Catch::Contains("left as it was") && Catch::Contains("from schema version 1"));
  soci::session s(soci::sqlite3, "db=\"" + file.string() + "\"");
  int version = -1;
  long long clients = 0;
  s << "PRAGMA user_version", soci::into(version);
  s << "SELECT count(*) FROM clients", soci::into(clients);
  CHECK(version == 1);
  CHECK(clients == 1);
}
