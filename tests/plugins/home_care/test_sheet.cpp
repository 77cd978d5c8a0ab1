// The printed sheet: what the PDF says (pdftotext), that it grows onto more pages without
// clipping, the paper size, and pixels where the stop rule, the cards and the log go.
#include <catch2/catch.hpp>

#include "home_care_fixture.h"
#include "myochart/render/document_renderer.h"
#include "sheet_document.h"
#include "support/pdf_tools.h"
#include "support/temp_dir.h"

using namespace myochart;
using namespace myochart::home_care;

namespace {

plugin::HandoutContext context(const std::string& client) {
  plugin::HandoutContext c;
  c.client_name = client;
  c.therapist = "Rowan Ellis";
  c.date = "2026-03-03";
  c.clinic_name = "Harbour Massage";
  c.clinic_address = "12 Quay Street, Portsmouth";
  c.clinic_contact = "023 9200 0142 · hello@harbour.example";
  return c;
}

std::string flat(std::string s) {
  for (auto& ch : s)
    if (ch == '\n' || ch == '\f') ch = ' ';
  std::string out;
  for (char ch : s)
    if (!(ch == ' ' && !out.empty() && out.back() == ' ')) out += ch;
  return out;
}

// A plan of the first n stretches and strengthening exercises of the library, frozen.
Plan plan_of(std::size_t n) {
  const auto& lib = *test::exercise_library();
  Plan p;
  for (const auto& e : lib.exercises()) {
    if (p.items.size() == n) break;
    if (e.kind == ExerciseKind::kSelfRelease) continue;
    PlanItem i;
    i.exercise = e.id;
    i.dosage = e.dosage;
    p.items.push_back(i);
  }
  return freeze(p, lib);
}

std::string pdf_of(const Plan& plan, const plugin::HandoutContext& c, const std::filesystem::path& file,
                   std::size_t* pages = nullptr) {
  const HomeCareComposer composer(test::exercise_library());
  const render::DocumentLayout layout(
      sheet_document(plan, c, composer.library(), composer.illustrations(plan)));
  layout.write_pdf(file);
  if (pages) *pages = layout.page_count();
  return flat(test::pdf_text(file));
}

}  // namespace

TEST_CASE("the sheet's PDF holds the client - each exercise's name and dosage", "[home_care][sheet]") {
  test::TempDir dir;
  const HomeCareComposer composer(test::exercise_library());
  Plan plan = freeze(composer.propose_plan(test::desk_worker_findings(), {}, {}), composer.library());
  plan.items[1].dosage.sets = 4;  // a therapist's edit
  for (const std::string client : {"김민준", "Łucja Kowalska", "Zoë O'Brien-Ngata"}) {
    const std::string text = pdf_of(plan, context(client), dir / "sheet.pdf");
    INFO(client);
    CHECK(text.find(client) != std::string::npos);
    CHECK(text.find("Recommended home care") != std::string::npos);
    CHECK(text.find("Harbour Massage") != std::string::npos);
    CHECK(text.find("Rowan Ellis") != std::string::npos);
    CHECK(text.find("2026-03-03") != std::string::npos);
    CHECK(text.find("pain rises above 5/10") != std::string::npos);
    CHECK(text.find("Progress log") != std::string::npos);
    CHECK(text.find("rescription") == std::string::npos);
    for (const auto& item : plan.items) {
      CHECK(text.find(*item.name) != std::string::npos);
      CHECK(text.find(dosage_words(item.dosage)) != std::string::npos);
    }
    CHECK(text.find("4 sets × 30 s hold, each side") != std::string::npos);
  }
}

TEST_CASE("more exercises - more pages - nothing clipped", "[home_care][sheet]") {
  test::TempDir dir;
  std::size_t previous = 0;
  for (std::size_t n : {1u, 4u, 8u, 12u}) {
    Plan plan = plan_of(n);
    plan.general_advice = {"Keep moving through the day.", "Warmth before stretching helps."};
    plan.log_days = 28;
    std::size_t pages = 0;
    const std::string text = pdf_of(plan, context("Łucja Kowalska"), dir / "n.pdf", &pages);
    INFO(n << " exercises, " << pages << " pages");
    CHECK(pages >= previous);
    if (n == 1) CHECK(pages <= 2);
    if (n == 12) CHECK(pages > previous);
    previous = pages;
    for (const auto& item : plan.items) {
      CHECK(text.find(*item.name) != std::string::npos);
      CHECK(text.find(item.steps->back()) != std::string::npos);        // last step
      CHECK(text.find(item.precautions->back()) != std::string::npos);  // last precaution
    }
    CHECK(text.find("Warmth before stretching helps.") != std::string::npos);
    // The log and its legend naming each exercise by number.
    CHECK(text.find("1 " + *plan.items[0].name) != std::string::npos);
    CHECK(text.find("Pain (0-10)") != std::string::npos);
  }
}

