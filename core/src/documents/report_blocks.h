#pragma once
// The building blocks of printed documents (core internal): text sized in points with pango,
// the same metrics on every output, and blocks (headings, paragraphs, label/value lines, an
// alert box, a row of charts) that are measured for a width and drawn at a place. The session
// report lays them out on pages.
#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "myochart/render/chart_renderer.h"
#include "myochart/render/trend_plot.h"
#include "render/text.h"

namespace myochart::render::report {

struct Font {
  double size = 10;
  bool bold = false;
  double grey = 0.12;
};
inline constexpr Font kBody{10, false, 0.12};
inline constexpr Font kSmall{8, false, 0.38};
inline constexpr Font kLabel{9, true, 0.38};
inline constexpr Font kHeading{12, true, 0.1};
inline constexpr Font kTitle{17, true, 0.05};
inline constexpr double kGap = 14;

/// No hinting of metrics: line and page breaks do not depend on the output device.
void set_font_options(cairo_t* cr);

struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
using TextLayout = std::unique_ptr<PangoLayout, LayoutDeleter>;

/// Text in `font`, wrapped at `width` points when > 0.
TextLayout text_layout(cairo_t* cr, const std::string& text, const Font& font, double width);
using detail::layout_height;
using detail::layout_width;
/// Draws text with its top left at (x, y); returns the height used.
double show(cairo_t* cr, const std::string& text, const Font& font, double x, double y,
            double width = 0);

enum class Kind { kTitleLine, kHeadingLine, kParagraph, kFields, kAlert, kCharts, kTrends };

struct Block {
  Kind kind = Kind::kParagraph;
  std::string text;
  std::vector<std::pair<std::string, std::string>> fields;  ///< kFields: label, value
  std::vector<ChartScene> charts;                           ///< kCharts: one row
  std::vector<TrendPlot> trends;                            ///< kTrends: one row (1 or 2)
  double space_before = 0;
  // Measured for the content width (measure()):
  double height = 0;
  std::vector<double> breaks;  ///< paragraph: where a page may end (bottom of each line)
};

/// Sets b.height (and b.breaks for paragraphs) for the given content width.
void measure(cairo_t* cr, Block& b, double width, const ChartRenderer& renderer);
/// Draws the whole block with its top left at (x, y).
void draw_block(cairo_t* cr, const Block& b, double x, double y, double width,
                const ChartRenderer& renderer);

}  // namespace myochart::render::report
