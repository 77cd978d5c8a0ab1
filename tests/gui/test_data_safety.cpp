// Never lose a word typed: autosave with the draft journal, a save that fails says so and keeps
// the text, a conflict with another workstation shows both versions and overwrites nothing
// unless asked, and edits left in the journal by a crash are offered and put back.
#include <soci/soci.h>
#include <wx/button.h>
#include <wx/infobar.h>
#include <wx/textctrl.h>

#include <catch2/catch.hpp>

#include "gui/chart_canvas.h"
#include "gui/client_record_panel.h"
#include "gui/conflict_dialog.h"
#include "gui/gui_support.h"
#include "gui/session_frame.h"
#include "gui/wx_text.h"
#include "myochart/storage/session_document.h"

using namespace myochart;
using namespace myochart::test;
using gui::SaveState;
using gui::SessionFrame;

namespace {

struct SessionFixture : GuiFixture {
  Id client = 0;
  Id session_id = 0;
  SessionFrame* session = nullptr;

  SessionFixture() {
    Client c;
    c.given_name = "Grace";
    c.family_name = "Hopper";
    storage::WriteTransaction tx(clinic->db());
    clinic->clients().add(tx, c);
    Session s;
    s.client_id = c.id;
    s.therapist = "Rowan Ellis";
    s.started_at = std::chrono::floor<std::chrono::minutes>(now());
    s.soap.subjective = "Stiff lower back.";
    clinic->sessions().add(tx, s);
    tx.commit();
    client = c.id;
    session_id = s.id;
    frame->open_client(client);
    session = frame->open_session(session_id);
    REQUIRE(session != nullptr);
    session->SetPosition(wxPoint(0, 0));
    session->SetSize(wxSize(1240, 860));
    settle();
  }

  std::string stored_subjective() { return clinic->sessions().get(session_id).soap.subjective; }
  bool journal_has(const std::string& text) {
    const auto e = clinic->journal().find(session_id);
    return e && e->edited.session.soap.subjective.find(text) != std::string::npos;
  }
};

}  // namespace

TEST_CASE("typing is saved by itself within seconds, through the draft journal") {
  SessionFixture f;
  click(f.session->soap_field('S'));
  key(WXK_END, wxMOD_CONTROL);
  type(" Better after walking.");
  CHECK(f.session->save_state() == SaveState::kUnsaved);
  // No Ctrl+S: autosave saves once typing pauses (1.5 s), at most 5 s after the first edit.
  REQUIRE(
      wait_until([&] { return f.stored_subjective() == "Stiff lower back. Better after walking."; },
                 std::chrono::seconds(8)));
  CHECK(f.session->save_state() == SaveState::kSaved);
  CHECK(gui::utf8(f.session->save_status()).rfind("All changes saved", 0) == 0);
  // Saved: nothing left in the journal, and no folder beside the database.
  CHECK_FALSE(f.clinic->journal().find(f.session_id).has_value());
  CHECK_FALSE(std::filesystem::exists(f.clinic->journal().folder()));
}

TEST_CASE("a save that fails says so, keeps the text, and succeeds once the database does") {
  SessionFixture f;
  // The database refuses every change to sessions, as a full disk or a damaged file would.
  auto other = f.other_workstation();
  other->sql() << "CREATE TRIGGER refuse BEFORE UPDATE ON sessions "
                  "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END";
  click(f.session->soap_field('S'));
  key(WXK_END, wxMOD_CONTROL);
  type(" Numb toes on the left.");
  CHECK_FALSE(f.session->save_now());

  CHECK(f.session->save_state() == SaveState::kFailed);
  CHECK(f.session->info_bar()->IsShown());
  const std::string status = gui::utf8(f.session->save_status());
  CHECK(status.rfind("Not saved:", 0) == 0);
  CHECK(status.find("disk I/O error") != std::string::npos);
  // Every word is still there, and on disk in the journal.
  CHECK(gui::utf8(f.session->soap_field('S')->GetValue()) ==
        "Stiff lower back. Numb toes on the left.");
  CHECK(f.journal_has("Numb toes on the left."));
  CHECK(f.stored_subjective() == "Stiff lower back.");

  // The database works again: the retry (here the bar's "Try again") saves everything.
  other->sql() << "DROP TRIGGER refuse";
  auto* retry = dynamic_cast<wxButton*>(f.session->info_bar()->FindWindow(wxID_RETRY));
  REQUIRE(retry != nullptr);
  click(retry);
  REQUIRE(wait_until([&] { return f.session->save_state() == SaveState::kSaved; }));
  CHECK(f.stored_subjective() == "Stiff lower back. Numb toes on the left.");
  CHECK_FALSE(f.clinic->journal().find(f.session_id).has_value());
}

