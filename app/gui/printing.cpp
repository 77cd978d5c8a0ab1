#include "gui/printing.h"

#include <wx/filedlg.h>
#include <wx/graphics.h>
#include <wx/printdlg.h>
#include <wx/prntbase.h>

#include <cmath>

#include "gui/errors_ui.h"
#include "gui/wx_text.h"
#include "myochart/paths.h"
#include "myochart/storage/chart_marks.h"

namespace myochart::gui {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

// One print set-up per process, so that a paper or printer chosen once is kept.
wxPrintDialogData& print_setup(const ClinicSettings& clinic) {
  static wxPrintDialogData data;
  static bool initialised = false;
  if (!initialised) {
    data.GetPrintData().SetPaperId(clinic.units == Units::kImperial ? wxPAPER_LETTER : wxPAPER_A4);
    initialised = true;
  }
  return data;
}

// The paper of a printout in points, from the size the printing system reports.
render::PaperSize paper_of(wxPrintout& printout, const ClinicSettings& clinic) {
  int w = 0, h = 0;
  printout.GetPageSizeMM(&w, &h);
  if (w <= 0 || h <= 0) return render::paper_for(clinic);
  return {w * kPointsPerMm, h * kPointsPerMm};
}

// Runs `draw` with a cairo context whose user space is the paper in points, whatever the DC:
// the printer's, or the bitmap of a preview page.
template <typename Draw>
bool with_paper_context(wxPrintout& printout, render::PaperSize paper, Draw draw) {
  wxDC* dc = printout.GetDC();
  if (!dc) return false;
  printout.FitThisSizeToPaper(wxSize(static_cast<int>(std::lround(paper.width)),
                                     static_cast<int>(std::lround(paper.height))));
  std::unique_ptr<wxGraphicsContext> own;
  wxGraphicsContext* gc = dc->GetGraphicsContext();  // preview and memory DCs (wxGCDC)
  if (!gc) {
    // A printer DC: a cairo context that carries the DC's scaling (made after fitting).
    if (auto* printer = dynamic_cast<wxPrinterDC*>(dc))
      own.reset(wxGraphicsRenderer::GetCairoRenderer()->CreateContext(*printer));
    gc = own.get();
  }
  if (!gc) return false;
  auto* cr = static_cast<cairo_t*>(gc->GetNativeContext());
  if (!cr) return false;
  draw(cr);
  return true;
}

render::ChartScene chart_scene(Clinic& clinic, Id session, chart::View view) {
  const Session s = clinic.sessions().get(session);
  const Client c = clinic.clients().get(s.client_id);
  render::ChartScene scene;
  scene.view = view;
  scene.marks = storage::ChartMarks(clinic.db()).list_for_session(session, view);
  scene.title = display_name(c) + " — " + std::string(chart::view_label(view)) + " — " +
                clinic.date_time(s.started_at);
  return scene;
}

}  // namespace

// ---- printouts ---------------------------------------------------------------------------------

SessionReportPrintout::SessionReportPrintout(Clinic& clinic, render::SessionReportData data)
    : wxPrintout("MyoChart session report"),
      clinic_(clinic),
      report_(std::move(data), clinic.renderer()) {}

render::PaperSize SessionReportPrintout::paper() {
  return paper_of(*this, report_.data().clinic);
}

bool SessionReportPrintout::HasPage(int page) {
  return page >= 1 && page <= report_.page_count(paper());
}

void SessionReportPrintout::GetPageInfo(int* min_page, int* max_page, int* from, int* to) {
  *min_page = *from = 1;
  *max_page = *to = report_.page_count(paper());
}

bool SessionReportPrintout::OnPrintPage(int page) {
  const auto p = paper();
  return with_paper_context(*this, p, [&](cairo_t* cr) { report_.draw_page(cr, page - 1, p); });
}

ChartPrintout::ChartPrintout(Clinic& clinic, render::ChartScene scene)
    : wxPrintout("MyoChart body chart"), clinic_(clinic), scene_(std::move(scene)) {}

void ChartPrintout::GetPageInfo(int* min_page, int* max_page, int* from, int* to) {
  *min_page = *max_page = *from = *to = 1;
}

bool ChartPrintout::OnPrintPage(int) {
  const auto p = paper_of(*this, clinic_.settings());
  return with_paper_context(*this, p, [&](cairo_t* cr) {
    const double margin = 36;
    cairo_save(cr);
    cairo_translate(cr, margin, margin);
    clinic_.renderer().draw(cr, scene_, p.width - 2 * margin, p.height - 2 * margin);
    cairo_restore(cr);
  });
}

DocumentPrintout::DocumentPrintout(std::shared_ptr<const render::DocumentLayout> layout,
                                   const wxString& title)
    : wxPrintout(title), layout_(std::move(layout)) {}

bool DocumentPrintout::HasPage(int page) {
  return page >= 1 && static_cast<std::size_t>(page) <= layout_->page_count();
}

void DocumentPrintout::GetPageInfo(int* min_page, int* max_page, int* from, int* to) {
  *min_page = *from = 1;
  *max_page = *to = static_cast<int>(layout_->page_count());
}

bool DocumentPrintout::OnPrintPage(int page) {
  const auto g = layout_->page();
  return with_paper_context(*this, {g.width, g.height}, [&](cairo_t* cr) {
    layout_->draw_page(cr, static_cast<std::size_t>(page - 1));
  });
}

// ---- actions -----------------------------------------------------------------------------------

