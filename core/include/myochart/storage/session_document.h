#pragma once
// A session with its chart marks: what the session editor opens, edits and saves as one.
#include <vector>

#include "myochart/chart/chart_mark.h"
#include "myochart/session.h"
#include "myochart/storage/database.h"

namespace myochart::storage {

struct SessionDocument {
  Session session;
  std::vector<chart::ChartMark> marks;  ///< in drawing order

  bool operator==(const SessionDocument&) const = default;
};

/// The session and all its marks (every view). NotFoundError when the session does not exist.
SessionDocument load_session_document(Database& db, Id session);

/// Saves `edited` over `base` (the document as it was loaded or last saved) in one write
/// transaction: the session row, then the marks. Marks of `edited` with an id <= 0, or whose id
/// is not in `base`, are added; marks that differ from their `base` counterpart are updated;
/// marks of `base` missing from `edited` are removed. The session row is saved every time, so
/// that any other save of the same document since `base` is a conflict, even one that only
/// touched marks.
///
/// On success both `edited` and `base` become the saved document (new ids, row versions and
/// region ids; marks keep their order). On failure nothing was written and neither argument
/// changed: ConflictError when the session or one of the marks changed since `base`,
/// LockedError when the session was signed, ValidationError naming the first bad field,
/// StorageError when the database failed.
///
/// To overwrite a newer saved version on purpose (the user saw both and chose theirs), pass
/// that newer version, freshly loaded, as `base`.
void save_session_document(Database& db, SessionDocument& edited, SessionDocument& base);

/// True when `edited` holds changes that saving over `base` would write.
bool has_changes(const SessionDocument& edited, const SessionDocument& base);

}  // namespace myochart::storage
