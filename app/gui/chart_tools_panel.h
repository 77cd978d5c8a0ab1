#pragma once
// The controls above the chart canvas: view, tools, the palette of mark kinds with intensity
// and quality, undo/redo/delete, zoom, and the previous session shown faint. With a mark
// selected the palette shows, and changes, that mark.
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/slider.h>
#include <wx/tglbtn.h>

#include <map>

#include "gui/chart_canvas.h"

namespace myochart::gui {

class ChartToolsPanel : public wxPanel {
 public:
  ChartToolsPanel(wxWindow* parent, ChartCanvas& canvas, MarkEditor& editor);

  /// Shows the canvas's state: tool, style (of the selected mark, if any), what undo and redo
  /// would do, read-only.
  void sync();

 private:
  void style_changed(bool merge);
  ChartCanvas& canvas_;
  MarkEditor& editor_;
  wxChoice* view_ = nullptr;
  std::map<ChartTool, wxToggleButton*> tools_;
  std::map<std::string, wxToggleButton*> kinds_;
  wxSlider* intensity_ = nullptr;
  wxStaticText* intensity_value_ = nullptr;
  wxChoice* quality_ = nullptr;
  wxButton *undo_ = nullptr, *redo_ = nullptr, *delete_ = nullptr;
  wxCheckBox* previous_ = nullptr;
  std::vector<wxWindow*> editing_controls_;
};

}  // namespace myochart::gui
