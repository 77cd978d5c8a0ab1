// The second half of the document renderer: pagination of the slices document_blocks.cpp
// makes, the running header and footer, and the outputs (PDF, PNG, image, any cairo context).
#include "myochart/render/document_renderer.h"

#include <cairo-pdf.h>
#include <fcntl.h>
#include <pango/pangocairo.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <map>
#include <stdexcept>

#include "myochart/errors.h"
#include "myochart/paths.h"
#include "render/document_blocks.h"

namespace myochart::render {

using namespace detail;

namespace {

constexpr double kMarginX = 17 * kPointsPerMm;
constexpr double kMarginTop = 12 * kPointsPerMm;
constexpr double kMarginBottom = 11 * kPointsPerMm;
constexpr double kLogoHeight = 12 * kPointsPerMm;
const Colour kHeaderInk{0.08, 0.32, 0.46};
const Colour kMutedInk{0.40, 0.40, 0.40};
const Colour kLine{0.72, 0.72, 0.72};

std::string substitute(std::string text, std::size_t page, std::size_t pages) {
  for (const auto& [key, value] : {std::pair<std::string, std::string>{"{page}", std::to_string(page)},
                                   {"{pages}", std::to_string(pages)}}) {
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
      text.replace(at, key.size(), value);
  }
  return text;
}

struct Placed {
  const Slice* slice = nullptr;
  double y = 0;
  std::size_t block = 0;
};

// A file written under a temporary name in the target's folder and renamed into place on
// commit(), so that readers never see half a file and a failure leaves nothing behind.
class PrivateFileWriter {
 public:
  explicit PrivateFileWriter(const std::filesystem::path& file) : file_(file) {
    std::string name = file.string() + ".XXXXXX";
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) throw Error("cannot write " + file.string() + ": " + std::strerror(errno));
    temp_ = name;
    paths::make_private(temp_);  // mkstemp's 0600 already; said here, not assumed
  }
  ~PrivateFileWriter() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(temp_.c_str());
  }
  PrivateFileWriter(const PrivateFileWriter&) = delete;
  PrivateFileWriter& operator=(const PrivateFileWriter&) = delete;

  static cairo_status_t write(void* self, const unsigned char* data, unsigned int length) {
    auto* w = static_cast<PrivateFileWriter*>(self);
    while (length > 0) {
      const ssize_t n = ::write(w->fd_, data, length);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        w->error_ = errno ? errno : EIO;
        return CAIRO_STATUS_WRITE_ERROR;
      }
      data += n;
      length -= static_cast<unsigned int>(n);
    }
    return CAIRO_STATUS_SUCCESS;
  }

  void commit(cairo_status_t status) {
    if (status != CAIRO_STATUS_SUCCESS || error_ != 0)
      throw Error("cannot write " + file_.string() + ": " +
                  (error_ ? std::strerror(error_) : cairo_status_to_string(status)));
    if (::fsync(fd_) != 0 || ::close(fd_) != 0) {
      fd_ = -1;
      throw Error("cannot write " + file_.string() + ": " + std::strerror(errno));
    }
    fd_ = -1;
    if (::rename(temp_.c_str(), file_.c_str()) != 0)
      throw Error("cannot write " + file_.string() + ": " + std::strerror(errno));
    committed_ = true;
    paths::make_private(file_);
  }

 private:
  std::filesystem::path file_;
  std::string temp_;
  int fd_ = -1;
  int error_ = 0;
  bool committed_ = false;
};

}  // namespace

PageGeometry page_geometry(doc::PageSize size) {
  return size == doc::PageSize::kLetter ? PageGeometry{612, 792} : PageGeometry{595.28, 841.89};
}

struct DocumentLayout::Impl {
  PangoContextPtr pango = unhinted_context();
  PageGeometry page;
  std::string title;
  doc::PageDecor decor;
  std::shared_ptr<cairo_surface_t> logo;
  double logo_w = 0, logo_h = 0;
  double header_h = 0, footer_h = 0;
  double content_top = 0, content_bottom = 0;
  std::vector<Slice> slices;
  std::vector<std::vector<Placed>> pages;
  std::vector<std::vector<PageBox>> boxes;

  double content_width() const { return page.width - 2 * kMarginX; }

  // Header and footer texts are sized with a two-digit page count; they do not wrap by page.
  std::shared_ptr<PangoLayout> header_left(std::size_t p, std::size_t n) const {
    TextStyle st;
    st.size = 9.5;
    st.bold = true;
    st.r = kHeaderInk.r, st.g = kHeaderInk.g, st.b = kHeaderInk.b;
    return shared_layout(pango.get(), substitute(decor.header_left, p, n), st,
                         content_width() * 0.55 - logo_w);
  }
  std::shared_ptr<PangoLayout> small_text(const std::string& text, double width, bool right) const {
    TextStyle st;
    st.size = 8;
    st.right = right;
    st.r = kMutedInk.r, st.g = kMutedInk.g, st.b = kMutedInk.b;
    return shared_layout(pango.get(), text, st, width);
  }

