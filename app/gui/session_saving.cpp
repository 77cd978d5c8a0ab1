// The session editor's saving: autosave, the draft journal, failed saves and conflicts.
#include <wx/msgdlg.h>

#include "gui/chart_tools_panel.h"
#include "gui/errors_ui.h"
#include "gui/image_bitmap.h"
#include "gui/session_frame.h"
#include "gui/wx_text.h"
#include "myochart/errors.h"

namespace myochart::gui {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kQuietDelay = std::chrono::milliseconds(1500);    // after the last edit
constexpr auto kLongestDelay = std::chrono::milliseconds(5000);  // after the first unsaved one
constexpr auto kRetryDelay = std::chrono::milliseconds(5000);    // after a failed save

int ms(std::chrono::milliseconds d) {
  return static_cast<int>(d.count());
}

}  // namespace

void SessionFrame::edited() {
  if (showing_ || is_signed()) return;
  if (state_ == SaveState::kSaved) set_state(SaveState::kUnsaved);
  // After a failed save the retry already waiting takes the new text with it: no attempt (and
  // no synced write) per keystroke while the database refuses.
  if (state_ == SaveState::kFailed && autosave_.IsRunning()) return;
  // In a conflict the timer still runs, once typing pauses: it keeps the journal up to date,
  // and saves nothing.
  if (state_ == SaveState::kConflict) {
    autosave_.StartOnce(ms(kQuietDelay));
    return;
  }
  const auto now = Clock::now();
  if (!unsaved_since_) unsaved_since_ = now;
  const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(now - *unsaved_since_);
  const auto delay =
      std::min(kQuietDelay, std::max(std::chrono::milliseconds(1), kLongestDelay - waited));
  autosave_.StartOnce(ms(delay));
}

void SessionFrame::on_autosave(wxTimerEvent&) {
  save_now();
}

bool SessionFrame::save_now() {
  autosave_.Stop();
  if (is_signed()) return true;
  // The pages that keep their own data first (each shows its own problem in detail).
  wxString problem;
  for (auto& step : save_steps_)
    if (const wxString p = step(); !p.empty() && problem.empty()) problem = p;
  step_problem_ = problem;
  const bool session_saved = save_session();
  if (!step_problem_.empty() && GetStatusBar()) SetStatusText(save_status(), 0);
  return session_saved && step_problem_.empty();
}

bool SessionFrame::save_session() {
  storage::SessionDocument edited = collect();
  if (state_ != SaveState::kConflict && !storage::has_changes(edited, base_)) {
    unsaved_since_.reset();
    clinic_.journal().discard(session_id());
    set_state(SaveState::kSaved);
    return true;
  }
  // First the journal: if the database save fails, or the machine stops before it ends, the
  // edits are on disk.
  wxString journal_problem;
  try {
    clinic_.journal().keep(edited, base_.session.row_version);
  } catch (const std::exception& e) {
    journal_problem = describe_error(e);
  }
  if (state_ == SaveState::kConflict) return false;  // until the therapist has compared
  try {
    storage::save_session_document(clinic_.db(), edited, base_);
  } catch (const ConflictError&) {
    set_state(SaveState::kConflict);
    return false;
  } catch (const LockedError&) {
    // Signed in another window or on another workstation: the same choice as a conflict,
    // except that the saved version cannot be overwritten.
    set_state(SaveState::kConflict);
    return false;
  } catch (const std::exception& e) {
    wxString detail = describe_error(e);
    if (!journal_problem.empty())
      detail += " The recovery copy could not be written either: " + journal_problem;
    set_state(SaveState::kFailed, detail);
    autosave_.StartOnce(ms(kRetryDelay));
    return false;
  }
  editor_.saved(edited.marks);
  canvas_->marks_changed();
  clinic_.journal().discard(session_id());
  unsaved_since_.reset();
  saved_at_ = now();
  set_state(SaveState::kSaved);
  // The edits made while saving (none: saving runs on this thread) would re-arm autosave.
  clinic_.notify({Change::What::kSession, client_id(), session_id()});
  return true;
}

wxString SessionFrame::save_status() const {
  switch (state_) {
    case SaveState::kSaved:
      if (!step_problem_.empty()) return "Not saved: " + step_problem_;
      return saved_at_ ? "All changes saved at " + wx(format_local(*saved_at_)).Mid(11)
                       : wxString("All changes saved");
    case SaveState::kUnsaved:
      if (!step_problem_.empty()) return "Not saved: " + step_problem_;
      return "Unsaved changes (saved automatically in a moment)";
    case SaveState::kFailed:
      return "Not saved: " + state_detail_;
    case SaveState::kConflict:
      return "Not saved: changed elsewhere — compare the versions";
  }
  return {};
}

void SessionFrame::set_state(SaveState state, const wxString& detail) {
  const SaveState was = state_;
  state_ = state;
  state_detail_ = detail;
  if (GetStatusBar()) SetStatusText(save_status(), 0);
  switch (state) {
    case SaveState::kSaved:
    case SaveState::kUnsaved:
      if (was == SaveState::kFailed || was == SaveState::kConflict) info_->dismiss();
      break;
    case SaveState::kFailed:
      info_->show_message("Not saved: " + detail +
                              " Everything you typed is still here and kept in a recovery file; "
                              "MyoChart tries again every few seconds.",
                          {{wxID_RETRY, "Try again"}});
      break;
    case SaveState::kConflict:
      info_->show_message(
          "This session was changed in another window or on another "
          "workstation since you opened it. Nothing was overwritten, and your "
          "changes are kept here: compare the two versions to go on.",
          {{wxID_YES, "Compare…"}});
      break;
  }
}

