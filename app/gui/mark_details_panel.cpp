#include "gui/mark_details_panel.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/gbsizer.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include <algorithm>
#include <cmath>

#include "gui/plugin_layers.h"
#include "gui/wx_text.h"
#include "myochart/errors.h"

namespace myochart::gui {

namespace {

using plugin::FieldType;

wxString lower_first(wxString s) {
  if (!s.empty()) s[0] = wxTolower(s[0]);
  return s;
}

wxString range_words(const plugin::FormField& f) {
  if (f.min && f.max)
    return wxString::Format("a number from %g to %g", *f.min, *f.max) +
           (f.unit.empty() ? wxString() : " " + wx(f.unit));
  return "a number";
}

wxStaticText* heading(wxWindow* parent, const wxString& text) {
  auto* t = new wxStaticText(parent, wxID_ANY, text);
  t->SetFont(t->GetFont().Bold());
  return t;
}

}  // namespace

std::vector<MarkDetailsPanel::Muscle> pack_muscles(const plugin::Registry& registry) {
  std::vector<MarkDetailsPanel::Muscle> out;
  const nlohmann::json* pack = registry.knowledge_pack("trigger_points", "muscles");
  if (!pack || !pack->contains("muscles") || !(*pack)["muscles"].is_array()) return out;
  for (const auto& m : (*pack)["muscles"]) {
    MarkDetailsPanel::Muscle mu;
    mu.id = m.value("id", "");
    mu.name = m.value("name", mu.id);
    if (!mu.id.empty()) out.push_back(std::move(mu));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

MarkDetailsPanel::MarkDetailsPanel(wxWindow* parent, ChartCanvas& canvas, MarkEditor& editor,
                                   const plugin::Registry& registry)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL),
      canvas_(canvas),
      editor_(editor),
      registry_(registry) {
  SetName("mark_details");
  SetScrollRate(0, FromDIP(10));
  muscles_ = pack_muscles(registry_);
  const int gap = FromDIP(4);
  const int width = FromDIP(280);
  SetMinSize(wxSize(width, -1));

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  title_ = heading(this, "Mark details");
  title_->SetFont(title_->GetFont().Scaled(1.1f));
  sizer->Add(title_, 0, wxLEFT | wxRIGHT | wxTOP, gap * 2);
  empty_ = new wxStaticText(this, wxID_ANY,
                            "Select a mark on the chart (Select tool, V) to see and change its "
                            "muscle and details.");
  empty_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  empty_->Wrap(width - gap * 4);
  sizer->Add(empty_, 0, wxALL, gap * 2);

  body_ = new wxPanel(this);
  auto* b = new wxBoxSizer(wxVERTICAL);
  b->Add(heading(body_, "Muscle"), 0, wxBOTTOM, gap);
  auto* muscle_row = new wxBoxSizer(wxHORIZONTAL);
  muscle_ =
      new wxStaticText(body_, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
  muscle_->SetName("mark_muscle");
  muscle_row->Add(muscle_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
  clear_ = new wxButton(body_, wxID_ANY, "Clear", wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
  clear_->SetName("clear_muscle");
  clear_->SetToolTip("This mark is not tied to a muscle");
  muscle_row->Add(clear_, 0, wxALIGN_CENTER_VERTICAL);
  b->Add(muscle_row, 0, wxEXPAND | wxBOTTOM, gap);
  b->Add(new wxStaticText(body_, wxID_ANY, "Suggested at this point"), 0, wxTOP, gap);
  suggestions_ = new wxChoice(body_, wxID_ANY);
  suggestions_->SetName("muscle_suggestions");
  b->Add(suggestions_, 0, wxEXPAND | wxTOP | wxBOTTOM, gap);
  b->Add(new wxStaticText(body_, wxID_ANY, "All muscles"), 0, wxTOP, gap);
  search_ = new wxSearchCtrl(body_, wxID_ANY);
  search_->SetName("muscle_search");
  search_->SetDescriptiveText("Find a muscle");
  search_->ShowCancelButton(true);
  b->Add(search_, 0, wxEXPAND | wxTOP | wxBOTTOM, gap);
  list_ = new wxListBox(body_, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(100)));
  list_->SetName("muscle_list");
  b->Add(list_, 0, wxEXPAND);
  if (muscles_.empty()) {
    auto* none = new wxStaticText(body_, wxID_ANY,
                                  "The trigger-point plugin is not active: no muscle list.");
    none->Wrap(width - gap * 4);
    b->Add(none, 0, wxTOP, gap);
  }

  fields_panel_ = new wxPanel(body_);
  fields_sizer_ = new wxGridBagSizer(gap, gap * 2);
  fields_panel_->SetSizer(fields_sizer_);
  b->Add(fields_panel_, 0, wxEXPAND | wxTOP, gap * 3);
  problem_ = new wxStaticText(body_, wxID_ANY, "");
  problem_->SetName("mark_problem");
  problem_->SetForegroundColour(wxColour(0xB0, 0x00, 0x20));
  b->Add(problem_, 0, wxEXPAND | wxTOP, gap * 2);
  body_->SetSizer(b);
  sizer->Add(body_, 1, wxEXPAND | wxALL, gap * 2);
  SetSizer(sizer);
  body_->Hide();

  suggestions_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { suggestion_chosen(); });
  search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { fill_muscle_list(); });
  search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { search_->Clear(); });
  list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { muscle_chosen(); });
  clear_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { clear_muscle(); });
  fill_muscle_list();
}

