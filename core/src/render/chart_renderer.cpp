#include "myochart/render/chart_renderer.h"

#include <cairo-pdf.h>
#include <librsvg/rsvg.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <mutex>

#include "myochart/errors.h"
#include "render/text.h"

namespace myochart::render {

using chart::MarkShape;
using chart::MarkSymbol;
using chart::Point;

namespace {

constexpr double kPi = 3.14159265358979323846;

struct Colour {
  double r, g, b;
};

// One legend line: a symbol (mark kinds) or a swatch (overlays, previous session).
struct LegendEntry {
  std::string label;
  Colour colour;
  std::optional<MarkSymbol> symbol;
  bool hatched = false;
};

std::vector<LegendEntry> legend_entries(const ChartScene& scene) {
  std::vector<LegendEntry> out;
  if (!scene.legend) return out;
  for (const auto& kind : chart::all_mark_kinds()) {
    const bool used = std::any_of(scene.marks.begin(), scene.marks.end(), [&](const auto& m) {
      return m.view == scene.view && m.kind == kind.id;
    });
    if (used)
      out.push_back({std::string(kind.label), {kind.r, kind.g, kind.b}, kind.symbol, false});
  }
  const bool has_reference = std::any_of(scene.reference_marks.begin(), scene.reference_marks.end(),
                                         [&](const auto& m) { return m.view == scene.view; });
  if (has_reference) out.push_back({"Previous session", {0.6, 0.6, 0.6}, MarkSymbol::kDot, false});
  for (const auto& o : scene.overlays) {
    if (o.label.empty()) continue;
    const bool seen =
        std::any_of(out.begin(), out.end(), [&](const auto& e) { return e.label == o.label; });
    if (!seen) out.push_back({o.label, {o.r, o.g, o.b}, std::nullopt, o.hatched});
  }
  return out;
}

struct Metrics {
  double pad, title_size, title_h, legend_size, legend_row_h, legend_col_w, legend_h;
  int legend_cols;
};

Metrics metrics(const ChartScene& scene, const std::vector<LegendEntry>& entries, double width,
                double height) {
  const std::size_t legend_count = entries.size();
  std::size_t longest = 0;  // in code points, a fair estimate of width for these fonts
  for (const auto& e : entries)
    longest = std::max(longest, static_cast<std::size_t>(std::count_if(
                                    e.label.begin(), e.label.end(),
                                    [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; })));
  Metrics m{};
  const double base = std::min(width, height * 0.5);
  m.pad = std::max(2.0, base * 0.025);
  m.title_size = std::clamp(base * 0.032, 7.0, 24.0);
  m.title_h = scene.title.empty() ? 0 : m.title_size * 1.7;
  m.legend_size = std::clamp(base * 0.032, 6.0, 16.0);
  m.legend_row_h = m.legend_size * 1.75;
  // Columns as wide as the longest label needs (a symbol, then ~0.56 em per character).
  m.legend_col_w = std::min(width - 2 * m.pad,
                            m.legend_size * std::max(13.0, 0.56 * static_cast<double>(longest) + 4.0));
  m.legend_cols = std::max(1, static_cast<int>((width - 2 * m.pad) / m.legend_col_w));
  const int rows =
      legend_count == 0
          ? 0
          : static_cast<int>((legend_count + static_cast<std::size_t>(m.legend_cols) - 1) /
                             static_cast<std::size_t>(m.legend_cols));
  m.legend_h = rows == 0 ? 0 : rows * m.legend_row_h + m.pad;
  return m;
}

// The chart sits under the title, centred across; the legend follows right under it.
ChartLayout compute_layout(const Metrics& m, double width, double height) {
  ChartLayout l;
  const double avail_w = std::max(1.0, width - 2 * m.pad);
  const double avail_h = std::max(1.0, height - 2 * m.pad - m.title_h - m.legend_h);
  l.chart_height = std::min(avail_h, avail_w / chart::kChartAspect);
  l.chart_width = l.chart_height * chart::kChartAspect;
  l.chart_x = (width - l.chart_width) / 2;
  l.chart_y = m.pad + m.title_h;
  return l;
}

// ---- drawing primitives -----------------------------------------------------------------

void path_polygon(cairo_t* cr, const ChartLayout& l, const std::vector<Point>& pts, bool close) {
  cairo_new_path(cr);
  for (std::size_t i = 0; i < pts.size(); ++i) {
    double x = 0, y = 0;
    l.to_device(pts[i], x, y);
    if (i == 0)
      cairo_move_to(cr, x, y);
    else
      cairo_line_to(cr, x, y);
  }
  if (close) cairo_close_path(cr);
}

void draw_symbol(cairo_t* cr, MarkSymbol symbol, double x, double y, double r, Colour c,
                 double alpha) {
  cairo_save(cr);
  cairo_new_path(cr);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  auto outline_white = [&](double width) {
    cairo_set_source_rgba(cr, 1, 1, 1, 0.85 * alpha);
    cairo_set_line_width(cr, width);
    cairo_stroke_preserve(cr);
  };
  auto set = [&](double a) { cairo_set_source_rgba(cr, c.r, c.g, c.b, a); };
  switch (symbol) {
    case MarkSymbol::kDot:
      cairo_arc(cr, x, y, r, 0, 2 * kPi);
      outline_white(r * 0.35);
      set(alpha);
      cairo_fill(cr);
      break;
    case MarkSymbol::kCross:  // trigger point: a ring with an X
      cairo_arc(cr, x, y, r, 0, 2 * kPi);
      set(alpha * 0.25);
      cairo_fill_preserve(cr);
      set(alpha);
      cairo_set_line_width(cr, r * 0.22);
      cairo_stroke(cr);
      cairo_move_to(cr, x - r * 0.6, y - r * 0.6);
      cairo_line_to(cr, x + r * 0.6, y + r * 0.6);
      cairo_move_to(cr, x + r * 0.6, y - r * 0.6);
      cairo_line_to(cr, x - r * 0.6, y + r * 0.6);
      cairo_set_line_width(cr, r * 0.3);
      cairo_stroke(cr);
      break;
    case MarkSymbol::kRing:
      cairo_arc(cr, x, y, r * 0.85, 0, 2 * kPi);
      outline_white(r * 0.55);
      set(alpha);
      cairo_set_line_width(cr, r * 0.32);
      cairo_stroke(cr);
      break;
    case MarkSymbol::kZigzag:
      cairo_move_to(cr, x - r, y + r * 0.35);
      for (int i = 1; i <= 4; ++i)
        cairo_line_to(cr, x - r + i * r * 0.5, y + ((i % 2) ? -r * 0.35 : r * 0.35));
      outline_white(r * 0.6);
      set(alpha);
      cairo_set_line_width(cr, r * 0.32);
      cairo_stroke(cr);
      break;
    case MarkSymbol::kDiamond:
      cairo_move_to(cr, x, y - r);
      cairo_line_to(cr, x + r * 0.8, y);
      cairo_line_to(cr, x, y + r);
      cairo_line_to(cr, x - r * 0.8, y);
      cairo_close_path(cr);
      outline_white(r * 0.3);
      set(alpha);
      cairo_fill(cr);
      break;
    case MarkSymbol::kCheck:
      cairo_move_to(cr, x - r * 0.8, y);
      cairo_line_to(cr, x - r * 0.2, y + r * 0.6);
      cairo_line_to(cr, x + r * 0.9, y - r * 0.7);
      outline_white(r * 0.7);
      set(alpha);
      cairo_set_line_width(cr, r * 0.36);
      cairo_stroke(cr);
      break;
    case MarkSymbol::kSquare:  // avoid: a "no" sign
      cairo_arc(cr, x, y, r * 0.9, 0, 2 * kPi);
      set(alpha * 0.15);
      cairo_fill_preserve(cr);
      set(alpha);
      cairo_set_line_width(cr, r * 0.28);
      cairo_stroke(cr);
      cairo_move_to(cr, x - r * 0.62, y + r * 0.62);
      cairo_line_to(cr, x + r * 0.62, y - r * 0.62);
      cairo_stroke(cr);
      break;
  }
  cairo_restore(cr);
}

bool raster_without_scaling(cairo_t* cr);

void hatch(cairo_t* cr, const ChartLayout& l, const chart::Polygon& poly, Colour c, double alpha) {
  cairo_save(cr);
  if (raster_without_scaling(cr)) {
    // One fill with a repeating tile of the diagonal line: a clip and dozens of strokes per
    // overlay are most of an overlay's cost on screen. Vector targets keep real lines (below).
    const int step = static_cast<int>(std::lround(std::max(3.0, l.chart_width * 0.014)));
    cairo_surface_t* tile = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, step, step);
    cairo_t* tc = cairo_create(tile);
    cairo_set_source_rgba(tc, c.r, c.g, c.b, alpha);
    cairo_set_line_width(tc, std::max(0.8, step * 0.28));
    for (int k = -1; k <= 1; ++k) {  // through the corners, so that tiles join up
      cairo_move_to(tc, k * step, step);
      cairo_line_to(tc, k * step + step, 0);
    }
    cairo_stroke(tc);
    cairo_destroy(tc);
    cairo_pattern_t* pattern = cairo_pattern_create_for_surface(tile);
    cairo_pattern_set_extend(pattern, CAIRO_EXTEND_REPEAT);
    path_polygon(cr, l, poly, true);
    cairo_set_source(cr, pattern);
    cairo_fill(cr);
    cairo_pattern_destroy(pattern);
    cairo_surface_destroy(tile);
    cairo_restore(cr);
    return;
  }
  path_polygon(cr, l, poly, true);
  cairo_clip(cr);
  double x1, y1, x2, y2;
  cairo_clip_extents(cr, &x1, &y1, &x2, &y2);
  const double step = std::max(3.0, l.chart_width * 0.014);
  cairo_set_source_rgba(cr, c.r, c.g, c.b, alpha);
  cairo_set_line_width(cr, std::max(0.8, step * 0.28));
  for (double s = x1 - (y2 - y1); s < x2; s += step) {
    cairo_move_to(cr, s, y2);
    cairo_line_to(cr, s + (y2 - y1), y1);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}

// Fast paths for raster targets (the GUI canvas, PNGs). Drawing the same few symbols as paths
// hundreds of times a frame is most of a busy chart's cost (cairo strokes each circle anew), and
// the outline is the same SVG at the same size frame after frame. On an image surface drawn
// without scaling, symbols come from small cached images placed to a quarter pixel, and the
// outline from its last raster; vector targets (PDF, printers) always get paths. The pictures
// are the same either way, within a quarter pixel.
bool raster_without_scaling(cairo_t* cr) {
  if (cairo_surface_get_type(cairo_get_target(cr)) != CAIRO_SURFACE_TYPE_IMAGE) return false;
  cairo_matrix_t m;
  cairo_get_matrix(cr, &m);
  return m.xx == 1 && m.yy == 1 && m.xy == 0 && m.yx == 0;
}

// Paints `image` with its top left at device pixel (x, y), whatever cr's translation.
void paint_at_device(cairo_t* cr, cairo_surface_t* image, double x, double y) {
  cairo_save(cr);
  cairo_identity_matrix(cr);
  cairo_set_source_surface(cr, image, x, y);
  cairo_paint(cr);
  cairo_restore(cr);
}

class SymbolSprites {
 public:
  SymbolSprites() = default;
  SymbolSprites(const SymbolSprites&) = delete;
  SymbolSprites& operator=(const SymbolSprites&) = delete;
  ~SymbolSprites() { clear(); }

