#pragma once
// Beside the chart: the details of one mark (the selected one, else the point just placed).
// Its muscle, chosen from the suggestions of the plugins' chart layers at the mark or from
// every muscle of the trigger-point knowledge pack (searchable), and the fields a plugin
// declares for the mark's kind (MarkKindSpec), rendered from their declarations. Values are
// checked by the registry (validate_mark_attributes) before they are stored in the mark's
// attributes through the canvas, so each change is an undoable edit saved with the session.
// A value that is refused is named with what is accepted, and nothing is stored.
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/panel.h>
#include <wx/scrolwin.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gui/chart_canvas.h"
#include "myochart/plugin/registry.h"

class wxButton;
class wxGridBagSizer;

namespace myochart::gui {

class MarkDetailsPanel : public wxScrolledWindow {
 public:
  MarkDetailsPanel(wxWindow* parent, ChartCanvas& canvas, MarkEditor& editor,
                   const plugin::Registry& registry);

  /// Shows the canvas's selected mark, else the point it placed last, else nothing; re-reads
  /// it after an edit, undo or redo.
  void sync();
  std::optional<MarkEditor::Key> shown() const { return key_; }

  // What tests look at and drive.
  wxChoice* suggestions() { return suggestions_; }
  wxSearchCtrl* muscle_search() { return search_; }
  wxListBox* muscle_list() { return list_; }
  /// The control of a declared field by its id (wxChoice, wxTextCtrl or wxCheckBox).
  wxWindow* field(const std::string& id);
  /// Why the last value was refused; empty when it was stored.
  wxString problem() const { return problem_->GetLabel(); }
  /// The shown muscle's words ("Upper trapezius (left)").
  wxString muscle_label() const { return muscle_->GetLabel(); }

  /// A muscle of the knowledge pack, for the searchable list.
  struct Muscle {
    std::string id;
    std::string name;
  };

 private:
  struct Field {
    plugin::FormField spec;
    wxWindow* control = nullptr;
  };
  void build_fields(const std::string& kind);
  /// With `new_mark`, text the therapist typed for another mark is not kept.
  void show_values(const chart::ChartMark& m, bool new_mark);
  void fill_suggestions(const chart::ChartMark& m);
  void fill_muscle_list();
  void field_edited(const Field& f);
  void suggestion_chosen();
  void muscle_chosen();
  void clear_muscle();
  /// Validates and stores; false (with the reason shown) when refused.
  bool store(chart::ChartMark changed, const std::string& label, bool merge);
  void set_problem(const wxString& text);
  void relayout();  ///< after controls were shown, hidden or relabelled
  std::string muscle_words(const chart::ChartMark& m) const;

  ChartCanvas& canvas_;
  MarkEditor& editor_;
  const plugin::Registry& registry_;
  std::vector<Muscle> muscles_;
  std::vector<plugin::Suggestion> suggested_;
  std::vector<const Muscle*> listed_;
  std::optional<MarkEditor::Key> key_;
  std::string fields_kind_ = "\n";  ///< the kind the field controls were built for
  std::vector<chart::Point> suggested_for_;
  bool showing_ = false;  ///< controls are being filled: not an edit

  wxStaticText* title_ = nullptr;
  wxStaticText* empty_ = nullptr;
  wxPanel* body_ = nullptr;
  wxStaticText* muscle_ = nullptr;
  wxButton* clear_ = nullptr;
  wxChoice* suggestions_ = nullptr;
  wxSearchCtrl* search_ = nullptr;
  wxListBox* list_ = nullptr;
  wxPanel* fields_panel_ = nullptr;
  wxGridBagSizer* fields_sizer_ = nullptr;
  std::vector<Field> fields_;
  wxStaticText* problem_ = nullptr;
};

/// The muscles of the trigger-point knowledge pack (plugin trigger_points, pack muscles), in
/// the pack's order; empty when that plugin is not active.
std::vector<MarkDetailsPanel::Muscle> pack_muscles(const plugin::Registry& registry);

}  // namespace myochart::gui
