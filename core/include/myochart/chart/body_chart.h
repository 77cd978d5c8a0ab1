#pragma once
// Body-chart templates: the project's own SVG outline of each view plus named anatomical
// regions as polygons in chart coordinates (geometry.h). Loaded from files compiled into the
// library (core/data/charts/<view>.svg and <view>.json).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "myochart/chart/chart_mark.h"
#include "myochart/chart/geometry.h"

namespace myochart::chart {

enum class Side { kNone, kLeft, kRight };  ///< the client's left/right, not the viewer's

struct Region {
  std::string id;     ///< e.g. "left_scapular", "neck_posterior"; unique within a view
  std::string label;  ///< "Left scapular area"
  Side side = Side::kNone;
  Polygon polygon;
};

/// One view's template.
class BodyChartView {
 public:
  BodyChartView(View view, std::string svg, std::vector<Region> regions);

  View view() const noexcept { return view_; }
  const std::string& svg() const noexcept { return svg_; }
  const std::vector<Region>& regions() const noexcept { return regions_; }
  const Region* find_region(std::string_view id) const;

  /// True when q falls on the drawn body (the filled silhouette of the SVG), judged on a
  /// raster of the outline made once per view.
  bool inside_body(Point q) const;

  /// Ids of the regions a mark covers, in the template's region order:
  ///  point  -> the region containing it, else the nearest region within 0.02 (canvas units);
  ///            at most one id (where regions overlap at a border: the one the point lies
  ///            deepest in, the first in template order on a tie);
  ///  area   -> every region overlapping it by at least 3% of the mark's area or of the
  ///            region's area (an area with no area counts as its outline, a closed stroke);
  ///  stroke -> every region the line passes through or touches.
  /// Throws ValidationError when the number of points does not fit the shape (point: exactly
  /// 1, area: 3 or more, stroke: 2 or more) or a coordinate is not finite.
  std::vector<std::string> regions_for(MarkShape shape, const std::vector<Point>& points) const;

 private:
  View view_;
  std::string svg_;
  std::vector<Region> regions_;
  struct Bounds {
    double x0, y0, x1, y1;
  };
  std::vector<Bounds> bounds_;      ///< of each region, to skip far ones cheaply
  std::vector<double> areas_;       ///< of each region
  std::vector<std::uint8_t> mask_;  ///< 1 = body, row-major kMaskWidth x kMaskHeight
  static constexpr int kMaskWidth = 500;
  static constexpr int kMaskHeight = 1000;
};

/// All views. Loading parses the embedded templates once; the object is immutable and safe to
/// share between threads afterwards.
class BodyChart {
 public:
  /// The built-in templates. Throws Error if an embedded template is malformed (a build bug).
  static const BodyChart& standard();

  const BodyChartView& view(View v) const;
  /// Every region id across all views, each once.
  std::vector<std::string> all_region_ids() const;
  /// The label of a region id in whichever view has it, or empty.
  std::string region_label(std::string_view id) const;

  /// Recomputes m.region_ids from its geometry.
  void assign_regions(ChartMark& m) const;

 private:
  BodyChart();
  std::vector<std::unique_ptr<BodyChartView>> views_;
};

}  // namespace myochart::chart