TEST_CASE("the sheet prints on US Letter when asked", "[home_care][sheet]") {
  test::TempDir dir;
  auto c = context("Ada Ng");
  c.page = doc::PageSize::kLetter;
  pdf_of(plan_of(3), c, dir / "letter.pdf");
  CHECK(test::pdf_info(dir / "letter.pdf").find("612 x 792 pts") != std::string::npos);
}

TEST_CASE("sheet pixels: stop-rule bar - card frame and picture - QR code - log grid", "[home_care][sheet]") {
  const HomeCareComposer composer(test::exercise_library());
  Plan plan = plan_of(2);
  plan.items[0].qr_url = "https://harbour.example/v/1";
  const doc::Document d = sheet_document(plan, context("Ada Ng"), composer.library(), composer.illustrations(plan));
  const render::DocumentLayout layout(d);
  const double scale = 2;
  const auto img = layout.render_page(0, static_cast<int>(layout.page().width * scale));
  auto px = [&](double x, double y) {
    return img.pixel(static_cast<int>(x * scale), static_cast<int>(y * scale));
  };
  const auto& boxes = layout.block_boxes();
  // Blocks: 0 title, 1 who, 2 stop rule (note), 3 "with every exercise" (note), 4.. cards.
  REQUIRE(std::holds_alternative<doc::Paragraph>(d.blocks[2]));
  const auto& note = boxes[2].at(0);
  const auto bar = px(note.x + 1, note.y + 6);  // inside the first line
  CHECK(bar.r > 180);  // the amber bar at the note's left edge
  CHECK(bar.b < 90);
  const auto tint = px(note.x + note.width - 2, note.y + 1.5);
  CHECK(tint.r > 235);  // pale tint, not white
  CHECK(tint.b < 240);

  REQUIRE(std::holds_alternative<doc::Card>(d.blocks[4]));
  const auto& card = boxes[4].at(0);
  CHECK(px(card.x + 0.5, card.y + card.height / 2).r < 200);  // frame
  // The illustration fills the right column's top: some ink there, white outside the card.
  const double side_w = 30 * render::kPointsPerMm;  // the sheet's picture column
  const double side_x = card.x + card.width - 3 * render::kPointsPerMm - side_w;
  int ink = 0;
  for (double y = card.y + 10; y < card.y + 100; y += 2)
    for (double x = side_x; x < side_x + 140; x += 2)
      if (px(x, y).r < 150) ++ink;
  CHECK(ink > 20);
  // The QR code sits under the picture, centred in the column: its top-left finder is dark.
  const double picture_h = side_w * 0.75;  // the illustrations are 400 x 300
  const double qr_size = 24 * render::kPointsPerMm;
  const double qr_x = side_x + (side_w - qr_size) / 2;
  const double qr_y = card.y + 3 * render::kPointsPerMm + picture_h + 3 * render::kPointsPerMm;
  // A 27-link fits version 2 or 3: whatever the size, the module at (2.5, 2.5) is the finder's
  // outer ring and (5.5, 5.5) its centre.
  bool found = false;
  for (int modules : {25, 29}) {
    const double m = qr_size / (modules + 4);
    found = found || (px(qr_x + 2.5 * m, qr_y + 2.5 * m).r < 60 && px(qr_x + 5.5 * m, qr_y + 5.5 * m).r < 60 &&
                      px(qr_x + 3.5 * m, qr_y + 3.5 * m).r > 200);
  }
  CHECK(found);
  CHECK(px(card.x + card.width + 4, card.y + card.height / 2).r == 255);  // right margin blank
}

// The sheet: six illustrated exercises, general advice and a 14-day log. Cards are set
// compactly (a 30 mm picture, text at 90 %, the precautions every card shares printed once
// above them): 3 A4 pages where they took 5, with every step and precaution still printed.
TEST_CASE("six illustrated exercises and the progress log take three A4 pages", "[home_care][sheet]") {
  test::TempDir dir;
  Plan plan = plan_of(6);
  plan.general_advice = {"Screen at eye level; stand up every 30 minutes.", "Heat before release work."};
  plan.log_days = 14;
  std::size_t pages = 0;
  const std::string text = pdf_of(plan, context("Łucja Kowalska"), dir / "six.pdf", &pages);
  CHECK(pages <= 3);
  for (const auto& item : plan.items) {
    CHECK(text.find(*item.name) != std::string::npos);
    CHECK(text.find(item.steps->back()) != std::string::npos);
  }
  CHECK(text.find("With every exercise:") != std::string::npos);
}
