#pragma once
// New client, or a client's details edited: intake (name, birth date, contact, address,
// emergency contact, physician, referral, notes). Saving over details changed elsewhere shows
// both versions (conflict_dialog.h).
#include <wx/checkbox.h>
#include <wx/textctrl.h>

#include "gui/clinic.h"
#include "gui/record_dialog.h"

namespace myochart::gui {

class ClientDialog : public RecordDialog {
 public:
  /// `client` with id 0 for a new client.
  ClientDialog(wxWindow* parent, Clinic& clinic, Client client);
  /// The saved client (after wxID_OK).
  const Client& client() const { return client_; }

  /// Sets a field's text by core's field name (tests fill the real dialog this way too).
  void set_text(const std::string& field_name, const wxString& value);

 private:
  bool save() override;
  Client collect() const;
  void fill(const Client& c);
  wxTextCtrl* text(const std::string& name) const;

  Clinic& clinic_;
  Client client_;
  wxCheckBox* family_first_ = nullptr;
  wxDatePickerCtrl* born_ = nullptr;
};

/// Field-by-field differences of two versions of a client, for the conflict dialog.
std::vector<struct ConflictRow> client_differences(const Client& mine, const Client& saved);

}  // namespace myochart::gui
