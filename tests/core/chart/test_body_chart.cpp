#include <algorithm>
#include <catch2/catch.hpp>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "myochart/chart/body_chart.h"
#include "myochart/errors.h"

using namespace myochart::chart;
using Ids = std::vector<std::string>;

namespace {

Polygon rect(double x0, double y0, double x1, double y1) {
  return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

struct Bounds {
  double x0 = 1, y0 = 1, x1 = 0, y1 = 0;
};

Bounds bounds_of(const Polygon& p) {
  Bounds b;
  for (const Point& q : p) {
    b.x0 = std::min(b.x0, q.x);
    b.y0 = std::min(b.y0, q.y);
    b.x1 = std::max(b.x1, q.x);
    b.y1 = std::max(b.y1, q.y);
  }
  return b;
}

// The body mask at q or at a neighbouring mask pixel (vertices lie on the drawn outline).
bool on_or_inside_body(const BodyChartView& v, Point q) {
  constexpr double kPixelX = 1.0 / 500, kPixelY = 1.0 / 1000;
  for (int dx = -1; dx <= 1; ++dx)
    for (int dy = -1; dy <= 1; ++dy)
      if (v.inside_body({q.x + dx * kPixelX, q.y + dy * kPixelY})) return true;
  return false;
}

const BodyChartView& standard_view(View v) {
  return BodyChart::standard().view(v);
}

Point centre_of(View v, const std::string& id) {
  const Region* r = standard_view(v).find_region(id);
  REQUIRE(r != nullptr);
  return centroid(r->polygon);
}

// A synthetic template: the body is the left half of the canvas.
const std::string kHalfBodySvg =
    R"(<svg xmlns="http://www.w3.org/2000/svg" width="500" height="1000" viewBox="0 0 500 1000">)"
    R"(<g id="silhouette"><rect x="0" y="0" width="250" height="1000" fill="#f3ede6"/></g>)"
    R"(<rect x="300" y="0" width="200" height="1000" fill="#000"/></svg>)";

Region region(std::string id, Polygon p) {
  return Region{std::move(id), "Label", Side::kNone, std::move(p)};
}

}  // namespace

TEST_CASE("every view of the standard chart loads", "[body_chart]") {
  const BodyChart& chart = BodyChart::standard();
  CHECK(&chart == &BodyChart::standard());
  for (View v : kAllViews) {
    const BodyChartView& bv = chart.view(v);
    CHECK(bv.view() == v);
    CHECK(bv.svg().find("id=\"silhouette\"") != std::string::npos);
    CHECK(bv.regions().size() >= 15);
  }
  // The side labels sit beside the body, not on it, and name the client's sides: the client's
  // right is on the viewer's left in the front view, the client's left in the back view.
  for (View v : {View::kAnterior, View::kPosterior}) {
    const BodyChartView& bv = chart.view(v);
    CHECK_FALSE(bv.inside_body({0.044, 0.5}));
    CHECK_FALSE(bv.inside_body({0.956, 0.5}));
    const char* left_of_viewer = v == View::kAnterior ? ">R</text>" : ">L</text>";
    const char* right_of_viewer = v == View::kAnterior ? ">L</text>" : ">R</text>";
    const auto at_left = bv.svg().find(std::string("x=\"22\" y=\"507\"") + left_of_viewer);
    const auto at_right = bv.svg().find(std::string("x=\"478\" y=\"507\"") + right_of_viewer);
    CHECK(at_left != std::string::npos);
    CHECK(at_right != std::string::npos);
  }
}

TEST_CASE("region ids are unique per view, labelled, and sided as named", "[body_chart]") {
  for (View v : kAllViews) {
    INFO("view " << to_string(v));
    std::set<std::string> seen;
    for (const Region& r : standard_view(v).regions()) {
      INFO("region " << r.id);
      CHECK(seen.insert(r.id).second);
      CHECK_FALSE(r.label.empty());
      const bool left = r.id.find("left") != std::string::npos;
      const bool right = r.id.find("right") != std::string::npos;
      CHECK(r.side == (left ? Side::kLeft : right ? Side::kRight : Side::kNone));
      CHECK(r.polygon.size() >= 4);
      CHECK(r.polygon.size() <= 30);
      CHECK(is_valid_area(r.polygon));
      CHECK(standard_view(v).find_region(r.id) == &r);
    }
  }
  CHECK(standard_view(View::kPosterior).find_region("no_such_region") == nullptr);
}

TEST_CASE("the expected anatomical regions exist in the expected views", "[body_chart]") {
  const std::map<View, Ids> expected = {
      {View::kAnterior,
       {"head_face",
        "neck_anterior",
        "right_shoulder_top",
        "left_shoulder_top",
        "right_shoulder",
        "left_shoulder",
        "right_chest",
        "left_chest",
        "abdomen_upper",
        "abdomen_lower",
        "right_hip_anterior",
        "left_hip_anterior",
        "right_upper_arm_anterior",
        "left_upper_arm_anterior",
        "right_elbow_anterior",
        "left_elbow_anterior",
        "right_forearm_anterior",
        "left_forearm_anterior",
        "right_hand_palmar",
        "left_hand_palmar",
        "right_thigh_anterior",
        "left_thigh_anterior",
        "right_knee_anterior",
        "left_knee_anterior",
        "right_shin",
        "left_shin",
        "right_foot_dorsal",
        "left_foot_dorsal"}},
      {View::kPosterior,
       {"head_posterior",
        "neck_posterior",
        "left_shoulder_top",
        "right_shoulder_top",
        "left_shoulder",
        "right_shoulder",
        "left_scapular",
        "right_scapular",
        "left_upper_back",
        "right_upper_back",
        "left_mid_back",
        "right_mid_back",
        "left_low_back",
        "right_low_back",
        "sacral",
        "left_buttock",
        "right_buttock",
        "left_upper_arm_posterior",
        "right_upper_arm_posterior",
        "left_elbow_posterior",
        "right_elbow_posterior",
        "left_forearm_posterior",
        "right_forearm_posterior",
        "left_hand_dorsal",
        "right_hand_dorsal",
        "left_thigh_posterior",
        "right_thigh_posterior",
        "left_knee_posterior",
        "right_knee_posterior",
        "left_calf",
        "right_calf",
        "left_heel",
        "right_heel"}},
      {View::kLeftLateral,
       {"head_left_side", "neck_left_lateral", "left_shoulder", "left_upper_arm_lateral",
        "left_elbow_lateral", "left_forearm_lateral", "left_hand_dorsal", "left_chest_lateral",
        "left_scapular", "left_flank", "left_low_back", "left_hip_anterior", "left_hip_lateral",
        "left_buttock", "left_thigh_lateral", "left_knee_lateral", "left_leg_lateral",
        "left_foot_lateral"}},
      {View::kRightLateral,
       {"head_right_side", "neck_right_lateral", "right_shoulder", "right_upper_arm_lateral",
        "right_elbow_lateral", "right_forearm_lateral", "right_hand_dorsal", "right_chest_lateral",
        "right_scapular", "right_flank", "right_low_back", "right_hip_anterior",
        "right_hip_lateral", "right_buttock", "right_thigh_lateral", "right_knee_lateral",
        "right_leg_lateral", "right_foot_lateral"}},
  };
  for (const auto& [v, ids] : expected) {
    INFO("view " << to_string(v));
    Ids actual;
    for (const Region& r : standard_view(v).regions()) actual.push_back(r.id);
    Ids want = ids;
    std::sort(actual.begin(), actual.end());
    std::sort(want.begin(), want.end());
    CHECK(actual == want);
  }
  // The same surface keeps its id across views.
  for (View v : {View::kAnterior, View::kPosterior, View::kLeftLateral})
    CHECK(standard_view(v).find_region("left_shoulder") != nullptr);
  CHECK(standard_view(View::kRightLateral).find_region("right_hand_dorsal") != nullptr);
}

TEST_CASE("regions lie inside the drawn body", "[body_chart]") {
  for (View v : kAllViews) {
    const BodyChartView& bv = standard_view(v);
    for (const Region& r : bv.regions()) {
      INFO("view " << to_string(v) << ", region " << r.id);
      for (const Point& q : r.polygon) {
        INFO("vertex " << q.x << ", " << q.y);
        CHECK(on_or_inside_body(bv, q));
      }
      CHECK(bv.inside_body(centroid(r.polygon)));
      // Interior samples of the region fall on the body.
      const Bounds b = bounds_of(r.polygon);
      int in_region = 0, on_body = 0;
      for (double x = b.x0; x <= b.x1; x += 0.002) {
        for (double y = b.y0; y <= b.y1; y += 0.002) {
          if (!contains(r.polygon, {x, y})) continue;
          ++in_region;
          if (bv.inside_body({x, y})) ++on_body;
        }
      }
      REQUIRE(in_region > 10);
      CHECK(on_body >= 0.97 * in_region);
    }
  }
}

TEST_CASE("regions do not overlap each other", "[body_chart]") {
  for (View v : kAllViews) {
    const auto& regions = standard_view(v).regions();
    for (std::size_t i = 0; i < regions.size(); ++i) {
      for (std::size_t j = i + 1; j < regions.size(); ++j) {
        INFO("view " << to_string(v) << ": " << regions[i].id << " and " << regions[j].id);
        const double smaller = std::min(area(regions[i].polygon), area(regions[j].polygon));
        CHECK(intersection_area(regions[i].polygon, regions[j].polygon) < 0.01 * smaller);
      }
    }
  }
}

TEST_CASE("regions cover the body: a click anywhere on it finds a region", "[body_chart]") {
  for (View v : kAllViews) {
    INFO("view " << to_string(v));
    const BodyChartView& bv = standard_view(v);
    int body = 0, found = 0;
    for (double x = 0.0025; x < 1; x += 0.005) {
      for (double y = 0.0025; y < 1; y += 0.005) {
        if (!bv.inside_body({x, y})) continue;
        ++body;
        if (!bv.regions_for(MarkShape::kPoint, {{x, y}}).empty()) ++found;
      }
    }
    REQUIRE(body > 5000);  // the silhouette fills much of the canvas
    CHECK(found >= 0.99 * body);
  }
}

TEST_CASE("the client's sides are where the views put them", "[body_chart]") {
  for (View v : kAllViews) {
    for (const Region& r : standard_view(v).regions()) {
      if (r.side == Side::kNone) continue;
      INFO("view " << to_string(v) << ", region " << r.id);
      const double x = centroid(r.polygon).x;
      switch (v) {
        case View::kAnterior:  // facing the viewer: the client's right on the viewer's left
          CHECK((r.side == Side::kRight ? x < 0.5 : x > 0.5));
          break;
        case View::kPosterior:  // seen from behind: the client's left on the viewer's left
          CHECK((r.side == Side::kLeft ? x < 0.5 : x > 0.5));
          break;
        case View::kLeftLateral:
          CHECK(r.side == Side::kLeft);
          break;
        case View::kRightLateral:
          CHECK(r.side == Side::kRight);
          break;
      }
    }
  }
  // Side views: the left side faces the viewer's left, the right side the viewer's right.
  CHECK(centre_of(View::kLeftLateral, "left_chest_lateral").x <
        centre_of(View::kLeftLateral, "left_scapular").x);
  CHECK(centre_of(View::kRightLateral, "right_chest_lateral").x >
        centre_of(View::kRightLateral, "right_scapular").x);
  const Bounds left_foot =
      bounds_of(standard_view(View::kLeftLateral).find_region("left_foot_lateral")->polygon);
  CHECK(left_foot.x0 < centre_of(View::kLeftLateral, "left_leg_lateral").x - 0.1);  // toes ahead
  // Head above the feet, shoulders above the hips, in every view.
  for (View v : kAllViews) {
    const auto& regions = standard_view(v).regions();
    const auto y_of = [&](std::string_view part) {
      for (const Region& r : regions)
        if (r.id.find(part) != std::string::npos) return centroid(r.polygon).y;
      FAIL("no region named with " << part);
      return 0.0;
    };
    CHECK(y_of("head_") < 0.16);
    CHECK(y_of("head_") < y_of("neck_"));
    CHECK(y_of("neck_") < y_of("thigh") - 0.3);
    CHECK(y_of("thigh") < y_of("knee"));
  }
}

TEST_CASE("a point is assigned to the region under it", "[body_chart]") {
  const BodyChartView& back = standard_view(View::kPosterior);
  // The middle of the left shoulder blade as drawn (viewer's left in the back view).
  CHECK(back.regions_for(MarkShape::kPoint, {{0.40, 0.258}}) == Ids{"left_scapular"});
  CHECK(back.regions_for(MarkShape::kPoint, {{0.60, 0.258}}) == Ids{"right_scapular"});
  CHECK(back.regions_for(MarkShape::kPoint, {{0.5, 0.46}}) == Ids{"sacral"});
  CHECK(back.regions_for(MarkShape::kPoint, {{0.5, 0.08}}) == Ids{"head_posterior"});

  const BodyChartView& front = standard_view(View::kAnterior);
  CHECK(front.regions_for(MarkShape::kPoint, {{0.41, 0.27}}) == Ids{"right_chest"});
  CHECK(front.regions_for(MarkShape::kPoint, {{0.59, 0.27}}) == Ids{"left_chest"});
  CHECK(front.regions_for(MarkShape::kPoint, {{0.424, 0.694}}) == Ids{"right_knee_anterior"});

  // Just below the left heel (off the drawing, within 0.02): the heel; further: nothing.
  const Bounds heel = bounds_of(back.find_region("left_heel")->polygon);
  const double heel_x = (heel.x0 + heel.x1) / 2;
  CHECK(back.regions_for(MarkShape::kPoint, {{heel_x, heel.y1 + 0.012}}) == Ids{"left_heel"});
  CHECK(back.regions_for(MarkShape::kPoint, {{heel_x, heel.y1 + 0.025}}).empty());
  CHECK(back.regions_for(MarkShape::kPoint, {{0.02, 0.02}}).empty());
}

TEST_CASE("an area or a stroke across two regions gets both", "[body_chart]") {
  const BodyChartView& back = standard_view(View::kPosterior);
  // A small area on the spine between the shoulder blades.
  CHECK(back.regions_for(MarkShape::kArea, rect(0.47, 0.24, 0.53, 0.27)) ==
        Ids{"left_upper_back", "right_upper_back"});
  // Wholly inside one region.
  CHECK(back.regions_for(MarkShape::kArea, rect(0.38, 0.25, 0.41, 0.27)) == Ids{"left_scapular"});
  // A stroke across the spine.
  CHECK(back.regions_for(MarkShape::kStroke, {{0.46, 0.25}, {0.54, 0.25}}) ==
        Ids{"left_upper_back", "right_upper_back"});
  // A longer one from blade to blade, in template order.
  const Ids across = back.regions_for(MarkShape::kStroke, {{0.38, 0.25}, {0.62, 0.25}});
  CHECK(std::set<std::string>(across.begin(), across.end()) ==
        std::set<std::string>{"left_scapular", "left_upper_back", "right_upper_back",
                              "right_scapular"});
  // A stroke down the left side of the back, from the blade to the buttock.
  const Ids down = back.regions_for(MarkShape::kStroke, {{0.43, 0.27}, {0.43, 0.50}});
  for (const char* id : {"left_scapular", "left_mid_back", "left_low_back", "left_buttock"})
    CHECK(std::find(down.begin(), down.end(), id) != down.end());
  CHECK(std::none_of(down.begin(), down.end(),
                     [](const std::string& id) { return id.starts_with("right_"); }));
}

TEST_CASE("regions_for follows its documented rules exactly", "[body_chart]") {
  SECTION("inside_body reads the silhouette only") {
    const BodyChartView v(View::kPosterior, kHalfBodySvg, {region("a", rect(0, 0, 0.5, 0.5))});
    CHECK(v.inside_body({0.25, 0.5}));
    CHECK(v.inside_body({0.49, 0.01}));
    CHECK_FALSE(v.inside_body({0.51, 0.5}));
    CHECK_FALSE(v.inside_body({0.8, 0.5}));  // drawn, but not part of #silhouette
    CHECK_FALSE(v.inside_body({-0.1, 0.5}));
    CHECK_FALSE(v.inside_body({0.25, 1.1}));
  }
  SECTION("points: containing region, the deepest on overlaps, else the nearest within 0.02") {
    const BodyChartView v(View::kPosterior, kHalfBodySvg,
                          {region("a", rect(0, 0, 0.5, 0.5)), region("b", rect(0.4, 0, 1, 0.5)),
                           region("c", rect(0, 0.6, 0.5, 0.9))});
    CHECK(v.regions_for(MarkShape::kPoint, {{0.2, 0.25}}) == Ids{"a"});
    CHECK(v.regions_for(MarkShape::kPoint, {{0.48, 0.25}}) == Ids{"b"});   // deeper in b
    CHECK(v.regions_for(MarkShape::kPoint, {{0.42, 0.25}}) == Ids{"a"});   // deeper in a
    CHECK(v.regions_for(MarkShape::kPoint, {{0.25, 0.915}}) == Ids{"c"});  // 0.015 below
    CHECK(v.regions_for(MarkShape::kPoint, {{0.25, 0.925}}).empty());      // 0.025 below
    // Distances are isotropic: 0.035 to the side is 0.0175 on the canvas, 0.045 is 0.0225.
    CHECK(v.regions_for(MarkShape::kPoint, {{0.535, 0.75}}) == Ids{"c"});
    CHECK(v.regions_for(MarkShape::kPoint, {{0.545, 0.75}}).empty());
    // Between a (0.05 above) and c (0.05 below) nothing is near enough.
    CHECK(v.regions_for(MarkShape::kPoint, {{0.2, 0.55}}).empty());
    // Nearest wins: 0.01 from a, 0.09 from c.
    CHECK(v.regions_for(MarkShape::kPoint, {{0.2, 0.51}}) == Ids{"a"});
  }
  SECTION("areas: 3% of the mark or of the region") {
    const BodyChartView v(View::kPosterior, kHalfBodySvg,
                          {region("a", rect(0, 0, 0.5, 0.5)), region("b", rect(0.5, 0, 1, 0.5)),
                           region("tiny", rect(0.6, 0.6, 0.62, 0.62))});
    // 0.002 of 0.022 in b (9% of the mark).
    CHECK(v.regions_for(MarkShape::kArea, rect(0.3, 0.1, 0.52, 0.2)) == Ids{"a", "b"});
    // 0.001 of 0.081 in b: 1.2% of the mark and 0.4% of b.
    CHECK(v.regions_for(MarkShape::kArea, rect(0.1, 0.1, 0.505, 0.3)) == Ids{"a"});
    // Half of a tiny region under a large mark: 0.16% of the mark but 50% of the region.
    CHECK(v.regions_for(MarkShape::kArea, rect(0.3, 0.55, 0.61, 0.95)) == Ids{"tiny"});
    // Orientation does not matter.
    Polygon ccw = rect(0.3, 0.1, 0.52, 0.2);
    std::reverse(ccw.begin(), ccw.end());
    CHECK(v.regions_for(MarkShape::kArea, ccw) == Ids{"a", "b"});
    // An area with no area counts as its outline.
    CHECK(v.regions_for(MarkShape::kArea, {{0.4, 0.2}, {0.6, 0.2}, {0.5, 0.2}}) == Ids{"a", "b"});
  }
  SECTION("strokes: every region the line passes through") {
    const BodyChartView v(View::kPosterior, kHalfBodySvg,
                          {region("a", rect(0, 0, 0.5, 0.5)), region("b", rect(0.5, 0, 1, 0.5)),
                           region("c", rect(0, 0.6, 0.5, 0.9))});
    CHECK(v.regions_for(MarkShape::kStroke, {{0.2, 0.2}, {0.7, 0.2}}) == Ids{"a", "b"});
    CHECK(v.regions_for(MarkShape::kStroke, {{0.7, 0.2}, {0.7, 0.3}}) == Ids{"b"});
    // A bent stroke leaving and re-entering: a -> gap -> c.
    CHECK(v.regions_for(MarkShape::kStroke, {{0.2, 0.4}, {0.2, 0.55}, {0.3, 0.7}}) ==
          Ids{"a", "c"});
    CHECK(v.regions_for(MarkShape::kStroke, {{0.1, 0.55}, {0.4, 0.56}}).empty());
  }
  SECTION("the number of points must fit the shape") {
    const BodyChartView v(View::kPosterior, kHalfBodySvg, {region("a", rect(0, 0, 0.5, 0.5))});
    CHECK_THROWS_AS(v.regions_for(MarkShape::kPoint, {}), myochart::ValidationError);
    CHECK_THROWS_AS(v.regions_for(MarkShape::kPoint, {{0.1, 0.1}, {0.2, 0.2}}),
                    myochart::ValidationError);
    CHECK_THROWS_AS(v.regions_for(MarkShape::kStroke, {{0.1, 0.1}}), myochart::ValidationError);
    CHECK_THROWS_AS(v.regions_for(MarkShape::kArea, {{0.1, 0.1}, {0.2, 0.2}}),
                    myochart::ValidationError);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_AS(v.regions_for(MarkShape::kStroke, {{0.1, 0.1}, {nan, 0.2}}),
                    myochart::ValidationError);
  }
}

TEST_CASE("a template without a silhouette or not SVG is refused", "[body_chart]") {
  const std::vector<Region> regions{region("a", rect(0, 0, 0.5, 0.5))};
  CHECK_THROWS_AS(
      BodyChartView(View::kAnterior, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", regions),
      myochart::Error);
  CHECK_THROWS_WITH(BodyChartView(View::kAnterior, "not svg at all", regions),
                    Catch::Contains("anterior.svg"));
  CHECK_THROWS_WITH(
      BodyChartView(View::kPosterior,
                    R"(<svg xmlns="http://www.w3.org/2000/svg" width="500" height="1000">)"
                    R"(<g id="silhouette"/><rect width="500" height="1000"/></svg>)",
                    regions),
      Catch::Contains("posterior.svg") && Catch::Contains("covers nothing"));
}

TEST_CASE("the whole chart: ids, labels and assigning a mark", "[body_chart]") {
  const BodyChart& chart = BodyChart::standard();
  const Ids ids = chart.all_region_ids();
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
  for (const char* id : {"left_scapular", "head_face", "right_foot_lateral", "sacral"})
    CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
  CHECK(chart.region_label("left_scapular") == "Left shoulder blade");
  CHECK(chart.region_label("right_calf") == "Right calf");
  CHECK(chart.region_label("no_such_region").empty());

  ChartMark m;
  m.view = View::kPosterior;
  m.shape = MarkShape::kStroke;
  m.points = {{0.46, 0.25}, {0.54, 0.25}};
  m.region_ids = {"stale"};
  chart.assign_regions(m);
  CHECK(m.region_ids == Ids{"left_upper_back", "right_upper_back"});

  m.view = View::kAnterior;
  m.shape = MarkShape::kPoint;
  m.points = {{0.59, 0.27}};
  chart.assign_regions(m);
  CHECK(m.region_ids == Ids{"left_chest"});
}
