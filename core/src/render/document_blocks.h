#pragma once
// The first half of the document renderer: each doc::Block becomes a run of slices, the units
// pagination moves between pages. A slice is a horizontal band of known height holding
// drawable items positioned relative to its top-left corner; a paragraph gives one slice per
// line, a table one per row, a picture or a card that fits on a page one slice for itself.
#include <cairo.h>
#include <librsvg/rsvg.h>
#include <pango/pango.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "myochart/doc/document.h"
#include "render/text.h"

namespace myochart::render::detail {

struct Colour {
  double r = 0, g = 0, b = 0;
};

/// Whole layout (line < 0, y = its top) or one of its lines (y = that line's baseline).
struct TextItem {
  std::shared_ptr<PangoLayout> layout;
  int line = -1;
  double x = 0, y = 0;
  Colour colour;
};
struct SvgItem {
  std::shared_ptr<RsvgHandle> handle;
  double x = 0, y = 0, width = 0, height = 0;
};
struct PngItem {
  std::shared_ptr<cairo_surface_t> surface;
  double x = 0, y = 0, width = 0, height = 0;
};
/// A QR symbol: `modules` x `modules` dark/light cells, drawn `size` points square.
struct QrItem {
  std::shared_ptr<const std::vector<std::uint8_t>> dark;  ///< row-major, 1 = dark
  int modules = 0;
  double x = 0, y = 0, size = 0;
};
struct LineItem {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0, width = 0.5;
  Colour colour;
};
struct RectItem {
  double x = 0, y = 0, width = 0, height = 0;
  double radius = 0;
  std::optional<Colour> fill;
  std::optional<Colour> stroke;
  double line_width = 0.5;
};
using Item = std::variant<TextItem, SvgItem, PngItem, QrItem, LineItem, RectItem>;

struct Slice {
  double height = 0;
  std::vector<Item> items;
  bool page_break = false;      ///< starts a new page (when the current one is not empty)
  bool drop_at_top = false;     ///< vertical space that is pointless at the top of a page
  bool keep_with_next = false;  ///< a heading: never last on a page
  /// A table row: the header slice to repeat first when the row starts a page.
  std::shared_ptr<const Slice> repeat_header;
  /// Part of a framed card too tall for one page: frames are drawn per page round the run of
  /// slices with the same id. -1 = none.
  int frame = -1;
  double frame_x = 0, frame_width = 0;
  std::size_t block = 0;  ///< the top-level block it comes from
};

/// What laying out needs: the text context, and the height of a page's content area (what a
/// KeepTogether or a card must fit in to be kept whole).
struct LayoutEnv {
  PangoContext* pango = nullptr;
  double page_content_height = 0;
  int next_frame = 0;
  /// Type size and spacing of text blocks, relative to the document's: cards are set a little
  /// smaller and tighter (kCardScale) so that an illustrated exercise takes less of a page.
  double scale = 1.0;
};

/// The slices of one block, `width` points wide, items positioned from x = 0.
std::vector<Slice> layout_block(const doc::Block& block, double width, LayoutEnv& env);

/// Draws one item with the slice's top-left corner at (ox, oy).
void draw_item(cairo_t* cr, const Item& item, double ox, double oy);

/// Shared ownership of a layout made by detail::make_layout.
std::shared_ptr<PangoLayout> shared_layout(PangoContext* context, const std::string& text,
                                           const TextStyle& style, double max_width);

/// A PNG file as a cairo surface. Throws Error naming the file when it cannot be read.
std::shared_ptr<cairo_surface_t> load_png(const std::string& path, const std::string& what);

}  // namespace myochart::render::detail
