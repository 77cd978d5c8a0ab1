#include "gui/assessment_page.h"

#include <wx/sizer.h>

#include "gui/assessment_form.h"
#include "gui/errors_ui.h"
#include "gui/findings_view.h"
#include "gui/session_frame.h"
#include "gui/wx_text.h"
#include "myochart/errors.h"
#include "myochart/storage/findings.h"

namespace myochart::gui {

namespace {

constexpr int kEvaluateDelayMs = 300;  // after the last change
constexpr int kSaveDelayMs = 1500;     // after the last change
constexpr int kRetryDelayMs = 5000;    // after a failed save

enum { kTakeSaved = wxID_HIGHEST + 700, kKeepMine };

wxString clock_time(Timestamp t) {
  return wx(format_local(t)).Mid(11, 5);
}

}  // namespace

AssessmentPage::AssessmentPage(wxWindow* parent, Clinic& clinic, Id client, Id session,
                               bool session_signed,
                               const plugin::Contribution<plugin::AssessmentForm>& form,
                               const plugin::Contribution<plugin::AssessmentKeeper>& keeper)
    : wxPanel(parent, wxID_ANY),
      clinic_(clinic),
      client_(client),
      session_(session),
      form_entry_(form),
      keeper_(keeper),
      evaluate_timer_(this),
      save_timer_(this) {
  const auto& def = form.object->definition();
  SetName(wxString("assessment_") + wx(form.plugin_id) + "_" + wx(def.id));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  bar_ = new MessageBar(this);
  bar_->SetName("assessment_problem");
  sizer->Add(bar_, 0, wxEXPAND);

  auto* head = new wxBoxSizer(wxHORIZONTAL);
  auto* titles = new wxBoxSizer(wxVERTICAL);
  auto* title = new wxStaticText(this, wxID_ANY, wx(def.title));
  title->SetFont(title->GetFont().Bold());
  titles->Add(title);
  status_text_ = new wxStaticText(this, wxID_ANY, "");
  status_text_->SetName("assessment_status");
  status_text_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  titles->Add(status_text_, 0, wxTOP, FromDIP(2));
  head->Add(titles, 1, wxALIGN_CENTER_VERTICAL);
  save_button_ = new wxButton(this, wxID_ANY, "Save now");
  save_button_->SetName("assessment_save");
  save_button_->SetToolTip(
      "The assessment is also saved a moment after each change, with Ctrl+S "
      "and when the window closes.");
  head->Add(save_button_, 0, wxALIGN_CENTER_VERTICAL);
  sizer->Add(head, 0, wxEXPAND | wxALL, FromDIP(8));
  if (!def.description.empty()) {
    auto* notice = new wxStaticText(this, wxID_ANY, wx(def.description));
    notice->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    notice->SetFont(notice->GetFont().Smaller());
    notice->Wrap(FromDIP(440));
    sizer->Add(notice, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  }

  split_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxSP_LIVE_UPDATE | wxSP_3DSASH);
  split_->SetMinimumPaneSize(FromDIP(120));
  split_->SetSashGravity(0.55);
  form_ = new AssessmentFormView(split_, def);
  findings_ = new FindingsView(split_);
  split_->SplitHorizontally(form_, findings_, FromDIP(380));
  sizer->Add(split_, 1, wxEXPAND);
  SetSizer(sizer);
  CallAfter([this] { split_->SetSashPosition(split_->GetClientSize().y * 55 / 100); });

  form_->on_change = [this] { edited(); };
  findings_->on_change = [this] { edited(); };
  save_button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
  Bind(
      wxEVT_TIMER, [this](wxTimerEvent&) { evaluate_now(); }, evaluate_timer_.GetId());
  Bind(
      wxEVT_TIMER, [this](wxTimerEvent&) { save(); }, save_timer_.GetId());
  bar_->Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { take_saved(); }, kTakeSaved);
  bar_->Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { keep_mine(); }, kKeepMine);
  bar_->Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { save(); }, wxID_RETRY);

  // Signed here (the editor's Sign), in another window or on another workstation.
  listener_ = clinic_.subscribe([this](const Change& c) {
    if (c.what == Change::What::kSession && c.session == session_) check_signed();
  });

  load();
  if (session_signed && !read_only_)
    set_read_only(true, "Signed — read only: the assessment is part of the signed record");
}

