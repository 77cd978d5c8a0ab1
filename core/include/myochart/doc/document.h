#pragma once
// A printable document as data: what a handout composer or a report builder produces and
// core's document renderer lays out on pages (PDF, PNG, the GUI's print preview). Plugins
// build documents; only core draws them.
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace myochart::doc {

enum class PageSize { kA4, kLetter };

struct Heading {
  std::string text;
  int level = 1;  ///< 1 (largest) to 3
};

/// Text that wraps. `markup` false: plain text (no markup interpreted).
struct Paragraph {
  std::string text;
  enum class Style { kBody, kSmall, kEmphasis, kNote } style = Style::kBody;
};

struct Bullets {
  std::vector<std::string> items;
  bool numbered = false;
};

/// An SVG picture (the SVG document's text), drawn at `width_mm` keeping its aspect ratio.
struct Svg {
  std::string svg;
  double width_mm = 60;
};

/// A raster picture from a file (PNG), e.g. a clinic logo.
struct ImageFile {
  std::string path;
  double width_mm = 30;
};

/// A QR code of `text` (libqrencode), `size_mm` square, with an optional caption under it.
struct QrCode {
  std::string text;
  double size_mm = 22;
  std::string caption;
};

/// A grid: header row repeated on every page the table continues on.
struct Table {
  std::vector<std::string> header;
  std::vector<double> column_weights;  ///< relative widths; empty = equal
  std::vector<std::vector<std::string>> rows;
  double min_row_height_mm = 0;  ///< e.g. a blank log to write in
};

/// Label/value lines ("Dosage: 3 x 30 s hold").
struct Fields {
  std::vector<std::pair<std::string, std::string>> items;
};

/// Content on the left, a picture (SVG) and/or QR code on the right, kept on one page when
/// it fits.
struct Card;

/// Keeps its blocks on one page when they fit on a page at all.
struct KeepTogether;

struct Rule {};       ///< a thin horizontal line
struct PageBreak {};  ///< continue on a new page
struct Spacer {
  double height_mm = 4;
};

using Block = std::variant<Heading, Paragraph, Bullets, Svg, ImageFile, QrCode, Table, Fields,
                           Rule, PageBreak, Spacer, KeepTogether, Card>;

struct KeepTogether {
  std::vector<Block> blocks;
};

struct Card {
  std::vector<Block> body;           ///< left column
  std::optional<Svg> picture;        ///< right column, top
  std::optional<QrCode> qr;          ///< right column, under the picture
  double side_width_mm = 55;         ///< width of the right column
  bool framed = true;                ///< a light border round the card
};

/// Running header and footer on every page. "{page}" and "{pages}" are replaced in footers.
struct PageDecor {
  std::string header_left;   ///< e.g. clinic name
  std::string header_right;  ///< e.g. client name and date
  std::string footer_left;
  std::string footer_right = "Page {page} of {pages}";
  std::optional<std::string> logo_path;  ///< PNG drawn at the header's left
};

struct Document {
  std::string title;  ///< PDF metadata title
  PageSize page = PageSize::kA4;
  PageDecor decor;
  std::vector<Block> blocks;
};

}  // namespace myochart::doc
