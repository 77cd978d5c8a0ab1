#pragma once
// Plane geometry in chart coordinates.
//
// Chart coordinates: every body-chart view is a canvas of aspect ratio kChartAspect
// (width : height = 1 : 2). A point is (x, y) with x in [0, 1] across the width and y in
// [0, 1] down the height, origin at the top left. The SVG templates use the same space scaled
// by (kSvgWidth, kSvgHeight). Areas are in normalized units (a full canvas has area 1).
#include <optional>
#include <vector>

namespace myochart::chart {

inline constexpr double kChartAspect = 0.5;   ///< width / height of every view
inline constexpr double kSvgWidth = 500.0;    ///< SVG viewBox width of a template
inline constexpr double kSvgHeight = 1000.0;  ///< SVG viewBox height of a template

struct Point {
  double x = 0;
  double y = 0;
  bool operator==(const Point&) const = default;
};

/// A simple polygon, vertices in order, not closed (the last vertex joins the first).
using Polygon = std::vector<Point>;
/// A polyline (freehand stroke), in drawing order.
using Polyline = std::vector<Point>;

/// Absolute area (in normalized units). A self-intersecting polygon (a freehand lasso drawn as
/// a figure eight) gets the area the even-odd rule encloses, estimated on a fine grid.
double area(const Polygon& p);
Point centroid(const Polygon& p);
/// Inside or on the border (by the even-odd rule for a self-intersecting polygon).
bool contains(const Polygon& p, Point q);
/// True when no two non-neighbouring edges meet (and there are at least 3 distinct vertices).
bool is_simple(const Polygon& p);
/// Area of the intersection of two simple polygons (either orientation, convex or not); 0 when
/// either is degenerate. A self-intersecting polygon (a freehand lasso) gets an estimate from
/// the even-odd rule on a fine grid.
double intersection_area(const Polygon& a, const Polygon& b);
/// As intersection_area() for polygons already known to be simple (is_simple), skipping the
/// check: for hot loops over the fixed template regions.
double intersection_area_of_simple(const Polygon& a, const Polygon& b);
/// Distance from q to the polygon's border (0 when on it), in canvas units (as canvas_distance).
double distance_to_border(const Polygon& p, Point q);
/// Euclidean distance, treating x and y as the same unit (x scaled by kChartAspect so that
/// distances are isotropic on the canvas).
double canvas_distance(Point a, Point b);
/// True when every vertex lies in [0,1]x[0,1] and the polygon has at least 3 vertices and a
/// non-zero area.
bool is_valid_area(const Polygon& p);
/// Points along a polyline no further apart than `step` (in normalized units), ends included.
std::vector<Point> sample_polyline(const Polyline& l, double step);

}  // namespace myochart::chart
