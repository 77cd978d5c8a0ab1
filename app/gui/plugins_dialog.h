#pragma once
// Tools › Plugins…: every plugin MyoChart found, where it came from, whether it runs and why
// not, and what it adds; Enable and Disable store the therapist's choice in the clinic's
// database, which the plugin host applies the next time MyoChart starts (a library loaded now
// is never unloaded, and one that crashed is not loaded again to find out).
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include <map>
#include <string>

#include "gui/clinic.h"

class wxButton;

namespace myochart::gui {

class PluginsDialog : public wxDialog {
 public:
  PluginsDialog(wxWindow* parent, Clinic& clinic);

  // What tests look at and drive.
  wxListCtrl* list() { return list_; }
  /// Selects the row of a plugin id; false when it is not listed.
  bool select(const std::string& id);
  /// Stores the choice for the selected plugin (the Enable / Disable buttons). Returns false,
  /// with the reason shown, when it could not be stored.
  bool set_selected_enabled(bool enabled);
  wxString details() const { return details_->GetLabel(); }
  wxButton* enable_button() { return enable_; }
  wxButton* disable_button() { return disable_; }

 private:
  void fill();
  void show_selected();
  /// The stored choice: what the plugin will be at the next start.
  bool enabled_next(const plugin::PluginRecord& r) const;
  const plugin::PluginRecord* selected() const;

  Clinic& clinic_;
  std::map<std::string, bool> changed_;  ///< choices stored while the dialog is open
  wxListCtrl* list_ = nullptr;
  wxStaticText* details_ = nullptr;
  wxStaticText* problem_ = nullptr;
  wxButton* enable_ = nullptr;
  wxButton* disable_ = nullptr;
};

/// The words for where a plugin was found ("Bundled with MyoChart").
wxString origin_words(plugin::PluginOrigin origin);

}  // namespace myochart::gui
