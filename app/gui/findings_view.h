#pragma once
// What an assessment found, as the therapist reviews it: warnings to refer first, the
// dysfunctions with their severity and the evidence behind each, then the tight and the weak
// muscles (each naming the dysfunctions behind it, in the plugin's "commonly associated with"
// words), and the conflicts (a muscle both tight and weak, or sources that disagree) on a
// coloured ground. Every finding has a check box: ticked findings are kept with the session as
// confirmed by the therapist; unticked ones are left out. A tick survives re-evaluation as long
// as the finding is still there.
#include <wx/checkbox.h>
#include <wx/scrolwin.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "myochart/plugin/findings.h"

namespace myochart::gui {

class FindingsView : public wxScrolledWindow {
 public:
  explicit FindingsView(wxWindow* parent);

  /// Shows the findings of the latest evaluation; `note` replaces the list when not empty
  /// (why there are none: "Correct the entries marked in red").
  void show(std::vector<plugin::Finding> findings, const wxString& note = {});
  /// Unticks these findings (by key) the next time they are shown: what the therapist removed
  /// before, when a stored assessment is loaded.
  void set_removed(std::set<std::string> keys);
  /// The ticked findings, marked confirmed.
  std::vector<plugin::Finding> kept() const;
  const std::vector<plugin::Finding>& shown() const { return findings_; }
  void set_read_only(bool read_only);

  /// Called when the therapist ticks or unticks a finding.
  std::function<void()> on_change;

  /// What identifies a finding across evaluations: kind, subject and side.
  static std::string key(const plugin::Finding& f);
  /// The check box of a finding shown now (null when not shown); named "finding:<key>".
  wxCheckBox* checkbox(const std::string& key) const;

 private:
  void rebuild(const wxString& note);

  std::vector<plugin::Finding> findings_;
  std::set<std::string> removed_;  ///< keys the therapist unticked
  std::map<std::string, wxCheckBox*> boxes_;
  bool read_only_ = false;
  wxString note_;
  int wrapped_for_ = 0;  ///< the client width the words were wrapped for
};

}  // namespace myochart::gui
