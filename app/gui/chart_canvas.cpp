#include "gui/chart_canvas.h"

#include <cairo.h>
#include <wx/dcclient.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "gui/image_bitmap.h"
#include "myochart/chart/geometry.h"
#include "myochart/chart/mark_geometry.h"

namespace myochart::gui {

namespace {

constexpr double kMaxZoom = 6.0;
constexpr int kScrollStep = 10;

bool inside_canvas(chart::Point p) {
  return p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1;
}

}  // namespace

ChartCanvas::ChartCanvas(wxWindow* parent, const render::ChartRenderer& renderer,
                         MarkEditor& editor)
    : wxScrolledCanvas(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       wxWANTS_CHARS | wxFULL_REPAINT_ON_RESIZE | wxBORDER_NONE),
      renderer_(renderer),
      editor_(editor) {
  SetName("chart_canvas");
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetScrollRate(kScrollStep, kScrollStep);
  // No blitting of scrolled contents: every paint shows a freshly placed frame.
  EnableScrolling(false, false);
  SetMinSize(FromDIP(wxSize(260, 400)));
  Bind(wxEVT_PAINT, &ChartCanvas::on_paint, this);
  Bind(wxEVT_SIZE, &ChartCanvas::on_size, this);
  Bind(wxEVT_LEFT_DOWN, &ChartCanvas::on_mouse, this);
  // A press soon after a click arrives as a double click: it is a press all the same (two quick
  // points, or a click then a drag).
  Bind(wxEVT_LEFT_DCLICK, &ChartCanvas::on_mouse, this);
  Bind(wxEVT_LEFT_UP, &ChartCanvas::on_mouse, this);
  Bind(wxEVT_MOTION, &ChartCanvas::on_mouse, this);
  Bind(wxEVT_MOUSEWHEEL, &ChartCanvas::on_wheel, this);
  Bind(wxEVT_KEY_DOWN, &ChartCanvas::on_key, this);
  Bind(wxEVT_MOUSE_CAPTURE_LOST, &ChartCanvas::on_capture_lost, this);
  Bind(wxEVT_SET_FOCUS, [this](wxFocusEvent& e) {
    Refresh();
    e.Skip();
  });
  Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
    Refresh();
    e.Skip();
  });
}

// ---- state -----------------------------------------------------------------------------------

void ChartCanvas::set_view(chart::View view) {
  if (view == view_) return;
  view_ = view;
  drawing_.clear();
  if (selected_) {
    const auto* m = editor_.find(*selected_);
    if (!m || m->view != view_) selected_.reset();
  }
  invalidate();
  if (on_selection) on_selection();
}

void ChartCanvas::set_tool(ChartTool tool) {
  tool_ = tool;
  drawing_.clear();
  SetCursor(tool == ChartTool::kSelect ? wxNullCursor : wxCursor(wxCURSOR_CROSS));
  invalidate();
}

void ChartCanvas::set_style(const MarkStyle& style, bool merge) {
  style_ = style;
  if (!selected_ || read_only_) return;
  const auto* current = editor_.find(*selected_);
  if (!current) return;
  chart::ChartMark changed = *current;
  changed.kind = style.kind;
  changed.intensity = style.intensity;
  changed.quality = style.quality;
  if (changed == *current) return;
  editor_.change(*selected_, changed, "Change mark", merge);
  edited();
}

void ChartCanvas::set_reference_marks(std::vector<chart::ChartMark> marks) {
  reference_ = std::move(marks);
  invalidate();
}

void ChartCanvas::show_reference(bool show) {
  show_reference_ = show;
  invalidate();
}

void ChartCanvas::add_layer(std::shared_ptr<const ChartOverlaySource> layer) {
  layers_.push_back(std::move(layer));
  invalidate();
}

void ChartCanvas::set_read_only(bool read_only) {
  read_only_ = read_only;
  drawing_.clear();
  drag_from_.reset();
  drag_points_.reset();
  if (read_only) set_tool(ChartTool::kSelect);
  invalidate();
}

void ChartCanvas::select(std::optional<MarkEditor::Key> key) {
  if (key == selected_) return;
  selected_ = key;
  invalidate();
  if (on_selection) on_selection();
}

void ChartCanvas::marks_changed() {
  drag_from_.reset();
  drag_points_.reset();
  if (selected_ && !editor_.find(*selected_)) selected_.reset();
  invalidate();
}

// ---- edits -----------------------------------------------------------------------------------

void ChartCanvas::edited() {
  invalidate();
  if (on_edit) on_edit();
}

void ChartCanvas::delete_selected() {
  if (!selected_ || read_only_) return;
  editor_.remove(*selected_);
  selected_.reset();
  edited();
  if (on_selection) on_selection();
}

void ChartCanvas::undo() {
  if (read_only_ || !editor_.can_undo()) return;
  drawing_.clear();
  const auto key = editor_.undo();
  selected_ = key && editor_.find(*key) && editor_.find(*key)->view == view_ ? key : std::nullopt;
  edited();
  if (on_selection) on_selection();
}

