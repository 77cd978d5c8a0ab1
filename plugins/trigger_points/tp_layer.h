#pragma once
// The trigger-point chart layer and the findings a session's TP marks make.
#include "lookup.h"
#include "myochart/plugin/sdk.h"
#include "tp_pack.h"

namespace myochart::tp {

/// The fields a trigger-point mark carries in its attributes.
std::vector<plugin::FormField> mark_fields();

/// The side a TP mark is on: its "side" attribute, else where it sits on its view.
chart::Side side_of(const chart::ChartMark& m);

class Layer final : public plugin::ChartLayer {
 public:
  explicit Layer(const Pack& pack) : pack_(pack) {}
  std::string id() const override { return "trigger_point_referral"; }
  std::string label() const override { return "Trigger-point referral zones"; }
  /// Essential (solid) and spillover (hatched) zones of each TP mark with a known muscle on
  /// the view; only the selected mark's when one is selected and it is a TP.
  std::vector<render::Overlay> overlays(const plugin::LayerQuery& query) const override;
  /// At a point: the nearest trigger-point sites (within 0.06), then muscles under the point.
  /// For an area or stroke: the ranked reverse lookup.
  std::vector<plugin::Suggestion> suggest(chart::View view, chart::MarkShape shape,
                                          const std::vector<chart::Point>& points) const override;

 private:
  const Pack& pack_;
};

/// One trigger_point finding per TP mark with a muscle (active/latent as severity).
std::vector<plugin::Finding> trigger_point_findings(const Pack& pack,
                                                    const std::vector<chart::ChartMark>& marks);

}  // namespace myochart::tp
