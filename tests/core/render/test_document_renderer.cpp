// The document renderer: pagination without clipping (every paragraph's text read back from
// the PDF), running header and footer, page sizes, and pixels where rules and QR codes go.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "myochart/errors.h"
#include "myochart/render/document_renderer.h"
#include "support/pdf_tools.h"
#include "support/temp_dir.h"

using namespace myochart;
using namespace myochart::render;
namespace fs = std::filesystem;

namespace {

// Words a reader can find again in pdftotext's output, unique per paragraph.
std::string paragraph_text(int i) {
  return "Paragraph marker-" + std::to_string(i) +
         " says that long content keeps flowing onto the next page rather than being cut off at "
         "the bottom margin, which would lose words the client needs to read at home.";
}

doc::Document paragraphs(int n) {
  doc::Document d;
  d.title = "Flow test";
  d.decor.header_left = "Harbour Massage";
  d.decor.header_right = "Test client";
  d.decor.footer_left = "Recommended home care";
  for (int i = 0; i < n; ++i) d.blocks.push_back(doc::Paragraph{paragraph_text(i)});
  return d;
}

// pdftotext joins lines with newlines; compare on single spaces.
std::string flat(std::string s) {
  for (auto& c : s)
    if (c == '\n' || c == '\f') c = ' ';
  std::string out;
  for (char c : s)
    if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
  return out;
}

bool dark(Image::Rgba p) { return p.a > 200 && p.r < 110 && p.g < 110 && p.b < 110; }
bool white(Image::Rgba p) { return p.r > 245 && p.g > 245 && p.b > 245; }

}  // namespace

TEST_CASE("page count grows with content and no paragraph is clipped", "[render][document]") {
  test::TempDir dir;
  std::size_t previous = 0;
  for (int n : {1, 20, 60, 120}) {
    const auto d = paragraphs(n);
    const DocumentLayout layout(d);
    INFO(n << " paragraphs");
    CHECK(layout.page_count() >= previous);
    previous = layout.page_count();
    if (n == 1) CHECK(layout.page_count() == 1);
    if (n == 120) CHECK(layout.page_count() >= 5);

    const fs::path pdf = dir / ("flow" + std::to_string(n) + ".pdf");
    layout.write_pdf(pdf);
    const std::string text = flat(test::pdf_text(pdf));
    for (int i = 0; i < n; ++i) {
      // The whole paragraph, split over lines and maybe pages, reads back complete.
      const std::string marker = "marker-" + std::to_string(i) + " says";
      REQUIRE(text.find(marker) != std::string::npos);
    }
    // ...and every paragraph's last words made it onto paper too.
    std::size_t endings = 0;
    for (std::size_t at = text.find("read at home."); at != std::string::npos;
         at = text.find("read at home.", at + 1))
      ++endings;
    CHECK(endings == static_cast<std::size_t>(n));
  }
}

TEST_CASE("one paragraph longer than a page splits between lines across pages", "[render][document]") {
  test::TempDir dir;
  std::string text;
  for (int i = 0; i < 1500; ++i) text += "word" + std::to_string(i) + " ";
  text += "THE-END";
  doc::Document d;
  d.blocks.push_back(doc::Paragraph{text});
  const DocumentLayout layout(d);
  REQUIRE(layout.page_count() >= 2);
  // The one block occupies a box on each page it runs over, each inside the page.
  const auto& boxes = layout.block_boxes().at(0);
  REQUIRE(boxes.size() == layout.page_count());
  for (const auto& b : boxes) CHECK(b.y + b.height <= layout.page().height - 30);
  layout.write_pdf(dir / "long.pdf");
  const std::string all = flat(test::pdf_text(dir / "long.pdf"));
  CHECK(all.find("word0 ") != std::string::npos);
  CHECK(all.find("word1499") != std::string::npos);
  CHECK(all.find("THE-END") != std::string::npos);
}

TEST_CASE("header and footer repeat on every page with page numbers", "[render][document]") {
  test::TempDir dir;
  const auto d = paragraphs(80);
  const DocumentLayout layout(d);
  const auto pages = static_cast<int>(layout.page_count());
  REQUIRE(pages >= 3);
  layout.write_pdf(dir / "decor.pdf");
  for (int p = 1; p <= pages; ++p) {
    const std::string text = test::pdf_text(dir / "decor.pdf", p, p);
    INFO("page " << p);
    CHECK(text.find("Harbour Massage") != std::string::npos);
    CHECK(text.find("Recommended home care") != std::string::npos);
    CHECK(text.find("Page " + std::to_string(p) + " of " + std::to_string(pages)) != std::string::npos);
  }
}

