#include "gui/home_care_sheet.h"

#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statbox.h>
#include <wx/textdlg.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "gui/document_preview.h"
#include "gui/errors_ui.h"
#include "gui/handouts.h"
#include "gui/printing.h"
#include "gui/wx_text.h"
#include "myochart/clinical.h"
#include "myochart/errors.h"

namespace myochart::gui {

namespace {

using nlohmann::json;

constexpr int kMaxItems = 12;  // what a sheet holds (the plan's own limit)

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string kind_label(const std::string& id) {
  for (const auto& k : contraindication_kinds())
    if (k.id == id) return std::string(k.label);
  return id;
}

std::string joined(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// "3 × 30 s, 2/day" from a dosage, whatever fields it has: the list's short form.
wxString dosage_short(const json& d) {
  if (!d.is_object()) return {};
  auto num = [&](const char* k) -> std::optional<long long> {
    if (d.contains(k) && d[k].is_number_integer()) return d[k].get<long long>();
    return std::nullopt;
  };
  wxString s;
  if (auto sets = num("sets")) s << *sets << " × ";
  if (auto reps = num("reps")) s << *reps << " reps";
  if (auto hold = num("hold_seconds")) s << (num("reps") ? ", " : "") << *hold << " s hold";
  if (auto t = num("times_per_day")) s << ", " << *t << "/day";
  return s;
}

}  // namespace

HomeCareSheetWindow::HomeCareSheetWindow(wxWindow* parent, Clinic& clinic, Id session)
    : wxDialog(parent, wxID_ANY, "Home-care sheet", wxDefaultPosition, wxSize(1240, 860),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX),
      clinic_(clinic),
      session_(session),
      refresh_(this) {
  SetName("home_care_sheet");
  const auto& registry = clinic_.registry();
  keeper_ = handout_keeper(registry);
  if (!keeper_)
    throw Error(
        "home-care sheets need the home-care plugin, which is not active: enable it in "
        "Plugins, then try again");
  const auto& k = *keeper_->object;
  composer_id_ = registry.call(*keeper_, "naming its composer", [&] { return k.composer_id(); });
  catalogue_ = registry.call(*keeper_, "listing its exercises", [&] { return k.catalogue(); });
  dosage_fields_ =
      registry.call(*keeper_, "listing its dosage fields", [&] { return k.dosage_fields(); });
  context_ = handout_context(clinic_, session_);
  client_ = clinic_.sessions().get(session_).client_id;
  SetTitle(wx(handout_label(registry, *keeper_)) + " — " + wx(context_.client_name));

  plugin::HandoutRequest request;
  request.findings = session_findings(clinic_, session_);
  request.context = context_;
  plan_ = registry.propose_handout(composer_id_, request);
  if (!plan_.contains("items") || !plan_["items"].is_array()) plan_["items"] = json::array();

  build();
  fill_items();
  fill_catalogue();
  fill_templates();
  if (!items().empty()) select_exercise(0);
  refresh_preview();
  if (items().empty())
    status_->SetLabel(
        "The session has no findings a sheet answers (tight or weak muscles, active trigger "
        "points): add exercises from the catalogue, or load a template.");

  Bind(
      wxEVT_TIMER, [this](wxTimerEvent&) { refresh_preview(); }, refresh_.GetId());
  Bind(wxEVT_CLOSE_WINDOW, &HomeCareSheetWindow::on_close, this);
}

HomeCareSheetWindow::~HomeCareSheetWindow() = default;

// ---- construction ------------------------------------------------------------------------------

void HomeCareSheetWindow::build() {
  auto* root = new wxBoxSizer(wxVERTICAL);
  auto* split = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                     wxSP_LIVE_UPDATE | wxSP_3DSASH);
  split->SetMinimumPaneSize(FromDIP(320));
  auto* right = new wxPanel(split);
  auto* rs = new wxBoxSizer(wxVERTICAL);
  problem_ = new wxStaticText(right, wxID_ANY, "");
  problem_->SetName("preview_problem");
  problem_->SetForegroundColour(wxColour(0xb0, 0x20, 0x20));
  rs->Add(problem_, 0, wxEXPAND | wxALL, FromDIP(4));
  preview_ = new DocumentPreview(right);
  rs->Add(preview_, 1, wxEXPAND);
  right->SetSizer(rs);
  split->SplitVertically(build_editor(split), right, FromDIP(600));
  split->SetSashGravity(0.5);
  // The editor gets what its controls need, the preview the rest (placed once sized).
  CallAfter([this, split] {
    split->SetSashPosition(
        std::max(FromDIP(560), std::min(FromDIP(720), GetClientSize().x - FromDIP(520))));
  });
  root->Add(split, 1, wxEXPAND | wxALL, FromDIP(8));

