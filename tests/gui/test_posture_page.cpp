// The posture assessment page of the session editor, built from the plugin's form declaration
// and driven by simulated clicks and typing on its real controls: cues by one click, an angle
// typed (an impossible one refused with its range), findings evaluated as the form is filled
// and ticked or unticked, saved with Ctrl+S, and found again after closing and reopening. Also
// a stale save (conflict), a signed session (read-only), the client record's measures and the
// session report's trend. Screenshots: session-posture.png, client-record-posture-trend.png.
#include <wx/notebook.h>
#include <wx/splitter.h>
#include <wx/tglbtn.h>

#include <catch2/catch.hpp>
#include <cstdlib>

#include "gui/assessment_form.h"
#include "gui/assessment_page.h"
#include "gui/client_record_panel.h"
#include "gui/findings_view.h"
#include "gui/gui_support.h"
#include "gui/measure_trends_view.h"
#include "gui/printing.h"
#include "gui/session_frame.h"
#include "gui/wx_text.h"
#include "myochart/storage/findings.h"
#include "support/pdf_tools.h"

using namespace myochart;
using namespace myochart::test;
using nlohmann::json;

namespace {

namespace kind = plugin::finding_kind;

struct PostureClinic {
  GuiFixture f;
  Id client = 0;

  PostureClinic() {
    Client c;
    c.given_name = "Ada";
    c.family_name = "Ng";
    storage::WriteTransaction tx(f.clinic->db());
    client = f.clinic->clients().add(tx, c);
    tx.commit();
  }

  Id session_on(const std::string& day) {
    Session s;
    s.client_id = client;
    s.therapist = "Rowan Ellis";
    s.started_at = *parse_timestamp(day + " 10:00");
    storage::WriteTransaction tx(f.clinic->db());
    f.clinic->sessions().add(tx, s);
    tx.commit();
    return s.id;
  }

  gui::SessionFrame* open(Id session) {
    gui::SessionFrame* frame = f.frame->open_session(session);
    REQUIRE(frame != nullptr);
    frame->SetPosition(wxPoint(0, 0));
    frame->SetSize(wxSize(1240, 860));
    settle();
    return frame;
  }

  gui::AssessmentPage* page_of(gui::SessionFrame* frame, bool wide = true) {
    auto* page = find<gui::AssessmentPage>(frame, "assessment_posture_posture");
    REQUIRE(page != nullptr);
    wxNotebook* book = frame->side_book();
    REQUIRE(book->FindPage(page) != wxNOT_FOUND);
    CHECK(book->GetPageText(static_cast<size_t>(book->FindPage(page))) ==
          "Posture and muscle imbalance");
    book->SetSelection(static_cast<size_t>(book->FindPage(page)));
    if (wide) {
      // Room for the form beside the chart, as a therapist would drag the divider.
      auto* split = dynamic_cast<wxSplitterWindow*>(book->GetParent());
      REQUIRE(split != nullptr);
      split->SetSashPosition(640);
    }
    settle(30);
    return page;
  }

  const plugin::Contribution<plugin::AssessmentKeeper>& keeper() {
    const auto* k = f.clinic->registry().assessment_keeper("posture", "posture");
    REQUIRE(k != nullptr);
    return *k;
  }

  RowVersion save_elsewhere(Id session, const json& answers, RowVersion expected) {
    const auto& k = keeper();
    const auto findings = f.clinic->registry().evaluate("posture", "posture", answers);
    storage::WriteTransaction tx(f.clinic->db());
    const RowVersion v = k.object->save(tx, session, answers, expected, findings);
    tx.commit();
    return v;
  }

  std::vector<storage::StoredFinding> stored(Id session) {
    std::vector<storage::StoredFinding> out;
    for (auto& s : storage::SessionFindings(f.clinic->db()).list_for_session(session))
      if (s.finding.source_plugin == "posture") out.push_back(std::move(s));
    return out;
  }
};

// Scrolls a scrolled page so that a control inside it (at any depth) is in view.
void scroll_to(wxScrolledWindow* page, wxWindow* control) {
  const wxPoint at = control->GetScreenPosition() - page->GetScreenPosition();
  int ux = 0, uy = 0, px = 0, py = 0;
  page->CalcUnscrolledPosition(at.x, at.y, &ux, &uy);
  page->GetScrollPixelsPerUnit(&px, &py);
  if (py > 0) page->Scroll(-1, std::max(0, (uy - 40) / py));
  settle(10);
}

// Clicks a control of the form, scrolled into view first.
void click_in_form(gui::AssessmentPage* page, wxWindow* control) {
  REQUIRE(control != nullptr);
  scroll_to(page->form(), control);
  click(control);
}

bool has(const std::vector<plugin::Finding>& fs, std::string_view k, const std::string& subject) {
  for (const auto& f : fs)
    if (f.kind == k && f.subject == subject) return true;
  return false;
}

std::size_t count(const std::vector<plugin::Finding>& fs, std::string_view k) {
  std::size_t n = 0;
  for (const auto& f : fs) n += f.kind == k;
  return n;
}

}  // namespace

