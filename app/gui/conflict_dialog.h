#pragma once
// A record changed elsewhere (another window, another workstation) since it was opened: the
// two versions side by side, and the therapist chooses. Nothing is ever overwritten silently.
#include <wx/bitmap.h>
#include <wx/dialog.h>

#include <vector>

namespace myochart::gui {

/// One field that differs between the two versions.
struct ConflictRow {
  wxString label;
  wxString mine;
  wxString theirs;
};

enum class ConflictChoice {
  kKeepMine,   ///< save mine over the other version (explicitly chosen)
  kTakeSaved,  ///< drop mine, show the saved version
  kLater,      ///< decide later: nothing saved, my edits kept in the window
};

class ConflictDialog : public wxDialog {
 public:
  /// `what` names the record ("This session", "Ada Lovelace's details"). Pictures, when given,
  /// show the two charts.
  ConflictDialog(wxWindow* parent, const wxString& what, const std::vector<ConflictRow>& rows,
                 const wxBitmap& my_picture = wxNullBitmap,
                 const wxBitmap& saved_picture = wxNullBitmap);

  ConflictChoice choice() const { return choice_; }

 private:
  ConflictChoice choice_ = ConflictChoice::kLater;
};

}  // namespace myochart::gui
