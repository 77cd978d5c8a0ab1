// The chart canvas by mouse and keyboard: area and freehand drawing, select and move, delete,
// kinds and intensity from the palette, undo and redo, zoom, the keyboard cursor, and the
// previous session shown faint. What the canvas shows is core's image: checked in its pixels.
#include <wx/checkbox.h>
#include <wx/image.h>
#include <wx/tglbtn.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>

#include "gui/chart_canvas.h"
#include "gui/gui_support.h"
#include "gui/session_frame.h"
#include "myochart/storage/chart_marks.h"

using namespace myochart;
using namespace myochart::test;
using gui::ChartTool;
using gui::SessionFrame;

namespace {

struct ChartFixture : GuiFixture {
  Id previous = 0, session_id = 0;
  SessionFrame* session = nullptr;
  gui::ChartCanvas* canvas = nullptr;

  ChartFixture() {
    Client c;
    c.given_name = "Marie";
    c.family_name = "Curie";
    storage::WriteTransaction tx(clinic->db());
    clinic->clients().add(tx, c);
    Session s;
    s.client_id = c.id;
    s.therapist = "Rowan Ellis";
    s.started_at = std::chrono::floor<std::chrono::minutes>(now()) - std::chrono::hours(24 * 14);
    clinic->sessions().add(tx, s);
    previous = s.id;
    chart::ChartMark old;
    old.session_id = previous;
    old.view = chart::View::kPosterior;
    old.points = {{0.35, 0.3}};
    old.kind = "pain";
    old.intensity = 10;
    storage::ChartMarks(clinic->db()).add(tx, old);
    s.started_at += std::chrono::hours(24 * 14);
    clinic->sessions().add(tx, s);
    session_id = s.id;
    tx.commit();
    frame->open_client(c.id);
    session = frame->open_session(session_id);
    REQUIRE(session != nullptr);
    session->SetPosition(wxPoint(0, 0));
    session->SetSize(wxSize(1240, 860));
    settle();
    canvas = session->canvas();
  }

  wxToggleButton* button(const char* name) { return find<wxToggleButton>(session, name); }
  std::vector<wxPoint> path(std::initializer_list<chart::Point> points) {
    std::vector<wxPoint> out;
    for (const auto& p : points) out.push_back(canvas->to_window(p));
    return out;
  }
  // The colour the canvas shows at a chart point (read back from the screen).
  wxColour shown_at(chart::Point p) {
    canvas->Refresh();
    canvas->Update();
    settle(10);
    const wxPoint at = canvas->ClientToScreen(canvas->to_window(p));
    const auto pixel = dir / "pixel.png";
    const std::string cmd = "import -window root -crop 1x1+" + std::to_string(at.x) + "+" +
                            std::to_string(at.y) + " +repage '" + pixel.string() + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
    wxImage img(wxString::FromUTF8(pixel.string()), wxBITMAP_TYPE_PNG);
    REQUIRE(img.IsOk());
    return wxColour(img.GetRed(0, 0), img.GetGreen(0, 0), img.GetBlue(0, 0));
  }
};

// Simulated input is processed asynchronously by the X server and GTK: wait (bounded) for its
// effect instead of assuming it is immediate.
bool eventually(const std::function<bool()>& condition) {
  return wait_until(condition, std::chrono::seconds(5));
}

bool reddish(const wxColour& c) {
  return c.Red() > 150 && c.Green() < 110 && c.Blue() < 110;
}

}  // namespace

TEST_CASE("areas and freehand lines are drawn by dragging, with the kind chosen in the palette") {
  ChartFixture f;
  click(f.button("tool_area"));
  click(f.button("kind_numbness"));
  REQUIRE(f.canvas->tool() == ChartTool::kArea);
  drag(
      f.canvas,
      f.path({{0.30, 0.60}, {0.36, 0.60}, {0.38, 0.66}, {0.36, 0.72}, {0.30, 0.72}, {0.29, 0.66}}));
  REQUIRE(eventually([&] { return f.session->marks().size() == 1; }));
  const auto& area = f.session->marks().mark(0);
  CHECK(area.shape == chart::MarkShape::kArea);
  CHECK(area.kind == "numbness");
  CHECK(area.points.size() >= 3);
  CHECK(chart::contains(area.points, {0.33, 0.66}));

  click(f.button("tool_freehand"));
  click(f.button("kind_tension"));
  drag(f.canvas, f.path({{0.45, 0.20}, {0.47, 0.25}, {0.45, 0.30}, {0.47, 0.35}}));
  REQUIRE(eventually([&] { return f.session->marks().size() == 2; }));
  CHECK(f.session->marks().mark(1).shape == chart::MarkShape::kStroke);
  CHECK(f.session->marks().mark(1).kind == "tension");

  // A click with the area tool is not an area.
  click(f.button("tool_area"));
  click(f.canvas, f.canvas->to_window({0.6, 0.5}));
  CHECK(f.session->marks().size() == 2);

  REQUIRE(f.session->save_now());
  const auto stored = storage::ChartMarks(f.clinic->db()).list_for_session(f.session_id);
  REQUIRE(stored.size() == 2);
  CHECK(stored[0].shape == chart::MarkShape::kArea);
  CHECK(stored[1].shape == chart::MarkShape::kStroke);
}