TEST_CASE("A4 and US Letter pages have their sizes - the PDF is private", "[render][document]") {
  test::TempDir dir;
  auto d = paragraphs(3);
  d.page = doc::PageSize::kLetter;
  write_pdf(d, dir / "letter.pdf");
  CHECK(test::pdf_info(dir / "letter.pdf").find("612 x 792 pts") != std::string::npos);
  d.page = doc::PageSize::kA4;
  write_pdf(d, dir / "a4.pdf");
  CHECK(test::pdf_info(dir / "a4.pdf").find("595.28 x 841.89 pts (A4)") != std::string::npos);
  struct stat st {};
  REQUIRE(::stat((dir / "a4.pdf").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  // No temporary file is left beside it.
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) ++files;
  CHECK(files == 2);
}

TEST_CASE("a PDF that cannot be written leaves nothing and says where", "[render][document]") {
  test::TempDir dir;
  const fs::path target = dir / "missing-folder" / "sheet.pdf";
  CHECK_THROWS_WITH(write_pdf(paragraphs(1), target), Catch::Contains(target.string()));
  CHECK_FALSE(fs::exists(target));
  doc::Document d;
  d.blocks.push_back(doc::ImageFile{(dir / "nope.png").string(), 30});
  CHECK_THROWS_WITH(page_count(d), Catch::Contains("nope.png") && Catch::Contains("PNG"));
}

TEST_CASE("tables split between rows and repeat their header row", "[render][document]") {
  test::TempDir dir;
  doc::Document d;
  doc::Table t;
  t.header = {"Day", "Chin tuck", "Doorway stretch"};
  t.column_weights = {1, 2, 2};
  t.min_row_height_mm = 9;
  for (int i = 1; i <= 70; ++i) t.rows.push_back({"Row" + std::to_string(i), "", ""});
  d.blocks.push_back(doc::Heading{"Progress log", 2});
  d.blocks.push_back(t);
  const DocumentLayout layout(d);
  const auto pages = static_cast<int>(layout.page_count());
  REQUIRE(pages >= 2);
  layout.write_pdf(dir / "table.pdf");
  for (int p = 1; p <= pages; ++p) {
    const std::string text = test::pdf_text(dir / "table.pdf", p, p);
    INFO("page " << p);
    CHECK(text.find("Doorway stretch") != std::string::npos);
  }
  const std::string all = flat(test::pdf_text(dir / "table.pdf"));
  for (int i = 1; i <= 70; ++i) REQUIRE(all.find("Row" + std::to_string(i) + " ") != std::string::npos);
  // A blank row is at least its minimum height: 70 rows of 9 mm need more than one page.
  CHECK(layout.block_boxes().at(1).front().height > 9 * kPointsPerMm);
}

TEST_CASE("a KeepTogether that does not fit moves whole to the next page", "[render][document]") {
  doc::Document d = paragraphs(22);
  doc::KeepTogether k;
  for (int i = 100; i < 106; ++i) k.blocks.push_back(doc::Paragraph{paragraph_text(i)});
  d.blocks.push_back(k);
  const DocumentLayout layout(d);
  const auto& boxes = layout.block_boxes();
  const auto& group = boxes.back();
  REQUIRE(group.size() == 1);  // not split
  // Page 1 was not full before it (its last paragraph is there), yet the group starts page 2
  // at the top of the content area.
  REQUIRE(boxes.at(21).size() == 1);
  CHECK(boxes.at(21).at(0).page == 0);
  CHECK(group[0].page == 1);
  CHECK(group[0].y < boxes.at(0).at(0).y + 1);
}

TEST_CASE("pixels: a rule's line - a QR code's modules - a card's frame", "[render][document]") {
  doc::Document d;
  d.blocks.push_back(doc::Paragraph{"Above the rule"});
  d.blocks.push_back(doc::Rule{});
  d.blocks.push_back(doc::QrCode{"hi", 30, "Video"});  // short: a version 1 symbol
  doc::Card card;
  card.body.push_back(doc::Heading{"Chin tuck", 3});
  card.body.push_back(doc::Paragraph{"Sit tall."});
  d.blocks.push_back(card);
  const DocumentLayout layout(d);
  const Image img = layout.render_page(0, 1190);
  const double scale = 1190 / layout.page().width;  // pixels per point
  CHECK(img.height == static_cast<int>(std::lround(layout.page().height * scale)));
  auto px = [&](double x_pt, double y_pt) {
    return img.pixel(static_cast<int>(x_pt * scale), static_cast<int>(y_pt * scale));
  };

  const auto& rule = layout.block_boxes().at(1).at(0);
  const double mid = rule.x + rule.width / 2;
  const double line_y = rule.y + rule.height / 2;
  const auto on = px(mid, line_y);
  CHECK(on.r < 230);  // grey line
  CHECK(white(px(mid, line_y - 3)));
  CHECK(white(px(mid, line_y + 3)));

  // Version 1 symbol: 21 modules plus two quiet modules a side = 25 across 30 mm.
  const auto& qr = layout.block_boxes().at(2).at(0);
  const double m = 30 * kPointsPerMm / 25;
  CHECK(dark(px(qr.x + 2.5 * m, qr.y + 2.5 * m)));   // finder's outer ring
  CHECK(white(px(qr.x + 3.5 * m, qr.y + 3.5 * m)));  // its light ring
  CHECK(dark(px(qr.x + 5.5 * m, qr.y + 5.5 * m)));   // its centre
  CHECK(white(px(qr.x + 0.5 * m, qr.y + 0.5 * m)));  // quiet zone
  CHECK(dark(px(qr.x + (2 + 20 - 0.5) * m, qr.y + 2.5 * m)));  // top-right finder

  const auto& c = layout.block_boxes().at(3).at(0);
  CHECK(px(c.x + 0.5, c.y + c.height / 2).r < 200);  // left edge of the frame
  CHECK(white(px(c.x + 6, c.y + c.height / 2 + 8)));  // inside, below the text
}

TEST_CASE("a card sets its text smaller and tighter than the page around it",
          "[render][document]") {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "Hold the stretch while breathing slowly. ";
  doc::Document d;
  d.blocks.push_back(doc::Paragraph{text});
  doc::Card card;
  card.framed = false;
  card.body.push_back(doc::Paragraph{text});
  d.blocks.push_back(card);
  const DocumentLayout layout(d);
  const double plain = layout.block_boxes().at(0).at(0).height;
  // Shorter although the card is narrower (its padding) and its height includes that padding.
  const double in_card = layout.block_boxes().at(1).at(0).height;
  CHECK(in_card < plain);
  CHECK(in_card > plain * 0.7);  // smaller, not tiny
}

TEST_CASE("text in any script reaches the PDF", "[render][document]") {
  test::TempDir dir;
  doc::Document d;
  d.decor.header_right = "김민준";
  d.blocks.push_back(doc::Heading{"Łucja Kowalska", 1});
  d.blocks.push_back(doc::Paragraph{"Привет — Γειά σου — 김민준 — 佐藤花子 — Zoë"});
  d.blocks.push_back(doc::Bullets{{"Ünïcode bullet", "second"}, true});
  d.blocks.push_back(doc::Fields{{{"Dosage", "3 sets × 30 s hold"}}});
  write_pdf(d, dir / "scripts.pdf");
  const std::string text = test::pdf_text(dir / "scripts.pdf");
  for (const char* s : {"Łucja Kowalska", "Привет", "Γειά", "김민준", "佐藤花子", "Zoë",
                        "Ünïcode bullet", "3 sets × 30 s hold"})
    CHECK(text.find(s) != std::string::npos);
}

TEST_CASE("write_page_png writes the page at the asked resolution - private", "[render][document]") {
  test::TempDir dir;
  const auto d = paragraphs(2);
  write_page_png(d, 0, dir / "p.png", 36);
  REQUIRE(fs::exists(dir / "p.png"));
  struct stat st {};
  REQUIRE(::stat((dir / "p.png").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  CHECK_THROWS_AS(render_page(d, 5, 100), std::out_of_range);
}
