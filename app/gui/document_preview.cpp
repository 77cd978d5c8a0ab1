#include "gui/document_preview.h"

#include <wx/dcbuffer.h>

#include "gui/image_bitmap.h"

namespace myochart::gui {

namespace {
constexpr int kMargin = 12;  // around and between pages, in DIPs
}

DocumentPreview::DocumentPreview(wxWindow* parent) : wxScrolledWindow(parent, wxID_ANY) {
  SetName("sheet_preview");
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetScrollRate(0, FromDIP(20));
  Bind(wxEVT_PAINT, &DocumentPreview::on_paint, this);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    if (GetClientSize().x != rendered_width_) render();
  });
}

void DocumentPreview::show(std::shared_ptr<const render::DocumentLayout> layout, bool faded) {
  faded_ = faded;
  if (layout != layout_) {
    layout_ = std::move(layout);
    render();
  } else {
    Refresh();
  }
}

void DocumentPreview::render() {
  pages_.clear();
  rendered_width_ = GetClientSize().x;
  const double scale = GetContentScaleFactor();
  const int width = rendered_width_ - 2 * FromDIP(kMargin);
  if (layout_ && width > 40) {
    for (std::size_t p = 0; p < layout_->page_count(); ++p)
      pages_.push_back(
          opaque_bitmap(layout_->render_page(p, static_cast<int>(width * scale)), scale));
  }
  int height = FromDIP(kMargin);
  for (const auto& b : pages_) height += b.GetLogicalHeight() + FromDIP(kMargin);
  SetVirtualSize(rendered_width_, height);
  Refresh();
}

void DocumentPreview::on_paint(wxPaintEvent&) {
  wxAutoBufferedPaintDC dc(this);
  DoPrepareDC(dc);
  dc.SetBackground(wxBrush(wxColour(0x8a, 0x8f, 0x94)));
  dc.Clear();
  int y = FromDIP(kMargin);
  for (const auto& b : pages_) {
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(wxColour(0x50, 0x50, 0x50)));
    dc.DrawRectangle(FromDIP(kMargin) + 3, y + 3, b.GetLogicalWidth(), b.GetLogicalHeight());
    dc.DrawBitmap(b, FromDIP(kMargin), y);
    if (faded_) {
      dc.SetBrush(wxBrush(wxColour(255, 255, 255, 150)));
      dc.DrawRectangle(FromDIP(kMargin), y, b.GetLogicalWidth(), b.GetLogicalHeight());
    }
    y += b.GetLogicalHeight() + FromDIP(kMargin);
  }
}

}  // namespace myochart::gui
