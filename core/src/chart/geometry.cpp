#include "myochart/chart/geometry.h"

#include <algorithm>
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <cmath>
#include <limits>

namespace myochart::chart {

namespace {

namespace bg = boost::geometry;
using BgPoint = bg::model::d2::point_xy<double>;
using BgPolygon = bg::model::polygon<BgPoint>;  // clockwise, closed (corrected before use)
using BgMultiPolygon = bg::model::multi_polygon<BgPolygon>;
using BgLinestring = bg::model::linestring<BgPoint>;

bool finite(Point p) {
  return std::isfinite(p.x) && std::isfinite(p.y);
}

bool all_finite(const std::vector<Point>& ps) {
  return std::all_of(ps.begin(), ps.end(), finite);
}

// Shoelace sum; positive when counter-clockwise in a y-up frame.
double signed_area(const Polygon& p) {
  double s = 0;
  for (std::size_t i = 0, n = p.size(); i < n; ++i) {
    const Point& a = p[i];
    const Point& b = p[(i + 1) % n];
    s += a.x * b.y - b.x * a.y;
  }
  return s / 2;
}

// The polygon as Boost wants it: orientation and closure corrected.
BgPolygon to_bg(const Polygon& p) {
  BgPolygon out;
  for (const Point& q : p) bg::append(out.outer(), BgPoint(q.x, q.y));
  bg::correct(out);
  return out;
}

// Crossing-number test (even-odd rule); used where a polygon may self-intersect.
bool inside_even_odd(const Polygon& p, Point q) {
  bool in = false;
  for (std::size_t i = 0, j = p.size() - 1; i < p.size(); j = i++) {
    const Point& a = p[i];
    const Point& b = p[j];
    if ((a.y > q.y) != (b.y > q.y) && q.x < (b.x - a.x) * (q.y - a.y) / (b.y - a.y) + a.x) in = !in;
  }
  return in;
}

struct Box {
  double x0, y0, x1, y1;
};

Box box_of(const Polygon& p) {
  Box b{p.front().x, p.front().y, p.front().x, p.front().y};
  for (const Point& q : p) {
    b.x0 = std::min(b.x0, q.x);
    b.y0 = std::min(b.y0, q.y);
    b.x1 = std::max(b.x1, q.x);
    b.y1 = std::max(b.y1, q.y);
  }
  return b;
}

// Estimate for polygons Boost cannot handle exactly (self-intersecting freehand lassos): the
// share of a grid over the common bounding box that falls inside both (even-odd rule).
double sampled_intersection_area(const Polygon& a, const Polygon& b) {
  const Box ba = box_of(a);
  const Box bb = box_of(b);
  const double x0 = std::max(ba.x0, bb.x0);
  const double y0 = std::max(ba.y0, bb.y0);
  const double x1 = std::min(ba.x1, bb.x1);
  const double y1 = std::min(ba.y1, bb.y1);
  if (x1 <= x0 || y1 <= y0) return 0;
  constexpr int kCells = 256;
  const double dx = (x1 - x0) / kCells;
  const double dy = (y1 - y0) / kCells;
  int hits = 0;
  for (int i = 0; i < kCells; ++i) {
    for (int j = 0; j < kCells; ++j) {
      const Point q{x0 + (i + 0.5) * dx, y0 + (j + 0.5) * dy};
      if (inside_even_odd(a, q) && inside_even_odd(b, q)) ++hits;
    }
  }
  return hits * dx * dy;
}

// Polygons whose area is below this are degenerate (a line or a point).
constexpr double kMinArea = 1e-12;

// All vertices on one line (or one point): no area whatever the order.
bool collinear(const Polygon& p) {
  const Point a = p.front();
  const Point b = *std::max_element(p.begin(), p.end(), [a](Point u, Point v) {
    return std::hypot(u.x - a.x, u.y - a.y) < std::hypot(v.x - a.x, v.y - a.y);
  });
  const double len = std::hypot(b.x - a.x, b.y - a.y);
  if (len == 0) return true;
  return std::all_of(p.begin(), p.end(), [&](Point q) {
    return std::abs((b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x)) / len < 1e-12;
  });
}

bool well_formed(const Polygon& p) {
  return p.size() >= 3 && all_finite(p) && !collinear(p);
}

double cross(Point o, Point a, Point b) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool on_segment(Point a, Point b, Point q) {
  return std::min(a.x, b.x) <= q.x && q.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= q.y &&
         q.y <= std::max(a.y, b.y);
}

// Closed segments ab and cd share a point.
bool segments_meet(Point a, Point b, Point c, Point d) {
  const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return true;
  return (d1 == 0 && on_segment(c, d, a)) || (d2 == 0 && on_segment(c, d, b)) ||
         (d3 == 0 && on_segment(a, b, c)) || (d4 == 0 && on_segment(a, b, d));
}

}  // namespace

// A simple polygon Boost can work with exactly: no two non-neighbouring edges meet. Region
// polygons are small, so the quadratic test is cheaper than bg::is_valid; large freehand
// outlines go to Boost.
bool is_simple(const Polygon& poly) {
  if (!well_formed(poly)) return false;
  Polygon p;
  for (const Point& q : poly)
    if (p.empty() || !(q == p.back())) p.push_back(q);
  while (p.size() > 1 && p.front() == p.back()) p.pop_back();
  const std::size_t n = p.size();
  if (n < 3) return false;
  if (n > 64) return bg::is_valid(to_bg(p));
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 2; j < n; ++j) {
      if (i == 0 && j == n - 1) continue;  // neighbours through the closing edge
      if (segments_meet(p[i], p[(i + 1) % n], p[j], p[(j + 1) % n])) return false;
    }
  }
  return true;
}

