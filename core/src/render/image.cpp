#include "myochart/render/image.h"

#include <cstring>
#include <stdexcept>

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

}  // namespace myochart::render
