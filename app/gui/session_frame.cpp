// The session editor's window: its controls, menus and the signed (read-only) state. Saving,
// autosave and conflicts are in session_saving.cpp.
#include "gui/session_frame.h"

#include <wx/button.h>
#include <wx/dateevt.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>

#include "gui/amendments_panel.h"
#include "gui/app_config.h"
#include "gui/assessment_page.h"
#include "gui/chart_tools_panel.h"
#include "gui/contraindication_banner.h"
#include "gui/errors_ui.h"
#include "gui/mark_details_panel.h"
#include "gui/home_care_sheet.h"
#include "gui/printing.h"
#include "gui/session_analysis_page.h"
#include "gui/wx_text.h"
#include "myochart/errors.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/clinical_records.h"

namespace myochart::gui {

namespace {

enum MenuId {
  kSave = wxID_HIGHEST + 300,
  kSign,
  kAmend,
  kPrintReport,
  kPrintChart,
  kPreview,
  kPreviewChart,
  kExportPdf,
  kHomeCareSheet,
  kUndo,
  kRedo,
  kDeleteMark,
  kViewFirst,  // one per view
  kZoomIn = kViewFirst + 10,
  kZoomOut,
  kZoomFit,
  kShowPrevious,
  kZonesAll,
  kZonesSelected,
  kZonesHidden,
};

constexpr const char* kSoapLabels[] = {
    "Subjective — what the client reports", "Objective — what you observed and measured",
    "Assessment — your interpretation", "Plan — treatment given, home care, next visit"};

wxDateTime to_wx_local(Timestamp t) {
  return wxDateTime(static_cast<time_t>(t.time_since_epoch().count()));
}

}  // namespace

SessionFrame::SessionFrame(wxWindow* parent, Clinic& clinic, Id session,
                           std::optional<io::JournalEntry> recovered)
    : wxFrame(parent, wxID_ANY, "Session", wxDefaultPosition, wxSize(1180, 820)),
      clinic_(clinic),
      base_(storage::load_session_document(clinic.db(), session)),
      autosave_(this) {
  SetName("session_frame");
  client_name_ = display_name(clinic_.clients().get(base_.session.client_id));
  editor_.load(base_.marks);
  build_menus();
  build_body();
  add_session_analysis_pages(*this, clinic_);
  show_document();
  load_previous_session();
  CreateStatusBar(2);
  const int widths[] = {-3, -2};
  GetStatusBar()->SetStatusWidths(2, widths);
  apply_signed_state();
  add_assessment_pages(*this, clinic_);
  update_title();
  set_state(SaveState::kSaved);
  show_plugin_notices();
  app_config::remember_layout(*this, "session");
  // The chart gets the larger side unless the therapist moved the divider before; placed once
  // the window has its size.
  CallAfter([this] {
    const int sash = app_config::read_int("/Layout/session/sash", 0);
    split_->SetSashPosition(sash > 100 ? sash : split_->GetClientSize().x * 2 / 5);
    soap_[0]->SetFocus();
  });

  Bind(wxEVT_CLOSE_WINDOW, &SessionFrame::on_close, this);
  Bind(wxEVT_TIMER, &SessionFrame::on_autosave, this, autosave_.GetId());
  listener_ = clinic_.subscribe([this](const Change& c) {
    if (c.what == Change::What::kSettings) update_title();
    if (c.what == Change::What::kClient && c.client == client_id())
      banner_->show_for(
          storage::Contraindications(clinic_.db()).list_for_client(client_id(), true));
  });

  if (recovered) {
    if (is_signed()) {
      info_->show_message("Unsaved edits of this session from " +
                              wx(clinic_.date_time(recovered->written_at)) +
                              " could not be put back: the session was signed since. They stay "
                              "in the recovery folder beside the database.",
                          {});
    } else {
      // The controls and marks show the recovered edits; base_ stays what is stored.
      const storage::SessionDocument stored = base_;
      base_.session = recovered->edited.session;
      show_document();
      base_ = stored;
      editor_.load(recovered->edited.marks);
      marks_replaced();
      if (recovered->based_on == stored.session.row_version) {
        edited();
        save_now();
      } else {
        set_state(SaveState::kConflict);  // changed since the edits were made: compare first
      }
    }
  }
}

SessionFrame::~SessionFrame() {
  clinic_.unsubscribe(listener_);
  app_config::write_int("/Layout/session/sash", split_->GetSashPosition());
}

HomeCareSheetWindow* SessionFrame::open_home_care_sheet() {
  // The sheet reads the session's findings and the client's flags as stored.
  if (!is_signed() && !save_now()) return nullptr;
  return gui::open_home_care_sheet(this, clinic_, session_id());
}

// ---- construction ------------------------------------------------------------------------------

void SessionFrame::build_menus() {
  auto* session = new wxMenu;
  session->Append(kSave, "&Save\tCtrl+S", "Save now (MyoChart also saves as you type)");
  session->AppendSeparator();
  session->Append(kSign, "Sign and &lock…\tCtrl+Shift+L");
  session->Append(kAmend, "Add &amendment…\tCtrl+Shift+A");
  session->AppendSeparator();
  session->Append(kPrintReport, "&Print report…\tCtrl+P");
  session->Append(kPreview, "Print pre&view\tCtrl+Shift+P");
  session->Append(kPrintChart, "Print &chart…");
  session->Append(kPreviewChart, "C&hart print preview");
  session->Append(kExportPdf, "&Export report as PDF…\tCtrl+Shift+E");
  session->AppendSeparator();
  session->Append(kHomeCareSheet, "&Home-care sheet…\tCtrl+H",
                  "Recommended home care from this session's findings: edit, print, give");
  session->AppendSeparator();
  session->Append(wxID_CLOSE, "&Close\tCtrl+W");
  auto* edit = new wxMenu;
  edit->Append(kUndo, "&Undo chart edit\tCtrl+Z");
  edit->Append(kRedo, "&Redo chart edit\tCtrl+Y");
  edit->Append(kDeleteMark, "&Delete selected mark", "Also the Delete key on the chart");
  auto* view = new wxMenu;
  for (std::size_t i = 0; i < std::size(chart::kAllViews); ++i)
    view->Append(kViewFirst + static_cast<int>(i), wx(chart::view_label(chart::kAllViews[i])) +
                                                       wxString::Format("\tCtrl+%zu", i + 1));
  view->AppendSeparator();
  view->Append(kZoomIn, "Zoom &in\tCtrl+=");
  view->Append(kZoomOut, "Zoom &out\tCtrl+-");
  view->Append(kZoomFit, "&Whole body\tCtrl+0");
  view->AppendCheckItem(kShowPrevious, "Show &previous session");
  auto* zones = new wxMenu;
  zones->AppendRadioItem(kZonesAll, "For &all trigger points");
  zones->AppendRadioItem(kZonesSelected, "For the &selected mark only");
  zones->AppendRadioItem(kZonesHidden, "&Hidden");
  view->AppendSubMenu(zones, "&Referral zones",
                      "What the plugins draw on the chart, such as trigger-point referral zones");
  auto* bar = new wxMenuBar;
  bar->Append(session, "&Session");
  bar->Append(edit, "&Edit");
  bar->Append(view, "&View");
  SetMenuBar(bar);

  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { save_now(); }, kSave);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { sign_dialog(); }, kSign);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { amend_dialog(); }, kAmend);
  auto printing = [this](auto action) {
    return [this, action](wxCommandEvent&) {
      if (!is_signed() && !save_now()) return;  // print what is saved, and only that
      guarded("Could not print", [&] { action(); });
    };
  };
  Bind(wxEVT_MENU, printing([this] { print_session_report(this, clinic_, session_id()); }),
       kPrintReport);
  Bind(wxEVT_MENU, printing([this] { preview_session_report(this, clinic_, session_id()); }),
       kPreview);
  Bind(wxEVT_MENU,
       printing([this] { print_session_chart(this, clinic_, session_id(), canvas_->view()); }),
       kPrintChart);
  Bind(wxEVT_MENU,
       printing([this] { preview_session_chart(this, clinic_, session_id(), canvas_->view()); }),
       kPreviewChart);
  Bind(wxEVT_MENU, printing([this] { export_session_report_pdf(this, clinic_, session_id()); }),
       kExportPdf);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { open_home_care_sheet(); }, kHomeCareSheet);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
  // Undo/redo belong to the chart; while a text field has the focus they are left to it.
  auto in_text = [] { return dynamic_cast<wxTextCtrl*>(wxWindow::FindFocus()) != nullptr; };
  Bind(
      wxEVT_MENU,
      [this, in_text](wxCommandEvent&) {
        if (!in_text()) canvas_->undo();
      },
      kUndo);
  Bind(
      wxEVT_MENU,
      [this, in_text](wxCommandEvent&) {
        if (!in_text()) canvas_->redo();
      },
      kRedo);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { canvas_->delete_selected(); }, kDeleteMark);
  for (std::size_t i = 0; i < std::size(chart::kAllViews); ++i)
    Bind(
        wxEVT_MENU, [this, v = chart::kAllViews[i]](wxCommandEvent&) { canvas_->set_view(v); },
        kViewFirst + static_cast<int>(i));
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { canvas_->zoom_by(1.25); }, kZoomIn);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { canvas_->zoom_by(0.8); }, kZoomOut);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { canvas_->zoom_fit(); }, kZoomFit);
  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent& e) {
        canvas_->show_reference(e.IsChecked());
        sync_chart_panels();
      },
      kShowPrevious);
  Bind(
      wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Check(canvas_->showing_reference()); },
      kShowPrevious);
  const std::pair<int, ReferralZones> zone_items[] = {{kZonesAll, ReferralZones::kAll},
                                                      {kZonesSelected, ReferralZones::kSelected},
                                                      {kZonesHidden, ReferralZones::kHidden}};
  for (const auto& [id, z] : zone_items) {
    Bind(
        wxEVT_MENU, [this, z = z](wxCommandEvent&) { set_referral_zones(z); }, id);
    Bind(
        wxEVT_UPDATE_UI, [this, z = z](wxUpdateUIEvent& e) { e.Check(referral_zones() == z); }, id);
  }
  Bind(
      wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!is_signed()); }, kSign);
  Bind(
      wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(is_signed()); }, kAmend);
  Bind(
      wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!is_signed() && editor_.can_undo()); },
      kUndo);
  Bind(
      wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!is_signed() && editor_.can_redo()); },
      kRedo);
}

