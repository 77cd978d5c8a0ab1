#include "myochart/render/pain_trend.h"

#include <algorithm>
#include <vector>

#include "render/text.h"

namespace myochart::render {

namespace {

struct Series {
  double r, g, b;
  std::optional<int> PainPoint::*score;
  const char* label;
};
constexpr Series kBefore{0.80, 0.18, 0.16, &PainPoint::before, "Before session"};
constexpr Series kAfter{0.12, 0.55, 0.30, &PainPoint::after, "After session"};

}  // namespace

void draw_pain_trend(cairo_t* cr, std::span<const PainPoint> all, double width, double height) {
  std::vector<PainPoint> sessions;
  for (const auto& p : all)
    if (p.before || p.after) sessions.push_back(p);

  cairo_save(cr);
  const double text = std::clamp(height * 0.075, 8.0, 13.0);
  detail::TextStyle small;
  small.size = text;
  small.r = small.g = small.b = 0.35;
  if (sessions.empty()) {
    detail::TextStyle style = small;
    style.center = true;
    detail::draw_text(cr, "No pain scores recorded yet", 0, height / 2 - text, style, width);
    cairo_restore(cr);
    return;
  }

  double label_w = 0, label_h = 0;
  detail::measure_text(cr, "10", small, label_w, label_h);
  const double left = label_w + text * 0.8, right = width - text;
  const double top = text * 2.4, bottom = height - label_h - text * 0.8;
  const double plot_w = std::max(1.0, right - left), plot_h = std::max(1.0, bottom - top);
  auto x_of = [&](std::size_t i) {
    return sessions.size() == 1
               ? left + plot_w / 2
               : left + plot_w * static_cast<double>(i) / static_cast<double>(sessions.size() - 1);
  };
  auto y_of = [&](int score) { return bottom - plot_h * std::clamp(score, 0, 10) / 10.0; };

  // Grid at 0, 5, 10 with their numbers.
  cairo_set_line_width(cr, 1);
  for (int s : {0, 5, 10}) {
    cairo_set_source_rgb(cr, 0.88, 0.88, 0.9);
    cairo_move_to(cr, left, y_of(s) + 0.5);
    cairo_line_to(cr, right, y_of(s) + 0.5);
    cairo_stroke(cr);
    const std::string n = std::to_string(s);
    double w = 0, h = 0;
    detail::measure_text(cr, n, small, w, h);
    detail::draw_text(cr, n, left - w - text * 0.4, y_of(s) - h / 2, small);
  }

  const double dot = std::clamp(height * 0.025, 2.0, 4.5);
  for (const Series& series : {kBefore, kAfter}) {
    cairo_set_source_rgb(cr, series.r, series.g, series.b);
    cairo_set_line_width(cr, std::max(1.5, dot * 0.6));
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    bool open = false;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
      const auto& v = sessions[i].*series.score;
      if (!v) continue;
      if (!open)
        cairo_move_to(cr, x_of(i), y_of(*v));
      else
        cairo_line_to(cr, x_of(i), y_of(*v));
      open = true;
    }
    cairo_stroke(cr);
    for (std::size_t i = 0; i < sessions.size(); ++i)
      if (const auto& v = sessions[i].*series.score) {
        cairo_arc(cr, x_of(i), y_of(*v), dot, 0, 6.2831853);
        cairo_fill(cr);
      }
  }

  // Legend across the top, first and last labels under the axis.
  double x = left;
  for (const Series& series : {kBefore, kAfter}) {
    cairo_set_source_rgb(cr, series.r, series.g, series.b);
    cairo_rectangle(cr, x, text * 0.7, text * 1.4, text * 0.5);
    cairo_fill(cr);
    double w = 0, h = 0;
    detail::measure_text(cr, series.label, small, w, h);
    detail::draw_text(cr, series.label, x + text * 1.9, text * 0.95 - h / 2, small);
    x += text * 2.6 + w;
  }
  detail::draw_text(cr, sessions.front().label, left, bottom + text * 0.4, small);
  if (sessions.size() > 1) {
    double w = 0, h = 0;
    detail::measure_text(cr, sessions.back().label, small, w, h);
    detail::draw_text(cr, sessions.back().label, right - w, bottom + text * 0.4, small);
  }
  cairo_restore(cr);
}

Image render_pain_trend(std::span<const PainPoint> sessions, int width_px, int height_px) {
  Image img;
  img.width = width_px;
  img.height = height_px;
  img.stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width_px);
  img.data.assign(static_cast<std::size_t>(img.stride) * static_cast<std::size_t>(height_px), 0);
  cairo_surface_t* surface = cairo_image_surface_create_for_data(
      img.data.data(), CAIRO_FORMAT_ARGB32, width_px, height_px, img.stride);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  draw_pain_trend(cr, sessions, width_px, height_px);
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  cairo_surface_destroy(surface);
  return img;
}

}  // namespace myochart::render
