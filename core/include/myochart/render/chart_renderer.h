#pragma once
// The one body-chart renderer. The GUI canvas (through render_image), printed pages, PDFs and
// PNGs all come from draw(); there is no second drawing code for a chart.
#include <cairo.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "myochart/chart/body_chart.h"
#include "myochart/chart/chart_mark.h"
#include "myochart/ids.h"
#include "myochart/render/image.h"

namespace myochart::render {

/// A shape drawn over the chart that is not a mark: e.g. a trigger point's referral zones.
/// Colours are sRGB 0-1.
struct Overlay {
  chart::Polygon polygon;
  double r = 0.5, g = 0.2, b = 0.7;
  double fill_alpha = 0.35;  ///< 0 = no fill
  bool hatched = false;      ///< diagonal hatching instead of a solid fill
  bool dashed_outline = false;
  std::string label;  ///< listed in the legend; drawn at the centroid when there is no legend
};

/// Everything one picture of one view shows.
struct ChartScene {
  chart::View view = chart::View::kPosterior;
  std::vector<chart::ChartMark> marks;            ///< marks of this view (others are ignored)
  std::vector<chart::ChartMark> reference_marks;  ///< e.g. the previous session's, drawn faint
  std::vector<Overlay> overlays;                  ///< drawn under the marks
  std::string title;                              ///< drawn above the chart when non-empty
  bool legend = true;                             ///< a key of the mark kinds shown
  std::optional<Id> selected_mark;                ///< drawn with a selection halo
};

/// Where draw() put the chart, so that a caller (the GUI canvas) can map mouse positions to
/// chart coordinates and back.
struct ChartLayout {
  double chart_x = 0, chart_y = 0;           ///< device position of chart point (0,0)
  double chart_width = 0, chart_height = 0;  ///< device size of the unit square
  chart::Point to_chart(double device_x, double device_y) const;
  void to_device(chart::Point p, double& device_x, double& device_y) const;
};

/// Draws charts. Parsed outlines are cached per renderer; one renderer may be used by several
/// threads at once.
class ChartRenderer {
 public:
  explicit ChartRenderer(const chart::BodyChart& chart = chart::BodyChart::standard());
  ~ChartRenderer();
  ChartRenderer(const ChartRenderer&) = delete;
  ChartRenderer& operator=(const ChartRenderer&) = delete;

  /// Draws the scene into the rectangle (0,0)-(width,height) of cr's user space, keeping the
  /// chart's aspect ratio; title on top and legend at the bottom when asked for. Leaves cr's
  /// state as it found it.
  ChartLayout draw(cairo_t* cr, const ChartScene& scene, double width, double height) const;

  /// The height at which a picture `width` wide holds the scene without empty bands.
  double natural_height(const ChartScene& scene, double width) const;

  /// The layout draw() would use, without drawing.
  ChartLayout layout(const ChartScene& scene, double width, double height) const;

  /// In-memory image on a white background.
  Image render_image(const ChartScene& scene, int width_px, int height_px) const;
  /// The rectangle (x, y, width_px, height_px) of the picture the scene makes at
  /// full_width x full_height pixels, on a white background: what a zoomed, scrolled canvas
  /// shows. Layouts (ChartLayout) are those of the full picture.
  Image render_image_region(const ChartScene& scene, double full_width, double full_height, int x,
                            int y, int width_px, int height_px) const;
  /// PNG file on a white background. Throws Error when the file cannot be written.
  void write_png(const ChartScene& scene, const std::filesystem::path& file, int width_px,
                 int height_px) const;
  /// One-page vector PDF of the given size in points (1/72 inch). Throws Error on failure.
  void write_pdf(const ChartScene& scene, const std::filesystem::path& file, double width_pt,
                 double height_pt) const;

 private:
  struct Outlines;
  const chart::BodyChart& chart_;
  std::unique_ptr<Outlines> outlines_;
};

}  // namespace myochart::render
