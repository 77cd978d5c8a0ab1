#include "render/text.h"

#include <pango/pangocairo.h>

namespace myochart::render::detail {

void GObjectDeleter::operator()(void* object) const {
  if (object) g_object_unref(object);
}

namespace {

void set_up_layout(PangoLayout* layout, const std::string& text, const TextStyle& style,
                   double max_width) {
  PangoFontDescription* font = pango_font_description_from_string("Sans");
  pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
  if (style.bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
  if (style.italic) pango_font_description_set_style(font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
  if (max_width > 0) {
    pango_layout_set_width(layout, static_cast<int>(max_width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    if (style.single_line) pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    if (style.center) pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
    if (style.right) pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT);
  }
}

LayoutPtr make_layout(cairo_t* cr, const std::string& text, const TextStyle& style,
                      double max_width) {
  LayoutPtr layout(pango_cairo_create_layout(cr));
  set_up_layout(layout.get(), text, style, max_width);
  return layout;
}

}  // namespace

PangoContextPtr unhinted_context() {
  PangoContextPtr context(pango_font_map_create_context(pango_cairo_font_map_get_default()));
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(context.get(), options);
  cairo_font_options_destroy(options);
  // Sizes are absolute (device units), so the resolution only matters to pango internals.
  pango_cairo_context_set_resolution(context.get(), 72);
  return context;
}

LayoutPtr make_layout(PangoContext* context, const std::string& text, const TextStyle& style,
                      double max_width) {
  LayoutPtr layout(pango_layout_new(context));
  set_up_layout(layout.get(), text, style, max_width);
  return layout;
}

double draw_text(cairo_t* cr, const std::string& text, double x, double y, const TextStyle& style,
                 double max_width) {
  auto layout = make_layout(cr, text, style, max_width);
  cairo_save(cr);
  cairo_set_source_rgb(cr, style.r, style.g, style.b);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout.get());
  cairo_new_path(cr);  // leave no current point behind (paths are not part of save/restore)
  cairo_restore(cr);
  int w = 0, h = 0;
  pango_layout_get_size(layout.get(), &w, &h);
  return static_cast<double>(h) / PANGO_SCALE;
}

void measure_text(cairo_t* cr, const std::string& text, const TextStyle& style, double& width,
                  double& height) {
  auto layout = make_layout(cr, text, style, 0);
  int w = 0, h = 0;
  pango_layout_get_size(layout.get(), &w, &h);
  width = static_cast<double>(w) / PANGO_SCALE;
  height = static_cast<double>(h) / PANGO_SCALE;
}

double layout_height(PangoLayout* layout) {
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  return static_cast<double>(h) / PANGO_SCALE;
}

double layout_width(PangoLayout* layout) {
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  return static_cast<double>(w) / PANGO_SCALE;
}

}  // namespace myochart::render::detail