double area(const Polygon& p) {
  if (!well_formed(p)) return 0;
  if (is_simple(p)) return std::abs(signed_area(p));
  return sampled_intersection_area(p, p);
}

Point centroid(const Polygon& p) {
  if (p.empty() || !all_finite(p)) return {};
  if (is_simple(p)) {
    try {
      BgPoint c(0.0, 0.0);
      bg::centroid(to_bg(p), c);
      if (std::isfinite(c.x()) && std::isfinite(c.y())) return {c.x(), c.y()};
    } catch (const bg::exception&) {
      // fall through to the vertex mean
    }
  }
  Point mean;
  for (const Point& q : p) {
    mean.x += q.x;
    mean.y += q.y;
  }
  mean.x /= static_cast<double>(p.size());
  mean.y /= static_cast<double>(p.size());
  return mean;
}

bool contains(const Polygon& p, Point q) {
  if (p.empty() || !finite(q)) return false;
  const Box b = box_of(p);
  if (q.x < b.x0 || q.x > b.x1 || q.y < b.y0 || q.y > b.y1) return false;
  if (p.size() < 3 || !all_finite(p)) return false;
  // The crossing test decides the inside of simple and self-intersecting polygons alike
  // (even-odd rule); points on an edge count as inside.
  if (inside_even_odd(p, q)) return true;
  for (std::size_t i = 0, j = p.size() - 1; i < p.size(); j = i++)
    if (on_segment(p[j], p[i], q) && cross(p[j], p[i], q) == 0) return true;
  return false;
}

double intersection_area(const Polygon& a, const Polygon& b) {
  if (!well_formed(a) || !well_formed(b)) return 0;
  if (!is_simple(a) || !is_simple(b)) return sampled_intersection_area(a, b);
  return intersection_area_of_simple(a, b);
}

double intersection_area_of_simple(const Polygon& a, const Polygon& b) {
  try {
    BgMultiPolygon out;
    bg::intersection(to_bg(a), to_bg(b), out);
    return std::abs(bg::area(out));
  } catch (const bg::exception&) {
    return sampled_intersection_area(a, b);
  }
}

double distance_to_border(const Polygon& p, Point q) {
  if (p.empty() || !all_finite(p) || !finite(q)) return std::numeric_limits<double>::infinity();
  BgLinestring border;
  for (const Point& v : p) bg::append(border, BgPoint(v.x * kChartAspect, v.y));
  bg::append(border, BgPoint(p.front().x * kChartAspect, p.front().y));
  return bg::distance(BgPoint(q.x * kChartAspect, q.y), border);
}

double canvas_distance(Point a, Point b) {
  return std::hypot((a.x - b.x) * kChartAspect, a.y - b.y);
}

bool is_valid_area(const Polygon& p) {
  if (p.size() < 3 || !all_finite(p)) return false;
  const bool in_canvas = std::all_of(
      p.begin(), p.end(), [](Point q) { return q.x >= 0 && q.x <= 1 && q.y >= 0 && q.y <= 1; });
  return in_canvas && area(p) > kMinArea;
}

std::vector<Point> sample_polyline(const Polyline& l, double step) {
  if (l.size() < 2 || !(step > 0) || !std::isfinite(step)) return l;
  std::vector<Point> out{l.front()};
  for (std::size_t i = 1; i < l.size(); ++i) {
    const Point a = l[i - 1];
    const Point b = l[i];
    const double len = std::hypot(b.x - a.x, b.y - a.y);
    if (len == 0) continue;
    const auto parts = std::max<double>(1.0, std::ceil(len / step));
    const int n = std::isfinite(parts) ? static_cast<int>(std::min(parts, 1e6)) : 1;
    for (int k = 1; k <= n; ++k) {
      const double t = static_cast<double>(k) / n;
      out.push_back({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
    }
  }
  return out;
}

}  // namespace myochart::chart
