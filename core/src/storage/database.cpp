#include "myochart/storage/database.h"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>

#include "embedded.h"
#include "myochart/errors.h"
#include "myochart/paths.h"
#include "myochart/time.h"
#include "storage/internal.h"
#include "storage/soci_errors.h"

namespace myochart::storage {

namespace fs = std::filesystem;

namespace {

struct Migration {
  int version;
  std::string name;
  std::string_view sql;
};

// The dialect's migrations, checked to be numbered in increasing order, each number once.
// A number may be missing: branches reserve numbers and merge in any order (0003 is the
// plugin SDK's, 0004 the amendments'). The schema version is the number of the last one.
std::vector<Migration> migrations_of(const Dialect& d) {
  const std::string prefix = std::string(d.name()) + "/";
  auto names = resources::migrations::list(prefix);
  std::sort(names.begin(), names.end());
  std::vector<Migration> out;
  for (const auto& name : names) {
    const std::string file = name.substr(prefix.size());
    int version = 0;
    auto [p, ec] = std::from_chars(file.data(), file.data() + file.size(), version);
    if (ec != std::errc{} || version < 1 || (!out.empty() && version <= out.back().version))
      throw Error("migration " + name + " is out of sequence (a build error)");
    out.push_back({version, name, *resources::migrations::find(name)});
  }
  return out;
}

// The first 100 bytes of an SQLite file hold its header; read them without SQLite so that a
// file we refuse is never opened by it.
struct Header {
  bool exists = false;
  std::uintmax_t size = 0;
  bool sqlite = false;
  std::uint32_t user_version = 0;
  std::uint32_t application_id = 0;
};

std::uint32_t be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         std::uint32_t{p[3]};
}

Header read_header(const fs::path& file) {
  Header h;
  std::error_code ec;
  const auto status = fs::status(file, ec);
  if (ec || !fs::exists(status)) return h;
  h.exists = true;
  if (!fs::is_regular_file(status))
    throw DatabaseRefusedError(file.string() + " is not a MyoChart database: it is not a file");
  h.size = fs::file_size(file);
  std::array<unsigned char, 100> buf{};
  std::ifstream in(file, std::ios::binary);
  if (!in) throw DatabaseRefusedError(file.string() + " cannot be read (check its permissions)");
  in.read(reinterpret_cast<char*>(buf.data()), buf.size());
  if (in.gcount() < static_cast<std::streamsize>(buf.size())) return h;
  static constexpr char kMagic[] = "SQLite format 3";
  h.sqlite = std::equal(std::begin(kMagic), std::end(kMagic), buf.begin(),
                        [](char a, unsigned char b) { return static_cast<unsigned char>(a) == b; });
  h.user_version = be32(&buf[60]);
  h.application_id = be32(&buf[68]);
  return h;
}

void refuse_if_not_ours(const fs::path& file, std::uint32_t application_id,
                        std::uint32_t user_version, int latest) {
  if (application_id != kApplicationId)
    throw DatabaseRefusedError(
        file.string() +
        " is not a MyoChart database (it is an SQLite database of another program); it was "
        "left untouched");
  if (user_version > static_cast<std::uint32_t>(latest))
    throw DatabaseRefusedError(file.string() + " was written by a newer MyoChart (schema version " +
                               std::to_string(user_version) + "; this MyoChart reads up to " +
                               std::to_string(latest) +
                               "); install the newer MyoChart to open it. It was left untouched");
}

std::unique_ptr<soci::session> connect_sqlite(const fs::path& file, bool read_only) {
  // SOCI parses key=value pairs; quote the path so spaces and '=' survive.
  const std::string path = file.string();
  if (path.find('"') != std::string::npos)
    throw Error("database paths containing a double quote are not supported: " + path);
  std::string conn = "db=\"" + path + "\" timeout=5";
  if (read_only) conn += " readonly=1";
  auto sql = std::make_unique<soci::session>();
  try {
    sql->open(soci::sqlite3, conn);
  } catch (const soci::soci_error& e) {
    throw DatabaseRefusedError("cannot open " + path + ": " + e.get_error_message());
  }
  return sql;
}

}  // namespace

Database::Database(std::unique_ptr<soci::session> sql, const Dialect& dialect, fs::path file)
    : sql_(std::move(sql)), dialect_(&dialect), file_(std::move(file)) {}

Database::~Database() = default;

int Database::latest_schema_version(const Dialect& d) {
  const auto all = migrations_of(d);
  return all.empty() ? 0 : all.back().version;
}

int Database::schema_version() const {
  return dialect_->schema_version(*sql_);
}

