// The one chart renderer: image, PNG and PDF output, pixels where the marks are.
#include <cairo.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>

#include "myochart/errors.h"
#include "myochart/render/chart_renderer.h"
#include "support/temp_dir.h"

using namespace myochart;
using namespace myochart::render;
using chart::View;

namespace {

chart::Point region_centre(View view, const std::string& id) {
  const auto* r = chart::BodyChart::standard().view(view).find_region(id);
  REQUIRE(r != nullptr);
  return chart::centroid(r->polygon);
}

chart::ChartMark point_mark(View view, chart::Point p, const std::string& kind, int intensity) {
  chart::ChartMark m;
  m.id = 1;
  m.view = view;
  m.shape = chart::MarkShape::kPoint;
  m.points = {p};
  m.kind = kind;
  m.intensity = intensity;
  return m;
}

Image::Rgba at(const Image& img, const ChartLayout& l, chart::Point p) {
  double x = 0, y = 0;
  l.to_device(p, x, y);
  return img.pixel(static_cast<int>(x), static_cast<int>(y));
}

bool is_white(Image::Rgba c) {
  return c.r > 245 && c.g > 245 && c.b > 245;
}

std::string run(const std::string& cmd) {
  std::string out;
  if (FILE* p = ::popen(cmd.c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
  }
  return out;
}

}  // namespace

TEST_CASE("layout maps chart coordinates to device pixels and back, keeping the aspect") {
  ChartRenderer renderer;
  ChartScene scene;
  scene.legend = false;
  const auto l = renderer.layout(scene, 600, 1000);
  CHECK(l.chart_width / l.chart_height == Approx(chart::kChartAspect));
  CHECK(l.chart_height <= 1000);
  double x = 0, y = 0;
  l.to_device({0.25, 0.75}, x, y);
  const auto back = l.to_chart(x, y);
  CHECK(back.x == Approx(0.25));
  CHECK(back.y == Approx(0.75));
}

TEST_CASE(
    "marks are drawn in their kind's colour at their position, the body and background show") {
  ChartRenderer renderer;
  ChartScene scene;
  scene.view = View::kPosterior;
  scene.legend = false;
  const auto scapula = region_centre(View::kPosterior, "left_scapular");
  const auto calf = region_centre(View::kPosterior, "right_calf");
  scene.marks.push_back(point_mark(View::kPosterior, scapula, "pain", 10));
  auto treated = point_mark(View::kPosterior, calf, "treated", 10);
  treated.id = 2;
  treated.shape = chart::MarkShape::kArea;
  treated.points = {{calf.x - 0.03, calf.y - 0.03},
                    {calf.x + 0.03, calf.y - 0.03},
                    {calf.x + 0.03, calf.y + 0.03},
                    {calf.x - 0.03, calf.y + 0.03}};
  scene.marks.push_back(treated);

  const Image img = renderer.render_image(scene, 400, 800);
  REQUIRE(img.width == 400);
  REQUIRE(img.height == 800);
  const auto l = renderer.layout(scene, 400, 800);

  const auto pain = at(img, l, scapula);
  CHECK(pain.r > 170);
  CHECK(pain.g < 90);
  CHECK(pain.b < 90);

  // Inside the treated area, away from its centre symbol: green dominates.
  const auto area = at(img, l, {calf.x - 0.022, calf.y - 0.022});
  CHECK(area.g > area.r + 20);
  CHECK(area.g > area.b + 20);

  CHECK(is_white(img.pixel(2, 2)));  // background
  CHECK_FALSE(
      is_white(at(img, l, region_centre(View::kPosterior, "right_scapular"))));  // body fill
}

TEST_CASE("intensity sets size and opacity, the previous session's marks are faint") {
  ChartRenderer renderer;
  const auto p = region_centre(View::kAnterior, "left_chest");
  auto render_one = [&](int intensity, bool reference) {
    ChartScene scene;
    scene.view = View::kAnterior;
    scene.legend = false;
    auto m = point_mark(View::kAnterior, p, "pain", intensity);
    (reference ? scene.reference_marks : scene.marks).push_back(m);
    return std::pair{renderer.render_image(scene, 400, 800), renderer.layout(scene, 400, 800)};
  };
  auto count_reddish = [](const Image& img) {
    int n = 0;
    for (int y = 0; y < img.height; ++y)
      for (int x = 0; x < img.width; ++x) {
        const auto c = img.pixel(x, y);
        if (c.r > c.g + 60 && c.r > c.b + 60) ++n;
      }
    return n;
  };
  auto [strong, l1] = render_one(10, false);
  auto [weak, l2] = render_one(1, false);
  CHECK(count_reddish(strong) > count_reddish(weak));
  CHECK(at(strong, l1, p).g < at(weak, l2, p).g);  // a stronger mark is more saturated

  auto [faint, l3] = render_one(10, true);
  CHECK(count_reddish(faint) == 0);
  const auto f = at(faint, l3, p);
  CHECK(std::abs(int(f.r) - int(f.g)) < 25);  // grey, not red
}

TEST_CASE("PNG files have the asked size and decode") {
  myochart::test::TempDir dir;
  const auto file = dir / "chart.png";
  ChartRenderer renderer;
  ChartScene scene;
  scene.title = "Posterior — test";
  scene.marks.push_back(point_mark(
      View::kPosterior, region_centre(View::kPosterior, "neck_posterior"), "trigger_point", 8));
  renderer.write_png(scene, file, 500, 1200);
  cairo_surface_t* png = cairo_image_surface_create_from_png(file.c_str());
  REQUIRE(cairo_surface_status(png) == CAIRO_STATUS_SUCCESS);
  CHECK(cairo_image_surface_get_width(png) == 500);
  CHECK(cairo_image_surface_get_height(png) == 1200);
  cairo_surface_destroy(png);
  CHECK_THROWS_AS(renderer.write_png(scene, dir / "no-such-dir" / "x.png", 100, 200),
                  myochart::Error);
}

TEST_CASE("PDF output is one vector page holding the title and the legend") {
  myochart::test::TempDir dir;
  const auto file = dir / "chart.pdf";
  ChartRenderer renderer;
  ChartScene scene;
  scene.view = View::kLeftLateral;
  scene.title = "Left side — Łucja's session";
  scene.marks.push_back(point_mark(
      View::kLeftLateral, region_centre(View::kLeftLateral, "left_shoulder"), "tension", 6));
  renderer.write_pdf(scene, file, 595.276, 841.89);
  std::ifstream in(file, std::ios::binary);
  std::string head(5, '\0');
  in.read(head.data(), 5);
  CHECK(head == "%PDF-");
  const std::string info = run("pdfinfo '" + file.string() + "'");
  const auto pages = info.find("Pages:");
  REQUIRE(pages != std::string::npos);
  CHECK(std::stoi(info.substr(pages + 6)) == 1);
  const std::string text = run("pdftotext '" + file.string() + "' -");
  CHECK(text.find("Łucja") != std::string::npos);
  CHECK(text.find("Tension") != std::string::npos);
}
