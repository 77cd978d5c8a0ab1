#pragma once
// The amendments of a signed session: listed oldest first with author, time and reason, and
// added (never edited or removed) through AmendmentDialog.
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/textctrl.h>

#include "gui/clinic.h"
#include "gui/record_dialog.h"
#include "myochart/storage/amendments.h"

namespace myochart::gui {

class AmendmentDialog : public RecordDialog {
 public:
  AmendmentDialog(wxWindow* parent, Clinic& clinic, Id session);
  const storage::Amendment& amendment() const { return amendment_; }

  wxComboBox* reason() { return reason_; }
  wxTextCtrl* text() { return text_; }
  wxTextCtrl* author() { return author_; }

 private:
  bool save() override;
  Clinic& clinic_;
  storage::Amendment amendment_;
  wxComboBox* reason_;
  wxTextCtrl* text_;
  wxTextCtrl* author_;
};

class AmendmentsPanel : public wxPanel {
 public:
  AmendmentsPanel(wxWindow* parent, Clinic& clinic, Id session);
  void reload();
  /// Opens the amendment dialog; returns whether an amendment was added.
  bool add_amendment();
  const std::vector<storage::Amendment>& list() const { return amendments_; }

 private:
  void show_selected();
  Clinic& clinic_;
  Id session_;
  std::vector<storage::Amendment> amendments_;
  wxListCtrl* list_ = nullptr;
  wxTextCtrl* text_ = nullptr;
};

}  // namespace myochart::gui
