#include "gui/image_bitmap.h"

#include <wx/rawbmp.h>

#include <cstring>

namespace myochart::gui {

namespace {

std::uint32_t pixel_at(const render::Image& image, int x, int y) {
  std::uint32_t v = 0;
  std::memcpy(&v,
              image.data.data() +
                  static_cast<std::size_t>(y) * static_cast<std::size_t>(image.stride) +
                  static_cast<std::size_t>(x) * 4,
              4);
  return v;
}

}  // namespace

wxBitmap opaque_bitmap(const render::Image& image, double scale) {
  if (image.width <= 0 || image.height <= 0) return wxBitmap();
  wxBitmap bmp(image.width, image.height, 24);
  {
    wxNativePixelData data(bmp);
    if (!data) return wxBitmap();
    wxNativePixelData::Iterator row(data);
    for (int y = 0; y < image.height; ++y) {
      wxNativePixelData::Iterator p = row;
      for (int x = 0; x < image.width; ++x, ++p) {
        const std::uint32_t v = pixel_at(image, x, y);
        p.Red() = static_cast<unsigned char>(v >> 16);
        p.Green() = static_cast<unsigned char>(v >> 8);
        p.Blue() = static_cast<unsigned char>(v);
      }
      row.OffsetY(data, 1);
    }
  }
  bmp.SetScaleFactor(scale);
  return bmp;
}

wxBitmap transparent_bitmap(const render::Image& image, double scale) {
  if (image.width <= 0 || image.height <= 0) return wxBitmap();
  wxBitmap bmp(image.width, image.height, 32);
  {
    wxAlphaPixelData data(bmp);
    if (!data) return wxBitmap();
    wxAlphaPixelData::Iterator row(data);
    for (int y = 0; y < image.height; ++y) {
      wxAlphaPixelData::Iterator p = row;
      for (int x = 0; x < image.width; ++x, ++p) {
        const auto c = image.pixel(x, y);
        p.Red() = c.r;
        p.Green() = c.g;
        p.Blue() = c.b;
        p.Alpha() = c.a;
      }
      row.OffsetY(data, 1);
    }
  }
  bmp.SetScaleFactor(scale);
  return bmp;
}

}  // namespace myochart::gui