wxWindow* MarkDetailsPanel::field(const std::string& id) {
  for (auto& f : fields_)
    if (f.spec.id == id) return f.control;
  return nullptr;
}

// ---- showing ---------------------------------------------------------------------------------

void MarkDetailsPanel::sync() {
  std::optional<MarkEditor::Key> key = canvas_.selected();
  const bool placed = !key;
  if (!key) key = canvas_.last_placed();
  const chart::ChartMark* m = key ? editor_.find(*key) : nullptr;
  if (m && m->view != canvas_.view()) m = nullptr;
  if (!m) {
    key_.reset();
    title_->SetLabel("Mark details");
    if (body_->IsShown() || !empty_->IsShown()) {
      body_->Hide();
      empty_->Show();
      relayout();
    }
    return;
  }
  const bool new_mark = key_ != key;
  if (new_mark) set_problem({});
  key_ = key;
  const auto* kind = chart::find_mark_kind(m->kind);
  title_->SetLabel((kind ? wx(kind->label) : wx(m->kind)) +
                   (placed ? " — just placed" : " — selected"));
  showing_ = true;
  if (m->kind != fields_kind_) build_fields(m->kind);
  if (new_mark || m->points != suggested_for_) fill_suggestions(*m);
  show_values(*m, new_mark);
  showing_ = false;
  const bool editable = !canvas_.read_only();
  for (wxWindow* w : std::initializer_list<wxWindow*>{suggestions_, search_, list_})
    w->Enable(editable && (w != suggestions_ || !suggested_.empty()));
  clear_->Enable(editable && !m->muscle_id.empty());
  for (auto& f : fields_) f.control->Enable(editable);
  if (!body_->IsShown()) {
    empty_->Hide();
    body_->Show();
  }
  relayout();
}

void MarkDetailsPanel::relayout() {
  Layout();
  FitInside();
}