void ChartCanvas::redo() {
  if (read_only_ || !editor_.can_redo()) return;
  const auto key = editor_.redo();
  selected_ = key && editor_.find(*key) && editor_.find(*key)->view == view_ ? key : std::nullopt;
  edited();
  if (on_selection) on_selection();
}

void ChartCanvas::place_point(chart::Point p) {
  if (read_only_ || !inside_canvas(p)) return;
  chart::ChartMark m;
  m.view = view_;
  m.shape = chart::MarkShape::kPoint;
  m.points = {p};
  m.kind = style_.kind;
  m.intensity = style_.intensity;
  m.quality = style_.quality;
  if (complete_new_point) complete_new_point(m);
  last_placed_ = editor_.add(std::move(m), "Add point");
  edited();
}

void ChartCanvas::change_mark(MarkEditor::Key key, chart::ChartMark changed,
                              const std::string& label, bool merge) {
  if (read_only_ || !editor_.find(key)) return;
  editor_.change(key, std::move(changed), label, merge);
  edited();
}

std::optional<MarkEditor::Key> ChartCanvas::last_placed() const {
  return last_placed_ && editor_.find(*last_placed_) ? last_placed_ : std::nullopt;
}

void ChartCanvas::finish_drawing() {
  const double tolerance = 1.0 / std::max(1.0, layout().chart_height);  // about a pixel
  auto points = chart::simplify_polyline(drawing_, tolerance);
  const bool area = tool_ == ChartTool::kArea;
  drawing_.clear();
  if (area ? points.size() < 3 || !chart::is_valid_area(points) : points.size() < 2) {
    invalidate();  // a click, or a line too short to be a mark
    return;
  }
  chart::ChartMark m;
  m.view = view_;
  m.shape = area ? chart::MarkShape::kArea : chart::MarkShape::kStroke;
  m.points = std::move(points);
  m.kind = style_.kind;
  m.intensity = style_.intensity;
  m.quality = style_.quality;
  editor_.add(std::move(m), area ? "Add area" : "Add line");
  edited();
}

void ChartCanvas::nudge(double dx, double dy) {
  const auto* current = selected_ ? editor_.find(*selected_) : nullptr;
  if (!current || read_only_) return;
  chart::ChartMark moved = *current;
  moved.points = chart::translated_within_canvas(current->points, dx, dy);
  editor_.change(*selected_, moved, "Move mark");
  edited();
}

// ---- zoom and geometry -------------------------------------------------------------------------

wxSize ChartCanvas::picture_size() const {
  if (zoom_ <= 1.0) return GetClientSize();
  const wxSize whole = GetSize();
  return wxSize(static_cast<int>(whole.x * zoom_), static_cast<int>(whole.y * zoom_));
}

render::ChartLayout ChartCanvas::layout() const {
  render::ChartScene frame;  // title and legend off: the layout does not depend on the marks
  frame.view = view_;
  frame.legend = false;
  const double s = GetContentScaleFactor();
  const wxSize pic = picture_size();
  return renderer_.layout(frame, pic.x * s, pic.y * s);
}

wxPoint ChartCanvas::to_window(chart::Point p) const {
  double x = 0, y = 0;
  layout().to_device(p, x, y);
  const double s = GetContentScaleFactor();
  const wxPoint origin = CalcUnscrolledPosition(wxPoint(0, 0));
  return wxPoint(static_cast<int>(std::lround(x / s)) - origin.x,
                 static_cast<int>(std::lround(y / s)) - origin.y);
}

chart::Point ChartCanvas::to_chart(wxPoint window_point) const {
  const double s = GetContentScaleFactor();
  const wxPoint logical = CalcUnscrolledPosition(window_point);
  return layout().to_chart((logical.x + 0.5) * s, (logical.y + 0.5) * s);
}

double ChartCanvas::hit_tolerance() const {
  return 8.0 * GetContentScaleFactor() / std::max(1.0, layout().chart_height);
}

void ChartCanvas::zoom_by(double factor) {
  const wxPoint anchor = ScreenToClient(wxGetMousePosition());
  const wxRect client(GetClientSize());
  const wxPoint keep =
      client.Contains(anchor) ? anchor : wxPoint(client.width / 2, client.height / 2);
  const chart::Point p = to_chart(keep);
  zoom_ = std::clamp(zoom_ * factor, 1.0, kMaxZoom);
  SetVirtualSize(picture_size());
  // Keep the chart point under the pointer (or the centre) where it was.
  double x = 0, y = 0;
  layout().to_device(p, x, y);
  const double s = GetContentScaleFactor();
  const int left = std::max(0, static_cast<int>(x / s) - keep.x);
  const int top = std::max(0, static_cast<int>(y / s) - keep.y);
  Scroll(left / kScrollStep, top / kScrollStep);
  invalidate();
}

void ChartCanvas::zoom_fit() {
  zoom_ = 1.0;
  SetVirtualSize(picture_size());
  Scroll(0, 0);
  invalidate();
}

// ---- drawing -----------------------------------------------------------------------------------