  // Draws the symbol from a cached image when cr allows it; false when it must be drawn as paths.
  bool draw(cairo_t* cr, MarkSymbol symbol, double x, double y, double r, Colour c, double alpha) {
    if (!raster_without_scaling(cr) || r <= 0 || r > 200) return false;
    cairo_user_to_device(cr, &x, &y);
    const double half = std::ceil(r * 1.4) + 2;
    const double ox = std::floor(x), oy = std::floor(y);
    const int phase_x = std::min(3, static_cast<int>((x - ox) * 4));
    const int phase_y = std::min(3, static_cast<int>((y - oy) * 4));
    auto channel = [](double v) {
      return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255));
    };
    const Key key{static_cast<int>(symbol),
                  channel(c.r),
                  channel(c.g),
                  channel(c.b),
                  channel(alpha),
                  static_cast<int>(std::lround(r * 8)),
                  phase_x * 4 + phase_y};
    cairo_surface_t* sprite = nullptr;
    {
      std::lock_guard lock(mutex_);
      auto it = sprites_.find(key);
      if (it == sprites_.end()) {
        if (sprites_.size() >= kLimit) clear();
        const int size = static_cast<int>(2 * half) + 1;
        cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, size, size);
        cairo_t* sc = cairo_create(s);
        draw_symbol(sc, symbol, half + phase_x / 4.0 + 0.125, half + phase_y / 4.0 + 0.125, r, c,
                    alpha);
        cairo_destroy(sc);
        cairo_surface_flush(s);
        it = sprites_.emplace(key, s).first;
      }
      sprite = cairo_surface_reference(it->second);
    }
    paint_at_device(cr, sprite, ox - half, oy - half);
    cairo_surface_destroy(sprite);
    return true;
  }

 private:
  using Key = std::array<int, 7>;  // symbol, r, g, b, alpha, radius x8, quarter-pixel phase
  static constexpr std::size_t kLimit = 4096;
  void clear() {
    for (auto& [key, s] : sprites_) cairo_surface_destroy(s);
    sprites_.clear();
  }
  std::mutex mutex_;
  std::map<Key, cairo_surface_t*> sprites_;
};

