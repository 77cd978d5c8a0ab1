#pragma once
// The plugin's own table, posture_assessments (one row of answers per session), and the trend of
// measures across a client's sessions read from it. Findings live in core's session_findings
// (storage::SessionFindings), written in the same transaction as the answers.
#include <optional>
#include <string>
#include <vector>

#include "myochart/ids.h"
#include "myochart/plugin/findings.h"
#include "myochart/plugin/forms.h"
#include "myochart/plugin/knowledge_pack.h"
#include "myochart/storage/transaction.h"
#include "myochart/time.h"
#include "posture_pack.h"

namespace myochart::posture {

/// The plugin's schema steps (tables prefixed posture_).
std::vector<plugin::PluginMigration> migrations();

struct StoredAssessment {
  Id id = 0;
  Id session_id = 0;
  RowVersion row_version = 0;
  plugin::Answers answers = nlohmann::json::object();
  Timestamp created_at{};
  Timestamp updated_at{};
};

/// One measured value of one session, for trends.
struct TrendPoint {
  Date date{};  ///< the session's date (UTC)
  Id session_id = 0;
  std::string measure_id{};
  chart::Side side = chart::Side::kNone;
  double value = 0;
  std::string unit{};
  std::string grade{};           ///< the band's severity, "" when the measure has no grading
  std::string outside_normal{};  ///< "above" / "below" the normal range, or ""
};

class AssessmentStore {
 public:
  explicit AssessmentStore(storage::Database& db) : db_(db) {}

  std::optional<StoredAssessment> find(Id session) const;

  /// Saves the answers of a session and replaces the findings the plugin recorded for it, in
  /// the caller's transaction. `expected` is the version the caller read: 0 when it saw no
  /// assessment. NotFoundError for a missing session, LockedError for a signed one,
  /// ConflictError when the stored version differs. Returns the new row version.
  RowVersion save(storage::WriteTransaction& tx, Id session, const plugin::Answers& answers,
                  RowVersion expected, const std::vector<plugin::Finding>& findings);

  /// Every entered measure of every assessed session of the client, oldest session first;
  /// only `measure_id` when it is not empty. NotFoundError for a missing client.
  std::vector<TrendPoint> trend(const PosturePack& pack, Id client,
                                const std::string& measure_id = "") const;

 private:
  storage::Database& db_;
};

}  // namespace myochart::posture