void MarkDetailsPanel::build_fields(const std::string& kind) {
  fields_kind_ = kind;
  fields_.clear();
  fields_sizer_->Clear(true);
  const plugin::MarkKindEntry* entry = registry_.mark_kind(kind);
  if (!entry || entry->spec.fields.empty()) {
    fields_panel_->Hide();
    return;
  }
  fields_panel_->Show();
  const int width = FromDIP(120);
  int row = 0;
  fields_sizer_->Add(heading(fields_panel_, "Details"), wxGBPosition(row++, 0), wxGBSpan(1, 2));
  for (const auto& spec : entry->spec.fields) {
    Field f{spec, nullptr};
    const wxString tip = wx(spec.help);
    auto label = [&](const wxString& text) {
      auto* l = new wxStaticText(fields_panel_, wxID_ANY, text);
      l->SetToolTip(tip);
      fields_sizer_->Add(l, wxGBPosition(row, 0), wxDefaultSpan, wxALIGN_CENTER_VERTICAL);
    };
    switch (spec.type) {
      case FieldType::kBoolean: {
        auto* c = new wxCheckBox(fields_panel_, wxID_ANY, wx(spec.label));
        c->Bind(wxEVT_CHECKBOX, [this, id = spec.id](wxCommandEvent&) {
          for (const auto& x : fields_)
            if (x.spec.id == id) field_edited(x);
        });
        fields_sizer_->Add(c, wxGBPosition(row, 0), wxGBSpan(1, 2));
        f.control = c;
        break;
      }
      case FieldType::kChoice: {
        label(wx(spec.label));
        auto* c = new wxChoice(fields_panel_, wxID_ANY, wxDefaultPosition, wxSize(width, -1));
        c->Append("—");
        for (const auto& o : spec.options) c->Append(wx(o.label));
        c->Bind(wxEVT_CHOICE, [this, id = spec.id](wxCommandEvent&) {
          for (const auto& x : fields_)
            if (x.spec.id == id) field_edited(x);
        });
        fields_sizer_->Add(c, wxGBPosition(row, 1), wxDefaultSpan, wxEXPAND);
        f.control = c;
        break;
      }
      case FieldType::kMultiChoice: {
        label(wx(spec.label));
        auto* c = new wxCheckListBox(fields_panel_, wxID_ANY, wxDefaultPosition, wxSize(width, -1));
        for (const auto& o : spec.options) c->Append(wx(o.label));
        c->Bind(wxEVT_CHECKLISTBOX, [this, id = spec.id](wxCommandEvent&) {
          for (const auto& x : fields_)
            if (x.spec.id == id) field_edited(x);
        });
        fields_sizer_->Add(c, wxGBPosition(row, 1), wxDefaultSpan, wxEXPAND);
        f.control = c;
        break;
      }
      case FieldType::kNumber:
      case FieldType::kAngle:
      case FieldType::kText: {
        const bool number = spec.type != FieldType::kText;
        const std::string unit =
            spec.type == FieldType::kAngle && spec.unit.empty() ? "°" : spec.unit;
        label(wx(spec.label) + (number && !unit.empty() ? " (" + wx(unit) + ")" : wxString()));
        auto* c = new wxTextCtrl(fields_panel_, wxID_ANY, "", wxDefaultPosition,
                                 wxSize(number ? FromDIP(60) : width, -1));
        if (number && spec.min && spec.max)
          c->SetHint(wxString::Format("%g–%g", *spec.min, *spec.max));
        if (!number) c->SetMaxLength(static_cast<unsigned long>(spec.max_length));
        c->Bind(wxEVT_TEXT, [this, id = spec.id](wxCommandEvent&) {
          for (const auto& x : fields_)
            if (x.spec.id == id) field_edited(x);
        });
        fields_sizer_->Add(c, wxGBPosition(row, 1), wxDefaultSpan, number ? 0 : wxEXPAND);
        f.control = c;
        break;
      }
    }
    f.control->SetName("field_" + wx(spec.id));
    f.control->SetToolTip(tip);
    fields_.push_back(std::move(f));
    ++row;
  }
  if (!fields_sizer_->IsColGrowable(1)) fields_sizer_->AddGrowableCol(1);
}

std::string MarkDetailsPanel::muscle_words(const chart::ChartMark& m) const {
  if (m.muscle_id.empty()) return "No muscle chosen";
  std::string name = m.muscle_id;
  for (const auto& mu : muscles_)
    if (mu.id == m.muscle_id) name = mu.name;
  const std::string side = m.attributes.is_object() ? m.attributes.value("side", "") : "";
  if (side == "left" || side == "right")
    name += name.find('(') != std::string::npos ? ", " + side : " (" + side + ")";
  if (m.attributes.is_object())
    if (auto site = m.attributes.find("site"); site != m.attributes.end() && site->is_string())
      name += ", " + site->get<std::string>();
  return name;
}

void MarkDetailsPanel::fill_suggestions(const chart::ChartMark& m) {
  suggested_for_ = m.points;
  suggested_.clear();
  suggestions_->Clear();
  try {
    suggested_ = muscle_suggestions(registry_, m);
  } catch (const std::exception& e) {
    set_problem(wx(e.what()));
  }
  for (const auto& s : suggested_) suggestions_->Append(wx(s.label));
  if (suggested_.empty())
    suggestions_->Append(m.shape == chart::MarkShape::kPoint ? "No muscle suggested here"
                                                             : "Suggestions are made for points");
  suggestions_->SetSelection(suggested_.empty() ? 0 : wxNOT_FOUND);
}

