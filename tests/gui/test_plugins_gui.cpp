// Plugins in the desktop app: trigger points placed on the chart get the muscle the plugin
// suggests, the mark details panel changes it and the plugin-declared fields (undoable, saved
// with the session), the plugins' chart layers draw referral zones (View › Referral zones),
// the plugins dialog lists what was found and stores enable/disable choices, and the host's
// start-up notices reach the session window. Screenshots: session-trigger-points.png,
// plugins-dialog.png.
#include <wx/checkbox.h>
#include <wx/image.h>
#include <wx/listbox.h>
#include <wx/srchctrl.h>
#include <wx/tglbtn.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>

#include "gui/chart_canvas.h"
#include "gui/gui_support.h"
#include "gui/mark_details_panel.h"
#include "gui/plugins_dialog.h"
#include "gui/session_frame.h"
#include "myochart/chart/geometry.h"
#include "myochart/storage/chart_marks.h"

using namespace myochart;
using namespace myochart::test;
using gui::ReferralZones;
using gui::SessionFrame;

namespace {

// Known trigger-point sites on the posterior view (plugins/trigger_points/data/muscles.json).
// Upper trapezius, trigger point 1, left side.
constexpr chart::Point kTrapeziusTp1{0.398, 0.195};
// Gluteus medius, trigger point 1, right side (the pack's left site mirrored).
constexpr chart::Point kGluteusMediusRight{0.556, 0.442};

struct PluginFixture : GuiFixture {
  Id client = 0, session_id = 0;
  SessionFrame* session = nullptr;
  gui::ChartCanvas* canvas = nullptr;
  gui::MarkDetailsPanel* details = nullptr;

  explicit PluginFixture(std::vector<chart::ChartMark> marks = {}) {
    Client c;
    c.given_name = "Ada";
    c.family_name = "Lovelace";
    storage::WriteTransaction tx(clinic->db());
    clinic->clients().add(tx, c);
    client = c.id;
    Session s;
    s.client_id = c.id;
    s.therapist = "Rowan Ellis";
    s.started_at = std::chrono::floor<std::chrono::minutes>(now());
    s.modality = "trigger_point";
    clinic->sessions().add(tx, s);
    session_id = s.id;
    for (auto& m : marks) {
      m.session_id = session_id;
      storage::ChartMarks(clinic->db()).add(tx, m);
    }
    tx.commit();
    open();
  }

  void open() {
    frame->open_client(client);
    session = frame->open_session(session_id);
    REQUIRE(session != nullptr);
    session->SetPosition(wxPoint(0, 0));
    session->SetSize(wxSize(1240, 860));
    settle();
    canvas = session->canvas();
    details = session->mark_details();
    REQUIRE(details != nullptr);
    canvas->set_view(chart::View::kPosterior);
  }

  void place_trigger_point(chart::Point p) {
    click(find<wxToggleButton>(session, "tool_point"));
    click(find<wxToggleButton>(session, "kind_trigger_point"));
    REQUIRE(canvas->style().kind == "trigger_point");
    const std::size_t before = session->marks().size();
    click(canvas, canvas->to_window(p));
    REQUIRE(
        wait_until([&] { return session->marks().size() == before + 1; }, std::chrono::seconds(5)));
  }

  const chart::ChartMark& last_mark() { return session->marks().mark(session->marks().size() - 1); }

  // The colour the canvas shows at a chart point, read back from the screen.
  wxColour shown_at(chart::Point p) {
    canvas->Refresh();
    canvas->Update();
    settle(10);
    const wxPoint at = canvas->ClientToScreen(canvas->to_window(p));
    const auto pixel = dir / "pixel.png";
    const std::string cmd = "import -window root -crop 1x1+" + std::to_string(at.x) + "+" +
                            std::to_string(at.y) + " +repage '" + pixel.string() + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
    wxImage img(wxString::FromUTF8(pixel.string()), wxBITMAP_TYPE_PNG);
    REQUIRE(img.IsOk());
    return wxColour(img.GetRed(0, 0), img.GetGreen(0, 0), img.GetBlue(0, 0));
  }