void SessionFrame::compare_versions() {
  storage::SessionDocument saved;
  try {
    saved = storage::load_session_document(clinic_.db(), session_id());
  } catch (const std::exception& e) {
    show_error(this, "Could not read the saved version", e);
    return;
  }
  const storage::SessionDocument mine = collect();
  // Both charts, the current view, small: drawn by core like every chart.
  auto picture = [&](const storage::SessionDocument& d) {
    render::ChartScene scene;
    scene.view = canvas_->view();
    scene.marks = d.marks;
    scene.legend = false;
    const double s = GetContentScaleFactor();
    return opaque_bitmap(clinic_.renderer().render_image(scene, static_cast<int>(FromDIP(150) * s),
                                                         static_cast<int>(FromDIP(300) * s)),
                         s);
  };
  const bool charts_differ =
      storage::has_changes(storage::SessionDocument{saved.session, mine.marks},
                           storage::SessionDocument{saved.session, saved.marks});
  ConflictDialog dlg(this, "This session", session_differences(mine, saved),
                     charts_differ ? picture(mine) : wxNullBitmap,
                     charts_differ ? picture(saved) : wxNullBitmap);
  dlg.ShowModal();
  resolve_conflict(dlg.choice());
}

void SessionFrame::resolve_conflict(ConflictChoice choice) {
  if (choice == ConflictChoice::kLater) return;
  storage::SessionDocument saved;
  try {
    saved = storage::load_session_document(clinic_.db(), session_id());
  } catch (const std::exception& e) {
    show_error(this, "Could not read the saved version", e);
    return;
  }
  if (choice == ConflictChoice::kKeepMine && saved.session.status == SessionStatus::kSigned) {
    wxMessageBox(
        "The saved version is signed and locked, so yours cannot replace it. Use the "
        "saved version, then add what you need as an amendment.",
        "Signed elsewhere", wxOK | wxICON_INFORMATION, this);
    return;
  }
  if (choice == ConflictChoice::kTakeSaved) {
    base_ = saved;
    editor_.load(base_.marks);
    show_document();
    marks_replaced();
    clinic_.journal().discard(session_id());
    unsaved_since_.reset();
    state_ = SaveState::kSaved;
    info_->dismiss();
    apply_signed_state();
    set_state(SaveState::kSaved);
    return;
  }
  // Keep mine: save over the saved version, as the therapist chose having seen both.
  base_ = saved;
  state_ = SaveState::kUnsaved;
  info_->dismiss();
  save_now();
}

void SessionFrame::on_close(wxCloseEvent& e) {
  if (!is_signed() && !save_now() && e.CanVeto()) {
    wxMessageDialog ask(this,
                        "Your latest changes to this session are not saved:\n" + save_status() +
                            "\n\nThey are kept in a recovery file and offered again the next time "
                            "MyoChart opens this database.",
                        "Close without saving?", wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    ask.SetYesNoLabels("Close anyway", "Keep the window open");
    if (ask.ShowModal() != wxID_YES) {
      e.Veto();
      return;
    }
  }
  autosave_.Stop();
  Destroy();
}

std::vector<ConflictRow> session_differences(const storage::SessionDocument& mine,
                                             const storage::SessionDocument& saved) {
  std::vector<ConflictRow> rows;
  const Session& a = mine.session;
  const Session& b = saved.session;
  auto text = [&](const wxString& label, const std::string& x, const std::string& y) {
    if (x != y) rows.push_back({label, wx(x), wx(y)});
  };
  auto score = [](const std::optional<int>& p) {
    return p ? wxString::Format("%d", *p) : wxString("–");
  };
  text("Subjective", a.soap.subjective, b.soap.subjective);
  text("Objective", a.soap.objective, b.soap.objective);
  text("Assessment", a.soap.assessment, b.soap.assessment);
  text("Plan", a.soap.plan, b.soap.plan);
  text("Therapist", a.therapist, b.therapist);
  text("Modality", a.modality, b.modality);
  if (a.pain_before != b.pain_before)
    rows.push_back({"Pain before", score(a.pain_before), score(b.pain_before)});
  if (a.pain_after != b.pain_after)
    rows.push_back({"Pain after", score(a.pain_after), score(b.pain_after)});
  if (a.duration_minutes != b.duration_minutes)
    rows.push_back({"Minutes", wxString::Format("%d", a.duration_minutes),
                    wxString::Format("%d", b.duration_minutes)});
  if (a.started_at != b.started_at)
    rows.push_back({"Date", wx(format_local(a.started_at)), wx(format_local(b.started_at))});
  auto marks = [](const storage::SessionDocument& d) {
    return wxString::Format("%zu marks", d.marks.size());
  };
  if (storage::has_changes(storage::SessionDocument{b, mine.marks},
                           storage::SessionDocument{b, saved.marks}))
    rows.push_back({"Chart", marks(mine), marks(saved)});
  if (b.status == SessionStatus::kSigned)
    rows.push_back({"Status", "Draft", "Signed by " + wx(b.signed_by) + " (locked)"});
  return rows;
}

}  // namespace myochart::gui
