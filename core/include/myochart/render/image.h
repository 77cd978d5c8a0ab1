#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

typedef struct _cairo cairo_t;

namespace myochart::render {

/// A 32-bit premultiplied ARGB image in native byte order (cairo's CAIRO_FORMAT_ARGB32): each
/// pixel is one uint32_t 0xAARRGGBB. `stride` is in bytes. The GUI blits this directly.
struct Image {
  int width = 0;
  int height = 0;
  int stride = 0;
  std::vector<std::uint8_t> data;

  /// Un-premultiplied colour of a pixel, for tests and colour pickers.
  struct Rgba {
    std::uint8_t r, g, b, a;
  };
  Rgba pixel(int x, int y) const;
};

/// A width x height image, painted white and then by `draw` (a cairo context in pixels). The
/// one way every renderer makes an image. Exceptions from `draw` pass through.
Image paint_image(int width, int height, const std::function<void(cairo_t*)>& draw);

/// Writes a vector PDF of pages width_pt x height_pt (points), creator MyoChart and `title`
/// (none when empty): `draw` paints the pages, calling cairo_show_page() after each. The one
/// way the chart, trend plot and report renderers write a PDF file. Exceptions from `draw` pass
/// through; throws Error naming the file when it cannot be written.
void write_pdf_file(const std::filesystem::path& file, double width_pt, double height_pt,
                    const std::string& title, const std::function<void(cairo_t*)>& draw);

/// Writes the image as PNG. Throws Error naming the file when it cannot be written.
void write_png_file(const Image& image, const std::filesystem::path& file);

}  // namespace myochart::render
