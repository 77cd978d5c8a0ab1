// The trend plot: the series drawn where the layout says, the normal band shaded, PNG and PDF.
#include <cairo.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "myochart/errors.h"
#include "myochart/render/trend_plot.h"
#include "support/temp_dir.h"

using namespace myochart;
using namespace myochart::render;

namespace {

Date day(int m, int d) {
  return Date{std::chrono::year{2026}, std::chrono::month{static_cast<unsigned>(m)},
              std::chrono::day{static_cast<unsigned>(d)}};
}

TrendPlot cva_plot() {
  TrendPlot p;
  p.title = "Craniovertebral angle";
  p.unit = "deg";
  p.normal_min = 49;
  p.normal_max = 56;
  p.axis_min = 30;
  p.axis_max = 60;
  p.series.push_back({.label = "CVA",
                      .points = {{day(3, 3), 40}, {day(3, 31), 46}, {day(5, 5), 52}},
                      .r = 0.0,
                      .g = 0.0,
                      .b = 1.0});
  return p;
}

bool is_blue(Image::Rgba c) {
  return c.b > 180 && c.r < 90 && c.g < 90;
}

Image::Rgba at(const Image& img, const TrendLayout& l, Date d, double v) {
  double x = 0, y = 0;
  l.to_device(d, v, x, y);
  return img.pixel(static_cast<int>(x), static_cast<int>(y));
}

}  // namespace

TEST_CASE("trend plot: line through each point, between points, normal band shaded") {
  const auto plot = cva_plot();
  const Image img = render_trend_image(plot, 480, 270);
  CHECK(img.width == 480);
  CHECK(img.height == 270);
  const TrendLayout l = trend_layout(plot, 480, 270);
  CHECK(l.value_low == 30);
  CHECK(l.value_high == 60);
  for (const auto& p : plot.series[0].points) {
    INFO(format_date(p.date) << " " << p.value);
    CHECK(is_blue(at(img, l, p.date, p.value)));
  }
  // Halfway along the first segment (both coordinates are linear in the layout).
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  l.to_device(day(3, 3), 40, x0, y0);
  l.to_device(day(3, 31), 46, x1, y1);
  CHECK(is_blue(img.pixel(static_cast<int>((x0 + x1) / 2), static_cast<int>((y0 + y1) / 2))));
  // The band: value 52 at the first date's x is inside it and away from the line (greenish);
  // value 35 there is outside the band and off the line (white).
  const auto band = at(img, l, day(3, 3), 53);
  CHECK(band.g > band.r);
  CHECK(band.g > 200);
  CHECK(band.r < 235);
  const auto outside = at(img, l, day(5, 5), 35);
  CHECK(outside.r == 255);
  CHECK(outside.g == 255);
  CHECK(outside.b == 255);
  // Points lie inside the plot area.
  CHECK(x0 > l.x);
  CHECK(x1 < l.x + l.width);
}

TEST_CASE("trend plot: automatic value axis spans the data and the normal band") {
  TrendPlot p;
  p.normal_min = 20;
  p.normal_max = 45;
  p.series.push_back({.label = "", .points = {{day(1, 10), 50}, {day(2, 10), 55}}});
  const TrendLayout l = trend_layout(p, 400, 200);
  CHECK(l.value_low < 20);
  CHECK(l.value_high > 55);
  // One date only: the point sits in the middle.
  TrendPlot one;
  one.series.push_back({.label = "", .points = {{day(1, 10), 3}}});
  const TrendLayout lo = trend_layout(one, 400, 200);
  double x = 0, y = 0;
  lo.to_device(day(1, 10), 3, x, y);
  CHECK(x == Approx(lo.x + lo.width / 2));
  CHECK(y == Approx(lo.y + lo.height / 2));
  CHECK_NOTHROW(render_trend_image(TrendPlot{}, 200, 100));  // empty: axes and a note
}

TEST_CASE("trend plot: PNG of the asked size, PDF, unwritable file refused") {
  test::TempDir dir;
  const auto png = dir / "cva.png";
  write_trend_png(cva_plot(), png, 640, 360);
  cairo_surface_t* s = cairo_image_surface_create_from_png(png.c_str());
  REQUIRE(cairo_surface_status(s) == CAIRO_STATUS_SUCCESS);
  CHECK(cairo_image_surface_get_width(s) == 640);
  CHECK(cairo_image_surface_get_height(s) == 360);
  cairo_surface_destroy(s);
  const auto pdf = dir / "cva.pdf";
  write_trend_pdf(cva_plot(), pdf, 400, 250);
  std::ifstream in(pdf, std::ios::binary);
  std::string head(5, '\0');
  in.read(head.data(), 5);
  CHECK(head == "%PDF-");
  CHECK_THROWS_AS(write_trend_png(cva_plot(), dir / "missing" / "x.png", 100, 50), Error);
}