void draw_symbol_fast(cairo_t* cr, SymbolSprites& sprites, MarkSymbol symbol, double x, double y,
                      double r, Colour c, double alpha) {
  if (!sprites.draw(cr, symbol, x, y, r, c, alpha)) draw_symbol(cr, symbol, x, y, r, c, alpha);
}

// Size and opacity from intensity 0-10.
double size_factor(int intensity) {
  return 0.65 + 0.06 * std::clamp(intensity, 0, 10);
}
double opacity(int intensity) {
  return 0.4 + 0.06 * std::clamp(intensity, 0, 10);
}

void draw_mark(cairo_t* cr, SymbolSprites& sprites, const ChartLayout& l, const chart::ChartMark& m,
               bool faint, bool selected) {
  const chart::MarkKind* kind = chart::find_mark_kind(m.kind);
  Colour c = kind ? Colour{kind->r, kind->g, kind->b} : Colour{0.4, 0.4, 0.4};
  const MarkSymbol symbol = kind ? kind->symbol : MarkSymbol::kDot;
  double alpha = opacity(m.intensity);
  if (faint) {
    c = {0.55, 0.55, 0.58};
    alpha *= 0.45;
  }
  const double r = l.chart_width * 0.02 * size_factor(m.intensity);
  cairo_save(cr);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);

  if (selected) {
    cairo_set_source_rgba(cr, 0.15, 0.55, 0.95, 0.55);
    if (m.shape == MarkShape::kPoint) {
      double x, y;
      l.to_device(m.points.front(), x, y);
      cairo_arc(cr, x, y, r * 1.7, 0, 2 * kPi);
      cairo_fill(cr);
    } else {
      path_polygon(cr, l, m.points, m.shape == MarkShape::kArea);
      cairo_set_line_width(cr, r * 1.2);
      cairo_stroke(cr);
    }
  }

  switch (m.shape) {
    case MarkShape::kPoint: {
      double x, y;
      l.to_device(m.points.front(), x, y);
      draw_symbol_fast(cr, sprites, symbol, x, y, r, c, alpha);
      break;
    }
    case MarkShape::kArea: {
      path_polygon(cr, l, m.points, true);
      cairo_set_source_rgba(cr, c.r, c.g, c.b, alpha * 0.4);
      cairo_fill_preserve(cr);
      cairo_set_source_rgba(cr, c.r, c.g, c.b, alpha);
      cairo_set_line_width(cr, std::max(1.0, r * 0.22));
      if (m.kind == "numbness") {
        const double dash[] = {r * 0.6, r * 0.4};
        cairo_set_dash(cr, dash, 2, 0);
      }
      cairo_stroke(cr);
      cairo_set_dash(cr, nullptr, 0, 0);
      double x, y;
      l.to_device(chart::centroid(m.points), x, y);
      draw_symbol_fast(cr, sprites, symbol, x, y, r * 0.75, c, alpha);
      break;
    }
    case MarkShape::kStroke: {
      path_polygon(cr, l, m.points, false);
      cairo_set_source_rgba(cr, 1, 1, 1, 0.6 * alpha);
      cairo_set_line_width(cr, r * 0.75);
      cairo_stroke_preserve(cr);
      cairo_set_source_rgba(cr, c.r, c.g, c.b, alpha);
      cairo_set_line_width(cr, r * 0.45);
      if (m.kind == "numbness") {
        const double dash[] = {r * 0.7, r * 0.5};
        cairo_set_dash(cr, dash, 2, 0);
      }
      cairo_stroke(cr);
      break;
    }
  }
  cairo_restore(cr);
}

