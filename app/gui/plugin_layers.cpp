#include "gui/plugin_layers.h"

#include <algorithm>
#include <tuple>

#include "gui/app_config.h"

namespace myochart::gui {

namespace {

constexpr const char* kZonesKey = "/View/referral_zones";

}  // namespace

std::vector<plugin::Suggestion> muscle_suggestions(const plugin::Registry& registry,
                                                   const chart::ChartMark& mark) {
  if (mark.shape != chart::MarkShape::kPoint || mark.points.size() != 1) return {};
  auto all = registry.suggestions(mark.view, mark.shape, mark.points);
  std::erase_if(all, [](const plugin::Suggestion& s) { return s.muscle_id.empty(); });
  return all;
}

void apply_suggestion(const plugin::Registry& registry, const plugin::Suggestion& suggestion,
                      chart::ChartMark& mark) {
  mark.muscle_id = suggestion.muscle_id;
  const plugin::MarkKindEntry* kind = registry.mark_kind(mark.kind);
  if (!kind || !suggestion.attributes.is_object()) return;
  if (!mark.attributes.is_object()) mark.attributes = nlohmann::json::object();
  for (const auto& field : kind->spec.fields)
    if (auto it = suggestion.attributes.find(field.id); it != suggestion.attributes.end())
      mark.attributes[field.id] = *it;
}

ReferralZones remembered_referral_zones() {
  const int v = app_config::read_int(kZonesKey, static_cast<int>(ReferralZones::kAll));
  return v == 1 ? ReferralZones::kSelected : v == 2 ? ReferralZones::kHidden : ReferralZones::kAll;
}

void remember_referral_zones(ReferralZones zones) {
  app_config::write_int(kZonesKey, static_cast<int>(zones));
}

std::string PluginChartLayers::label() const {
  std::string out;
  for (const auto& layer : registry_.chart_layers())
    out += (out.empty() ? "" : ", ") + layer.plugin_name;
  return out.empty() ? std::string("Plugin chart layers") : out;
}

std::vector<render::Overlay> PluginChartLayers::overlays(const ChartLayerQuery& query) const {
  if (zones_ == ReferralZones::kHidden || registry_.chart_layers().empty()) return {};
  plugin::LayerQuery q;
  q.view = query.view;
  if (zones_ == ReferralZones::kSelected) {
    if (!query.selected) return {};
    // Only the selected mark, whatever else is on the view.
    q.marks = {*query.selected};
  } else {
    q.marks = query.marks;
  }
  // New marks have no database id yet (all 0): number them so that a layer can tell them apart.
  for (std::size_t i = 0; i < q.marks.size(); ++i) q.marks[i].id = static_cast<Id>(i) + 1;
  if (zones_ == ReferralZones::kSelected) q.selected_mark = q.marks.front().id;
  try {
    auto shapes = registry_.overlays(q);
    // The canvas has no legend, so labels are written on the chart: one per colour (a muscle
    // and side), on its first solid zone, rather than one on every zone.
    std::vector<std::tuple<double, double, double>> labelled;
    for (auto& o : shapes) {
      const auto colour = std::make_tuple(o.r, o.g, o.b);
      if (o.hatched || std::find(labelled.begin(), labelled.end(), colour) != labelled.end())
        o.label.clear();
      else
        labelled.push_back(colour);
    }
    return shapes;
  } catch (const plugin::PluginError& e) {
    if (reported_.insert(e.plugin_id()).second && on_error) on_error(e.what());
  } catch (const std::exception& e) {
    if (reported_.insert("").second && on_error)
      on_error(std::string("A chart layer failed: ") + e.what());
  }
  return {};
}

}  // namespace myochart::gui
