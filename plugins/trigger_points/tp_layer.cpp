#include "tp_layer.h"

#include <algorithm>
#include <cmath>

namespace myochart::tp {

using chart::Side;
using chart::View;
using plugin::FieldType;
using plugin::FormField;

std::vector<FormField> mark_fields() {
  return {
      FormField{.id = "state", .label = "Active or latent", .type = FieldType::kChoice,
                .help = "Active: hurts on its own; latent: only when pressed",
                .options = {{"active", "Active"}, {"latent", "Latent"}}},
      FormField{.id = "tenderness", .label = "Tenderness", .type = FieldType::kNumber,
                .help = "How tender under pressure", .unit = "/10", .min = 0, .max = 10},
      FormField{.id = "twitch", .label = "Local twitch response", .type = FieldType::kBoolean},
      FormField{.id = "reproduces_pain", .label = "Reproduces the familiar pain",
                .type = FieldType::kBoolean},
      FormField{.id = "side", .label = "Side", .type = FieldType::kChoice,
                .options = {{"left", "Left"}, {"right", "Right"}}},
      FormField{.id = "site", .label = "Trigger-point site", .type = FieldType::kText,
                .help = "Site id from the knowledge pack (tp1, tp2...)", .max_length = 16},
  };
}

Side side_of(const chart::ChartMark& m) {
  if (auto it = m.attributes.find("side"); it != m.attributes.end() && it->is_string())
    return plugin::side_from_string(it->get<std::string>());
  if (m.points.empty()) return Side::kNone;
  const chart::Point at = m.shape == chart::MarkShape::kArea ? chart::centroid(m.points) : m.points.front();
  return side_at(m.view, at);
}

namespace {

struct Colour {
  double r, g, b;
};
// Distinct, print-safe colours for the zones of up to six marked muscles at once.
constexpr Colour kPalette[] = {{0.80, 0.15, 0.15}, {0.10, 0.40, 0.75}, {0.85, 0.45, 0.05},
                               {0.35, 0.60, 0.15}, {0.55, 0.20, 0.65}, {0.05, 0.55, 0.55}};

}  // namespace

std::vector<render::Overlay> Layer::overlays(const plugin::LayerQuery& q) const {
  std::vector<const chart::ChartMark*> tps;
  for (const auto& m : q.marks)
    if (m.kind == "trigger_point" && !m.muscle_id.empty() && pack_.find(m.muscle_id)) tps.push_back(&m);
  if (q.selected_mark) {
    auto it = std::find_if(tps.begin(), tps.end(), [&](const auto* m) { return m->id == *q.selected_mark; });
    if (it != tps.end()) tps = {*it};
  }
  std::vector<render::Overlay> out;
  std::vector<std::pair<std::string, Side>> shown;  // one set of zones per muscle and side
  for (const auto* m : tps) {
    const Muscle& mu = *pack_.find(m->muscle_id);
    const Side side = mu.bilateral ? side_of(*m) : Side::kNone;
    if (std::find(shown.begin(), shown.end(), std::pair{mu.id, side}) != shown.end()) continue;
    const Colour c = kPalette[shown.size() % std::size(kPalette)];
    shown.emplace_back(mu.id, side);
    const auto& g = mu.side(side == Side::kNone ? Side::kLeft : side);
    for (const auto* zones : {&g.spillover, &g.essential}) {
      const bool essential = zones == &g.essential;
      for (const auto& z : *zones) {
        if (z.view != q.view) continue;
        render::Overlay o;
        o.polygon = z.polygon;
        o.r = c.r, o.g = c.g, o.b = c.b;
        o.hatched = !essential;
        o.fill_alpha = essential ? 0.35 : 0.15;
        o.dashed_outline = !essential;
        o.label = mu.label(side) + (essential ? ": referred pain" : ": spillover");
        out.push_back(std::move(o));
      }
    }
  }
  // Spillover under essential, whatever the order of the marks.
  std::stable_partition(out.begin(), out.end(), [](const render::Overlay& o) { return o.hatched; });
  return out;
}

std::vector<plugin::Suggestion> Layer::suggest(View view, chart::MarkShape shape,
                                               const std::vector<chart::Point>& points) const {
  std::vector<plugin::Suggestion> out;
  if (points.empty()) return out;
  if (shape != chart::MarkShape::kPoint) {
    PainQuery q;
    q.shapes.push_back({view, shape, points});
    q.region_ids = chart::BodyChart::standard().view(view).regions_for(shape, points);
    const auto r = lookup(pack_, q, 8);
    for (const auto& f : r.red_flags) out.push_back({.label = "Red flag: " + f.message, .score = 2.0});
    for (const auto& c : r.candidates)
      out.push_back({.label = c.muscle->label(c.side), .muscle_id = c.muscle->id, .side = c.side,
                     .detail = c.reason, .score = c.score,
                     .attributes = {{"side", std::string(plugin::to_string(c.side))}}});
    return out;
  }
  constexpr double kNear = 0.06;
  const chart::Point p = points.front();
  for (const auto& mu : pack_.muscles()) {
    for (const Side side : {Side::kLeft, Side::kRight}) {
      if (!mu.bilateral && side == Side::kRight) break;
      const auto& g = mu.side(side);
      const Side named = mu.bilateral ? side : Side::kNone;
      for (const auto& s : g.sites) {
        if (s.view != view) continue;
        const double d = chart::canvas_distance(s.at, p);
        if (d > kNear) continue;
        out.push_back({.label = mu.label(named) + ", " + s.id,
                       .muscle_id = mu.id,
                       .side = named,
                       .detail = s.label,
                       .score = 1.0 - d / kNear,
                       .attributes = {{"site", s.id}, {"side", std::string(plugin::to_string(side))}}});
      }
      if (auto it = g.outline.find(view); it != g.outline.end() && chart::contains(it->second, p) &&
          std::none_of(out.begin(), out.end(), [&](const auto& x) { return x.muscle_id == mu.id && x.side == named; }))
        out.push_back({.label = mu.label(named), .muscle_id = mu.id, .side = named,
                       .detail = "the point lies over this muscle", .score = 0.05,
                       .attributes = {{"side", std::string(plugin::to_string(side))}}});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  if (out.size() > 6) out.resize(6);
  return out;
}

std::vector<plugin::Finding> trigger_point_findings(const Pack& pack,
                                                    const std::vector<chart::ChartMark>& marks) {
  std::vector<plugin::Finding> out;
  for (const auto& m : marks) {
    if (m.kind != "trigger_point" || m.muscle_id.empty()) continue;
    const Muscle* mu = pack.find(m.muscle_id);
    if (!mu) continue;
    plugin::Finding f;
    f.kind = std::string(plugin::finding_kind::kTriggerPoint);
    f.subject = mu->id;
    f.muscle_id = mu->id;
    f.side = mu->bilateral ? side_of(m) : Side::kNone;
    const std::string state = m.attributes.value("state", "");
    f.severity = state;
    f.what = (state.empty() ? "Trigger point" : state == "active" ? "Active trigger point" : "Latent trigger point") +
             std::string(" in ") + mu->label(f.side);
    std::string ev = "marked on the " + std::string(chart::view_label(m.view)) + " chart";
    if (auto t = m.attributes.find("tenderness"); t != m.attributes.end() && t->is_number())
      ev += "; tenderness " + std::to_string(static_cast<int>(std::lround(t->get<double>()))) + "/10";
    if (m.attributes.value("twitch", false)) ev += "; local twitch response";
    if (m.attributes.value("reproduces_pain", false)) ev += "; reproduces the familiar pain";
    f.evidence = ev;
    f.confidence = state == "active" ? 0.9 : state == "latent" ? 0.6 : 0.7;
    f.details = {{"mark_id", m.id}, {"active", state == "active"}, {"exercises", mu->exercises}};
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace myochart::tp
