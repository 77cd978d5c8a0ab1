#pragma once
// Amendments of signed sessions: the only way a signed note changes. Append-only: an amendment
// is never edited or removed (the database refuses it too), so the note as signed and every
// later correction stay readable, each with its author, time and reason.
#include <memory>
#include <string>
#include <vector>

#include "myochart/ids.h"
#include "myochart/storage/transaction.h"
#include "myochart/time.h"

namespace myochart::storage {

struct Amendment {
  Id id = 0;
  Id session_id = 0;
  std::string author;  ///< who amends: the therapist's name
  std::string reason;  ///< why, one line: "late entry", "corrected pain score"
  std::string text;    ///< the amendment itself (free text)
  Timestamp created_at{};

  bool operator==(const Amendment&) const = default;
};

/// Throws ValidationError: session set, author and reason given (single lines), text given
/// (free text, at most kMaxLongText bytes), all valid UTF-8.
void validate(const Amendment& a);

class Amendments {
 public:
  explicit Amendments(Database& db) : db_(db) {}

  /// Validates and appends; sets a.id and a.created_at (now). NotFoundError when the session
  /// does not exist; LockedError when it is not signed (a draft is edited, not amended).
  Id add(WriteTransaction& tx, Amendment& a);
  /// The session's amendments, oldest first.
  std::vector<Amendment> list_for_session(Id session) const;

 private:
  Database& db_;
};

}  // namespace myochart::storage