TEST_CASE(
    "a session changed on another workstation is a conflict: both versions shown, mine kept on "
    "request") {
  SessionFixture f;
  {
    // The other workstation saves its version first.
    auto other = f.other_workstation();
    auto base = storage::load_session_document(*other, f.session_id);
    auto theirs = base;
    theirs.session.soap.subjective = "Stiff lower back, worse in the mornings.";
    storage::save_session_document(*other, theirs, base);
  }
  click(f.session->soap_field('S'));
  key(WXK_END, wxMOD_CONTROL);
  type(" Sciatica down the left leg.");
  CHECK_FALSE(f.session->save_now());
  CHECK(f.session->save_state() == SaveState::kConflict);
  CHECK(f.session->info_bar()->IsShown());
  // Nothing was overwritten, and my text is still in the window.
  CHECK(f.stored_subjective() == "Stiff lower back, worse in the mornings.");
  CHECK(gui::utf8(f.session->soap_field('S')->GetValue()) ==
        "Stiff lower back. Sciatica down the left leg.");
  // While the conflict stands, autosave keeps the journal only.
  type(" Ice helps.");
  REQUIRE(wait_until([&] { return f.journal_has("Ice helps."); }, std::chrono::seconds(8)));
  CHECK(f.stored_subjective() == "Stiff lower back, worse in the mornings.");

  // "Compare…" on the bar shows the two versions side by side; keep mine.
  DialogScript dialogs;
  bool both_shown = false;
  dialogs.act("conflict_dialog", [&](wxDialog* d) {
    auto* mine = find<wxTextCtrl>(d, "mine");
    auto* theirs = find<wxTextCtrl>(d, "theirs");
    both_shown = mine && theirs && mine->GetValue().Contains("Sciatica") &&
                 theirs->GetValue().Contains("worse in the mornings");
    screenshot(d, "conflict-dialog");
    click(d->FindWindow(wxID_YES));  // Keep my version
  });
  screenshot(f.session, "session-conflict");
  auto* compare = dynamic_cast<wxButton*>(f.session->info_bar()->FindWindow(wxID_YES));
  REQUIRE(compare != nullptr);
  click(compare);
  const bool finished =
      wait_until([&] { return dialogs.done() && f.session->save_state() == SaveState::kSaved; });
  INFO("dialog shown: " << dialogs.done()
                        << "; save status: " << gui::utf8(f.session->save_status()));
  REQUIRE(finished);
  CHECK(both_shown);
  CHECK(f.stored_subjective() == "Stiff lower back. Sciatica down the left leg. Ice helps.");
  CHECK(dialogs.unexpected().empty());
}

TEST_CASE("taking the saved version in a conflict shows it and drops mine") {
  SessionFixture f;
  {
    auto other = f.other_workstation();
    auto base = storage::load_session_document(*other, f.session_id);
    auto theirs = base;
    theirs.session.soap.plan = "Refer to physiotherapy.";
    chart::ChartMark m;
    m.view = chart::View::kPosterior;
    m.points = {{0.5, 0.6}};
    theirs.marks.push_back(m);
    storage::save_session_document(*other, theirs, base);
  }
  click(f.session->canvas(), f.session->canvas()->to_window({0.45, 0.55}));
  CHECK(f.session->marks().size() == 1);
  CHECK_FALSE(f.session->save_now());
  REQUIRE(f.session->save_state() == SaveState::kConflict);
  f.session->resolve_conflict(gui::ConflictChoice::kTakeSaved);
  CHECK(f.session->save_state() == SaveState::kSaved);
  CHECK(gui::utf8(f.session->soap_field('P')->GetValue()) == "Refer to physiotherapy.");
  REQUIRE(f.session->marks().size() == 1);
  CHECK(f.session->marks().mark(0).points.front() == chart::Point{0.5, 0.6});
}

TEST_CASE("edits left in the journal by a crash are offered at start and put back") {
  GuiFixture f;
  // A session, and edits of it that were journalled but never saved (the app then died).
  Id session = 0;
  {
    Client c;
    c.given_name = "Alan";
    c.family_name = "Turing";
    Session s;
    storage::WriteTransaction tx(f.clinic->db());
    f.clinic->clients().add(tx, c);
    s.client_id = c.id;
    s.therapist = "Rowan Ellis";
    s.started_at = std::chrono::floor<std::chrono::minutes>(now());
    f.clinic->sessions().add(tx, s);
    tx.commit();
    session = s.id;
    auto doc = storage::load_session_document(f.clinic->db(), session);
    doc.session.soap.objective = "Hypertonic hamstrings bilaterally.";
    f.clinic->journal().keep(doc, doc.session.row_version);
  }
  f.frame->offer_recovered_edits();
  settle();
  REQUIRE(f.frame->recovery_bar()->IsShown());
  auto* open = dynamic_cast<wxButton*>(f.frame->recovery_bar()->FindWindow(wxID_OPEN));
  REQUIRE(open != nullptr);
  click(open);
  REQUIRE(wait_until([&] { return f.frame->session_windows().count(session) == 1; }));
  SessionFrame* s = f.frame->session_windows().at(session);
  CHECK(gui::utf8(s->soap_field('O')->GetValue()) == "Hypertonic hamstrings bilaterally.");
  REQUIRE(wait_until([&] { return s->save_state() == SaveState::kSaved; }));
  CHECK(f.clinic->sessions().get(session).soap.objective == "Hypertonic hamstrings bilaterally.");
  CHECK_FALSE(f.clinic->journal().find(session).has_value());
}

TEST_CASE("closing a session window whose changes cannot be saved asks first") {
  SessionFixture f;
  auto other = f.other_workstation();
  other->sql() << "CREATE TRIGGER refuse BEFORE UPDATE ON sessions "
                  "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END";
  click(f.session->soap_field('S'));
  type(" More.");
  DialogScript dialogs;
  dialogs.answer("Close without saving?", wxID_NO);  // keep the window open
  key('W', wxMOD_CONTROL);
  settle();
  CHECK(dialogs.done());
  CHECK(f.frame->session_windows().size() == 1);
  CHECK(gui::utf8(f.session->soap_field('S')->GetValue()).find("More.") != std::string::npos);
  other->sql() << "DROP TRIGGER refuse";
}