TEST_CASE(
    "a mark is selected, moved by dragging and by arrow keys, restyled, deleted, and all undone") {
  ChartFixture f;
  auto& marks = f.session->marks();
  auto first_point = [&] { return marks.mark(0).points.front(); };
  click(f.canvas, f.canvas->to_window({0.5, 0.4}));  // a point (the default tool)
  REQUIRE(eventually([&] { return marks.size() == 1; }));

  click(f.button("tool_select"));
  click(f.canvas, f.canvas->to_window({0.5, 0.4}));
  REQUIRE(eventually([&] { return f.canvas->selected().has_value(); }));
  drag(f.canvas, f.path({{0.5, 0.4}, {0.52, 0.45}, {0.55, 0.5}}));
  REQUIRE(eventually([&] { return std::abs(first_point().y - 0.5) < 0.01; }));
  const chart::Point p = first_point();
  CHECK(p.x == Approx(0.55).margin(0.01));

  key(WXK_DOWN);  // 0.005 of the height per press
  REQUIRE(eventually([&] { return first_point().y > p.y; }));
  CHECK(first_point().y == Approx(p.y + 0.005).margin(0.0001));

  // The palette changes the selected mark.
  click(f.button("kind_trigger_point"));
  REQUIRE(eventually([&] { return marks.mark(0).kind == "trigger_point"; }));

  key(WXK_DELETE);
  REQUIRE(eventually([&] { return marks.size() == 0; }));
  // Undo: delete, kind, nudge, move, add, in that order.
  key('Z', wxMOD_CONTROL);
  REQUIRE(eventually([&] { return marks.size() == 1; }));
  CHECK(marks.mark(0).kind == "trigger_point");
  key('Z', wxMOD_CONTROL);
  REQUIRE(eventually([&] { return marks.mark(0).kind == "pain"; }));
  key('Z', wxMOD_CONTROL);
  REQUIRE(eventually([&] { return first_point() == p; }));  // before the nudge
  key('Z', wxMOD_CONTROL);
  REQUIRE(eventually([&] { return std::abs(first_point().x - 0.5) < 0.01; }));
  key('Z', wxMOD_CONTROL);
  REQUIRE(eventually([&] { return marks.size() == 0; }));
  key('Y', wxMOD_CONTROL);
  REQUIRE(eventually([&] { return marks.size() == 1; }));
}

TEST_CASE("by keyboard alone: a tool, a kind and a point placed with the keyboard cursor") {
  ChartFixture f;
  click(f.canvas, f.canvas->to_window({0.95, 0.98}));  // focus (off the body, and then undone)
  key('Z', wxMOD_CONTROL);
  REQUIRE(eventually([&] { return f.session->marks().size() == 0; }));
  key('3');  // trigger point
  REQUIRE(eventually([&] { return f.canvas->style().kind == "trigger_point"; }));
  key(WXK_RIGHT);  // the keyboard cursor appears at the top of the back...
  key(WXK_RIGHT);  // ...and moves
  key(WXK_DOWN);
  key(WXK_RETURN);
  REQUIRE(eventually([&] { return f.session->marks().size() == 1; }));
  CHECK(f.session->marks().mark(0).kind == "trigger_point");
  CHECK(f.session->marks().mark(0).points.front().x > 0.5);
  key('A');
  CHECK(eventually([&] { return f.canvas->tool() == ChartTool::kArea; }));
  // And out of the chart with Tab, as from any other field.
  key(WXK_TAB);
  CHECK(eventually([&] { return wxWindow::FindFocus() != f.canvas; }));
}

TEST_CASE(
    "the canvas shows core's chart: marks where they are, the previous session faint, zoom keeps "
    "the mapping") {
  ChartFixture f;
  // The previous session's mark at (0.35, 0.3) is faint grey, not red.
  const wxColour faint = f.shown_at({0.35, 0.3});
  CHECK_FALSE(reddish(faint));
  CHECK(faint.Red() < 245);  // but something is drawn there
  click(find<wxCheckBox>(f.session, "show_previous"));
  CHECK_FALSE(f.canvas->showing_reference());

  click(f.canvas, f.canvas->to_window({0.6, 0.45}));
  CHECK(reddish(f.shown_at({0.6, 0.45})));

  // Zoomed in, the same chart point still maps to where the mark is drawn.
  key('+');
  key('+');
  CHECK(f.canvas->zoom() > 1.4);
  const auto back = f.canvas->to_chart(f.canvas->to_window({0.6, 0.45}));
  CHECK(back.x == Approx(0.6).margin(0.003));
  CHECK(back.y == Approx(0.45).margin(0.003));
  if (wxRect(f.canvas->GetClientSize()).Contains(f.canvas->to_window({0.6, 0.45})))
    CHECK(reddish(f.shown_at({0.6, 0.45})));
  key('0');
  CHECK(f.canvas->zoom() == 1.0);
}

TEST_CASE("a signed session's chart can be looked at but not changed") {
  ChartFixture f;
  click(f.canvas, f.canvas->to_window({0.5, 0.4}));
  REQUIRE(f.session->sign("Rowan Ellis"));
  CHECK(f.session->is_signed());
  CHECK(f.canvas->read_only());
  click(f.canvas, f.canvas->to_window({0.4, 0.5}));
  key(WXK_DELETE);
  CHECK(f.session->marks().size() == 1);
  CHECK_FALSE(f.button("tool_point")->IsEnabled());
  CHECK_FALSE(f.session->soap_field('S')->IsEditable());
}
