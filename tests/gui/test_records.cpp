// Client records and the rest of the app around the session editor: search as you type,
// refused input in plain words, contraindication banners, signing and amendments, printing and
// PDF, settings, and the window layout remembered between runs.
#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/listctrl.h>
#include <wx/prntbase.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>

#include <catch2/catch.hpp>
#include <cstdio>

#include "gui/amendments_panel.h"
#include "gui/app_config.h"
#include "gui/client_dialog.h"
#include "gui/client_list_panel.h"
#include "gui/client_record_panel.h"
#include "gui/contraindication_banner.h"
#include "gui/gui_support.h"
#include "gui/printing.h"
#include "gui/session_frame.h"
#include "gui/settings_dialog.h"
#include "gui/wx_text.h"
#include "myochart/storage/amendments.h"
#include "myochart/storage/clinical_records.h"

using namespace myochart;
using namespace myochart::test;

namespace {

std::string run(const std::string& command) {
  std::string out;
  if (FILE* p = ::popen(command.c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
  }
  return out;
}

Id add_client(gui::Clinic& clinic, const std::string& given, const std::string& family) {
  Client c;
  c.given_name = given;
  c.family_name = family;
  storage::WriteTransaction tx(clinic.db());
  clinic.clients().add(tx, c);
  tx.commit();
  clinic.notify({gui::Change::What::kClient, c.id, 0});  // as the client dialog does
  return c.id;
}

}  // namespace

TEST_CASE("search as you type narrows the list with each keystroke, and Enter opens the client") {
  GuiFixture f(150);
  const Id ada = add_client(*f.clinic, "Ada", "Zyxwortle");
  gui::ClientListPanel* list = f.frame->client_list();
  REQUIRE(wait_until([&] { return list->shown_request() == list->last_request(); }));
  // The first page of everyone; more pages come as the list is scrolled.
  const auto everyone = list->shown_rows();
  CHECK(everyone >= 40);
  CHECK(everyone < static_cast<std::size_t>(f.clinic->clients().count()));

  click(list->search_box());
  type("zyx");
  // Each keystroke made a request; the list shows the answer to the last one.
  REQUIRE(wait_until([&] { return list->shown_request() == list->last_request(); }));
  REQUIRE(list->rows().size() == 1);
  CHECK(list->rows()[0].id == ada);
  key(WXK_RETURN);
  REQUIRE(wait_until([&] { return f.frame->record()->client_id() == ada; }));
  // Opened clients become recent.
  CHECK(gui::app_config::recent_clients(f.file).front() == ada);
  CHECK(list->recent()->GetItemText(0) == "Ada Zyxwortle");

  // Clearing the search lists everyone again.
  list->search_box()->SetValue("");
  REQUIRE(wait_until([&] {
    return list->shown_request() == list->last_request() && list->shown_rows() == everyone;
  }));
}

TEST_CASE(
    "the list pages in more clients as it is scrolled, and a keystroke meanwhile still gets its "
    "answer") {
  GuiFixture f(260);
  gui::ClientListPanel* list = f.frame->client_list();
  REQUIRE(wait_until([&] { return list->shown_request() == list->last_request(); }));
  const auto first = list->shown_rows();
  REQUIRE(first < static_cast<std::size_t>(f.clinic->clients().count()));
  // To the end of the list the way a therapist would: click in it, then End.
  auto scroll_to_end = [&] {
    click(list->results(), wxPoint(60, 60));
    key(WXK_END);
  };
  scroll_to_end();
  REQUIRE(wait_until([&] { return list->shown_rows() > first; }));

  // Scrolled to the end again, and typing at once: the next page must not swallow the search.
  scroll_to_end();
  click(list->search_box());
  type("a");
  REQUIRE(wait_until([&] {
    return list->shown_request() == list->last_request() &&
           gui::utf8(list->search_box()->GetValue()) == "a";
  }));
  CHECK(list->shown_rows() > 0);
}

TEST_CASE("a refused value is reported in the dialog naming the field, and nothing typed is lost") {
  GuiFixture f;
  DialogScript dialogs;
  wxString problem;
  wxString kept;
  bool focused_on_email = false;
  dialogs.act("client_dialog", [&](wxDialog* d) {
    auto* dlg = dynamic_cast<gui::ClientDialog*>(d);
    click(find<wxTextCtrl>(d, "given_name"));
    type("Bea");
    dlg->set_text("email", "bea at example");
    click(d->FindWindow(wxID_OK));
    problem = dlg->problem();
    kept = find<wxTextCtrl>(d, "given_name")->GetValue();
    focused_on_email = wxWindow::FindFocus() == dlg->field("email");
    screenshot(d, "client-dialog-refused");
    d->EndModal(wxID_CANCEL);
  });
  f.frame->new_client();
  CHECK(dialogs.done());
  CHECK(problem.StartsWith("E-mail: is not an e-mail address"));
  CHECK(problem.Contains("name@example.org"));
  CHECK(kept == "Bea");
  CHECK(focused_on_email);
  CHECK(f.clinic->clients().count() == 0);  // nothing written
}

TEST_CASE(
    "active contraindications are a banner on the record and on every session of the client") {
  GuiFixture f;
  const Id client = add_client(*f.clinic, "Hedy", "Lamarr");
  {
    Contraindication c;
    c.client_id = client;
    c.kind = "anticoagulants";
    c.description = "Warfarin: light pressure only";
    storage::WriteTransaction tx(f.clinic->db());
    storage::Contraindications(f.clinic->db()).add(tx, c);
    tx.commit();
    f.clinic->notify({gui::Change::What::kClient, client, 0});
  }
  f.frame->open_client(client);
  auto* banner = f.frame->record()->banner();
  CHECK(banner->IsShown());
  CHECK(banner->text().Contains("Warfarin: light pressure only"));
  CHECK(banner->text().Contains("caution"));
  gui::SessionFrame* s = f.frame->new_session();
  REQUIRE(s != nullptr);
  CHECK(s->banner()->IsShown());
  CHECK(s->banner()->text().Contains("Warfarin"));
  // The list shows the alert badge.
  gui::ClientListPanel* list = f.frame->client_list();
  REQUIRE(wait_until(
      [&] { return list->shown_request() == list->last_request() && !list->rows().empty(); }));
  CHECK(list->rows()[0].active_contraindications == 1);
}

TEST_CASE(
    "a session is signed and locked, and then only takes amendments with author, time and reason") {
  GuiFixture f;
  const Id client = add_client(*f.clinic, "Rosalind", "Franklin");
  f.frame->open_client(client);
  gui::SessionFrame* s = f.frame->new_session();
  REQUIRE(s != nullptr);
  click(s->soap_field('S'));
  type("Neck pain 5/10.");

  DialogScript dialogs;
  dialogs.act("sign_dialog", [](wxDialog* d) {
    auto* by = find<wxTextCtrl>(d, "signed_by");
    by->SetValue("Rowan Ellis");
    click(d->FindWindow(wxID_OK));
  });
  key('L', wxMOD_CONTROL | wxMOD_SHIFT);
  REQUIRE(wait_until([&] { return s->is_signed(); }));
  const Session signed_session = f.clinic->sessions().get(s->session_id());
  CHECK(signed_session.status == SessionStatus::kSigned);
  CHECK(signed_session.signed_by == "Rowan Ellis");
  CHECK(signed_session.soap.subjective == "Neck pain 5/10.");
  CHECK_FALSE(s->soap_field('S')->IsEditable());

  dialogs.act("amendment_dialog", [](wxDialog* d) {
    auto* dlg = dynamic_cast<gui::AmendmentDialog*>(d);
    click(dlg->reason());
    type("Late entry");
    click(dlg->text());
    type("Client phoned next day: pain 2/10.");
    screenshot(d, "amendment-dialog");
    click(d->FindWindow(wxID_OK));
  });
  key('A', wxMOD_CONTROL | wxMOD_SHIFT);
  REQUIRE(wait_until([&] { return dialogs.done() && s->amendments()->list().size() == 1; }));
  const auto stored = storage::Amendments(f.clinic->db()).list_for_session(s->session_id());
  REQUIRE(stored.size() == 1);
  CHECK(stored[0].reason == "Late entry");
  CHECK(stored[0].text == "Client phoned next day: pain 2/10.");
  CHECK(stored[0].author == f.clinic->therapist());
  CHECK(f.clinic->sessions().get(s->session_id()).soap.subjective == "Neck pain 5/10.");
  settle(10);
  screenshot(s, "session-signed");
  CHECK(dialogs.unexpected().empty());
}

TEST_CASE("the report prints through the preview and exports to PDF, drawn by core") {
  GuiFixture f;
  const Id client = add_client(*f.clinic, "Łucja", "Kowalska");
  f.frame->open_client(client);
  gui::SessionFrame* s = f.frame->new_session();
  REQUIRE(s != nullptr);
  click(s->soap_field('A'));
  type("Myofascial pain, upper trapezius.");
  click(s->canvas(), s->canvas()->to_window({0.6, 0.2}));
  REQUIRE(s->save_now());

  // Each preview page is a bitmap drawn through the printout by core's report.
  wxPreviewFrame* preview = gui::preview_session_report(s, *f.clinic, s->session_id());
  REQUIRE(preview != nullptr);
  settle(20);
  screenshot(preview, "print-preview-first-session");
  gui::SessionReportPrintout printout(*f.clinic,
                                      render::load_session_report(f.clinic->db(), s->session_id()));
  printout.SetPageSizeMM(210, 297);
  printout.SetPageSizePixels(595, 842);
  printout.SetPaperRectPixels(wxRect(0, 0, 595, 842));
  printout.SetPPIScreen(72, 72);
  printout.SetPPIPrinter(72, 72);
  int first = 0, last = 0, from = 0, to = 0;
  printout.GetPageInfo(&first, &last, &from, &to);
  CHECK(last == 1);  // a short note: the chart shrinks into the rest of the page
  wxBitmap page(595, 842, 24);
  {
    wxMemoryDC dc(page);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    printout.SetDC(&dc);
    REQUIRE(printout.OnPrintPage(1));
  }
  const wxImage img = page.ConvertToImage();
  int ink = 0;
  for (int y = 0; y < img.GetHeight(); y += 3)
    for (int x = 0; x < img.GetWidth(); x += 3) ink += img.GetRed(x, y) < 128 ? 1 : 0;
  CHECK(ink > 300);  // text on the page
  preview->Destroy();

  // The chart alone, through its own printout and preview.
  wxPreviewFrame* chart_preview =
      gui::preview_session_chart(s, *f.clinic, s->session_id(), chart::View::kPosterior);
  REQUIRE(chart_preview != nullptr);
  chart_preview->SetPosition(wxPoint(0, 0));
  chart_preview->SetSize(wxSize(900, 880));
  settle(20);
  screenshot(chart_preview, "print-preview-chart");
  chart_preview->Destroy();

  const auto pdf = f.dir / "report.pdf";
  gui::write_session_report_pdf(*f.clinic, s->session_id(), pdf);
  const std::string info = run("pdfinfo '" + pdf.string() + "'");
  const auto pages = info.find("Pages:");
  REQUIRE(pages != std::string::npos);
  CHECK(std::stoi(info.substr(pages + 6)) == 1);
  const std::string text = run("pdftotext -layout '" + pdf.string() + "' -");
  CHECK(text.find("Łucja Kowalska") != std::string::npos);
  CHECK(text.find("Myofascial pain, upper trapezius.") != std::string::npos);
  CHECK(text.find("Pain") != std::string::npos);
  CHECK((std::filesystem::status(pdf).permissions() & std::filesystem::perms::others_read) ==
        std::filesystem::perms::none);
}

TEST_CASE("settings are saved in the database and used for dates at once") {
  GuiFixture f;
  const Id client = add_client(*f.clinic, "Emmy", "Noether");
  f.frame->open_client(client);
  DialogScript dialogs;
  dialogs.act("settings_dialog", [](wxDialog* d) {
    click(find<wxTextCtrl>(d, "clinic name"));
    type("Noether Bodywork");
    find<wxChoice>(d, "date format")->SetSelection(3);  // 25 Nov 2026
    screenshot(d, "settings");
    click(d->FindWindow(wxID_OK));
  });
  f.frame->show_settings();
  CHECK(dialogs.done());
  CHECK(f.clinic->settings().clinic_name == "Noether Bodywork");
  CHECK(load_clinic_settings(f.clinic->db()).date_style == DateStyle::kDayMonthName);
  CHECK(f.clinic->date(Date{std::chrono::year{2026}, std::chrono::March, std::chrono::day{4}}) ==
        "4 Mar 2026");
}

TEST_CASE("the window layout is remembered between runs") {
  GuiFixture f;
  f.frame->SetSize(wxSize(1100, 720));
  settle();
  f.close_windows();
  wxConfigBase::Get()->Flush();
  f.reopen(false);
  CHECK(f.frame->GetSize() == wxSize(1100, 720));
}
