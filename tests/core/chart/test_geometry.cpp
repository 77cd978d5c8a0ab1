#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "myochart/chart/geometry.h"

using namespace myochart::chart;

namespace {

Polygon rect(double x0, double y0, double x1, double y1) {
  return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

Polygon reversed(Polygon p) {
  std::reverse(p.begin(), p.end());
  return p;
}

// A "U" open at the top: outer [0.1,0.5]x[0.1,0.5] minus the notch [0.2,0.4]x[0.1,0.4].
// Area 0.16 - 0.06 = 0.10.
Polygon u_shape() {
  return {{0.1, 0.1}, {0.2, 0.1}, {0.2, 0.4}, {0.4, 0.4},
          {0.4, 0.1}, {0.5, 0.1}, {0.5, 0.5}, {0.1, 0.5}};
}

}  // namespace

TEST_CASE("area of known shapes, in either orientation", "[geometry]") {
  CHECK(area(rect(0, 0, 1, 1)) == Approx(1.0));
  CHECK(area(rect(0.2, 0.1, 0.5, 0.5)) == Approx(0.12));
  CHECK(area(reversed(rect(0.2, 0.1, 0.5, 0.5))) == Approx(0.12));
  const Polygon triangle{{0, 0}, {0.4, 0}, {0, 0.3}};
  CHECK(area(triangle) == Approx(0.06));
  CHECK(area(reversed(triangle)) == Approx(0.06));
  CHECK(area(u_shape()) == Approx(0.10));
  CHECK(area(reversed(u_shape())) == Approx(0.10));
  // Degenerate input has no area.
  CHECK(area({}) == 0);
  CHECK(area({{0.1, 0.1}, {0.2, 0.2}}) == 0);
  CHECK(area({{0.1, 0.1}, {0.2, 0.2}, {0.3, 0.3}}) == Approx(0.0).margin(1e-15));
}

TEST_CASE("centroid", "[geometry]") {
  const Point c = centroid(rect(0.2, 0.4, 0.6, 0.8));
  CHECK(c.x == Approx(0.4));
  CHECK(c.y == Approx(0.6));
  // U shape: symmetric about x = 0.3; y = (0.16*0.3 - 0.06*0.25) / 0.10 = 0.33.
  for (const Polygon& u : {u_shape(), reversed(u_shape())}) {
    const Point cu = centroid(u);
    CHECK(cu.x == Approx(0.3));
    CHECK(cu.y == Approx(0.33));
  }
  // Degenerate: the mean of the vertices, never a throw.
  const Point cl = centroid({{0.1, 0.1}, {0.3, 0.3}});
  CHECK(cl.x == Approx(0.2));
  CHECK(cl.y == Approx(0.2));
}

TEST_CASE("contains: inside, on the border, outside, in a concave notch", "[geometry]") {
  const Polygon u = u_shape();
  for (const Polygon& p : {u, reversed(u)}) {
    CHECK(contains(p, {0.15, 0.3}));       // left arm
    CHECK(contains(p, {0.3, 0.45}));       // bottom bar
    CHECK(contains(p, {0.1, 0.3}));        // on the outer border
    CHECK(contains(p, {0.2, 0.2}));        // on the notch's border
    CHECK_FALSE(contains(p, {0.3, 0.2}));  // inside the notch
    CHECK_FALSE(contains(p, {0.6, 0.3}));
  }
  CHECK_FALSE(contains({{0.1, 0.1}, {0.2, 0.2}}, {0.15, 0.15}));
}

TEST_CASE("intersection area", "[geometry]") {
  const Polygon a = rect(0.0, 0.0, 0.5, 0.5);
  const Polygon b = rect(0.25, 0.25, 0.75, 0.75);
  SECTION("overlapping squares in any orientation") {
    CHECK(intersection_area(a, b) == Approx(0.0625));
    CHECK(intersection_area(reversed(a), b) == Approx(0.0625));
    CHECK(intersection_area(a, reversed(b)) == Approx(0.0625));
    CHECK(intersection_area(b, a) == Approx(0.0625));
  }
  SECTION("disjoint and touching give 0") {
    CHECK(intersection_area(a, rect(0.6, 0.6, 0.9, 0.9)) == 0);
    CHECK(intersection_area(a, rect(0.5, 0.0, 0.9, 0.5)) == Approx(0.0).margin(1e-12));
  }
  SECTION("containment gives the smaller area") {
    CHECK(intersection_area(a, rect(0.1, 0.1, 0.2, 0.3)) == Approx(0.02));
    CHECK(intersection_area(rect(0.1, 0.1, 0.2, 0.3), a) == Approx(0.02));
  }
  SECTION("concave polygons") {
    const Polygon u = u_shape();
    // A square sitting in the notch does not overlap the U.
    CHECK(intersection_area(u, rect(0.22, 0.15, 0.38, 0.35)) == Approx(0.0).margin(1e-12));
    // A horizontal bar across both arms and the notch overlaps only the arms: 2 * 0.1 * 0.1.
    const Polygon bar = rect(0.0, 0.2, 0.6, 0.3);
    CHECK(intersection_area(u, bar) == Approx(0.02));
    CHECK(intersection_area(reversed(u), bar) == Approx(0.02));
    // Two concave shapes: the U against itself shifted down by 0.05.
    Polygon shifted = u;
    for (Point& p : shifted) p.y += 0.05;
    // Overlap: both arms from y 0.15 to 0.5 (2 * 0.1 * 0.35) and the bar between them where
    // both bars lie ([0.2,0.4] x [0.45,0.5]): 0.07 + 0.01.
    CHECK(intersection_area(u, shifted) == Approx(0.08));
    CHECK(intersection_area(reversed(u), shifted) == Approx(0.08));
  }
  SECTION("degenerate input gives 0 rather than throwing") {
    CHECK(intersection_area({}, a) == 0);
    CHECK(intersection_area({{0.1, 0.1}, {0.2, 0.2}}, a) == 0);
    CHECK(intersection_area({{0.1, 0.1}, {0.2, 0.2}, {0.3, 0.3}}, a) == 0);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(intersection_area({{nan, 0.1}, {0.2, 0.2}, {0.3, 0.1}}, a) == 0);
  }
  SECTION("a self-intersecting lasso gets a close estimate") {
    // Bow tie: two triangles of area 0.0625 each, meeting at (0.25, 0.25).
    const Polygon bow{{0.0, 0.0}, {0.5, 0.5}, {0.5, 0.0}, {0.0, 0.5}};
    CHECK(intersection_area(bow, a) == Approx(0.125).epsilon(0.02));
    CHECK(intersection_area(bow, rect(0.0, 0.0, 0.25, 0.5)) == Approx(0.0625).epsilon(0.02));
  }
}

TEST_CASE("distances are isotropic on the canvas", "[geometry]") {
  CHECK(canvas_distance({0, 0}, {1, 0}) == Approx(kChartAspect));
  CHECK(canvas_distance({0, 0}, {0, 1}) == Approx(1.0));
  CHECK(canvas_distance({0.2, 0.3}, {0.2 + 0.06 / kChartAspect, 0.38}) == Approx(0.1));

  const Polygon square = rect(0.2, 0.2, 0.6, 0.4);  // 0.4 wide (0.2 canvas) x 0.2 tall
  CHECK(distance_to_border(square, {0.2, 0.3}) == Approx(0.0).margin(1e-12));
  // From the centre: 0.1 to the top and bottom edges, 0.2 * 0.5 = 0.1 to the sides.
  CHECK(distance_to_border(square, {0.4, 0.3}) == Approx(0.1));
  CHECK(distance_to_border(square, {0.25, 0.3}) == Approx(0.025));  // 0.05 in x -> 0.025
  CHECK(distance_to_border(square, {0.4, 0.45}) == Approx(0.05));   // outside, below
  CHECK(distance_to_border(square, {0.7, 0.3}) == Approx(0.05));    // outside, 0.1 in x
}

TEST_CASE("valid areas", "[geometry]") {
  CHECK(is_valid_area(rect(0, 0, 1, 1)));
  CHECK(is_valid_area(reversed(rect(0.1, 0.1, 0.2, 0.2))));
  CHECK_FALSE(is_valid_area({{0.1, 0.1}, {0.2, 0.2}}));
  CHECK_FALSE(is_valid_area({{0.1, 0.1}, {0.2, 0.2}, {0.3, 0.3}}));
  CHECK_FALSE(is_valid_area(rect(0.5, 0.5, 1.1, 0.9)));
  CHECK_FALSE(is_valid_area(rect(-0.1, 0.5, 0.3, 0.9)));
  const double inf = std::numeric_limits<double>::infinity();
  CHECK_FALSE(is_valid_area({{0.1, 0.1}, {inf, 0.2}, {0.3, 0.1}}));
}

TEST_CASE("sampling a polyline", "[geometry]") {
  const Polyline line{{0.1, 0.1}, {0.5, 0.1}, {0.5, 0.4}};
  const double step = 0.035;
  const auto pts = sample_polyline(line, step);
  REQUIRE(pts.size() >= 2);
  CHECK(pts.front() == line.front());
  CHECK(pts.back().x == Approx(0.5));
  CHECK(pts.back().y == Approx(0.4));
  for (std::size_t i = 1; i < pts.size(); ++i)
    CHECK(std::hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y) <= step + 1e-12);
  // The corner is kept: samples follow the line, not a short cut.
  CHECK(std::any_of(pts.begin(), pts.end(), [](Point p) {
    return std::abs(p.x - 0.5) < 1e-12 && std::abs(p.y - 0.1) < 1e-12;
  }));
  // Step 0.035: ceil(0.4 / 0.035) + ceil(0.3 / 0.035) pieces, plus the first point.
  CHECK(pts.size() == 1 + 12 + 9);

  CHECK(sample_polyline({{0.2, 0.2}}, 0.01).size() == 1);
  CHECK(sample_polyline({}, 0.01).empty());
  CHECK(sample_polyline(line, 0).size() == line.size());
}
