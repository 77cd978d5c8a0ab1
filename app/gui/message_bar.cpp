#include "gui/message_bar.h"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/statbmp.h>

namespace myochart::gui {

MessageBar::MessageBar(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  SetBackgroundColour(wxColour(0xFF, 0xE8, 0xB0));
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  sizer->Add(new wxStaticBitmap(
                 this, wxID_ANY,
                 wxArtProvider::GetBitmapBundle(wxART_WARNING, wxART_MESSAGE_BOX, wxSize(24, 24))),
             0, wxALIGN_CENTER_VERTICAL | wxALL, FromDIP(8));
  label_ = new wxStaticText(this, wxID_ANY, "");
  label_->SetForegroundColour(wxColour(0x3D, 0x2A, 0x00));
  sizer->Add(label_, 1, wxALIGN_CENTER_VERTICAL | wxTOP | wxBOTTOM, FromDIP(8));
  buttons_ = new wxBoxSizer(wxHORIZONTAL);
  sizer->Add(buttons_, 0, wxALIGN_CENTER_VERTICAL | wxALL, FromDIP(6));
  SetSizer(sizer);
  Hide();
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    if (IsShown() && GetClientSize().x != wrapped_at_) CallAfter([this] { rewrap(); });
  });
}

void MessageBar::show_message(const wxString& text,
                              const std::vector<std::pair<wxWindowID, wxString>>& buttons) {
  text_ = text;
  buttons_->Clear(false);
  for (auto& [id, button] : made_) button->Hide();
  for (const auto& [id, label] : buttons) {
    wxButton*& b = made_[id];
    if (!b) b = new wxButton(this, id, label);
    b->SetLabel(label);
    b->Show();
    buttons_->Add(b, 0, wxLEFT, FromDIP(6));
  }
  Show();
  wrapped_at_ = 0;
  rewrap();
}

void MessageBar::dismiss() {
  if (!IsShown()) return;
  Hide();
  if (GetParent()) GetParent()->Layout();
}

void MessageBar::rewrap() {
  label_->SetLabel(text_);
  const int width = GetClientSize().x > 0 ? GetClientSize().x : GetParent()->GetClientSize().x;
  wrapped_at_ = width;
  const int room = width - buttons_->CalcMin().x - FromDIP(60);
  if (room > 100) label_->Wrap(room);
  if (GetParent()) GetParent()->Layout();
}

}  // namespace myochart::gui