void draw_overlay(cairo_t* cr, const ChartLayout& l, const Overlay& o) {
  if (o.polygon.size() < 3) return;
  const Colour c{o.r, o.g, o.b};
  cairo_save(cr);
  if (o.hatched) {
    hatch(cr, l, o.polygon, c, std::max(0.35, o.fill_alpha + 0.25));
  } else if (o.fill_alpha > 0) {
    path_polygon(cr, l, o.polygon, true);
    cairo_set_source_rgba(cr, c.r, c.g, c.b, o.fill_alpha);
    cairo_fill(cr);
  }
  path_polygon(cr, l, o.polygon, true);
  cairo_set_source_rgba(cr, c.r, c.g, c.b, 0.8);
  cairo_set_line_width(cr, std::max(0.8, l.chart_width * 0.004));
  if (o.dashed_outline) {
    const double dash[] = {l.chart_width * 0.015, l.chart_width * 0.01};
    cairo_set_dash(cr, dash, 2, 0);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}

void draw_legend(cairo_t* cr, const Metrics& m, const std::vector<LegendEntry>& entries,
                 double width, double top) {
  const double total_w = std::min(width - 2 * m.pad, m.legend_cols * m.legend_col_w);
  const double left = (width - total_w) / 2;
  detail::TextStyle style;
  style.size = m.legend_size;
  style.r = style.g = style.b = 0.22;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto col = static_cast<int>(i % static_cast<std::size_t>(m.legend_cols));
    const auto row = static_cast<int>(i / static_cast<std::size_t>(m.legend_cols));
    const double x = left + col * m.legend_col_w;
    const double y = top + row * m.legend_row_h;
    const double cy = y + m.legend_row_h / 2;
    const double r = m.legend_size * 0.45;
    const auto& e = entries[i];
    if (e.symbol) {
      draw_symbol(cr, *e.symbol, x + r * 1.4, cy, r, e.colour, 0.95);
    } else {
      cairo_save(cr);
      cairo_rectangle(cr, x + r * 0.2, cy - r, r * 2.4, r * 2);
      if (e.hatched) {
        cairo_clip_preserve(cr);
        cairo_set_source_rgba(cr, e.colour.r, e.colour.g, e.colour.b, 0.7);
        cairo_set_line_width(cr, 1);
        for (double s = x - r * 2; s < x + r * 3; s += r * 0.6) {
          cairo_move_to(cr, s, cy + r);
          cairo_line_to(cr, s + 2 * r, cy - r);
        }
        cairo_stroke(cr);
        cairo_reset_clip(cr);
        cairo_rectangle(cr, x + r * 0.2, cy - r, r * 2.4, r * 2);
      } else {
        cairo_set_source_rgba(cr, e.colour.r, e.colour.g, e.colour.b, 0.45);
        cairo_fill_preserve(cr);
      }
      cairo_set_source_rgba(cr, e.colour.r, e.colour.g, e.colour.b, 0.9);
      cairo_set_line_width(cr, 1);
      cairo_stroke(cr);
      cairo_restore(cr);
    }
    double tw = 0, th = 0;
    detail::measure_text(cr, e.label, style, tw, th);
    detail::draw_text(cr, e.label, x + r * 3.2, cy - th / 2, style);
  }
}

}  // namespace

