#include "gui/plugins_dialog.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include "gui/errors_ui.h"
#include "gui/wx_text.h"

namespace myochart::gui {

namespace {

enum Column { kName, kId, kVersion, kOrigin, kState, kNote };

wxString state_words(plugin::PluginState s) {
  switch (s) {
    case plugin::PluginState::kActive:
      return "Active";
    case plugin::PluginState::kDisabled:
      return "Disabled";
    case plugin::PluginState::kRefused:
      return "Refused";
  }
  return "Refused";
}

wxString sentence(std::string text) {
  if (text.empty()) return {};
  wxString s = wx(text);
  s[0] = wxToupper(s[0]);
  if (!s.EndsWith(".")) s += ".";
  return s;
}

}  // namespace

wxString origin_words(plugin::PluginOrigin origin) {
  switch (origin) {
    case plugin::PluginOrigin::kBundled:
      return "Bundled with MyoChart";
    case plugin::PluginOrigin::kUser:
      return "Your plugins folder";
    case plugin::PluginOrigin::kEnvironment:
      return "MYOCHART_PLUGIN_PATH";
  }
  return {};
}

PluginsDialog::PluginsDialog(wxWindow* parent, Clinic& clinic)
    : wxDialog(parent, wxID_ANY, "Plugins", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      clinic_(clinic) {
  SetName("plugins_dialog");
  const int gap = FromDIP(8);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* intro = new wxStaticText(
      this, wxID_ANY,
      "Plugins add clinical tools to MyoChart: trigger points, posture assessment, home-care "
      "sheets. Plugins that come with MyoChart are on unless you turn them off; plugins you add "
      "yourself stay off until you enable them.");
  intro->Wrap(FromDIP(760));
  sizer->Add(intro, 0, wxALL, gap * 2);

  list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(800, 170)),
                         wxLC_REPORT | wxLC_SINGLE_SEL);
  list_->SetName("plugin_list");
  list_->AppendColumn("Plugin", wxLIST_FORMAT_LEFT, FromDIP(150));
  list_->AppendColumn("Id", wxLIST_FORMAT_LEFT, FromDIP(110));
  list_->AppendColumn("Version", wxLIST_FORMAT_LEFT, FromDIP(70));
  list_->AppendColumn("Origin", wxLIST_FORMAT_LEFT, FromDIP(160));
  list_->AppendColumn("State", wxLIST_FORMAT_LEFT, FromDIP(80));
  list_->AppendColumn("At the next start", wxLIST_FORMAT_LEFT, FromDIP(220));
  sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, gap * 2);

  details_ = new wxStaticText(this, wxID_ANY, "");
  details_->SetName("plugin_details");
  sizer->Add(details_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap * 2);
  problem_ = new wxStaticText(this, wxID_ANY, "");
  problem_->SetName("plugin_choice_status");
  sizer->Add(problem_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap * 2);

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  enable_ = new wxButton(this, wxID_ANY, "&Enable");
  enable_->SetName("enable_plugin");
  disable_ = new wxButton(this, wxID_ANY, "&Disable");
  disable_->SetName("disable_plugin");
  buttons->Add(enable_, 0, wxRIGHT, gap);
  buttons->Add(disable_, 0, wxRIGHT, gap * 2);
  auto* note = new wxStaticText(this, wxID_ANY,
                                "Enabling or disabling a plugin takes effect the next time "
                                "MyoChart starts.");
  note->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  buttons->Add(note, 1, wxALIGN_CENTER_VERTICAL);
  buttons->Add(new wxButton(this, wxID_CLOSE, "&Close"), 0, wxLEFT, gap);
  sizer->Add(buttons, 0, wxEXPAND | wxALL, gap * 2);
  SetSizerAndFit(sizer);
  SetEscapeId(wxID_CLOSE);
  SetAffirmativeId(wxID_CLOSE);

  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { show_selected(); });
  enable_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { set_selected_enabled(true); });
  disable_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { set_selected_enabled(false); });

  fill();
  if (list_->GetItemCount() > 0)
    list_->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  show_selected();
  CentreOnParent();
}

