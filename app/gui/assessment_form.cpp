#include "gui/assessment_form.h"

#include <wx/sizer.h>
#include <wx/wrapsizer.h>

#include <cmath>
#include <cstdlib>

#include "gui/wx_text.h"

namespace myochart::gui {

using plugin::FieldType;
using plugin::FormField;

namespace {

// Choices up to this many options are toggle rows; longer ones a drop-down.
constexpr std::size_t kMostToggles = 6;

wxString number_words(double v) {
  wxString s = wxString::FromCDouble(v, 2);
  if (s.Contains(".")) {
    while (s.EndsWith("0")) s.RemoveLast();
    if (s.EndsWith(".")) s.RemoveLast();
  }
  return s;
}

wxString unit_words(const FormField& f) {
  if (f.type == FieldType::kAngle || f.unit == "deg") return "°";
  return f.unit.empty() ? wxString() : " " + wx(f.unit);
}

// "44", " 44.5 ", "44,5": a number; anything else not.
std::optional<double> parse_number(const wxString& text) {
  std::string s = utf8(text);
  for (auto& c : s)
    if (c == ',') c = '.';
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return std::nullopt;
  const char* begin = s.c_str() + first;
  char* end = nullptr;
  const double v = std::strtod(begin, &end);
  if (end == begin) return std::nullopt;
  while (*end == ' ' || *end == '\t') ++end;
  if (*end != '\0' || !std::isfinite(v)) return std::nullopt;
  return v;
}

bool toggles_fit(const FormField& f) {
  return f.type == FieldType::kBoolean ||
         (f.type == FieldType::kChoice && f.options.size() <= kMostToggles);
}

// "from 10 to 80 degrees", "from -10 to 10 cm": the range in a sentence.
wxString range_sentence(const FormField& f) {
  const wxString unit = f.type == FieldType::kAngle || f.unit == "deg"
                            ? wxString(" degrees")
                            : (f.unit.empty() ? wxString() : " " + wx(f.unit));
  if (f.min && f.max) return "from " + number_words(*f.min) + " to " + number_words(*f.max) + unit;
  if (f.min) return "of at least " + number_words(*f.min) + unit;
  if (f.max) return "of at most " + number_words(*f.max) + unit;
  return {};
}

}  // namespace

wxString range_words(const FormField& f) {
  const wxString unit = unit_words(f);
  if (f.min && f.max) return number_words(*f.min) + "–" + number_words(*f.max) + unit;
  if (f.min) return "at least " + number_words(*f.min) + unit;
  if (f.max) return "at most " + number_words(*f.max) + unit;
  return {};
}

AssessmentFormView::AssessmentFormView(wxWindow* parent, plugin::FormDefinition form)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       wxVSCROLL | wxTAB_TRAVERSAL),
      form_(std::move(form)) {
  SetName("assessment_form");
  SetScrollRate(0, FromDIP(12));
  build();
}

