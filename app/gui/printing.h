#pragma once
// Printing a session report or a chart through the print dialog, with preview, and to PDF.
// Core draws every page (render/session_report.h, ChartRenderer): the printouts only hand it
// the page's cairo context, scaled so that one unit is one point on the paper.
#include <wx/print.h>

#include <filesystem>
#include <memory>

#include "gui/clinic.h"
#include "myochart/render/session_report.h"

class wxPreviewFrame;

namespace myochart::gui {

/// The pages of a session report, for wxPrinter and wxPrintPreview.
class SessionReportPrintout : public wxPrintout {
 public:
  SessionReportPrintout(Clinic& clinic, render::SessionReportData data);
  bool HasPage(int page) override;
  void GetPageInfo(int* min_page, int* max_page, int* from, int* to) override;
  bool OnPrintPage(int page) override;

 private:
  render::PaperSize paper();
  Clinic& clinic_;
  render::SessionReport report_;
};

/// One chart view of a session on a page.
class ChartPrintout : public wxPrintout {
 public:
  ChartPrintout(Clinic& clinic, render::ChartScene scene);
  bool HasPage(int page) override { return page == 1; }
  void GetPageInfo(int* min_page, int* max_page, int* from, int* to) override;
  bool OnPrintPage(int page) override;

 private:
  Clinic& clinic_;
  render::ChartScene scene_;
};

/// The print dialog, then the printer. Reads the session as saved.
void print_session_report(wxWindow* parent, Clinic& clinic, Id session);
void print_session_chart(wxWindow* parent, Clinic& clinic, Id session, chart::View view);
/// Opens the print preview window of a session report and returns it (shown).
wxPreviewFrame* preview_session_report(wxWindow* parent, Clinic& clinic, Id session);
/// The same for one chart view of a session.
wxPreviewFrame* preview_session_chart(wxWindow* parent, Clinic& clinic, Id session,
                                      chart::View view);
/// Asks for a file name, then writes the report there as PDF (private, 0600). Returns the file,
/// or nothing when cancelled.
std::optional<std::filesystem::path> export_session_report_pdf(wxWindow* parent, Clinic& clinic,
                                                               Id session);
/// Writes the report of a session to a PDF file, without asking (tests, the export above).
void write_session_report_pdf(Clinic& clinic, Id session, const std::filesystem::path& file);

}  // namespace myochart::gui
