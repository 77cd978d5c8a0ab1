#pragma once
// The session editor: SOAP note, pain before and after, duration, modality and the body chart,
// for one session of one client, in a window of its own.
//
// Data safety. Every edit marks the session unsaved; 1.5 s after typing pauses (and at most
// 5 s after the first unsaved edit) the editor first writes its edits to the draft journal
// beside the database (a synced file: a crash or power cut loses at most those seconds), then
// saves the session and its marks as one transaction. A failed save says so in the window,
// keeps every word, and is tried again; a session changed elsewhere since it was opened is a
// conflict: autosave pauses and the two versions are shown side by side (ConflictDialog), and
// nothing is overwritten unless the therapist chooses to keep their version.
//
// Signed sessions open read-only; they take amendments (amendments_panel.h) instead.
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/frame.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/splitter.h>
#include <wx/textctrl.h>
#include <wx/timectrl.h>
#include <wx/timer.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "gui/chart_canvas.h"
#include "gui/clinic.h"
#include "gui/conflict_dialog.h"
#include "gui/mark_editor.h"
#include "gui/message_bar.h"
#include "gui/plugin_layers.h"
#include "myochart/io/draft_journal.h"
#include "myochart/storage/session_document.h"

namespace myochart::gui {

class AmendmentsPanel;
class ChartToolsPanel;
class ContraindicationBanner;
class MarkDetailsPanel;
class PluginChartLayers;
class HomeCareSheetWindow;

enum class SaveState {
  kSaved,     ///< everything shown is in the database
  kUnsaved,   ///< edits waiting for the next autosave
  kFailed,    ///< the last save failed (the reason is shown); will be tried again
  kConflict,  ///< changed elsewhere: autosave paused until the therapist chooses
};

class SessionFrame : public wxFrame {
 public:
  /// Opens a session. With `recovered`, the unsaved edits found in the draft journal are put
  /// back (a conflict when the session changed since they were made). Throws NotFoundError.
  SessionFrame(wxWindow* parent, Clinic& clinic, Id session,
               std::optional<io::JournalEntry> recovered = std::nullopt);
  ~SessionFrame() override;

  Id session_id() const { return base_.session.id; }
  Id client_id() const { return base_.session.client_id; }
  bool is_signed() const { return base_.session.status == SessionStatus::kSigned; }

  /// Saves now (Ctrl+S, closing, signing). Returns true when everything shown is saved; else
  /// the reason is shown in the window and the edits stay.
  bool save_now();
  SaveState save_state() const { return state_; }
  /// The words of the save status line ("All changes saved at 10:32", "Not saved: ...").
  wxString save_status() const;

  /// Signs and locks the session as `by` (after saving what is unsaved). Shows why not, and
  /// returns false, when it cannot.
  bool sign(const std::string& by);
  /// Opens the conflict comparison (the bar's "Compare…" button), or applies a choice made
  /// elsewhere (tests).
  void compare_versions();
  void resolve_conflict(ConflictChoice choice);

  /// Seams for plugins: a chart layer drawn under the marks, and a page beside the SOAP note
  /// (a plugin's form, rendered from its declaration). Create pages with side_book() as parent.
  void add_chart_layer(std::shared_ptr<const ChartOverlaySource> layer);
  wxNotebook* side_book() { return side_book_; }
  void add_side_page(wxWindow* page, const wxString& title);
  /// A page that keeps its own data (a plugin's assessment) saves with the session: save_now()
  /// (Ctrl+S, closing, signing) runs `save` first. It returns "" when all is saved, else why
  /// not, which the status line and the close question show; the page shows the rest.
  void add_save_step(std::function<wxString()> save);
  /// Calls `on_change` after every change of the marks: an edit on the chart (once a drag
  /// ends, never per mouse move), undo and redo, marks put back or reloaded. Not after a save,
  /// which changes no mark's content.
  void watch_marks(std::function<void()> on_change);

  /// Session › Home-care sheet… (saves first): the sheet window, or null (the reason shown).
  HomeCareSheetWindow* open_home_care_sheet();