chart::Point ChartLayout::to_chart(double device_x, double device_y) const {
  return {(device_x - chart_x) / chart_width, (device_y - chart_y) / chart_height};
}

void ChartLayout::to_device(chart::Point p, double& device_x, double& device_y) const {
  device_x = chart_x + p.x * chart_width;
  device_y = chart_y + p.y * chart_height;
}

/// Parsed SVG outlines, one per view, made on first use; and the raster caches (see
/// SymbolSprites): symbol images, and the last raster of each view's outline.
struct ChartRenderer::Outlines {
  std::mutex mutex;
  std::array<RsvgHandle*, 4> handles{};
  struct Raster {
    cairo_surface_t* surface = nullptr;
    double width = 0, height = 0;  ///< the viewport it was drawn for
    int phase = -1;                ///< quarter-pixel position of the viewport
  };
  std::array<Raster, 4> rasters{};
  SymbolSprites sprites;
  ~Outlines() {
    for (auto* h : handles)
      if (h) g_object_unref(h);
    for (auto& r : rasters)
      if (r.surface) cairo_surface_destroy(r.surface);
  }
};

ChartRenderer::ChartRenderer(const chart::BodyChart& chart)
    : chart_(chart), outlines_(std::make_unique<Outlines>()) {}

ChartRenderer::~ChartRenderer() = default;

