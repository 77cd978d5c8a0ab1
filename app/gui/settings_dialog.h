#pragma once
// Clinic settings: name, address, logo, therapist, units and date format. Kept in the database
// (every workstation of the clinic shows the same), unlike the window layout, which wxConfig
// keeps per workstation (app_config.h).
#include <wx/choice.h>
#include <wx/radiobox.h>
#include <wx/statbmp.h>
#include <wx/textctrl.h>

#include "gui/clinic.h"
#include "gui/record_dialog.h"

namespace myochart::gui {

class SettingsDialog : public RecordDialog {
 public:
  SettingsDialog(wxWindow* parent, Clinic& clinic);

  /// Reads a logo file into the dialog (the "Choose…" button asks for the file).
  void choose_logo(const std::filesystem::path& file);

 private:
  bool save() override;
  void show_logo();
  Clinic& clinic_;
  ClinicSettings settings_;
  wxTextCtrl *name_, *address_, *therapist_;
  wxStaticBitmap* logo_;
  wxStaticText* no_logo_;
  wxRadioBox* units_;
  wxChoice* date_style_;
};

}  // namespace myochart::gui
