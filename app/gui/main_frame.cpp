#include "gui/main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/artprov.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/toolbar.h>

#include "gui/app_config.h"
#include "gui/client_dialog.h"
#include "gui/client_list_panel.h"
#include "gui/client_record_panel.h"
#include "gui/errors_ui.h"
#include "gui/plugins_dialog.h"
#include "gui/session_frame.h"
#include "gui/settings_dialog.h"
#include "gui/wx_text.h"

namespace myochart::gui {

namespace {

enum MenuId {
  kNewClient = wxID_HIGHEST + 100,
  kEditClient,
  kNewSession,
  kFindClient,
  kSettings,
  kShortcuts,
  kPlugins,
};

constexpr const char* kShortcutsText =
    "Main window\n"
    "  Ctrl+F   find a client (type to search; Down to the list; Enter opens)\n"
    "  Ctrl+N   new client          Ctrl+E   edit the client's details\n"
    "  Ctrl+Shift+N   new session for the open client\n"
    "  Ctrl+,   settings            Ctrl+Q   quit\n\n"
    "Session window\n"
    "  Ctrl+S   save now (MyoChart also saves as you type)\n"
    "  Ctrl+Z / Ctrl+Y   undo / redo a chart edit\n"
    "  Ctrl+1…4   anterior, posterior, left, right view\n"
    "  Ctrl+= / Ctrl+- / Ctrl+0   zoom in, out, whole body\n"
    "  Ctrl+P   print the report    Ctrl+Shift+P   print preview\n"
    "  Ctrl+Shift+E   export the report as PDF\n"
    "  Ctrl+Shift+L   sign and lock    Ctrl+Shift+A   add an amendment\n"
    "  Ctrl+W   close\n\n"
    "On the chart (click it first)\n"
    "  V P A F   select, point, area, freehand tool\n"
    "  1…7   mark kind      Delete   delete the selected mark\n"
    "  arrows   move the selected mark, or a cursor; Enter places a point there\n"
    "  + - 0   zoom          Escape   cancel";

}  // namespace

MainFrame::MainFrame(Clinic& clinic)
    : wxFrame(nullptr, wxID_ANY, "MyoChart", wxDefaultPosition, wxSize(1200, 800)),
      clinic_(clinic) {
  SetName("main_frame");
  build_menus();
  build_toolbar();
  CreateStatusBar();
  SetStatusText(wx(clinic_.file().string()));

  auto* root = new wxPanel(this);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  recovery_ = new MessageBar(root);
  recovery_->SetName("recovery_bar");
  sizer->Add(recovery_, 0, wxEXPAND);
  plugin_bar_ = new MessageBar(root);
  plugin_bar_->SetName("plugin_notices");
  sizer->Add(plugin_bar_, 0, wxEXPAND);
  split_ = new wxSplitterWindow(root, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxSP_LIVE_UPDATE | wxSP_3DSASH);
  split_->SetMinimumPaneSize(FromDIP(260));
  list_ = new ClientListPanel(split_, clinic_);
  right_ = new wxSimplebook(split_);
  auto* welcome = new wxPanel(right_);
  auto* ws = new wxBoxSizer(wxVERTICAL);
  auto* hello = new wxStaticText(welcome, wxID_ANY,
                                 "Choose a client on the left, or add one with Client › New client "
                                 "(Ctrl+N).\nType a few letters of a name, a phone number or an "
                                 "e-mail to find someone.");
  hello->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  ws->AddStretchSpacer();
  ws->Add(hello, 0, wxALIGN_CENTER);
  ws->AddStretchSpacer();
  welcome->SetSizer(ws);
  right_->AddPage(welcome, "", true);
  split_->SplitVertically(list_, right_, app_config::read_int("/Layout/main/sash", FromDIP(560)));
  sizer->Add(split_, 1, wxEXPAND);
  root->SetSizer(sizer);

  list_->on_open = [this](Id id) { open_client(id); };
  list_->on_first_results = [this] {
    if (on_ready) on_ready();
  };
  recovery_->Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { open_recovered_edits(); }, wxID_OPEN);
  recovery_->Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { discard_recovered_edits(); }, wxID_DELETE);
  plugin_bar_->Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { show_plugins(); }, wxID_PREFERENCES);
  plugin_bar_->Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { plugin_bar_->dismiss(); }, wxID_CLOSE);
  Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);

  app_config::remember_layout(*this, "main");
  list_->focus_search();
}

MainFrame::~MainFrame() = default;