render::ChartScene ChartCanvas::scene() const {
  render::ChartScene s;
  s.view = view_;
  s.legend = false;
  // Marks are identified to the renderer by their editor key (new marks have no id yet).
  s.marks.reserve(editor_.size() + 1);
  for (std::size_t i = 0; i < editor_.size(); ++i) {
    const auto& m = editor_.mark(i);
    if (m.view != view_) continue;
    s.marks.push_back(m);
    auto& copy = s.marks.back();
    copy.id = editor_.key(i);
    if (drag_points_ && selected_ == editor_.key(i)) copy.points = *drag_points_;
  }
  if (selected_) s.selected_mark = *selected_;
  if (!drawing_.empty()) {
    chart::ChartMark m;  // id 0: never the selected one
    m.view = view_;
    m.shape = tool_ == ChartTool::kArea && drawing_.size() >= 3 ? chart::MarkShape::kArea
                                                                : chart::MarkShape::kStroke;
    m.points = drawing_;
    if (m.points.size() == 1) m.shape = chart::MarkShape::kPoint;
    m.kind = style_.kind;
    m.intensity = style_.intensity;
    s.marks.push_back(std::move(m));
  }
  if (show_reference_) s.reference_marks = reference_;
  if (!layers_.empty()) {
    ChartLayerQuery q;
    q.view = view_;
    for (std::size_t i = 0; i < editor_.size(); ++i)
      if (editor_.mark(i).view == view_) q.marks.push_back(editor_.mark(i));
    q.selected = selected_ ? editor_.find(*selected_) : nullptr;
    for (const auto& layer : layers_) {
      auto shapes = layer->overlays(q);
      s.overlays.insert(s.overlays.end(), shapes.begin(), shapes.end());
    }
  }
  return s;
}

void ChartCanvas::invalidate() {
  dirty_ = true;
  Refresh(false);
}

void ChartCanvas::render_now() {
  const auto started = std::chrono::steady_clock::now();
  const double s = GetContentScaleFactor();
  const wxSize client = GetClientSize();
  const wxSize pic = picture_size();
  const wxPoint origin = CalcUnscrolledPosition(wxPoint(0, 0));
  if (client.x <= 0 || client.y <= 0) return;
  auto image = renderer_.render_image_region(
      scene(), pic.x * s, pic.y * s, static_cast<int>(origin.x * s), static_cast<int>(origin.y * s),
      static_cast<int>(client.x * s), static_cast<int>(client.y * s));
  frame_ = std::move(image);
  frame_origin_ = origin;
  frame_size_ = client;
  dirty_ = false;
  last_render_ms_ =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
}

void ChartCanvas::on_paint(wxPaintEvent&) {
  wxPaintDC dc(this);
  if (dirty_ || frame_.width == 0 || frame_size_ != GetClientSize() ||
      frame_origin_ != CalcUnscrolledPosition(wxPoint(0, 0)))
    render_now();
  blit(dc);
  // Focus and the keyboard cursor are window chrome drawn over the chart, not part of it.
  if (HasFocus()) {
    dc.SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), FromDIP(2)));
    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    const wxSize size = GetClientSize();
    dc.DrawRectangle(1, 1, size.x - 2, size.y - 2);
  }
  if (key_cursor_) {
    const wxPoint c = to_window(*key_cursor_);
    const int r = FromDIP(9);
    dc.SetPen(wxPen(wxColour(0x15, 0x65, 0xC0), FromDIP(2)));
    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    dc.DrawCircle(c, r);
    dc.DrawLine(c.x - r - FromDIP(4), c.y, c.x - FromDIP(3), c.y);
    dc.DrawLine(c.x + FromDIP(3), c.y, c.x + r + FromDIP(4), c.y);
    dc.DrawLine(c.x, c.y - r - FromDIP(4), c.x, c.y - FromDIP(3));
    dc.DrawLine(c.x, c.y + FromDIP(3), c.x, c.y + r + FromDIP(4));
  }
}

void ChartCanvas::blit(wxDC& dc) {
  if (frame_.width == 0) return;
  // Core's image is cairo's own format: on a cairo-backed DC (GTK 3) it is painted as it is,
  // device pixel for device pixel; elsewhere it goes through a bitmap.
  const double s = GetContentScaleFactor();
  if (wxGraphicsContext* gc = dc.GetGraphicsContext()) {
    if (auto* cr = static_cast<cairo_t*>(gc->GetNativeContext())) {
      cairo_surface_t* image = cairo_image_surface_create_for_data(
          frame_.data.data(), CAIRO_FORMAT_ARGB32, frame_.width, frame_.height, frame_.stride);
      cairo_save(cr);
      cairo_scale(cr, 1 / s, 1 / s);
      cairo_set_source_surface(cr, image, 0, 0);
      cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST);
      cairo_paint(cr);
      cairo_restore(cr);
      cairo_surface_destroy(image);
      return;
    }
  }
  dc.DrawBitmap(opaque_bitmap(frame_, s), 0, 0);
}

void ChartCanvas::on_size(wxSizeEvent& e) {
  SetVirtualSize(picture_size());
  invalidate();
  e.Skip();
}

}  // namespace myochart::gui