TEST_CASE("posture page: cues by click and an angle typed give findings that are kept on save") {
  PostureClinic c;
  const Id session = c.session_on("2026-03-03");
  gui::SessionFrame* frame = c.open(session);
  gui::AssessmentPage* page = c.page_of(frame);
  gui::AssessmentFormView* form = page->form();
  CHECK(page->version() == 0);
  CHECK(page->findings()->shown().empty());

  // Forward head present, left shoulder forward: one click each.
  click_in_form(page, form->control("ear_forward_of_shoulder", "present"));
  click_in_form(page, form->control("shoulder_forward_of_line", "left"));
  CHECK(dynamic_cast<wxToggleButton*>(form->control("ear_forward_of_shoulder", "present"))
            ->GetValue());

  // An impossible angle is refused on the spot, with its range in words.
  click_in_form(page, form->control("craniovertebral_angle"));
  type("95");
  REQUIRE(wait_until([&] { return !form->problem("craniovertebral_angle").empty(); }));
  const std::string refused = gui::utf8(form->problem("craniovertebral_angle"));
  CHECK_THAT(refused, Catch::Contains("Craniovertebral angle") && Catch::Contains("95°") &&
                          Catch::Contains("enter a value from 10 to 80 degrees"));
  auto* error = find<wxStaticText>(form, "field_craniovertebral_angle_error");
  REQUIRE(error != nullptr);
  CHECK(error->IsShown());
  CHECK_FALSE(form->answers().contains("craniovertebral_angle"));
  // Nothing is saved while it stands.
  CHECK_FALSE(page->save().empty());
  CHECK(c.stored(session).empty());

  // Corrected to 44: accepted, and the findings follow within a moment.
  key('A', wxMOD_CONTROL);
  type("44");
  REQUIRE(wait_until([&] { return form->problem("craniovertebral_angle").empty(); }));
  CHECK_FALSE(error->IsShown());
  CHECK(form->answers() == json({{"ear_forward_of_shoulder", "present"},
                                 {"shoulder_forward_of_line", "left"},
                                 {"craniovertebral_angle", 44.0}}));
  REQUIRE(wait_until(
      [&] { return has(page->findings()->shown(), kind::kDysfunction, "forward_head"); }));
  const auto shown = page->findings()->shown();
  CHECK(count(shown, kind::kTightMuscle) >= 3);
  CHECK(count(shown, kind::kWeakMuscle) >= 2);
  for (const auto& f : shown)
    if (f.kind == kind::kTightMuscle)
      CHECK_THAT(f.what, Catch::Contains("commonly associated with"));

  // The therapist removes one tight muscle by unticking it.
  std::string removed;
  for (const auto& f : shown)
    if (f.kind == kind::kTightMuscle) {
      removed = gui::FindingsView::key(f);
      break;
    }
  wxCheckBox* box = page->findings()->checkbox(removed);
  REQUIRE(box != nullptr);
  scroll_to(page->findings(), box);
  click(box);
  REQUIRE(wait_until([&] { return !box->GetValue(); }));

  page->form()->Scroll(0, 0);
  page->findings()->Scroll(0, 0);
  screenshot(frame, "session-posture");

  // Ctrl+S saves the page with the session.
  frame->soap_field('S')->SetFocus();
  settle();
  key('S', wxMOD_CONTROL);
  REQUIRE(wait_until([&] { return page->version() == 1 && !page->has_unsaved(); }));
  CHECK(page->status().StartsWith("Saved at"));
  CHECK(frame->save_status().StartsWith("All changes saved"));
  key('W', wxMOD_CONTROL);
  REQUIRE(wait_until([&] { return c.f.frame->session_windows().empty(); }));

  // In the database: the answers, and the findings kept (all but the removed one, confirmed).
  const auto stored_answers = c.keeper().object->load(c.f.clinic->db(), session);
  REQUIRE(stored_answers);
  CHECK(stored_answers->answers["craniovertebral_angle"] == 44);
  CHECK(stored_answers->answers["ear_forward_of_shoulder"] == "present");
  const auto kept = c.stored(session);
  CHECK(kept.size() == shown.size() - 1);
  bool head = false;
  for (const auto& s : kept) {
    CHECK(s.finding.confirmed);
    CHECK(gui::FindingsView::key(s.finding) != removed);
    head = head || (s.finding.kind == kind::kDysfunction && s.finding.subject == "forward_head");
  }
  CHECK(head);

  // Reopened: the same answers, the removed finding still unticked.
  frame = c.open(session);
  page = c.page_of(frame, false);
  CHECK(page->version() == 1);
  CHECK(page->form()->answers()["craniovertebral_angle"] == 44);
  CHECK(dynamic_cast<wxToggleButton*>(page->form()->control("shoulder_forward_of_line", "left"))
            ->GetValue());
  REQUIRE(page->findings()->checkbox(removed) != nullptr);
  CHECK_FALSE(page->findings()->checkbox(removed)->GetValue());
  CHECK_FALSE(page->has_unsaved());
}

