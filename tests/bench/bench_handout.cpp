// Home-care sheet benchmark: a sheet of six illustrated exercises rendered to PDF in-process,
// N times, beside a baseline measured in the same run (a one-paragraph document through the
// same renderer), so the figures read as ratios whatever the machine. Not a test: it prints.
//
// Usage: bench_handout [--runs N] [--out DIR]   (DIR keeps the last PDFs to look at)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "home_care_composer.h"
#include "myochart/render/document_renderer.h"
#include "sheet_document.h"

using namespace myochart;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

struct Stats {
  double p50, p95, max;
};

Stats stats(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<std::size_t>(q * v.size()))]; };
  return {at(0.5), at(0.95), v.back()};
}

// Lays out and writes the PDF: what `handout pdf` does after the plan is checked.
std::vector<double> time_pdf(const doc::Document& d, const fs::path& file, int runs, std::size_t& pages) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto t = Clock::now();
    const render::DocumentLayout layout(d);
    layout.write_pdf(file);
    pages = layout.page_count();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
  }
  return ms;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 30;
  fs::path out = fs::temp_directory_path() / "myochart-bench-handout";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--runs")) runs = std::max(3, std::atoi(argv[i + 1]));
    if (!std::strcmp(argv[i], "--out")) out = argv[i + 1];
  }
  fs::create_directories(out);
  const fs::path data = fs::path(MYOCHART_SOURCE_DIR) / "plugins/home_care/data";
  std::ifstream in(data / "exercises.json");
  auto library = std::make_shared<const home_care::ExerciseLibrary>(nlohmann::json::parse(in), data);
  const home_care::HomeCareComposer composer(library);

  home_care::Plan plan;
  for (const char* id : {"self_release_upper_trapezius_ball", "stretch_upper_trapezius",
                         "stretch_pectoralis_minor_doorway", "stretch_levator_scapulae",
                         "strengthen_chin_tuck", "strengthen_lower_trapezius_prone_y"}) {
    home_care::PlanItem item;
    item.exercise = id;
    item.dosage = library->find(id)->dosage;
    plan.items.push_back(item);
  }
  plan.items[1].qr_url = "https://harbour.example/v/upper-trap";
  plan.general_advice = {"Screen at eye level; stand up every 30 minutes.", "Heat before release work."};
  plan = home_care::freeze(plan, *library);
  plugin::HandoutContext c;
  c.client_name = "Łucja Kowalska";
  c.therapist = "Rowan Ellis";
  c.date = "2026-03-03";
  c.clinic_name = "Harbour Massage";
  c.clinic_contact = "023 9200 0142";
  const doc::Document sheet = home_care::sheet_document(plan, c, *library, composer.illustrations(plan));
  doc::Document baseline;
  baseline.blocks.push_back(doc::Paragraph{"One paragraph of text on one page: the fixed cost of a PDF."});

  std::size_t sheet_pages = 0, base_pages = 0;
  time_pdf(sheet, out / "sheet.pdf", 2, sheet_pages);  // warm fontconfig and pango caches
  time_pdf(baseline, out / "baseline.pdf", 2, base_pages);
  const Stats b = stats(time_pdf(baseline, out / "baseline.pdf", runs, base_pages));
  const Stats s = stats(time_pdf(sheet, out / "sheet.pdf", runs, sheet_pages));

  std::printf("Home-care sheet to PDF, in-process, %d runs each (PDFs in %s)\n", runs, out.c_str());
  std::printf("  %-46s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", "baseline: one paragraph, 1 page", b.p50, b.p95, b.max);
  std::printf("  %-46s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (p50 = %.1fx, p95 = %.1fx baseline)\n",
              ("sheet: 6 illustrated exercises, " + std::to_string(sheet_pages) + " pages").c_str(), s.p50,
              s.p95, s.max, s.p50 / b.p50, s.p95 / b.p95);
  std::printf("  target: well under 200 ms -> %s\n", s.p95 < 200 ? "met" : "NOT met");
  return 0;
}
