#include "myochart/storage/sessions.h"

#include <soci/soci.h>

#include "myochart/errors.h"
#include "myochart/text.h"
#include "storage/internal.h"
#include "storage/row_reader.h"
#include "storage/soci_errors.h"

namespace myochart::storage {

using detail::guarded;
using soci::use;

namespace {

constexpr const char* kColumns =
    "id, client_id, row_version, therapist, started_at, duration_minutes, modality, subjective, "
    "objective, assessment, plan, pain_before, pain_after, status, signed_at, signed_by, "
    "created_at, updated_at";

Session read_session(const soci::row& row) {
  detail::RowReader r(row);
  Session s;
  s.id = r.integer();
  s.client_id = r.integer();
  s.row_version = r.integer();
  s.therapist = r.text();
  s.started_at = r.timestamp();
  s.duration_minutes = static_cast<int>(r.integer());
  s.modality = r.text();
  s.soap.subjective = r.text();
  s.soap.objective = r.text();
  s.soap.assessment = r.text();
  s.soap.plan = r.text();
  if (auto v = r.optional_integer()) s.pain_before = static_cast<int>(*v);
  if (auto v = r.optional_integer()) s.pain_after = static_cast<int>(*v);
  s.status = session_status_from_string(r.text()).value_or(SessionStatus::kDraft);
  s.signed_at = r.optional_timestamp();
  s.signed_by = r.text();
  s.created_at = r.timestamp();
  s.updated_at = r.timestamp();
  return s;
}

}  // namespace

struct Sessions::Statements {
  struct Buffer {
    long long id = 0, client = 0, expected = 0;
    std::string therapist, started, modality, subjective, objective, assessment, plan, now;
    int duration = 0;
    detail::NullableInt before, after;

    void fill(const Session& s) {
      client = s.client_id;
      therapist = s.therapist;
      started = format_timestamp(s.started_at);
      duration = s.duration_minutes;
      modality = s.modality;
      subjective = s.soap.subjective;
      objective = s.soap.objective;
      assessment = s.soap.assessment;
      plan = s.soap.plan;
      before = detail::nullable(s.pain_before);
      after = detail::nullable(s.pain_after);
    }
  } b;

  int client_rows = 0;
  std::string status, signed_by, signed_at;
  soci::indicator status_ind = soci::i_null;
  soci::statement insert;
  soci::statement index_notes;
  soci::statement update;
  soci::statement client_exists;
  soci::statement stored_status;
  soci::statement sign;

  explicit Statements(Database& db) : Statements(db.sql(), db.dialect()) {}
  Statements(soci::session& sql, const Dialect& dialect)
      : insert((sql.prepare << "INSERT INTO sessions (client_id, therapist, started_at, "
                               "duration_minutes, modality, subjective, objective, assessment, "
                               "plan, pain_before, pain_after, status, created_at, updated_at) "
                               "VALUES (:client, :therapist, :started, :duration, :modality, "
                               ":subjective, :objective, :assessment, :plan, :before, :after, "
                               "'draft', :now, :now)",
                use(b.client, "client"), use(b.therapist, "therapist"), use(b.started, "started"),
                use(b.duration, "duration"), use(b.modality, "modality"),
                use(b.subjective, "subjective"), use(b.objective, "objective"),
                use(b.assessment, "assessment"), use(b.plan, "plan"),
                use(b.before.value, b.before.ind, "before"),
                use(b.after.value, b.after.ind, "after"), use(b.now, "now"))),
        index_notes((sql.prepare << dialect.note_index_sql(), use(b.id, "id"),
                     use(b.subjective, "subjective"), use(b.objective, "objective"),
                     use(b.assessment, "assessment"), use(b.plan, "plan"))),
        update(
            (sql.prepare << "UPDATE sessions SET therapist = :therapist, started_at = "
                            ":started, duration_minutes = :duration, modality = :modality, "
                            "subjective = :subjective, objective = :objective, assessment = "
                            ":assessment, plan = :plan, pain_before = :before, pain_after = "
                            ":after, updated_at = :now, row_version = row_version + 1 "
                            "WHERE id = :id AND row_version = :expected AND status = 'draft'",
             use(b.therapist, "therapist"), use(b.started, "started"), use(b.duration, "duration"),
             use(b.modality, "modality"), use(b.subjective, "subjective"),
             use(b.objective, "objective"), use(b.assessment, "assessment"), use(b.plan, "plan"),
             use(b.before.value, b.before.ind, "before"), use(b.after.value, b.after.ind, "after"),
             use(b.now, "now"), use(b.id, "id"), use(b.expected, "expected"))),
        client_exists((sql.prepare << "SELECT count(*) FROM clients WHERE id = :client",
                       use(b.client, "client"), soci::into(client_rows))),
        stored_status((sql.prepare << "SELECT status FROM sessions WHERE id = :id", use(b.id, "id"),
                       soci::into(status, status_ind))),
        sign((sql.prepare << "UPDATE sessions SET status = 'signed', signed_at = :t, "
                             "signed_by = :by, updated_at = :t, row_version = row_version + 1 "
                             "WHERE id = :id AND row_version = :v",
              use(signed_at, "t"), use(signed_by, "by"), use(b.id, "id"), use(b.expected, "v"))) {}