  auto* bottom = new wxBoxSizer(wxHORIZONTAL);
  status_ = new wxStaticText(this, wxID_ANY,
                             "Print… and Save as PDF… also record the sheet as given to the "
                             "client (Client record › Handouts).");
  status_->SetName("sheet_status");
  bottom->Add(status_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  auto button = [&](const wxString& label, const wxString& name, auto action) {
    auto* b = new wxButton(this, wxID_ANY, label);
    b->SetName(name);
    b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
    bottom->Add(b, 0, wxLEFT, FromDIP(6));
    return b;
  };
  button("Print preview…", "preview", [this] { on_preview(); });
  button("Save as PDF…", "save_pdf", [this] { on_save_pdf(); });
  auto* print = button("Print…", "print", [this] { on_print(); });
  button("Give to client", "give", [this] { give(); });
  button("Close", "close", [this] { Close(); });
  print->SetDefault();
  root->Add(bottom, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  SetSizer(root);
}

wxWindow* HomeCareSheetWindow::build_editor(wxWindow* parent) {
  auto* panel = new wxScrolledWindow(parent, wxID_ANY);
  panel->SetScrollRate(0, FromDIP(12));
  auto* s = new wxBoxSizer(wxVERTICAL);
  const int gap = FromDIP(6);

  auto* who = new wxStaticText(
      panel, wxID_ANY,
      wx(context_.client_name + " · " + context_.date +
         (context_.contraindication_kinds.empty()
              ? std::string(" · no active contraindications")
              : " · checked against: " + joined(
                                             [&] {
                                               std::vector<std::string> labels;
                                               for (const auto& k : context_.contraindication_kinds)
                                                 labels.push_back(kind_label(k));
                                               return labels;
                                             }(),
                                             ", "))));
  who->SetFont(who->GetFont().Bold());
  who->Wrap(FromDIP(560));
  s->Add(who, 0, wxBOTTOM, gap);

  // The exercises on the sheet, in order, and what was left out.
  items_ = new wxListCtrl(panel, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 150)),
                          wxLC_REPORT | wxLC_SINGLE_SEL);
  items_->SetName("sheet_items");
  items_->AppendColumn("#", wxLIST_FORMAT_RIGHT, FromDIP(28));
  items_->AppendColumn("Exercise on the sheet", wxLIST_FORMAT_LEFT, FromDIP(270));
  items_->AppendColumn("How much", wxLIST_FORMAT_LEFT, FromDIP(170));
  items_->AppendColumn("Take care", wxLIST_FORMAT_LEFT, FromDIP(90));
  s->Add(items_, 0, wxEXPAND);
  auto* moves = new wxBoxSizer(wxHORIZONTAL);
  auto move_button = [&](const wxString& label, const wxString& name, auto action) {
    auto* b = new wxButton(panel, wxID_ANY, label);
    b->SetName(name);
    b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
    moves->Add(b, 0, wxRIGHT, FromDIP(4));
  };
  move_button("Move up", "move_up", [this] {
    if (selected_ >= 0) move_exercise(static_cast<std::size_t>(selected_), -1);
  });
  move_button("Move down", "move_down", [this] {
    if (selected_ >= 0) move_exercise(static_cast<std::size_t>(selected_), +1);
  });
  move_button("Remove", "remove_exercise", [this] {
    if (selected_ >= 0) remove_exercise(static_cast<std::size_t>(selected_));
  });
  s->Add(moves, 0, wxTOP, FromDIP(4));
  items_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
    if (!showing_) select_exercise(static_cast<std::size_t>(e.GetIndex()));
  });
  withheld_ = new wxStaticText(panel, wxID_ANY, "");
  withheld_->SetName("withheld");
  withheld_->SetForegroundColour(wxColour(0x80, 0x40, 0x00));
  s->Add(withheld_, 0, wxEXPAND | wxTOP, FromDIP(4));

  // The selected exercise: dosage and the therapist's note.
  auto* box = new wxStaticBoxSizer(wxVERTICAL, panel, "Selected exercise");
  auto* sb = box->GetStaticBox();
  item_title_ = new wxStaticText(sb, wxID_ANY, "");
  item_title_->SetFont(item_title_->GetFont().Bold());
  box->Add(item_title_, 0, wxBOTTOM, FromDIP(4));
  warnings_ = new wxStaticText(sb, wxID_ANY, "");
  warnings_->SetName("item_warnings");
  warnings_->SetForegroundColour(wxColour(0x90, 0x50, 0x00));
  box->Add(warnings_, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
  auto* grid = new wxFlexGridSizer(4, FromDIP(4), FromDIP(8));
  for (const auto& f : dosage_fields_) {
    wxString label = wx(f.label);
    if (!f.unit.empty()) label << " (" << wx(f.unit) << ")";
    grid->Add(new wxStaticText(sb, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    wxWindow* control = nullptr;
    if (f.type == plugin::FieldType::kChoice) {
      auto* c = new wxChoice(sb, wxID_ANY);
      for (const auto& o : f.options) c->Append(wx(o.label));
      c->Bind(wxEVT_CHOICE, [this, id = f.id](wxCommandEvent& e) {
        if (!showing_) set_dosage(id, e.GetString());
      });
      control = c;
    } else {
      auto* t = new wxTextCtrl(sb, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(60, -1)));
      wxString tip = "A whole number";
      if (f.min && f.max) tip << wxString::Format(" from %g to %g", *f.min, *f.max);
      if (!f.required) tip << "; leave empty when not used";
      t->SetToolTip(tip);
      t->Bind(wxEVT_TEXT, [this, id = f.id](wxCommandEvent& e) {
        if (!showing_) set_dosage(id, e.GetString());
      });
      control = t;
    }
    control->SetName("dosage_" + wx(f.id));
    grid->Add(control, 0, wxEXPAND);
    dosage_controls_.emplace_back(f.id, control);
  }
  box->Add(grid, 0, wxEXPAND);
  dosage_problem_ = new wxStaticText(sb, wxID_ANY, "");
  dosage_problem_->SetName("dosage_problem");
  dosage_problem_->SetForegroundColour(wxColour(0xb0, 0x20, 0x20));
  box->Add(dosage_problem_, 0, wxEXPAND | wxTOP, FromDIP(2));
  box->Add(new wxStaticText(sb, wxID_ANY, "Note for the client (printed with the exercise)"), 0,
           wxTOP, FromDIP(4));
  note_ = new wxTextCtrl(sb, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(300, -1)));
  note_->SetMinSize(FromDIP(wxSize(300, -1)));
  note_->SetName("item_note");
  note_->SetMaxLength(400);
  note_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
    if (showing_ || selected_ < 0) return;
    items()[static_cast<std::size_t>(selected_)]["note"] = utf8(note_->GetValue());
    edited();
  });
  box->Add(note_, 0, wxEXPAND);
  s->Add(box, 0, wxEXPAND | wxTOP, gap);

  s->Add(build_catalogue(panel), 0, wxEXPAND | wxTOP, gap);

  // The sheet as a whole.
  s->Add(new wxStaticText(panel, wxID_ANY, "General advice (one line each)"), 0, wxTOP, gap);
  advice_ = new wxTextCtrl(panel, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(300, 70)),
                           wxTE_MULTILINE | wxTE_WORDWRAP);
  advice_->SetMinSize(FromDIP(wxSize(300, 70)));  // not as wide as its longest line
  advice_->SetName("general_advice");
  advice_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
    if (showing_) return;
    json lines = json::array();
    for (const auto& line : wxSplit(advice_->GetValue(), '\n')) {
      const wxString t = wxString(line).Trim().Trim(false);
      if (!t.empty()) lines.push_back(utf8(t));
    }
    plan_["general_advice"] = lines;
    edited();
  });
  s->Add(advice_, 0, wxEXPAND);
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(new wxStaticText(panel, wxID_ANY, "Stop if pain rises above"), 0,
           wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
  stop_rule_ = new wxSpinCtrl(panel, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                              wxSP_ARROW_KEYS, 0, 10, plan_.value("stop_rule_pain", 5));
  stop_rule_->SetName("stop_rule");
  stop_rule_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) {
    plan_["stop_rule_pain"] = stop_rule_->GetValue();
    edited();
  });
  row->Add(stop_rule_, 0, wxALIGN_CENTER_VERTICAL);
  row->Add(new wxStaticText(panel, wxID_ANY, "/10"), 0, wxALIGN_CENTER_VERTICAL | wxLEFT,
           FromDIP(2));
  row->AddSpacer(FromDIP(20));
  row->Add(new wxStaticText(panel, wxID_ANY, "Paper"), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
           FromDIP(4));
  paper_ = new wxChoice(panel, wxID_ANY);
  paper_->SetName("paper");
  paper_->Append("A4");
  paper_->Append("US Letter");
  paper_->SetSelection(context_.page == doc::PageSize::kLetter ? 1 : 0);
  paper_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    context_.page = paper_->GetSelection() == 1 ? doc::PageSize::kLetter : doc::PageSize::kA4;
    edited();
  });
  row->Add(paper_, 0, wxALIGN_CENTER_VERTICAL);
  s->Add(row, 0, wxTOP, gap);

  auto* trow = new wxBoxSizer(wxHORIZONTAL);
  trow->Add(new wxStaticText(panel, wxID_ANY, "Templates"), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
            FromDIP(4));
  templates_ = new wxChoice(panel, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(180, -1)));
  templates_->SetName("templates");
  trow->Add(templates_, 0, wxALIGN_CENTER_VERTICAL);
  auto* load = new wxButton(panel, wxID_ANY, "Load");
  load->SetName("load_template");
  load->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_load_template(); });
  trow->Add(load, 0, wxLEFT, FromDIP(4));
  auto* save = new wxButton(panel, wxID_ANY, "Save as template…");
  save->SetName("save_template");
  save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_save_template(); });
  trow->Add(save, 0, wxLEFT, FromDIP(4));
  s->Add(trow, 0, wxTOP, gap);

  panel->SetSizer(s);
  panel->FitInside();
  return panel;
}

