#pragma once
// Text drawn with pango on a cairo context, sized in device units (never through a toolkit's
// font scaling). Shared by the chart renderer and the document renderers.
#include <cairo.h>
#include <pango/pango.h>

#include <memory>
#include <string>

namespace myochart::render::detail {

struct TextStyle {
  double size = 12;  ///< font size in device units (pixels or points)
  bool bold = false;
  bool italic = false;
  double r = 0.15, g = 0.15, b = 0.15;
  bool center = false;       ///< centre each line within max_width
  bool right = false;        ///< align each line to the right of max_width
  bool single_line = false;  ///< cut with "…" at max_width instead of wrapping
};

struct GObjectDeleter {
  void operator()(void* object) const;
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectDeleter>;
using PangoContextPtr = std::unique_ptr<PangoContext, GObjectDeleter>;

/// A pango context whose text metrics do not depend on the surface drawn to (hinting off), so
/// that text measured once lays out the same on a PDF page, an image and a printer.
PangoContextPtr unhinted_context();
/// A layout of plain text (no markup) in `context`, wrapped at max_width when > 0.
LayoutPtr make_layout(PangoContext* context, const std::string& text, const TextStyle& style,
                      double max_width);

/// A layout's size in the units it was made in (pango's units divided out).
double layout_height(PangoLayout* layout);
double layout_width(PangoLayout* layout);

/// Draws text with its top-left corner at (x, y), wrapped at max_width when > 0. Returns the
/// height used.
double draw_text(cairo_t* cr, const std::string& text, double x, double y, const TextStyle& style,
                 double max_width = 0);
/// Width and height the text would take (unwrapped).
void measure_text(cairo_t* cr, const std::string& text, const TextStyle& style, double& width,
                  double& height);

}  // namespace myochart::render::detail