  /// The stored status of session `id`; NotFoundError when it does not exist.
  SessionStatus status_of(Id id) {
    b.id = id;
    if (!detail::execute_single(stored_status)) throw NotFoundError("session", id);
    return session_status_from_string(status).value_or(SessionStatus::kDraft);
  }
};

Sessions::Sessions(Database& db) : db_(db) {
  st_ = guarded("preparing session statements", [&] { return std::make_unique<Statements>(db); });
}

Sessions::~Sessions() = default;

namespace {}  // namespace

Id Sessions::add(WriteTransaction& tx, Session& s) {
  validate(s);
  auto& b = st_->b;
  b.fill(s);
  const Timestamp t = now();
  b.now = format_timestamp(t);
  (void)tx;
  guarded("saving the session", [&] {
    detail::execute_single(st_->client_exists);
    if (st_->client_rows == 0) throw NotFoundError("client", s.client_id);
    st_->insert.execute(true);
    b.id = db_.dialect().last_insert_id(db_.sql());
    st_->index_notes.execute(true);
  });
  s.id = b.id;
  s.row_version = 1;
  s.status = SessionStatus::kDraft;
  s.signed_at.reset();
  s.signed_by.clear();
  s.created_at = s.updated_at = t;
  return s.id;
}

void Sessions::update(WriteTransaction& tx, Session& s) {
  validate(s);
  auto& b = st_->b;
  b.fill(s);
  b.id = s.id;
  b.expected = s.row_version;
  const Timestamp t = now();
  b.now = format_timestamp(t);
  guarded("saving the session", [&] {
    auto& sql = tx.db().sql();
    if (st_->status_of(s.id) == SessionStatus::kSigned)
      throw LockedError("session " + std::to_string(s.id) +
                        " is signed and locked: only amendments can be added");
    st_->update.execute(true);
    if (st_->update.get_affected_rows() != 1)
      detail::throw_stale(sql, "sessions", "session", s.id, s.row_version);
  });
  s.row_version += 1;
  s.updated_at = t;
}

RowVersion Sessions::sign(WriteTransaction& tx, Id id, RowVersion expected,
                          const std::string& signed_by, std::optional<Timestamp> at) {
  if (text::trim(signed_by).empty())
    throw ValidationError("signed_by", "is empty", "the name of the therapist signing");
  auto& sql = tx.db().sql();
  guarded("signing the session", [&] {
    if (st_->status_of(id) == SessionStatus::kSigned)
      throw LockedError("session " + std::to_string(id) + " is signed already");
    st_->signed_at = format_timestamp(at.value_or(now()));
    st_->signed_by = signed_by;
    st_->b.id = id;
    st_->b.expected = expected;
    st_->sign.execute(true);
    if (st_->sign.get_affected_rows() != 1)
      detail::throw_stale(sql, "sessions", "session", id, expected);
  });
  return expected + 1;
}

std::optional<Session> Sessions::find(Id id) const {
  return guarded("reading the session", [&]() -> std::optional<Session> {
    soci::row row;
    long long lid = id;
    db_.sql() << std::string("SELECT ") + kColumns + " FROM sessions WHERE id = :id", use(lid),
        soci::into(row);
    if (!db_.sql().got_data()) return std::nullopt;
    return read_session(row);
  });
}

Session Sessions::get(Id id) const {
  auto s = find(id);
  if (!s) throw NotFoundError("session", id);
  return *s;
}

std::vector<SessionSummary> Sessions::list_for_client(Id client) const {
  return guarded("reading the sessions", [&] {
    std::vector<SessionSummary> out;
    long long c = client;
    soci::rowset<soci::row> rows =
        (db_.sql().prepare << "SELECT s.id, s.started_at, s.duration_minutes, s.therapist, "
                              "s.modality, s.pain_before, s.pain_after, s.status, "
                              "(SELECT count(*) FROM chart_marks m WHERE m.session_id = s.id) "
                              "FROM sessions s WHERE s.client_id = :c "
                              "ORDER BY s.started_at DESC, s.id DESC",
         use(c));
    for (const auto& row : rows) {
      detail::RowReader r(row);
      SessionSummary s;
      s.id = r.integer();
      s.started_at = r.timestamp();
      s.duration_minutes = static_cast<int>(r.integer());
      s.therapist = r.text();
      s.modality = r.text();
      if (auto v = r.optional_integer()) s.pain_before = static_cast<int>(*v);
      if (auto v = r.optional_integer()) s.pain_after = static_cast<int>(*v);
      s.status = session_status_from_string(r.text()).value_or(SessionStatus::kDraft);
      s.mark_count = static_cast<int>(r.integer());
      out.push_back(std::move(s));
    }
    return out;
  });
}

std::optional<Id> Sessions::previous(Id session) const {
  return guarded("reading the sessions", [&]() -> std::optional<Id> {
    long long id = session, prev = 0;
    db_.sql()
        << "SELECT p.id FROM sessions s JOIN sessions p ON p.client_id = s.client_id "
           "AND (p.started_at < s.started_at OR (p.started_at = s.started_at AND p.id < s.id)) "
           "WHERE s.id = :id ORDER BY p.started_at DESC, p.id DESC LIMIT 1",
        use(id), soci::into(prev);
    if (!db_.sql().got_data()) return std::nullopt;
    return prev;
  });
}

std::vector<NoteHit> Sessions::search_notes(std::string_view text, std::optional<Id> client,
                                            int limit) const {
  // The index folds case and accents itself (unicode61): pass the words as typed.
  const auto words = text::search_words(text::trim(text));
  if (words.empty()) return {};
  return guarded("searching session notes", [&] {
    std::vector<NoteHit> out;
    const std::string q = db_.dialect().note_query(words);
    long long c = client.value_or(0);
    int n = limit;
    soci::rowset<soci::row> rows = (db_.sql().prepare << db_.dialect().note_search_sql(),
                                    use(q, "q"), use(c, "client"), use(n, "n"));
    for (const auto& row : rows) {
      detail::RowReader r(row);
      NoteHit h;
      h.session_id = r.integer();
      h.client_id = r.integer();
      h.started_at = r.timestamp();
      h.snippet = r.text();
      out.push_back(std::move(h));
    }
    return out;
  });
}

}  // namespace myochart::storage