bool PluginsDialog::enabled_next(const plugin::PluginRecord& r) const {
  if (auto it = changed_.find(r.id); it != changed_.end()) return it->second;
  return r.enabled;
}

void PluginsDialog::fill() {
  const long keep = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  list_->DeleteAllItems();
  long row = 0;
  for (const auto& r : clinic_.plugins().plugins()) {
    list_->InsertItem(row, wx(r.name.empty() ? r.id : r.name));
    list_->SetItem(row, kId, wx(r.id));
    list_->SetItem(row, kVersion, r.version.empty() ? wxString("—") : wx(r.version));
    list_->SetItem(row, kOrigin, origin_words(r.origin));
    list_->SetItem(row, kState, state_words(r.state));
    const bool on = enabled_next(r);
    wxString next = on ? "On" : "Off";
    if (r.state == plugin::PluginState::kRefused && on)
      next = "On, if it can be used then";
    else if ((r.state == plugin::PluginState::kActive) != on)
      next += " (changed just now)";
    list_->SetItem(row, kNote, next);
    if (r.state == plugin::PluginState::kRefused)
      list_->SetItemTextColour(row, wxColour(0xB0, 0x00, 0x20));
    else if (r.state == plugin::PluginState::kDisabled)
      list_->SetItemTextColour(row, wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    ++row;
  }
  if (keep >= 0 && keep < list_->GetItemCount())
    list_->SetItemState(keep, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
}

const plugin::PluginRecord* PluginsDialog::selected() const {
  const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  const auto& all = clinic_.plugins().plugins();
  if (row < 0 || static_cast<std::size_t>(row) >= all.size()) return nullptr;
  return &all[static_cast<std::size_t>(row)];
}

bool PluginsDialog::select(const std::string& id) {
  const auto& all = clinic_.plugins().plugins();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i].id == id) {
      list_->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                          wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
      list_->EnsureVisible(static_cast<long>(i));
      show_selected();
      return true;
    }
  return false;
}

void PluginsDialog::show_selected() {
  const plugin::PluginRecord* r = selected();
  enable_->Enable(r && !enabled_next(*r));
  disable_->Enable(r && enabled_next(*r));
  if (!r) {
    details_->SetLabel("No plugins were found.");
    Layout();
    return;
  }
  wxString text = wx(r->name.empty() ? r->id : r->name);
  if (!r->version.empty()) text += " " + wx(r->version);
  if (!r->author.empty()) text += ", by " + wx(r->author);
  text += "\n";
  if (!r->description.empty()) text += wx(r->description) + "\n";
  text += "State: " + state_words(r->state);
  if (!r->reason.empty()) text += " — " + sentence(r->reason);
  text += "\nFound in: " + origin_words(r->origin) + " (" + wx(r->file.string()) + ")";
  if (!r->contributions.empty()) {
    text += "\nAdds: ";
    for (std::size_t i = 0; i < r->contributions.size(); ++i)
      text += (i ? "; " : "") + wx(r->contributions[i]);
  } else if (r->state != plugin::PluginState::kActive) {
    text += "\nWhat it adds is known once it runs.";
  }
  details_->SetLabel(text);
  details_->Wrap(list_->GetSize().x);
  Layout();
}

bool PluginsDialog::set_selected_enabled(bool enabled) {
  const plugin::PluginRecord* r = selected();
  if (!r) return false;
  const std::string id = r->id;
  try {
    clinic_.plugins().set_enabled(id, enabled);
  } catch (const std::exception& e) {
    problem_->SetForegroundColour(wxColour(0xB0, 0x00, 0x20));
    problem_->SetLabel("Could not store the choice: " + describe_error(e));
    Layout();
    return false;
  }
  problem_->SetForegroundColour(wxColour(0x1B, 0x5E, 0x20));
  problem_->SetLabel(wxString::Format("%s will be %s the next time MyoChart starts.",
                                      wx(r->name.empty() ? id : r->name),
                                      enabled ? "enabled" : "disabled"));
  changed_[id] = enabled;
  fill();
  select(id);
  return true;
}

}  // namespace myochart::gui
