#pragma once
// Printing a session report or a chart through the print dialog, with preview, and to PDF.
// Core draws every page (render/session_report.h, ChartRenderer): the printouts only hand it
// the page's cairo context, scaled so that one unit is one point on the paper.
#include <wx/print.h>

#include <filesystem>
#include <memory>

#include "gui/clinic.h"
#include "myochart/doc/document.h"
#include "myochart/render/document_renderer.h"
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

/// The pages of a document (a plugin's handout) as core laid them out, on the document's own
/// paper size.
class DocumentPrintout : public wxPrintout {
 public:
  DocumentPrintout(std::shared_ptr<const render::DocumentLayout> layout, const wxString& title);
  bool HasPage(int page) override;
  void GetPageInfo(int* min_page, int* max_page, int* from, int* to) override;
  bool OnPrintPage(int page) override;

 private:
  std::shared_ptr<const render::DocumentLayout> layout_;
};

/// The print dialog, then the printer, for a laid-out document on its paper size. Returns true
/// when it was printed (false: cancelled, or the reason was shown).
bool print_document(wxWindow* parent, Clinic& clinic,
                    std::shared_ptr<const render::DocumentLayout> layout, const wxString& title);
/// The print preview window of a document (shown), or null when it cannot be shown (said so).
wxPreviewFrame* preview_document(wxWindow* parent, Clinic& clinic,
                                 std::shared_ptr<const render::DocumentLayout> layout,
                                 const wxString& title);
/// Asks where to save a PDF (".pdf" added when missing); nothing when cancelled.
std::optional<std::filesystem::path> ask_pdf_file(wxWindow* parent, const wxString& title,
                                                  const wxString& default_name);

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
