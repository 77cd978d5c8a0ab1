#include "gui/measure_trends_view.h"

#include <wx/dcbuffer.h>
#include <wx/sizer.h>

#include "gui/image_bitmap.h"

namespace myochart::gui {

TrendPlotView::TrendPlotView(wxWindow* parent, render::TrendPlot plot)
    : wxWindow(parent, wxID_ANY), plot_(std::move(plot)) {
  SetName("trend_plot");
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(300, 210)));
  Bind(wxEVT_PAINT, &TrendPlotView::on_paint, this);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    Refresh();
    e.Skip();
  });
}

void TrendPlotView::on_paint(wxPaintEvent&) {
  wxPaintDC dc(this);
  const wxSize size = GetClientSize();
  if (size.x <= 0 || size.y <= 0) return;
  const double scale = GetContentScaleFactor();
  if (!cached_.IsOk() || cached_size_ != size) {
    cached_ = opaque_bitmap(render::render_trend_image(plot_, static_cast<int>(size.x * scale),
                                                       static_cast<int>(size.y * scale)),
                            scale);
    cached_size_ = size;
  }
  dc.DrawBitmap(cached_, 0, 0);
}

MeasureTrendsView::MeasureTrendsView(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL) {
  SetName("measure_trends");
  SetScrollRate(0, FromDIP(12));
  SetBackgroundColour(*wxWHITE);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  note_ = new wxStaticText(this, wxID_ANY, "");
  note_->SetName("measure_trends_note");
  sizer->Add(note_, 0, wxALL, FromDIP(10));
  SetSizer(sizer);
}

void MeasureTrendsView::set_plots(std::vector<render::TrendPlot> plots, const wxString& note) {
  Freeze();
  for (auto* v : views_) v->Destroy();
  views_.clear();
  auto* sizer = GetSizer();
  while (sizer->GetItemCount() > 1) sizer->Remove(1);
  note_->SetLabel(note);
  note_->Show(!note.empty());
  auto* grid = new wxGridSizer(2, FromDIP(10), FromDIP(10));
  for (auto& p : plots) {
    auto* v = new TrendPlotView(this, std::move(p));
    grid->Add(v, 1, wxEXPAND);
    views_.push_back(v);
  }
  sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
  Layout();
  FitInside();
  Thaw();
}

wxString MeasureTrendsView::note() const {
  return note_->GetLabel();
}

}  // namespace myochart::gui
