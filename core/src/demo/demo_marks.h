#pragma once
// Where the demo clinic's body-chart marks go: each complaint's marks resolved to template
// regions, and points, areas and strokes placed inside those regions.
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "demo/demo_complaints.h"
#include "demo/demo_random.h"
#include "myochart/chart/body_chart.h"
#include "myochart/chart/chart_mark.h"

namespace myochart::demo::detail {

/// A region of a template and the point deepest inside it, where marks are centred.
struct RegionShape {
  const chart::Region* region = nullptr;
  chart::View view = chart::View::kPosterior;
  chart::Point anchor;
  double radius = 0;  ///< distance from the anchor to the border, canvas units
  double width = 0;   ///< bounding box in canvas units (x scaled by kChartAspect)
  double height = 0;
};

/// Every region of every view of a body chart, by view and id. Refers into the chart, which
/// must outlive it.
class Anatomy {
 public:
  explicit Anatomy(const chart::BodyChart& chart);
  const RegionShape* find(chart::View v, std::string_view id) const;
  /// The region in the first view (posterior, anterior, lateral) that has it.
  const RegionShape* find_any(std::string_view id) const;

 private:
  std::map<std::string, RegionShape, std::less<>> shapes_;
};

/// A complaint's mark resolved for one side: the region it goes on and its texts.
struct ResolvedMark {
  const MarkSpec* spec = nullptr;
  const RegionShape* where = nullptr;
  std::string muscle;
  std::string note;
};

/// The marks of every complaint of complaints() for either side ([complaint][0 left, 1 right]),
/// without those whose region the templates lack.
using ComplaintMarks = std::vector<std::array<std::vector<ResolvedMark>, 2>>;
ComplaintMarks resolve_marks(const Anatomy& anatomy);

/// A mark of the spec (session not set) with an intensity following `pain`; `as_point` draws
/// an area as a point at its centre. Coordinates are rounded to 4 decimals.
chart::ChartMark make_mark(Random& rng, const ResolvedMark& rm, int pain, bool as_point);

/// A roundish polygon in the region, `size` times the region's inner radius.
std::vector<chart::Point> blob(Random& rng, const RegionShape& s, double size);

}  // namespace myochart::demo::detail
