// The images the GUI blits: a region of a zoomed chart, and the pain trend.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>

#include "myochart/render/chart_renderer.h"
#include "myochart/render/pain_trend.h"

using namespace myochart;
using namespace myochart::render;

namespace {

// Largest difference of a colour channel between two equally sized parts of two images.
int max_difference(const Image& a, int ax, int ay, const Image& b, int bx, int by, int w, int h) {
  int worst = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const auto p = a.pixel(ax + x, ay + y), q = b.pixel(bx + x, by + y);
      worst = std::max({worst, std::abs(p.r - q.r), std::abs(p.g - q.g), std::abs(p.b - q.b)});
    }
  return worst;
}

int count_coloured(const Image& img, bool (*pred)(Image::Rgba)) {
  int n = 0;
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; ++x) n += pred(img.pixel(x, y)) ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("a region of a zoomed chart is exactly that part of the whole picture") {
  ChartRenderer renderer;
  ChartScene scene;
  chart::ChartMark m;
  m.id = 1;
  m.points = {{0.45, 0.3}};
  m.kind = "trigger_point";
  scene.marks.push_back(m);
  const Image whole = renderer.render_image(scene, 600, 1000);
  const Image part = renderer.render_image_region(scene, 600, 1000, 200, 250, 160, 120);
  REQUIRE(part.width == 160);
  REQUIRE(part.height == 120);
  CHECK(max_difference(whole, 200, 250, part, 0, 0, 160, 120) <= 2);
  // And it is not just any part of it.
  CHECK(max_difference(whole, 0, 0, part, 0, 0, 160, 120) > 50);
}

TEST_CASE("the pain trend draws both series, and says so in words when there are none") {
  const std::vector<PainPoint> sessions = {
      {"2026-01-05", 8, 5}, {"", std::nullopt, std::nullopt}, {"", 6, 3}, {"2026-03-01", 4, 1}};
  const Image img = render_pain_trend(sessions, 360, 140);
  const int reds = count_coloured(img, [](Image::Rgba c) { return c.r > 170 && c.g < 90; });
  const int greens = count_coloured(img, [](Image::Rgba c) { return c.g > 110 && c.r < 80; });
  CHECK(reds > 100);
  CHECK(greens > 100);

  const Image empty = render_pain_trend({}, 360, 140);
  const int ink = count_coloured(empty, [](Image::Rgba c) { return c.r < 200; });
  CHECK(ink > 50);  // the sentence
  CHECK(count_coloured(empty, [](Image::Rgba c) { return c.r > 170 && c.g < 90; }) == 0);
}