wxSizer* HomeCareSheetWindow::build_catalogue(wxWindow* parent) {
  auto* box = new wxStaticBoxSizer(wxVERTICAL, parent, "Add from the catalogue");
  auto* sb = box->GetStaticBox();
  search_ = new wxSearchCtrl(sb, wxID_ANY);
  search_->SetName("catalogue_search");
  search_->SetDescriptiveText("Name, kind or muscle (e.g. pectoralis, stretch)");
  search_->ShowCancelButton(true);
  box->Add(search_, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
  catalogue_list_ = new wxListCtrl(sb, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 110)),
                                   wxLC_REPORT | wxLC_SINGLE_SEL);
  catalogue_list_->SetName("catalogue");
  catalogue_list_->AppendColumn("Exercise", wxLIST_FORMAT_LEFT, FromDIP(250));
  catalogue_list_->AppendColumn("Kind", wxLIST_FORMAT_LEFT, FromDIP(90));
  catalogue_list_->AppendColumn("Target", wxLIST_FORMAT_LEFT, FromDIP(190));
  box->Add(catalogue_list_, 0, wxEXPAND);
  auto* add = new wxButton(sb, wxID_ANY, "Add to the sheet");
  add->SetName("add_exercise");
  box->Add(add, 0, wxTOP, FromDIP(4));
  auto add_selected = [this] {
    const long row = catalogue_list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<std::size_t>(row) >= catalogue_rows_.size()) {
      status_->SetLabel("Choose an exercise in the catalogue first.");
      return;
    }
    add_exercise(catalogue_[catalogue_rows_[static_cast<std::size_t>(row)]].id);
  };
  add->Bind(wxEVT_BUTTON, [add_selected](wxCommandEvent&) { add_selected(); });
  catalogue_list_->Bind(wxEVT_LIST_ITEM_ACTIVATED,
                        [add_selected](wxListEvent&) { add_selected(); });
  search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { fill_catalogue(); });
  return box;
}