void SessionFrame::build_body() {
  auto* root = new wxPanel(this);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  banner_ = new ContraindicationBanner(root);
  sizer->Add(banner_, 0, wxEXPAND);
  info_ = new MessageBar(root);
  info_->SetName("save_problem");
  sizer->Add(info_, 0, wxEXPAND);
  sizer->Add(build_header(root), 0, wxEXPAND | wxALL, FromDIP(10));

  split_ = new wxSplitterWindow(root, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxSP_LIVE_UPDATE | wxSP_3DSASH);
  split_->SetMinimumPaneSize(FromDIP(280));
  split_->SetSashGravity(0.4);
  side_book_ = new wxNotebook(split_, wxID_ANY);
  side_book_->SetName("session_pages");
  side_book_->AddPage(build_soap_page(side_book_), "SOAP note");
  split_->SplitVertically(side_book_, build_chart_side(split_), FromDIP(500));
  sizer->Add(split_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
  root->SetSizer(sizer);

  banner_->show_for(storage::Contraindications(clinic_.db()).list_for_client(client_id(), true));
  info_->Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { compare_versions(); }, wxID_YES);
  info_->Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { save_now(); }, wxID_RETRY);
  info_->Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { info_->dismiss(); }, wxID_CLOSE);
}

wxWindow* SessionFrame::build_header(wxWindow* parent) {
  auto* panel = new wxPanel(parent);
  auto* rows = new wxBoxSizer(wxVERTICAL);
  auto* title = new wxBoxSizer(wxHORIZONTAL);
  auto* name = new wxStaticText(panel, wxID_ANY, wx(client_name_));
  name->SetFont(GetFont().Bold().Scaled(1.35f));
  title->Add(name, 0, wxALIGN_CENTER_VERTICAL);
  status_chip_ = new wxStaticText(panel, wxID_ANY, "");
  status_chip_->SetName("session_status");
  title->Add(status_chip_, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(14));
  title->AddStretchSpacer();
  auto pain = [&](const wxString& text, const wxString& control_name) {
    title->Add(new wxStaticText(panel, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
               FromDIP(4));
    auto* c = new wxChoice(panel, wxID_ANY);
    c->SetName(control_name);
    c->Append("–");
    for (int i = 0; i <= 10; ++i) c->Append(wxString::Format("%d", i));
    c->SetToolTip("Pain on the 0–10 scale (0 none, 10 worst imaginable)");
    title->Add(c, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
    return c;
  };
  pain_before_ = pain("Pain before", "pain_before");
  pain_after_ = pain("after", "pain_after");
  auto* home_care = new wxButton(panel, wxID_ANY, "Home-care sheet…");
  home_care->SetName("home_care_sheet_button");
  home_care->SetToolTip("Recommended home care from this session's findings: edit, print, give");
  home_care->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_home_care_sheet(); });
  title->Add(home_care, 0, wxALIGN_CENTER_VERTICAL);
  rows->Add(title, 0, wxEXPAND | wxBOTTOM, FromDIP(8));

  auto* fields = new wxBoxSizer(wxHORIZONTAL);
  auto label = [&](const wxString& text) {
    fields->Add(new wxStaticText(panel, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
                FromDIP(4));
  };
  auto gap = [&] { fields->AddSpacer(FromDIP(14)); };
  label("Date");
  date_ = new wxDatePickerCtrl(panel, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                               wxDP_DROPDOWN | wxDP_SHOWCENTURY);
  date_->SetName("date");
  fields->Add(date_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
  time_ = new wxTimePickerCtrl(panel, wxID_ANY);
  time_->SetName("time");
  fields->Add(time_, 0, wxALIGN_CENTER_VERTICAL);
  gap();
  label("Minutes");
  duration_ = new wxSpinCtrl(panel, wxID_ANY, "60", wxDefaultPosition, wxDefaultSize,
                             wxSP_ARROW_KEYS, 1, 600, 60);
  duration_->SetName("duration");
  fields->Add(duration_, 0, wxALIGN_CENTER_VERTICAL);
  gap();
  label("Modality");
  modality_ = new wxComboBox(panel, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(200, -1)));
  modality_->SetName("modality");
  for (const auto& m : modalities()) modality_->Append(wx(m.label));
  fields->Add(modality_, 0, wxALIGN_CENTER_VERTICAL);
  gap();
  label("Therapist");
  therapist_ = new wxTextCtrl(panel, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(150, -1)));
  therapist_->SetName("therapist");
  fields->Add(therapist_, 0, wxALIGN_CENTER_VERTICAL);
  rows->Add(fields, 0, wxEXPAND);
  panel->SetSizer(rows);

  date_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { edited(); });
  time_->Bind(wxEVT_TIME_CHANGED, [this](wxDateEvent&) { edited(); });
  duration_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) { edited(); });
  duration_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { edited(); });
  modality_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { edited(); });
  modality_->Bind(wxEVT_COMBOBOX, [this](wxCommandEvent&) { edited(); });
  therapist_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { edited(); });
  pain_before_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { edited(); });
  pain_after_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { edited(); });
  return panel;
}

