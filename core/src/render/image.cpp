#include "myochart/render/image.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <cstring>
#include <memory>
#include <stdexcept>

#include "myochart/errors.h"

namespace myochart::render {

Image::Rgba Image::pixel(int x, int y) const {
  if (x < 0 || y < 0 || x >= width || y >= height)
    throw std::out_of_range("pixel outside the image");
  std::uint32_t v = 0;
  std::memcpy(&v,
              data.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(stride) +
                  static_cast<std::size_t>(x) * 4,
              4);
  const auto a = static_cast<std::uint8_t>(v >> 24);
  auto channel = [&](int shift) -> std::uint8_t {
    const unsigned c = (v >> shift) & 0xFFu;
    if (a == 0) return 0;
    return static_cast<std::uint8_t>((c * 255u + a / 2u) / a);
  };
  return {channel(16), channel(8), channel(0), a};
}

Image paint_image(int width, int height, const std::function<void(cairo_t*)>& draw) {
  if (width <= 0 || height <= 0) throw std::invalid_argument("paint_image: empty size");
  Image img;
  img.width = width;
  img.height = height;
  img.stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width);
  img.data.assign(static_cast<std::size_t>(img.stride) * static_cast<std::size_t>(height), 0);
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create_for_data(img.data.data(), CAIRO_FORMAT_ARGB32, width, height,
                                          img.stride),
      &cairo_surface_destroy);
  {
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                          &cairo_destroy);
    cairo_set_source_rgb(cr.get(), 1, 1, 1);
    cairo_paint(cr.get());
    draw(cr.get());
  }
  cairo_surface_flush(surface.get());
  return img;
}

void write_pdf_file(const std::filesystem::path& file, double width_pt, double height_pt,
                    const std::string& title, const std::function<void(cairo_t*)>& draw) {
  cairo_surface_t* surface = cairo_pdf_surface_create(file.c_str(), width_pt, height_pt);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    const auto status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    throw Error("cannot write " + file.string() + ": " + cairo_status_to_string(status));
  }
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "MyoChart");
  if (!title.empty())
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_t* cr = cairo_create(surface);
  try {
    draw(cr);
  } catch (...) {
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
    throw;
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const auto status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw Error("cannot write " + file.string() + ": " + cairo_status_to_string(status));
}

void write_png_file(const Image& image, const std::filesystem::path& file) {
  // cairo only reads the pixels; the cast is for its non-const API.
  cairo_surface_t* surface = cairo_image_surface_create_for_data(
      const_cast<std::uint8_t*>(image.data.data()), CAIRO_FORMAT_ARGB32, image.width, image.height,
      image.stride);
  const cairo_status_t status = cairo_surface_write_to_png(surface, file.c_str());
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw Error("cannot write " + file.string() + ": " + cairo_status_to_string(status));
}

}  // namespace myochart::render
