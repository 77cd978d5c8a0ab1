#include "myochart/chart/body_chart.h"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <algorithm>
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/linestring.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <cmath>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>

#include "embedded.h"
#include "myochart/errors.h"

namespace myochart::chart {

namespace {

namespace bg = boost::geometry;
using BgPoint = bg::model::d2::point_xy<double>;
using BgPolygon = bg::model::polygon<BgPoint>;
using BgLinestring = bg::model::linestring<BgPoint>;

/// The id of the SVG element holding the filled body outline; only it makes the body mask
/// (labels and inner lines are left out).
constexpr std::string_view kSilhouetteId = "#silhouette";
/// A point mark outside every region still gets the nearest one within this distance.
constexpr double kPointSnap = 0.02;
/// An area mark covers a region when they overlap by this share of either's area.
constexpr double kAreaShare = 0.03;
/// An area mark smaller than this is treated as its outline.
constexpr double kDegenerateArea = 1e-12;

std::string file_of(View v, std::string_view ext) {
  return std::string(to_string(v)) + "." + std::string(ext);
}

[[noreturn]] void malformed(View v, const std::string& where, const std::string& problem) {
  throw Error("body chart template " + file_of(v, "json") + ": " + where + ": " + problem);
}

Side parse_side(View v, const std::string& where, const nlohmann::json& j) {
  if (!j.is_string()) malformed(v, where, "\"side\" must be a string (left, right or none)");
  const auto s = j.get<std::string>();
  if (s == "left") return Side::kLeft;
  if (s == "right") return Side::kRight;
  if (s == "none") return Side::kNone;
  malformed(v, where, "\"side\" is \"" + s + "\" (accepted: left, right, none)");
}

Polygon parse_polygon(View v, const std::string& where, const nlohmann::json& j) {
  if (!j.is_array() || j.size() < 3)
    malformed(v, where, "\"polygon\" must be an array of at least 3 [x, y] points");
  Polygon p;
  for (const auto& pt : j) {
    if (!pt.is_array() || pt.size() != 2 || !pt[0].is_number() || !pt[1].is_number())
      malformed(v, where, "every polygon point must be [x, y] with two numbers");
    const Point q{pt[0].get<double>(), pt[1].get<double>()};
    if (!(q.x >= 0 && q.x <= 1 && q.y >= 0 && q.y <= 1))
      malformed(v, where, "polygon point outside the chart (accepted: x and y in [0, 1])");
    p.push_back(q);
  }
  if (!is_valid_area(p)) malformed(v, where, "polygon has no area");
  if (!is_simple(p)) malformed(v, where, "polygon crosses itself");
  return p;
}

std::vector<Region> parse_regions(View v, std::string_view text) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    malformed(v, "document", std::string("not valid JSON (") + e.what() + ")");
  }
  if (!doc.is_object()) malformed(v, "document", "must be a JSON object");
  if (!doc.contains("view") || doc["view"] != to_string(v))
    malformed(v, "\"view\"", "must be \"" + std::string(to_string(v)) + "\"");
  if (!doc.contains("regions") || !doc["regions"].is_array() || doc["regions"].empty())
    malformed(v, "\"regions\"", "must be a non-empty array");

  std::vector<Region> regions;
  std::set<std::string, std::less<>> ids;
  for (std::size_t i = 0; i < doc["regions"].size(); ++i) {
    const auto& r = doc["regions"][i];
    std::string where = "region #" + std::to_string(i + 1);
    if (!r.is_object()) malformed(v, where, "must be a JSON object");
    if (!r.contains("id") || !r["id"].is_string() || r["id"].get<std::string>().empty())
      malformed(v, where, "\"id\" must be a non-empty string");
    Region region;
    region.id = r["id"].get<std::string>();
    where = "region \"" + region.id + "\"";
    const bool id_ok = std::all_of(region.id.begin(), region.id.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!id_ok) malformed(v, where, "\"id\" may hold only a-z, 0-9 and _");
    if (!ids.insert(region.id).second) malformed(v, where, "id appears more than once");
    if (!r.contains("label") || !r["label"].is_string() || r["label"].get<std::string>().empty())
      malformed(v, where, "\"label\" must be a non-empty string");
    region.label = r["label"].get<std::string>();
    if (!r.contains("side")) malformed(v, where, "\"side\" is missing (left, right or none)");
    region.side = parse_side(v, where, r["side"]);
    if (!r.contains("polygon")) malformed(v, where, "\"polygon\" is missing");
    region.polygon = parse_polygon(v, where, r["polygon"]);
    regions.push_back(std::move(region));
  }
  return regions;
}

std::string_view embedded(const std::string& name) {
  const auto text = resources::charts::find(name);
  if (!text) throw Error("body chart template " + name + " is missing from this build");
  return *text;
}

