#pragma once
// The session editor's page for a plugin's assessment form that has a keeper (one page per
// such form of the active plugins): the form's controls (assessment_form.h), the findings
// evaluated as the therapist fills it in (findings_view.h, 0.3 s after the last change), and
// the answers with the kept findings saved through the keeper.
//
// Saving. 1.5 s after the last change, on Ctrl+S and when the window closes (the session
// editor's save runs the page's first), and with "Save now". Nothing is saved while an entry
// is refused (the page says which). A failed save says so on the page and in the status
// line, keeps every answer, and is tried again; a version saved elsewhere since the page read
// it is a conflict: nothing is overwritten until the therapist chooses the saved answers or
// theirs. A signed session shows the page read-only.
#include <wx/button.h>
#include <wx/panel.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include <optional>

#include "gui/clinic.h"
#include "gui/message_bar.h"
#include "myochart/plugin/registry.h"

namespace myochart::gui {

class AssessmentFormView;
class FindingsView;
class SessionFrame;

class AssessmentPage : public wxPanel {
 public:
  /// Reads the stored answers (a failure to read is shown on the page, which then stays
  /// read-only: nothing typed there could be saved safely).
  AssessmentPage(wxWindow* parent, Clinic& clinic, Id client, Id session, bool session_signed,
                 const plugin::Contribution<plugin::AssessmentForm>& form,
                 const plugin::Contribution<plugin::AssessmentKeeper>& keeper);
  ~AssessmentPage() override;

  /// Saves what is unsaved. Returns "" when everything shown is saved, else why not (also
  /// shown on the page).
  wxString save();
  bool has_unsaved() const { return dirty_; }
  bool read_only() const { return read_only_; }
  RowVersion version() const { return version_; }
  /// Evaluates now (instead of after the pause).
  void evaluate_now();

  /// The conflict bar's choices (also for tests).
  void take_saved();
  void keep_mine();

  AssessmentFormView* form() { return form_; }
  FindingsView* findings() { return findings_; }
  MessageBar* message_bar() { return bar_; }
  wxString status() const;

 private:
  void load();
  void edited();
  void set_read_only(bool read_only, const wxString& why);
  void set_status(const wxString& text);
  void check_signed();

  Clinic& clinic_;
  Id client_ = 0;
  Id session_ = 0;
  plugin::Contribution<plugin::AssessmentForm> form_entry_;  ///< copies: they keep the objects
  plugin::Contribution<plugin::AssessmentKeeper> keeper_;
  RowVersion version_ = 0;
  bool dirty_ = false;
  bool conflict_ = false;
  bool read_only_ = false;
  wxString status_;
  int listener_ = 0;

  MessageBar* bar_ = nullptr;
  wxStaticText* status_text_ = nullptr;
  wxButton* save_button_ = nullptr;
  wxSplitterWindow* split_ = nullptr;
  AssessmentFormView* form_ = nullptr;
  FindingsView* findings_ = nullptr;
  wxTimer evaluate_timer_;
  wxTimer save_timer_;
};

/// Adds a page to the session editor for every active form that has a keeper. A plugin that
/// fails while its page is made is named in the editor's message bar; the others still come.
void add_assessment_pages(SessionFrame& frame, Clinic& clinic);

}  // namespace myochart::gui
