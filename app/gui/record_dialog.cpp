#include "gui/record_dialog.h"

#include <wx/button.h>

#include "gui/errors_ui.h"
#include "gui/wx_text.h"
#include "myochart/errors.h"

namespace myochart::gui {

RecordDialog::RecordDialog(wxWindow* parent, const wxString& title)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {}

wxFlexGridSizer* RecordDialog::make_grid() {
  auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
  grid->AddGrowableCol(1, 1);
  return grid;
}

void RecordDialog::finish(wxSizer* body, const wxString& ok_label) {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  problem_ = new wxStaticText(this, wxID_ANY, "");
  problem_->SetName("problem");
  problem_->SetForegroundColour(wxColour(0xB0, 0x1E, 0x1E));
  problem_->Hide();
  sizer->Add(problem_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
  sizer->Add(body, 1, wxEXPAND | wxALL, FromDIP(12));
  auto* buttons = new wxStdDialogButtonSizer();
  auto* ok = new wxButton(this, wxID_OK, ok_label);
  ok->SetDefault();
  buttons->AddButton(ok);
  buttons->AddButton(new wxButton(this, wxID_CANCEL));
  buttons->Realize();
  sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
  SetSizerAndFit(sizer);
  Bind(wxEVT_BUTTON, &RecordDialog::on_ok, this, wxID_OK);
  CentreOnParent();
}

wxString RecordDialog::problem() const {
  return problem_ && problem_->IsShown() ? problem_->GetLabel() : wxString();
}

wxWindow* RecordDialog::field(const std::string& name) const {
  auto it = fields_.find(name);
  return it == fields_.end() ? nullptr : it->second;
}

void RecordDialog::show_problem(const std::exception& e) {
  wxString words = describe_error(e);
  // Name the field as the dialog labels it: "E-mail: is not an e-mail address (...)".
  if (const auto* v = dynamic_cast<const ValidationError*>(&e)) {
    const std::string prefix = v->field() + ": ";
    const std::string message = e.what();
    if (auto it = labels_.find(v->field()); it != labels_.end() && message.rfind(prefix, 0) == 0)
      words = it->second + ": " + wx(message.substr(prefix.size())) +
              (message.back() == ')' ? "" : ".");
  }
  problem_->SetLabel(words);
  problem_->Wrap(GetClientSize().x - FromDIP(24));
  problem_->Show();
  if (const auto* v = dynamic_cast<const ValidationError*>(&e)) {
    // "given_name" and "and family_name are both empty" both name the first field.
    if (wxWindow* w = field(v->field())) w->SetFocus();
  }
  Layout();
  GetSizer()->SetSizeHints(this);
}

void RecordDialog::on_ok(wxCommandEvent&) {
  try {
    if (save()) EndModal(wxID_OK);
  } catch (const std::exception& e) {
    show_problem(e);
  }
}

std::optional<Date> picked_date(const wxDatePickerCtrl* picker) {
  const wxDateTime d = picker->GetValue();
  if (!d.IsValid()) return std::nullopt;
  return Date{std::chrono::year{d.GetYear()},
              std::chrono::month{static_cast<unsigned>(d.GetMonth()) + 1},
              std::chrono::day{static_cast<unsigned>(d.GetDay())}};
}

void set_picked_date(wxDatePickerCtrl* picker, const std::optional<Date>& date) {
  if (!date) {
    picker->SetValue(wxInvalidDateTime);
    return;
  }
  picker->SetValue(
      wxDateTime(static_cast<wxDateTime::wxDateTime_t>(static_cast<unsigned>(date->day())),
                 static_cast<wxDateTime::Month>(static_cast<unsigned>(date->month()) - 1),
                 static_cast<int>(date->year())));
}

wxDatePickerCtrl* make_date_picker(wxWindow* parent, bool optional) {
  long style = wxDP_DROPDOWN | wxDP_SHOWCENTURY;
  if (optional) style |= wxDP_ALLOWNONE;
  auto* picker = new wxDatePickerCtrl(parent, wxID_ANY, wxDefaultDateTime, wxDefaultPosition,
                                      wxDefaultSize, style);
  if (optional) picker->SetValue(wxInvalidDateTime);
  return picker;
}

}  // namespace myochart::gui