// Rasterizes the SVG element #silhouette at the template's own size; 1 where its alpha > 0.5.
std::vector<std::uint8_t> render_mask(View v, const std::string& svg, int width, int height) {
  const std::string file = file_of(v, "svg");
  GError* err = nullptr;
  RsvgHandle* handle =
      rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &err);
  if (handle == nullptr) {
    const std::string why = err != nullptr ? err->message : "unknown error";
    if (err != nullptr) g_error_free(err);
    throw Error("body chart template " + file + " is not valid SVG: " + why);
  }
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  cairo_t* cr = cairo_create(surface);
  const RsvgRectangle viewport{0, 0, static_cast<double>(width), static_cast<double>(height)};
  const bool has_silhouette = rsvg_handle_has_sub(handle, kSilhouetteId.data()) != 0;
  bool ok = has_silhouette &&
            rsvg_handle_render_layer(handle, cr, kSilhouetteId.data(), &viewport, &err) != 0;
  std::string why;
  if (!has_silhouette)
    why = "it has no element with id \"" + std::string(kSilhouetteId.substr(1)) + "\"";
  if (err != nullptr) {
    why = err->message;
    g_error_free(err);
  }
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  if (ok && cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    ok = false;
    why = cairo_status_to_string(cairo_surface_status(surface));
  }

  std::vector<std::uint8_t> mask;
  if (ok) {
    mask.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 0);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < height; ++y) {
      for (int x = 0; x < width; ++x) {
        // ARGB32 is native-endian 32-bit: alpha is the top byte of each pixel word.
        std::uint32_t px = 0;
        std::memcpy(&px, data + static_cast<std::ptrdiff_t>(y) * stride + x * 4, sizeof px);
        if ((px >> 24) > 127) mask[static_cast<std::size_t>(y) * width + x] = 1;
      }
    }
    if (std::find(mask.begin(), mask.end(), 1) == mask.end()) {
      ok = false;
      why = "its silhouette covers nothing";
    }
  }
  cairo_surface_destroy(surface);
  g_object_unref(handle);
  if (!ok) throw Error("body chart template " + file + " could not be drawn: " + why);
  return mask;
}

BgPolygon to_bg(const Polygon& p) {
  BgPolygon out;
  for (const Point& q : p) bg::append(out.outer(), BgPoint(q.x, q.y));
  bg::correct(out);
  return out;
}

void require_points(MarkShape shape, const std::vector<Point>& points) {
  const std::size_t need = shape == MarkShape::kPoint ? 1 : shape == MarkShape::kArea ? 3 : 2;
  const bool ok = shape == MarkShape::kPoint ? points.size() == 1 : points.size() >= need;
  if (!ok)
    throw ValidationError(
        "points", "wrong number of points for a " + std::string(to_string(shape)),
        shape == MarkShape::kPoint ? "exactly 1" : std::to_string(need) + " or more");
  const bool finite = std::all_of(points.begin(), points.end(),
                                  [](Point p) { return std::isfinite(p.x) && std::isfinite(p.y); });
  if (!finite) throw ValidationError("points", "a coordinate is not a number", "finite numbers");
}

}  // namespace

BodyChartView::BodyChartView(View view, std::string svg, std::vector<Region> regions)
    : view_(view), svg_(std::move(svg)), regions_(std::move(regions)) {
  mask_ = render_mask(view_, svg_, kMaskWidth, kMaskHeight);
  for (const Region& r : regions_) {
    Bounds b{1, 1, 0, 0};
    for (const Point& q : r.polygon) {
      b.x0 = std::min(b.x0, q.x);
      b.y0 = std::min(b.y0, q.y);
      b.x1 = std::max(b.x1, q.x);
      b.y1 = std::max(b.y1, q.y);
    }
    bounds_.push_back(b);
    areas_.push_back(area(r.polygon));
  }
}

const Region* BodyChartView::find_region(std::string_view id) const {
  for (const Region& r : regions_)
    if (r.id == id) return &r;
  return nullptr;
}

bool BodyChartView::inside_body(Point q) const {
  if (!(q.x >= 0 && q.x <= 1 && q.y >= 0 && q.y <= 1)) return false;
  const int x = std::min(kMaskWidth - 1, static_cast<int>(q.x * kMaskWidth));
  const int y = std::min(kMaskHeight - 1, static_cast<int>(q.y * kMaskHeight));
  return mask_[static_cast<std::size_t>(y) * kMaskWidth + static_cast<std::size_t>(x)] != 0;
}