void AssessmentFormView::build() {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  std::size_t count = 0;
  for (const auto& s : form_.sections) count += s.fields.size();
  fields_.reserve(count);  // the controls' handlers keep pointers to their Field
  const int wrap = FromDIP(430);
  for (const auto& section : form_.sections) {
    auto* heading = new wxStaticText(this, wxID_ANY, wx(section.title));
    heading->SetFont(heading->GetFont().Bold().Scaled(1.1f));
    sizer->Add(heading, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    if (!section.help.empty()) {
      auto* help = new wxStaticText(this, wxID_ANY, wx(section.help));
      help->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
      help->Wrap(wrap);
      sizer->Add(help, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
    }
    for (const auto& def : section.fields) {
      fields_.push_back(Field{.def = &def});
      add_field(this, sizer, fields_.back());
    }
    sizer->AddSpacer(FromDIP(6));
  }
  SetSizer(sizer);
  FitInside();
}

void AssessmentFormView::add_field(wxWindow* parent, wxSizer* sizer, Field& f) {
  const FormField& def = *f.def;
  const wxString name = "field_" + wx(def.id);
  const wxString tip = wx(def.help);
  auto* label = new wxStaticText(parent, wxID_ANY, wx(def.label) + (def.required ? " *" : ""));
  label->Wrap(FromDIP(430));
  if (!tip.empty()) label->SetToolTip(tip);
  sizer->Add(label, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(8));

  auto* row = new wxWrapSizer(wxHORIZONTAL);
  if (toggles_fit(def)) {
    std::vector<std::pair<std::string, wxString>> values;
    if (def.type == FieldType::kBoolean) {
      values = {{"yes", "Yes"}, {"no", "No"}};
    } else {
      for (const auto& o : def.options) values.emplace_back(o.id, wx(o.label));
    }
    for (const auto& [id, text] : values) {
      auto* b = new wxToggleButton(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize,
                                   wxBU_EXACTFIT);
      b->SetName(name + "_" + wx(id));
      if (!tip.empty()) b->SetToolTip(tip);
      row->Add(b, 0, wxRIGHT | wxBOTTOM, FromDIP(3));
      f.toggles.emplace_back(id, b);
      b->Bind(wxEVT_TOGGLEBUTTON, [this, &f, b](wxCommandEvent&) {
        // One answer at a time; clicking the chosen one again clears the answer.
        if (b->GetValue())
          for (auto& [other_id, other] : f.toggles)
            if (other != b) other->SetValue(false);
        changed();
      });
    }
  } else if (def.type == FieldType::kChoice) {
    f.choice = new wxChoice(parent, wxID_ANY);
    f.choice->SetName(name);
    f.choice->Append("— not answered");
    for (const auto& o : def.options) f.choice->Append(wx(o.label));
    f.choice->SetSelection(0);
    if (!tip.empty()) f.choice->SetToolTip(tip);
    row->Add(f.choice, 0, wxBOTTOM, FromDIP(3));
    f.choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { changed(); });
  } else if (def.type == FieldType::kMultiChoice) {
    for (const auto& o : def.options) {
      auto* c = new wxCheckBox(parent, wxID_ANY, wx(o.label));
      c->SetName(name + "_" + wx(o.id));
      if (!tip.empty()) c->SetToolTip(tip);
      row->Add(c, 0, wxRIGHT | wxBOTTOM, FromDIP(10));
      f.checks.emplace_back(o.id, c);
      c->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { changed(); });
    }
  } else if (def.type == FieldType::kNumber || def.type == FieldType::kAngle) {
    f.text = new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(70, -1)));
    f.text->SetName(name);
    const wxString range = range_words(def);
    f.text->SetToolTip(tip.empty() ? range : tip + "\n\nAccepted: " + range);
    row->Add(f.text, 0, wxALIGN_CENTER_VERTICAL | wxBOTTOM, FromDIP(3));
    auto* unit = new wxStaticText(
        parent, wxID_ANY,
        (unit_words(def).empty() ? wxString() : unit_words(def).Strip(wxString::both)) +
            (range.empty() ? wxString() : "   (" + range + ")"));
    unit->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    row->Add(unit, 0, wxALIGN_CENTER_VERTICAL | wxLEFT | wxBOTTOM, FromDIP(4));
    f.text->Bind(wxEVT_TEXT, [this, &f](wxCommandEvent&) {
      check_entry(f);
      changed();
    });
  } else {
    const bool long_text = def.max_length > 200;
    f.text = new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition,
                            FromDIP(wxSize(400, long_text ? 54 : -1)),
                            long_text ? wxTE_MULTILINE | wxTE_WORDWRAP : 0);
    f.text->SetName(name);
    // GTK limits only single-line entries; a longer note is refused like a wrong number.
    if (!long_text) f.text->SetMaxLength(static_cast<unsigned long>(def.max_length));
    if (!tip.empty()) f.text->SetToolTip(tip);
    row->Add(f.text, 1, wxEXPAND | wxBOTTOM, FromDIP(3));
    f.text->Bind(wxEVT_TEXT, [this, &f](wxCommandEvent&) {
      check_entry(f);
      changed();
    });
  }
  sizer->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(4));

  if (f.text) {
    f.error = new wxStaticText(parent, wxID_ANY, "");
    f.error->SetName(name + "_error");
    f.error->SetForegroundColour(wxColour(0xB7, 0x1C, 0x1C));
    f.error->Hide();
    sizer->Add(f.error, 0, wxLEFT | wxRIGHT, FromDIP(8));
  }
}

void AssessmentFormView::check_entry(Field& f) {
  const FormField& def = *f.def;
  const wxString text = f.text->GetValue().Strip(wxString::both);
  wxString refused;
  if (def.type == FieldType::kText) {
    const std::size_t length = f.text->GetValue().length();
    if (length > def.max_length)
      refused = wxString::Format("%s: %zu characters — at most %zu are kept; shorten it",
                                 wx(def.label), length, def.max_length);
  } else if (!text.empty()) {
    const auto v = parse_number(text);
    const wxString range = range_sentence(def);
    if (!v) {
      refused = wx(def.label) + ": \"" + text + "\" is not a number — enter a number" +
                (range.empty() ? wxString() : " " + range);
    } else if ((def.min && *v < *def.min) || (def.max && *v > *def.max)) {
      refused = wx(def.label) + ": " + number_words(*v) + unit_words(def) +
                " is outside the plausible range — enter a value " + range;
    }
  }
  if (refused == f.refused) return;
  f.refused = refused;
  f.error->SetLabel(refused);
  f.error->Wrap(FromDIP(430));
  f.error->Show(!refused.empty());
  f.text->SetBackgroundColour(refused.empty() ? wxNullColour : wxColour(0xFF, 0xEB, 0xEE));
  f.text->Refresh();
  Layout();
  FitInside();
}