  void measure_decor() {
    if (decor.logo_path) {
      logo = load_png(*decor.logo_path, "the clinic logo");
      const double iw = cairo_image_surface_get_width(logo.get());
      const double ih = cairo_image_surface_get_height(logo.get());
      logo_h = kLogoHeight;
      logo_w = std::min(logo_h * iw / ih, 45 * kPointsPerMm);
      logo_h = logo_w * ih / iw;
      logo_w += 4 * kPointsPerMm;  // gap before the clinic's name
    }
    if (!decor.header_left.empty())
      header_h = std::max(header_h, layout_height(header_left(10, 10).get()));
    if (!decor.header_right.empty())
      header_h = std::max(header_h, layout_height(small_text(substitute(decor.header_right, 10, 10),
                                                             content_width() * 0.45, true).get()));
    header_h = std::max(header_h, logo_h);
    for (const auto* t : {&decor.footer_left, &decor.footer_right})
      if (!t->empty())
        footer_h = std::max(footer_h, layout_height(small_text(substitute(*t, 10, 10),
                                                               content_width() * 0.5, false).get()));
    content_top = kMarginTop + (header_h > 0 ? header_h + 4 + 9 : 0);
    content_bottom = page.height - kMarginBottom - (footer_h > 0 ? footer_h + 4 + 7 : 0);
  }

  void paginate() {
    const double top = content_top, bottom = content_bottom;
    pages.emplace_back();
    double y = top;
    auto new_page = [&] {
      pages.emplace_back();
      y = top;
    };
    for (std::size_t i = 0; i < slices.size(); ++i) {
      const Slice& s = slices[i];
      if (s.page_break) {
        if (!pages.back().empty()) new_page();
        continue;
      }
      if (pages.back().empty() && s.drop_at_top) continue;
      // A heading and what follows it move together; the chain is capped at a page.
      double need = s.height;
      for (std::size_t j = i; j + 1 < slices.size() && slices[j].keep_with_next; ++j)
        need += slices[j + 1].height;
      need = std::min(need, bottom - top);
      bool started_page = false;
      if (y + need > bottom + 1e-6 && !pages.back().empty()) {
        new_page();
        started_page = true;
        if (s.drop_at_top) continue;
      }
      if (started_page && s.repeat_header) {
        pages.back().push_back({s.repeat_header.get(), y, s.block});
        y += s.repeat_header->height;
      }
      pages.back().push_back({&s, y, s.block});
      y += s.height;
    }
    if (pages.size() > 1 && pages.back().empty()) pages.pop_back();

    for (std::size_t p = 0; p < pages.size(); ++p) {
      for (const auto& placed : pages[p]) {
        if (placed.slice->items.empty()) continue;
        auto& list = boxes[placed.block];
        if (list.empty() || list.back().page != p) {
          list.push_back({p, kMarginX, placed.y, content_width(), placed.slice->height});
        } else {
          list.back().height = placed.y + placed.slice->height - list.back().y;
        }
      }
    }
  }

  void draw(cairo_t* cr, std::size_t p) const {
    const std::size_t n = pages.size();
    cairo_save(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, 0, 0, page.width, page.height);
    cairo_fill(cr);

    if (header_h > 0) {
      if (logo)
        draw_item(cr, PngItem{logo, kMarginX, kMarginTop + (header_h - logo_h) / 2, logo_w - 4 * kPointsPerMm, logo_h}, 0, 0);
      if (!decor.header_left.empty())
        draw_item(cr, TextItem{header_left(p + 1, n), -1, kMarginX + logo_w, kMarginTop, kHeaderInk}, 0, 0);
      if (!decor.header_right.empty()) {
        const double w = content_width() * 0.45;
        draw_item(cr, TextItem{small_text(substitute(decor.header_right, p + 1, n), w, true), -1,
                               page.width - kMarginX - w, kMarginTop, kMutedInk}, 0, 0);
      }
      const double y = kMarginTop + header_h + 4;
      draw_item(cr, LineItem{kMarginX, y, page.width - kMarginX, y, 0.6, kLine}, 0, 0);
    }

    // A card split over pages gets a frame per page round its slices there.
    struct Frame {
      double top = 0, bottom = 0, x = 0, width = 0;
    };
    std::map<int, Frame> frames;
    for (const auto& placed : pages[p]) {
      for (const auto& item : placed.slice->items) draw_item(cr, item, kMarginX, placed.y);
      const Slice& s = *placed.slice;
      if (s.frame < 0) continue;
      auto [it, fresh] = frames.try_emplace(s.frame, Frame{placed.y, 0, s.frame_x, s.frame_width});
      it->second.bottom = placed.y + s.height;
    }
    for (const auto& [id, f] : frames)
      draw_item(cr, RectItem{kMarginX + f.x, f.top, f.width, f.bottom - f.top, 2 * kPointsPerMm,
                             std::nullopt, Colour{0.62, 0.62, 0.62}, 0.8},
                0, 0);

    if (footer_h > 0) {
      const double top = page.height - kMarginBottom - footer_h;
      draw_item(cr, LineItem{kMarginX, top - 4, page.width - kMarginX, top - 4, 0.6, kLine}, 0, 0);
      const double w = content_width() * 0.5;
      if (!decor.footer_left.empty())
        draw_item(cr, TextItem{small_text(substitute(decor.footer_left, p + 1, n), w, false), -1,
                               kMarginX, top, kMutedInk}, 0, 0);
      if (!decor.footer_right.empty())
        draw_item(cr, TextItem{small_text(substitute(decor.footer_right, p + 1, n), w, true), -1,
                               page.width - kMarginX - w, top, kMutedInk}, 0, 0);
    }
    cairo_restore(cr);
  }
};