  // What tests look at and drive.
  wxTextCtrl* soap_field(char section);  ///< 'S', 'O', 'A' or 'P'
  ChartCanvas* canvas() { return canvas_; }
  MarkEditor& marks() { return editor_; }
  wxChoice* pain_before() { return pain_before_; }
  wxChoice* pain_after() { return pain_after_; }
  ContraindicationBanner* banner() { return banner_; }
  MessageBar* info_bar() { return info_; }
  AmendmentsPanel* amendments() { return amendments_; }
  MarkDetailsPanel* mark_details() { return details_; }
  /// View › Referral zones: which marks the plugins' chart layers draw overlays for.
  void set_referral_zones(ReferralZones zones);
  ReferralZones referral_zones() const;
  const storage::SessionDocument& saved_document() const { return base_; }

 private:
  void build_menus();
  void build_body();
  wxWindow* build_header(wxWindow* parent);
  wxWindow* build_soap_page(wxWindow* parent);
  wxWindow* build_chart_side(wxWindow* parent);
  /// The clinic's plugin registry (the host starts on first use); an empty one when the host
  /// could not start (the reason is shown in the message bar).
  const plugin::Registry& plugin_registry();
  void show_plugin_notices();
  /// A trigger point being placed gets the muscle the plugins suggest there.
  void suggest_muscle(chart::ChartMark& mark);
  void sync_chart_panels();  ///< the palette and the mark details show the canvas's state
  void show_document();      ///< controls from base_ (without raising edits)
  storage::SessionDocument collect() const;
  void edited();
  void set_state(SaveState state, const wxString& detail = {});
  void apply_signed_state();
  void load_previous_session();
  void update_title();
  bool save_session();
  void marks_replaced();  ///< the editor's marks were loaded anew: redraw, tell the watchers
  void on_close(wxCloseEvent& e);
  void on_autosave(wxTimerEvent&);
  void sign_dialog();
  void amend_dialog();
  template <typename F>
  void guarded(const wxString& what, F&& f);

  Clinic& clinic_;
  storage::SessionDocument base_;  ///< as last loaded or saved
  MarkEditor editor_;
  std::string client_name_;
  SaveState state_ = SaveState::kSaved;
  wxString state_detail_;
  std::optional<std::chrono::steady_clock::time_point> unsaved_since_;
  std::optional<Timestamp> saved_at_;
  bool showing_ = false;  ///< controls are being filled: not an edit
  int listener_ = 0;
  std::vector<std::function<wxString()>> save_steps_;
  wxString step_problem_;  ///< why a page's own save failed last time, "" when it did not
  std::vector<std::function<void()>> mark_watchers_;

  MessageBar* info_ = nullptr;
  ContraindicationBanner* banner_ = nullptr;
  wxStaticText* status_chip_ = nullptr;
  wxDatePickerCtrl* date_ = nullptr;
  wxTimePickerCtrl* time_ = nullptr;
  wxSpinCtrl* duration_ = nullptr;
  wxComboBox* modality_ = nullptr;
  wxTextCtrl* therapist_ = nullptr;
  wxChoice* pain_before_ = nullptr;
  wxChoice* pain_after_ = nullptr;
  wxSplitterWindow* split_ = nullptr;
  wxNotebook* side_book_ = nullptr;
  wxTextCtrl* soap_[4] = {};
  AmendmentsPanel* amendments_ = nullptr;
  ChartCanvas* canvas_ = nullptr;
  ChartToolsPanel* tools_ = nullptr;
  MarkDetailsPanel* details_ = nullptr;
  std::shared_ptr<PluginChartLayers> plugin_layers_;
  std::vector<std::string> plugin_problems_;  ///< start-up failure of the plugin host
  wxTimer autosave_;
};

/// Field-by-field differences of two versions of a session, for the conflict dialog.
std::vector<ConflictRow> session_differences(const storage::SessionDocument& mine,
                                             const storage::SessionDocument& saved);

}  // namespace myochart::gui
