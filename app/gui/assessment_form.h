#pragma once
// A plugin's assessment form as controls, built from its declaration (plugin/forms.h) and
// nothing else: one scrolled page, a heading per section, and per field the quickest control
// for its type. Choices with few options (a cue's present / absent / left / right / not
// checked) and yes/no questions are a row of toggle buttons, one click (or Tab and Space)
// each, a second click clears; longer choices a drop-down; multi-choice a row of check boxes;
// numbers and angles a text entry with the unit and the plausible range beside it. Entries
// outside the range, or not numbers, are refused on the spot: the field says so in plain words
// and its value is not part of the answers until corrected. No dialogs.
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tglbtn.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "myochart/plugin/forms.h"

namespace myochart::gui {

class AssessmentFormView : public wxScrolledWindow {
 public:
  AssessmentFormView(wxWindow* parent, plugin::FormDefinition form);

  /// The answers as entered; fields not answered, or whose entry is refused, are left out.
  plugin::Answers answers() const;
  /// One sentence per refused entry, naming the field and what is accepted.
  std::vector<wxString> problems() const;
  /// Shows stored answers (unknown fields and values are ignored) without calling on_change.
  void show_answers(const plugin::Answers& answers);
  void set_read_only(bool read_only);
  const plugin::FormDefinition& form() const { return form_; }

  /// Called on every edit by the therapist.
  std::function<void()> on_change;

  /// The control of a field (a toggle or check box: of that option; "yes" / "no" for a
  /// boolean), for tests and focus. Null when there is none.
  wxWindow* control(const std::string& field_id, const std::string& option = "") const;
  /// The refusal shown under a field ("" when none).
  wxString problem(const std::string& field_id) const;

 private:
  struct Field {
    const plugin::FormField* def = nullptr;
    std::vector<std::pair<std::string, wxToggleButton*>> toggles{};  ///< value id, button
    wxChoice* choice = nullptr;
    wxTextCtrl* text = nullptr;
    std::vector<std::pair<std::string, wxCheckBox*>> checks{};
    wxStaticText* error = nullptr;
    wxString refused{};  ///< why the entry is refused, "" when it is accepted
  };
  void build();
  void add_field(wxWindow* parent, wxSizer* sizer, Field& f);
  void check_entry(Field& f);
  void changed();

  plugin::FormDefinition form_;
  std::vector<Field> fields_;
  bool showing_ = false;
  bool read_only_ = false;
};

/// "10–80°", "-10–10 cm": a field's range for people.
wxString range_words(const plugin::FormField& f);

}  // namespace myochart::gui
