#include "gui/findings_view.h"

#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <cstdlib>

#include "gui/wx_text.h"

namespace myochart::gui {

namespace kind = plugin::finding_kind;

namespace {

struct Group {
  std::string_view kind;
  const char* title;
  wxColour ground;  ///< invalid: none
  wxColour ink;     ///< invalid: the default
};

std::vector<Group> groups() {
  return {
      {kind::kRedFlag, "Refer first", wxColour(0xFF, 0xEB, 0xEE), wxColour(0xB7, 0x1C, 0x1C)},
      {kind::kDysfunction, "Postural dysfunctions", wxNullColour, wxNullColour},
      {kind::kTightMuscle, "Tight muscles — stretch candidates", wxNullColour, wxNullColour},
      {kind::kWeakMuscle, "Weak muscles — strengthening candidates", wxNullColour, wxNullColour},
      {kind::kConflict, "Conflicts — test before choosing", wxColour(0xFF, 0xF3, 0xE0),
       wxColour(0xA8, 0x4A, 0x00)}};
}

}  // namespace

FindingsView::FindingsView(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       wxVSCROLL | wxTAB_TRAVERSAL) {
  SetName("assessment_findings");
  SetScrollRate(0, FromDIP(12));
  SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
  rebuild({});
  // The words wrap to the width: laid out again when it changes much.
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    if (std::abs(GetClientSize().x - wrapped_for_) > FromDIP(24))
      CallAfter([this] { rebuild(note_); });
  });
}

std::string FindingsView::key(const plugin::Finding& f) {
  return f.kind + ":" + f.subject + ":" + std::string(plugin::to_string(f.side));
}

void FindingsView::show(std::vector<plugin::Finding> findings, const wxString& note) {
  findings_ = std::move(findings);
  rebuild(note);
}

void FindingsView::set_removed(std::set<std::string> keys) {
  removed_ = std::move(keys);
  for (auto& [k, box] : boxes_) box->SetValue(!removed_.count(k));
}

std::vector<plugin::Finding> FindingsView::kept() const {
  std::vector<plugin::Finding> out;
  for (const auto& f : findings_)
    if (!removed_.count(key(f))) {
      out.push_back(f);
      out.back().confirmed = true;
    }
  return out;
}

void FindingsView::set_read_only(bool read_only) {
  read_only_ = read_only;
  for (auto& [k, box] : boxes_) box->Enable(!read_only);
}

wxCheckBox* FindingsView::checkbox(const std::string& k) const {
  const auto it = boxes_.find(k);
  return it == boxes_.end() ? nullptr : it->second;
}

void FindingsView::rebuild(const wxString& note) {
  Freeze();
  const int scrolled = GetScrollPos(wxVERTICAL);
  DestroyChildren();
  boxes_.clear();
  note_ = note;
  wrapped_for_ = GetClientSize().x;
  const int wrap = std::max(FromDIP(260), wrapped_for_ - FromDIP(40));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* intro = new wxStaticText(
      this, wxID_ANY,
      "Findings, as you fill in the form. Ticked ones are kept with the session (the home-care "
      "plan reads them); untick any you do not agree with.");
  intro->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  intro->Wrap(wrap);
  sizer->Add(intro, 0, wxALL, FromDIP(8));

  if (!note.empty() || findings_.empty()) {
    auto* empty = new wxStaticText(
        this, wxID_ANY,
        note.empty() ? wxString("No postural finding from these answers yet.") : note);
    empty->SetName("findings_note");
    empty->Wrap(wrap);
    if (!note.empty()) empty->SetForegroundColour(wxColour(0xB7, 0x1C, 0x1C));
    sizer->Add(empty, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  }
  if (note.empty()) {
    auto groups_shown = groups();
    // Kinds the host does not know get a group of their own, after the known ones.
    for (const auto& f : findings_) {
      bool known = false;
      for (const auto& g : groups_shown) known = known || g.kind == f.kind;
      if (!known) groups_shown.push_back({f.kind, "Other findings", wxNullColour, wxNullColour});
    }
    std::set<std::string_view> done;
    for (const auto& g : groups_shown) {
      if (!done.insert(g.kind).second) continue;
      bool any = false;
      for (const auto& f : findings_) any = any || f.kind == g.kind;
      if (!any) continue;
      wxWindow* host = this;
      wxSizer* into = sizer;
      if (g.ground.IsOk()) {
        auto* box = new wxPanel(this, wxID_ANY);
        box->SetBackgroundColour(g.ground);
        box->SetName("findings_group_" + wx(g.kind));
        auto* inner = new wxBoxSizer(wxVERTICAL);
        box->SetSizer(inner);
        sizer->Add(box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(6));
        host = box;
        into = inner;
      }
      auto* title = new wxStaticText(host, wxID_ANY, g.title);
      title->SetFont(title->GetFont().Bold());
      if (g.ink.IsOk()) title->SetForegroundColour(g.ink);
      into->Add(title, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
      for (const auto& f : findings_) {
        if (f.kind != g.kind) continue;
        const std::string k = key(f);
        auto* line = new wxBoxSizer(wxHORIZONTAL);
        auto* box = new wxCheckBox(host, wxID_ANY, "");
        box->SetName("finding:" + wx(k));
        box->SetValue(!removed_.count(k));
        box->Enable(!read_only_);
        box->SetToolTip("Ticked: kept with the session. Untick to leave this finding out.");
        boxes_[k] = box;
        line->Add(box, 0, wxALIGN_TOP | wxTOP, FromDIP(1));
        auto* words = new wxBoxSizer(wxVERTICAL);
        // Dysfunctions name their severity in their words; muscles get their worst one.
        const bool muscle = f.kind == kind::kTightMuscle || f.kind == kind::kWeakMuscle;
        wxString text = wx(f.what);
        if (muscle && !f.severity.empty()) text += " — " + wx(f.severity);
        auto* what = new wxStaticText(host, wxID_ANY, text);
        what->Wrap(wrap - FromDIP(24));
        if (g.ink.IsOk()) what->SetForegroundColour(g.ink);
        words->Add(what);
        if (!f.evidence.empty()) {
          auto* why = new wxStaticText(host, wxID_ANY, "Because: " + wx(f.evidence));
          why->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
          why->SetFont(why->GetFont().Smaller());
          why->Wrap(wrap - FromDIP(24));
          words->Add(why, 0, wxTOP, FromDIP(1));
        }
        line->Add(words, 1, wxLEFT, FromDIP(4));
        into->Add(line, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(6));
        box->Bind(wxEVT_CHECKBOX, [this, k](wxCommandEvent& e) {
          if (e.IsChecked())
            removed_.erase(k);
          else
            removed_.insert(k);
          if (on_change) on_change();
        });
        // The words are part of the target: a click on them ticks or unticks too.
        what->Bind(wxEVT_LEFT_UP, [this, box](wxMouseEvent&) {
          if (read_only_) return;
          box->SetValue(!box->GetValue());
          wxCommandEvent e(wxEVT_CHECKBOX, box->GetId());
          e.SetEventObject(box);
          e.SetInt(box->GetValue() ? 1 : 0);
          box->ProcessWindowEvent(e);
        });
      }
      into->AddSpacer(FromDIP(8));
    }
  }
  SetSizer(sizer);
  FitInside();
  Scroll(0, scrolled);
  Thaw();
}

}  // namespace myochart::gui
