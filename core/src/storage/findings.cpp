#include "myochart/storage/findings.h"

#include <soci/soci.h>

#include <cmath>

#include "domain/validation.h"
#include "myochart/errors.h"
#include "storage/internal.h"
#include "storage/row_reader.h"
#include "storage/soci_errors.h"

namespace myochart::storage {

using detail::guarded;
using soci::use;

void validate(const plugin::Finding& f) {
  myochart::detail::check_required_line("finding kind", f.kind);
  myochart::detail::check_line("finding subject", f.subject);
  myochart::detail::check_line("finding muscle", f.muscle_id);
  myochart::detail::check_line("finding region", f.region_id);
  myochart::detail::check_required_line("finding", f.what);
  myochart::detail::check_text("finding evidence", f.evidence);
  myochart::detail::check_line("finding severity", f.severity);
  myochart::detail::check_line("finding source", f.source_plugin);
  if (!std::isfinite(f.confidence) || f.confidence < 0 || f.confidence > 1)
    throw ValidationError("finding confidence", "is out of range", "a number from 0 to 1");
  if (!f.details.is_object())
    throw ValidationError("finding details", "is not a JSON object", "a JSON object");
}

namespace {

void require_session(soci::session& sql, Id session) {
  long long id = session;
  std::string status;
  soci::indicator ind = soci::i_null;
  sql << "SELECT status FROM sessions WHERE id = :id", use(id), soci::into(status, ind);
  if (!sql.got_data()) throw NotFoundError("session", session);
  if (status == "signed")
    throw LockedError("session " + std::to_string(session) +
                      " is signed and locked: its findings can no longer change");
}

void insert(soci::session& sql, const Dialect& dialect, Id session, const plugin::Finding& f,
            Id* id_out) {
  long long sid = session;
  const std::string side(plugin::to_string(f.side));
  const std::string details = f.details.dump();
  const int confirmed = f.confirmed ? 1 : 0;
  const std::string at = format_timestamp(now());
  double confidence = f.confidence;
  sql << "INSERT INTO session_findings (session_id, kind, subject, muscle_id, region_id, side, "
         "what, evidence, confidence, severity, source_plugin, confirmed, details, created_at, "
         "updated_at) VALUES (:s, :kind, :subject, :muscle, :region, :side, :what, :evidence, "
         ":confidence, :severity, :source, :confirmed, :details, :at, :at)",
      use(sid, "s"), use(f.kind, "kind"), use(f.subject, "subject"), use(f.muscle_id, "muscle"),
      use(f.region_id, "region"), use(side, "side"), use(f.what, "what"),
      use(f.evidence, "evidence"), use(confidence, "confidence"), use(f.severity, "severity"),
      use(f.source_plugin, "source"), use(confirmed, "confirmed"), use(details, "details"),
      use(at, "at");
  if (id_out) *id_out = dialect.last_insert_id(sql);
}

}  // namespace

Id SessionFindings::add(WriteTransaction& tx, Id session, const plugin::Finding& finding) {
  validate(finding);
  Id id = 0;
  guarded("saving the finding", [&] {
    require_session(tx.db().sql(), session);
    insert(tx.db().sql(), tx.db().dialect(), session, finding, &id);
  });
  return id;
}

void SessionFindings::replace(WriteTransaction& tx, Id session, std::string_view source_plugin,
                              const std::vector<plugin::Finding>& findings) {
  for (const auto& f : findings) {
    validate(f);
    if (f.source_plugin != source_plugin)
      throw ValidationError("finding source", "differs from the findings being replaced",
                            std::string(source_plugin));
  }
  guarded("saving the findings", [&] {
    auto& sql = tx.db().sql();
    require_session(sql, session);
    long long sid = session;
    const std::string source(source_plugin);
    sql << "DELETE FROM session_findings WHERE session_id = :s AND source_plugin = :p",
        use(sid, "s"), use(source, "p");
    for (const auto& f : findings) insert(sql, tx.db().dialect(), session, f, nullptr);
  });
}

void SessionFindings::set_confirmed(WriteTransaction& tx, Id id, RowVersion expected,
                                    bool confirmed) {
  guarded("saving the finding", [&] {
    auto& sql = tx.db().sql();
    long long lid = id, lexp = expected;
    int c = confirmed ? 1 : 0;
    const std::string at = format_timestamp(now());
    soci::statement st = (sql.prepare << "UPDATE session_findings SET confirmed = :c, "
                                         "updated_at = :at, row_version = row_version + 1 "
                                         "WHERE id = :id AND row_version = :v",
                          use(c, "c"), use(at, "at"), use(lid, "id"), use(lexp, "v"));
    st.execute(true);
    if (st.get_affected_rows() != 1)
      detail::throw_stale(sql, "session_findings", "finding", id, expected);
  });
}

void SessionFindings::remove(WriteTransaction& tx, Id id, RowVersion expected) {
  guarded("removing the finding", [&] {
    auto& sql = tx.db().sql();
    long long lid = id, lexp = expected;
    soci::statement st =
        (sql.prepare << "DELETE FROM session_findings WHERE id = :id AND row_version = :v",
         use(lid, "id"), use(lexp, "v"));
    st.execute(true);
    if (st.get_affected_rows() != 1)
      detail::throw_stale(sql, "session_findings", "finding", id, expected);
  });
}

std::vector<StoredFinding> SessionFindings::list_for_session(Id session) const {
  return guarded("reading findings", [&] {
    std::vector<StoredFinding> out;
    long long sid = session;
    soci::rowset<soci::row> rows =
        (db_.sql().prepare << "SELECT id, session_id, row_version, kind, subject, muscle_id, "
                              "region_id, side, what, evidence, confidence, severity, "
                              "source_plugin, confirmed, details, created_at, updated_at "
                              "FROM session_findings WHERE session_id = :s ORDER BY id",
         use(sid, "s"));
    for (const auto& row : rows) {
      detail::RowReader r(row);
      StoredFinding s;
      s.id = r.integer();
      s.session_id = r.integer();
      s.row_version = r.integer();
      auto& f = s.finding;
      f.kind = r.text();
      f.subject = r.text();
      f.muscle_id = r.text();
      f.region_id = r.text();
      f.side = plugin::side_from_string(r.text());
      f.what = r.text();
      f.evidence = r.text();
      f.confidence = r.real();
      f.severity = r.text();
      f.source_plugin = r.text();
      f.confirmed = r.boolean();
      f.details = nlohmann::json::parse(r.text(), nullptr, false);
      if (!f.details.is_object()) f.details = nlohmann::json::object();
      s.created_at = r.timestamp();
      s.updated_at = r.timestamp();
      out.push_back(std::move(s));
    }
    return out;
  });
}

}  // namespace myochart::storage