wxWindow* SessionFrame::build_soap_page(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  const char names[] = {'S', 'O', 'A', 'P'};
  for (int i = 0; i < 4; ++i) {
    auto* label = new wxStaticText(page, wxID_ANY, kSoapLabels[i]);
    label->SetFont(label->GetFont().Bold());
    sizer->Add(label, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    soap_[i] = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(200, 60)),
                              wxTE_MULTILINE | wxTE_WORDWRAP);
    soap_[i]->SetName(wxString("soap_") + names[i]);
    sizer->Add(soap_[i], 1, wxEXPAND | wxALL, FromDIP(6));
    soap_[i]->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { edited(); });
  }
  page->SetSizer(sizer);
  return page;
}

wxWindow* SessionFrame::build_chart_side(wxWindow* parent) {
  auto* panel = new wxPanel(parent);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  canvas_ = new ChartCanvas(panel, clinic_.renderer(), editor_);
  tools_ = new ChartToolsPanel(panel, *canvas_, editor_);
  const plugin::Registry& registry = plugin_registry();
  details_ = new MarkDetailsPanel(panel, *canvas_, editor_, registry);
  sizer->Add(tools_, 0, wxEXPAND);
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(canvas_, 1, wxEXPAND);
  row->Add(details_, 0, wxEXPAND | wxLEFT, FromDIP(4));
  sizer->Add(row, 1, wxEXPAND | wxTOP, FromDIP(4));
  panel->SetSizer(sizer);
  // The plugins' chart layers (trigger-point referral zones...), as the therapist last chose.
  plugin_layers_ = std::make_shared<PluginChartLayers>(registry);
  plugin_layers_->set_zones(remembered_referral_zones());
  plugin_layers_->on_error = [this](const std::string& problem) {
    CallAfter([this, problem] {
      info_->show_message(wx(problem) +
                              " Its drawing is left out of the chart; the session is "
                              "not affected.",
                          {{wxID_CLOSE, "Dismiss"}});
    });
  };
  canvas_->add_layer(plugin_layers_);
  canvas_->complete_new_point = [this](chart::ChartMark& m) { suggest_muscle(m); };
  canvas_->on_edit = [this] {
    sync_chart_panels();
    edited();
    for (const auto& watch : mark_watchers_) watch();
  };
  canvas_->on_selection = [this] { sync_chart_panels(); };
  // Start on the view most of this session's marks are on (posterior when none).
  int counts[4] = {};
  for (const auto& m : base_.marks) ++counts[static_cast<int>(m.view)];
  int best = static_cast<int>(chart::View::kPosterior);
  for (int v = 0; v < 4; ++v)
    if (counts[v] > counts[best]) best = v;
  canvas_->set_view(static_cast<chart::View>(best));
  sync_chart_panels();
  return panel;
}

