#include "myochart/storage/amendments.h"

#include <soci/soci.h>

#include "domain/validation.h"
#include "myochart/errors.h"
#include "myochart/text.h"
#include "storage/row_reader.h"
#include "storage/soci_errors.h"

namespace myochart::storage {

using detail::guarded;
using soci::use;

void validate(const Amendment& a) {
  if (a.session_id <= 0) throw ValidationError("session", "is not set", "an existing session id");
  myochart::detail::check_required_line("author", a.author);
  myochart::detail::check_required_line("reason", a.reason);
  myochart::detail::check_text("text", a.text);
  if (text::trim(a.text).empty())
    throw ValidationError("text", "is empty", "what the amendment adds or corrects");
}

Id Amendments::add(WriteTransaction& tx, Amendment& a) {
  validate(a);
  const Timestamp t = now();
  auto& sql = tx.db().sql();
  Id id = 0;
  guarded("saving the amendment", [&] {
    long long session = a.session_id;
    std::string status;
    soci::indicator ind = soci::i_null;
    sql << "SELECT status FROM sessions WHERE id = :id", use(session), soci::into(status, ind);
    if (!sql.got_data()) throw NotFoundError("session", a.session_id);
    if (status != "signed")
      throw LockedError("session " + std::to_string(a.session_id) +
                        " is not signed: edit the note itself; amendments are for signed notes");
    const std::string when = format_timestamp(t);
    sql << "INSERT INTO session_amendments (session_id, author, reason, text, created_at) "
           "VALUES (:session, :author, :reason, :text, :at)",
        use(session, "session"), use(a.author, "author"), use(a.reason, "reason"),
        use(a.text, "text"), use(when, "at");
    id = db_.dialect().last_insert_id(sql);
  });
  a.id = id;
  a.created_at = t;
  return id;
}

std::vector<Amendment> Amendments::list_for_session(Id session) const {
  return guarded("reading the amendments", [&] {
    std::vector<Amendment> out;
    long long s = session;
    soci::rowset<soci::row> rows =
        (db_.sql().prepare << "SELECT id, session_id, author, reason, text, created_at "
                              "FROM session_amendments WHERE session_id = :s ORDER BY id",
         use(s));
    for (const auto& row : rows) {
      detail::RowReader r(row);
      Amendment a;
      a.id = r.integer();
      a.session_id = r.integer();
      a.author = r.text();
      a.reason = r.text();
      a.text = r.text();
      a.created_at = r.timestamp();
      out.push_back(std::move(a));
    }
    return out;
  });
}

}  // namespace myochart::storage
