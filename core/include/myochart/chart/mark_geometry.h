#pragma once
// Geometry an editor needs to work on marks: which mark lies under the pointer, moving a mark
// without leaving the canvas, and thinning a freehand line. All in chart coordinates
// (geometry.h); distances in canvas units (canvas_distance).
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "myochart/chart/chart_mark.h"
#include "myochart/chart/geometry.h"

namespace myochart::chart {

/// The mark of `view` under q: the index in `marks` of the one a click at q means, or nothing.
/// A point mark is hit within `tolerance` of its point, a stroke within `tolerance` of its
/// line, an area inside it or within `tolerance` of its border. Small targets win over large
/// ones (point, then stroke, then area), so a point drawn inside an area stays selectable;
/// among marks of one shape the last drawn (topmost) wins.
std::optional<std::size_t> mark_at(std::span<const ChartMark> marks, View view, Point q,
                                   double tolerance);

/// Distance from q to a polyline (canvas units, as canvas_distance).
double distance_to_polyline(const Polyline& line, Point q);

/// The points shifted by (dx, dy), with the shift reduced so that every point stays inside the
/// canvas [0,1]x[0,1]: the shape moves as one piece and never changes.
std::vector<Point> translated_within_canvas(const std::vector<Point>& points, double dx, double dy);

/// q moved to the nearest point of the canvas [0,1]x[0,1].
Point clamp_to_canvas(Point q);

/// A freehand line thinned to the points needed to stay within `tolerance` canvas units of the
/// drawn one (Ramer-Douglas-Peucker); first and last points kept. Also drops repeated points.
Polyline simplify_polyline(const Polyline& line, double tolerance);

}  // namespace myochart::chart
