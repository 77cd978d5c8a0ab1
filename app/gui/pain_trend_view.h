#pragma once
// The pain-score trend of a client's sessions, drawn by core (render/pain_trend.h) at the
// window's size in device pixels and blitted.
#include <wx/window.h>

#include <vector>

#include "myochart/render/pain_trend.h"

namespace myochart::gui {

class PainTrendView : public wxWindow {
 public:
  explicit PainTrendView(wxWindow* parent);
  void set_sessions(std::vector<render::PainPoint> sessions);  ///< oldest first

 private:
  void on_paint(wxPaintEvent&);
  std::vector<render::PainPoint> sessions_;
  wxBitmap cached_;
  wxSize cached_size_;
};

}  // namespace myochart::gui
