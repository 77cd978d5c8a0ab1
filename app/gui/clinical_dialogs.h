#pragma once
// Intake records of a client, added or edited: a line of health history, a contraindication
// flag, a consent. Each saves in one transaction; a version changed elsewhere is shown side by
// side before anything is written (conflict_dialog.h).
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/textctrl.h>

#include "gui/clinic.h"
#include "gui/record_dialog.h"
#include "myochart/clinical.h"

namespace myochart::gui {

class HealthEntryDialog : public RecordDialog {
 public:
  HealthEntryDialog(wxWindow* parent, Clinic& clinic, HealthEntry entry);
  const HealthEntry& entry() const { return entry_; }

 private:
  bool save() override;
  Clinic& clinic_;
  HealthEntry entry_;
  wxChoice* kind_;
  wxTextCtrl *description_, *details_;
  wxDatePickerCtrl *started_, *ended_;
};

class ContraindicationDialog : public RecordDialog {
 public:
  ContraindicationDialog(wxWindow* parent, Clinic& clinic, Contraindication c);
  const Contraindication& contraindication() const { return c_; }

 private:
  bool save() override;
  Clinic& clinic_;
  Contraindication c_;
  std::vector<std::string> region_ids_;
  wxChoice *kind_, *severity_, *region_;
  wxTextCtrl *description_, *notes_;
  wxCheckBox* active_;
  wxDatePickerCtrl *noted_, *resolved_;
};

class ConsentDialog : public RecordDialog {
 public:
  ConsentDialog(wxWindow* parent, Clinic& clinic, Consent c);
  const Consent& consent() const { return c_; }

 private:
  bool save() override;
  Clinic& clinic_;
  Consent c_;
  wxChoice* kind_;
  wxTextCtrl *witness_, *document_, *notes_;
  wxDatePickerCtrl *given_, *withdrawn_;
};

}  // namespace myochart::gui
