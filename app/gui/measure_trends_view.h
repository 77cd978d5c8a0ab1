#pragma once
// A client's measures over their sessions (the assessment keepers' trend plots, e.g. posture
// angles), two to a row. Core draws each plot (render/trend_plot.h) at the window's size in
// device pixels; this only blits.
#include <wx/scrolwin.h>
#include <wx/stattext.h>

#include <vector>

#include "myochart/render/trend_plot.h"

namespace myochart::gui {

/// One plot, drawn by core and blitted.
class TrendPlotView : public wxWindow {
 public:
  TrendPlotView(wxWindow* parent, render::TrendPlot plot);
  const render::TrendPlot& plot() const { return plot_; }

 private:
  void on_paint(wxPaintEvent&);
  render::TrendPlot plot_;
  wxBitmap cached_;
  wxSize cached_size_;
};

class MeasureTrendsView : public wxScrolledWindow {
 public:
  explicit MeasureTrendsView(wxWindow* parent);
  /// The plots to show, and what to say above them (why some or all are missing).
  void set_plots(std::vector<render::TrendPlot> plots, const wxString& note);
  std::size_t plot_count() const { return views_.size(); }
  wxString note() const;

 private:
  wxStaticText* note_ = nullptr;
  std::vector<TrendPlotView*> views_;
};

}  // namespace myochart::gui
