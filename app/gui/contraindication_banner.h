#pragma once
// A client's active contraindications as a strip across the top of every screen of that client
// (record and session editor): what must not be missed before treating. Hidden when there are
// none.
#include <wx/panel.h>
#include <wx/stattext.h>

#include <vector>

#include "myochart/clinical.h"

namespace myochart::gui {

class ContraindicationBanner : public wxPanel {
 public:
  explicit ContraindicationBanner(wxWindow* parent);

  /// Shows these (the active ones are picked out) or hides the banner when none is active.
  void show_for(const std::vector<Contraindication>& contraindications);
  int count() const { return count_; }
  wxString text() const;

 private:
  void rewrap();
  wxStaticText* text_ = nullptr;
  wxString label_;  ///< the text before wrapping
  int wrapped_at_ = 0;
  int count_ = 0;
};

/// "Anticoagulants — caution: Warfarin, light pressure" (kind label, severity, description).
wxString describe_contraindication(const Contraindication& c);

}  // namespace myochart::gui
