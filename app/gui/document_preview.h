#pragma once
// Pages of a laid-out document, one under the other, as core draws them (render_page): the
// live preview of a handout being edited. The window only blits the images.
#include <wx/scrolwin.h>

#include <memory>
#include <vector>

#include "myochart/render/document_renderer.h"

namespace myochart::gui {

class DocumentPreview : public wxScrolledWindow {
 public:
  explicit DocumentPreview(wxWindow* parent);
  /// Shows these pages (null: none); `faded` greys them (an out-of-date preview).
  void show(std::shared_ptr<const render::DocumentLayout> layout, bool faded = false);
  std::size_t pages_shown() const { return pages_.size(); }

 private:
  void render();
  void on_paint(wxPaintEvent&);

  std::shared_ptr<const render::DocumentLayout> layout_;
  std::vector<wxBitmap> pages_;
  bool faded_ = false;
  int rendered_width_ = 0;
};

}  // namespace myochart::gui