AssessmentPage::~AssessmentPage() {
  clinic_.unsubscribe(listener_);
  evaluate_timer_.Stop();
  save_timer_.Stop();
}

void AssessmentPage::load() {
  try {
    const auto stored = clinic_.registry().call(keeper_, "reading the stored assessment", [&] {
      return keeper_.object->load(clinic_.db(), session_);
    });
    version_ = stored ? stored->version : 0;
    form_->show_answers(stored ? stored->answers : plugin::Answers::object());
    // What the therapist removed before: evaluated now but not among the kept findings.
    std::set<std::string> removed;
    if (stored) {
      std::set<std::string> kept;
      for (const auto& s : storage::SessionFindings(clinic_.db()).list_for_session(session_))
        if (s.finding.source_plugin == keeper_.plugin_id) kept.insert(FindingsView::key(s.finding));
      try {
        for (const auto& f :
             clinic_.registry().evaluate(form_entry_.plugin_id, form_->form().id, stored->answers))
          if (!kept.count(FindingsView::key(f))) removed.insert(FindingsView::key(f));
      } catch (const std::exception&) {
        // Answers the form no longer accepts: evaluate_now() below says why.
      }
    }
    findings_->set_removed(std::move(removed));
    dirty_ = false;
    conflict_ = false;
    evaluate_now();
    set_status(stored ? "Saved " + wx(clinic_.date_time(stored->updated_at))
                      : wxString("Not assessed yet in this session"));
  } catch (const std::exception& e) {
    set_read_only(true, "Could not read the stored assessment");
    bar_->show_message("The stored assessment could not be read: " + describe_error(e) +
                           " The page stays read-only so that nothing is saved over it.",
                       {});
  }
}

void AssessmentPage::edited() {
  if (read_only_) return;
  dirty_ = true;
  evaluate_timer_.StartOnce(kEvaluateDelayMs);
  if (conflict_) return;  // until the therapist has chosen
  set_status("Unsaved changes (saved automatically in a moment)");
  save_timer_.StartOnce(kSaveDelayMs);
}

void AssessmentPage::evaluate_now() {
  evaluate_timer_.Stop();
  const auto problems = form_->problems();
  if (!problems.empty()) {
    wxString note = "Correct the entry marked in red to see the findings:";
    for (const auto& p : problems) note += "\n" + p;
    findings_->show({}, note);
    return;
  }
  try {
    findings_->show(
        clinic_.registry().evaluate(form_entry_.plugin_id, form_->form().id, form_->answers()));
  } catch (const std::exception& e) {
    findings_->show({}, describe_error(e));
  }
}

