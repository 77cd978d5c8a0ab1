// Hit-testing, moving and thinning marks: what the chart editor relies on.
#include <catch2/catch.hpp>

#include "myochart/chart/mark_geometry.h"

using namespace myochart::chart;

namespace {

ChartMark mark(MarkShape shape, std::vector<Point> points, View view = View::kPosterior) {
  ChartMark m;
  m.shape = shape;
  m.points = std::move(points);
  m.view = view;
  return m;
}

}  // namespace

TEST_CASE("mark_at finds the mark under the pointer and prefers small targets") {
  const std::vector<ChartMark> marks = {
      mark(MarkShape::kArea, {{0.3, 0.3}, {0.6, 0.3}, {0.6, 0.5}, {0.3, 0.5}}),
      mark(MarkShape::kPoint, {{0.45, 0.4}}),
      mark(MarkShape::kStroke, {{0.1, 0.8}, {0.5, 0.8}}),
      mark(MarkShape::kPoint, {{0.45, 0.4}}, View::kAnterior),
  };
  // The point inside the area wins over the area, even though the area is drawn first.
  CHECK(mark_at(marks, View::kPosterior, {0.452, 0.401}, 0.01) == 1u);
  // Elsewhere inside the area: the area.
  CHECK(mark_at(marks, View::kPosterior, {0.35, 0.45}, 0.01) == 0u);
  // Near the stroke, not on it exactly.
  CHECK(mark_at(marks, View::kPosterior, {0.3, 0.805}, 0.01) == 2u);
  // Nothing there; and the anterior mark is not found from the posterior view.
  CHECK_FALSE(mark_at(marks, View::kPosterior, {0.9, 0.1}, 0.01).has_value());
  CHECK(mark_at(marks, View::kAnterior, {0.45, 0.4}, 0.01) == 3u);
}

TEST_CASE("mark_at picks the topmost of overlapping marks of one shape") {
  const std::vector<ChartMark> marks = {mark(MarkShape::kPoint, {{0.5, 0.5}}),
                                        mark(MarkShape::kPoint, {{0.501, 0.5}})};
  CHECK(mark_at(marks, View::kPosterior, {0.5, 0.5}, 0.02) == 1u);
}

TEST_CASE("distance to a polyline is isotropic on the canvas") {
  const Polyline l = {{0.0, 0.5}, {1.0, 0.5}};
  CHECK(distance_to_polyline(l, {0.5, 0.6}) == Approx(0.1));
  // x is half as long as y on the canvas (aspect 1:2).
  const Polyline v = {{0.5, 0.0}, {0.5, 1.0}};
  CHECK(distance_to_polyline(v, {0.7, 0.5}) == Approx(0.1));
}

TEST_CASE("moving a mark keeps its shape and keeps it on the canvas") {
  const std::vector<Point> pts = {{0.8, 0.1}, {0.9, 0.1}, {0.9, 0.2}};
  const auto moved = translated_within_canvas(pts, 0.5, -0.5);
  // Stopped at the right and top edges, shape unchanged.
  CHECK(moved[1].x == Approx(1.0));
  CHECK(moved[0].y == Approx(0.0));
  CHECK(moved[1].x - moved[0].x == Approx(0.1));
  CHECK(moved[2].y - moved[1].y == Approx(0.1));
  const auto free = translated_within_canvas(pts, -0.1, 0.1);
  CHECK(free[0].x == Approx(0.7));
  CHECK(free[0].y == Approx(0.2));
  CHECK(clamp_to_canvas({-0.2, 1.3}) == Point{0.0, 1.0});
}

TEST_CASE("a freehand line is thinned to the points that shape it") {
  Polyline line;
  for (int i = 0; i <= 100; ++i) line.push_back({i / 100.0, 0.5});  // straight
  line.push_back({1.0, 0.9});                                       // a corner
  line.push_back({1.0, 0.9});                                       // repeated
  const auto thin = simplify_polyline(line, 0.002);
  REQUIRE(thin.size() == 3);
  CHECK(thin.front() == Point{0.0, 0.5});
  CHECK(thin[1] == Point{1.0, 0.5});
  CHECK(thin.back() == Point{1.0, 0.9});
}
