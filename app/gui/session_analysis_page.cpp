#include "gui/session_analysis_page.h"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/dcbuffer.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/statline.h>
#include <wx/wupdlock.h>

#include <algorithm>
#include <cmath>

#include "gui/errors_ui.h"
#include "gui/session_frame.h"
#include "gui/wx_text.h"

namespace myochart::gui {

namespace {

constexpr int kDebounceMs = 300;
constexpr int kDismissProblem = wxID_HIGHEST + 640;

const wxColour kWarningBackground(0xFD, 0xDE, 0xDC);
const wxColour kWarningBorder(0xC6, 0x28, 0x28);
const wxColour kWarningText(0x7A, 0x12, 0x12);
const wxColour kBarFill(0x2E, 0x7D, 0x8C);
const wxColour kBarTrack(0xDD, 0xE5, 0xE8);
const wxColour kQuiet(0x55, 0x5B, 0x61);

wxString side_word(chart::Side s) {
  return s == chart::Side::kLeft ? "left" : s == chart::Side::kRight ? "right" : "";
}

/// A score as a horizontal bar (0-1 of its width).
class ScoreBar : public wxWindow {
 public:
  ScoreBar(wxWindow* parent, double fraction)
      : wxWindow(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(90, 10))),
        fraction_(std::clamp(fraction, 0.0, 1.0)) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(GetSize());
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) {
      wxAutoBufferedPaintDC dc(this);
      dc.SetBackground(GetParent()->GetBackgroundColour());
      dc.Clear();
      const wxSize s = GetClientSize();
      dc.SetPen(*wxTRANSPARENT_PEN);
      dc.SetBrush(kBarTrack);
      dc.DrawRoundedRectangle(0, 0, s.x, s.y, s.y / 2.0);
      const int filled = static_cast<int>(std::lround(fraction_ * s.x));
      if (filled > 0) {
        dc.SetBrush(kBarFill);
        dc.DrawRoundedRectangle(0, 0, std::max(filled, s.y), s.y, s.y / 2.0);
      }
    });
  }

 private:
  double fraction_;
};

}  // namespace

