#include "render/document_blocks.h"

#include <pango/pangocairo.h>
#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "myochart/errors.h"
#include "myochart/render/document_renderer.h"

namespace myochart::render::detail {

namespace {

constexpr double kMm = kPointsPerMm;
constexpr double kLeading = 1.2;  // line height as a multiple of the font's
constexpr double kCardScale = 0.9;  // text in a card (LayoutEnv::scale)
const Colour kInk{0.13, 0.13, 0.13};
const Colour kMuted{0.36, 0.36, 0.36};
const Colour kAccent{0.08, 0.32, 0.46};
const Colour kGrid{0.62, 0.62, 0.62};
const Colour kHeaderFill{0.90, 0.93, 0.95};
const Colour kNoteFill{0.95, 0.95, 0.91};
const Colour kNoteBar{0.80, 0.62, 0.20};

TextStyle style(double size, Colour c, bool bold = false, bool italic = false) {
  TextStyle s;
  s.size = size;
  s.bold = bold;
  s.italic = italic;
  s.r = c.r, s.g = c.g, s.b = c.b;
  return s;
}

Colour colour_of(const TextStyle& s) { return {s.r, s.g, s.b}; }

Slice space(double height, bool keep_with_next = false) {
  Slice s;
  s.height = height;
  s.drop_at_top = true;
  s.keep_with_next = keep_with_next;
  return s;
}

void shift(Item& item, double dx, double dy) {
  std::visit(
      [&](auto& i) {
        using T = std::decay_t<decltype(i)>;
        if constexpr (std::is_same_v<T, LineItem>) {
          i.x1 += dx, i.x2 += dx, i.y1 += dy, i.y2 += dy;
        } else {
          i.x += dx, i.y += dy;
        }
      },
      item);
}

void shift(std::vector<Slice>& slices, double dx) {
  for (auto& s : slices)
    for (auto& i : s.items) shift(i, dx, 0);
}

void append(std::vector<Slice>& to, std::vector<Slice>&& from) {
  for (auto& s : from) to.push_back(std::move(s));
}

// Several slices as one that cannot be split (a KeepTogether or a card that fits on a page).
// Space at the start of the run is dropped: it would only push the group down.
Slice merge(const std::vector<Slice>& slices) {
  Slice out;
  bool started = false;
  for (const auto& s : slices) {
    if (s.page_break) continue;
    if (!started && s.drop_at_top) continue;
    started = true;
    for (auto item : s.items) {
      shift(item, 0, out.height);
      out.items.push_back(std::move(item));
    }
    out.height += s.height;
  }
  return out;
}

double total_height(const std::vector<Slice>& slices) {
  double h = 0;
  for (const auto& s : slices) h += s.height;
  return h;
}

// One slice per line of the layout, so that text splits between lines across pages.
std::vector<Slice> line_slices(const std::shared_ptr<PangoLayout>& layout, double x, Colour c) {
  std::vector<Slice> out;
  PangoLayoutIter* it = pango_layout_get_iter(layout.get());
  int index = 0;
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it, nullptr, &logical);
    const double baseline = static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
    const double top = static_cast<double>(logical.y) / PANGO_SCALE;
    const double h = static_cast<double>(logical.height) / PANGO_SCALE;
    const double extra = h * (kLeading - 1);
    Slice s;
    s.height = h + extra;
    s.items.push_back(TextItem{layout, index,
                               x + static_cast<double>(logical.x) / PANGO_SCALE,
                               baseline - top + extra / 2, c});
    out.push_back(std::move(s));
    ++index;
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
  return out;
}

// A style at the environment's scale.
TextStyle scaled(TextStyle st, const LayoutEnv& env) {
  st.size *= env.scale;
  return st;
}

std::vector<Slice> text_block(LayoutEnv& env, const std::string& text, const TextStyle& st,
                              double width, double x = 0) {
  return line_slices(shared_layout(env.pango, text, scaled(st, env), width), x, colour_of(st));
}

std::vector<Slice> heading(const doc::Heading& h, double width, LayoutEnv& env) {
  const int level = std::clamp(h.level, 1, 3);
  static constexpr double kSize[] = {17, 13.5, 11.5};
  static constexpr double kBefore[] = {10, 9, 6};
  static constexpr double kAfter[] = {5, 3, 2};
  const auto i = static_cast<std::size_t>(level - 1);
  std::vector<Slice> out{space(kBefore[i] * env.scale * env.scale, true)};
  for (auto& s : text_block(env, h.text, style(kSize[i], level < 3 ? kAccent : kInk, true), width)) {
    s.keep_with_next = true;  // a heading is never the last line of a page
    out.push_back(std::move(s));
  }
  out.push_back(space(kAfter[i] * env.scale, true));
  return out;
}

std::vector<Slice> paragraph(const doc::Paragraph& p, double width, LayoutEnv& env) {
  using S = doc::Paragraph::Style;
  if (p.style != S::kNote) {
    const TextStyle st = p.style == S::kSmall      ? style(8.5, kMuted)
                         : p.style == S::kEmphasis ? style(10, kInk, true)
                                                   : style(10, kInk);
    auto out = text_block(env, p.text, st, width);
    out.push_back(space(5 * env.scale * env.scale));
    return out;
  }
  // A note: tinted band with a bar on the left, drawn per line so that it splits with the text.
  const double inset = 9, pad = 3 * env.scale;
  auto lines = text_block(env, p.text, style(9.5, kInk, false, true), width - 2 * inset, inset);
  lines.front().height += pad;
  for (auto& item : lines.front().items) shift(item, 0, pad);
  lines.back().height += pad;
  for (auto& s : lines) {
    s.items.insert(s.items.begin(), RectItem{0, 0, width, s.height, 0, kNoteFill, std::nullopt, 0});
    s.items.insert(s.items.begin() + 1, RectItem{0, 0, 2.5, s.height, 0, kNoteBar, std::nullopt, 0});
  }
  lines.push_back(space(6 * env.scale * env.scale));
  return lines;
}

std::vector<Slice> bullets(const doc::Bullets& b, double width, LayoutEnv& env) {
  const TextStyle st = style(10, kInk);
  double indent = 13 * env.scale;
  if (b.numbered) {
    auto widest =
        shared_layout(env.pango, std::to_string(b.items.size()) + ".", scaled(st, env), 0);
    indent = std::max(indent, layout_width(widest.get()) + 6);
  }
  std::vector<Slice> out;
  for (std::size_t n = 0; n < b.items.size(); ++n) {
    // Hanging indent: the whole item wraps at the indent, the marker sits left of its first line.
    auto lines = text_block(env, b.items[n], st, width - indent, indent);
    const std::string marker = b.numbered ? std::to_string(n + 1) + "." : "•";
    const auto& first = std::get<TextItem>(lines.front().items.front());
    lines.front().items.push_back(
        TextItem{shared_layout(env.pango, marker,
                               scaled(style(10, b.numbered ? kInk : kAccent, b.numbered), env), 0),
                 0, b.numbered ? 0.0 : 2.0, first.y, b.numbered ? kInk : kAccent});
    if (n > 0) out.push_back(space(2 * env.scale * env.scale));
    append(out, std::move(lines));
  }
  out.push_back(space(5 * env.scale * env.scale));
  return out;
}

std::shared_ptr<RsvgHandle> parse_svg(const std::string& svg, double& aspect) {
  GError* error = nullptr;
  RsvgHandle* handle =
      rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
  if (!handle) {
    const std::string why = error ? error->message : "unknown error";
    if (error) g_error_free(error);
    throw Error("an SVG picture in the document cannot be read: " + why);
  }
  std::shared_ptr<RsvgHandle> out(handle, [](RsvgHandle* h) { g_object_unref(h); });
  gboolean has_w = FALSE, has_h = FALSE, has_box = FALSE;
  RsvgLength w{}, h{};
  RsvgRectangle box{};
  rsvg_handle_get_intrinsic_dimensions(handle, &has_w, &w, &has_h, &h, &has_box, &box);
  if (has_box && box.width > 0 && box.height > 0) {
    aspect = box.height / box.width;
  } else if (has_w && has_h && w.length > 0 && h.length > 0) {
    aspect = h.length / w.length;
  } else {
    aspect = 0.75;
  }
  return out;
}

// A picture `wanted` wide, no wider than the column and no taller than a page.
void fit(double wanted, double aspect, double width, const LayoutEnv& env, double& w, double& h) {
  w = std::min(wanted, width);
  h = w * aspect;
  if (h > env.page_content_height) {
    h = env.page_content_height;
    w = h / aspect;
  }
}

Slice svg_slice(const doc::Svg& svg, double width, const LayoutEnv& env) {
  double aspect = 1;
  auto handle = parse_svg(svg.svg, aspect);
  Slice s;
  double w = 0, h = 0;
  fit(svg.width_mm * kMm, aspect, width, env, w, h);
  s.height = h;
  s.items.push_back(SvgItem{std::move(handle), 0, 0, w, h});
  return s;
}

Slice image_slice(const doc::ImageFile& image, double width, const LayoutEnv& env) {
  auto surface = load_png(image.path, "the picture");
  const double iw = cairo_image_surface_get_width(surface.get());
  const double ih = cairo_image_surface_get_height(surface.get());
  Slice s;
  double w = 0, h = 0;
  fit(image.width_mm * kMm, ih / iw, width, env, w, h);
  s.height = h;
  s.items.push_back(PngItem{std::move(surface), 0, 0, w, h});
  return s;
}

Slice qr_slice(const doc::QrCode& qr, double width, LayoutEnv& env) {
  if (qr.text.empty()) throw Error("a QR code in the document has no text to encode");
  QRcode* code = QRcode_encodeString(qr.text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (!code)
    throw Error("a QR code cannot hold \"" + qr.text.substr(0, 60) + "\": " + std::strerror(errno) +
                " (use a link shorter than about 2000 characters)");
  auto dark = std::make_shared<std::vector<std::uint8_t>>();
  const int n = code->width;
  dark->reserve(static_cast<std::size_t>(n) * static_cast<std::size_t>(n));
  for (int i = 0; i < n * n; ++i) dark->push_back(code->data[i] & 1u);
  QRcode_free(code);
  const double size = std::min(qr.size_mm * kMm, width);
  Slice s;
  s.items.push_back(QrItem{std::move(dark), n, 0, 0, size});
  s.height = size;
  if (!qr.caption.empty()) {
    TextStyle st = style(7.5, kMuted);
    st.center = true;
    auto caption = shared_layout(env.pango, qr.caption, st, size);
    s.items.push_back(TextItem{caption, -1, 0, size + 1, kMuted});
    s.height += layout_height(caption.get()) + 2;
  }
  return s;
}

std::vector<Slice> table(const doc::Table& t, double width, LayoutEnv& env) {
  std::size_t columns = t.header.size();
  for (const auto& row : t.rows) columns = std::max(columns, row.size());
  if (columns == 0) return {};
  std::vector<double> weights = t.column_weights;
  if (weights.size() != columns ||
      std::any_of(weights.begin(), weights.end(), [](double w) { return !(w > 0); }))
    weights.assign(columns, 1.0);
  double sum = 0;
  for (double w : weights) sum += w;
  std::vector<double> x(columns + 1, 0);
  for (std::size_t c = 0; c < columns; ++c) x[c + 1] = x[c] + width * weights[c] / sum;

  constexpr double kPadX = 4, kPadY = 3;
  auto row_slice = [&](const std::vector<std::string>& cells, bool header) {
    Slice s;
    std::vector<Item> texts;
    double h = 0;
    for (std::size_t c = 0; c < columns; ++c) {
      const std::string text = c < cells.size() ? cells[c] : "";
      const double cell_w = std::max(4.0, x[c + 1] - x[c] - 2 * kPadX);
      auto layout = shared_layout(env.pango, text, style(9, kInk, header), cell_w);
      h = std::max(h, layout_height(layout.get()));
      texts.push_back(TextItem{layout, -1, x[c] + kPadX, kPadY, kInk});
    }
    s.height = std::max(h + 2 * kPadY, header ? 0.0 : t.min_row_height_mm * kMm);
    for (std::size_t c = 0; c < columns; ++c)
      s.items.push_back(RectItem{x[c], 0, x[c + 1] - x[c], s.height, 0,
                                 header ? std::optional<Colour>(kHeaderFill) : std::nullopt, kGrid,
                                 0.6});
    for (auto& i : texts) s.items.push_back(std::move(i));
    return s;
  };

  std::vector<Slice> out;
  std::shared_ptr<const Slice> header;
  if (!t.header.empty()) {
    auto h = std::make_shared<Slice>(row_slice(t.header, true));
    Slice first = *h;
    first.keep_with_next = true;  // never a header alone at the foot of a page
    out.push_back(std::move(first));
    header = std::move(h);
  }
  for (const auto& row : t.rows) {
    Slice s = row_slice(row, false);
    s.repeat_header = header;
    out.push_back(std::move(s));
  }
  out.push_back(space(6));
  return out;
}

std::vector<Slice> fields(const doc::Fields& f, double width, LayoutEnv& env) {
  const TextStyle label_style = scaled(style(9.5, kMuted, true), env);
  const TextStyle value_style = scaled(style(9.5, kInk), env);
  double widest = 0;
  for (const auto& [label, value] : f.items)
    widest = std::max(widest, layout_width(shared_layout(env.pango, label, label_style, 0).get()));
  const double label_w = std::min(widest + 10, width * 0.4);
  std::vector<Slice> out;
  for (const auto& [label, value] : f.items) {
    auto l = shared_layout(env.pango, label, label_style, label_w - 6);
    auto v = shared_layout(env.pango, value, value_style, width - label_w);
    Slice s;
    s.height = std::max(layout_height(l.get()), layout_height(v.get())) + 3 * env.scale;
    s.items.push_back(TextItem{l, -1, 0, 1, colour_of(label_style)});
    s.items.push_back(TextItem{v, -1, label_w, 1, kInk});
    out.push_back(std::move(s));
  }
  out.push_back(space(4 * env.scale));
  return out;
}

std::vector<Slice> keep_together(const doc::KeepTogether& k, double width, LayoutEnv& env) {
  std::vector<Slice> inner;
  for (const auto& b : k.blocks) append(inner, layout_block(b, width, env));
  if (inner.empty() || total_height(inner) > env.page_content_height) return inner;  // split
  return {merge(inner)};
}

std::vector<Slice> card(const doc::Card& c, double width, LayoutEnv& env) {
  constexpr double kPad = 3 * kMm, kGap = 4 * kMm;
  const bool has_side = c.picture || c.qr;
  const double side_w = has_side ? std::min(c.side_width_mm * kMm, width * 0.45) : 0;
  const double body_w = width - 2 * kPad - (has_side ? side_w + kGap : 0);

  std::vector<Item> side;
  double side_h = 0;
  if (c.picture) {
    doc::Svg pic = *c.picture;
    pic.width_mm = side_w / kMm;
    Slice s = svg_slice(pic, side_w, env);
    for (auto& i : s.items) side.push_back(std::move(i));
    side_h = s.height;
  }
  if (c.qr) {
    if (side_h > 0) side_h += 3 * kMm;
    Slice s = qr_slice(*c.qr, side_w, env);
    // The code sits centred under the picture.
    const double size = std::get<QrItem>(s.items.front()).size;
    for (auto& i : s.items) {
      shift(i, (side_w - size) / 2, side_h);
      side.push_back(std::move(i));
    }
    side_h += s.height;
  }
  for (auto& i : side) shift(i, width - kPad - side_w, kPad);

  std::vector<Slice> body;
  const double outer_scale = env.scale;
  env.scale = outer_scale * kCardScale;
  try {
    for (const auto& b : c.body) append(body, layout_block(b, body_w, env));
  } catch (...) {
    env.scale = outer_scale;
    throw;
  }
  env.scale = outer_scale;
  // Trailing space inside the frame is padding enough.
  while (!body.empty() && body.back().drop_at_top) body.pop_back();
  shift(body, kPad);
  const double body_h = total_height(body);
  const double card_h = std::max(body_h, side_h) + 2 * kPad;

  if (card_h <= env.page_content_height) {
    Slice s = merge(body);
    for (auto& i : s.items) shift(i, 0, kPad);
    for (auto& i : side) s.items.push_back(std::move(i));
    s.height = card_h;
    if (c.framed)
      s.items.insert(s.items.begin(), RectItem{0.5, 0, width - 1, card_h, 2 * kMm, std::nullopt,
                                               kGrid, 0.8});
    return {std::move(s), space(4 * kMm)};
  }

  // Taller than a page: the side column goes with the first lines, the rest flows; frames are
  // drawn per page round the card's slices.
  std::vector<Slice> out;
  std::size_t n = 0;
  double prefix = 0;
  while (n < body.size() && prefix < side_h) prefix += body[n++].height;
  Slice first = merge({body.begin(), body.begin() + static_cast<std::ptrdiff_t>(n)});
  for (auto& i : first.items) shift(i, 0, kPad);
  for (auto& i : side) first.items.push_back(std::move(i));
  first.height = std::max(first.height, side_h) + kPad;
  out.push_back(std::move(first));
  for (std::size_t i = n; i < body.size(); ++i) out.push_back(std::move(body[i]));
  out.back().height += kPad;
  if (c.framed) {
    const int id = env.next_frame++;
    for (auto& s : out) {
      s.frame = id;
      s.frame_x = 0.5;
      s.frame_width = width - 1;
    }
  }
  out.push_back(space(4 * kMm));
  return out;
}

}  // namespace

std::shared_ptr<PangoLayout> shared_layout(PangoContext* context, const std::string& text,
                                           const TextStyle& st, double max_width) {
  return std::shared_ptr<PangoLayout>(make_layout(context, text, st, max_width).release(),
                                      [](PangoLayout* l) { g_object_unref(l); });
}

std::shared_ptr<cairo_surface_t> load_png(const std::string& path, const std::string& what) {
  cairo_surface_t* surface = cairo_image_surface_create_from_png(path.c_str());
  const auto status = cairo_surface_status(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    throw Error(what + " " + path + " cannot be used: " +
                (status == CAIRO_STATUS_FILE_NOT_FOUND ? std::string("no such file")
                                                       : cairo_status_to_string(status)) +
                " (a PNG file is accepted)");
  }
  return std::shared_ptr<cairo_surface_t>(surface, cairo_surface_destroy);
}

std::vector<Slice> layout_block(const doc::Block& block, double width, LayoutEnv& env) {
  return std::visit(
      [&](const auto& b) -> std::vector<Slice> {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, doc::Heading>) {
          return heading(b, width, env);
        } else if constexpr (std::is_same_v<T, doc::Paragraph>) {
          return paragraph(b, width, env);
        } else if constexpr (std::is_same_v<T, doc::Bullets>) {
          if (b.items.empty()) return {};
          return bullets(b, width, env);
        } else if constexpr (std::is_same_v<T, doc::Svg>) {
          return {svg_slice(b, width, env), space(4)};
        } else if constexpr (std::is_same_v<T, doc::ImageFile>) {
          return {image_slice(b, width, env), space(4)};
        } else if constexpr (std::is_same_v<T, doc::QrCode>) {
          return {qr_slice(b, width, env), space(4)};
        } else if constexpr (std::is_same_v<T, doc::Table>) {
          return table(b, width, env);
        } else if constexpr (std::is_same_v<T, doc::Fields>) {
          return fields(b, width, env);
        } else if constexpr (std::is_same_v<T, doc::Rule>) {
          Slice s;
          s.height = 10;
          s.items.push_back(LineItem{0, 5, width, 5, 0.8, kGrid});
          return {s};
        } else if constexpr (std::is_same_v<T, doc::PageBreak>) {
          Slice s;
          s.page_break = true;
          return {s};
        } else if constexpr (std::is_same_v<T, doc::Spacer>) {
          return {space(std::max(0.0, b.height_mm) * kMm)};
        } else if constexpr (std::is_same_v<T, doc::KeepTogether>) {
          return keep_together(b, width, env);
        } else {
          return card(b, width, env);
        }
      },
      block);
}

