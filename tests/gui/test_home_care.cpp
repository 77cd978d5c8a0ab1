// The home-care sheet from the session editor: proposed from the trigger-point and posture
// findings stored with a session and the client's contraindications, edited (an exercise
// removed, a dosage changed, a bad dosage refused in plain words), given, then listed in the
// client record and re-printed exactly as given. Screenshots of the sheet window and of the
// record's Handouts page land in build/<preset>/screens/.
#include <soci/soci.h>
#include <wx/listctrl.h>
#include <wx/prntbase.h>
#include <wx/textctrl.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "gui/client_record_panel.h"
#include "gui/gui_support.h"
#include "gui/handouts.h"
#include "gui/handouts_page.h"
#include "gui/home_care_sheet.h"
#include "gui/session_frame.h"
#include "myochart/clinical.h"
#include "myochart/render/document_renderer.h"
#include "myochart/storage/clinical_records.h"
#include "myochart/storage/findings.h"

using namespace myochart;
using namespace myochart::test;

namespace {

plugin::Finding finding(const std::string& plugin, const std::string& kind,
                        const std::string& muscle, double confidence,
                        const std::string& severity = "", bool confirmed = false) {
  plugin::Finding f;
  f.source_plugin = plugin;
  f.kind = kind;
  f.subject = muscle;
  f.muscle_id = muscle;
  f.what = muscle + " " + kind;
  f.confidence = confidence;
  f.severity = severity;
  f.confirmed = confirmed;
  return f;
}

// A desk worker's session as the trigger-point and posture plugins leave it: their findings
// stored with the session, a pregnancy flagged on the client.
struct DeskWorker {
  Id client = 0, session = 0;

