#include "render/text.h"

#include <pango/pangocairo.h>

#include <memory>

namespace myochart::render::detail {

namespace {

struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};

std::unique_ptr<PangoLayout, LayoutDeleter> make_layout(cairo_t* cr, const std::string& text,
                                                        const TextStyle& style, double max_width) {
  std::unique_ptr<PangoLayout, LayoutDeleter> layout(pango_cairo_create_layout(cr));
  PangoFontDescription* font = pango_font_description_from_string("Sans");
  pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
  if (style.bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);
  pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
  if (max_width > 0) {
    pango_layout_set_width(layout.get(), static_cast<int>(max_width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    if (style.single_line) pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
    if (style.center) pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
  }
  return layout;
}

}  // namespace

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

}  // namespace myochart::render::detail
