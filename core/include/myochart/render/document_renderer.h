#pragma once
// The one document renderer: lays a doc::Document out on A4 or US Letter pages (cairo + pango
// + librsvg + libqrencode) and draws those pages into a PDF, a PNG, an in-memory image (the
// GUI's print preview) or any cairo context (a wxPrintout). Long content flows onto further
// pages: paragraphs and lists split between lines, tables between rows (header repeated),
// KeepTogether groups and cards move to the next page when they fit there.
//
// Coordinates are points (1/72 inch) from the page's top-left corner.
#include <cairo.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

#include "myochart/doc/document.h"
#include "myochart/render/image.h"

namespace myochart::render {

inline constexpr double kPointsPerMm = 72.0 / 25.4;

/// Width and height of a page in points: A4 595.28 x 841.89, US Letter 612 x 792.
struct PageGeometry {
  double width = 0;
  double height = 0;
};
PageGeometry page_geometry(doc::PageSize size);

/// A rectangle on one page, in points.
struct PageBox {
  std::size_t page = 0;  ///< 0-based
  double x = 0, y = 0, width = 0, height = 0;
};

/// A document laid out once; pages are then drawn from that layout as often as needed (a
/// preview redrawing, then printing). Holds no reference to the Document it was made from.
/// Not thread-safe: use one per thread.
class DocumentLayout {
 public:
  /// Lays the document out. Throws Error naming the file or block that cannot be used (a
  /// missing logo or image, an SVG that does not parse, a QR text too long to encode).
  explicit DocumentLayout(const doc::Document& document);
  ~DocumentLayout();
  DocumentLayout(const DocumentLayout&) = delete;
  DocumentLayout& operator=(const DocumentLayout&) = delete;

  std::size_t page_count() const;
  PageGeometry page() const;
  /// Where each top-level block (by index in Document::blocks) landed: one box per page it
  /// occupies; empty for a PageBreak or a Spacer dropped at the top of a page.
  const std::vector<std::vector<PageBox>>& block_boxes() const;

  /// Draws page `page` (0-based) into cr's user space in points, on a white background.
  /// Leaves cr's state as it found it. Throws std::out_of_range for a page that is not there.
  void draw_page(cairo_t* cr, std::size_t page) const;
  /// Every page into one vector PDF, created private (0600) under a temporary name and
  /// renamed into place, so a failure leaves no half-written file. Throws Error.
  void write_pdf(const std::filesystem::path& file) const;
  /// One page as an image `width_px` wide (height from the page's aspect ratio).
  Image render_page(std::size_t page, int width_px) const;
  /// One page as a PNG at `dpi` dots per inch, private (0600). Throws Error.
  void write_page_png(std::size_t page, const std::filesystem::path& file, double dpi) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One-shot helpers: each lays the document out once and draws what is asked for.
std::size_t page_count(const doc::Document& document);
void write_pdf(const doc::Document& document, const std::filesystem::path& file);
void write_page_png(const doc::Document& document, std::size_t page,
                    const std::filesystem::path& file, double dpi);
Image render_page(const doc::Document& document, std::size_t page, int width_px);
void draw_page(cairo_t* cr, const doc::Document& document, std::size_t page);

}  // namespace myochart::render