  std::vector<std::string> overlay_labels() {
    std::vector<std::string> out;
    for (const auto& o : canvas->scene().overlays) out.push_back(o.label);
    return out;
  }
};

chart::ChartMark trigger_point(chart::Point at, std::string muscle, nlohmann::json attributes) {
  chart::ChartMark m;
  m.view = chart::View::kPosterior;
  m.shape = chart::MarkShape::kPoint;
  m.points = {at};
  m.kind = "trigger_point";
  m.intensity = 7;
  m.muscle_id = std::move(muscle);
  m.attributes = std::move(attributes);
  return m;
}

bool contains_text(const std::vector<std::string>& all, const std::string& part) {
  for (const auto& s : all)
    if (s.find(part) != std::string::npos) return true;
  return false;
}

int colour_distance(const wxColour& a, const wxColour& b) {
  return std::abs(a.Red() - b.Red()) + std::abs(a.Green() - b.Green()) +
         std::abs(a.Blue() - b.Blue());
}

// Sets a choice as the therapist would, with the event a click sends.
void choose(wxChoice* c, int index) {
  REQUIRE(c != nullptr);
  c->SetSelection(index);
  wxCommandEvent e(wxEVT_CHOICE, c->GetId());
  e.SetInt(index);
  e.SetEventObject(c);
  c->ProcessWindowEvent(e);
  settle(4);
}

}  // namespace

TEST_CASE(
    "a trigger point placed by click near a known site gets that muscle and its referral zones") {
  PluginFixture f;
  f.session->set_referral_zones(ReferralZones::kAll);
  f.place_trigger_point(kTrapeziusTp1);

  const chart::ChartMark& m = f.last_mark();
  CHECK(m.kind == "trigger_point");
  CHECK(m.muscle_id == "trapezius_upper");
  CHECK(m.attributes.value("site", "") == "tp1");
  CHECK(m.attributes.value("side", "") == "left");
  // The details panel shows the point just placed, its muscle and the other suggestions.
  CHECK(f.details->shown().has_value());
  CHECK(f.details->muscle_label().StartsWith("Upper trapezius (left)"));
  CHECK(f.details->suggestions()->GetCount() >= 1);
  CHECK(f.details->suggestions()->GetSelection() == 0);
  // One step undoes placing it with its muscle.
  CHECK(f.session->marks().undo_label() == "Add point");

  // The overlay: the muscle's essential zone (solid) and spillover (hatched), drawn by core.
  const auto labels = f.overlay_labels();
  CHECK(contains_text(labels, "Upper trapezius (left): referred pain"));
  const render::ChartScene scene = f.canvas->scene();
  const render::Overlay* essential = nullptr;
  for (const auto& o : scene.overlays)
    if (!o.hatched && o.label.find("referred pain") != std::string::npos) essential = &o;
  REQUIRE(essential != nullptr);
  const chart::Point inside = chart::centroid(essential->polygon);
  REQUIRE(chart::contains(essential->polygon, inside));
  const wxColour with_zones = f.shown_at(inside);
  f.session->set_referral_zones(ReferralZones::kHidden);
  CHECK(f.canvas->scene().overlays.empty());
  const wxColour without = f.shown_at(inside);
  INFO("with zones " << with_zones.GetAsString(wxC2S_HTML_SYNTAX).ToStdString() << ", without "
                     << without.GetAsString(wxC2S_HTML_SYNTAX).ToStdString());
  CHECK(colour_distance(with_zones, without) > 40);
  // The zone is reddish: more red than the chart there without it.
  CHECK(with_zones.Red() - with_zones.Blue() > without.Red() - without.Blue());
}

