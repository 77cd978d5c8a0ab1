#include "documents/report_blocks.h"

#include <algorithm>

namespace myochart::render::report {

namespace {
constexpr double kFieldLabelW = 120;
constexpr double kAlertPad = 7;
constexpr double kTrendH = 150;
}  // namespace

void set_font_options(cairo_t* cr) {
  cairo_font_options_t* o = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options(cr, o);
  cairo_font_options_destroy(o);
}

TextLayout text_layout(cairo_t* cr, const std::string& text, const Font& font, double width) {
  TextLayout layout(pango_cairo_create_layout(cr));
  PangoFontDescription* desc = pango_font_description_from_string("Sans");
  pango_font_description_set_absolute_size(desc, font.size * PANGO_SCALE);
  if (font.bold) pango_font_description_set_weight(desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(layout.get(), desc);
  pango_font_description_free(desc);
  pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
  if (width > 0) {
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  }
  return layout;
}


double show(cairo_t* cr, const std::string& text, const Font& font, double x, double y,
            double width) {
  auto l = text_layout(cr, text, font, width);
  cairo_save(cr);
  cairo_set_source_rgb(cr, font.grey, font.grey, font.grey);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, l.get());
  cairo_new_path(cr);
  cairo_restore(cr);
  return layout_height(l.get());
}

namespace {

double measure_fields(cairo_t* cr, const Block& b, double width) {
  double h = 0;
  for (const auto& [label, value] : b.fields) {
    auto l = text_layout(cr, label, kLabel, kFieldLabelW - 8);
    auto v = text_layout(cr, value, kBody, width - kFieldLabelW);
    h += std::max(layout_height(l.get()), layout_height(v.get())) + 3;
  }
  return h;
}

void draw_fields(cairo_t* cr, const Block& b, double x, double y, double width) {
  for (const auto& [label, value] : b.fields) {
    const double lh = show(cr, label, kLabel, x, y + 1, kFieldLabelW - 8);
    const double vh = show(cr, value, kBody, x + kFieldLabelW, y, width - kFieldLabelW);
    y += std::max(lh, vh) + 3;
  }
}

double chart_cell_width(const Block& b, double width) {
  const double n = static_cast<double>(b.charts.size());
  return std::min(225.0, (width - kGap * (n - 1)) / n);
}

}  // namespace

void measure(cairo_t* cr, Block& b, double width, const ChartRenderer& renderer) {
  b.breaks.clear();
  switch (b.kind) {
    case Kind::kTitleLine:
      b.height = layout_height(text_layout(cr, b.text, kTitle, width).get()) + 4;
      break;
    case Kind::kHeadingLine:
      b.height = layout_height(text_layout(cr, b.text, kHeading, width).get()) + 4;
      break;
    case Kind::kParagraph: {
      auto l = text_layout(cr, b.text, kBody, width);
      PangoLayoutIter* it = pango_layout_get_iter(l.get());
      do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, nullptr, &logical);
        b.breaks.push_back(static_cast<double>(logical.y + logical.height) / PANGO_SCALE);
      } while (pango_layout_iter_next_line(it));
      pango_layout_iter_free(it);
      b.height = layout_height(l.get());
      break;
    }
    case Kind::kFields:
      b.height = measure_fields(cr, b, width);
      break;
    case Kind::kAlert:
      b.height = layout_height(text_layout(cr, b.text, kBody, width - 2 * kAlertPad).get()) +
                 2 * kAlertPad;
      break;
    case Kind::kCharts: {
      const double cell = chart_cell_width(b, width);
      b.height = 0;
      for (const auto& scene : b.charts)
        b.height = std::max(b.height, renderer.natural_height(scene, cell));
      break;
    }
    case Kind::kTrends:
      b.height = kTrendH;
      break;
  }
}

void draw_block(cairo_t* cr, const Block& b, double x, double y, double width,
                const ChartRenderer& renderer) {
  switch (b.kind) {
    case Kind::kTitleLine:
      show(cr, b.text, kTitle, x, y, width);
      break;
    case Kind::kHeadingLine:
      show(cr, b.text, kHeading, x, y, width);
      cairo_save(cr);
      cairo_set_source_rgb(cr, 0.8, 0.8, 0.82);
      cairo_set_line_width(cr, 0.6);
      cairo_move_to(cr, x, y + b.height - 1);
      cairo_line_to(cr, x + width, y + b.height - 1);
      cairo_stroke(cr);
      cairo_restore(cr);
      break;
    case Kind::kParagraph:
      show(cr, b.text, kBody, x, y, width);
      break;
    case Kind::kFields:
      draw_fields(cr, b, x, y, width);
      break;
    case Kind::kAlert:
      cairo_save(cr);
      cairo_rectangle(cr, x, y, width, b.height);
      cairo_set_source_rgb(cr, 1.0, 0.945, 0.78);
      cairo_fill_preserve(cr);
      cairo_set_source_rgb(cr, 0.85, 0.62, 0.1);
      cairo_set_line_width(cr, 0.8);
      cairo_stroke(cr);
      cairo_restore(cr);
      show(cr, b.text, kBody, x + kAlertPad, y + kAlertPad, width - 2 * kAlertPad);
      break;
    case Kind::kCharts: {
      const double cell = chart_cell_width(b, width);
      const double n = static_cast<double>(b.charts.size());
      double cx = x + (width - (cell * n + kGap * (n - 1))) / 2;
      for (const auto& scene : b.charts) {
        cairo_save(cr);
        cairo_translate(cr, cx, y);
        renderer.draw(cr, scene, cell, b.height);
        cairo_restore(cr);
        cx += cell + kGap;
      }
      break;
    }
    case Kind::kTrends: {
      // Two to a row, each half the width; a single plot keeps that size, on the left.
      const double cell = (width - kGap) / 2;
      double cx = x;
      for (const auto& plot : b.trends) {
        cairo_save(cr);
        cairo_translate(cr, cx, y);
        draw_trend(cr, plot, cell, b.height);
        cairo_restore(cr);
        cx += cell + kGap;
      }
      break;
    }
  }
}

}  // namespace myochart::render::report
