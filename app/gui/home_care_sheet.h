#pragma once
// The home-care sheet of a session (Session › Home-care sheet…): the plugin's proposal from the
// session's findings and the client's contraindications, edited by the therapist (exercises
// added from the catalogue, removed, reordered, dosed, a note each; general advice; the stop
// rule; paper), beside a live preview of the pages core draws. Print…, Save as PDF… and Give to
// client record the sheet as given (one transaction), so the client record lists it and it
// re-prints exactly as given. The plan is the plugin's JSON: this window edits the fields every
// composer agrees on (session_work.h) and passes the rest through.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/spinctrl.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include <memory>
#include <optional>
#include <vector>

#include "gui/clinic.h"
#include "myochart/plugin/registry.h"
#include "myochart/render/document_renderer.h"

namespace myochart::gui {

class DocumentPreview;

class HomeCareSheetWindow : public wxDialog {
 public:
  /// Proposes a sheet for the session. Throws Error (shown by the caller) when no plugin keeps
  /// handouts or the session cannot be read.
  HomeCareSheetWindow(wxWindow* parent, Clinic& clinic, Id session);
  ~HomeCareSheetWindow() override;

  // The actions of the buttons, for tests. Each shows its problem in plain words and returns
  // whether it did what it says.
  bool add_exercise(const std::string& catalogue_id);
  bool remove_exercise(std::size_t index);
  bool move_exercise(std::size_t index, int by);
  void select_exercise(std::size_t index);
  /// Sets a dosage field of the selected exercise from its text, as typed.
  bool set_dosage(const std::string& field, const wxString& text);
  bool give();  ///< Give to client: records the sheet as given, prints nothing
  bool save_pdf(const std::filesystem::path& file);  ///< records it as given too
  void refresh_preview();                            ///< now, instead of after the pause in typing

  const nlohmann::json& plan() const { return plan_; }
  std::optional<Id> given_sheet() const { return given_id_; }
  std::size_t page_count() const { return layout_ ? layout_->page_count() : 0; }
  /// The problem shown above the preview (a plan the plugin refused), empty when none.
  wxString preview_problem() const;
  wxString dosage_problem() const;

 private:
  void build();
  wxWindow* build_editor(wxWindow* parent);
  wxSizer* build_catalogue(wxWindow* parent);
  void fill_items();
  void fill_catalogue();
  void fill_templates();
  void show_selected();
  void edited();
  std::optional<Id> record_given();
  void on_print();
  void on_save_pdf();
  void on_preview();
  void on_save_template();
  void on_load_template();
  void on_close(wxCloseEvent& e);
  std::string exercise_label(const std::string& id) const;
  nlohmann::json& items() { return plan_["items"]; }
  template <typename F>
  bool guarded(const wxString& what, F&& f);

  Clinic& clinic_;
  Id session_ = 0;
  Id client_ = 0;
  const plugin::Contribution<plugin::HandoutKeeper>* keeper_ = nullptr;
  std::string composer_id_;
  std::vector<plugin::CatalogueEntry> catalogue_;
  std::vector<plugin::FormField> dosage_fields_;
  plugin::HandoutContext context_;
  nlohmann::json plan_;
  std::shared_ptr<const render::DocumentLayout> layout_;
  std::optional<Id> given_id_;
  nlohmann::json given_plan_;
  doc::PageSize given_page_ = doc::PageSize::kA4;
  bool dirty_ = false;
  bool showing_ = false;
  int selected_ = -1;

  wxListCtrl* items_ = nullptr;
  wxStaticText* withheld_ = nullptr;
  wxStaticText* item_title_ = nullptr;
  wxStaticText* warnings_ = nullptr;
  std::vector<std::pair<std::string, wxWindow*>> dosage_controls_;
  wxStaticText* dosage_problem_ = nullptr;
  wxTextCtrl* note_ = nullptr;
  wxTextCtrl* advice_ = nullptr;
  wxSpinCtrl* stop_rule_ = nullptr;
  wxChoice* paper_ = nullptr;
  wxChoice* templates_ = nullptr;
  wxSearchCtrl* search_ = nullptr;
  wxListCtrl* catalogue_list_ = nullptr;
  std::vector<std::size_t> catalogue_rows_;
  wxStaticText* problem_ = nullptr;
  wxStaticText* status_ = nullptr;
  DocumentPreview* preview_ = nullptr;
  wxTimer refresh_;
};

/// Opens the sheet window of a session (a modeless window), or shows why it cannot.
HomeCareSheetWindow* open_home_care_sheet(wxWindow* parent, Clinic& clinic, Id session);

}  // namespace myochart::gui
