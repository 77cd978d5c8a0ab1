#pragma once
// A small trend plot: one or more series of (date, value) points over the sessions, the normal
// band shaded, axis labels with units. Drawn by one function (draw) into any cairo context, so
// the GUI, the client record, the session report, PNG and PDF all show the same picture.
#include <cairo.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "myochart/render/image.h"
#include "myochart/time.h"

namespace myochart::render {

struct TrendPoint {
  Date date{};
  double value = 0;
};

/// Colours are sRGB 0-1.
struct TrendSeries {
  std::string label{};               ///< shown in the legend when the plot has more than one series
  std::vector<TrendPoint> points{};  ///< drawn in date order (sorted by the renderer)
  double r = 0.13, g = 0.37, b = 0.66;
};

struct TrendPlot {
  std::string title{};  ///< drawn above the plot when non-empty
  std::string unit{};   ///< "deg", "cm", "mm": shown on the value axis ("deg" as °)
  std::vector<TrendSeries> series{};
  /// The normal range, shaded; an open end extends to the edge of the plot.
  std::optional<double> normal_min{}, normal_max{};
  /// The value axis; when unset it spans the data and the normal band, with some margin.
  std::optional<double> axis_min{}, axis_max{};
};

/// Where draw() put the plot area, to map data to device positions (tests, GUI hover).
struct TrendLayout {
  double x = 0, y = 0, width = 0, height = 0;  ///< the plot area in device units
  double day_first = 0, day_last = 0;          ///< days since 1970-01-01 at the left / right edge
  double value_low = 0, value_high = 0;        ///< values at the bottom / top edge
  void to_device(Date date, double value, double& device_x, double& device_y) const;
};

/// Draws the plot into (0,0)-(width,height) of cr's user space; leaves cr's state as found.
/// A plot without points shows its axes and "No measurements yet".
TrendLayout draw_trend(cairo_t* cr, const TrendPlot& plot, double width, double height);
/// The layout draw_trend() would use, without drawing.
TrendLayout trend_layout(const TrendPlot& plot, double width, double height);

/// In-memory image on a white background.
Image render_trend_image(const TrendPlot& plot, int width_px, int height_px);
/// PNG file on a white background. Throws Error when the file cannot be written.
void write_trend_png(const TrendPlot& plot, const std::filesystem::path& file, int width_px,
                     int height_px);
/// One-page vector PDF of the given size in points. Throws Error on failure.
void write_trend_pdf(const TrendPlot& plot, const std::filesystem::path& file, double width_pt,
                     double height_pt);

}  // namespace myochart::render
