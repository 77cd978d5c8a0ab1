// Clinic settings: stored in the database, validated, logo read and drawn.
#include <cairo.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "core/storage/fixture.h"
#include "myochart/clinic_settings.h"
#include "myochart/errors.h"

using namespace myochart;
using myochart::test::DbFixture;

namespace {

std::filesystem::path write_png_logo(const std::filesystem::path& file) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 80, 40);
  cairo_t* cr = cairo_create(s);
  cairo_set_source_rgb(cr, 0.1, 0.4, 0.7);
  cairo_paint(cr);
  cairo_destroy(cr);
  cairo_surface_write_to_png(s, file.c_str());
  cairo_surface_destroy(s);
  return file;
}

}  // namespace

TEST_CASE("clinic settings round-trip through the database, with defaults when unset") {
  DbFixture f;
  const ClinicSettings defaults = load_clinic_settings(*f.db);
  CHECK(defaults == ClinicSettings{});

  ClinicSettings s;
  s.clinic_name = "Zdrój — Massage & Movement";
  s.clinic_address = "ul. Długa 7/3\n80-827 Gdańsk";
  s.therapist_name = "Rowan Ellis";
  s.logo = read_logo_file(write_png_logo(f.dir / "logo.png"));
  s.units = Units::kImperial;
  s.date_style = DateStyle::kDayMonthName;
  {
    storage::WriteTransaction tx(*f.db);
    save_clinic_settings(tx, s);
    tx.commit();
  }
  CHECK(load_clinic_settings(*f.db) == s);
}

TEST_CASE("bad clinic settings are refused naming the field") {
  ClinicSettings s;
  s.clinic_name = "two\nlines";
  CHECK_THROWS_WITH(validate(s), Catch::StartsWith("clinic name:"));
  s = {};
  s.clinic_address = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11";
  CHECK_THROWS_WITH(validate(s), Catch::StartsWith("clinic address:"));
  s = {};
  s.logo = "GIF89a not an image we draw";
  CHECK_THROWS_WITH(validate(s), Catch::StartsWith("logo:") && Catch::Contains("PNG or SVG"));
}

TEST_CASE("a logo file is read when it is a PNG or SVG, and drawn fitted") {
  DbFixture f;
  const auto png = read_logo_file(write_png_logo(f.dir / "logo.png"));
  const auto img = render_logo(png, 40, 40);
  CHECK(img.width == 40);
  CHECK(img.height == 20);  // aspect kept
  CHECK(img.pixel(10, 10).b > 150);

  std::ofstream(f.dir / "logo.svg")
      << R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 10">)"
         R"(<rect width="30" height="10" fill="#c00"/></svg>)";
  const auto svg = read_logo_file(f.dir / "logo.svg");
  const auto svg_img = render_logo(svg, 90, 90);
  CHECK(svg_img.width == 90);
  CHECK(svg_img.height == 30);
  CHECK(svg_img.pixel(45, 15).r > 150);

  std::ofstream(f.dir / "notes.txt") << "not a picture";
  CHECK_THROWS_WITH(read_logo_file(f.dir / "notes.txt"), Catch::StartsWith("logo:"));
  CHECK_THROWS_WITH(read_logo_file(f.dir / "missing.png"), Catch::StartsWith("logo:"));
  CHECK(render_logo("", 40, 40).width == 0);
}
