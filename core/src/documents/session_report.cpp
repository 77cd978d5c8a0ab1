#include "myochart/render/session_report.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>

#include "documents/report_blocks.h"
#include "myochart/chart/body_chart.h"
#include "myochart/date_style.h"
#include "myochart/errors.h"
#include "myochart/plugin/registry.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/clients.h"
#include "myochart/storage/clinical_records.h"
#include "myochart/storage/sessions.h"

namespace myochart::render {

using namespace report;

namespace {

constexpr double kMargin = 42;   // about 15 mm
constexpr double kHeaderH = 62;  // logo, clinic name and address
constexpr double kFooterH = 24;
// Charts that do not fit are shrunk into the rest of the page when at least this share of a
// page is left, rather than leaving it empty.
constexpr double kShrinkFloor = 0.45;

// ---- the report's content ---------------------------------------------------------------------

std::string pain_text(const std::optional<int>& p) {
  return p ? std::to_string(*p) + "/10" : "not recorded";
}

std::string modality_label(const std::string& id) {
  for (const auto& m : modalities())
    if (m.id == id) return std::string(m.label);
  return id;
}

std::string contraindication_line(const Contraindication& c) {
  std::string kind = c.kind;
  for (const auto& k : contraindication_kinds())
    if (k.id == c.kind) kind = std::string(k.label);
  std::string severity = c.severity == Severity::kCaution ? "caution"
                         : c.severity == Severity::kTotal ? "do not treat"
                                                          : "do not treat locally";
  if (c.severity == Severity::kLocal && !c.region_id.empty())
    severity = "do not treat " + chart::BodyChart::standard().region_label(c.region_id);
  std::string line = kind + " — " + severity;
  if (!c.description.empty()) line += ": " + c.description;
  return line;
}

std::string mark_line(const chart::ChartMark& m) {
  std::string where;
  const auto& chart = chart::BodyChart::standard();
  for (const auto& r : m.region_ids) where += (where.empty() ? "" : ", ") + chart.region_label(r);
  if (where.empty()) where = std::string(chart::view_label(m.view));
  std::string line = where + " · intensity " + std::to_string(m.intensity) + "/10";
  for (const auto& q : chart::pain_qualities())
    if (q.id == m.quality) line += " · " + std::string(q.label);
  if (!m.note.empty()) line += " · " + m.note;
  return line;
}

std::vector<Block> report_blocks(const SessionReportData& d) {
  const DateStyle style = d.clinic.date_style;
  std::vector<Block> blocks;
  auto add = [&](Kind kind, std::string text, double space = 0) {
    Block b;
    b.kind = kind;
    b.text = std::move(text);
    b.space_before = space;
    blocks.push_back(std::move(b));
    return &blocks.back();
  };
  add(Kind::kTitleLine, display_name(d.client));
  Block* facts = add(Kind::kFields, "", 4);
  if (d.client.date_of_birth)
    facts->fields.push_back(
        {"Date of birth",
         format_date(*d.client.date_of_birth, style) + " (" +
             std::to_string(age_on(*d.client.date_of_birth, local_date(d.session.started_at))) +
             " at the session)"});
  facts->fields.push_back({"Session", format_local(d.session.started_at, style) + ", " +
                                          std::to_string(d.session.duration_minutes) + " minutes"});
  if (!d.session.modality.empty())
    facts->fields.push_back({"Modality", modality_label(d.session.modality)});
  facts->fields.push_back({"Therapist", d.session.therapist});
  facts->fields.push_back({"Pain", "before " + pain_text(d.session.pain_before) + ", after " +
                                       pain_text(d.session.pain_after)});
  facts->fields.push_back(
      {"Status", d.session.status == SessionStatus::kSigned
                     ? "Signed by " + d.session.signed_by + " on " +
                           format_local(d.session.signed_at.value_or(d.session.updated_at), style)
                     : std::string("Draft (not signed)")});

  if (!d.active_contraindications.empty()) {
    std::string text = "Contraindications:";
    for (const auto& c : d.active_contraindications) text += "\n• " + contraindication_line(c);
    add(Kind::kAlert, text, kGap);
  }

  const std::pair<const char*, const std::string*> soap[] = {
      {"Subjective", &d.session.soap.subjective},
      {"Objective", &d.session.soap.objective},
      {"Assessment", &d.session.soap.assessment},
      {"Plan", &d.session.soap.plan}};
  for (const auto& [title, text] : soap) {
    add(Kind::kHeadingLine, title, kGap);
    add(Kind::kParagraph, text->empty() ? "—" : *text, 3);
  }

  if (!d.amendments.empty()) {
    add(Kind::kHeadingLine, "Amendments", kGap);
    for (const auto& a : d.amendments) {
      Block* f = add(Kind::kFields, "", 6);
      f->fields.push_back({format_local(a.created_at, style), a.author + " — " + a.reason});
      add(Kind::kParagraph, a.text, 2);
    }
  }

  if (!d.marks.empty()) {
    add(Kind::kHeadingLine, "Chart marks", kGap);
    Block* f = add(Kind::kFields, "", 3);
    for (const auto& m : d.marks) {
      const chart::MarkKind* kind = chart::find_mark_kind(m.kind);
      f->fields.push_back({kind ? std::string(kind->label) : m.kind, mark_line(m)});
    }
  }

  add(Kind::kHeadingLine, "Body chart", kGap);
  auto scenes = report_chart_scenes(d);
  for (std::size_t i = 0; i < scenes.size(); i += 2) {
    Block* row = add(Kind::kCharts, "", 6);
    row->charts.push_back(std::move(scenes[i]));
    if (i + 1 < scenes.size()) row->charts.push_back(std::move(scenes[i + 1]));
  }
  for (const auto& p : d.chart_problems) add(Kind::kParagraph, p, 6);

  if (!d.measure_trends.empty() || !d.measure_problems.empty()) {
    add(Kind::kHeadingLine, "Measures over the sessions", kGap);
    for (std::size_t i = 0; i < d.measure_trends.size(); i += 2) {
      Block* row = add(Kind::kTrends, "", 6);
      row->trends.push_back(d.measure_trends[i]);
      if (i + 1 < d.measure_trends.size()) row->trends.push_back(d.measure_trends[i + 1]);
    }
    for (const auto& p : d.measure_problems) add(Kind::kParagraph, p, 6);
  }
  return blocks;
}

// A context to measure text with, the same way every output draws it.
struct Measurer {
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t* cr = cairo_create(surface);
  Measurer() { set_font_options(cr); }
  ~Measurer() {
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
  }
  Measurer(const Measurer&) = delete;
  Measurer& operator=(const Measurer&) = delete;
};

}  // namespace

// ---- loading -----------------------------------------------------------------------------------

namespace {

// Each keeper's plots with the points after the session left out (a report of an earlier
// session shows the trend as it was then); plots left empty are dropped.
void add_measure_trends(SessionReportData& d, storage::Database& db,
                        const plugin::Registry& registry) {
  const Date until{std::chrono::floor<std::chrono::days>(d.session.started_at)};
  for (const auto& k : registry.assessment_keepers()) {
    std::vector<TrendPlot> plots;
    try {
      plots = registry.call(k, "reading the measures for the session report",
                            [&] { return k.object->trends(db, d.session.client_id); });
    } catch (const Error& e) {
      d.measure_problems.push_back(std::string("Some measures could not be included: ") + e.what());
      continue;
    }
    for (auto& plot : plots) {
      for (auto& series : plot.series)
        std::erase_if(series.points, [&](const TrendPoint& p) { return p.date > until; });
      std::erase_if(plot.series, [](const TrendSeries& s) { return s.points.empty(); });
      if (!plot.series.empty()) d.measure_trends.push_back(std::move(plot));
    }
  }
}

// What the plugins' chart layers draw on each view the report shows.
void add_chart_overlays(SessionReportData& d, const plugin::Registry& registry) {
  for (const auto& scene : report_chart_scenes(d)) {
    plugin::LayerQuery q;
    q.view = scene.view;
    for (const auto& m : d.marks)
      if (m.view == scene.view) q.marks.push_back(m);
    try {
      auto overlays = registry.overlays(q);
      if (!overlays.empty()) d.chart_overlays[scene.view] = std::move(overlays);
    } catch (const Error& e) {
      d.chart_problems.push_back(std::string("A chart layer could not be drawn: ") + e.what());
    }
  }
}

}  // namespace

SessionReportData load_session_report(storage::Database& db, Id session,
                                      const plugin::Registry* registry) {
  SessionReportData d;
  d.session = storage::Sessions(db).get(session);
  d.client = storage::Clients(db).get(d.session.client_id);
  d.clinic = load_clinic_settings(db);
  d.active_contraindications =
      storage::Contraindications(db).list_for_client(d.session.client_id, true);
  d.marks = storage::ChartMarks(db).list_for_session(session);
  d.amendments = storage::Amendments(db).list_for_session(session);
  if (registry) {
    add_chart_overlays(d, *registry);
    add_measure_trends(d, db, *registry);
  }
  d.printed_at = now();
  return d;
}

PaperSize paper_for(const ClinicSettings& clinic) {
  return clinic.units == Units::kImperial ? kLetter : kA4;
}

std::vector<ChartScene> report_chart_scenes(const SessionReportData& data) {
  std::vector<ChartScene> scenes;
  for (auto view : chart::kAllViews) {
    const bool used = std::any_of(data.marks.begin(), data.marks.end(),
                                  [&](const auto& m) { return m.view == view; });
    if (!used) continue;
    ChartScene s;
    s.view = view;
    s.marks = data.marks;
    if (auto it = data.chart_overlays.find(view); it != data.chart_overlays.end()) s.overlays = it->second;
    s.title = std::string(chart::view_label(view));
    scenes.push_back(std::move(s));
  }
  if (scenes.empty()) {
    ChartScene s;
    s.view = chart::View::kPosterior;
    s.title = std::string(chart::view_label(s.view)) + " — no marks";
    scenes.push_back(std::move(s));
  }
  return scenes;
}

// ---- layout ------------------------------------------------------------------------------------

/// A piece of a block placed on a page: the block's content from `from` to `to` (its own
/// vertical coordinates) drawn with its top at page coordinate `y`.
struct Piece {
  std::size_t block;
  double from, to, y;
  double scale = 1;  ///< charts shrunk to fit the rest of a page
};

struct SessionReport::Layout {
  PaperSize paper;
  std::vector<Block> blocks;
  std::vector<std::vector<Piece>> pages;
};

SessionReport::SessionReport(SessionReportData data, const ChartRenderer& renderer)
    : data_(std::move(data)), renderer_(renderer) {}

SessionReport::~SessionReport() = default;

SessionReport::Layout& SessionReport::layout_for(PaperSize paper) {
  if (layout_ && layout_->paper.width == paper.width && layout_->paper.height == paper.height)
    return *layout_;
  auto l = std::make_unique<Layout>();
  l->paper = paper;
  l->blocks = report_blocks(data_);
  const double width = paper.width - 2 * kMargin;
  const double top = kMargin + kHeaderH;
  const double bottom = paper.height - kMargin - kFooterH;
  Measurer m;
  for (auto& b : l->blocks) measure(m.cr, b, width, renderer_);

  l->pages.emplace_back();
  double y = top;
  auto new_page = [&] {
    l->pages.emplace_back();
    y = top;
  };
  for (std::size_t i = 0; i < l->blocks.size(); ++i) {
    const Block& b = l->blocks[i];
    if (y > top) y += b.space_before;
    if (b.kind == Kind::kHeadingLine) {
      // A heading stays with the start of what follows it.
      double next = 0;
      if (i + 1 < l->blocks.size()) {
        const Block& n = l->blocks[i + 1];
        const double least = n.kind == Kind::kCharts
                                 ? std::min(n.height, kShrinkFloor * (bottom - top))
                             : n.breaks.empty() ? n.height
                                                : n.breaks.front();
        next = n.space_before + least;
      }
      if (y > top && y + b.height + next > bottom) new_page();
    }
    if (b.kind == Kind::kCharts && y > top && y + b.height > bottom &&
        bottom - y >= kShrinkFloor * (bottom - top)) {
      // Most of a page is left: shrink the charts into it rather than leave it empty.
      const double scale = (bottom - y) / b.height;
      l->pages.back().push_back({i, 0, b.height, y, scale});
      y = bottom;
      continue;
    }
    if (b.kind != Kind::kParagraph) {
      if (y > top && y + b.height > bottom) new_page();
      l->pages.back().push_back({i, 0, b.height, y});
      y += b.height;
      continue;
    }
    double from = 0;
    while (from < b.height) {
      double to = from;
      for (double brk : b.breaks)
        if (brk > from && brk - from <= bottom - y) to = brk;
      if (to == from) {
        if (y > top) {
          new_page();
          continue;
        }
        // A single line taller than a page: place it anyway.
        to = *std::upper_bound(b.breaks.begin(), b.breaks.end(), from);
      }
      l->pages.back().push_back({i, from, to, y});
      y += to - from;
      from = to;
      if (from < b.height) new_page();
    }
  }
  layout_ = std::move(l);
  return *layout_;
}

int SessionReport::page_count(PaperSize paper) {
  return static_cast<int>(layout_for(paper).pages.size());
}

void SessionReport::draw_page(cairo_t* cr, int index, PaperSize paper) {
  Layout& l = layout_for(paper);
  if (index < 0 || index >= static_cast<int>(l.pages.size())) return;
  const double width = paper.width - 2 * kMargin;
  const DateStyle style = data_.clinic.date_style;
  cairo_save(cr);
  set_font_options(cr);

  // Header: logo, clinic name and address on the left; what this is on the right.
  double text_x = kMargin;
  if (!data_.clinic.logo.empty()) {
    draw_logo(cr, data_.clinic.logo, kMargin, kMargin, 110, 42);
    const auto img = render_logo(data_.clinic.logo, 110, 42);
    if (img.width > 0) text_x += img.width + 10;
  }
  const std::string& clinic = data_.clinic.clinic_name;
  const double name_h =
      clinic.empty() ? 0 : show(cr, clinic, Font{13, true, 0.1}, text_x, kMargin, width * 0.55);
  if (!data_.clinic.clinic_address.empty()) {
    std::string address = data_.clinic.clinic_address;
    std::replace(address.begin(), address.end(), '\n', ' ');
    show(cr, address, kSmall, text_x, kMargin + name_h + 1, width * 0.55);
  }
  {
    const std::string right = "Session report";
    auto l1 = text_layout(cr, right, Font{11, true, 0.1}, 0);
    show(cr, right, Font{11, true, 0.1}, kMargin + width - layout_width(l1.get()), kMargin);
    const std::string sub = display_name(data_.client) + " · " +
                            format_date(local_date(data_.session.started_at), style);
    auto l2 = text_layout(cr, sub, kSmall, 0);
    show(cr, sub, kSmall, kMargin + width - layout_width(l2.get()), kMargin + 16);
  }
  cairo_set_source_rgb(cr, 0.75, 0.75, 0.78);
  cairo_set_line_width(cr, 0.8);
  cairo_move_to(cr, kMargin, kMargin + kHeaderH - 10);
  cairo_line_to(cr, kMargin + width, kMargin + kHeaderH - 10);
  cairo_stroke(cr);

  for (const Piece& p : l.pages[static_cast<std::size_t>(index)]) {
    const Block& b = l.blocks[p.block];
    cairo_save(cr);
    if (b.kind == Kind::kParagraph) {
      // Only this piece's lines: the paragraph is drawn whole, moved and clipped.
      cairo_rectangle(cr, kMargin - 2, p.y, width + 4, p.to - p.from);
      cairo_clip(cr);
    }
    if (p.scale != 1) {
      // Shrunk charts stay centred across the page.
      cairo_translate(cr, kMargin + width * (1 - p.scale) / 2, p.y);
      cairo_scale(cr, p.scale, p.scale);
      draw_block(cr, b, 0, 0, width, renderer_);
    } else {
      draw_block(cr, b, kMargin, p.y - p.from, width, renderer_);
    }
    cairo_restore(cr);
  }

  // Footer.
  const double fy = paper.height - kMargin - kFooterH + 10;
  show(cr,
       "Printed " + format_local(data_.printed_at, style) +
           " by MyoChart · confidential health information",
       kSmall, kMargin, fy, width * 0.7);
  const std::string page =
      "Page " + std::to_string(index + 1) + " of " + std::to_string(l.pages.size());
  auto pl = text_layout(cr, page, kSmall, 0);
  show(cr, page, kSmall, kMargin + width - layout_width(pl.get()), fy);
  cairo_restore(cr);
}

void SessionReport::write_pdf(const std::filesystem::path& file, PaperSize paper) {
  const int pages = page_count(paper);
  write_pdf_file(file, paper.width, paper.height, "Session report", [&](cairo_t* cr) {
    for (int i = 0; i < pages; ++i) {
      draw_page(cr, i, paper);
      cairo_show_page(cr);
    }
  });
}

}  // namespace myochart::render
