#include "myochart/render/trend_plot.h"

#include <cairo-pdf.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "myochart/errors.h"
#include "render/text.h"

namespace myochart::render {

namespace {

constexpr double kPi = 3.14159265358979323846;

double day_number(Date d) {
  return static_cast<double>(std::chrono::sys_days{d}.time_since_epoch().count());
}

std::string unit_suffix(const std::string& unit) {
  if (unit.empty()) return "";
  return unit == "deg" ? "°" : " " + unit;
}

std::string value_text(double v, double step) {
  // As many decimals as the tick step needs, no more.
  const int decimals = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (s == "-0") s = "0";
  return s;
}

double nice_step(double span) {
  const double raw = span / 4;
  const double magnitude = std::pow(10, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (raw <= m * magnitude) return m * magnitude;
  return 10 * magnitude;
}

struct Sizes {
  double font, pad, title_h, legend_h, left, bottom;
};

Sizes sizes(const TrendPlot& plot, double width, double height) {
  Sizes s{};
  s.font = std::clamp(std::min(width, height) * 0.05, 7.0, 14.0);
  s.pad = s.font * 0.6;
  s.title_h = plot.title.empty() ? 0 : s.font * 1.9;
  s.legend_h = plot.series.size() > 1 ? s.font * 1.6 : 0;
  s.left = s.font * 4.2;
  s.bottom = s.font * 2.2;
  return s;
}

}  // namespace

void TrendLayout::to_device(Date date, double value, double& device_x, double& device_y) const {
  const double days = day_last - day_first;
  const double values = value_high - value_low;
  device_x = x + (days > 0 ? (day_number(date) - day_first) / days * width : width / 2);
  device_y = y + (values > 0 ? (value_high - value) / values * height : height / 2);
}

TrendLayout trend_layout(const TrendPlot& plot, double width, double height) {
  const Sizes s = sizes(plot, width, height);
  TrendLayout l;
  l.x = s.left;
  l.y = s.pad + s.title_h + s.legend_h;
  l.width = std::max(1.0, width - s.left - s.pad * 2);
  l.height = std::max(1.0, height - l.y - s.bottom);

  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  double first = lo, last = -lo;
  for (const auto& series : plot.series)
    for (const auto& p : series.points) {
      lo = std::min(lo, p.value);
      hi = std::max(hi, p.value);
      first = std::min(first, day_number(p.date));
      last = std::max(last, day_number(p.date));
    }
  for (const auto& v : {plot.normal_min, plot.normal_max})
    if (v) {
      lo = std::min(lo, *v);
      hi = std::max(hi, *v);
    }
  if (!std::isfinite(lo)) lo = 0, hi = 1;
  if (hi - lo < 1e-9) lo -= 1, hi += 1;
  const double margin = (hi - lo) * 0.1;
  l.value_low = plot.axis_min.value_or(lo - margin);
  l.value_high = plot.axis_max.value_or(hi + margin);
  if (l.value_high <= l.value_low) l.value_high = l.value_low + 1;

  if (!std::isfinite(first)) first = last = 0;
  // Keep the first and last points off the frame: half a day or 5% of the span on each side.
  const double day_pad = std::max(0.5, (last - first) * 0.05);
  l.day_first = first - day_pad;
  l.day_last = last + day_pad;
  return l;
}

TrendLayout draw_trend(cairo_t* cr, const TrendPlot& plot, double width, double height) {
  const Sizes s = sizes(plot, width, height);
  const TrendLayout l = trend_layout(plot, width, height);
  cairo_save(cr);
  detail::TextStyle small{.size = s.font * 0.85, .r = 0.3, .g = 0.3, .b = 0.3};

  if (!plot.title.empty())
    detail::draw_text(cr, plot.title, s.pad, s.pad * 0.5, {.size = s.font * 1.1, .bold = true},
                      width - 2 * s.pad);

  // The normal band, clipped to the plot area.
  if (plot.normal_min || plot.normal_max) {
    const double top_value = std::min(plot.normal_max.value_or(l.value_high), l.value_high);
    const double bottom_value = std::max(plot.normal_min.value_or(l.value_low), l.value_low);
    if (top_value > bottom_value) {
      const double y0 = l.y + (l.value_high - top_value) / (l.value_high - l.value_low) * l.height;
      const double y1 =
          l.y + (l.value_high - bottom_value) / (l.value_high - l.value_low) * l.height;
      cairo_set_source_rgb(cr, 0.86, 0.94, 0.86);
      cairo_rectangle(cr, l.x, y0, l.width, y1 - y0);
      cairo_fill(cr);
      detail::TextStyle band = small;
      band.r = 0.25, band.g = 0.5, band.b = 0.25;
      double tw = 0, th = 0;
      detail::measure_text(cr, "normal", band, tw, th);
      if (y1 - y0 > th) detail::draw_text(cr, "normal", l.x + l.width - tw - s.pad * 0.5, y0, band);
    }
  }

  // Value axis: grid lines and labels with the unit.
  const double step = nice_step(l.value_high - l.value_low);
  cairo_set_line_width(cr, std::max(0.5, s.font * 0.06));
  for (double v = std::ceil(l.value_low / step) * step; v <= l.value_high + step * 1e-6;
       v += step) {
    const double y = l.y + (l.value_high - v) / (l.value_high - l.value_low) * l.height;
    cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
    cairo_move_to(cr, l.x, y);
    cairo_line_to(cr, l.x + l.width, y);
    cairo_stroke(cr);
    const std::string label = value_text(v, step) + unit_suffix(plot.unit);
    double tw = 0, th = 0;
    detail::measure_text(cr, label, small, tw, th);
    detail::draw_text(cr, label, l.x - tw - s.pad * 0.5, y - th / 2, small);
  }
  cairo_set_source_rgb(cr, 0.45, 0.45, 0.45);
  cairo_rectangle(cr, l.x, l.y, l.width, l.height);
  cairo_stroke(cr);

  // Date axis: a label under each distinct date, skipping those that would overlap.
  std::vector<Date> dates;
  for (const auto& series : plot.series)
    for (const auto& p : series.points) dates.push_back(p.date);
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  double free_from = -std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < dates.size(); ++i) {
    const std::string label = format_date(dates[i]);
    double tw = 0, th = 0, x = 0, y = 0;
    detail::measure_text(cr, label, small, tw, th);
    l.to_device(dates[i], l.value_low, x, y);
    const double left = std::clamp(x - tw / 2, 0.0, std::max(0.0, width - tw));
    // Always show the last date: drop the one before it instead when they collide.
    if (left < free_from && i + 1 != dates.size()) continue;
    detail::draw_text(cr, label, left, l.y + l.height + s.pad * 0.4, small);
    free_from = left + tw + s.pad;
  }

