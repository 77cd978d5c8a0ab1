#include "storage/soci_errors.h"

#include <soci/sqlite3/soci-sqlite3.h>

#include <string>

#include "myochart/errors.h"

namespace myochart::storage::detail {

void rethrow_as_storage_error(const soci::soci_error& e, std::string_view doing) {
  // get_error_message(), not what(): what() adds the statement and its bound values (client
  // data) as context.
  const std::string what = e.get_error_message();
  if (what.find("signed and locked") != std::string::npos)
    throw LockedError("the session is signed and locked: only amendments can be added");
  int code = -1;
  if (const auto* s = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) code = s->result() & 0xFF;
  std::string reason;
  switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      reason = "the database is busy (another MyoChart window or workstation is saving); try again";
      break;
    case SQLITE_FULL:
      reason = "the disk is full";
      break;
    case SQLITE_IOERR:
      reason = "the disk reported an input/output error";
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      reason = "the database file is damaged (run `myochart-cli db check`)";
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      reason = "the database file cannot be written (check its permissions)";
      break;
    case SQLITE_CONSTRAINT:
      reason = "a consistency rule of the database refused the change";
      break;
    default:
      reason = "the database reported an error";
      break;
  }
  // SQLite's own text names tables and constraints, never values: safe to show.
  throw StorageError(std::string(doing) + " failed: " + reason + " [" + what + "]");
}

}  // namespace myochart::storage::detail