ChartLayout ChartRenderer::layout(const ChartScene& scene, double width, double height) const {
  return compute_layout(metrics(scene, legend_entries(scene), width, height), width, height);
}

double ChartRenderer::natural_height(const ChartScene& scene, double width) const {
  const Metrics m =
      metrics(scene, legend_entries(scene), width, width / chart::kChartAspect);
  return 2 * m.pad + m.title_h + (width - 2 * m.pad) / chart::kChartAspect + m.legend_h;
}

ChartLayout ChartRenderer::draw(cairo_t* cr, const ChartScene& scene, double width,
                                double height) const {
  const auto entries = legend_entries(scene);
  const Metrics m = metrics(scene, entries, width, height);
  const ChartLayout l = compute_layout(m, width, height);
  cairo_save(cr);
  // Curves flattened to a quarter pixel on screen (cairo's default is a tenth): the round joins
  // and caps of marks are then half the work, and no eye can tell.
  if (raster_without_scaling(cr)) cairo_set_tolerance(cr, 0.25);

  if (!scene.title.empty()) {
    detail::TextStyle title;
    title.size = m.title_size;
    title.bold = true;
    title.center = true;
    title.single_line = true;
    detail::draw_text(cr, scene.title, m.pad, m.pad, title, width - 2 * m.pad);
  }

  // The body outline.
  {
    const auto index = static_cast<std::size_t>(scene.view);
    std::lock_guard lock(outlines_->mutex);
    RsvgHandle*& handle = outlines_->handles[index];
    if (!handle) {
      const std::string& svg = chart_.view(scene.view).svg();
      GError* error = nullptr;
      handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(),
                                         &error);
      if (!handle) {
        std::string why = error ? error->message : "unknown error";
        if (error) g_error_free(error);
        cairo_restore(cr);
        throw Error("the body-chart outline of the " + std::string(chart::to_string(scene.view)) +
                    " view cannot be drawn: " + why);
      }
    }
    if (raster_without_scaling(cr)) {
      // The outline as last rastered for this size and sub-pixel position, drawn again if not.
      double x = l.chart_x, y = l.chart_y;
      cairo_user_to_device(cr, &x, &y);
      const double ox = std::floor(x), oy = std::floor(y);
      const int phase = static_cast<int>((x - ox) * 4) * 4 + static_cast<int>((y - oy) * 4);
      auto& raster = outlines_->rasters[index];
      if (!raster.surface || raster.width != l.chart_width || raster.height != l.chart_height ||
          raster.phase != phase) {
        if (raster.surface) cairo_surface_destroy(raster.surface);
        raster.surface = cairo_image_surface_create(
            CAIRO_FORMAT_ARGB32, static_cast<int>(std::ceil(l.chart_width)) + 2,
            static_cast<int>(std::ceil(l.chart_height)) + 2);
        cairo_t* rc = cairo_create(raster.surface);
        const RsvgRectangle at{(phase / 4) / 4.0 + 0.125, (phase % 4) / 4.0 + 0.125, l.chart_width,
                               l.chart_height};
        rsvg_handle_render_document(handle, rc, &at, nullptr);
        cairo_destroy(rc);
        cairo_surface_flush(raster.surface);
        raster.width = l.chart_width;
        raster.height = l.chart_height;
        raster.phase = phase;
      }
      paint_at_device(cr, raster.surface, ox, oy);
    } else {
      const RsvgRectangle viewport{l.chart_x, l.chart_y, l.chart_width, l.chart_height};
      rsvg_handle_render_document(handle, cr, &viewport, nullptr);
    }
  }

  for (const auto& o : scene.overlays) draw_overlay(cr, l, o);
  for (const auto& mark : scene.reference_marks)
    if (mark.view == scene.view && !mark.points.empty())
      draw_mark(cr, outlines_->sprites, l, mark, true, false);
  for (const auto& mark : scene.marks)
    if (mark.view == scene.view && !mark.points.empty())
      draw_mark(cr, outlines_->sprites, l, mark, false,
                scene.selected_mark && *scene.selected_mark == mark.id);
  // Overlay names go in the legend when there is one; on the chart they would cover the marks.
  for (const auto& o : scene.overlays) {
    if (scene.legend || o.label.empty() || o.polygon.size() < 3) continue;
    detail::TextStyle style;
    style.size = m.legend_size * 0.85;
    style.r = o.r * 0.6;
    style.g = o.g * 0.6;
    style.b = o.b * 0.6;
    double x, y, tw, th;
    l.to_device(chart::centroid(o.polygon), x, y);
    detail::measure_text(cr, o.label, style, tw, th);
    detail::draw_text(cr, o.label, x - tw / 2, y - th / 2, style);
  }

  if (!entries.empty())
    draw_legend(cr, m, entries, width, l.chart_y + l.chart_height + m.pad * 0.5);
  cairo_restore(cr);
  return l;
}

Image ChartRenderer::render_image(const ChartScene& scene, int width_px, int height_px) const {
  return render_image_region(scene, width_px, height_px, 0, 0, width_px, height_px);
}

Image ChartRenderer::render_image_region(const ChartScene& scene, double full_width,
                                         double full_height, int x, int y, int width_px,
                                         int height_px) const {
  return paint_image(width_px, height_px, [&](cairo_t* cr) {
    cairo_translate(cr, -x, -y);
    draw(cr, scene, full_width, full_height);
  });
}

void ChartRenderer::write_png(const ChartScene& scene, const std::filesystem::path& file,
                              int width_px, int height_px) const {
  write_png_file(render_image(scene, width_px, height_px), file);
}

void ChartRenderer::write_pdf(const ChartScene& scene, const std::filesystem::path& file,
                              double width_pt, double height_pt) const {
  write_pdf_file(file, width_pt, height_pt, scene.title, [&](cairo_t* cr) {
    const double margin = 36;  // half an inch
    cairo_translate(cr, margin, margin);
    draw(cr, scene, width_pt - 2 * margin, height_pt - 2 * margin);
    cairo_show_page(cr);
  });
}

}  // namespace myochart::render