  // The series, clipped to the plot area.
  cairo_save(cr);
  cairo_rectangle(cr, l.x, l.y, l.width, l.height);
  cairo_clip(cr);
  const double line = std::max(1.5, s.font * 0.18);
  for (const auto& series : plot.series) {
    auto points = series.points;
    std::stable_sort(points.begin(), points.end(),
                     [](const TrendPoint& a, const TrendPoint& b) { return a.date < b.date; });
    cairo_set_source_rgb(cr, series.r, series.g, series.b);
    cairo_set_line_width(cr, line);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (std::size_t i = 0; i < points.size(); ++i) {
      double x = 0, y = 0;
      l.to_device(points[i].date, points[i].value, x, y);
      if (i == 0)
        cairo_move_to(cr, x, y);
      else
        cairo_line_to(cr, x, y);
    }
    cairo_stroke(cr);
    for (const auto& p : points) {
      double x = 0, y = 0;
      l.to_device(p.date, p.value, x, y);
      cairo_arc(cr, x, y, line * 1.8, 0, 2 * kPi);
      cairo_fill(cr);
    }
  }
  cairo_restore(cr);

  if (dates.empty()) {
    detail::TextStyle empty = small;
    empty.center = true;
    detail::draw_text(cr, "No measurements yet", l.x, l.y + l.height / 2 - s.font, empty, l.width);
  }

  // Legend: one entry per series when there is more than one.
  if (plot.series.size() > 1) {
    double x = l.x;
    const double y = s.pad + s.title_h;
    for (const auto& series : plot.series) {
      cairo_set_source_rgb(cr, series.r, series.g, series.b);
      cairo_set_line_width(cr, line);
      cairo_move_to(cr, x, y + s.font * 0.6);
      cairo_line_to(cr, x + s.font * 1.5, y + s.font * 0.6);
      cairo_stroke(cr);
      double tw = 0, th = 0;
      detail::measure_text(cr, series.label, small, tw, th);
      detail::draw_text(cr, series.label, x + s.font * 1.9, y, small);
      x += s.font * 1.9 + tw + s.font;
    }
  }
  cairo_restore(cr);
  return l;
}

Image render_trend_image(const TrendPlot& plot, int width_px, int height_px) {
  return paint_image(width_px, height_px,
                     [&](cairo_t* cr) { draw_trend(cr, plot, width_px, height_px); });
}

void write_trend_png(const TrendPlot& plot, const std::filesystem::path& file, int width_px,
                     int height_px) {
  write_png_file(render_trend_image(plot, width_px, height_px), file);
}

void write_trend_pdf(const TrendPlot& plot, const std::filesystem::path& file, double width_pt,
                     double height_pt) {
  write_pdf_file(file, width_pt, height_pt, plot.title, [&](cairo_t* cr) {
    draw_trend(cr, plot, width_pt, height_pt);
    cairo_show_page(cr);
  });
}

}  // namespace myochart::render