SessionAnalysisPage::SessionAnalysisPage(
    wxWindow* parent, SessionFrame& session, Clinic& clinic,
    const plugin::Contribution<plugin::SessionAnalyzer>& analyzer)
    : wxPanel(parent, wxID_ANY),
      session_(session),
      clinic_(clinic),
      analyzer_(analyzer),
      timer_(this) {
  SetName("analysis_" + wx(analyzer.plugin_id));
  try {
    label_ = wx(clinic_.registry().call(analyzer_, "naming its page",
                                        [&] { return analyzer_.object->label(); }));
  } catch (const std::exception&) {
    label_ = wx(analyzer_.plugin_name);
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);

  scroll_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
  scroll_->SetName("analysis_scroll");
  scroll_->SetScrollRate(0, FromDIP(12));
  auto* content = new wxBoxSizer(wxVERTICAL);

  // The warnings: dark red on pale red, in a box with a thin red edge.
  warning_box_ = new wxPanel(scroll_, wxID_ANY);
  warning_box_->SetBackgroundColour(kWarningBorder);
  warnings_ = new wxPanel(warning_box_, wxID_ANY);
  warnings_->SetName("analysis_warnings");
  warnings_->SetBackgroundColour(kWarningBackground);
  warnings_->SetSizer(new wxBoxSizer(wxVERTICAL));
  auto* edge = new wxBoxSizer(wxVERTICAL);
  edge->Add(warnings_, 0, wxEXPAND | wxALL, FromDIP(1));
  warning_box_->SetSizer(edge);
  content->Add(warning_box_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));

  basis_ = new wxStaticText(scroll_, wxID_ANY, "");
  basis_->SetName("analysis_basis");
  basis_->SetForegroundColour(kQuiet);
  wrapped_.push_back({basis_, "", 0});
  content->Add(basis_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));

  auto* heading = new wxStaticText(scroll_, wxID_ANY, "Possible sources, most likely first");
  heading->SetFont(heading->GetFont().Bold());
  content->Add(heading, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
  candidates_ = new wxPanel(scroll_, wxID_ANY);
  candidates_->SetName("analysis_candidates");
  candidates_->SetSizer(new wxBoxSizer(wxVERTICAL));
  content->Add(candidates_, 0, wxEXPAND | wxALL, FromDIP(4));

  content->Add(new wxStaticLine(scroll_), 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
  auto* kept_heading = new wxStaticText(scroll_, wxID_ANY, "Kept with this session");
  kept_heading->SetFont(kept_heading->GetFont().Bold());
  content->Add(kept_heading, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
  kept_list_ = new wxPanel(scroll_, wxID_ANY);
  kept_list_->SetName("analysis_kept");
  kept_list_->SetSizer(new wxBoxSizer(wxVERTICAL));
  content->Add(kept_list_, 0, wxEXPAND | wxALL, FromDIP(4));
  scroll_->SetSizer(content);
  sizer->Add(scroll_, 1, wxEXPAND);

  auto* footer = new wxBoxSizer(wxHORIZONTAL);
  status_ =
      new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
  status_->SetName("analysis_status");
  status_->SetForegroundColour(kQuiet);
  footer->Add(status_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  auto* again = new wxButton(this, wxID_ANY, "Update now");
  again->SetName("analysis_update");
  again->SetToolTip("Analyse the chart as it is now (it also updates by itself as you draw)");
  footer->Add(again, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  keep_ = new wxButton(this, wxID_ANY, "Keep as findings");
  keep_->SetName("keep_findings");
  keep_->SetToolTip(
      "Save the session and keep these findings with it (they replace the ones kept before)");
  footer->Add(keep_, 0, wxALIGN_CENTER_VERTICAL);
  sizer->Add(new wxStaticLine(this), 0, wxEXPAND);
  sizer->Add(footer, 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(sizer);

  Bind(
      wxEVT_TIMER, [this](wxTimerEvent&) { update_now(); }, timer_.GetId());
  again->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { update_now(); });
  keep_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { keep_findings(); });
  keep_->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
    e.Enable(!session_.is_signed() && analysis_ && !analysis_->findings.empty());
  });
  again->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!timer_.IsRunning()); });
  auto* bar = session_.info_bar();
  bar->Bind(
      wxEVT_BUTTON, [bar](wxCommandEvent&) { bar->dismiss(); }, kDismissProblem);
  scroll_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    if (scroll_->GetClientSize().x != wrapped_at_) CallAfter([this] { rewrap(); });
  });

  load_kept();
  update_now();
}

void SessionAnalysisPage::marks_changed() {
  timer_.StartOnce(kDebounceMs);
}

void SessionAnalysisPage::update_now() {
  timer_.Stop();
  plugin::SessionSubject subject;
  subject.client_id = session_.client_id();
  subject.session_id = session_.session_id();
  subject.marks = session_.marks().marks();
  for (const auto& k : all_kept_) subject.findings.push_back(k.finding);
  ++runs_;
  try {
    // Guarded as Registry::analyze guards every analyzer, for this one alone.
    auto result = clinic_.registry().call(analyzer_, "analysing the session",
                                          [&] { return analyzer_.object->analyze(subject); });
    for (auto& f : result.findings) f.source_plugin = analyzer_.plugin_id;
    analysis_ = std::move(result);
    problem_.clear();
  } catch (const std::exception& e) {
    // The page says why; the note, the chart and what was kept are untouched.
    analysis_.reset();
    problem_ = describe_error(e);
  }
  show_analysis();
}

bool SessionAnalysisPage::keep_findings() {
  if (session_.is_signed()) {
    status_->SetLabelText("The session is signed: its findings are locked with it.");
    return false;
  }
  if (!session_.save_now()) {
    status_->SetLabelText(
        "Not kept: the session could not be saved first (see the message above).");
    return false;
  }
  update_now();  // the chart as saved, its marks now with their ids
  if (!analysis_) {
    status_->SetLabelText("Not kept: " + problem_);
    return false;
  }
  const std::size_t count = analysis_->findings.size();
  try {
    auto& db = clinic_.db();
    storage::WriteTransaction tx(db);
    storage::SessionFindings(db).replace(tx, session_.session_id(), analyzer_.plugin_id,
                                         analysis_->findings);
    tx.commit();
  } catch (const std::exception& e) {
    const wxString why = describe_error(e);
    status_->SetLabelText("Not kept: " + why);
    auto* bar = session_.info_bar();
    bar->show_message("The findings of “" + label_ + "” were not kept: " + why +
                          " The note and the chart are not affected.",
                      {{kDismissProblem, "Dismiss"}});
    return false;
  }
  load_kept();
  const wxString done = wxString::Format("Kept %zu finding%s of “%s” with this session", count,
                                         count == 1 ? "" : "s", label_);
  status_->SetLabelText(done + " at " + wx(format_local(now())).Mid(11, 5) + ".");
  session_.SetStatusText(done, 0);
  clinic_.notify({Change::What::kSession, session_.client_id(), session_.session_id()});
  return true;
}

