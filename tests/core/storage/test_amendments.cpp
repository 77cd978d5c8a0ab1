// Amendments: the only change a signed session takes; append-only.
#include <soci/soci.h>

#include <catch2/catch.hpp>

#include "core/storage/fixture.h"
#include "myochart/errors.h"
#include "myochart/storage/amendments.h"

using namespace myochart;
using namespace myochart::storage;
using myochart::test::DbFixture;

namespace {

void sign(DbFixture& f, Id session) {
  Sessions sessions(*f.db);
  WriteTransaction tx(*f.db);
  sessions.sign(tx, session, sessions.get(session).row_version, "Rowan Ellis");
  tx.commit();
}

Amendment amendment(Id session, const std::string& text) {
  Amendment a;
  a.session_id = session;
  a.author = "Rowan Ellis";
  a.reason = "Late entry";
  a.text = text;
  return a;
}

}  // namespace

TEST_CASE("amendments are appended to a signed session with author, time and reason") {
  DbFixture f;
  const Id session = f.add_session(f.add_client("Ada", "Lovelace"), "Neck stiffness");
  sign(f, session);
  Amendments amendments(*f.db);
  Amendment first = amendment(session, "Client called: pain 2/10 the next day.");
  Amendment second = amendment(session, "Ölçüm düzeltildi — 렌즈 ✓");
  {
    WriteTransaction tx(*f.db);
    amendments.add(tx, first);
    amendments.add(tx, second);
    tx.commit();
  }
  CHECK(first.id > 0);
  CHECK(first.created_at.time_since_epoch().count() > 0);
  const auto list = amendments.list_for_session(session);
  REQUIRE(list.size() == 2);
  CHECK(list[0] == first);
  CHECK(list[1].text == "Ölçüm düzeltildi — 렌즈 ✓");
  // The note itself stays as signed.
  CHECK(Sessions(*f.db).get(session).soap.subjective == "Neck stiffness");
}

TEST_CASE("a draft session is edited, not amended") {
  DbFixture f;
  const Id session = f.add_session(f.add_client("Ada", "Lovelace"));
  Amendments amendments(*f.db);
  Amendment a = amendment(session, "text");
  WriteTransaction tx(*f.db);
  CHECK_THROWS_AS(amendments.add(tx, a), LockedError);
  Amendment missing = amendment(99, "text");
  CHECK_THROWS_AS(amendments.add(tx, missing), NotFoundError);
}

TEST_CASE("an amendment without author, reason or text is refused, naming the field") {
  DbFixture f;
  const Id session = f.add_session(f.add_client("Ada", "Lovelace"));
  sign(f, session);
  Amendments amendments(*f.db);
  WriteTransaction tx(*f.db);
  Amendment a = amendment(session, "text");
  a.author = " ";
  CHECK_THROWS_WITH(amendments.add(tx, a), Catch::StartsWith("author:"));
  a = amendment(session, "text");
  a.reason = "two\nlines";
  CHECK_THROWS_WITH(amendments.add(tx, a), Catch::StartsWith("reason:"));
  a = amendment(session, "   ");
  CHECK_THROWS_WITH(amendments.add(tx, a), Catch::StartsWith("text:"));
}

TEST_CASE("the database refuses to change or delete an amendment") {
  DbFixture f;
  const Id session = f.add_session(f.add_client("Ada", "Lovelace"));
  sign(f, session);
  Amendment a = amendment(session, "Original words");
  {
    Amendments amendments(*f.db);
    WriteTransaction tx(*f.db);
    amendments.add(tx, a);
    tx.commit();
  }
  auto& sql = f.db->sql();
  CHECK_THROWS(sql << "UPDATE session_amendments SET text = 'rewritten'");
  CHECK_THROWS(sql << "DELETE FROM session_amendments");
  // Not even by going around the repository to a draft.
  CHECK_THROWS(sql << "INSERT INTO session_amendments (session_id, author, reason, text, "
                      "created_at) VALUES (" +
                          std::to_string(f.add_session(f.add_client("B", "C"))) +
                          ", 'x', 'y', 'z', '2026-01-01T00:00:00Z')");
  CHECK(Amendments(*f.db).list_for_session(session).at(0).text == "Original words");
}