wxString AssessmentPage::save() {
  save_timer_.Stop();
  if (read_only_ || !dirty_) return {};
  if (conflict_) return "the assessment was changed elsewhere: choose which answers to keep";
  const auto problems = form_->problems();
  if (!problems.empty()) {
    const wxString why = problems.front();
    set_status("Not saved: " + why);
    return why;
  }
  const plugin::Answers answers = form_->answers();
  std::vector<plugin::Finding> kept;
  try {
    findings_->show(clinic_.registry().evaluate(form_entry_.plugin_id, form_->form().id, answers));
    kept = findings_->kept();
    storage::WriteTransaction tx(clinic_.db());
    const RowVersion v = clinic_.registry().call(keeper_, "saving the assessment", [&] {
      return keeper_.object->save(tx, session_, answers, version_, kept);
    });
    tx.commit();
    version_ = v;
  } catch (const ConflictError&) {
    conflict_ = true;
    set_status("Not saved: changed elsewhere — choose which answers to keep");
    bar_->show_message(
        "This assessment was saved in another window or on another workstation since you "
        "opened it. Nothing was overwritten, and your answers are still here.",
        {{kTakeSaved, "Use the saved answers"}, {kKeepMine, "Keep mine"}});
    return "the assessment was changed elsewhere";
  } catch (const ValidationError& e) {
    // Answers the form refuses (a rule across fields): trying again would not help.
    const wxString why = describe_error(e);
    set_status("Not saved: " + why);
    return why;
  } catch (const LockedError& e) {
    set_read_only(true, "Signed — read only; your last changes were not saved");
    bar_->show_message("Not saved: " + describe_error(e) +
                           " Your answers are still shown; add what matters as an amendment.",
                       {});
    return describe_error(e);
  } catch (const std::exception& e) {
    const wxString why = describe_error(e);
    set_status("Not saved: " + why);
    bar_->show_message("The assessment was not saved: " + why +
                           " Your answers are still here; MyoChart tries again in a few seconds.",
                       {{wxID_RETRY, "Try again"}});
    save_timer_.StartOnce(kRetryDelayMs);
    return why;
  }
  dirty_ = false;
  bar_->dismiss();
  set_status("Saved at " + clock_time(now()));
  clinic_.notify({Change::What::kSession, client_, session_});
  return {};
}

void AssessmentPage::take_saved() {
  bar_->dismiss();
  load();
}

void AssessmentPage::keep_mine() {
  try {
    const auto stored = clinic_.registry().call(keeper_, "reading the stored assessment", [&] {
      return keeper_.object->load(clinic_.db(), session_);
    });
    version_ = stored ? stored->version : 0;
  } catch (const std::exception& e) {
    show_error(this, "Could not read the saved assessment", e);
    return;
  }
  conflict_ = false;
  dirty_ = true;
  bar_->dismiss();
  save();
}

void AssessmentPage::check_signed() {
  if (read_only_) return;
  try {
    if (clinic_.sessions().get(session_).status == SessionStatus::kSigned)
      set_read_only(true, "Signed — read only: the assessment is part of the signed record");
  } catch (const std::exception&) {
    // The session is gone or unreadable: the editor itself reports that.
  }
}

void AssessmentPage::set_read_only(bool read_only, const wxString& why) {
  read_only_ = read_only;
  save_timer_.Stop();
  form_->set_read_only(read_only);
  findings_->set_read_only(read_only);
  save_button_->Enable(!read_only);
  if (!why.empty()) set_status(why);
}

void AssessmentPage::set_status(const wxString& text) {
  status_ = text;
  status_text_->SetLabel(text);
  Layout();
}

wxString AssessmentPage::status() const {
  return status_;
}

void add_assessment_pages(SessionFrame& frame, Clinic& clinic) {
  const plugin::Registry* registry = nullptr;
  try {
    registry = &clinic.registry();
  } catch (const std::exception& e) {
    frame.info_bar()->show_message("The plugins' pages could not be shown: " + describe_error(e),
                                   {});
    return;
  }
  for (const auto& keeper : registry->assessment_keepers()) {
    try {
      const std::string form_id =
          registry->call(keeper, "naming its form", [&] { return keeper.object->form_id(); });
      const auto* form = registry->form(keeper.plugin_id, form_id);
      if (!form) continue;
      auto* page = new AssessmentPage(frame.side_book(), clinic, frame.client_id(),
                                      frame.session_id(), frame.is_signed(), *form, keeper);
      frame.add_side_page(page, wx(form->object->definition().title));
      frame.add_save_step([page] { return page->save(); });
    } catch (const std::exception& e) {
      frame.info_bar()->show_message("The page of plugin \"" + wx(keeper.plugin_name) +
                                         "\" could not be shown: " + describe_error(e),
                                     {});
    }
  }
}

}  // namespace myochart::gui
