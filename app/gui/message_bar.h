#pragma once
// A strip across the top of a window for what needs the therapist's attention now (a save that
// failed, a conflict, edits recovered after a crash), with the buttons that deal with it. The
// text wraps to the window's width, so the buttons are always reachable. Its buttons send
// wxEVT_BUTTON with their ids, which reach handlers bound on the bar or its parents.
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

class wxButton;

#include <map>
#include <utility>
#include <vector>

namespace myochart::gui {

class MessageBar : public wxPanel {
 public:
  explicit MessageBar(wxWindow* parent);

  void show_message(const wxString& text,
                    const std::vector<std::pair<wxWindowID, wxString>>& buttons);
  void dismiss();
  wxString message() const { return IsShown() ? text_ : wxString(); }

 private:
  void rewrap();
  wxStaticText* label_ = nullptr;
  wxBoxSizer* buttons_ = nullptr;
  // Made once per id and kept: a button may be the one whose click is being handled when the
  // next message arrives, so buttons are hidden, never deleted, while the bar lives.
  std::map<wxWindowID, wxButton*> made_;
  wxString text_;
  int wrapped_at_ = 0;
};

}  // namespace myochart::gui