std::unique_ptr<Database> Database::open_sqlite(const fs::path& file, OpenMode mode) {
  const Dialect& dialect = sqlite_dialect();
  const int latest = latest_schema_version(dialect);
  const Header h = read_header(file);

  const bool brand_new = !h.exists || h.size == 0;
  if (brand_new) {
    if (mode == OpenMode::kExisting)
      throw Error("there is no MyoChart database at " + file.string());
    if (file.has_parent_path()) paths::ensure_private_dir(file.parent_path());
    std::unique_ptr<Database> db(new Database(connect_sqlite(file, false), dialect, file));
    detail::guarded("creating the database", [&] {
      dialect.initialize_new(*db->sql_);
      dialect.configure(*db->sql_);
    });
    paths::make_private(file);
    db->migrate(latest, false);
    db->created_now_ = true;
    return db;
  }

  if (!h.sqlite)
    throw DatabaseRefusedError(file.string() +
                               " is not a MyoChart database (it is not an SQLite file); it was "
                               "left untouched");
  refuse_if_not_ours(file, h.application_id, h.user_version, latest);

  // With a write-ahead log beside it, the header may be older than the log's content: look
  // again through a read-only connection, which never writes the file back.
  fs::path wal = file;
  wal += "-wal";
  std::error_code ec;
  if (fs::exists(wal, ec) && fs::file_size(wal, ec) > 0) {
    auto ro = connect_sqlite(file, true);
    long long app = 0, version = 0;
    detail::guarded("reading the database header", [&] {
      *ro << "PRAGMA application_id", soci::into(app);
      *ro << "PRAGMA user_version", soci::into(version);
    });
    refuse_if_not_ours(file, static_cast<std::uint32_t>(app), static_cast<std::uint32_t>(version),
                       latest);
  }

  std::unique_ptr<Database> db(new Database(connect_sqlite(file, false), dialect, file));
  detail::guarded("opening the database", [&] { dialect.configure(*db->sql_); });
  const int version = db->schema_version();
  if (version < latest) db->migrate(latest, true);
  return db;
}

std::unique_ptr<Database> Database::create_sqlite_at_version(const fs::path& file, int version) {
  if (fs::exists(file)) throw Error(file.string() + " exists already");
  const Dialect& dialect = sqlite_dialect();
  std::unique_ptr<Database> db(new Database(connect_sqlite(file, false), dialect, file));
  dialect.initialize_new(*db->sql_);
  dialect.configure(*db->sql_);
  db->migrate(version, false);
  return db;
}

void Database::migrate(int target_version, bool take_copy) {
  const int from = schema_version();
  if (from >= target_version) return;
  const auto all = migrations_of(*dialect_);

  if (take_copy) {
    const std::string stamp = format_timestamp(now());
    std::string compact;
    for (char c : stamp)
      if (c != '-' && c != ':') compact += c;
    fs::path copy = file_;
    copy += ".v" + std::to_string(from) + "-" + compact + ".bak";
    detail::guarded("copying the database before upgrading it",
                    [&] { dialect_->copy_to(*sql_, copy); });
    paths::make_private(copy);
    pre_migration_copy_ = copy;
  }

  try {
    dialect_->begin_write(*sql_);
    for (const auto& m : all) {
      if (m.version <= from || m.version > target_version) continue;
      dialect_->execute_script(*sql_, std::string(m.sql));
      // Steps done in C++ right after the SQL of a migration.
      if (m.version == 2) detail::reindex_all_clients(*sql_, *dialect_);
    }
    dialect_->set_schema_version(*sql_, target_version);
    *sql_ << "COMMIT";
  } catch (const std::exception& e) {
    try {
      *sql_ << "ROLLBACK";
    } catch (...) {
    }
    std::string msg = "upgrading " + file_.string() + " from schema version " +
                      std::to_string(from) + " to " + std::to_string(target_version) +
                      " failed, and the database was left as it was";
    if (pre_migration_copy_)
      msg += " (a copy taken before is at " + pre_migration_copy_->string() + ")";
    const auto* se = dynamic_cast<const soci::soci_error*>(&e);
    throw StorageError(msg + ": " + (se ? se->get_error_message() : std::string(e.what())));
  }
}

HealthReport Database::check() {
  HealthReport r;
  r.schema_version = schema_version();
  r.latest_schema_version = latest_schema_version(*dialect_);
  r.problems =
      detail::guarded("checking the database", [&] { return dialect_->integrity_problems(*sql_); });
  return r;
}

}  // namespace myochart::storage
