#pragma once
// Turning SOCI/SQLite failures into MyoChart errors with plain-words messages.
#include <soci/error.h>

#include <string_view>

namespace myochart::storage::detail {

/// Rethrows the active soci_error as LockedError (a signed record was touched),
/// StorageError (busy, disk full, I/O, corrupt) with `doing` ("saving the client") in the
/// message. Must be called from inside a catch block.
[[noreturn]] void rethrow_as_storage_error(const soci::soci_error& e, std::string_view doing);

/// Runs f, translating soci errors as above.
template <typename F>
decltype(auto) guarded(std::string_view doing, F&& f) {
  try {
    return f();
  } catch (const soci::soci_error& e) {
    rethrow_as_storage_error(e, doing);
  }
}

}  // namespace myochart::storage::detail