const plugin::Registry& SessionFrame::plugin_registry() {
  try {
    return clinic_.registry();
  } catch (const std::exception& e) {
    // Not a plugin's fault (those become the plugin's state): e.g. the database. The session
    // editor works without plugins.
    plugin_problems_.push_back("Plugins could not be started: " + utf8(describe_error(e)));
    static const plugin::Registry no_plugins;
    return no_plugins;
  }
}

void SessionFrame::show_plugin_notices() {
  auto notices = std::move(plugin_problems_);
  plugin_problems_.clear();
  for (auto& n : clinic_.take_plugin_notices()) notices.push_back(std::move(n));
  if (notices.empty()) return;
  wxString text;
  for (const auto& n : notices) text += (text.empty() ? "" : "\n") + wx(n);
  info_->show_message(text, {{wxID_CLOSE, "Dismiss"}});
}

void SessionFrame::suggest_muscle(chart::ChartMark& mark) {
  if (mark.kind != "trigger_point" || !mark.muscle_id.empty()) return;
  try {
    const auto suggestions = muscle_suggestions(plugin_registry(), mark);
    if (!suggestions.empty()) apply_suggestion(plugin_registry(), suggestions.front(), mark);
  } catch (const std::exception& e) {
    CallAfter([this, problem = std::string(e.what())] {
      info_->show_message(wx(problem) + " Choose the muscle in the mark's details.",
                          {{wxID_CLOSE, "Dismiss"}});
    });
  }
}