ClientRecordPanel* MainFrame::record() {
  if (!record_) {
    // A few dozen controls nobody sees until a client is opened: made then, not at start-up.
    record_ = new ClientRecordPanel(right_, clinic_);
    right_->AddPage(record_, "");
    record_->on_open_session = [this](Id id) { open_session(id); };
    record_->on_new_session = [this] { new_session(); };
    record_->on_edit_client = [this] { edit_client(); };
  }
  return record_;
}

void MainFrame::build_menus() {
  auto* file = new wxMenu;
  file->Append(kSettings, "&Settings…\tCtrl+,",
               "Clinic name, address, logo, therapist, units, dates");
  file->AppendSeparator();
  file->Append(wxID_EXIT, "&Quit\tCtrl+Q");
  auto* client = new wxMenu;
  client->Append(kFindClient, "&Find a client\tCtrl+F");
  client->Append(kNewClient, "&New client…\tCtrl+N");
  client->Append(kEditClient, "&Edit details…\tCtrl+E");
  client->AppendSeparator();
  client->Append(kNewSession, "New &session\tCtrl+Shift+N");
  auto* tools = new wxMenu;
  tools->Append(kPlugins, "&Plugins…", "The plugins MyoChart found; enable or disable them");
  auto* help = new wxMenu;
  help->Append(kShortcuts, "&Keyboard shortcuts\tF1");
  help->Append(wxID_ABOUT, "&About MyoChart");
  auto* bar = new wxMenuBar;
  bar->Append(file, "&File");
  bar->Append(client, "&Client");
  bar->Append(tools, "&Tools");
  bar->Append(help, "&Help");
  SetMenuBar(bar);

  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { show_settings(); }, kSettings);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { show_plugins(); }, kPlugins);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { list_->focus_search(); }, kFindClient);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { new_client(); }, kNewClient);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { edit_client(); }, kEditClient);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { new_session(); }, kNewSession);
  auto need_client = [this](wxUpdateUIEvent& e) { e.Enable(record_ && record_->client_id() != 0); };
  Bind(wxEVT_UPDATE_UI, need_client, kEditClient);
  Bind(wxEVT_UPDATE_UI, need_client, kNewSession);
  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent&) { wxMessageBox(kShortcutsText, "Keyboard shortcuts", wxOK, this); },
      kShortcuts);
  Bind(
      wxEVT_MENU,
      [](wxCommandEvent&) {
        wxAboutDialogInfo info;
        info.SetName("MyoChart");
        info.SetVersion(MYOCHART_VERSION);
        info.SetDescription(
            "Practice management for massage therapists: client records, SOAP "
            "sessions and body charts.");
        wxAboutBox(info);
      },
      wxID_ABOUT);
}

void MainFrame::build_toolbar() {
  auto* tb = CreateToolBar(wxTB_HORIZONTAL | wxTB_TEXT | wxTB_FLAT);
  const wxSize size(24, 24);
  tb->AddTool(kNewClient, "New client",
              wxArtProvider::GetBitmapBundle("contact-new", wxART_TOOLBAR, size),
              "Add a client (Ctrl+N)");
  tb->AddTool(kNewSession, "New session",
              wxArtProvider::GetBitmapBundle(wxART_NEW, wxART_TOOLBAR, size),
              "Start a session for the open client (Ctrl+Shift+N)");
  tb->AddTool(kEditClient, "Edit details",
              wxArtProvider::GetBitmapBundle(wxART_EDIT, wxART_TOOLBAR, size),
              "Edit the open client's details (Ctrl+E)");
  tb->AddSeparator();
  tb->AddTool(kFindClient, "Find", wxArtProvider::GetBitmapBundle(wxART_FIND, wxART_TOOLBAR, size),
              "Find a client (Ctrl+F)");
  tb->AddTool(kSettings, "Settings",
              wxArtProvider::GetBitmapBundle("preferences-system", wxART_TOOLBAR, size),
              "Clinic settings (Ctrl+,)");
  tb->Realize();
}

template <typename F>
void MainFrame::guarded(const wxString& what, F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    show_error(this, what, e);
  }
}

void MainFrame::open_client(Id client) {
  guarded("Could not open the client", [&] {
    record()->show_client(client);
    right_->SetSelection(static_cast<std::size_t>(right_->FindPage(record_)));
    app_config::remember_client(clinic_.file(), client);
    list_->refresh_recent();
  });
}

Id MainFrame::new_client() {
  Id id = 0;
  guarded("Could not add the client", [&] {
    ClientDialog dlg(this, clinic_, Client{});
    if (dlg.ShowModal() != wxID_OK) return;
    id = dlg.client().id;
    open_client(id);
  });
  return id;
}

