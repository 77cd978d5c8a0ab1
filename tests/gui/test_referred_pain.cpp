// The trigger-point plugin's "Referred pain" page in the session editor: pain drawn on the
// chart by mouse ranks the muscles that may refer it (with reasons), left-chest pain raises the
// cardiac red flag, "Keep as findings" stores the findings with the session; a failing
// analyzer is shown in words and costs nothing typed. Screenshot: session-referred-pain.png.
#include <wx/button.h>
#include <wx/notebook.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/tglbtn.h>

#include <catch2/catch.hpp>

#include "gui/chart_canvas.h"
#include "gui/gui_support.h"
#include "gui/session_analysis_page.h"
#include "gui/session_frame.h"
#include "myochart/chart/body_chart.h"
#include "myochart/storage/findings.h"

using namespace myochart;
using namespace myochart::test;
using chart::Side;
using chart::View;
using gui::SessionAnalysisPage;
using gui::SessionFrame;

namespace {

namespace fs = std::filesystem;

struct PainFixture : GuiFixture {
  Id client_id = 0, session_id = 0;
  SessionFrame* session = nullptr;
  SessionAnalysisPage* page = nullptr;

  explicit PainFixture(bool with_failing_plugin = false) {
    if (with_failing_plugin) {
      auto& path = clinic->plugin_options().search_path;
      path = {{fs::path(MYOCHART_BINARY_DIR) / "plugins", plugin::PluginOrigin::kBundled},
              {fs::path(MYOCHART_BINARY_DIR) / "tests/plugin-fixtures/gui",
               plugin::PluginOrigin::kBundled}};
    }
    Client c;
    c.given_name = "Grace";
    c.family_name = "Hopper";
    storage::WriteTransaction tx(clinic->db());
    clinic->clients().add(tx, c);
    Session s;
    s.client_id = c.id;
    s.therapist = "Rowan Ellis";
    s.started_at = std::chrono::floor<std::chrono::minutes>(now());
    s.soap.subjective = "Aching between the shoulder blades after long days at the desk.";
    clinic->sessions().add(tx, s);
    tx.commit();
    client_id = c.id;
    session_id = s.id;
    open();
  }

  void open() {
    frame->open_client(client_id);
    session = frame->open_session(session_id);
    REQUIRE(session != nullptr);
    session->SetPosition(wxPoint(0, 0));
    session->SetSize(wxSize(1240, 860));
    settle();
    page = find<SessionAnalysisPage>(session, "analysis_trigger_points");
    REQUIRE(page != nullptr);
    auto* book = session->side_book();
    book->SetSelection(static_cast<std::size_t>(book->FindPage(page)));
    settle();
  }

  // Draws a pain area on a view through the canvas, by mouse.
  void draw_pain(View view, const std::vector<chart::Point>& outline) {
    auto* canvas = session->canvas();
    canvas->set_view(view);
    settle();
    click(find<wxToggleButton>(session, "tool_area"));
    click(find<wxToggleButton>(session, "kind_pain"));
    std::vector<wxPoint> path;
    for (const auto& p : outline) path.push_back(canvas->to_window(p));
    path.push_back(path.front());
    drag(canvas, path);
  }

  std::size_t rank_of(const std::string& muscle, Side side) const {
    const auto& a = page->analysis();
    if (!a) return 0;
    for (std::size_t i = 0; i < a->candidates.size(); ++i)
      if (a->candidates[i].muscle_id == muscle && a->candidates[i].side == side) return i + 1;
    return 0;
  }

  wxString shown(const wxString& name) const {
    auto* t = find<wxStaticText>(page, name);
    // As read: the lines a long text was wrapped into joined again.
    wxString text = t && t->IsShownOnScreen() ? t->GetLabelText() : wxString();
    text.Replace("\n", " ");
    return text;
  }
};

// A square of half-size d around the middle of a region of a view.
std::vector<chart::Point> square_in(View view, const std::string& region, double d) {
  const auto& poly = chart::BodyChart::standard().view(view).find_region(region)->polygon;
  double x = 0, y = 0;
  for (const auto& p : poly) x += p.x, y += p.y;
  x /= static_cast<double>(poly.size());
  y /= static_cast<double>(poly.size());
  return {{x - d, y - d / 2}, {x + d, y - d / 2}, {x + d, y + d / 2}, {x - d, y + d / 2}};
}

}  // namespace

