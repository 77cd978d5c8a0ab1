#include "lookup.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "myochart/errors.h"

namespace myochart::tp {

using chart::MarkShape;
using chart::Point;
using chart::Side;
using chart::View;

namespace {

// The drawing is measured on a grid of square canvas cells (the canvas is 1:2, so 250 x 500).
constexpr int kGridW = 250;
constexpr int kGridH = 500;
constexpr double kCellW = 1.0 / kGridW;
constexpr double kCellH = 1.0 / kGridH;
// A point mark stands for a spot of pain about this big (canvas units, as canvas_distance);
// a stroke for a band this wide on each side.
constexpr double kPointRadius = 0.02;
constexpr double kStrokeRadius = 0.01;

Point cell_centre(int cx, int cy) { return {(cx + 0.5) * kCellW, (cy + 0.5) * kCellH}; }

struct Cells {
  std::vector<std::uint8_t> on = std::vector<std::uint8_t>(kGridW * kGridH, 0);
  int count = 0;
  void add(int cx, int cy) {
    if (cx < 0 || cy < 0 || cx >= kGridW || cy >= kGridH) return;
    auto& c = on[static_cast<std::size_t>(cy) * kGridW + cx];
    if (!c) {
      c = 1;
      ++count;
    }
  }
};

void fill_polygon(Cells& cells, const chart::Polygon& p) {
  double x0 = 1, y0 = 1, x1 = 0, y1 = 0;
  for (const auto& v : p) {
    x0 = std::min(x0, v.x), x1 = std::max(x1, v.x);
    y0 = std::min(y0, v.y), y1 = std::max(y1, v.y);
  }
  for (int cy = std::max(0, static_cast<int>(y0 * kGridH)); cy <= std::min(kGridH - 1, static_cast<int>(y1 * kGridH)); ++cy)
    for (int cx = std::max(0, static_cast<int>(x0 * kGridW)); cx <= std::min(kGridW - 1, static_cast<int>(x1 * kGridW)); ++cx)
      if (chart::contains(p, cell_centre(cx, cy))) cells.add(cx, cy);
}

void fill_disc(Cells& cells, Point c, double radius) {
  // canvas_distance is in units of the canvas height; a grid cell is 1/kGridH of it each way.
  const int r = static_cast<int>(std::ceil(radius * kGridH));
  const int ccx = static_cast<int>(c.x * kGridW), ccy = static_cast<int>(c.y * kGridH);
  for (int dy = -r; dy <= r; ++dy)
    for (int dx = -r; dx <= r; ++dx)
      if (chart::canvas_distance(cell_centre(ccx + dx, ccy + dy), c) <= radius) cells.add(ccx + dx, ccy + dy);
}

struct Drawing {
  std::map<View, Cells> by_view;
  std::map<View, std::vector<Point>> centres;  ///< of the cells drawn, per view
  int total = 0;
};

Drawing rasterize(const PainQuery& q) {
  Drawing d;
  for (const auto& s : q.shapes) {
    auto& cells = d.by_view[s.view];
    switch (s.shape) {
      case MarkShape::kArea:
        fill_polygon(cells, s.points);
        break;
      case MarkShape::kPoint:
        if (!s.points.empty()) fill_disc(cells, s.points.front(), kPointRadius);
        break;
      case MarkShape::kStroke:
        for (const auto& p : chart::sample_polyline(s.points, kStrokeRadius / 2)) fill_disc(cells, p, kStrokeRadius);
        break;
    }
  }
  for (const auto& [v, c] : d.by_view) {
    d.total += c.count;
    auto& centres = d.centres[v];
    for (int cy = 0; cy < kGridH; ++cy)
      for (int cx = 0; cx < kGridW; ++cx)
        if (c.on[static_cast<std::size_t>(cy) * kGridW + cx]) centres.push_back(cell_centre(cx, cy));
  }
  return d;
}

struct Box {
  double x0 = 1, y0 = 1, x1 = 0, y1 = 0;
  explicit Box(const chart::Polygon& p) {
    for (const auto& v : p) x0 = std::min(x0, v.x), x1 = std::max(x1, v.x), y0 = std::min(y0, v.y), y1 = std::max(y1, v.y);
  }
  bool has(Point q) const { return q.x >= x0 && q.x <= x1 && q.y >= y0 && q.y <= y1; }
};

bool in_any(const std::vector<std::pair<const chart::Polygon*, Box>>& zones, Point q) {
  for (const auto& [poly, box] : zones)
    if (box.has(q) && chart::contains(*poly, q)) return true;
  return false;
}

std::string percent(double f) { return std::to_string(static_cast<int>(std::lround(f * 100))) + "%"; }

// Pain here may come from the heart (CLINICAL.md): rule out cardiac causes before treating.
const std::set<std::string> kCardiacRegions = {"left_chest", "left_chest_lateral", "left_upper_arm_anterior"};

}  // namespace

PainQuery query_from_marks(const std::vector<chart::ChartMark>& marks) {
  PainQuery q;
  std::set<std::string> regions;
  const auto& chart = chart::BodyChart::standard();
  for (const auto& m : marks) {
    if (m.kind != "pain" && m.kind != "numbness") continue;
    q.shapes.push_back({m.view, m.shape, m.points});
    // From the geometry, not m.region_ids: a mark being edited has none yet, or stale ones.
    const auto covered = chart.view(m.view).regions_for(m.shape, m.points);
    regions.insert(covered.begin(), covered.end());
  }
  q.region_ids.assign(regions.begin(), regions.end());
  return q;
}

PainQuery query_from_regions(const std::vector<std::string>& region_ids) {
  PainQuery q;
  const auto& chart = chart::BodyChart::standard();
  for (const auto& id : region_ids) {
    bool found = false;
    for (auto v : chart::kAllViews)
      if (const auto* r = chart.view(v).find_region(id)) {
        q.shapes.push_back({v, MarkShape::kArea, r->polygon});
        found = true;
      }
    if (!found)
      throw ValidationError("region", "\"" + id + "\" is not a body-chart region",
                            "an id listed by `myochart-cli db regions`");
    q.region_ids.push_back(id);
  }
  return q;
}

LookupResult lookup(const Pack& pack, const PainQuery& query, std::size_t max_candidates) {
  LookupResult out;
  std::vector<std::string> cardiac;
  for (const auto& r : query.region_ids)
    if (kCardiacRegions.count(r)) cardiac.push_back(r);
  if (!cardiac.empty())
    out.red_flags.push_back(
        {"cardiac",
         "Pain drawn on the left chest or inner left arm can come from the heart. Rule out cardiac "
         "causes before treating it as muscular: chest pain with breathlessness, sweating, nausea, "
         "or pain that comes on with exertion needs medical care now.",
         cardiac});

  const Drawing d = rasterize(query);
  if (d.total == 0) return out;
  for (const auto& m : pack.muscles()) {
    for (const Side side : {Side::kLeft, Side::kRight}) {
      if (!m.bilateral && side == Side::kRight) break;
      const auto& g = m.side(side);
      int essential = 0, spill = 0;
      double zone_area = 0;
      for (const auto& [view, centres] : d.centres) {
        std::vector<std::pair<const chart::Polygon*, Box>> ess, sp;
        for (const auto& z : g.essential)
          if (z.view == view) {
            ess.emplace_back(&z.polygon, Box(z.polygon));
            zone_area += chart::area(z.polygon);
          }
        for (const auto& z : g.spillover)
          if (z.view == view) sp.emplace_back(&z.polygon, Box(z.polygon));
        if (ess.empty() && sp.empty()) continue;
        for (const Point& c : centres) {
          if (in_any(ess, c))
            ++essential;
          else if (in_any(sp, c))
            ++spill;
        }
      }
      Candidate c;
      c.muscle = &m;
      c.side = m.bilateral ? side : Side::kNone;
      c.essential = static_cast<double>(essential) / d.total;
      c.spillover = static_cast<double>(spill) / d.total;
      if (c.essential + c.spillover < 0.05) continue;
      const double covered = essential * kCellW * kCellH;
      c.specificity = zone_area > 0 ? std::min(1.0, covered / zone_area) : 0;
      // Essential overlap counts fully, spillover half; a drawing that fills much of a
      // muscle's essential pattern counts a little more than one touching its edge.
      c.score = c.essential + 0.5 * c.spillover + 0.25 * c.specificity * (c.essential > 0 ? 1 : 0);
      if (c.essential >= 0.05) {
        c.reason = "essential zone covers " + percent(c.essential) + " of the drawn area";
        if (c.spillover >= 0.05) c.reason += "; spillover zone a further " + percent(c.spillover);
        if (c.specificity >= 0.3) c.reason += "; the drawing fills " + percent(c.specificity) + " of its essential zone";
      } else {
        c.reason = "spillover zone covers " + percent(c.spillover + c.essential) +
                   " of the drawn area (no essential overlap)";
      }
      out.candidates.push_back(std::move(c));
    }
  }
  // Muscles whose essential zone meets the drawing first, then those whose spillover does.
  std::sort(out.candidates.begin(), out.candidates.end(), [](const Candidate& a, const Candidate& b) {
    const bool ea = a.essential >= 0.05, eb = b.essential >= 0.05;
    if (ea != eb) return ea;
    if (a.score != b.score) return a.score > b.score;
    if (a.muscle->id != b.muscle->id) return a.muscle->id < b.muscle->id;
    return a.side < b.side;
  });
  if (out.candidates.size() > max_candidates) out.candidates.resize(max_candidates);
  return out;
}

std::vector<plugin::Finding> findings_of(const LookupResult& r) {
  std::vector<plugin::Finding> out;
  for (const auto& f : r.red_flags) {
    plugin::Finding x;
    x.kind = std::string(plugin::finding_kind::kRedFlag);
    x.subject = f.id;
    x.what = "Rule out cardiac causes first";
    x.evidence = f.message;
    x.confidence = 1;
    x.details = {{"regions", f.regions}};
    out.push_back(std::move(x));
  }
  for (const auto& c : r.candidates) {
    plugin::Finding x;
    x.kind = std::string(plugin::finding_kind::kCandidateSource);
    x.subject = c.muscle->id;
    x.muscle_id = c.muscle->id;
    x.side = c.side;
    x.what = c.muscle->label(c.side) + ": possible source of the pain drawn";
    x.evidence = c.reason;
    x.confidence = std::clamp(c.score, 0.0, 1.0);
    x.details = {{"essential", c.essential}, {"spillover", c.spillover}, {"specificity", c.specificity}};
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace myochart::tp
