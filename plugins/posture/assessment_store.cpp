#include "assessment_store.h"

#include <soci/soci.h>

#include "evaluator.h"
#include "myochart/errors.h"
#include "myochart/storage/findings.h"

namespace myochart::posture {

using soci::into;
using soci::use;

std::vector<plugin::PluginMigration> migrations() {
  // One row per session: re-assessing replaces it (row_version guards against a stale save).
  // Findings are not stored here but in core's session_findings, so the handout composer reads
  // them like any plugin's.
  return {
      {1, "posture assessments",
       "CREATE TABLE posture_assessments (\n"
       "  id          INTEGER PRIMARY KEY,\n"
       "  session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,\n"
       "  row_version INTEGER NOT NULL DEFAULT 1,\n"
       "  answers     TEXT NOT NULL,\n"
       "  created_at  TEXT NOT NULL,\n"
       "  updated_at  TEXT NOT NULL\n"
       ");\n"
       "CREATE UNIQUE INDEX posture_assessments_by_session ON posture_assessments (session_id);\n",
       ""}};
}

namespace {

Timestamp parse_stored(const std::string& text) {
  if (auto t = parse_timestamp(text)) return *t;
  return Timestamp{};
}

}  // namespace

std::optional<StoredAssessment> AssessmentStore::find(Id session) const {
  long long sid = session, id = 0, version = 0;
  std::string answers, created, updated;
  db_.sql() << "SELECT id, row_version, answers, created_at, updated_at FROM posture_assessments "
               "WHERE session_id = :s",
      use(sid), into(id), into(version), into(answers), into(created), into(updated);
  if (!db_.sql().got_data()) return std::nullopt;
  StoredAssessment a;
  a.id = id;
  a.session_id = session;
  a.row_version = version;
  a.answers = nlohmann::json::parse(answers, nullptr, false);
  if (!a.answers.is_object()) a.answers = nlohmann::json::object();
  a.created_at = parse_stored(created);
  a.updated_at = parse_stored(updated);
  return a;
}

RowVersion AssessmentStore::save(storage::WriteTransaction& tx, Id session,
                                 const plugin::Answers& answers, RowVersion expected,
                                 const std::vector<plugin::Finding>& findings) {
  auto& sql = tx.db().sql();
  long long sid = session;
  std::string status;
  soci::indicator status_ind = soci::i_null;
  sql << "SELECT status FROM sessions WHERE id = :id", use(sid), into(status, status_ind);
  if (!sql.got_data()) throw NotFoundError("session", session);
  if (status == "signed")
    throw LockedError("session " + std::to_string(session) +
                      " is signed and locked: its posture assessment can no longer change");

  long long id = 0, version = 0;
  sql << "SELECT id, row_version FROM posture_assessments WHERE session_id = :s", use(sid),
      into(id), into(version);
  const RowVersion current = sql.got_data() ? version : 0;
  if (current != expected)
    throw ConflictError("the posture assessment of session", session, expected, current);

  const std::string text = answers.dump();
  const std::string at = format_timestamp(now());
  if (current == 0) {
    sql << "INSERT INTO posture_assessments (session_id, answers, created_at, updated_at) "
           "VALUES (:s, :a, :at, :at)",
        use(sid, "s"), use(text, "a"), use(at, "at");
  } else {
    long long lexp = expected;
    soci::statement st = (sql.prepare << "UPDATE posture_assessments SET answers = :a, "
                                         "row_version = row_version + 1, updated_at = :at "
                                         "WHERE id = :id AND row_version = :v",
                          use(text, "a"), use(at, "at"), use(id, "id"), use(lexp, "v"));
    st.execute(true);
    if (st.get_affected_rows() != 1)
      throw ConflictError("the posture assessment of session", session, expected, current + 1);
  }
  storage::SessionFindings(tx.db()).replace(tx, session, kPluginId, findings);
  return current + 1;
}

std::vector<TrendPoint> AssessmentStore::trend(const PosturePack& pack, Id client,
                                               const std::string& measure_id) const {
  auto& sql = db_.sql();
  long long cid = client, count = 0;
  sql << "SELECT COUNT(*) FROM clients WHERE id = :c", use(cid), into(count);
  if (count == 0) throw NotFoundError("client", client);

  std::vector<TrendPoint> out;
  long long sid = 0;
  std::string started, answers_text;
  soci::statement st =
      (sql.prepare << "SELECT s.id, s.started_at, a.answers FROM posture_assessments a "
                      "JOIN sessions s ON s.id = a.session_id WHERE s.client_id = :c "
                      "ORDER BY s.started_at, s.id",
       use(cid), into(sid), into(started), into(answers_text));
  st.execute();
  while (st.fetch()) {
    const auto answers = nlohmann::json::parse(answers_text, nullptr, false);
    if (!answers.is_object()) continue;
    const Date date{std::chrono::floor<std::chrono::days>(parse_stored(started))};
    for (const auto& m : pack.measures) {
      if (!measure_id.empty() && m.id != measure_id) continue;
      for (const auto& [field, side] : measure_fields(m)) {
        const auto it = answers.find(field);
        if (it == answers.end() || !it->is_number()) continue;
        const double v = it->get<double>();
        out.push_back({date, sid, m.id, side, v, m.unit, m.grade(v), m.outside_normal(v)});
      }
    }
  }
  return out;
}

}  // namespace myochart::posture
