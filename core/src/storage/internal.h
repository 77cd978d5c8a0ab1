#pragma once
// Storage internals shared between files of core/src/storage (not part of the SDK).
#include <soci/soci.h>

#include "myochart/storage/database.h"

namespace myochart::storage::detail {

/// Re-indexes every client for search (after the search migration, or a folding change).
void reindex_all_clients(soci::session& sql, const Dialect& dialect);

/// Throws NotFoundError/ConflictError for an UPDATE ... WHERE id = :id AND row_version = :v
/// that changed no row: looks up the stored version of `id` in `table`.
[[noreturn]] void throw_stale(soci::session& sql, const char* table, const char* what, Id id,
                              RowVersion expected);

}  // namespace myochart::storage::detail
