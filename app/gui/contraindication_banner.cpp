#include "gui/contraindication_banner.h"

#include <wx/artprov.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>

#include "gui/wx_text.h"
#include "myochart/chart/body_chart.h"

namespace myochart::gui {

wxString describe_contraindication(const Contraindication& c) {
  wxString kind = wx(c.kind);
  for (const auto& k : contraindication_kinds())
    if (k.id == c.kind) kind = wx(k.label);
  wxString severity;
  switch (c.severity) {
    case Severity::kCaution:
      severity = "caution";
      break;
    case Severity::kLocal:
      severity = "do not treat " +
                 (c.region_id.empty() ? wxString("the area")
                                      : wx(chart::BodyChart::standard().region_label(c.region_id)));
      break;
    case Severity::kTotal:
      severity = "do not treat";
      break;
  }
  wxString line = kind + " — " + severity;
  if (!c.description.empty()) line += ": " + wx(c.description);
  return line;
}

ContraindicationBanner::ContraindicationBanner(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  SetName("contraindication_banner");
  SetBackgroundColour(wxColour(0xFF, 0xF1, 0xC7));
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  auto* icon = new wxStaticBitmap(
      this, wxID_ANY,
      wxArtProvider::GetBitmapBundle(wxART_WARNING, wxART_MESSAGE_BOX, wxSize(24, 24)));
  sizer->Add(icon, 0, wxALIGN_TOP | wxALL, FromDIP(8));
  text_ = new wxStaticText(this, wxID_ANY, "");
  text_->SetForegroundColour(wxColour(0x4A, 0x32, 0x00));
  sizer->Add(text_, 1, wxEXPAND | wxTOP | wxBOTTOM | wxRIGHT, FromDIP(8));
  SetSizer(sizer);
  Hide();
  // Long flags wrap to the width there is, rather than running off the edge.
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    if (GetClientSize().x != wrapped_at_) CallAfter([this] { rewrap(); });
  });
}

void ContraindicationBanner::rewrap() {
  const int width = GetClientSize().x;
  if (width <= 0 || label_.empty()) return;
  wrapped_at_ = width;
  text_->SetLabel(label_);
  text_->Wrap(width - text_->GetPosition().x - FromDIP(10));
  if (GetParent()) GetParent()->Layout();
}

void ContraindicationBanner::show_for(const std::vector<Contraindication>& contraindications) {
  wxString lines;
  count_ = 0;
  bool total = false;
  for (const auto& c : contraindications) {
    if (!c.active) continue;
    ++count_;
    total = total || c.severity == Severity::kTotal;
    lines += (lines.empty() ? "" : "\n") + describe_contraindication(c);
  }
  if (count_ == 0) {
    Hide();
  } else {
    label_ = (count_ == 1 ? "Contraindication:\n" : "Contraindications:\n") + lines;
    text_->SetLabel(label_);
    wrapped_at_ = 0;
    // Do-not-treat flags stand out more than cautions.
    SetBackgroundColour(total ? wxColour(0xFD, 0xDE, 0xDC) : wxColour(0xFF, 0xF1, 0xC7));
    Show();
  }
  if (GetParent()) GetParent()->Layout();
  if (count_ > 0) rewrap();
}

wxString ContraindicationBanner::text() const {
  return IsShown() ? label_ : wxString();
}

}  // namespace myochart::gui
