#include "myochart/clinic_settings.h"

#include <cairo.h>
#include <glib.h>
#include <librsvg/rsvg.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>

#include "domain/validation.h"
#include "myochart/errors.h"
#include "myochart/storage/settings.h"
#include "myochart/text.h"

namespace myochart {

namespace {

constexpr std::size_t kMaxLogoBytes = std::size_t{1} << 20;
constexpr const char* kPngSignature = "\x89PNG\r\n\x1a\n";
constexpr const char* kLogoAccepted = "a PNG or SVG image up to 1 MiB";

namespace key {
constexpr const char* kName = "clinic.name";
constexpr const char* kAddress = "clinic.address";
constexpr const char* kLogo = "clinic.logo";  // base64 of the file
constexpr const char* kTherapist = "therapist.name";
constexpr const char* kUnits = "display.units";
constexpr const char* kDateStyle = "display.date_style";
}  // namespace key

bool is_png(const std::string& bytes) {
  return bytes.size() > 8 && bytes.compare(0, 8, kPngSignature) == 0;
}

std::string base64_encode(const std::string& bytes) {
  gchar* s = g_base64_encode(reinterpret_cast<const guchar*>(bytes.data()), bytes.size());
  std::string out(s);
  g_free(s);
  return out;
}

std::string base64_decode(const std::string& text) {
  gsize n = 0;
  guchar* data = g_base64_decode(text.c_str(), &n);
  std::string out(reinterpret_cast<const char*>(data), n);
  g_free(data);
  return out;
}

struct PngReader {
  const std::string* bytes;
  std::size_t at = 0;
};

cairo_status_t read_png_bytes(void* closure, unsigned char* out, unsigned int length) {
  auto* r = static_cast<PngReader*>(closure);
  if (r->at + length > r->bytes->size()) return CAIRO_STATUS_READ_ERROR;
  std::copy_n(r->bytes->data() + r->at, length, out);
  r->at += length;
  return CAIRO_STATUS_SUCCESS;
}

// The logo decoded once, with its natural size; !ok() when it cannot be drawn.
class LogoSource {
 public:
  explicit LogoSource(const std::string& logo) {
    if (logo.empty()) return;
    if (is_png(logo)) {
      PngReader reader{&logo};
      png_ = cairo_image_surface_create_from_png_stream(read_png_bytes, &reader);
      if (cairo_surface_status(png_) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(png_);
        png_ = nullptr;
        return;
      }
      width_ = cairo_image_surface_get_width(png_);
      height_ = cairo_image_surface_get_height(png_);
      return;
    }
    svg_ = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(logo.data()), logo.size(),
                                     nullptr);
    if (!svg_) return;
    gdouble w = 0, h = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(svg_, &w, &h) || w <= 0 || h <= 0) {
      // No absolute width/height: the viewBox gives the proportions.
      gboolean has_w = FALSE, has_h = FALSE, has_box = FALSE;
      RsvgLength lw{}, lh{};
      RsvgRectangle box{};
      rsvg_handle_get_intrinsic_dimensions(svg_, &has_w, &lw, &has_h, &lh, &has_box, &box);
      if (has_box) {
        w = box.width;
        h = box.height;
      }
    }
    if (w <= 0 || h <= 0) {
      g_object_unref(svg_);
      svg_ = nullptr;
      return;
    }
    width_ = w;
    height_ = h;
  }
  ~LogoSource() {
    if (png_) cairo_surface_destroy(png_);
    if (svg_) g_object_unref(svg_);
  }
  LogoSource(const LogoSource&) = delete;
  LogoSource& operator=(const LogoSource&) = delete;

  bool ok() const { return png_ || svg_; }
  double width() const { return width_; }
  double height() const { return height_; }

  // Fitted into (x, y, w, h), keeping the aspect, left and top aligned.
  void draw(cairo_t* cr, double x, double y, double w, double h) const {
    const double scale = std::min(w / width_, h / height_);
    cairo_save(cr);
    if (png_) {
      cairo_translate(cr, x, y);
      cairo_scale(cr, scale, scale);
      cairo_set_source_surface(cr, png_, 0, 0);
      cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
      cairo_paint(cr);
    } else {
      const RsvgRectangle viewport{x, y, width_ * scale, height_ * scale};
      rsvg_handle_render_document(svg_, cr, &viewport, nullptr);
    }
    cairo_restore(cr);
  }

 private:
  cairo_surface_t* png_ = nullptr;
  RsvgHandle* svg_ = nullptr;
  double width_ = 0, height_ = 0;
};

}  // namespace

std::string_view to_string(Units u) {
  return u == Units::kImperial ? "imperial" : "metric";
}

