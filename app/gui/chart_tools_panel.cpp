#include "gui/chart_tools_panel.h"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/dcmemory.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "gui/wx_text.h"

namespace myochart::gui {

namespace {

// A small swatch of a mark kind's colour for its palette button (window chrome, not chart).
wxBitmap swatch(wxWindow* w, const chart::MarkKind& kind) {
  const int size = w->FromDIP(12);
  wxBitmap bmp(size, size, 24);
  wxMemoryDC dc(bmp);
  dc.SetBackground(*wxWHITE_BRUSH);
  dc.Clear();
  const wxColour c(static_cast<unsigned char>(kind.r * 255),
                   static_cast<unsigned char>(kind.g * 255),
                   static_cast<unsigned char>(kind.b * 255));
  dc.SetBrush(wxBrush(c));
  dc.SetPen(wxPen(c.ChangeLightness(70)));
  dc.DrawRoundedRectangle(0, 0, size, size, size / 4.0);
  dc.SelectObject(wxNullBitmap);
  return bmp;
}

wxButton* icon_button(wxWindow* parent, const wxArtID& art, const wxString& fallback,
                      const wxString& tip, const wxString& name) {
  auto* b = new wxButton(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
  const auto bundle = wxArtProvider::GetBitmapBundle(art, wxART_TOOLBAR, wxSize(16, 16));
  if (bundle.IsOk())
    b->SetBitmap(bundle);
  else
    b->SetLabel(fallback);
  b->SetToolTip(tip);
  b->SetName(name);
  return b;
}

}  // namespace

ChartToolsPanel::ChartToolsPanel(wxWindow* parent, ChartCanvas& canvas, MarkEditor& editor)
    : wxPanel(parent, wxID_ANY), canvas_(canvas), editor_(editor) {
  SetName("chart_tools");
  const int gap = FromDIP(6);
  auto* rows = new wxBoxSizer(wxVERTICAL);

  // Row 1: view and tools. Row 2: undo, redo, delete, zoom, previous session. Then the palette,
  // then intensity and quality. Compact enough for half a laptop screen.
  auto* top = new wxBoxSizer(wxHORIZONTAL);
  view_ = new wxChoice(this, wxID_ANY);
  view_->SetName("chart_view");
  for (auto v : chart::kAllViews) view_->Append(wx(chart::view_label(v)));
  view_->SetToolTip("Body view (Ctrl+1 to Ctrl+4)");
  top->Add(view_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap * 2);
  const std::pair<ChartTool, const char*> tool_names[] = {{ChartTool::kSelect, "Select"},
                                                          {ChartTool::kPoint, "Point"},
                                                          {ChartTool::kArea, "Area"},
                                                          {ChartTool::kFreehand, "Freehand"}};
  const char* tool_keys[] = {"V", "P", "A", "F"};
  int k = 0;
  for (const auto& [tool, label] : tool_names) {
    auto* b =
        new wxToggleButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    b->SetName(wxString("tool_") + wxString(label).Lower());
    b->SetToolTip(wxString::Format("%s tool (%s on the chart)", label, tool_keys[k++]));
    b->Bind(wxEVT_TOGGLEBUTTON, [this, t = tool](wxCommandEvent&) {
      canvas_.set_tool(t);
      sync();
      canvas_.SetFocus();  // so that the chart's keys work straight away
    });
    tools_[tool] = b;
    editing_controls_.push_back(b);
    top->Add(b, 0, wxALIGN_CENTER_VERTICAL);
  }
  top->AddSpacer(gap * 2);
  undo_ = icon_button(this, wxART_UNDO, "Undo", "Undo chart edit (Ctrl+Z)", "chart_undo");
  redo_ = icon_button(this, wxART_REDO, "Redo", "Redo chart edit (Ctrl+Y)", "chart_redo");
  delete_ = icon_button(this, wxART_DELETE, "Delete", "Delete the selected mark (Delete)",
                        "chart_delete");
  for (auto* b : {undo_, redo_, delete_}) top->Add(b, 0, wxALIGN_CENTER_VERTICAL);
  rows->Add(top, 0, wxEXPAND | wxBOTTOM, gap);

  // The kinds in two rows (a wrapping sizer would reserve the height of its narrowest layout);
  // the second row ends with the previous-session switch.
  auto* kinds_a = new wxBoxSizer(wxHORIZONTAL);
  auto* kinds_b = new wxBoxSizer(wxHORIZONTAL);
  int number = 1;
  for (const auto& kind : chart::mark_kinds()) {
    auto* b = new wxToggleButton(this, wxID_ANY, wx(kind.label), wxDefaultPosition, wxDefaultSize,
                                 wxBU_EXACTFIT);
    b->SetBitmap(swatch(this, kind));
    b->SetName("kind_" + wx(kind.id));
    b->SetToolTip(wxString::Format("%s (%d on the chart)", wx(kind.label), number));
    b->Bind(wxEVT_TOGGLEBUTTON, [this, id = std::string(kind.id)](wxCommandEvent&) {
      for (auto& [other, button] : kinds_) button->SetValue(other == id);
      style_changed(false);
      canvas_.SetFocus();
    });
    kinds_[std::string(kind.id)] = b;
    editing_controls_.push_back(b);
    (number <= 4 ? kinds_a : kinds_b)->Add(b, 0, wxRIGHT, FromDIP(3));
    ++number;
  }
  previous_ = new wxCheckBox(this, wxID_ANY, "Previous session (faint)");
  previous_->SetName("show_previous");
  previous_->SetValue(true);
  kinds_b->AddSpacer(gap * 2);
  kinds_b->Add(previous_, 0, wxALIGN_CENTER_VERTICAL);
  rows->Add(kinds_a, 0, wxBOTTOM, FromDIP(3));
  rows->Add(kinds_b, 0);

  auto* bottom = new wxBoxSizer(wxHORIZONTAL);
  bottom->Add(new wxStaticText(this, wxID_ANY, "Intensity"), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
              gap);
  intensity_ = new wxSlider(this, wxID_ANY, 5, 0, 10, wxDefaultPosition, FromDIP(wxSize(130, -1)));
  intensity_->SetName("intensity");
  intensity_value_ =
      new wxStaticText(this, wxID_ANY, "5", wxDefaultPosition, FromDIP(wxSize(22, -1)));
  bottom->Add(intensity_, 0, wxALIGN_CENTER_VERTICAL);
  bottom->Add(intensity_value_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap * 2);
  bottom->Add(new wxStaticText(this, wxID_ANY, "Quality"), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
              gap);
  quality_ = new wxChoice(this, wxID_ANY);
  quality_->SetName("quality");
  quality_->Append("—");
  for (const auto& q : chart::pain_qualities()) quality_->Append(wx(q.label));
  quality_->SetSelection(0);
  bottom->Add(quality_, 0, wxALIGN_CENTER_VERTICAL);
  bottom->AddSpacer(gap * 3);
  auto* zoom_out = icon_button(this, "zoom-out", "−", "Zoom out (- on the chart)", "zoom_out");
  auto* zoom_in = icon_button(this, "zoom-in", "+", "Zoom in (+ on the chart)", "zoom_in");
  auto* zoom_fit =
      icon_button(this, "zoom-fit-best", "Fit", "Whole body (0 on the chart)", "zoom_fit");
  for (auto* b : {zoom_out, zoom_in, zoom_fit}) bottom->Add(b, 0, wxALIGN_CENTER_VERTICAL);
  rows->Add(bottom, 0, wxEXPAND | wxTOP, gap);
  editing_controls_.push_back(intensity_);
  editing_controls_.push_back(quality_);
  editing_controls_.push_back(undo_);
  editing_controls_.push_back(redo_);
  editing_controls_.push_back(delete_);

  auto* outer = new wxBoxSizer(wxVERTICAL);
  outer->Add(rows, 0, wxEXPAND | wxALL, gap);
  SetSizer(outer);

  view_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    canvas_.set_view(chart::kAllViews[std::max(0, view_->GetSelection())]);
  });
  intensity_->Bind(wxEVT_SLIDER, [this](wxCommandEvent&) { style_changed(true); });
  quality_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { style_changed(false); });
  undo_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { canvas_.undo(); });
  redo_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { canvas_.redo(); });
  delete_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { canvas_.delete_selected(); });
  zoom_in->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { canvas_.zoom_by(1.25); });
  zoom_out->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { canvas_.zoom_by(0.8); });
  zoom_fit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { canvas_.zoom_fit(); });
  previous_->Bind(wxEVT_CHECKBOX,
                  [this](wxCommandEvent&) { canvas_.show_reference(previous_->GetValue()); });
  sync();
}