void draw_item(cairo_t* cr, const Item& item, double ox, double oy) {
  std::visit(
      [&](const auto& i) {
        using T = std::decay_t<decltype(i)>;
        cairo_save(cr);
        if constexpr (std::is_same_v<T, TextItem>) {
          cairo_set_source_rgb(cr, i.colour.r, i.colour.g, i.colour.b);
          cairo_move_to(cr, ox + i.x, oy + i.y);
          if (i.line < 0)
            pango_cairo_show_layout(cr, i.layout.get());
          else
            pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(i.layout.get(), i.line));
        } else if constexpr (std::is_same_v<T, SvgItem>) {
          const RsvgRectangle viewport{ox + i.x, oy + i.y, i.width, i.height};
          rsvg_handle_render_document(i.handle.get(), cr, &viewport, nullptr);
        } else if constexpr (std::is_same_v<T, PngItem>) {
          cairo_translate(cr, ox + i.x, oy + i.y);
          cairo_scale(cr, i.width / cairo_image_surface_get_width(i.surface.get()),
                      i.height / cairo_image_surface_get_height(i.surface.get()));
          cairo_set_source_surface(cr, i.surface.get(), 0, 0);
          cairo_paint(cr);
        } else if constexpr (std::is_same_v<T, QrItem>) {
          // Two light modules of quiet zone round the symbol, inside `size`.
          const double m = i.size / (i.modules + 4);
          cairo_set_source_rgb(cr, 1, 1, 1);
          cairo_rectangle(cr, ox + i.x, oy + i.y, i.size, i.size);
          cairo_fill(cr);
          cairo_set_source_rgb(cr, 0, 0, 0);
          for (int r = 0; r < i.modules; ++r)
            for (int c = 0; c < i.modules; ++c)
              if ((*i.dark)[static_cast<std::size_t>(r * i.modules + c)])
                cairo_rectangle(cr, ox + i.x + (c + 2) * m, oy + i.y + (r + 2) * m, m, m);
          cairo_fill(cr);
        } else if constexpr (std::is_same_v<T, LineItem>) {
          cairo_set_source_rgb(cr, i.colour.r, i.colour.g, i.colour.b);
          cairo_set_line_width(cr, i.width);
          cairo_move_to(cr, ox + i.x1, oy + i.y1);
          cairo_line_to(cr, ox + i.x2, oy + i.y2);
          cairo_stroke(cr);
        } else {
          const double x = ox + i.x, y = oy + i.y, w = i.width, h = i.height;
          const double r = std::min({i.radius, w / 2, h / 2});
          if (r > 0) {
            constexpr double kPi = 3.14159265358979323846;
            cairo_new_sub_path(cr);
            cairo_arc(cr, x + w - r, y + r, r, -kPi / 2, 0);
            cairo_arc(cr, x + w - r, y + h - r, r, 0, kPi / 2);
            cairo_arc(cr, x + r, y + h - r, r, kPi / 2, kPi);
            cairo_arc(cr, x + r, y + r, r, kPi, 3 * kPi / 2);
            cairo_close_path(cr);
          } else {
            cairo_rectangle(cr, x, y, w, h);
          }
          if (i.fill) {
            cairo_set_source_rgb(cr, i.fill->r, i.fill->g, i.fill->b);
            if (i.stroke)
              cairo_fill_preserve(cr);
            else
              cairo_fill(cr);
          }
          if (i.stroke) {
            cairo_set_source_rgb(cr, i.stroke->r, i.stroke->g, i.stroke->b);
            cairo_set_line_width(cr, i.line_width);
            cairo_stroke(cr);
          }
        }
        cairo_new_path(cr);
        cairo_restore(cr);
      },
      item);
}

}  // namespace myochart::render::detail