  explicit DeskWorker(gui::Clinic& clinic) {
    ClinicSettings s = clinic.settings();
    s.clinic_name = "Harbourside Massage & Movement";
    s.clinic_address = "14 Quay Street, Bristol BS1 4DJ · 0117 496 0321";
    s.therapist_name = "Rowan Ellis";
    clinic.save_settings(s);
    storage::WriteTransaction tx(clinic.db());
    Client c;
    c.given_name = "Maren";
    c.family_name = "Okafor";
    client = clinic.clients().add(tx, c);
    Contraindication k;
    k.client_id = client;
    k.kind = "pregnancy";
    k.description = "second trimester";
    storage::Contraindications(clinic.db()).add(tx, k);
    Session ss;
    ss.client_id = client;
    ss.therapist = "Rowan Ellis";
    ss.started_at = std::chrono::floor<std::chrono::minutes>(now()) - std::chrono::hours(1);
    ss.modality = "trigger_point";
    session = clinic.sessions().add(tx, ss);
    storage::SessionFindings findings(clinic.db());
    for (const auto& f :
         {finding("posture", "tight_muscle", "trapezius_upper", 0.7, "", true),
          finding("trigger_points", "trigger_point", "trapezius_upper", 0.9, "active"),
          finding("posture", "weak_muscle", "deep_neck_flexors", 0.9),
          finding("posture", "tight_muscle", "pectoralis_minor", 0.8),
          finding("posture", "weak_muscle", "trapezius_lower", 0.6),
          finding("trigger_points", "candidate_source", "levator_scapulae", 0.8),
          finding("posture", "dysfunction", "forward_head", 0.8)})
      findings.add(tx, session, f);
    tx.commit();
  }
};

std::vector<std::string> exercises_of(const nlohmann::json& plan) {
  std::vector<std::string> out;
  for (const auto& i : plan["items"]) out.push_back(i["exercise"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("home-care sheet: proposed from the findings - edited - given - listed - reprinted") {
  GuiFixture f;
  DialogScript dialogs;
  DeskWorker d(*f.clinic);
  gui::SessionFrame* s = f.frame->open_session(d.session);
  REQUIRE(s != nullptr);
  s->SetPosition(wxPoint(0, 0));
  s->SetSize(wxSize(1240, 860));
  settle();

  // Click 1: the session editor's button opens the sheet, proposed and previewed.
  click(find<wxButton>(s, "home_care_sheet_button"));
  gui::HomeCareSheetWindow* w = nullptr;
  REQUIRE(wait_until([&] {
    return (w = dynamic_cast<gui::HomeCareSheetWindow*>(
                wxWindow::FindWindowByName("home_care_sheet"))) != nullptr;
  }));
  w->SetPosition(wxPoint(0, 0));
  w->SetSize(wxSize(1280, 900));
  w->Raise();
  settle(40);
  const auto proposed = exercises_of(w->plan());
  INFO(w->plan().dump());
  REQUIRE(proposed.size() >= 4);
  CHECK(proposed.front().find("trapezius") != std::string::npos);  // the active trigger point
  CHECK(std::find(proposed.begin(), proposed.end(), "stretch_upper_trapezius") != proposed.end());
  CHECK(std::find(proposed.begin(), proposed.end(), "strengthen_chin_tuck") != proposed.end());
  // Pregnancy withholds an exercise: listed with its reason, never on the sheet.
  REQUIRE_FALSE(w->plan()["withheld"].empty());
  const std::string withheld = w->plan()["withheld"][0]["exercise"];
  CHECK(std::find(proposed.begin(), proposed.end(), withheld) == proposed.end());
  CHECK(find<wxStaticText>(w, "withheld")->GetLabel().Contains("Withheld"));
  CHECK(w->page_count() >= 1);
  CHECK(w->preview_problem().Contains("page"));
  CHECK(find<wxListCtrl>(w, "sheet_items")->GetItemCount() == static_cast<int>(proposed.size()));
  CHECK(find<wxListCtrl>(w, "catalogue")->GetItemCount() == 102);

  // The catalogue is searchable; an exercise is added from it.
  find<wxSearchCtrl>(w, "catalogue_search")->SetValue("calf");
  settle();
  CHECK(find<wxListCtrl>(w, "catalogue")->GetItemCount() < 10);
  CHECK(find<wxListCtrl>(w, "catalogue")->GetItemCount() > 0);
  REQUIRE(w->add_exercise("stretch_gastrocnemius"));
  CHECK_FALSE(w->add_exercise("stretch_gastrocnemius"));  // once only
  // Remove the last proposed exercise by its button; move the calf stretch up one.
  const std::string removed = proposed.back();
  w->select_exercise(proposed.size() - 1);
  settle();
  click(find<wxButton>(w, "remove_exercise"));
  REQUIRE(wait_until([&] { return w->plan()["items"].size() == proposed.size(); }));
  REQUIRE(w->plan()["items"].size() == proposed.size());
  CHECK(w->plan()["items"].back()["exercise"] == "stretch_gastrocnemius");
  REQUIRE(w->move_exercise(proposed.size() - 1, -1));
  CHECK(w->plan()["items"][proposed.size() - 2]["exercise"] == "stretch_gastrocnemius");

  // Dosage: out of range is refused with a plain message and changes nothing; then 4 sets.
  w->select_exercise(0);
  settle();
  auto* sets = find<wxTextCtrl>(w, "dosage_sets");
  REQUIRE(sets != nullptr);
  const auto before = w->plan()["items"][0]["dosage"]["sets"];
  sets->SetValue("15");
  CHECK(w->dosage_problem().Contains("Sets"));
  CHECK(w->dosage_problem().Contains("1 to 10"));
  CHECK(w->plan()["items"][0]["dosage"]["sets"] == before);
  sets->SetValue("4");
  CHECK(w->dosage_problem().empty());
  CHECK(w->plan()["items"][0]["dosage"]["sets"] == 4);
  find<wxTextCtrl>(w, "item_note")->SetValue("After your warm shower.");
  CHECK(w->plan()["items"][0]["note"] == "After your warm shower.");
  w->refresh_preview();
  settle(30);
  CHECK(w->preview_problem().Contains("page"));
  screenshot(w, "home-care-sheet");

  // Click 2: the print preview of the sheet.
  click(find<wxButton>(w, "preview"));
  wxWindow* preview = nullptr;
  REQUIRE(wait_until(
      [&] { return (preview = wxWindow::FindWindowByName("print_preview")) != nullptr; }));
  preview->Close(true);  // through its close handler, which enables the other windows again
  w->Raise();
  settle(30);

  // Give to client: recorded once, whatever is printed after.
  click(find<wxButton>(w, "give"));
  INFO(w->preview_problem().utf8_string());
  REQUIRE(wait_until([&] { return w->given_sheet().has_value(); }));
  const Id sheet = *w->given_sheet();
  CHECK(w->give());
  CHECK(*w->given_sheet() == sheet);
  long long count = 0;
  f.clinic->db().sql() << "SELECT COUNT(*) FROM home_care_sheets", soci::into(count);
  CHECK(count == 1);
  const nlohmann::json edited = w->plan();
  const auto layout_given = render::DocumentLayout(f.clinic->registry().render_handout(
      "home_care_sheet", edited, gui::handout_context(*f.clinic, d.session)));
  w->Close(true);
  settle();

  // The client record lists it; its reprint is the sheet as given.
  f.frame->open_client(d.client);
  REQUIRE(wait_until([&] { return f.frame->record()->client_id() == d.client; }));
  auto* book = f.frame->record()->book();
  for (std::size_t p = 0; p < book->GetPageCount(); ++p)
    if (book->GetPageText(p) == "Handouts") book->SetSelection(p);
  auto* page = f.frame->record()->handouts();
  REQUIRE(wait_until([&] { return page->list()->GetItemCount() == 1; }));
  CHECK(page->given()[0].id == sheet);
  CHECK(page->given()[0].items.size() == edited["items"].size());
  CHECK(page->list()->GetItemText(0, 2).Contains("Wall calf stretch"));
  settle(20);
  screenshot(f.frame, "client-record-handouts");

  const render::DocumentLayout again(page->document(0));
  REQUIRE(again.page_count() == layout_given.page_count());
  for (std::size_t p = 0; p < again.page_count(); ++p)
    CHECK(again.render_page(p, 300).data == layout_given.render_page(p, 300).data);
  std::string stored;
  f.clinic->db().sql() << "SELECT plan FROM home_care_sheets", soci::into(stored);
  const auto plan = nlohmann::json::parse(stored);
  CHECK(exercises_of(plan) == exercises_of(edited));
  CHECK(plan["items"][0]["dosage"]["sets"] == 4);
  CHECK(plan["items"][0]["note"] == "After your warm shower.");
  CHECK(dialogs.unexpected().empty());
  const auto given_ids = exercises_of(plan);
  CHECK(std::find(given_ids.begin(), given_ids.end(), removed) == given_ids.end());
}
