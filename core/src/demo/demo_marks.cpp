// Placing the demo clinic's marks inside the body-chart regions of each complaint.
#include "demo/demo_marks.h"

#include <algorithm>
#include <cmath>

#include "demo/demo_history.h"

namespace myochart::demo::detail {

namespace {

using chart::MarkShape;
using chart::Point;
using chart::View;

/// Chart coordinates rounded to 4 decimals (a tenth of a pixel on a 1000-pixel-high chart).
double round4(double v) {
  return std::clamp(std::round(v * 10000.0) / 10000.0, 0.0, 1.0);
}

/// The region with the point farthest from its border (the centroid, or a better grid point).
RegionShape shape_of(View view, const chart::Region& r) {
  RegionShape s;
  s.region = &r;
  s.view = view;
  double x0 = 1, x1 = 0, y0 = 1, y1 = 0;
  for (const Point& p : r.polygon) {
    x0 = std::min(x0, p.x), x1 = std::max(x1, p.x);
    y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
  }
  s.width = (x1 - x0) * chart::kChartAspect;
  s.height = y1 - y0;
  s.anchor = chart::centroid(r.polygon);
  s.radius =
      chart::contains(r.polygon, s.anchor) ? chart::distance_to_border(r.polygon, s.anchor) : -1;
  // Improve on the centroid with the grid point farthest from the border.
  constexpr int kGrid = 16;
  for (int i = 1; i < kGrid; ++i) {
    for (int j = 1; j < kGrid; ++j) {
      const Point q{x0 + (x1 - x0) * i / kGrid, y0 + (y1 - y0) * j / kGrid};
      if (!chart::contains(r.polygon, q)) continue;
      const double d = chart::distance_to_border(r.polygon, q);
      if (d > s.radius) {
        s.radius = d;
        s.anchor = q;
      }
    }
  }
  s.radius = std::max(s.radius, 0.002);
  return s;
}

std::string key(View v, std::string_view id) {
  return std::string(chart::to_string(v)) + "/" + std::string(id);
}

/// Crossing-number test; cheaper than chart::contains for the many candidate points drawn here
/// (the regions are simple polygons, and a point on the border may go either way).
bool inside(const chart::Polygon& p, Point q) {
  bool in = false;
  for (std::size_t i = 0, j = p.size() - 1; i < p.size(); j = i++) {
    const Point& a = p[i];
    const Point& b = p[j];
    if ((a.y > q.y) != (b.y > q.y) && q.x < (b.x - a.x) * (q.y - a.y) / (b.y - a.y) + a.x) in = !in;
  }
  return in;
}

Point jittered_point(Random& rng, const RegionShape& s, double spread) {
  for (int attempt = 0; attempt < 6; ++attempt) {
    const double dx = rng.real(-1, 1) * spread * s.radius / chart::kChartAspect;
    const double dy = rng.real(-1, 1) * spread * s.radius;
    const Point q{round4(s.anchor.x + dx), round4(s.anchor.y + dy)};
    if (inside(s.region->polygon, q)) return q;
  }
  return {round4(s.anchor.x), round4(s.anchor.y)};
}

// Unit octagon, counter-clockwise from 3 o'clock (cos and sin of k * 45 degrees).
constexpr double kRoot = 0.7071067811865476;
constexpr Point kOctagon[] = {{1, 0},  {kRoot, kRoot},   {0, 1},  {-kRoot, kRoot},
                              {-1, 0}, {-kRoot, -kRoot}, {0, -1}, {kRoot, -kRoot}};

std::vector<Point> stroke(Random& rng, const RegionShape& s) {
  const Point c = jittered_point(rng, s, 0.25);
  // Along the region's longer side, tilted a little; a gentle zigzag across it.
  const bool across = s.width > s.height;
  const double tilt = rng.real(-0.35, 0.35);
  const Point dir = across ? Point{1, tilt} : Point{tilt, 1};
  const Point normal{-dir.y, dir.x};
  const double half = s.radius * rng.real(0.8, 1.2);
  std::vector<Point> points;
  constexpr int kSteps = 5;
  for (int i = 0; i < kSteps; ++i) {
    const double t = -half + 2 * half * i / (kSteps - 1);
    const double wave = (i % 2 == 0 ? 1 : -1) * s.radius * 0.2;
    points.push_back({round4(c.x + (dir.x * t + normal.x * wave) / chart::kChartAspect),
                      round4(c.y + dir.y * t + normal.y * wave)});
  }
  return points;
}

}  // namespace

Anatomy::Anatomy(const chart::BodyChart& chart) {
  for (View v : chart::kAllViews)
    for (const chart::Region& r : chart.view(v).regions())
      shapes_.emplace(key(v, r.id), shape_of(v, r));
}

const RegionShape* Anatomy::find(View v, std::string_view id) const {
  const auto it = shapes_.find(key(v, id));
  return it == shapes_.end() ? nullptr : &it->second;
}

const RegionShape* Anatomy::find_any(std::string_view id) const {
  for (View v : {View::kPosterior, View::kAnterior, View::kLeftLateral, View::kRightLateral})
    if (const RegionShape* s = find(v, id)) return s;
  return nullptr;
}

ComplaintMarks resolve_marks(const Anatomy& anatomy) {
  ComplaintMarks out;
  for (const Complaint& c : complaints()) {
    auto& per_side = out.emplace_back();
    for (int s = 0; s < 2; ++s) {
      const std::string_view side = s == 0 ? "left" : "right";
      for (const MarkSpec& spec : c.marks) {
        const View view =
            spec.side_view ? (s == 0 ? View::kLeftLateral : View::kRightLateral) : spec.view;
        const RegionShape* where = anatomy.find(view, with_side(spec.region, side));
        if (where == nullptr) continue;
        per_side[static_cast<std::size_t>(s)].push_back(
            {&spec, where, std::string(spec.muscle), with_side(spec.note, side)});
      }
    }
  }
  return out;
}

std::vector<Point> blob(Random& rng, const RegionShape& s, double size) {
  const Point c = jittered_point(rng, s, 0.3);
  const double r = s.radius * size;
  std::vector<Point> points;
  points.reserve(std::size(kOctagon));
  for (const Point& u : kOctagon) {
    const double k = r * rng.real(0.75, 1.0);
    points.push_back({round4(c.x + u.x * k / chart::kChartAspect), round4(c.y + u.y * k)});
  }
  return points;
}

chart::ChartMark make_mark(Random& rng, const ResolvedMark& rm, int pain, bool as_point) {
  chart::ChartMark m;
  m.view = rm.where->view;
  m.shape = as_point && rm.spec->shape == MarkShape::kArea ? MarkShape::kPoint : rm.spec->shape;
  m.kind = rm.spec->kind;
  m.muscle_id = rm.muscle;
  switch (m.shape) {
    case MarkShape::kPoint:
      m.points = {jittered_point(rng, *rm.where, 0.8)};
      break;
    case MarkShape::kArea:
      m.points = blob(rng, *rm.where, m.kind == "treated" ? 1.2 : rng.real(0.75, 1.05));
      break;
    case MarkShape::kStroke:
      m.points = stroke(rng, *rm.where);
      break;
  }
  const int jitter = rng.chance(0.4) ? rng.between(-1, 1) : 0;
  if (m.kind == "tension")
    m.intensity = std::clamp(pain - 1 + jitter, 2, 8);
  else if (m.kind == "treated")
    m.intensity = 5;
  else
    m.intensity = std::clamp(pain + jitter, 1, 10);
  if (!rm.note.empty() && rng.chance(0.12)) m.note = rm.note;
  if (m.kind == "trigger_point") {
    // The fields the trigger-point plugin records; derived, not drawn, so the rest of the
    // clinic stays the same for a seed.
    m.attributes = {{"state", m.intensity >= 5 ? "active" : "latent"}, {"tenderness", m.intensity}};
    if (m.intensity >= 7) m.attributes["reproduces_pain"] = true;
  }
  return m;
}

}  // namespace myochart::demo::detail
