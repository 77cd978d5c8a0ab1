#pragma once
// Findings kept with a session (plugin/findings.h): what the trigger-point and posture tools
// found, which the handout composer reads. Locked with the session when it is signed.
#include <optional>
#include <string_view>
#include <vector>

#include "myochart/ids.h"
#include "myochart/plugin/findings.h"
#include "myochart/storage/transaction.h"
#include "myochart/time.h"

namespace myochart::storage {

struct StoredFinding {
  Id id = 0;
  Id session_id = 0;
  RowVersion row_version = 0;
  plugin::Finding finding;
  Timestamp created_at{};
  Timestamp updated_at{};
};

class SessionFindings {
 public:
  explicit SessionFindings(Database& db) : db_(db) {}

  /// Validates (kind and what required, confidence 0-1, details an object) and inserts.
  /// NotFoundError for a missing session, LockedError for a signed one.
  Id add(WriteTransaction& tx, Id session, const plugin::Finding& finding);
  /// Replaces every finding `source_plugin` recorded for the session with `findings` (running
  /// an assessment again), in the caller's transaction.
  void replace(WriteTransaction& tx, Id session, std::string_view source_plugin,
               const std::vector<plugin::Finding>& findings);
  /// The therapist confirms or un-confirms a finding; ConflictError when it changed since.
  void set_confirmed(WriteTransaction& tx, Id id, RowVersion expected, bool confirmed);
  void remove(WriteTransaction& tx, Id id, RowVersion expected);

  std::vector<StoredFinding> list_for_session(Id session) const;

 private:
  Database& db_;
};

/// Throws ValidationError naming the field.
void validate(const plugin::Finding& f);

}  // namespace myochart::storage