void MarkDetailsPanel::fill_muscle_list() {
  const std::string words = utf8(search_->GetValue().Lower().Trim().Trim(false));
  listed_.clear();
  wxArrayString labels;
  for (const auto& mu : muscles_) {
    const std::string hay = utf8(wx(mu.name + " " + mu.id).Lower());
    if (!words.empty() && hay.find(words) == std::string::npos) continue;
    listed_.push_back(&mu);
    labels.Add(wx(mu.name));
  }
  showing_ = true;
  list_->Set(labels);
  if (key_)
    if (const auto* m = editor_.find(*key_))
      for (std::size_t i = 0; i < listed_.size(); ++i)
        if (listed_[i]->id == m->muscle_id) list_->SetSelection(static_cast<int>(i));
  showing_ = false;
}

void MarkDetailsPanel::show_values(const chart::ChartMark& m, bool new_mark) {
  muscle_->SetLabel(wx(muscle_words(m)));
  muscle_->SetToolTip(muscle_->GetLabel());
  const nlohmann::json attrs = m.attributes.is_object() ? m.attributes : nlohmann::json::object();
  // The suggestion the mark matches: same muscle, and the suggestion's attributes as stored.
  int chosen = suggested_.empty() ? 0 : wxNOT_FOUND;
  for (std::size_t i = 0; i < suggested_.size() && chosen == wxNOT_FOUND; ++i) {
    const auto& s = suggested_[i];
    bool same = s.muscle_id == m.muscle_id;
    for (const auto& [k, v] : s.attributes.items())
      if (attrs.contains(k) && attrs[k] != v) same = false;
    if (same) chosen = static_cast<int>(i);
  }
  suggestions_->SetSelection(chosen);
  list_->SetSelection(wxNOT_FOUND);
  for (std::size_t i = 0; i < listed_.size(); ++i)
    if (listed_[i]->id == m.muscle_id) {
      list_->SetSelection(static_cast<int>(i));
      list_->EnsureVisible(static_cast<int>(i));
    }

  for (auto& f : fields_) {
    const auto it = attrs.find(f.spec.id);
    const bool set = it != attrs.end();
    switch (f.spec.type) {
      case FieldType::kBoolean:
        static_cast<wxCheckBox*>(f.control)->SetValue(set && it->is_boolean() && it->get<bool>());
        break;
      case FieldType::kChoice: {
        int sel = 0;
        for (std::size_t i = 0; i < f.spec.options.size(); ++i)
          if (set && it->is_string() && *it == f.spec.options[i].id) sel = static_cast<int>(i) + 1;
        static_cast<wxChoice*>(f.control)->SetSelection(sel);
        break;
      }
      case FieldType::kMultiChoice: {
        auto* c = static_cast<wxCheckListBox*>(f.control);
        for (std::size_t i = 0; i < f.spec.options.size(); ++i) {
          bool on = false;
          if (set && it->is_array())
            for (const auto& v : *it) on = on || v == f.spec.options[i].id;
          c->Check(static_cast<unsigned>(i), on);
        }
        break;
      }
      case FieldType::kNumber:
      case FieldType::kAngle: {
        auto* c = static_cast<wxTextCtrl*>(f.control);
        wxString text = c->GetValue();
        text.Replace(",", ".");
        double shown = 0;
        const bool parses = text.Trim().Trim(false).ToCDouble(&shown);
        if (set && it->is_number()) {
          if (!parses || shown != it->get<double>())
            c->ChangeValue(wxString::FromCDouble(it->get<double>()));
        } else if (!set && !c->GetValue().empty() && (parses || new_mark)) {
          c->ChangeValue("");
        }
        break;
      }
      case FieldType::kText: {
        auto* c = static_cast<wxTextCtrl*>(f.control);
        const wxString value = set && it->is_string() ? wx(it->get<std::string>()) : wxString();
        if (c->GetValue() != value) c->ChangeValue(value);
        break;
      }
    }
  }
}

// ---- editing ---------------------------------------------------------------------------------

void MarkDetailsPanel::set_problem(const wxString& text) {
  if (problem_->GetLabel() == text) return;
  problem_->SetLabel(text);
  problem_->Wrap(GetClientSize().x > 60 ? GetClientSize().x - FromDIP(24) : FromDIP(250));
  relayout();
}

