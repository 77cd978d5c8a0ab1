#pragma once
// The body-chart canvas of the session editor. It turns mouse and keys into edits of the
// session's marks (MarkEditor) and shows the chart by blitting the image core's renderer makes
// of the scene (ChartRenderer::render_image_region): it never draws the chart itself. Zoom is
// a larger picture seen through the window; rendering is at device pixels (HiDPI).
//
// Mouse: with the Select tool click a mark to select it and drag to move it; Point places a
// mark; Area and Freehand draw while the button is held. Keys (when the canvas has focus):
// V/P/A/F pick the tool, 1-7 the kind, Delete removes the selected mark, arrows move it (or,
// with nothing selected, a keyboard cursor that Enter places a point mark at), Escape cancels,
// + and - zoom, 0 fits.
#include <wx/scrolwin.h>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "gui/chart_layers.h"
#include "gui/mark_editor.h"
#include "myochart/render/chart_renderer.h"

namespace myochart::gui {

enum class ChartTool { kSelect, kPoint, kArea, kFreehand };

/// What new marks get; also what a selected mark is changed to from the palette.
struct MarkStyle {
  std::string kind = "pain";
  int intensity = 5;
  std::string quality;  ///< empty or a pain-quality id
};

class ChartCanvas : public wxScrolledCanvas {
 public:
  ChartCanvas(wxWindow* parent, const render::ChartRenderer& renderer, MarkEditor& editor);

  void set_view(chart::View view);
  chart::View view() const { return view_; }
  void set_tool(ChartTool tool);
  ChartTool tool() const { return tool_; }
  /// The style of new marks; with a mark selected, also changes that mark (one undo step;
  /// with `merge`, continuing the previous one, as while a slider is dragged).
  void set_style(const MarkStyle& style, bool merge = false);
  const MarkStyle& style() const { return style_; }
  /// The previous session's marks, drawn faint for comparison.
  void set_reference_marks(std::vector<chart::ChartMark> marks);
  void show_reference(bool show);
  bool showing_reference() const { return show_reference_; }
  void add_layer(std::shared_ptr<const ChartOverlaySource> layer);
  /// A layer's settings changed: draw again.
  void layers_changed() { invalidate(); }
  /// Signed sessions: marks can be selected and looked at, nothing changes.
  void set_read_only(bool read_only);
  bool read_only() const { return read_only_; }

  void zoom_by(double factor);
  void zoom_fit();
  double zoom() const { return zoom_; }

  std::optional<MarkEditor::Key> selected() const { return selected_; }
  void select(std::optional<MarkEditor::Key> key);
  void delete_selected();
  /// Changes a mark's content from outside the canvas (the mark details panel): one undo step
  /// (with `merge`, continuing the previous one of the same label), then on_edit.
  void change_mark(MarkEditor::Key key, chart::ChartMark changed, const std::string& label,
                   bool merge = false);
  /// The point mark placed last by click or keyboard, while it still exists.
  std::optional<MarkEditor::Key> last_placed() const;
  void undo();
  void redo();
  /// The editor's marks were replaced (load, save, restore): forget the drag, redraw.
  void marks_changed();

  /// A mark was added, changed or removed (the session editor autosaves).
  std::function<void()> on_edit;
  /// The selection or the tool changed (the palette shows the selected mark's style).
  std::function<void()> on_selection;
  /// A point mark is about to be placed: may complete it (e.g. the muscle under it) so that
  /// placing it and completing it are one undo step. Must not throw.
  std::function<void(chart::ChartMark&)> complete_new_point;

  /// Window (client) coordinates of a chart point at the current zoom and scroll, and back.
  wxPoint to_window(chart::Point p) const;
  chart::Point to_chart(wxPoint window_point) const;
  /// Milliseconds the last render took (scene, core's image, bitmap).
  double last_render_ms() const { return last_render_ms_; }
  /// Renders the current scene again now, uncached (benchmarks).
  void render_now();
  /// The scene the canvas shows: its marks (identified by editor key), the mark being drawn, the
  /// previous session's marks and the layers' overlays.
  render::ChartScene scene() const;

 private:
  void on_paint(wxPaintEvent&);
  void blit(wxDC& dc);
  void on_size(wxSizeEvent&);
  void on_mouse(wxMouseEvent&);
  void on_key(wxKeyEvent&);
  void on_wheel(wxMouseEvent&);
  void on_capture_lost(wxMouseCaptureLostEvent&);

  wxSize picture_size() const;  ///< logical size of the whole (zoomed) picture
  render::ChartLayout layout() const;
  double hit_tolerance() const;  ///< 8 pixels in canvas units
  void invalidate();
  void finish_drawing();
  void edited();
  void nudge(double dx, double dy);
  void place_point(chart::Point p);

  const render::ChartRenderer& renderer_;
  MarkEditor& editor_;
  chart::View view_ = chart::View::kPosterior;
  ChartTool tool_ = ChartTool::kPoint;
  MarkStyle style_;
  bool read_only_ = false;
  bool show_reference_ = true;
  std::vector<chart::ChartMark> reference_;
  std::vector<std::shared_ptr<const ChartOverlaySource>> layers_;
  double zoom_ = 1.0;
  std::optional<MarkEditor::Key> selected_;
  std::optional<MarkEditor::Key> last_placed_;

  // Gesture in progress.
  std::vector<chart::Point> drawing_;                     ///< area / freehand being drawn
  std::optional<chart::Point> drag_from_;                 ///< select-drag start
  std::optional<std::vector<chart::Point>> drag_points_;  ///< the dragged mark's points now
  std::optional<chart::Point> key_cursor_;                ///< keyboard cursor

  render::Image frame_;  ///< the last render (device pixels), reused until something changes
  bool dirty_ = true;
  wxPoint frame_origin_;
  wxSize frame_size_;
  double last_render_ms_ = 0;
};

}  // namespace myochart::gui