void ChartToolsPanel::style_changed(bool merge) {
  MarkStyle s = canvas_.style();
  for (const auto& [id, button] : kinds_)
    if (button->GetValue()) s.kind = id;
  s.intensity = intensity_->GetValue();
  const int q = quality_->GetSelection();
  s.quality = q <= 0 ? std::string()
                     : std::string(chart::pain_qualities()[static_cast<std::size_t>(q - 1)].id);
  intensity_value_->SetLabel(wxString::Format("%d", s.intensity));
  canvas_.set_style(s, merge);
  sync();
}

void ChartToolsPanel::sync() {
  const bool editable = !canvas_.read_only();
  for (auto* w : editing_controls_) w->Enable(editable);
  for (auto& [tool, button] : tools_) button->SetValue(tool == canvas_.tool());
  for (std::size_t i = 0; i < std::size(chart::kAllViews); ++i)
    if (chart::kAllViews[i] == canvas_.view()) view_->SetSelection(static_cast<int>(i));

  // The palette shows the selected mark, else the style of new marks.
  MarkStyle s = canvas_.style();
  if (const auto key = canvas_.selected())
    if (const auto* m = editor_.find(*key)) s = {m->kind, m->intensity, m->quality};
  for (auto& [id, button] : kinds_) button->SetValue(id == s.kind);
  intensity_->SetValue(s.intensity);
  intensity_value_->SetLabel(wxString::Format("%d", s.intensity));
  int q = 0;
  const auto qualities = chart::pain_qualities();
  for (std::size_t i = 0; i < qualities.size(); ++i)
    if (qualities[i].id == s.quality) q = static_cast<int>(i) + 1;
  quality_->SetSelection(q);

  undo_->Enable(editable && editor_.can_undo());
  redo_->Enable(editable && editor_.can_redo());
  delete_->Enable(editable && canvas_.selected().has_value());
  undo_->SetToolTip(editor_.can_undo() ? wxString("Undo: ") + wx(editor_.undo_label()) + " (Ctrl+Z)"
                                       : wxString("Nothing to undo"));
  redo_->SetToolTip(editor_.can_redo() ? wxString("Redo: ") + wx(editor_.redo_label()) + " (Ctrl+Y)"
                                       : wxString("Nothing to redo"));
  previous_->SetValue(canvas_.showing_reference());
}

}  // namespace myochart::gui
