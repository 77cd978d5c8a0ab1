// Saving a session and its marks as one document: the session editor's save and autosave.
#include <catch2/catch.hpp>

#include "core/storage/fixture.h"
#include "myochart/errors.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/session_document.h"

using namespace myochart;
using namespace myochart::storage;
using myochart::test::DbFixture;

namespace {

chart::ChartMark point(double x, double y, const std::string& kind = "pain") {
  chart::ChartMark m;
  m.view = chart::View::kPosterior;
  m.shape = chart::MarkShape::kPoint;
  m.points = {{x, y}};
  m.kind = kind;
  m.intensity = 6;
  return m;
}

}  // namespace

TEST_CASE("a session document saves text and marks together and keeps their order") {
  DbFixture f;
  const Id session = f.add_session(f.add_client("Ada", "Lovelace"));
  SessionDocument base = load_session_document(*f.db, session);
  SessionDocument edited = base;
  CHECK_FALSE(has_changes(edited, base));

  edited.session.soap.subjective = "Ache under the left shoulder blade";
  edited.marks.push_back(point(0.40, 0.27, "trigger_point"));
  edited.marks.push_back(point(0.60, 0.27));
  CHECK(has_changes(edited, base));
  save_session_document(*f.db, edited, base);

  CHECK(edited == base);
  REQUIRE(edited.marks.size() == 2);
  CHECK(edited.marks[0].id > 0);
  CHECK(edited.marks[0].kind == "trigger_point");
  CHECK_FALSE(edited.marks[0].region_ids.empty());  // derived on save
  CHECK(edited.session.row_version == 2);

  const SessionDocument stored = load_session_document(*f.db, session);
  CHECK(stored.session.soap.subjective == "Ache under the left shoulder blade");
  REQUIRE(stored.marks.size() == 2);
  CHECK(stored.marks[1].points == edited.marks[1].points);

  // Move one, delete the other: one update and one removal.
  edited.marks[1].points = {{0.55, 0.30}};
  edited.marks.erase(edited.marks.begin());
  save_session_document(*f.db, edited, base);
  const SessionDocument again = load_session_document(*f.db, session);
  REQUIRE(again.marks.size() == 1);
  CHECK(again.marks[0].points == std::vector<chart::Point>{{0.55, 0.30}});
  CHECK(again.marks[0].row_version == 2);
}

TEST_CASE("a document changed elsewhere is a conflict and nothing is written") {
  DbFixture f;
  const Id session = f.add_session(f.add_client("Ada", "Lovelace"));
  SessionDocument base = load_session_document(*f.db, session);
  SessionDocument mine = base;

  // Another window saves first, touching only a mark.
  {
    SessionDocument other_base = load_session_document(*f.db, session);
    SessionDocument other = other_base;
    other.marks.push_back(point(0.5, 0.5));
    save_session_document(*f.db, other, other_base);
  }

  mine.session.soap.plan = "Heat at home";
  const SessionDocument before = mine;
  CHECK_THROWS_AS(save_session_document(*f.db, mine, base), ConflictError);
  CHECK(mine == before);  // the editor's text is untouched
  CHECK(load_session_document(*f.db, session).session.soap.plan.empty());

  // Keeping mine on purpose: save over the newer version, freshly loaded.
  SessionDocument newer = load_session_document(*f.db, session);
  save_session_document(*f.db, mine, newer);
  const SessionDocument stored = load_session_document(*f.db, session);
  CHECK(stored.session.soap.plan == "Heat at home");
  CHECK(stored.marks.empty());  // mine had no marks: the saved result is exactly mine
}

TEST_CASE("a failed save leaves the edited document as it was") {
  DbFixture f;
  const Id session = f.add_session(f.add_client("Ada", "Lovelace"));
  SessionDocument base = load_session_document(*f.db, session);
  SessionDocument edited = base;
  edited.marks.push_back(point(0.4, 0.3));
  edited.marks.push_back(point(2.0, 0.3));  // off the canvas: refused
  const SessionDocument before = edited;
  CHECK_THROWS_AS(save_session_document(*f.db, edited, base), ValidationError);
  CHECK(edited == before);
  CHECK(f.count("chart_marks") == 0);  // the first mark was rolled back with the rest
}

TEST_CASE("a signed session's document cannot be saved") {
  DbFixture f;
  const Id session = f.add_session(f.add_client("Ada", "Lovelace"));
  SessionDocument base = load_session_document(*f.db, session);
  {
    Sessions sessions(*f.db);
    WriteTransaction tx(*f.db);
    sessions.sign(tx, session, base.session.row_version, "Rowan Ellis");
    tx.commit();
  }
  SessionDocument edited = load_session_document(*f.db, session);
  SessionDocument signed_base = edited;
  edited.session.soap.subjective = "late change";
  CHECK_THROWS_AS(save_session_document(*f.db, edited, signed_base), LockedError);
}