void SessionAnalysisPage::load_kept() {
  try {
    all_kept_ = storage::SessionFindings(clinic_.db()).list_for_session(session_.session_id());
  } catch (const std::exception& e) {
    status_->SetLabelText("Could not read the findings kept: " + describe_error(e));
  }
  kept_.clear();
  for (const auto& k : all_kept_)
    if (k.finding.source_plugin == analyzer_.plugin_id) kept_.push_back(k);
  show_kept();
}

// ---- showing -----------------------------------------------------------------------------------

wxStaticText* SessionAnalysisPage::wrapped(wxWindow* parent, const wxString& text, int indent) {
  // Plugin text is shown as it is: an "&" is not a mnemonic.
  auto* t = new wxStaticText(parent, wxID_ANY, wxControl::EscapeMnemonics(text));
  wrapped_.push_back({t, text, indent});
  return t;
}

void SessionAnalysisPage::show_analysis() {
  // Forget the texts of the rows about to go.
  std::erase_if(wrapped_, [&](const Wrapped& w) {
    return w.text->GetParent() == warnings_ || w.text->GetParent() == candidates_;
  });
  wxWindowUpdateLocker freeze(scroll_);
  // The rows' sizers and spacers go with their windows (else each update would leave gaps).
  for (wxPanel* p : {warnings_, candidates_}) {
    p->GetSizer()->Clear(false);
    p->DestroyChildren();
  }

  auto* wsizer = warnings_->GetSizer();
  const std::vector<std::string> none;
  const auto& warnings = analysis_ ? analysis_->warnings : none;
  for (std::size_t i = 0; i < warnings.size(); ++i) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticBitmap(
                 warnings_, wxID_ANY,
                 wxArtProvider::GetBitmapBundle(wxART_WARNING, wxART_MESSAGE_BOX, wxSize(24, 24))),
             0, wxALIGN_TOP | wxALL, FromDIP(8));
    auto* text = wrapped(warnings_, wx(warnings[i]), FromDIP(44));
    text->SetName(wxString::Format("analysis_warning_%zu", i + 1));
    text->SetForegroundColour(kWarningText);
    text->SetFont(text->GetFont().Bold());
    row->Add(text, 1, wxTOP | wxBOTTOM | wxRIGHT, FromDIP(8));
    wsizer->Add(row, 0, wxEXPAND);
  }
  warning_box_->Show(!warnings.empty());

  auto* csizer = candidates_->GetSizer();
  if (!analysis_) {
    auto* text = wrapped(candidates_, "Could not analyse the chart. " + problem_, FromDIP(12));
    text->SetName("analysis_problem");
    text->SetForegroundColour(kWarningText);
    csizer->Add(text, 0, wxALL, FromDIP(4));
  } else if (analysis_->candidates.empty()) {
    auto* text =
        wrapped(candidates_, "None: nothing on the chart points to a source.", FromDIP(12));
    text->SetForegroundColour(kQuiet);
    csizer->Add(text, 0, wxALL, FromDIP(4));
  } else {
    double best = 1.0;
    for (const auto& c : analysis_->candidates) best = std::max(best, c.score);
    std::size_t rank = 0;
    for (const auto& c : analysis_->candidates) {
      ++rank;
      auto* top = new wxBoxSizer(wxHORIZONTAL);
      auto* number = new wxStaticText(candidates_, wxID_ANY, wxString::Format("%zu.", rank),
                                      wxDefaultPosition, FromDIP(wxSize(22, -1)), wxALIGN_RIGHT);
      number->SetForegroundColour(kQuiet);
      top->Add(number, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
      // The plugin's label names the side ("Levator scapulae (left)").
      wxString label = wx(c.label);
      if (label.empty()) label = wx(c.muscle_id) + " " + side_word(c.side);
      // Long names wrap in the room the number, the bar and the percentage leave.
      auto* name = wrapped(candidates_, label, FromDIP(190));
      name->SetName(wxString::Format("candidate_%zu", rank));
      name->SetFont(name->GetFont().Bold());
      top->Add(name, 1, wxALIGN_CENTER_VERTICAL);
      const double fraction = std::max(0.0, c.score) / best;
      auto* bar = new ScoreBar(candidates_, fraction);
      bar->SetToolTip("How well this muscle's referral pattern matches the pain drawn");
      top->Add(bar, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(8));
      auto* pct =
          new wxStaticText(candidates_, wxID_ANY,
                           wxString::Format("%d%%", static_cast<int>(std::lround(fraction * 100))),
                           wxDefaultPosition, FromDIP(wxSize(40, -1)), wxALIGN_RIGHT);
      pct->SetName(wxString::Format("candidate_%zu_score", rank));
      top->Add(pct, 0, wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, FromDIP(6));
      csizer->Add(top, 0, wxEXPAND | wxTOP, FromDIP(rank == 1 ? 2 : 8));
      if (!c.detail.empty()) {
        auto* why = wrapped(candidates_, wx(c.detail), FromDIP(34));
        why->SetName(wxString::Format("candidate_%zu_reason", rank));
        why->SetForegroundColour(kQuiet);
        csizer->AddSpacer(FromDIP(2));
        csizer->Add(why, 0, wxLEFT, FromDIP(28));
      }
    }
  }

  for (auto& w : wrapped_)
    if (w.text == basis_) w.label = analysis_ ? wx(analysis_->basis) : wxString();
  basis_->Show(analysis_ && !analysis_->basis.empty());
  wrapped_at_ = 0;
  rewrap();
}