TEST_CASE(
    "posture page: a save over a newer version is a conflict and a signed session is read-only") {
  PostureClinic c;
  const Id session = c.session_on("2026-03-03");
  gui::SessionFrame* frame = c.open(session);
  gui::AssessmentPage* page = c.page_of(frame, false);
  click_in_form(page, page->form()->control("ear_forward_of_shoulder", "present"));
  REQUIRE(page->save().empty());
  CHECK(page->version() == 1);

  // Another workstation re-assesses meanwhile.
  c.save_elsewhere(session, {{"chin_poked_forward", "present"}}, 1);
  click_in_form(page, page->form()->control("shoulder_forward_of_line", "right"));
  CHECK_FALSE(page->save().empty());
  CHECK_THAT(gui::utf8(page->message_bar()->message()), Catch::Contains("Nothing was overwritten"));
  CHECK(page->form()->answers()["shoulder_forward_of_line"] == "right");  // kept on screen
  CHECK(c.keeper().object->load(c.f.clinic->db(), session)->answers ==
        json({{"chin_poked_forward", "present"}}));
  CHECK(frame->save_now() == false);  // the editor does not claim "saved" either
  CHECK(frame->save_status().StartsWith("Not saved"));

  page->keep_mine();
  CHECK(page->version() == 3);
  CHECK(c.keeper().object->load(c.f.clinic->db(), session)->answers["shoulder_forward_of_line"] ==
        "right");
  CHECK(page->message_bar()->message().empty());

  // Signed: reopened read-only.
  {
    storage::WriteTransaction tx(c.f.clinic->db());
    c.f.clinic->sessions().sign(tx, session, c.f.clinic->sessions().get(session).row_version,
                                "Rowan Ellis");
    tx.commit();
  }
  frame->Close(true);
  REQUIRE(wait_until([&] { return c.f.frame->session_windows().empty(); }));
  frame = c.open(session);
  page = c.page_of(frame, false);
  CHECK(page->read_only());
  CHECK_FALSE(page->form()->control("ear_forward_of_shoulder", "absent")->IsEnabled());
  CHECK(page->status().StartsWith("Signed"));
  CHECK(page->form()->answers()["shoulder_forward_of_line"] == "right");
}

TEST_CASE("posture trend in the client record and the session report") {
  PostureClinic c;
  const Id s1 = c.session_on("2026-03-03");
  const Id s2 = c.session_on("2026-04-07");
  const Id s3 = c.session_on("2026-05-12");
  c.save_elsewhere(s1,
                   {{"craniovertebral_angle", 38},
                    {"ear_forward_of_shoulder", "present"},
                    {"shoulder_angle_left", 44},
                    {"shoulder_angle_right", 50}},
                   0);
  c.save_elsewhere(s2, {{"craniovertebral_angle", 44}, {"shoulder_angle_left", 48}}, 0);
  c.save_elsewhere(
      s3,
      {{"craniovertebral_angle", 49}, {"shoulder_angle_left", 52}, {"shoulder_angle_right", 53}},
      0);

  c.f.frame->open_client(c.client);
  gui::ClientRecordPanel* record = c.f.frame->record();
  REQUIRE(record != nullptr);
  wxNotebook* book = record->book();
  book->SetSelection(static_cast<size_t>(book->FindPage(record->measures())));
  REQUIRE(wait_until([&] { return record->measures()->plot_count() == 2; }));
  settle(30);
  screenshot(c.f.frame, "client-record-posture-trend");

  // The report of the second session draws the trend up to that session.
  const auto pdf = c.f.dir / "report.pdf";
  gui::write_session_report_pdf(*c.f.clinic, s2, pdf);
  const std::string text = pdf_text(pdf);
  CHECK(text.find("Measures over the sessions") != std::string::npos);
  CHECK(text.find("Craniovertebral angle") != std::string::npos);
  const auto png =
      std::filesystem::path(MYOCHART_BINARY_DIR) / "screens" / "session-report-posture";
  const std::string cmd = "pdftoppm -r 60 -png '" + pdf.string() + "' '" + png.string() + "'";
  CHECK(std::system(cmd.c_str()) == 0);
}
