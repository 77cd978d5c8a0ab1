#include "gui/pain_trend_view.h"

#include <wx/dcbuffer.h>

#include "gui/image_bitmap.h"

namespace myochart::gui {

PainTrendView::PainTrendView(wxWindow* parent) : wxWindow(parent, wxID_ANY) {
  SetName("pain_trend");
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(240, 120)));
  Bind(wxEVT_PAINT, &PainTrendView::on_paint, this);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    Refresh();
    e.Skip();
  });
}

void PainTrendView::set_sessions(std::vector<render::PainPoint> sessions) {
  sessions_ = std::move(sessions);
  cached_ = wxBitmap();
  Refresh();
}

void PainTrendView::on_paint(wxPaintEvent&) {
  wxPaintDC dc(this);
  const wxSize size = GetClientSize();
  if (size.x <= 0 || size.y <= 0) return;
  const double scale = GetContentScaleFactor();
  if (!cached_.IsOk() || cached_size_ != size) {
    const auto img = render::render_pain_trend(sessions_, static_cast<int>(size.x * scale),
                                               static_cast<int>(size.y * scale));
    cached_ = opaque_bitmap(img, scale);
    cached_size_ = size;
  }
  dc.DrawBitmap(cached_, 0, 0);
}

}  // namespace myochart::gui
