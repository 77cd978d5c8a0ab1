#pragma once
// The clinic's settings, kept in the database (storage/settings.h) so that every workstation
// of a clinic shows the same name, address and logo: what screens and printed pages use.
#include <cairo.h>

#include <filesystem>
#include <optional>
#include <string>

#include "myochart/date_style.h"
#include "myochart/render/image.h"
#include "myochart/storage/transaction.h"

namespace myochart {

enum class Units { kMetric, kImperial };
std::string_view to_string(Units u);  ///< "metric", "imperial"

struct ClinicSettings {
  std::string clinic_name;
  std::string clinic_address;  ///< one or more lines
  std::string therapist_name;  ///< signs sessions and amendments by default
  std::string logo;            ///< the bytes of a PNG or SVG file; empty for none
  Units units = Units::kMetric;
  DateStyle date_style = DateStyle::kIso;

  bool operator==(const ClinicSettings&) const = default;
};

/// The stored settings; anything never set has its default (and a damaged value too).
ClinicSettings load_clinic_settings(storage::Database& db);
/// Validates, then saves all of them in the caller's transaction.
void save_clinic_settings(storage::WriteTransaction& tx, const ClinicSettings& s);

/// Throws ValidationError naming the field: names single lines of at most 200 characters,
/// the address at most 10 lines, the logo a PNG or SVG image of at most 1 MiB.
void validate(const ClinicSettings& s);

/// Reads a logo file for ClinicSettings::logo. ValidationError naming "logo" when the file
/// cannot be read, is larger than 1 MiB, or is not a PNG or SVG image.
std::string read_logo_file(const std::filesystem::path& file);

/// The logo as a PNG file in `folder`, named by its content: the same logo is one file, a new
/// logo a new one, so a document that refers to the file (a home-care sheet as given) keeps
/// printing the logo it was made with. nullopt when there is no logo or it cannot be drawn.
/// Throws Error when the file cannot be written.
std::optional<std::filesystem::path> logo_png_file(const std::string& logo,
                                                   const std::filesystem::path& folder);

/// The logo scaled to fit max_width x max_height pixels (aspect kept), on a transparent
/// background; an empty image when there is no logo or it cannot be drawn.
render::Image render_logo(const std::string& logo, int max_width, int max_height);

/// Draws the logo fitted into the box (x, y, width, height) of cr's user space, aligned to the
/// box's left and top. Does nothing when there is no logo or it cannot be drawn.
void draw_logo(cairo_t* cr, const std::string& logo, double x, double y, double width,
               double height);

}  // namespace myochart