void print_session_report(wxWindow* parent, Clinic& clinic, Id session) {
  SessionReportPrintout printout(
      clinic, render::load_session_report(clinic.db(), session, &clinic.registry()));
  wxPrinter printer(&print_setup(clinic.settings()));
  if (!printer.Print(parent, &printout, true) && wxPrinter::GetLastError() == wxPRINTER_ERROR)
    wxMessageBox(
        "The report could not be printed. Check that a printer is set up, or export "
        "the report as PDF instead (Session › Export report as PDF).",
        "Not printed", wxOK | wxICON_WARNING, parent);
  else
    print_setup(clinic.settings()) = printer.GetPrintDialogData();
}

void print_session_chart(wxWindow* parent, Clinic& clinic, Id session, chart::View view) {
  ChartPrintout printout(clinic, chart_scene(clinic, session, view));
  wxPrinter printer(&print_setup(clinic.settings()));
  if (!printer.Print(parent, &printout, true) && wxPrinter::GetLastError() == wxPRINTER_ERROR)
    wxMessageBox("The chart could not be printed. Check that a printer is set up.", "Not printed",
                 wxOK | wxICON_WARNING, parent);
}

namespace {

// Shows a preview of two printouts of the same pages (one to show, one to print from it).
wxPreviewFrame* show_preview(wxWindow* parent, Clinic& clinic, wxPrintout* shown,
                             wxPrintout* for_printing, const wxString& title) {
  auto* preview = new wxPrintPreview(shown, for_printing, &print_setup(clinic.settings()));
  if (!preview->IsOk()) {
    delete preview;
    wxMessageBox("The print preview could not be shown. Export the report as PDF instead.",
                 "No preview", wxOK | wxICON_WARNING, parent);
    return nullptr;
  }
  auto* frame = new wxPreviewFrame(preview, parent, title, wxDefaultPosition,
                                   parent->FromDIP(wxSize(900, 1000)));
  frame->SetName("print_preview");
  frame->Initialize();
  frame->Show();
  return frame;
}

}  // namespace

namespace {

// The print set-up with the paper of a document (A4 or Letter, as the document was laid out).
wxPrintDialogData& print_setup_for(const ClinicSettings& clinic, const render::DocumentLayout& l) {
  auto& data = print_setup(clinic);
  const bool letter = std::abs(l.page().width - 612) < 1;
  data.GetPrintData().SetPaperId(letter ? wxPAPER_LETTER : wxPAPER_A4);
  return data;
}

}  // namespace

bool print_document(wxWindow* parent, Clinic& clinic,
                    std::shared_ptr<const render::DocumentLayout> layout, const wxString& title) {
  DocumentPrintout printout(layout, title);
  wxPrinter printer(&print_setup_for(clinic.settings(), *layout));
  if (printer.Print(parent, &printout, true)) {
    print_setup(clinic.settings()) = printer.GetPrintDialogData();
    return true;
  }
  if (wxPrinter::GetLastError() == wxPRINTER_ERROR)
    wxMessageBox(title + " could not be printed. Check that a printer is set up, or save it as "
                         "PDF instead.",
                 "Not printed", wxOK | wxICON_WARNING, parent);
  return false;
}

wxPreviewFrame* preview_document(wxWindow* parent, Clinic& clinic,
                                 std::shared_ptr<const render::DocumentLayout> layout,
                                 const wxString& title) {
  print_setup_for(clinic.settings(), *layout);
  return show_preview(parent, clinic, new DocumentPrintout(layout, title),
                      new DocumentPrintout(layout, title), title + " — print preview");
}

std::optional<std::filesystem::path> ask_pdf_file(wxWindow* parent, const wxString& title,
                                                  const wxString& default_name) {
  wxFileDialog ask(parent, title, "", default_name, "PDF files (*.pdf)|*.pdf",
                   wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (ask.ShowModal() != wxID_OK) return std::nullopt;
  std::filesystem::path file = std::filesystem::path(utf8(ask.GetPath()));
  if (file.extension() != ".pdf") file += ".pdf";
  return file;
}

wxPreviewFrame* preview_session_report(wxWindow* parent, Clinic& clinic, Id session) {
  auto data = render::load_session_report(clinic.db(), session, &clinic.registry());
  return show_preview(parent, clinic, new SessionReportPrintout(clinic, data),
                      new SessionReportPrintout(clinic, data), "Session report — print preview");
}

wxPreviewFrame* preview_session_chart(wxWindow* parent, Clinic& clinic, Id session,
                                      chart::View view) {
  const auto scene = chart_scene(clinic, session, view);
  return show_preview(parent, clinic, new ChartPrintout(clinic, scene),
                      new ChartPrintout(clinic, scene), "Body chart — print preview");
}

void write_session_report_pdf(Clinic& clinic, Id session, const std::filesystem::path& file) {
  render::SessionReport report(
      render::load_session_report(clinic.db(), session, &clinic.registry()), clinic.renderer());
  report.write_pdf(file, render::paper_for(clinic.settings()));
  paths::make_private(file);
}

std::optional<std::filesystem::path> export_session_report_pdf(wxWindow* parent, Clinic& clinic,
                                                               Id session) {
  auto file =
      ask_pdf_file(parent, "Export the session report as PDF",
                   wxString::Format("session-report-%lld.pdf", static_cast<long long>(session)));
  if (file) write_session_report_pdf(clinic, session, *file);
  return file;
}

}  // namespace myochart::gui
