#pragma once
// A page of the session editor for one plugin's session analyzer (plugin/session_work.h), e.g.
// the trigger-point plugin's "Referred pain": its warnings first, in a red box; the candidates
// best first, each with a bar for its score and the reason for it; the line saying what was
// analysed; and the findings kept with the session. One page per analyzer, titled by its label.
//
// The page follows the chart as it is in the editor (saved or not): 300 ms after the last mark
// edit (never per mouse move) and on demand. "Keep as findings" first saves the session (the
// findings then describe the chart as saved), then replaces the plugin's findings of the
// session with the analysis' findings in one transaction. A plugin's failure is shown in the
// page, a storage error in the window's message bar, both in plain words; what the therapist
// typed is never touched.
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include <optional>
#include <vector>

#include "gui/clinic.h"
#include "myochart/plugin/registry.h"
#include "myochart/storage/findings.h"

class wxButton;
class wxScrolledWindow;

namespace myochart::gui {

class SessionFrame;

class SessionAnalysisPage : public wxPanel {
 public:
  /// `analyzer` belongs to the clinic's plugin host, which outlives every window.
  SessionAnalysisPage(wxWindow* parent, SessionFrame& session, Clinic& clinic,
                      const plugin::Contribution<plugin::SessionAnalyzer>& analyzer);

  /// The chart changed: analyse again once the edits pause.
  void marks_changed();
  /// Analyses the marks as they are in the editor now.
  void update_now();
  /// Saves the session, then keeps the analysis' findings with it. Returns whether they were
  /// kept; otherwise the reason is shown.
  bool keep_findings();

  /// The latest analysis; none while the plugin fails (problem() says why).
  const std::optional<plugin::SessionAnalysis>& analysis() const { return analysis_; }
  const wxString& problem() const { return problem_; }
  /// The findings this analyzer's plugin kept with the session, as stored.
  const std::vector<storage::StoredFinding>& kept() const { return kept_; }
  /// How many analyses ran (tests: the debounce).
  int analyses_run() const { return runs_; }
  const std::string& plugin_id() const { return analyzer_.plugin_id; }
  /// The analyzer's label ("Referred pain"), the page's title.
  const wxString& title() const { return label_; }

 private:
  void load_kept();
  void show_analysis();
  void show_kept();
  void rewrap();
  wxStaticText* wrapped(wxWindow* parent, const wxString& text, int indent);

  SessionFrame& session_;
  Clinic& clinic_;
  const plugin::Contribution<plugin::SessionAnalyzer>& analyzer_;
  wxString label_;
  std::optional<plugin::SessionAnalysis> analysis_;
  wxString problem_;
  std::vector<storage::StoredFinding> all_kept_;  ///< every plugin's (the analyzer sees them)
  std::vector<storage::StoredFinding> kept_;      ///< this plugin's
  int runs_ = 0;

  wxTimer timer_;
  wxScrolledWindow* scroll_ = nullptr;
  wxPanel* warning_box_ = nullptr;  ///< the red edge round warnings_
  wxPanel* warnings_ = nullptr;
  wxPanel* candidates_ = nullptr;
  wxPanel* kept_list_ = nullptr;
  wxStaticText* basis_ = nullptr;
  wxStaticText* status_ = nullptr;
  wxButton* keep_ = nullptr;
  struct Wrapped {
    wxStaticText* text;
    wxString label;
    int indent;
  };
  std::vector<Wrapped> wrapped_;
  int wrapped_at_ = 0;
};

/// Adds one page per active session analyzer to the session editor, and keeps them following
/// its chart. A plugin host that cannot start is said in the window's message bar.
void add_session_analysis_pages(SessionFrame& session, Clinic& clinic);

}  // namespace myochart::gui
