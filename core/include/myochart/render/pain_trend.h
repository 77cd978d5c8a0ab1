#pragma once
// A client's pain scores over their sessions (0-10 before and after each), as one small
// picture: the record screen shows it and reports print it. Drawn with cairo, like the chart.
#include <cairo.h>

#include <optional>
#include <span>
#include <string>

#include "myochart/render/image.h"
#include "myochart/time.h"

namespace myochart::render {

struct PainPoint {
  std::string label;  ///< shown under the first and last session, e.g. the date
  std::optional<int> before;
  std::optional<int> after;
};

/// Draws the sessions oldest first, evenly spaced, into (0,0)-(width,height): a line for the
/// scores before and one for after, a legend, and the first and last labels. Sessions without
/// scores are left out; with none at all it says so in words.
void draw_pain_trend(cairo_t* cr, std::span<const PainPoint> sessions, double width, double height);
/// On a white background.
Image render_pain_trend(std::span<const PainPoint> sessions, int width_px, int height_px);

}  // namespace myochart::render