void SessionFrame::sync_chart_panels() {
  if (tools_) tools_->sync();
  if (details_) details_->sync();
}

void SessionFrame::set_referral_zones(ReferralZones zones) {
  plugin_layers_->set_zones(zones);
  remember_referral_zones(zones);
  canvas_->layers_changed();
}

ReferralZones SessionFrame::referral_zones() const {
  return plugin_layers_->zones();
}

void SessionFrame::add_chart_layer(std::shared_ptr<const ChartOverlaySource> layer) {
  canvas_->add_layer(std::move(layer));
}

void SessionFrame::add_side_page(wxWindow* page, const wxString& title) {
  side_book_->AddPage(page, title);
}

void SessionFrame::add_save_step(std::function<wxString()> save) {
  save_steps_.push_back(std::move(save));
}

void SessionFrame::watch_marks(std::function<void()> on_change) {
  mark_watchers_.push_back(std::move(on_change));
}

void SessionFrame::marks_replaced() {
  canvas_->marks_changed();
  sync_chart_panels();
  for (const auto& watch : mark_watchers_) watch();
}

wxTextCtrl* SessionFrame::soap_field(char section) {
  switch (section) {
    case 'S':
      return soap_[0];
    case 'O':
      return soap_[1];
    case 'A':
      return soap_[2];
    case 'P':
      return soap_[3];
    default:
      return nullptr;
  }
}

void SessionFrame::load_previous_session() {
  try {
    if (const auto previous = clinic_.sessions().previous(session_id()))
      canvas_->set_reference_marks(storage::ChartMarks(clinic_.db()).list_for_session(*previous));
  } catch (const std::exception&) {
    // Comparison is a help, not the record: the editor works without it.
  }
}

