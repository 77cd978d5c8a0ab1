// The flow a therapist goes through, driven by simulated mouse and keyboard on the real frames:
// create a client, open a session, type SOAP text, place marks on the chart by clicking, undo
// one, save, close, reopen: everything persisted.
#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include <catch2/catch.hpp>

#include "gui/chart_canvas.h"
#include "gui/client_dialog.h"
#include "gui/client_list_panel.h"
#include "gui/client_record_panel.h"
#include "gui/gui_support.h"
#include "gui/session_frame.h"
#include "gui/wx_text.h"
#include "myochart/storage/chart_marks.h"

using namespace myochart;
using namespace myochart::test;
using gui::SessionFrame;

namespace {

SessionFrame* only_session_window(gui::MainFrame* frame) {
  REQUIRE(frame->session_windows().size() == 1);
  return frame->session_windows().begin()->second;
}

}  // namespace

TEST_CASE("create a client, chart a session by mouse and keyboard, and find it all again") {
  GuiFixture f;
  DialogScript dialogs;

  // A new client, typed into the real dialog (Ctrl+N).
  dialogs.act("client_dialog", [](wxDialog* d) {
    click(find<wxTextCtrl>(d, "given_name"));
    type("Ada");
    click(find<wxTextCtrl>(d, "family_name"));
    type("Lovelace");
    click(find<wxTextCtrl>(d, "phone"));
    type("+44 20 7946 0018");
    click(d->FindWindow(wxID_OK));
  });
  click(f.frame->client_list()->search_box());
  key('N', wxMOD_CONTROL);
  REQUIRE(wait_until([&] { return dialogs.done() && f.frame->record()->client_id() != 0; }));
  CHECK(dialogs.unexpected().empty());
  const Id client = f.frame->record()->client_id();
  CHECK(f.clinic->clients().get(client).family_name == "Lovelace");

  // A new session for her (Ctrl+Shift+N): its window opens with the focus in Subjective.
  key('N', wxMOD_CONTROL | wxMOD_SHIFT);
  REQUIRE(wait_until([&] { return f.frame->session_windows().size() == 1; }));
  SessionFrame* session = only_session_window(f.frame);
  session->SetPosition(wxPoint(0, 0));
  session->SetSize(wxSize(1240, 860));
  settle();
  const Id session_id = session->session_id();

  click(session->soap_field('S'));
  type("Ache between the right shoulder blade and spine after desk work.");
  click(session->soap_field('P'));
  type("Heat at home; review in two weeks.");

  // Three points by clicking the canvas (the point tool is the default), then undo one.
  gui::ChartCanvas* canvas = session->canvas();
  REQUIRE(canvas->tool() == gui::ChartTool::kPoint);
  const chart::Point targets[] = {{0.42, 0.27}, {0.58, 0.27}, {0.50, 0.55}};
  for (const auto& p : targets) click(canvas, canvas->to_window(p));
  REQUIRE(wait_until([&] { return session->marks().size() == 3; }));
  key('Z', wxMOD_CONTROL);  // the canvas has the focus: the chart edit is undone
  REQUIRE(wait_until([&] { return session->marks().size() == 2; }));

  // Save (Ctrl+S) and close the window (Ctrl+W).
  key('S', wxMOD_CONTROL);
  REQUIRE(wait_until([&] { return session->save_state() == gui::SaveState::kSaved; }));
  key('W', wxMOD_CONTROL);
  REQUIRE(wait_until([&] { return f.frame->session_windows().empty(); }));

  // In the database.
  const Session stored = f.clinic->sessions().get(session_id);
  CHECK(stored.soap.subjective ==
        "Ache between the right shoulder blade and spine after desk work.");
  CHECK(stored.soap.plan == "Heat at home; review in two weeks.");
  const auto marks = storage::ChartMarks(f.clinic->db()).list_for_session(session_id);
  REQUIRE(marks.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    // Where the clicks were, within a pixel or two of the canvas.
    CHECK(marks[i].points.front().x == Approx(targets[i].x).margin(0.01));
    CHECK(marks[i].points.front().y == Approx(targets[i].y).margin(0.01));
    CHECK(marks[i].kind == "pain");
    CHECK_FALSE(marks[i].region_ids.empty());
  }

  // Reopened from the record's session list (double-click): the same text and marks.
  wxListCtrl* list = f.frame->record()->sessions_list();
  REQUIRE(wait_until([&] { return list->GetItemCount() == 1; }));
  wxRect row;
  list->GetItemRect(0, row);
  click(list, row.GetPosition() + wxPoint(20, row.height / 2), true);
  REQUIRE(wait_until([&] { return f.frame->session_windows().size() == 1; }));
  session = only_session_window(f.frame);
  CHECK(gui::utf8(session->soap_field('S')->GetValue()) == stored.soap.subjective);
  CHECK(gui::utf8(session->soap_field('P')->GetValue()) == stored.soap.plan);
  CHECK(session->marks().size() == 2);
  CHECK(session->save_state() == gui::SaveState::kSaved);
  CHECK(list->GetItemText(0, 4) == "2");  // the timeline counts the marks
}
