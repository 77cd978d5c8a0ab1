#pragma once
// Treatment sessions (SOAP notes) and their full-text search.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "myochart/session.h"
#include "myochart/storage/transaction.h"

namespace myochart::storage {

/// A session whose notes matched a search.
struct NoteHit {
  Id session_id = 0;
  Id client_id = 0;
  Timestamp started_at{};
  std::string snippet;  ///< matched words wrapped in [ ]
};

class Sessions {
 public:
  explicit Sessions(Database& db);
  ~Sessions();
  Sessions(const Sessions&) = delete;
  Sessions& operator=(const Sessions&) = delete;

  /// Validates, checks the client exists, inserts as a draft.
  Id add(WriteTransaction& tx, Session& s);
  /// Saves a draft over the stored row with s.row_version. LockedError when the stored
  /// session is signed; ConflictError / NotFoundError as for clients. Status, signer and
  /// signing time are not changed by update() (see sign()).
  void update(WriteTransaction& tx, Session& s);
  /// Locks a draft: afterwards neither the note nor its marks can change. Returns the new
  /// row version. `at` is the signing time: now, except when importing a record signed before.
  RowVersion sign(WriteTransaction& tx, Id id, RowVersion expected, const std::string& signed_by,
                  std::optional<Timestamp> at = std::nullopt);

  std::optional<Session> find(Id id) const;
  Session get(Id id) const;
  /// The client's sessions, newest first.
  std::vector<SessionSummary> list_for_client(Id client) const;
  /// The same client's session just before this one, if any (for comparing charts).
  std::optional<Id> previous(Id session) const;
  /// Sessions whose SOAP text has words starting with every word of `text`, best match first.
  std::vector<NoteHit> search_notes(std::string_view text, std::optional<Id> client = std::nullopt,
                                    int limit = 50) const;

 private:
  struct Statements;
  Database& db_;
  std::unique_ptr<Statements> st_;
};

}  // namespace myochart::storage
