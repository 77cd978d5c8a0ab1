// The session report: laid out on pages without losing a word, the same on every page size,
// and written to PDF (read back with poppler's tools).
#include <cairo.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <set>

#include "myochart/render/session_report.h"
#include "support/temp_dir.h"

using namespace myochart;
using namespace myochart::render;

namespace {

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

SessionReportData sample(int paragraphs) {
  SessionReportData d;
  d.clinic.clinic_name = "Harbourside Massage & Movement";
  d.clinic.clinic_address = "14 Quay Street\nBristol BS1 4DJ";
  d.client.given_name = "Łucja";
  d.client.family_name = "Kowalska";
  d.client.date_of_birth =
      Date{std::chrono::year{1984}, std::chrono::February, std::chrono::day{29}};
  d.session.id = 7;
  d.session.therapist = "Rowan Ellis";
  d.session.started_at =
      Timestamp{std::chrono::sys_days{
                    Date{std::chrono::year{2026}, std::chrono::March, std::chrono::day{3}}} +
                std::chrono::hours{10}};
  d.session.pain_before = 6;
  d.session.pain_after = 3;
  // Numbered sentences, so that a lost or repeated line shows.
  for (int i = 1; i <= paragraphs; ++i)
    d.session.soap.objective += "Sentence number " + std::to_string(i) +
                                " describes palpation findings along the medial scapular border. ";
  d.session.soap.plan = "Heat at home; review in two weeks.";
  Contraindication c;
  c.kind = "anticoagulants";
  c.description = "Warfarin: light pressure only";
  d.active_contraindications.push_back(c);
  chart::ChartMark m;
  m.points = {{0.41, 0.27}};
  m.kind = "trigger_point";
  m.intensity = 7;
  d.marks.push_back(m);
  storage::Amendment a;
  a.author = "Rowan Ellis";
  a.reason = "Late entry";
  a.text = "Client phoned: pain 2/10 the next day.";
  d.amendments.push_back(a);
  return d;
}

}  // namespace

TEST_CASE("a long note runs over several pages without losing or repeating a line") {
  test::TempDir dir;
  ChartRenderer renderer;
  SessionReport report(sample(400), renderer);
  const int pages = report.page_count(kA4);
  CHECK(pages >= 4);
  const auto pdf = dir / "report.pdf";
  report.write_pdf(pdf, kA4);
  const std::string info = run("pdfinfo '" + pdf.string() + "'");
  CHECK(info.find("Pages:           " + std::to_string(pages)) != std::string::npos);
  const std::string text = run("pdftotext '" + pdf.string() + "' -");
  for (const char* must : {"Łucja Kowalska", "Warfarin: light pressure only", "Heat at home",
                           "Client phoned: pain 2/10", "Late entry", "Trigger point",
                           "before 6/10, after 3/10", "Harbourside Massage & Movement"})
    CHECK(text.find(must) != std::string::npos);
  std::multiset<int> seen;
  for (std::size_t at = text.find("number "); at != std::string::npos;
       at = text.find("number ", at + 1))
    seen.insert(std::stoi(text.substr(at + 7)));
  CHECK(seen.size() == 400);
  for (int i = 1; i <= 400; ++i) CHECK(seen.count(i) == 1);
  CHECK(text.find("Page " + std::to_string(pages) + " of " + std::to_string(pages)) !=
        std::string::npos);
}

TEST_CASE("every page of the report has ink only inside the paper, and letter paper works") {
  ChartRenderer renderer;
  SessionReport report(sample(60), renderer);
  for (PaperSize paper : {kA4, kLetter}) {
    const int pages = report.page_count(paper);
    REQUIRE(pages >= 1);
    for (int p = 0; p < pages; ++p) {
      const int w = static_cast<int>(paper.width), h = static_cast<int>(paper.height);
      cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
      cairo_t* cr = cairo_create(s);
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_paint(cr);
      report.draw_page(cr, p, paper);
      cairo_surface_flush(s);
      const auto* data = cairo_image_surface_get_data(s);
      const int stride = cairo_image_surface_get_stride(s);
      int ink = 0, ink_in_margin = 0;
      for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
          const bool dark = data[y * stride + x * 4 + 1] < 200;  // green channel
          ink += dark;
          if (dark && (x < 30 || x > w - 30 || y < 30 || y > h - 30)) ++ink_in_margin;
        }
      cairo_destroy(cr);
      cairo_surface_destroy(s);
      CHECK(ink > 500);
      CHECK(ink_in_margin == 0);
    }
  }
}

TEST_CASE("measures trends given to the report are drawn under their own heading") {
  test::TempDir dir;
  ChartRenderer renderer;
  SessionReportData d = sample(3);
  const auto day = [](unsigned month, unsigned dd) {
    return Date{std::chrono::year{2026}, std::chrono::month{month}, std::chrono::day{dd}};
  };
  for (const char* title : {"Neck angle", "Shoulder angle", "Back angle"}) {
    TrendPlot p;
    p.title = title;
    p.unit = "deg";
    p.normal_min = 49;
    p.normal_max = 56;
    p.series.push_back({.label = title, .points = {{day(1, 5), 41}, {day(3, 3), 46}}});
    d.measure_trends.push_back(std::move(p));
  }
  d.measure_problems.push_back("Some measures could not be included: plugin \"x\" failed");
  SessionReport with(d, renderer);
  const auto pdf = dir / "measures.pdf";
  with.write_pdf(pdf, kA4);
  const std::string text = run("pdftotext '" + pdf.string() + "' -");
  for (const char* must : {"Measures over the sessions", "Neck angle", "Shoulder angle",
                           "Back angle", "plugin \"x\" failed"})
    CHECK(text.find(must) != std::string::npos);

  SessionReport without(sample(3), renderer);
  const auto plain = dir / "plain.pdf";
  without.write_pdf(plain, kA4);
  CHECK(run("pdftotext '" + plain.string() + "' -").find("Measures over") == std::string::npos);
}
