#include "gui/amendments_panel.h"

#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/sizer.h>

#include "gui/errors_ui.h"
#include "gui/wx_text.h"

namespace myochart::gui {

AmendmentDialog::AmendmentDialog(wxWindow* parent, Clinic& clinic, Id session)
    : RecordDialog(parent, "Add an amendment"), clinic_(clinic) {
  SetName("amendment_dialog");
  amendment_.session_id = session;
  auto* body = new wxBoxSizer(wxVERTICAL);
  body->Add(new wxStaticText(this, wxID_ANY,
                             "The signed note stays as it was. The amendment is added below it, "
                             "with your name, the time and the reason,\nand cannot be changed "
                             "or removed afterwards."),
            0, wxBOTTOM, FromDIP(10));
  auto* grid = make_grid();
  const wxString reasons[] = {"Late entry", "Correction", "Addendum", "Client follow-up"};
  reason_ = add(grid, "reason", "Reason",
                new wxComboBox(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(320, -1)),
                               std::size(reasons), reasons));
  text_ = add(grid, "text", "Amendment",
              new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(420, 160)),
                             wxTE_MULTILINE));
  author_ = add(grid, "author", "Author", new wxTextCtrl(this, wxID_ANY, wx(clinic_.therapist())));
  grid->AddGrowableRow(1, 1);
  body->Add(grid, 1, wxEXPAND);
  finish(body, "Add amendment");
  reason_->SetFocus();
}

bool AmendmentDialog::save() {
  storage::Amendment a = amendment_;
  a.reason = utf8(reason_->GetValue());
  a.text = utf8(text_->GetValue());
  a.author = utf8(author_->GetValue());
  storage::WriteTransaction tx(clinic_.db());
  storage::Amendments(clinic_.db()).add(tx, a);
  tx.commit();
  amendment_ = a;
  return true;
}

AmendmentsPanel::AmendmentsPanel(wxWindow* parent, Clinic& clinic, Id session)
    : wxPanel(parent, wxID_ANY), clinic_(clinic), session_(session) {
  SetName("amendments");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 120)),
                         wxLC_REPORT | wxLC_SINGLE_SEL);
  list_->SetName("amendment_list");
  list_->AppendColumn("When", wxLIST_FORMAT_LEFT, FromDIP(140));
  list_->AppendColumn("Author", wxLIST_FORMAT_LEFT, FromDIP(120));
  list_->AppendColumn("Reason", wxLIST_FORMAT_LEFT, FromDIP(200));
  sizer->Add(list_, 0, wxEXPAND | wxALL, FromDIP(8));
  text_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                         wxTE_MULTILINE | wxTE_READONLY);
  sizer->Add(text_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
  auto* add = new wxButton(this, wxID_ANY, "Add amendment…");
  add->SetName("add_amendment");
  sizer->Add(add, 0, wxALL, FromDIP(8));
  SetSizer(sizer);
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_amendment(); });
  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { show_selected(); });
  reload();
}

void AmendmentsPanel::reload() {
  try {
    amendments_ = storage::Amendments(clinic_.db()).list_for_session(session_);
  } catch (const std::exception& e) {
    show_error(this, "Could not read the amendments", e);
    return;
  }
  list_->DeleteAllItems();
  for (const auto& a : amendments_) {
    const long row = list_->InsertItem(list_->GetItemCount(), wx(clinic_.date_time(a.created_at)));
    list_->SetItem(row, 1, wx(a.author));
    list_->SetItem(row, 2, wx(a.reason));
  }
  if (!amendments_.empty()) {
    const long last = static_cast<long>(amendments_.size()) - 1;
    list_->SetItemState(last, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  } else {
    text_->SetValue("No amendments. The note above is as it was signed.");
  }
  show_selected();
}

void AmendmentsPanel::show_selected() {
  const long i = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (i < 0 || static_cast<std::size_t>(i) >= amendments_.size()) return;
  const auto& a = amendments_[static_cast<std::size_t>(i)];
  text_->SetValue(wx(a.text));
}

bool AmendmentsPanel::add_amendment() {
  AmendmentDialog dlg(this, clinic_, session_);
  if (dlg.ShowModal() != wxID_OK) return false;
  reload();
  return true;
}

}  // namespace myochart::gui