bool MarkDetailsPanel::store(chart::ChartMark changed, const std::string& label, bool merge) {
  if (!key_) return false;
  try {
    registry_.validate_mark_attributes(changed);
  } catch (const ValidationError& e) {
    // "attributes.tenderness: ..." named as the therapist sees the field.
    std::string words = e.what();
    for (const auto& f : fields_)
      if (e.field() == "attributes." + f.spec.id || e.field() == f.spec.id)
        words = f.spec.label + words.substr(e.field().size());
    set_problem(wx(words));
    return false;
  } catch (const std::exception& e) {
    set_problem(wx(e.what()));
    return false;
  }
  set_problem({});
  canvas_.change_mark(*key_, std::move(changed), label, merge);
  return true;
}

void MarkDetailsPanel::field_edited(const Field& f) {
  if (showing_ || !key_) return;
  const chart::ChartMark* current = editor_.find(*key_);
  if (!current) return;
  chart::ChartMark changed = *current;
  if (!changed.attributes.is_object()) changed.attributes = nlohmann::json::object();
  auto& a = changed.attributes;
  const std::string& id = f.spec.id;
  bool merge = false;
  switch (f.spec.type) {
    case FieldType::kBoolean:
      a[id] = static_cast<wxCheckBox*>(f.control)->GetValue();
      break;
    case FieldType::kChoice: {
      const int sel = static_cast<wxChoice*>(f.control)->GetSelection();
      if (sel <= 0)
        a.erase(id);
      else
        a[id] = f.spec.options[static_cast<std::size_t>(sel - 1)].id;
      break;
    }
    case FieldType::kMultiChoice: {
      auto* c = static_cast<wxCheckListBox*>(f.control);
      nlohmann::json ids = nlohmann::json::array();
      for (std::size_t i = 0; i < f.spec.options.size(); ++i)
        if (c->IsChecked(static_cast<unsigned>(i))) ids.push_back(f.spec.options[i].id);
      if (ids.empty())
        a.erase(id);
      else
        a[id] = ids;
      break;
    }
    case FieldType::kNumber:
    case FieldType::kAngle: {
      merge = true;
      wxString text = static_cast<wxTextCtrl*>(f.control)->GetValue();
      text.Trim().Trim(false);
      text.Replace(",", ".");
      double v = 0;
      if (text.empty()) {
        a.erase(id);
      } else if (!text.ToCDouble(&v) || !std::isfinite(v)) {
        set_problem(wx(f.spec.label) + ": \"" + text +
                    "\" is not a number (accepted: " + range_words(f.spec) + ")");
        return;
      } else if (v == std::floor(v) && std::abs(v) < 1e9) {
        a[id] = static_cast<long long>(v);
      } else {
        a[id] = v;
      }
      break;
    }
    case FieldType::kText: {
      merge = true;
      const std::string text = utf8(static_cast<wxTextCtrl*>(f.control)->GetValue());
      if (text.empty())
        a.erase(id);
      else
        a[id] = text;
      break;
    }
  }
  store(std::move(changed), "Change " + utf8(lower_first(wx(f.spec.label))), merge);
}

void MarkDetailsPanel::suggestion_chosen() {
  if (showing_ || !key_) return;
  const int sel = suggestions_->GetSelection();
  const chart::ChartMark* current = editor_.find(*key_);
  if (!current || sel < 0 || static_cast<std::size_t>(sel) >= suggested_.size()) return;
  chart::ChartMark changed = *current;
  apply_suggestion(registry_, suggested_[static_cast<std::size_t>(sel)], changed);
  store(std::move(changed), "Change muscle", false);
}

void MarkDetailsPanel::muscle_chosen() {
  if (showing_ || !key_) return;
  const int sel = list_->GetSelection();
  const chart::ChartMark* current = editor_.find(*key_);
  if (!current || sel < 0 || static_cast<std::size_t>(sel) >= listed_.size()) return;
  const Muscle& mu = *listed_[static_cast<std::size_t>(sel)];
  chart::ChartMark changed = *current;
  changed.muscle_id = mu.id;
  // A trigger-point site (tp1, tp2...) names a point of one muscle: it goes when the muscle
  // changes.
  if (changed.muscle_id != current->muscle_id && changed.attributes.is_object())
    changed.attributes.erase("site");
  store(std::move(changed), "Change muscle", false);
}

void MarkDetailsPanel::clear_muscle() {
  if (!key_) return;
  const chart::ChartMark* current = editor_.find(*key_);
  if (!current) return;
  chart::ChartMark changed = *current;
  changed.muscle_id.clear();
  if (changed.attributes.is_object()) changed.attributes.erase("site");
  store(std::move(changed), "Clear muscle", false);
}

}  // namespace myochart::gui