void SessionFrame::update_title() {
  SetTitle(wx(client_name_) + " — session of " + wx(clinic_.date_time(base_.session.started_at)) +
           " — MyoChart");
}

// ---- document <-> controls ------------------------------------------------------------------

void SessionFrame::show_document() {
  showing_ = true;
  const Session& s = base_.session;
  const wxDateTime when = to_wx_local(s.started_at);
  date_->SetValue(when);
  time_->SetValue(when);
  duration_->SetValue(s.duration_minutes);
  wxString modality = wx(s.modality);
  for (const auto& m : modalities())
    if (m.id == s.modality) modality = wx(m.label);
  modality_->ChangeValue(modality);
  therapist_->ChangeValue(wx(s.therapist));
  pain_before_->SetSelection(s.pain_before ? *s.pain_before + 1 : 0);
  pain_after_->SetSelection(s.pain_after ? *s.pain_after + 1 : 0);
  const std::string* texts[] = {&s.soap.subjective, &s.soap.objective, &s.soap.assessment,
                                &s.soap.plan};
  for (int i = 0; i < 4; ++i) soap_[i]->ChangeValue(wx(*texts[i]));
  showing_ = false;
}

storage::SessionDocument SessionFrame::collect() const {
  storage::SessionDocument d;
  d.session = base_.session;
  Session& s = d.session;
  const wxDateTime day = date_->GetValue();
  const wxDateTime clock = time_->GetValue();
  if (day.IsValid() && clock.IsValid()) {
    const auto text = wxString::Format("%04d-%02d-%02d %02d:%02d", day.GetYear(),
                                       static_cast<int>(day.GetMonth()) + 1, day.GetDay(),
                                       clock.GetHour(), clock.GetMinute());
    if (const auto t = parse_timestamp(utf8(text))) {
      // Keep the seconds of the stored time when the minute is unchanged.
      if (*t != std::chrono::floor<std::chrono::minutes>(s.started_at)) s.started_at = *t;
    }
  }
  s.duration_minutes = duration_->GetValue();
  const std::string modality = utf8(modality_->GetValue());
  s.modality = modality;
  for (const auto& m : modalities())
    if (m.label == modality) s.modality = std::string(m.id);
  s.therapist = utf8(therapist_->GetValue());
  auto pain = [](const wxChoice* c) -> std::optional<int> {
    const int i = c->GetSelection();
    return i <= 0 ? std::nullopt : std::optional<int>(i - 1);
  };
  s.pain_before = pain(pain_before_);
  s.pain_after = pain(pain_after_);
  s.soap.subjective = utf8(soap_[0]->GetValue());
  s.soap.objective = utf8(soap_[1]->GetValue());
  s.soap.assessment = utf8(soap_[2]->GetValue());
  s.soap.plan = utf8(soap_[3]->GetValue());
  d.marks = editor_.marks();
  return d;
}

// ---- signed state, signing, amendments --------------------------------------------------------

void SessionFrame::apply_signed_state() {
  const bool locked = is_signed();
  for (auto* t : soap_) t->SetEditable(!locked);
  therapist_->SetEditable(!locked);
  for (wxWindow* w : std::initializer_list<wxWindow*>{date_, time_, duration_, modality_,
                                                      pain_before_, pain_after_})
    w->Enable(!locked);
  canvas_->set_read_only(locked);
  sync_chart_panels();
  if (locked) {
    status_chip_->SetLabel(wxString::Format(
        "Signed by %s on %s — locked; add amendments instead", wx(base_.session.signed_by),
        wx(clinic_.date_time(base_.session.signed_at.value_or(base_.session.updated_at)))));
    status_chip_->SetForegroundColour(wxColour(0x1B, 0x5E, 0x20));
    if (!amendments_) {
      amendments_ = new AmendmentsPanel(side_book_, clinic_, session_id());
      side_book_->AddPage(amendments_, "Amendments");
    }
  } else {
    status_chip_->SetLabel("Draft");
    status_chip_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  }
  status_chip_->GetParent()->Layout();
  if (GetStatusBar())
    SetStatusText(locked ? wxString("Signed — read only") : wxString("Draft — editable"), 1);
}

template <typename F>
void SessionFrame::guarded(const wxString& what, F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    show_error(this, what, e);
  }
}

}  // namespace myochart::gui
