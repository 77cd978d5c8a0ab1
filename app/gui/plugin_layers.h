#pragma once
// The plugins' chart layers on the session editor's canvas: one ChartOverlaySource that asks
// the registry (every active plugin's layer) for overlays, e.g. the referral zones of the
// trigger points marked. What it shows is the therapist's choice (ReferralZones), remembered
// per workstation. The canvas has no legend, so each muscle's zones carry one label, on its
// first solid zone. A plugin that fails while drawing is reported once, through `on_error`, and
// draws nothing: the chart and the editor carry on.
#include <functional>
#include <set>
#include <string>

#include "gui/chart_layers.h"
#include "myochart/plugin/registry.h"

namespace myochart::gui {

/// The plugins' suggestions for a point mark that name a muscle, best first (red flags and
/// other notes without a muscle are left out). A plugin's failure throws PluginError.
std::vector<plugin::Suggestion> muscle_suggestions(const plugin::Registry& registry,
                                                   const chart::ChartMark& mark);

/// Gives the mark the suggestion's muscle and those of its attributes that the mark's kind
/// declares (a kind without declared fields takes the muscle only).
void apply_suggestion(const plugin::Registry& registry, const plugin::Suggestion& suggestion,
                      chart::ChartMark& mark);

/// Which marks' overlays the plugin layers draw.
enum class ReferralZones {
  kAll = 0,       ///< of every mark on the view
  kSelected = 1,  ///< of the selected mark only (nothing when none is selected)
  kHidden = 2,
};

/// The remembered choice (View › Referral zones), and storing a new one.
ReferralZones remembered_referral_zones();
void remember_referral_zones(ReferralZones zones);

class PluginChartLayers : public ChartOverlaySource {
 public:
  /// The registry outlives the layer (the clinic owns both the host and the windows' lifetime).
  explicit PluginChartLayers(const plugin::Registry& registry) : registry_(registry) {}

  std::string label() const override;
  std::vector<render::Overlay> overlays(const ChartLayerQuery& query) const override;

  void set_zones(ReferralZones zones) { zones_ = zones; }
  ReferralZones zones() const { return zones_; }

  /// Called once per plugin that failed while drawing, with a sentence naming it. Called from
  /// the canvas's paint: the receiver should show it later (CallAfter), not re-enter painting.
  std::function<void(const std::string&)> on_error;

 private:
  const plugin::Registry& registry_;
  ReferralZones zones_ = ReferralZones::kAll;
  mutable std::set<std::string> reported_;  ///< plugin ids whose failure was reported
};

}  // namespace myochart::gui
