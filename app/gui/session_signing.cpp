// The session editor's signing and amendments: a signed session is locked, and then only takes
// amendments (amendments_panel.h).
#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "gui/amendments_panel.h"
#include "gui/errors_ui.h"
#include "gui/session_frame.h"
#include "gui/wx_text.h"

namespace myochart::gui {

void SessionFrame::sign_dialog() {
  if (is_signed()) return;
  wxDialog dlg(this, wxID_ANY, "Sign and lock the session");
  dlg.SetName("sign_dialog");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(new wxStaticText(&dlg, wxID_ANY,
                              "Signing locks this note and its chart. Afterwards nothing in it can "
                              "change;\ncorrections are added as amendments, with author, time "
                              "and reason."),
             0, wxALL, FromDIP(12));
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(new wxStaticText(&dlg, wxID_ANY, "Signed by"), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
           FromDIP(8));
  auto* by = new wxTextCtrl(&dlg, wxID_ANY, wx(clinic_.therapist()), wxDefaultPosition,
                            FromDIP(wxSize(260, -1)));
  by->SetName("signed_by");
  row->Add(by, 1);
  sizer->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
  auto* buttons = new wxStdDialogButtonSizer();
  auto* ok = new wxButton(&dlg, wxID_OK, "Sign and lock");
  ok->SetDefault();
  buttons->AddButton(ok);
  buttons->AddButton(new wxButton(&dlg, wxID_CANCEL));
  buttons->Realize();
  sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(12));
  dlg.SetSizerAndFit(sizer);
  dlg.CentreOnParent();
  if (dlg.ShowModal() == wxID_OK) sign(utf8(by->GetValue()));
}

bool SessionFrame::sign(const std::string& by) {
  if (is_signed()) return true;
  if (!save_now()) {
    wxMessageBox(
        "The session has changes that could not be saved yet (see the message at the "
        "top of the window). Sign it once they are saved.",
        "Not signed", wxOK | wxICON_INFORMATION, this);
    return false;
  }
  try {
    storage::WriteTransaction tx(clinic_.db());
    clinic_.sessions().sign(tx, session_id(), base_.session.row_version, by);
    tx.commit();
    base_ = storage::load_session_document(clinic_.db(), session_id());
  } catch (const std::exception& e) {
    show_error(this, "The session was not signed", e);
    return false;
  }
  editor_.saved(base_.marks);
  apply_signed_state();
  side_book_->SetSelection(side_book_->FindPage(amendments_));
  clinic_.notify({Change::What::kSession, client_id(), session_id()});
  return true;
}

void SessionFrame::amend_dialog() {
  if (!is_signed() || !amendments_) return;
  side_book_->SetSelection(side_book_->FindPage(amendments_));
  if (amendments_->add_amendment())
    clinic_.notify({Change::What::kSession, client_id(), session_id()});
}

}  // namespace myochart::gui