DocumentLayout::DocumentLayout(const doc::Document& document) : impl_(std::make_unique<Impl>()) {
  Impl& d = *impl_;
  d.page = page_geometry(document.page);
  d.title = document.title;
  d.decor = document.decor;
  d.measure_decor();
  LayoutEnv env{d.pango.get(), d.content_bottom - d.content_top, 0};
  for (std::size_t b = 0; b < document.blocks.size(); ++b) {
    for (auto& s : layout_block(document.blocks[b], d.content_width(), env)) {
      s.block = b;
      d.slices.push_back(std::move(s));
    }
  }
  d.boxes.resize(document.blocks.size());
  d.paginate();
}

DocumentLayout::~DocumentLayout() = default;

std::size_t DocumentLayout::page_count() const { return impl_->pages.size(); }
PageGeometry DocumentLayout::page() const { return impl_->page; }
const std::vector<std::vector<PageBox>>& DocumentLayout::block_boxes() const { return impl_->boxes; }

void DocumentLayout::draw_page(cairo_t* cr, std::size_t page) const {
  if (page >= impl_->pages.size())
    throw std::out_of_range("page " + std::to_string(page + 1) + " of a " +
                            std::to_string(impl_->pages.size()) + "-page document");
  impl_->draw(cr, page);
}

void DocumentLayout::write_pdf(const std::filesystem::path& file) const {
  PrivateFileWriter out(file);
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(
      &PrivateFileWriter::write, &out, impl_->page.width, impl_->page.height);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "MyoChart");
  if (!impl_->title.empty())
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, impl_->title.c_str());
  cairo_t* cr = cairo_create(surface);
  for (std::size_t p = 0; p < impl_->pages.size(); ++p) {
    impl_->draw(cr, p);
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const auto status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  out.commit(status);
}

Image DocumentLayout::render_page(std::size_t page, int width_px) const {
  if (width_px <= 0) throw std::invalid_argument("render_page: width_px must be positive");
  const double scale = width_px / impl_->page.width;
  return paint_image(width_px, static_cast<int>(std::lround(impl_->page.height * scale)),
                     [&](cairo_t* cr) {
                       cairo_scale(cr, scale, scale);
                       draw_page(cr, page);
                     });
}

void DocumentLayout::write_page_png(std::size_t page, const std::filesystem::path& file,
                                    double dpi) const {
  if (!(dpi >= 10 && dpi <= 1200))
    throw ValidationError("dpi", std::to_string(dpi) + " is out of range", "10 to 1200");
  Image img = render_page(page, static_cast<int>(std::lround(impl_->page.width / 72 * dpi)));
  PrivateFileWriter out(file);
  cairo_surface_t* surface = cairo_image_surface_create_for_data(
      img.data.data(), CAIRO_FORMAT_ARGB32, img.width, img.height, img.stride);
  const auto status = cairo_surface_write_to_png_stream(surface, &PrivateFileWriter::write, &out);
  cairo_surface_destroy(surface);
  out.commit(status);
}

std::size_t page_count(const doc::Document& document) {
  return DocumentLayout(document).page_count();
}

void write_pdf(const doc::Document& document, const std::filesystem::path& file) {
  DocumentLayout(document).write_pdf(file);
}

void write_page_png(const doc::Document& document, std::size_t page,
                    const std::filesystem::path& file, double dpi) {
  DocumentLayout(document).write_page_png(page, file, dpi);
}

Image render_page(const doc::Document& document, std::size_t page, int width_px) {
  return DocumentLayout(document).render_page(page, width_px);
}

void draw_page(cairo_t* cr, const doc::Document& document, std::size_t page) {
  DocumentLayout(document).draw_page(cr, page);
}

}  // namespace myochart::render