TEST_CASE(
    "referred pain page: pain drawn at the inner left shoulder blade ranks levator scapulae and "
    "rhomboids with reasons") {
  PainFixture f;
  CHECK(f.page->analysis().has_value());
  CHECK(f.page->analysis()->candidates.empty());
  CHECK_THAT(f.shown("analysis_basis").ToStdString(), Catch::StartsWith("No pain or numbness"));

  const int runs = f.page->analyses_run();
  f.draw_pain(View::kPosterior, {{0.442, 0.222}, {0.470, 0.222}, {0.470, 0.282}, {0.434, 0.282}});
  REQUIRE(wait_until([&] { return f.session->marks().size() == 1; }));
  REQUIRE(wait_until([&] { return !f.page->analysis()->candidates.empty(); }));
  // One analysis for the whole drag, after the edit: not one per mouse move.
  settle(20);
  CHECK(f.page->analyses_run() == runs + 1);

  INFO(f.page->analysis()->basis);
  CHECK(f.rank_of("levator_scapulae", Side::kLeft) >= 1);
  CHECK(f.rank_of("levator_scapulae", Side::kLeft) <= 5);
  CHECK(f.rank_of("rhomboids", Side::kLeft) >= 1);
  CHECK(f.rank_of("rhomboids", Side::kLeft) <= 5);
  // Shown: each candidate's name, score and reason; no warning box.
  const auto lev = f.rank_of("levator_scapulae", Side::kLeft);
  CHECK(f.shown(wxString::Format("candidate_%zu", lev)) == "Levator scapulae (left)");
  CHECK(f.shown(wxString::Format("candidate_%zu_score", lev)).EndsWith("%"));
  CHECK(f.shown("candidate_1_reason").Contains("essential zone covers"));
  CHECK_FALSE(find<wxWindow>(f.page, "analysis_warnings")->IsShownOnScreen());
  CHECK(f.shown("analysis_basis").Contains("1 pain mark"));
  // Undo takes the pain away, and the list with it.
  f.session->canvas()->undo();
  REQUIRE(wait_until([&] { return f.page->analysis()->candidates.empty(); }));
}