std::vector<std::string> BodyChartView::regions_for(MarkShape shape,
                                                    const std::vector<Point>& points) const {
  require_points(shape, points);
  std::vector<std::string> ids;
  // Regions whose bounding box is further than `margin` from the mark's cannot be hit.
  Bounds mark{1, 1, 0, 0};
  for (const Point& q : points) {
    mark.x0 = std::min(mark.x0, q.x);
    mark.y0 = std::min(mark.y0, q.y);
    mark.x1 = std::max(mark.x1, q.x);
    mark.y1 = std::max(mark.y1, q.y);
  }
  auto far = [&](std::size_t i, double margin) {
    const Bounds& b = bounds_[i];
    return b.x1 < mark.x0 - margin || b.x0 > mark.x1 + margin || b.y1 < mark.y0 - margin ||
           b.y0 > mark.y1 + margin;
  };
  switch (shape) {
    case MarkShape::kPoint: {
      // The containing region the point lies deepest in; else the nearest within kPointSnap.
      const Point q = points.front();
      const Region* best = nullptr;
      double best_depth = -1;
      for (std::size_t i = 0; i < regions_.size(); ++i) {
        const Region& r = regions_[i];
        if (far(i, 0) || !contains(r.polygon, q)) continue;
        const double depth = distance_to_border(r.polygon, q);
        if (depth > best_depth) {
          best = &r;
          best_depth = depth;
        }
      }
      if (best == nullptr) {
        double best_gap = kPointSnap;
        for (std::size_t i = 0; i < regions_.size(); ++i) {
          const Region& r = regions_[i];
          if (far(i, kPointSnap * 2)) continue;  // 2x: canvas distance scales x by the aspect
          const double gap = distance_to_border(r.polygon, q);
          if (gap <= best_gap && (best == nullptr || gap < best_gap)) {
            best = &r;
            best_gap = gap;
          }
        }
      }
      if (best != nullptr) ids.push_back(best->id);
      break;
    }
    case MarkShape::kArea: {
      const double mark_area = area(points);
      const bool mark_simple = is_simple(points);
      if (mark_area <= kDegenerateArea) {
        // A lasso with no area (all points on a line): the regions its outline crosses.
        std::vector<Point> outline = points;
        outline.push_back(points.front());
        return regions_for(MarkShape::kStroke, outline);
      }
      for (std::size_t i = 0; i < regions_.size(); ++i) {
        const Region& r = regions_[i];
        if (far(i, 0)) continue;
        // The overlap cannot exceed the overlap of the bounding boxes: skip regions that the
        // mark's box only grazes.
        const Bounds& b = bounds_[i];
        const double box_overlap =
            std::max(0.0, std::min(b.x1, mark.x1) - std::max(b.x0, mark.x0)) *
            std::max(0.0, std::min(b.y1, mark.y1) - std::max(b.y0, mark.y0));
        if (box_overlap < kAreaShare * mark_area && box_overlap < kAreaShare * areas_[i]) continue;
        const double overlap = mark_simple ? intersection_area_of_simple(points, r.polygon)
                                           : intersection_area(points, r.polygon);
        if (overlap > 0 && (overlap >= kAreaShare * mark_area || overlap >= kAreaShare * areas_[i]))
          ids.push_back(r.id);
      }
      break;
    }
    case MarkShape::kStroke: {
      BgLinestring line;
      for (const Point& q : points) bg::append(line, BgPoint(q.x, q.y));
      for (std::size_t i = 0; i < regions_.size(); ++i) {
        const Region& r = regions_[i];
        if (far(i, 0)) continue;
        const BgPolygon poly = to_bg(r.polygon);
        const bool hit = line.size() == 1 || bg::length(line) == 0
                             ? bg::covered_by(line.front(), poly)
                             : bg::intersects(line, poly);
        if (hit) ids.push_back(r.id);
      }
      break;
    }
  }
  return ids;
}

BodyChart::BodyChart() {
  for (View v : kAllViews) {
    const std::string svg(embedded(file_of(v, "svg")));
    auto regions = parse_regions(v, embedded(file_of(v, "json")));
    views_.push_back(std::make_unique<BodyChartView>(v, svg, std::move(regions)));
  }
}

const BodyChart& BodyChart::standard() {
  static const BodyChart chart;
  return chart;
}

const BodyChartView& BodyChart::view(View v) const {
  for (const auto& bv : views_)
    if (bv->view() == v) return *bv;
  throw Error("no body chart template for the view " + std::string(to_string(v)));
}

std::vector<std::string> BodyChart::all_region_ids() const {
  std::vector<std::string> ids;
  std::set<std::string, std::less<>> seen;
  for (const auto& bv : views_)
    for (const Region& r : bv->regions())
      if (seen.insert(r.id).second) ids.push_back(r.id);
  return ids;
}

std::string BodyChart::region_label(std::string_view id) const {
  for (const auto& bv : views_)
    if (const Region* r = bv->find_region(id)) return r->label;
  return {};
}

void BodyChart::assign_regions(ChartMark& m) const {
  m.region_ids = view(m.view).regions_for(m.shape, m.points);
}

}  // namespace myochart::chart
