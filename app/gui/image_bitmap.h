#pragma once
// Core's rendered images (cairo ARGB32) as wx bitmaps, for blitting. The GUI never draws a
// chart itself: it shows these.
#include <wx/bitmap.h>

#include "myochart/render/image.h"

namespace myochart::gui {

/// An opaque image (core draws charts on white) as a bitmap whose logical size is the image
/// size divided by `scale` (the window's content scale factor, for HiDPI screens).
wxBitmap opaque_bitmap(const render::Image& image, double scale = 1.0);
/// An image with transparency (a logo).
wxBitmap transparent_bitmap(const render::Image& image, double scale = 1.0);

}  // namespace myochart::gui