TEST_CASE("the mark details panel changes muscle and tenderness as undoable edits that are saved") {
  PluginFixture f;
  f.place_trigger_point(kTrapeziusTp1);
  auto* tenderness = dynamic_cast<wxTextCtrl*>(f.details->field("tenderness"));
  auto* state = dynamic_cast<wxChoice*>(f.details->field("state"));
  auto* twitch = dynamic_cast<wxCheckBox*>(f.details->field("twitch"));
  REQUIRE(tenderness != nullptr);
  REQUIRE(state != nullptr);
  REQUIRE(twitch != nullptr);

  // Typed into the field: stored in the mark's attributes as a number.
  click(tenderness);
  type("7");
  REQUIRE(wait_until([&] { return f.last_mark().attributes.value("tenderness", -1) == 7; },
                     std::chrono::seconds(5)));
  CHECK(f.details->problem().empty());
  CHECK(f.session->save_state() != gui::SaveState::kSaved);

  // Out of range and not a number: named, with what is accepted; nothing stored.
  tenderness->SetValue("11");
  settle(4);
  CHECK(f.details->problem().StartsWith("Tenderness"));
  CHECK(f.details->problem().Contains("10"));
  CHECK(f.last_mark().attributes.value("tenderness", -1) == 7);
  tenderness->SetValue("very");
  settle(4);
  CHECK(f.details->problem().Contains("is not a number"));
  CHECK(f.last_mark().attributes.value("tenderness", -1) == 7);
  tenderness->SetValue("7");
  settle(4);
  CHECK(f.details->problem().empty());

  choose(state, 1);  // Active
  CHECK(f.last_mark().attributes.value("state", "") == "active");
  twitch->SetValue(true);
  wxCommandEvent tick(wxEVT_CHECKBOX, twitch->GetId());
  tick.SetInt(1);
  tick.SetEventObject(twitch);
  twitch->ProcessWindowEvent(tick);
  CHECK(f.last_mark().attributes.value("twitch", false));

  // Another muscle from the searchable list of the knowledge pack.
  f.details->muscle_search()->SetValue("levator");
  settle(4);
  wxListBox* list = f.details->muscle_list();
  REQUIRE(list->GetCount() == 1);
  list->SetSelection(0);
  wxCommandEvent pick(wxEVT_LISTBOX, list->GetId());
  pick.SetInt(0);
  pick.SetEventObject(list);
  list->ProcessWindowEvent(pick);
  settle(4);
  CHECK(f.last_mark().muscle_id == "levator_scapulae");
  CHECK_FALSE(f.last_mark().attributes.contains("site"));  // tp1 was a trapezius site
  CHECK(f.details->muscle_label().StartsWith("Levator scapulae"));

  // Undo and redo, like any chart edit.
  CHECK(f.session->marks().undo_label() == "Change muscle");
  f.canvas->undo();
  CHECK(f.last_mark().muscle_id == "trapezius_upper");
  CHECK(f.details->muscle_label().StartsWith("Upper trapezius"));
  f.canvas->redo();
  CHECK(f.last_mark().muscle_id == "levator_scapulae");

  REQUIRE(f.session->save_now());
  const auto stored = storage::ChartMarks(f.clinic->db()).list_for_session(f.session_id);
  REQUIRE(stored.size() == 1);
  CHECK(stored[0].muscle_id == "levator_scapulae");
  CHECK(stored[0].attributes.value("tenderness", -1) == 7);
  CHECK(stored[0].attributes.value("state", "") == "active");

  // Reopened: the panel shows what was saved.
  f.close_windows();
  f.reopen();
  f.open();
  f.canvas->select(f.session->marks().key(0));
  settle(4);
  tenderness = dynamic_cast<wxTextCtrl*>(f.details->field("tenderness"));
  REQUIRE(tenderness != nullptr);
  CHECK(tenderness->GetValue() == "7");
  CHECK(dynamic_cast<wxChoice*>(f.details->field("state"))->GetSelection() == 1);
  CHECK(f.details->muscle_label().StartsWith("Levator scapulae (left)"));
}

TEST_CASE(
    "View › Referral zones shows all trigger points or only the selected one and is remembered") {
  PluginFixture f({trigger_point(kTrapeziusTp1, "trapezius_upper", {{"side", "left"}}),
                   trigger_point(kGluteusMediusRight, "gluteus_medius", {{"side", "right"}})});
  f.session->set_referral_zones(ReferralZones::kAll);
  settle(4);
  auto labels = f.overlay_labels();
  CHECK(contains_text(labels, "Upper trapezius (left)"));
  CHECK(contains_text(labels, "Gluteus medius (right)"));

  f.session->set_referral_zones(ReferralZones::kSelected);
  CHECK(f.canvas->scene().overlays.empty());  // nothing selected
  f.canvas->select(f.session->marks().key(1));
  labels = f.overlay_labels();
  CHECK(contains_text(labels, "Gluteus medius (right)"));
  CHECK_FALSE(contains_text(labels, "Upper trapezius"));

  f.session->set_referral_zones(ReferralZones::kHidden);
  CHECK(f.canvas->scene().overlays.empty());
  CHECK(gui::remembered_referral_zones() == ReferralZones::kHidden);

  // A session window opened later starts with the choice.
  f.close_windows();
  f.reopen();
  f.open();
  CHECK(f.session->referral_zones() == ReferralZones::kHidden);
  f.session->set_referral_zones(ReferralZones::kAll);
}

