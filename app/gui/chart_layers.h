#pragma once
// Seam for plugin chart layers. A layer adds shapes to the chart in chart coordinates (e.g. a
// trigger point's referral zones); core's renderer draws them under the marks (ChartScene::
// overlays), on screen, on paper and in PDFs alike. Once the plugin SDK is merged, an adapter
// wraps each enabled plugin::ChartLayer (whose overlays() also returns render::Overlay) in one
// of these and hands it to the session editor (SessionFrame::add_chart_layer).
#include <optional>
#include <string>
#include <vector>

#include "myochart/chart/chart_mark.h"
#include "myochart/render/chart_renderer.h"

namespace myochart::gui {

/// What a layer is asked about: the view being drawn, the session's marks on it, and the
/// selected one (a layer may show overlays for the selected mark only).
struct ChartLayerQuery {
  chart::View view = chart::View::kPosterior;
  std::vector<chart::ChartMark> marks;
  const chart::ChartMark* selected = nullptr;
};

class ChartOverlaySource {
 public:
  virtual ~ChartOverlaySource() = default;
  virtual std::string label() const = 0;
  /// Shapes to draw under the marks. Must not throw for a query it does not understand:
  /// return nothing instead.
  virtual std::vector<render::Overlay> overlays(const ChartLayerQuery& query) const = 0;
};

}  // namespace myochart::gui
