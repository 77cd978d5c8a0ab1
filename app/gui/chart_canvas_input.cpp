// The chart canvas's mouse and keyboard: gestures become edits of the marks (MarkEditor).
#include <wx/dcclient.h>

#include <algorithm>
#include <cmath>

#include "gui/chart_canvas.h"
#include "myochart/chart/geometry.h"
#include "myochart/chart/mark_geometry.h"

namespace myochart::gui {

namespace {

constexpr double kNudge = 0.005;
constexpr double kBigNudge = 0.02;

bool inside_canvas(chart::Point p) {
  return p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1;
}

}  // namespace

// ---- input -------------------------------------------------------------------------------------

void ChartCanvas::on_mouse(wxMouseEvent& e) {
  const wxPoint pos = e.GetPosition();
  if (e.LeftDown() || e.LeftDClick()) {
    SetFocus();
    key_cursor_.reset();
    const chart::Point p = to_chart(pos);
    if (read_only_ || tool_ == ChartTool::kSelect) {
      const auto marks = editor_.marks();
      const auto hit = chart::mark_at(marks, view_, p, hit_tolerance());
      select(hit ? std::optional(editor_.key(*hit)) : std::nullopt);
      if (hit && !read_only_) {
        drag_from_ = p;
        drag_points_ = marks[*hit].points;
        CaptureMouse();
      }
    } else if (tool_ == ChartTool::kPoint) {
      place_point(p);
    } else if (inside_canvas(p)) {
      drawing_ = {p};
      CaptureMouse();
      invalidate();
    }
  } else if (e.Dragging() && e.LeftIsDown()) {
    const chart::Point p = chart::clamp_to_canvas(to_chart(pos));
    if (!drawing_.empty()) {
      const wxPoint last = to_window(drawing_.back());
      if (std::abs(last.x - pos.x) + std::abs(last.y - pos.y) >= 2) {
        drawing_.push_back(p);
        invalidate();
      }
    } else if (drag_from_ && selected_) {
      if (const auto* m = editor_.find(*selected_)) {
        drag_points_ =
            chart::translated_within_canvas(m->points, p.x - drag_from_->x, p.y - drag_from_->y);
        invalidate();
      }
    }
  } else if (e.LeftUp()) {
    if (HasCapture()) ReleaseMouse();
    if (!drawing_.empty()) {
      finish_drawing();
    } else if (drag_from_ && selected_ && drag_points_) {
      const auto* m = editor_.find(*selected_);
      if (m && *drag_points_ != m->points) {
        chart::ChartMark moved = *m;
        moved.points = *drag_points_;
        drag_from_.reset();
        drag_points_.reset();
        editor_.change(*selected_, moved, "Move mark");
        edited();
      }
      drag_from_.reset();
      drag_points_.reset();
      invalidate();
    }
  }
  e.Skip();
}

void ChartCanvas::on_capture_lost(wxMouseCaptureLostEvent&) {
  drawing_.clear();
  drag_from_.reset();
  drag_points_.reset();
  invalidate();
}

void ChartCanvas::on_wheel(wxMouseEvent& e) {
  if (e.ControlDown()) {
    zoom_by(e.GetWheelRotation() > 0 ? 1.25 : 0.8);
    return;
  }
  dirty_ = true;
  e.Skip();
}

void ChartCanvas::on_key(wxKeyEvent& e) {
  if (e.HasModifiers() && !e.ShiftDown()) {
    e.Skip();  // Ctrl+Z and friends belong to the menus
    return;
  }
  const double step = e.ShiftDown() ? kBigNudge : kNudge;
  const int code = e.GetKeyCode();
  if (code == WXK_TAB) {
    // The canvas takes every key (for the arrows), so it moves the focus on Tab itself.
    Navigate(e.ShiftDown() ? wxNavigationKeyEvent::IsBackward : wxNavigationKeyEvent::IsForward);
    return;
  }
  auto move = [&](double dx, double dy) {
    if (selected_ && !read_only_) {
      nudge(dx, dy);
    } else if (!read_only_) {
      key_cursor_ = chart::clamp_to_canvas(
          key_cursor_ ? chart::Point{key_cursor_->x + dx * 2, key_cursor_->y + dy}
                      : chart::Point{0.5, 0.35});
      Refresh(false);
    }
  };
  switch (code) {
    case WXK_LEFT:
      return move(-step * 2, 0);  // x spans half the height: equal steps on screen
    case WXK_RIGHT:
      return move(step * 2, 0);
    case WXK_UP:
      return move(0, -step);
    case WXK_DOWN:
      return move(0, step);
    case WXK_DELETE:
    case WXK_BACK:
      return delete_selected();
    case WXK_ESCAPE:
      if (HasCapture()) ReleaseMouse();
      drawing_.clear();
      drag_from_.reset();
      drag_points_.reset();
      key_cursor_.reset();
      select(std::nullopt);
      invalidate();
      return;
    case WXK_RETURN:
    case WXK_NUMPAD_ENTER:
    case WXK_SPACE:
      if (key_cursor_) place_point(*key_cursor_);
      return;
    default:
      break;
  }
  const wxChar c = static_cast<wxChar>(wxToupper(static_cast<int>(e.GetUnicodeKey())));
  auto pick = [&](ChartTool t) {
    if (read_only_) return;
    set_tool(t);
    if (on_selection) on_selection();
  };
  switch (c) {
    case 'V':
      return pick(ChartTool::kSelect);
    case 'P':
      return pick(ChartTool::kPoint);
    case 'A':
      return pick(ChartTool::kArea);
    case 'F':
      return pick(ChartTool::kFreehand);
    case '+':
    case '=':
      return zoom_by(1.25);
    case '-':
      return zoom_by(0.8);
    case '0':
      return zoom_fit();
    default:
      break;
  }
  const auto kinds = chart::mark_kinds();
  if (c >= '1' && c <= '9' && static_cast<std::size_t>(c - '1') < kinds.size() && !read_only_) {
    MarkStyle s = style_;
    s.kind = std::string(kinds[static_cast<std::size_t>(c - '1')].id);
    set_style(s);
    if (on_selection) on_selection();
    return;
  }
  e.Skip();
}

}  // namespace myochart::gui