ClinicSettings load_clinic_settings(storage::Database& db) {
  const storage::Settings settings(db);
  const auto all = settings.all();
  auto get = [&](const char* k) {
    auto it = all.find(k);
    return it == all.end() ? std::string() : it->second;
  };
  ClinicSettings s;
  s.clinic_name = get(key::kName);
  s.clinic_address = get(key::kAddress);
  s.therapist_name = get(key::kTherapist);
  if (const auto logo = get(key::kLogo); !logo.empty()) s.logo = base64_decode(logo);
  s.units = get(key::kUnits) == "imperial" ? Units::kImperial : Units::kMetric;
  s.date_style = date_style_from_string(get(key::kDateStyle)).value_or(DateStyle::kIso);
  return s;
}

void validate(const ClinicSettings& s) {
  detail::check_line("clinic name", s.clinic_name);
  detail::check_text("clinic address", s.clinic_address);
  if (std::count(s.clinic_address.begin(), s.clinic_address.end(), '\n') >= 10)
    throw ValidationError("clinic address", "has more than 10 lines", "up to 10 lines");
  detail::check_line("therapist name", s.therapist_name);
  if (!s.logo.empty()) {
    if (s.logo.size() > kMaxLogoBytes)
      throw ValidationError("logo", "is larger than 1 MiB", kLogoAccepted);
    if (!LogoSource(s.logo).ok())
      throw ValidationError("logo", "is not an image MyoChart can draw", kLogoAccepted);
  }
}

void save_clinic_settings(storage::WriteTransaction& tx, const ClinicSettings& s) {
  validate(s);
  storage::Settings settings(tx.db());
  settings.set(tx, key::kName, text::trim(s.clinic_name));
  settings.set(tx, key::kAddress, s.clinic_address);
  settings.set(tx, key::kTherapist, text::trim(s.therapist_name));
  settings.set(tx, key::kLogo, s.logo.empty() ? std::string() : base64_encode(s.logo));
  settings.set(tx, key::kUnits, to_string(s.units));
  settings.set(tx, key::kDateStyle, to_string(s.date_style));
}

std::optional<std::filesystem::path> logo_png_file(const std::string& logo,
                                                   const std::filesystem::path& folder) {
  if (logo.empty()) return std::nullopt;
  // FNV-1a of the bytes names the file.
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : logo) h = (h ^ c) * 1099511628211ULL;
  char name[40];
  std::snprintf(name, sizeof name, "logo-%016llx.png", static_cast<unsigned long long>(h));
  const auto file = folder / name;
  std::error_code ec;
  if (std::filesystem::exists(file, ec)) return file;
  const render::Image image = render_logo(logo, 900, 300);
  if (image.width == 0) return std::nullopt;
  std::filesystem::create_directories(folder, ec);
  if (ec) throw Error("cannot create the folder " + folder.string() + ": " + ec.message());
  render::write_png_file(image, file);
  return file;
}

std::string read_logo_file(const std::filesystem::path& file) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) throw ValidationError("logo", "cannot be read from " + file.string(), kLogoAccepted);
  if (size > kMaxLogoBytes) throw ValidationError("logo", "is larger than 1 MiB", kLogoAccepted);
  std::ifstream in(file, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad())
    throw ValidationError("logo", "cannot be read from " + file.string(), kLogoAccepted);
  if (!LogoSource(bytes).ok())
    throw ValidationError("logo", "is not an image MyoChart can draw", kLogoAccepted);
  return bytes;
}

render::Image render_logo(const std::string& logo, int max_width, int max_height) {
  render::Image img;
  const LogoSource source(logo);
  if (!source.ok() || max_width <= 0 || max_height <= 0) return img;
  const double scale = std::min(max_width / source.width(), max_height / source.height());
  img.width = std::max(1, static_cast<int>(source.width() * scale + 0.5));
  img.height = std::max(1, static_cast<int>(source.height() * scale + 0.5));
  img.stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, img.width);
  img.data.assign(static_cast<std::size_t>(img.stride) * static_cast<std::size_t>(img.height), 0);
  cairo_surface_t* surface = cairo_image_surface_create_for_data(
      img.data.data(), CAIRO_FORMAT_ARGB32, img.width, img.height, img.stride);
  cairo_t* cr = cairo_create(surface);
  source.draw(cr, 0, 0, img.width, img.height);
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  cairo_surface_destroy(surface);
  return img;
}

void draw_logo(cairo_t* cr, const std::string& logo, double x, double y, double width,
               double height) {
  const LogoSource source(logo);
  if (source.ok()) source.draw(cr, x, y, width, height);
}

}  // namespace myochart