void MainFrame::edit_client() {
  if (!record_ || record_->client_id() == 0) return;
  guarded("Could not edit the client", [&] {
    ClientDialog dlg(this, clinic_, clinic_.clients().get(record_->client_id()));
    dlg.ShowModal();
    record_->reload();
  });
}

SessionFrame* MainFrame::new_session() {
  if (!record_ || record_->client_id() == 0) return nullptr;
  SessionFrame* frame = nullptr;
  guarded("Could not start the session", [&] {
    Session s;
    s.client_id = record_->client_id();
    s.therapist = clinic_.therapist();
    s.started_at = std::chrono::floor<std::chrono::minutes>(now());
    // Most clients keep their modality from one session to the next.
    if (!record_->record().sessions.empty()) {
      s.modality = record_->record().sessions.front().modality;
      s.duration_minutes = record_->record().sessions.front().duration_minutes;
    }
    storage::WriteTransaction tx(clinic_.db());
    clinic_.sessions().add(tx, s);
    tx.commit();
    clinic_.notify({Change::What::kSession, s.client_id, s.id});
    frame = open_session(s.id);
  });
  return frame;
}

SessionFrame* MainFrame::open_session(Id session, std::optional<io::JournalEntry> recovered) {
  if (auto it = sessions_.find(session); it != sessions_.end()) {
    it->second->Raise();
    it->second->SetFocus();
    return it->second;
  }
  SessionFrame* frame = nullptr;
  guarded("Could not open the session", [&] {
    frame = new SessionFrame(this, clinic_, session, std::move(recovered));
    sessions_[session] = frame;
    frame->Bind(wxEVT_DESTROY, [this, session, frame](wxWindowDestroyEvent& e) {
      if (e.GetEventObject() == frame) sessions_.erase(session);
      e.Skip();
    });
    frame->Show();
    frame->soap_field('S')->SetFocus();
    show_plugin_notices();  // when the session window did not show them itself
  });
  return frame;
}

void MainFrame::show_settings() {
  guarded("Could not change the settings", [&] {
    SettingsDialog dlg(this, clinic_);
    dlg.ShowModal();
  });
}

void MainFrame::show_plugins() {
  guarded("Could not show the plugins", [&] {
    PluginsDialog dlg(this, clinic_);
    show_plugin_notices();
    dlg.ShowModal();
  });
}

void MainFrame::show_plugin_notices() {
  const auto notices = clinic_.take_plugin_notices();
  if (notices.empty()) return;
  wxString text;
  for (const auto& n : notices) text += (text.empty() ? "" : "\n") + wx(n);
  plugin_bar_->show_message(text, {{wxID_PREFERENCES, "Plugins…"}, {wxID_CLOSE, "Dismiss"}});
}

void MainFrame::offer_recovered_edits() {
  try {
    recovered_ = clinic_.journal().entries();
  } catch (const std::exception&) {
    recovered_.clear();
  }
  if (recovered_.empty()) return;
  recovery_->show_message(
      wxString::Format("MyoChart kept unsaved edits of %zu session%s from %s, when it last "
                       "stopped without saving them. Open them to review and save.",
                       recovered_.size(), recovered_.size() == 1 ? "" : "s",
                       wx(clinic_.date_time(recovered_.back().written_at))),
      {{wxID_DELETE, "Discard them"}, {wxID_OPEN, "Open them"}});
}

void MainFrame::open_recovered_edits() {
  recovery_->dismiss();
  auto entries = std::move(recovered_);
  recovered_.clear();
  for (auto& e : entries) {
    const Id id = e.edited.session.id;
    open_session(id, std::move(e));
  }
}

void MainFrame::discard_recovered_edits() {
  wxMessageDialog ask(this,
                      "Discard the unsaved edits MyoChart kept? They cannot be recovered "
                      "afterwards.",
                      "Discard unsaved edits", wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
  ask.SetYesNoLabels("Discard", "Keep them");
  if (ask.ShowModal() != wxID_YES) return;
  for (const auto& e : recovered_) clinic_.journal().discard(e.edited.session.id);
  recovered_.clear();
  recovery_->dismiss();
}

void MainFrame::on_close(wxCloseEvent& e) {
  // Each session window saves as it closes; one that cannot (and is kept open) stops the quit.
  const auto open = sessions_;
  for (const auto& [id, frame] : open) {
    if (!frame->Close(!e.CanVeto()) && e.CanVeto()) {
      e.Veto();
      return;
    }
  }
  app_config::write_int("/Layout/main/sash", split_->GetSashPosition());
  Destroy();
}

}  // namespace myochart::gui
