#pragma once
#include <cstdint>
#include <vector>

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

}  // namespace myochart::render
