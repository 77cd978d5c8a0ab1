#pragma once
// The printed session report: clinic header (logo, name, address), client and session, active
// contraindications, pain before and after, the SOAP note, amendments, the marks in words and
// the body charts (drawn by ChartRenderer). One drawing code for every output: a PDF file, and
// the pages the GUI prints or previews through any cairo context (wxPrintout). Text is sized
// here, in points, never by a toolkit's fonts.
#include <cairo.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "myochart/chart/chart_mark.h"
#include "myochart/client.h"
#include "myochart/clinic_settings.h"
#include "myochart/clinical.h"
#include "myochart/render/chart_renderer.h"
#include "myochart/render/trend_plot.h"
#include "myochart/session.h"
#include "myochart/storage/amendments.h"
#include "myochart/storage/database.h"

namespace myochart::plugin {
class Registry;
}

namespace myochart::render {

/// Everything the report shows (plain data, read from the database or made up by a test).
struct SessionReportData {
  ClinicSettings clinic;
  Client client;
  Session session;
  std::vector<Contraindication> active_contraindications;
  std::vector<chart::ChartMark> marks;
  std::vector<storage::Amendment> amendments;
  /// Measures across the client's sessions up to this one (plugins' assessment trends), drawn
  /// under "Measures over the sessions"; none: no such section.
  std::vector<TrendPlot> measure_trends;
  /// Plugins' chart layers per view (e.g. trigger points' referral zones), drawn under the
  /// marks of that view's chart; a view missing here has none.
  std::map<chart::View, std::vector<Overlay>> chart_overlays;
  /// Why a chart layer is missing (a plugin failed while drawing it), printed under the charts.
  std::vector<std::string> chart_problems;
  /// Why some measures are missing (a plugin failed while reading them), printed in their place.
  std::vector<std::string> measure_problems;
  Timestamp printed_at{};
};

/// NotFoundError when the session does not exist. With a registry, the plugins' chart layers
/// are drawn on the charts and every assessment keeper's trend plots of the client are
/// included, cut at this session's date (a plugin that fails is named in measure_problems, and
/// the report is still made).
SessionReportData load_session_report(storage::Database& db, Id session,
                                      const plugin::Registry* registry = nullptr);

/// Paper sizes in points (1/72 inch).
struct PaperSize {
  double width = 0, height = 0;
};
inline constexpr PaperSize kA4{595.276, 841.89};
inline constexpr PaperSize kLetter{612, 792};
/// A4, or US Letter when the clinic uses imperial units.
PaperSize paper_for(const ClinicSettings& clinic);

class SessionReport {
 public:
  SessionReport(SessionReportData data, const ChartRenderer& renderer);
  ~SessionReport();
  SessionReport(const SessionReport&) = delete;
  SessionReport& operator=(const SessionReport&) = delete;

  /// Pages on paper of this size (laid out once per size).
  int page_count(PaperSize paper);
  /// Draws page `index` (0-based) into (0,0)-(paper.width, paper.height) of cr's user space,
  /// which must be in points. Leaves cr's state as it found it.
  void draw_page(cairo_t* cr, int index, PaperSize paper);
  /// All pages to a vector PDF. Throws Error when the file cannot be written.
  void write_pdf(const std::filesystem::path& file, PaperSize paper);

  const SessionReportData& data() const { return data_; }

 private:
  struct Layout;
  Layout& layout_for(PaperSize paper);
  SessionReportData data_;
  const ChartRenderer& renderer_;
  std::unique_ptr<Layout> layout_;
};

/// The scenes of the report's charts: one per view that has marks (posterior when none), in
/// view order, each titled with its view.
std::vector<ChartScene> report_chart_scenes(const SessionReportData& data);

}  // namespace myochart::render
