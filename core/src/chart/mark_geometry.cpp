#include "myochart/chart/mark_geometry.h"

#include <algorithm>
#include <cmath>

namespace myochart::chart {

namespace {

// Distance from q to the segment a-b in canvas units (x scaled by the aspect, as
// canvas_distance does).
double distance_to_segment(Point a, Point b, Point q) {
  const double ax = a.x * kChartAspect, bx = b.x * kChartAspect, qx = q.x * kChartAspect;
  const double dx = bx - ax, dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  double t = 0;
  if (len2 > 0) t = std::clamp(((qx - ax) * dx + (q.y - a.y) * dy) / len2, 0.0, 1.0);
  const double px = ax + t * dx, py = a.y + t * dy;
  return std::hypot(qx - px, q.y - py);
}

int shape_priority(MarkShape s) {
  switch (s) {
    case MarkShape::kPoint:
      return 0;
    case MarkShape::kStroke:
      return 1;
    case MarkShape::kArea:
      return 2;
  }
  return 3;
}

bool hits(const ChartMark& m, Point q, double tolerance) {
  if (m.points.empty()) return false;
  switch (m.shape) {
    case MarkShape::kPoint:
      return canvas_distance(m.points.front(), q) <= tolerance;
    case MarkShape::kStroke:
      return distance_to_polyline(m.points, q) <= tolerance;
    case MarkShape::kArea:
      return m.points.size() >= 3 &&
             (contains(m.points, q) || distance_to_border(m.points, q) <= tolerance);
  }
  return false;
}

void rdp(const Polyline& line, std::size_t first, std::size_t last, double tolerance,
         std::vector<bool>& keep) {
  if (last <= first + 1) return;
  double worst = -1;
  std::size_t index = first;
  for (std::size_t i = first + 1; i < last; ++i) {
    const double d = distance_to_segment(line[first], line[last], line[i]);
    if (d > worst) {
      worst = d;
      index = i;
    }
  }
  if (worst > tolerance) {
    keep[index] = true;
    rdp(line, first, index, tolerance, keep);
    rdp(line, index, last, tolerance, keep);
  }
}

}  // namespace

double distance_to_polyline(const Polyline& line, Point q) {
  if (line.empty()) return INFINITY;
  if (line.size() == 1) return canvas_distance(line.front(), q);
  double best = INFINITY;
  for (std::size_t i = 1; i < line.size(); ++i)
    best = std::min(best, distance_to_segment(line[i - 1], line[i], q));
  return best;
}

std::optional<std::size_t> mark_at(std::span<const ChartMark> marks, View view, Point q,
                                   double tolerance) {
  std::optional<std::size_t> best;
  int best_priority = 99;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const auto& m = marks[i];
    if (m.view != view || !hits(m, q, tolerance)) continue;
    const int p = shape_priority(m.shape);
    if (p <= best_priority) {  // later (topmost) wins among equals
      best = i;
      best_priority = p;
    }
  }
  return best;
}

Point clamp_to_canvas(Point q) {
  return {std::clamp(q.x, 0.0, 1.0), std::clamp(q.y, 0.0, 1.0)};
}

std::vector<Point> translated_within_canvas(const std::vector<Point>& points, double dx,
                                            double dy) {
  if (points.empty()) return points;
  double x0 = 1, y0 = 1, x1 = 0, y1 = 0;
  for (const auto& p : points) {
    x0 = std::min(x0, p.x);
    y0 = std::min(y0, p.y);
    x1 = std::max(x1, p.x);
    y1 = std::max(y1, p.y);
  }
  // The shift that keeps the bounding box inside [0,1]; a box already poking out is not
  // pushed further out.
  dx = std::clamp(dx, std::min(0.0, -x0), std::max(0.0, 1 - x1));
  dy = std::clamp(dy, std::min(0.0, -y0), std::max(0.0, 1 - y1));
  std::vector<Point> out;
  out.reserve(points.size());
  for (const auto& p : points) out.push_back({p.x + dx, p.y + dy});
  return out;
}

Polyline simplify_polyline(const Polyline& line, double tolerance) {
  Polyline unique;
  unique.reserve(line.size());
  for (const auto& p : line)
    if (unique.empty() || !(unique.back() == p)) unique.push_back(p);
  if (unique.size() <= 2) return unique;
  std::vector<bool> keep(unique.size(), false);
  keep.front() = keep.back() = true;
  rdp(unique, 0, unique.size() - 1, tolerance, keep);
  Polyline out;
  for (std::size_t i = 0; i < unique.size(); ++i)
    if (keep[i]) out.push_back(unique[i]);
  return out;
}

}  // namespace myochart::chart
