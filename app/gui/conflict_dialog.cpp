#include "gui/conflict_dialog.h"

#include <wx/button.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace myochart::gui {

ConflictDialog::ConflictDialog(wxWindow* parent, const wxString& what,
                               const std::vector<ConflictRow>& rows, const wxBitmap& my_picture,
                               const wxBitmap& saved_picture)
    : wxDialog(parent, wxID_ANY, "Changed elsewhere", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
  SetName("conflict_dialog");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* intro = new wxStaticText(
      this, wxID_ANY,
      what +
          " was changed in another window or on another workstation after you opened it.\n"
          "Nothing was overwritten. Compare the two versions and choose which one to keep.");
  sizer->Add(intro, 0, wxALL, FromDIP(12));

  auto* scroll = new wxScrolledWindow(this, wxID_ANY);
  scroll->SetScrollRate(0, FromDIP(10));
  auto* grid = new wxFlexGridSizer(3, wxSize(FromDIP(10), FromDIP(8)));
  grid->AddGrowableCol(1, 1);
  grid->AddGrowableCol(2, 1);
  auto bold = [&](const wxString& text) {
    auto* t = new wxStaticText(scroll, wxID_ANY, text);
    t->SetFont(t->GetFont().Bold());
    return t;
  };
  grid->Add(bold(""));
  grid->Add(bold("Your version (not saved)"));
  grid->Add(bold("Saved version"));
  auto text = [&](const wxString& value, const wxString& name) {
    const int lines = std::clamp(
        2 + static_cast<int>(value.Freq('\n')) + static_cast<int>(value.length() / 45), 3, 10);
    auto* t = new wxTextCtrl(scroll, wxID_ANY, value, wxDefaultPosition,
                             wxSize(FromDIP(300), FromDIP(12 + 18 * lines)),
                             wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    t->SetName(name);
    return t;
  };
  for (const auto& row : rows) {
    grid->Add(new wxStaticText(scroll, wxID_ANY, row.label), 0, wxALIGN_TOP | wxTOP, FromDIP(4));
    grid->Add(text(row.mine, "mine"), 1, wxEXPAND);
    grid->Add(text(row.theirs, "theirs"), 1, wxEXPAND);
  }
  if (my_picture.IsOk() && saved_picture.IsOk()) {
    grid->Add(new wxStaticText(scroll, wxID_ANY, "Chart"), 0, wxALIGN_TOP);
    grid->Add(new wxStaticBitmap(scroll, wxID_ANY, my_picture), 0, wxALIGN_CENTER_HORIZONTAL);
    grid->Add(new wxStaticBitmap(scroll, wxID_ANY, saved_picture), 0, wxALIGN_CENTER_HORIZONTAL);
  }
  scroll->SetSizer(grid);
  scroll->FitInside();
  const wxSize best = grid->CalcMin();
  scroll->SetMinSize(wxSize(std::min(best.x + FromDIP(20), FromDIP(900)),
                            std::min(best.y + FromDIP(10), FromDIP(520))));
  sizer->Add(scroll, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* later = new wxButton(this, wxID_CANCEL, "Decide later");
  auto* theirs = new wxButton(this, wxID_NO, "Use the saved version");
  auto* mine = new wxButton(this, wxID_YES, "Keep my version");
  buttons->Add(later);
  buttons->AddStretchSpacer();
  buttons->Add(theirs, 0, wxRIGHT, FromDIP(8));
  buttons->Add(mine);
  sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(12));
  mine->SetDefault();
  Bind(
      wxEVT_BUTTON,
      [this](wxCommandEvent&) {
        choice_ = ConflictChoice::kKeepMine;
        EndModal(wxID_YES);
      },
      wxID_YES);
  Bind(
      wxEVT_BUTTON,
      [this](wxCommandEvent&) {
        choice_ = ConflictChoice::kTakeSaved;
        EndModal(wxID_NO);
      },
      wxID_NO);
  SetSizerAndFit(sizer);
  CentreOnParent();
}

}  // namespace myochart::gui
