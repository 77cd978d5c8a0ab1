// The draft journal: unsaved edits kept on disk between saves.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "core/storage/fixture.h"
#include "myochart/io/draft_journal.h"

using namespace myochart;
using namespace myochart::storage;
using myochart::test::DbFixture;

TEST_CASE("the journal keeps a session's edits privately and gives them back") {
  DbFixture f;
  const Id session = f.add_session(f.add_client("Ada", "Lovelace"));
  SessionDocument doc = load_session_document(*f.db, session);
  doc.session.soap.objective = "Hypertonic upper trapezius, L > R\nSecond line";
  chart::ChartMark m;
  m.id = 0;
  m.session_id = session;
  m.view = chart::View::kAnterior;
  m.shape = chart::MarkShape::kStroke;
  m.points = {{0.2, 0.3}, {0.25, 0.35}};
  m.kind = "numbness";
  doc.marks.push_back(m);

  io::DraftJournal journal(f.file);
  CHECK_FALSE(journal.find(session).has_value());
  journal.keep(doc, 1);

  const auto file = journal.folder() / ("session-" + std::to_string(session) + ".json");
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  REQUIRE(::stat(journal.folder().c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0700);

  const auto entry = journal.find(session);
  REQUIRE(entry.has_value());
  CHECK(entry->based_on == 1);
  CHECK(entry->edited.session.soap.objective == doc.session.soap.objective);
  REQUIRE(entry->edited.marks.size() == 1);
  CHECK(entry->edited.marks[0].points == m.points);
  CHECK(entry->edited.marks[0].kind == "numbness");
  CHECK(journal.entries().size() == 1);

  journal.discard(session);
  CHECK_FALSE(journal.find(session).has_value());
  CHECK_FALSE(std::filesystem::exists(journal.folder()));  // nothing left beside the database
}

TEST_CASE("a damaged journal file is skipped, not guessed at") {
  DbFixture f;
  io::DraftJournal journal(f.file);
  std::filesystem::create_directories(journal.folder());
  std::ofstream(journal.folder() / "session-7.json") << "{\"format\": \"myochart-session-dr";
  CHECK_FALSE(journal.find(7).has_value());
  CHECK(journal.entries().empty());
}