TEST_CASE(
    "referred pain page: left chest pain shows the cardiac red flag first and Keep as findings "
    "stores the findings") {
  PainFixture f;
  f.draw_pain(View::kPosterior, {{0.442, 0.222}, {0.470, 0.222}, {0.470, 0.282}, {0.434, 0.282}});
  REQUIRE(wait_until([&] { return f.session->marks().size() == 1; }));
  const auto chest = square_in(View::kAnterior, "left_chest", 0.025);
  const auto covered = chart::BodyChart::standard()
                           .view(View::kAnterior)
                           .regions_for(chart::MarkShape::kArea, chest);
  REQUIRE(std::find(covered.begin(), covered.end(), "left_chest") != covered.end());
  f.draw_pain(View::kAnterior, chest);
  REQUIRE(wait_until([&] { return f.session->marks().size() == 2; }));
  REQUIRE(wait_until([&] { return !f.page->analysis()->warnings.empty(); }));
  CHECK(f.shown("analysis_warning_1").Contains("Rule out cardiac causes"));
  CHECK(find<wxWindow>(f.page, "analysis_warnings")->IsShownOnScreen());
  CHECK(f.rank_of("pectoralis_major", Side::kLeft) >= 1);
  CHECK(f.rank_of("levator_scapulae", Side::kLeft) >= 1);
  CHECK(f.page->kept().empty());
  // The therapist's words stay as typed, unsaved or not.
  f.session->soap_field('A')->SetFocus();
  type("Probable levator scapulae TP.");
  REQUIRE(wait_until(
      [&] { return f.session->soap_field('A')->GetValue() == "Probable levator scapulae TP."; }));

  f.session->canvas()->set_view(View::kPosterior);
  f.session->canvas()->SetFocus();
  const auto shot = screenshot(f.session, "session-referred-pain");
  CHECK(fs::file_size(shot) > 10000);

  auto* keep = find<wxButton>(f.page, "keep_findings");
  REQUIRE(keep != nullptr);
  REQUIRE(wait_until([&] { return keep->IsEnabled(); }));
  click(keep);
  REQUIRE(wait_until([&] { return !f.page->kept().empty(); }));
  CHECK(f.session->save_state() == gui::SaveState::kSaved);
  CHECK(f.shown("analysis_status").StartsWith("Kept "));
  CHECK(f.session->GetStatusBar()->GetStatusText(0).StartsWith("Kept "));
  CHECK(f.shown("kept_1").Contains("Rule out cardiac causes"));

  // After reopening: the findings are stored with the session, and shown as kept.
  const auto expected = f.page->analysis()->findings;
  f.close_windows();
  f.reopen();
  f.open();
  std::vector<plugin::Finding> stored;
  for (const auto& s : storage::SessionFindings(f.clinic->db()).list_for_session(f.session_id))
    stored.push_back(s.finding);
  CHECK(stored == expected);
  REQUIRE(stored.size() >= 3);
  CHECK(stored[0].kind == "red_flag");
  CHECK(stored[0].source_plugin == "trigger_points");
  CHECK(std::any_of(stored.begin(), stored.end(), [](const plugin::Finding& x) {
    return x.kind == "candidate_source" && x.muscle_id == "levator_scapulae";
  }));
  CHECK(f.page->kept().size() == stored.size());
  CHECK(f.shown("kept_1").Contains("Rule out cardiac causes"));
  CHECK(f.session->soap_field('A')->GetValue() == "Probable levator scapulae TP.");
  auto* scroll = find<wxScrolledWindow>(f.page, "analysis_scroll");
  REQUIRE(scroll != nullptr);
  scroll->Scroll(0, 10000);  // down to what was kept
  wxUIActionSimulator().MouseMove(f.session->canvas()->GetScreenPosition() + wxPoint(8, 8));
  settle();
  screenshot(f.session, "session-referred-pain-kept");

  // A signed session keeps its findings locked: the button is off.
  REQUIRE(f.session->sign("Rowan Ellis"));
  f.session->UpdateWindowUI(wxUPDATE_UI_RECURSE);
  settle();
  CHECK_FALSE(find<wxButton>(f.page, "keep_findings")->IsEnabled());
  CHECK_FALSE(f.page->keep_findings());
}

TEST_CASE(
    "referred pain page: a failing analyzer is shown in plain words and nothing typed is lost") {
  PainFixture f(true);
  auto* failing = find<SessionAnalysisPage>(f.session, "analysis_analysis_fails");
  REQUIRE(failing != nullptr);
  CHECK(failing->title() == "Failing analysis");
  CHECK_FALSE(failing->analysis().has_value());
  CHECK_THAT(failing->problem().ToStdString(),
             Catch::Contains("analysis_fails") || Catch::Contains("Fixture"));
  CHECK_THAT(failing->problem().ToStdString(), Catch::Contains("its reference table is damaged"));
  auto* shown = find<wxStaticText>(failing, "analysis_problem");
  REQUIRE(shown != nullptr);
  CHECK(shown->GetLabelText().Contains("Could not analyse the chart"));

  // The other pages, the chart and the note go on working.
  f.session->soap_field('S')->SetFocus();
  f.session->soap_field('S')->SetInsertionPointEnd();
  type(" Worse on Mondays.");
  f.draw_pain(View::kPosterior, {{0.442, 0.222}, {0.470, 0.222}, {0.470, 0.282}, {0.434, 0.282}});
  REQUIRE(wait_until([&] { return !f.page->analysis()->candidates.empty(); }));
  REQUIRE(wait_until([&] { return failing->analyses_run() >= 2; }));
  CHECK_FALSE(failing->analysis().has_value());
  f.session->UpdateWindowUI(wxUPDATE_UI_RECURSE);
  CHECK_FALSE(find<wxButton>(failing, "keep_findings")->IsEnabled());
  CHECK_FALSE(failing->keep_findings());
  CHECK(f.session->soap_field('S')->GetValue().EndsWith("Worse on Mondays."));
  REQUIRE(f.session->save_now());
  CHECK(storage::SessionFindings(f.clinic->db()).list_for_session(f.session_id).empty());
}