TEST_CASE("the plugins dialog lists the bundled plugins and stores a choice for the next start") {
  GuiFixture f;
  DialogScript script;
  bool listed = false;
  script.act("plugins_dialog", [&](wxDialog* d) {
    auto* dlg = dynamic_cast<gui::PluginsDialog*>(d);
    REQUIRE(dlg != nullptr);
    settle(10);
    wxListCtrl* list = dlg->list();
    std::map<std::string, std::string> state;
    for (long row = 0; row < list->GetItemCount(); ++row)
      state[list->GetItemText(row, 1).ToStdString()] = list->GetItemText(row, 4).ToStdString();
    CHECK(state["trigger_points"] == "Active");
    CHECK(state["posture"] == "Active");
    CHECK(state["home_care"] == "Active");
    REQUIRE(dlg->select("trigger_points"));
    CHECK(dlg->details().Contains("chart layer trigger_point_referral"));
    CHECK(dlg->details().Contains("Bundled with MyoChart"));
    REQUIRE(dlg->select("posture"));
    CHECK(dlg->disable_button()->IsEnabled());
    CHECK_FALSE(dlg->enable_button()->IsEnabled());
    click(dlg->disable_button());
    REQUIRE(wait_until([&] { return dlg->enable_button()->IsEnabled(); }, std::chrono::seconds(5)));
    for (long row = 0; row < list->GetItemCount(); ++row)
      if (list->GetItemText(row, 1) == "posture")
        CHECK(list->GetItemText(row, 5) == "Off (changed just now)");
    d->SetPosition(wxPoint(0, 0));
    screenshot(d, "plugins-dialog");
    listed = true;
    d->EndModal(wxID_CLOSE);
  });
  f.frame->show_plugins();
  CHECK(listed);
  CHECK(script.done());

  // A new host over the same database (the next start) has it disabled, and says why.
  auto db = f.other_workstation();
  plugin::HostOptions options;
  options.database = db.get();
  plugin::PluginHost next(options);
  next.discover_only();
  const plugin::PluginRecord* posture = next.find("posture");
  REQUIRE(posture != nullptr);
  CHECK(posture->state == plugin::PluginState::kDisabled);
  CHECK_FALSE(posture->enabled);
  CHECK(next.find("trigger_points")->enabled);
}

TEST_CASE("a plugin disabled after a crash is announced in the session window's message bar") {
  GuiFixture f;
  // What the host leaves behind when MyoChart dies while activating a plugin.
  std::ofstream(f.dir.path() / "clinic.myochart.plugin-activation.0")
      << R"({"plugin": "home_care", "started_at": "2026-01-05 09:12"})";
  Client c;
  c.given_name = "Grace";
  c.family_name = "Hopper";
  Session s;
  {
    storage::WriteTransaction tx(f.clinic->db());
    f.clinic->clients().add(tx, c);
    s.client_id = c.id;
    s.therapist = "Rowan Ellis";
    s.started_at = std::chrono::floor<std::chrono::minutes>(now());
    f.clinic->sessions().add(tx, s);
    tx.commit();
  }
  f.frame->open_client(c.id);
  SessionFrame* session = f.frame->open_session(s.id);
  REQUIRE(session != nullptr);
  settle();
  const wxString shown = session->info_bar()->message();
  CHECK(shown.Contains("home_care"));
  CHECK(shown.Contains("disabled"));
  CHECK(f.clinic->plugins().find("home_care")->state == plugin::PluginState::kDisabled);
  CHECK(f.clinic->take_plugin_notices().empty());  // shown once, not again elsewhere
  CHECK(f.frame->plugin_bar()->message().empty());
}

TEST_CASE("screenshot of a session with trigger points and their referral zones") {
  using chart::MarkShape;
  auto mark = [](MarkShape shape, std::vector<chart::Point> points, const char* kind,
                 int intensity) {
    chart::ChartMark m;
    m.view = chart::View::kPosterior;
    m.shape = shape;
    m.points = std::move(points);
    m.kind = kind;
    m.intensity = intensity;
    return m;
  };
  PluginFixture f({
      mark(MarkShape::kArea,
           {{0.445, 0.105}, {0.475, 0.12}, {0.488, 0.16}, {0.47, 0.19}, {0.45, 0.15}}, "pain", 7),
      mark(MarkShape::kArea, {{0.53, 0.47}, {0.6, 0.46}, {0.63, 0.52}, {0.57, 0.56}, {0.53, 0.53}},
           "pain", 5),
      trigger_point(kTrapeziusTp1, "trapezius_upper",
                    {{"side", "left"},
                     {"site", "tp1"},
                     {"state", "active"},
                     {"tenderness", 8},
                     {"twitch", true},
                     {"reproduces_pain", true}}),
      trigger_point(kGluteusMediusRight, "gluteus_medius",
                    {{"side", "right"}, {"site", "tp1"}, {"state", "latent"}, {"tenderness", 4}}),
      mark(MarkShape::kStroke, {{0.585, 0.3}, {0.6, 0.34}, {0.595, 0.39}}, "tension", 5),
      mark(MarkShape::kPoint, {{0.5, 0.3}}, "treated", 5),
  });
  f.session->set_referral_zones(ReferralZones::kAll);
  f.session->soap_field('S')->ChangeValue(
      "Left-sided neck ache and temple headache after long days at the laptop.");
  f.canvas->select(f.session->marks().key(2));
  settle(20);
  CHECK(contains_text(f.overlay_labels(), "Upper trapezius (left)"));
  CHECK(contains_text(f.overlay_labels(), "Gluteus medius (right)"));
  const auto file = screenshot(f.session, "session-trigger-points");
  wxImage img(wxString::FromUTF8(file.string()), wxBITMAP_TYPE_PNG);
  CHECK(img.IsOk());
  f.session->Close(true);
  settle();
}