void SessionAnalysisPage::show_kept() {
  std::erase_if(wrapped_, [&](const Wrapped& w) { return w.text->GetParent() == kept_list_; });
  kept_list_->GetSizer()->Clear(false);
  kept_list_->DestroyChildren();
  auto* sizer = kept_list_->GetSizer();
  if (kept_.empty()) {
    auto* none = wrapped(kept_list_,
                         session_.is_signed()
                             ? "Nothing was kept from this analysis before the session was signed."
                             : "Nothing yet. “Keep as findings” keeps the list above with the "
                               "session, for the home-care sheet and the record.",
                         FromDIP(12));
    none->SetForegroundColour(kQuiet);
    sizer->Add(none, 0, wxALL, FromDIP(4));
  }
  for (std::size_t i = 0; i < kept_.size(); ++i) {
    const auto& f = kept_[i].finding;
    auto* line = wrapped(kept_list_, wxString::FromUTF8("• ") + wx(f.what), FromDIP(12));
    line->SetName(wxString::Format("kept_%zu", i + 1));
    if (f.kind == plugin::finding_kind::kRedFlag) line->SetForegroundColour(kWarningText);
    sizer->Add(line, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
  }
  wrapped_at_ = 0;
  rewrap();
}

void SessionAnalysisPage::rewrap() {
  const int width = scroll_->GetClientSize().x;
  if (width <= 0) return;
  wrapped_at_ = width;
  for (const auto& w : wrapped_) {
    w.text->SetLabel(wxControl::EscapeMnemonics(w.label));
    const int room = width - w.indent - FromDIP(28);
    if (room > 80) w.text->Wrap(room);
  }
  scroll_->Layout();
  scroll_->FitInside();
}

// ---- the pages --------------------------------------------------------------------------------

void add_session_analysis_pages(SessionFrame& session, Clinic& clinic) {
  const std::vector<plugin::Contribution<plugin::SessionAnalyzer>>* analyzers = nullptr;
  try {
    analyzers = &clinic.registry().session_analyzers();
  } catch (const std::exception& e) {
    session.info_bar()->show_message(
        "The plugins could not be started, so their pages are missing: " + describe_error(e), {});
    return;
  }
  for (const auto& a : *analyzers) {
    auto* page = new SessionAnalysisPage(session.side_book(), session, clinic, a);
    session.add_side_page(page, page->title());
    session.watch_marks([page] { page->marks_changed(); });
  }
}

}  // namespace myochart::gui
