// Opening, creating, refusing and checking database files.
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "core/storage/fixture.h"
#include "myochart/errors.h"
#include "support/file_hash.h"

using namespace myochart;
using namespace myochart::storage;
using myochart::test::DbFixture;
using myochart::test::file_bytes;
using myochart::test::TempDir;

namespace {

long long pragma(Database& db, const std::string& name) {
  long long v = -1;
  db.sql() << "PRAGMA " + name, soci::into(v);
  return v;
}

// A plain SQLite database written by "another program".
void write_foreign_sqlite(const std::filesystem::path& file) {
  soci::session s(soci::sqlite3, "db=\"" + file.string() + "\"");
  s << "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)";
  s << "INSERT INTO invoices (total) VALUES (12.5)";
}

bool exists_side_file(const std::filesystem::path& file, const char* suffix) {
  auto side = file;
  side += suffix;
  return std::filesystem::exists(side);
}

}  // namespace

TEST_CASE("a new database is private, MyoChart's, current and safely configured") {
  DbFixture f;
  struct stat st {};
  REQUIRE(::stat(f.file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  CHECK(pragma(*f.db, "application_id") == kApplicationId);
  CHECK(f.db->schema_version() == Database::latest_schema_version(f.db->dialect()));
  CHECK(pragma(*f.db, "foreign_keys") == 1);
  CHECK(pragma(*f.db, "synchronous") == 2);  // FULL
  CHECK(pragma(*f.db, "busy_timeout") == 5000);
  std::string mode;
  f.db->sql() << "PRAGMA journal_mode", soci::into(mode);
  CHECK(mode == "wal");
  CHECK(f.db->check().ok());
}

TEST_CASE("opening a missing file without create is an error and creates nothing") {
  TempDir dir;
  const auto file = dir / "nothing.myochart";
  CHECK_THROWS_AS(Database::open_sqlite(file, OpenMode::kExisting), Error);
  CHECK_FALSE(std::filesystem::exists(file));
}

TEST_CASE("a file that is not SQLite is refused and left byte-for-byte untouched") {
  TempDir dir;
  const auto file = dir / "notes.myochart";
  {
    std::ofstream out(file, std::ios::binary);
    out << "Dear diary,\nthis is not a database. " << std::string(200, 'x');
  }
  const auto before = file_bytes(file);
  const auto hash = myochart::test::file_fingerprint(file);
  CHECK_THROWS_WITH(
      Database::open_sqlite(file, OpenMode::kCreateIfMissing),
      Catch::Contains("not a MyoChart database") && Catch::Contains("not an SQLite file"));
  CHECK(myochart::test::file_fingerprint(file) == hash);
  CHECK(file_bytes(file) == before);
  CHECK_FALSE(exists_side_file(file, "-wal"));
}

TEST_CASE("a short file is refused, not taken for a new database") {
  TempDir dir;
  const auto file = dir / "short.myochart";
  { std::ofstream(file, std::ios::binary) << "SQLite format 3"; }
  const auto before = file_bytes(file);
  CHECK_THROWS_AS(Database::open_sqlite(file, OpenMode::kCreateIfMissing), DatabaseRefusedError);
  CHECK(file_bytes(file) == before);
}

TEST_CASE("another program's SQLite database is refused untouched") {
  TempDir dir;
  const auto file = dir / "accounts.db";
  write_foreign_sqlite(file);
  const auto before = file_bytes(file);
  CHECK_THROWS_WITH(Database::open_sqlite(file, OpenMode::kCreateIfMissing),
                    Catch::Contains("another program"));
  CHECK(file_bytes(file) == before);
  CHECK_FALSE(exists_side_file(file, "-wal"));
}

TEST_CASE("a database from a newer MyoChart is refused untouched") {
  DbFixture f;
  const int latest = Database::latest_schema_version(f.db->dialect());
  f.db->sql() << "PRAGMA user_version = " + std::to_string(latest + 1);
  f.db.reset();  // closing checkpoints the WAL into the file
  const auto before = file_bytes(f.file);
  CHECK_THROWS_WITH(Database::open_sqlite(f.file, OpenMode::kExisting),
                    Catch::Contains("newer MyoChart") &&
                        Catch::Contains("schema version " + std::to_string(latest + 1)));
  CHECK(file_bytes(f.file) == before);
}

TEST_CASE("a newer version recorded only in the write-ahead log is also refused untouched") {
  // A newer MyoChart crashed after upgrading: the file header still says the old version,
  // the log beside it says the new one. Opening must look at both and write neither.
  DbFixture f;
  const int latest = Database::latest_schema_version(f.db->dialect());
  f.db->sql() << "PRAGMA wal_autocheckpoint = 0";
  f.db->sql() << "PRAGMA user_version = " + std::to_string(latest + 1);
  // Copy the file and its log while the connection is open (as a crash would leave them).
  const auto copy = f.dir / "crashed.myochart";
  std::filesystem::copy_file(f.file, copy);
  auto wal = f.file;
  wal += "-wal";
  auto copy_wal = copy;
  copy_wal += "-wal";
  std::filesystem::copy_file(wal, copy_wal);
  const auto before = file_bytes(copy);
  const auto wal_before = file_bytes(copy_wal);
  CHECK_THROWS_WITH(Database::open_sqlite(copy, OpenMode::kExisting),
                    Catch::Contains("newer MyoChart"));
  CHECK(file_bytes(copy) == before);
  CHECK(file_bytes(copy_wal) == wal_before);
}

TEST_CASE("a write transaction that is not committed leaves nothing behind") {
  DbFixture f;
  {
    Clients clients(*f.db);
    WriteTransaction tx(*f.db);
    Client c;
    c.given_name = "Ada";
    clients.add(tx, c);
    CHECK(f.count("clients") == 1);  // visible inside the transaction
  }
  CHECK(f.count("clients") == 0);
  CHECK(f.count("client_search") == 0);
}

TEST_CASE("write transactions do not nest") {
  DbFixture f;
  WriteTransaction outer(*f.db);
  CHECK_THROWS_AS(WriteTransaction(*f.db), std::logic_error);
}

TEST_CASE("a committed write is seen by a second connection to the same file") {
  DbFixture f;
  const Id id = f.add_client("Noor", "Haddad");
  auto second = Database::open_sqlite(f.file, OpenMode::kExisting);
  CHECK(Clients(*second).get(id).family_name == "Haddad");
}

TEST_CASE("db check reports damage in a corrupted file") {
  DbFixture f;
  for (int i = 0; i < 300; ++i) f.add_client("Client", "Number " + std::to_string(i));
  f.db.reset();
  // Overwrite the middle of the file (past the header page) with garbage.
  {
    std::fstream io(f.file, std::ios::in | std::ios::out | std::ios::binary);
    io.seekp(static_cast<std::streamoff>(std::filesystem::file_size(f.file) / 2));
    const std::string junk(3000, '\x5a');
    io.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  bool reported = false;
  try {
    auto db = Database::open_sqlite(f.file, OpenMode::kExisting);
    const auto report = db->check();
    reported = !report.ok();
  } catch (const Error& e) {
    // Damage found while opening is reported in words, not as a crash.
    reported = std::string(e.what()).find("damaged") != std::string::npos ||
               std::string(e.what()).find("malformed") != std::string::npos;
  }
  CHECK(reported);
}