void AssessmentFormView::changed() {
  if (showing_) return;
  if (on_change) on_change();
}

plugin::Answers AssessmentFormView::answers() const {
  plugin::Answers a = plugin::Answers::object();
  for (const auto& f : fields_) {
    const FormField& def = *f.def;
    const std::string& id = def.id;
    if (!f.toggles.empty()) {
      for (const auto& [value, b] : f.toggles)
        if (b->GetValue()) {
          if (def.type == FieldType::kBoolean)
            a[id] = value == "yes";
          else
            a[id] = value;
        }
    } else if (f.choice) {
      const int i = f.choice->GetSelection();
      if (i > 0) a[id] = def.options.at(static_cast<std::size_t>(i - 1)).id;
    } else if (!f.checks.empty()) {
      nlohmann::json chosen = nlohmann::json::array();
      for (const auto& [value, c] : f.checks)
        if (c->GetValue()) chosen.push_back(value);
      if (!chosen.empty()) a[id] = chosen;
    } else if (!f.refused.empty()) {
      continue;
    } else if (f.text && (def.type == FieldType::kNumber || def.type == FieldType::kAngle)) {
      if (const auto v = parse_number(f.text->GetValue())) a[id] = *v;
    } else if (f.text) {
      const std::string text = utf8(f.text->GetValue());
      if (!text.empty()) a[id] = text;
    }
  }
  return a;
}

std::vector<wxString> AssessmentFormView::problems() const {
  std::vector<wxString> out;
  for (const auto& f : fields_)
    if (!f.refused.empty()) out.push_back(f.refused);
  return out;
}

void AssessmentFormView::show_answers(const plugin::Answers& answers) {
  showing_ = true;
  for (auto& f : fields_) {
    const FormField& def = *f.def;
    const auto it = answers.find(def.id);
    const bool has = it != answers.end();
    for (auto& [value, b] : f.toggles) {
      bool on = false;
      if (has && def.type == FieldType::kBoolean && it->is_boolean())
        on = it->get<bool>() == (value == "yes");
      else if (has && it->is_string())
        on = it->get<std::string>() == value;
      b->SetValue(on);
    }
    if (f.choice) {
      int selection = 0;
      if (has && it->is_string())
        for (std::size_t i = 0; i < def.options.size(); ++i)
          if (def.options[i].id == it->get<std::string>()) selection = static_cast<int>(i) + 1;
      f.choice->SetSelection(selection);
    }
    for (auto& [value, c] : f.checks) {
      bool on = false;
      if (has && it->is_array())
        for (const auto& v : *it) on = on || (v.is_string() && v.get<std::string>() == value);
      c->SetValue(on);
    }
    if (f.text) {
      wxString text;
      if (has && it->is_number()) text = number_words(it->get<double>());
      if (has && it->is_string()) text = wx(it->get<std::string>());
      f.text->ChangeValue(text);
      check_entry(f);
    }
  }
  showing_ = false;
}

void AssessmentFormView::set_read_only(bool read_only) {
  read_only_ = read_only;
  for (auto& f : fields_) {
    for (auto& [value, b] : f.toggles) b->Enable(!read_only);
    for (auto& [value, c] : f.checks) c->Enable(!read_only);
    if (f.choice) f.choice->Enable(!read_only);
    if (f.text) f.text->SetEditable(!read_only);
  }
}

wxWindow* AssessmentFormView::control(const std::string& field_id,
                                      const std::string& option) const {
  for (const auto& f : fields_) {
    if (f.def->id != field_id) continue;
    for (const auto& [value, b] : f.toggles)
      if (value == option) return b;
    for (const auto& [value, c] : f.checks)
      if (value == option) return c;
    if (f.choice) return f.choice;
    if (f.text) return f.text;
  }
  return nullptr;
}

wxString AssessmentFormView::problem(const std::string& field_id) const {
  for (const auto& f : fields_)
    if (f.def->id == field_id) return f.refused;
  return {};
}

}  // namespace myochart::gui