// ---- showing the plan --------------------------------------------------------------------------

std::string HomeCareSheetWindow::exercise_label(const std::string& id) const {
  for (const auto& e : catalogue_)
    if (e.id == id) return e.label;
  return id;
}

void HomeCareSheetWindow::fill_items() {
  showing_ = true;
  items_->DeleteAllItems();
  long row = 0;
  for (const auto& item : items()) {
    const std::string id = item.value("exercise", std::string());
    items_->InsertItem(row, wxString::Format("%ld", row + 1));
    items_->SetItem(row, 1, wx(item.value("name", exercise_label(id))));
    items_->SetItem(row, 2, dosage_short(item.value("dosage", json::object())));
    const bool warned =
        item.contains("warnings") && item["warnings"].is_array() && !item["warnings"].empty();
    items_->SetItem(row, 3, warned ? wxString("⚠ warning") : wxString());
    if (warned) items_->SetItemTextColour(row, wxColour(0x90, 0x50, 0x00));
    ++row;
  }
  if (selected_ >= static_cast<int>(items().size()))
    selected_ = static_cast<int>(items().size()) - 1;
  if (selected_ >= 0) {
    items_->SetItemState(selected_, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                         wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    items_->EnsureVisible(selected_);
  }
  wxString withheld;
  if (plan_.contains("withheld") && plan_["withheld"].is_array())
    for (const auto& w : plan_["withheld"]) {
      withheld << (withheld.empty() ? "Withheld for this client's contraindications:\n" : "\n")
               << "  • " << wx(exercise_label(w.value("exercise", std::string()))) << " — "
               << wx(w.value("reason", std::string()));
    }
  withheld_->SetLabel(withheld);
  withheld_->Wrap(FromDIP(560));
  advice_->ChangeValue([&] {
    wxString text;
    if (plan_.contains("general_advice") && plan_["general_advice"].is_array())
      for (const auto& a : plan_["general_advice"])
        if (a.is_string()) text << (text.empty() ? "" : "\n") << wx(a.get<std::string>());
    return text;
  }());
  stop_rule_->SetValue(plan_.value("stop_rule_pain", 5));
  showing_ = false;
  show_selected();
  GetSizer()->Layout();
}

void HomeCareSheetWindow::show_selected() {
  showing_ = true;
  const bool has = selected_ >= 0 && selected_ < static_cast<int>(items().size());
  const json none = json::object();
  const json& item = has ? items()[static_cast<std::size_t>(selected_)] : none;
  item_title_->SetLabel(
      has ? wx(std::to_string(selected_ + 1) + ". " +
               item.value("name", exercise_label(item.value("exercise", std::string()))))
          : wxString("No exercise selected"));
  wxString warn;
  if (has && item.contains("warnings") && item["warnings"].is_array())
    for (const auto& w : item["warnings"])
      if (w.is_string()) warn << (warn.empty() ? "⚠ " : "\n⚠ ") << wx(w.get<std::string>());
  warnings_->SetLabel(warn);
  warnings_->Wrap(FromDIP(540));
  const json dosage = has ? item.value("dosage", json::object()) : json::object();
  for (std::size_t i = 0; i < dosage_controls_.size(); ++i) {
    const auto& [id, control] = dosage_controls_[i];
    const auto& field = dosage_fields_[i];
    control->Enable(has);
    const json v = dosage.contains(id) ? dosage[id] : json();
    if (auto* c = dynamic_cast<wxChoice*>(control)) {
      int sel = wxNOT_FOUND;
      for (std::size_t o = 0; o < field.options.size(); ++o)
        if (v.is_string() && v.get<std::string>() == field.options[o].id) sel = static_cast<int>(o);
      c->SetSelection(sel);
    } else if (auto* t = dynamic_cast<wxTextCtrl*>(control)) {
      t->ChangeValue(v.is_number() ? wxString::Format("%lld", v.get<long long>()) : wxString());
    }
  }
  dosage_problem_->SetLabel("");
  note_->Enable(has);
  note_->ChangeValue(has ? wx(item.value("note", std::string())) : wxString());
  showing_ = false;
}

void HomeCareSheetWindow::fill_catalogue() {
  const std::string q = lower(utf8(search_->GetValue()));
  catalogue_list_->Freeze();
  catalogue_list_->DeleteAllItems();
  catalogue_rows_.clear();
  for (std::size_t i = 0; i < catalogue_.size(); ++i) {
    const auto& e = catalogue_[i];
    std::string targets = joined(e.targets, ", ");
    std::replace(targets.begin(), targets.end(), '_', ' ');
    const std::string kind = [&] {
      std::string k = e.kind;
      std::replace(k.begin(), k.end(), '_', ' ');
      return k;
    }();
    if (!q.empty() &&
        lower(e.label + " " + kind + " " + targets + " " + e.id).find(q) == std::string::npos)
      continue;
    const long row = static_cast<long>(catalogue_rows_.size());
    catalogue_list_->InsertItem(row, wx(e.label));
    catalogue_list_->SetItem(row, 1, wx(kind));
    catalogue_list_->SetItem(row, 2, wx(targets));
    catalogue_rows_.push_back(i);
  }
  catalogue_list_->Thaw();
}

void HomeCareSheetWindow::fill_templates() {
  guarded("Could not list the templates", [&] {
    const auto names = clinic_.registry().call(
        *keeper_, "listing templates", [&] { return keeper_->object->templates(clinic_.db()); });
    templates_->Clear();
    for (const auto& n : names) templates_->Append(wx(n));
    if (!names.empty()) templates_->SetSelection(0);
  });
}

wxString HomeCareSheetWindow::preview_problem() const {
  return problem_->GetLabel();
}
wxString HomeCareSheetWindow::dosage_problem() const {
  return dosage_problem_->GetLabel();
}

// ---- editing -----------------------------------------------------------------------------------

void HomeCareSheetWindow::edited() {
  dirty_ = true;
  refresh_.StartOnce(350);  // after the pause in typing
}

void HomeCareSheetWindow::select_exercise(std::size_t index) {
  selected_ = index < items().size() ? static_cast<int>(index) : -1;
  if (selected_ >= 0 &&
      !(items_->GetItemState(selected_, wxLIST_STATE_SELECTED) & wxLIST_STATE_SELECTED)) {
    showing_ = true;
    items_->SetItemState(selected_, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    showing_ = false;
  }
  show_selected();
}

bool HomeCareSheetWindow::add_exercise(const std::string& catalogue_id) {
  for (const auto& item : items())
    if (item.value("exercise", std::string()) == catalogue_id) {
      status_->SetLabel(wx(exercise_label(catalogue_id)) + " is already on the sheet.");
      return false;
    }
  if (items().size() >= kMaxItems) {
    status_->SetLabel(wxString::Format(
        "A sheet holds at most %d exercises: remove one before adding another.", kMaxItems));
    return false;
  }
  return guarded("Could not add the exercise", [&] {
    json item = clinic_.registry().call(*keeper_, "making a new sheet item",
                                        [&] { return keeper_->object->new_item(catalogue_id); });
    items().push_back(std::move(item));
    selected_ = static_cast<int>(items().size()) - 1;
    fill_items();
    status_->SetLabel(wx(exercise_label(catalogue_id)) + " added.");
    edited();
  });
}

bool HomeCareSheetWindow::remove_exercise(std::size_t index) {
  if (index >= items().size()) return false;
  const std::string id = items()[index].value("exercise", std::string());
  items().erase(index);
  selected_ = std::min(static_cast<int>(index), static_cast<int>(items().size()) - 1);
  fill_items();
  status_->SetLabel(wx(exercise_label(id)) + " removed from the sheet.");
  edited();
  return true;
}

bool HomeCareSheetWindow::move_exercise(std::size_t index, int by) {
  const long target = static_cast<long>(index) + by;
  if (index >= items().size() || target < 0 || target >= static_cast<long>(items().size()))
    return false;
  std::swap(items()[index], items()[static_cast<std::size_t>(target)]);
  selected_ = static_cast<int>(target);
  fill_items();
  edited();
  return true;
}

bool HomeCareSheetWindow::set_dosage(const std::string& field_id, const wxString& text) {
  if (selected_ < 0 || selected_ >= static_cast<int>(items().size())) return false;
  const auto f = std::find_if(dosage_fields_.begin(), dosage_fields_.end(),
                              [&](const auto& x) { return x.id == field_id; });
  if (f == dosage_fields_.end()) return false;
  json value;
  const wxString t = wxString(text).Trim().Trim(false);
  if (f->type == plugin::FieldType::kChoice) {
    for (const auto& o : f->options)
      if (wx(o.label) == t || wx(o.id) == t) value = o.id;
    if (value.is_null()) {
      wxString choices;
      for (const auto& o : f->options) choices << (choices.empty() ? "" : ", ") << wx(o.label);
      dosage_problem_->SetLabel(wx(f->label) + ": choose one of " + choices + ".");
      return false;
    }
  } else if (!t.empty()) {
    long long n = 0;
    const wxString range = f->min && f->max
                               ? wxString::Format("a whole number from %g to %g", *f->min, *f->max)
                               : wxString("a whole number");
    if (!t.ToLongLong(&n) || (f->min && n < *f->min) || (f->max && n > *f->max)) {
      dosage_problem_->SetLabel(wx(f->label) + ": “" + t + "” is not accepted. Enter " + range +
                                (f->required ? "." : ", or leave it empty when not used."));
      return false;
    }
    value = n;
  } else if (f->required) {
    dosage_problem_->SetLabel(
        wx(f->label) + " is needed: enter " +
        wxString::Format("a whole number from %g to %g.", f->min.value_or(0), f->max.value_or(0)));
    return false;
  }
  dosage_problem_->SetLabel("");
  items()[static_cast<std::size_t>(selected_)]["dosage"][field_id] = value;
  showing_ = true;
  items_->SetItem(selected_, 2,
                  dosage_short(items()[static_cast<std::size_t>(selected_)]["dosage"]));
  showing_ = false;
  edited();
  return true;
}

void HomeCareSheetWindow::refresh_preview() {
  refresh_.Stop();
  try {
    if (items().empty())
      throw ValidationError("items", "the sheet has no exercises",
                            "at least one: add one from the catalogue");
    const doc::Document d = clinic_.registry().render_handout(composer_id_, plan_, context_);
    layout_ = std::make_shared<const render::DocumentLayout>(d);
    problem_->SetLabel(wxString::Format("%zu page%s", layout_->page_count(),
                                        layout_->page_count() == 1 ? "" : "s"));
    problem_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    preview_->show(layout_);
  } catch (const std::exception& e) {
    // The plan the plugin refused: say which part and why; the last good pages stay, greyed.
    std::string why = utf8(describe_error(e));
    if (why.rfind("/items/", 0) == 0) {
      const std::size_t n = std::strtoul(why.c_str() + 7, nullptr, 10);
      if (n < items().size())
        why = "Exercise " + std::to_string(n + 1) + " (" +
              exercise_label(items()[n].value("exercise", std::string())) +
              "): " + why.substr(why.find('/', 7) == std::string::npos ? 7 : why.find('/', 7) + 1);
    }
    layout_.reset();
    problem_->SetLabel("The sheet cannot be printed yet. " + wx(why));
    problem_->SetForegroundColour(wxColour(0xb0, 0x20, 0x20));
    preview_->show(nullptr);
  }
  problem_->Wrap(std::max(FromDIP(200), problem_->GetParent()->GetClientSize().x - FromDIP(10)));
  problem_->GetParent()->Layout();
}

// ---- giving, printing --------------------------------------------------------------------------

template <typename F>
bool HomeCareSheetWindow::guarded(const wxString& what, F&& f) {
  try {
    f();
    return true;
  } catch (const std::exception& e) {
    show_error(this, what, e);
    return false;
  }
}

std::optional<Id> HomeCareSheetWindow::record_given() {
  if (given_id_ && given_plan_ == plan_ && given_page_ == context_.page) return given_id_;
  storage::WriteTransaction tx(clinic_.db());
  const Id id = clinic_.registry().call(*keeper_, "recording the sheet as given", [&] {
    return keeper_->object->give(tx, session_, plan_, context_);
  });
  tx.commit();
  given_id_ = id;
  given_plan_ = plan_;
  given_page_ = context_.page;
  dirty_ = false;
  status_->SetLabel(
      "Given to the client: listed in their record under Handouts. Printing "
      "again does not record it twice.");
  clinic_.notify({Change::What::kSession, client_, session_});
  return id;
}

bool HomeCareSheetWindow::give() {
  refresh_preview();
  if (!layout_) {
    wxMessageBox(problem_->GetLabel(), "Not given", wxOK | wxICON_WARNING, this);
    return false;
  }
  return guarded("Could not record the sheet as given", [&] { record_given(); });
}

bool HomeCareSheetWindow::save_pdf(const std::filesystem::path& file) {
  refresh_preview();
  if (!layout_) {
    wxMessageBox(problem_->GetLabel(), "Not saved", wxOK | wxICON_WARNING, this);
    return false;
  }
  return guarded("Could not save the sheet as PDF", [&] {
    const auto& reg = clinic_.registry();
    const auto& k = *keeper_->object;
    if (given_id_ && given_plan_ == plan_ && given_page_ == context_.page) {
      // Already given as it is: the PDF of what was given.
      render::DocumentLayout(reg.call(*keeper_, "re-printing a sheet", [&] {
        return k.reprint(clinic_.db(), *given_id_);
      })).write_pdf(file);
      status_->SetLabel("Saved as PDF (the sheet as given).");
      return;
    }
    // Recorded and written together: when the PDF cannot be written nothing is recorded, and
    // when the record cannot be committed the PDF is taken back.
    storage::WriteTransaction tx(clinic_.db());
    const Id id = reg.call(*keeper_, "recording the sheet as given",
                           [&] { return k.give(tx, session_, plan_, context_); });
    render::DocumentLayout(reg.call(*keeper_, "re-printing a sheet", [&] {
      return k.reprint(tx.db(), id);
    })).write_pdf(file);
    try {
      tx.commit();
    } catch (...) {
      std::error_code ignored;
      std::filesystem::remove(file, ignored);
      throw;
    }
    given_id_ = id;
    given_plan_ = plan_;
    given_page_ = context_.page;
    dirty_ = false;
    status_->SetLabel("Saved as PDF and recorded as given (Client record › Handouts).");
    clinic_.notify({Change::What::kSession, client_, session_});
  });
}

void HomeCareSheetWindow::on_save_pdf() {
  const auto file = ask_pdf_file(this, "Save the home-care sheet as PDF", "home-care-sheet.pdf");
  if (file) save_pdf(*file);
}

void HomeCareSheetWindow::on_print() {
  refresh_preview();
  if (!layout_) {
    wxMessageBox(problem_->GetLabel(), "Not printed", wxOK | wxICON_WARNING, this);
    return;
  }
  if (!print_document(this, clinic_, layout_, "Home-care sheet")) return;
  if (!guarded("The sheet was printed, but could not be recorded as given. Press “Give to "
               "client” to try again",
               [&] { record_given(); }))
    status_->SetLabel("Printed, not recorded as given yet.");
}

void HomeCareSheetWindow::on_preview() {
  refresh_preview();
  if (layout_) preview_document(this, clinic_, layout_, "Home-care sheet");
}

void HomeCareSheetWindow::on_save_template() {
  wxTextEntryDialog ask(this,
                        "Save the exercises, dosages and advice of this sheet (not the "
                        "client's details) as a template named:",
                        "Save as template", templates_->GetStringSelection());
  ask.SetName("template_name");
  if (ask.ShowModal() != wxID_OK) return;
  const std::string name = utf8(wxString(ask.GetValue()).Trim().Trim(false));
  if (guarded("Could not save the template", [&] {
        storage::WriteTransaction tx(clinic_.db());
        clinic_.registry().call(*keeper_, "saving a template",
                                [&] { keeper_->object->save_template(tx, name, plan_); });
        tx.commit();
      })) {
    fill_templates();
    templates_->SetStringSelection(wx(name));
    status_->SetLabel("Template “" + wx(name) + "” saved.");
  }
}

void HomeCareSheetWindow::on_load_template() {
  const std::string name = utf8(templates_->GetStringSelection());
  if (name.empty()) {
    status_->SetLabel("No template saved yet: edit a sheet, then “Save as template…”.");
    return;
  }
  guarded("Could not load the template", [&] {
    auto plan = clinic_.registry().call(*keeper_, "loading a template", [&] {
      return keeper_->object->load_template(clinic_.db(), name);
    });
    if (!plan) throw Error("the template \"" + name + "\" is no longer there");
    // The client's flags decide what may be given: the plugin checks the template against them.
    (*plan)["contraindications"] = context_.contraindication_kinds;
    plan_ = std::move(*plan);
    if (!plan_.contains("items") || !plan_["items"].is_array()) plan_["items"] = json::array();
    selected_ = items().empty() ? -1 : 0;
    fill_items();
    status_->SetLabel("Template “" + wx(name) + "” loaded.");
    edited();
    refresh_preview();
  });
}

void HomeCareSheetWindow::on_close(wxCloseEvent& e) {
  if (e.CanVeto() && dirty_ && !items().empty()) {
    wxMessageDialog ask(this,
                        "This sheet was not given, printed or saved. Close it and lose the "
                        "changes? (Save as template… keeps them.)",
                        "Close the sheet?", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetName("close_sheet");
    ask.SetYesNoLabels("Close", "Keep editing");
    if (ask.ShowModal() != wxID_YES) {
      e.Veto();
      return;
    }
  }
  Destroy();
}

HomeCareSheetWindow* open_home_care_sheet(wxWindow* parent, Clinic& clinic, Id session) {
  try {
    auto* w = new HomeCareSheetWindow(parent, clinic, session);
    w->Show();
    return w;
  } catch (const std::exception& e) {
    show_error(parent, "Could not open the home-care sheet", e);
    return nullptr;
  }
}

}  // namespace myochart::gui
