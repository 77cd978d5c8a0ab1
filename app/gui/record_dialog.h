#pragma once
// The shape every edit dialog of a record shares: labelled fields registered under the field
// names core's validation uses, so that a refused value is reported in words inside the dialog,
// next to the field it names, which gets the focus. A save that fails keeps the dialog open
// with everything typed in it.
#include <wx/datectrl.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <map>
#include <optional>
#include <string>

#include "myochart/time.h"

namespace myochart::gui {

class RecordDialog : public wxDialog {
 public:
  RecordDialog(wxWindow* parent, const wxString& title);

  /// The words shown for the last refused save; empty when none.
  wxString problem() const;
  /// The control registered under a core field name, or null.
  wxWindow* field(const std::string& name) const;

 protected:
  /// Adds a labelled field in `grid` (a 2-column wxFlexGridSizer) under core's field name.
  template <typename Control>
  Control* add(wxSizer* grid, const std::string& name, const wxString& label, Control* control) {
    grid->Add(new wxStaticText(control->GetParent(), wxID_ANY, label), 0,
              wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    grid->Add(control, 1, wxEXPAND);
    control->SetName(wxString::FromUTF8(name));
    fields_[name] = control;
    if (!label.empty()) labels_[name] = label;
    return control;
  }
  /// Registers a control placed by hand under core's field name.
  void register_field(const std::string& name, wxWindow* control) {
    control->SetName(wxString::FromUTF8(name));
    fields_[name] = control;
  }
  /// A two-column grid (labels, fields) whose fields stretch.
  static wxFlexGridSizer* make_grid();
  /// Finishes the layout: the problem line on top, `body`, then OK/Cancel.
  void finish(wxSizer* body, const wxString& ok_label);

  /// Writes the record; throws on failure (ValidationError, ConflictError, Error). Returns false
  /// to keep the dialog open without a problem to show (e.g. a conflict left for later).
  virtual bool save() = 0;

  /// Shows the words of a failure in the dialog and focuses the field it names, if any.
  void show_problem(const std::exception& e);

 private:
  void on_ok(wxCommandEvent&);
  wxStaticText* problem_ = nullptr;
  std::map<std::string, wxWindow*> fields_;
  std::map<std::string, wxString> labels_;  ///< what the dialog calls each field
};

std::optional<Date> picked_date(const wxDatePickerCtrl* picker);
void set_picked_date(wxDatePickerCtrl* picker, const std::optional<Date>& date);
/// A date picker that may be left empty.
wxDatePickerCtrl* make_date_picker(wxWindow* parent, bool optional);

}  // namespace myochart::gui
