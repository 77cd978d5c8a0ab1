#include "myochart/plugin/forms.h"

#include <cmath>
#include <set>
#include <sstream>

#include "myochart/errors.h"
#include "myochart/text.h"

namespace myochart::plugin {

std::string_view to_string(FieldType t) {
  switch (t) {
    case FieldType::kChoice:
      return "choice";
    case FieldType::kMultiChoice:
      return "multi_choice";
    case FieldType::kNumber:
      return "number";
    case FieldType::kAngle:
      return "angle";
    case FieldType::kText:
      return "text";
    case FieldType::kBoolean:
      return "boolean";
  }
  return "text";
}

const FormField* FormDefinition::find_field(std::string_view field_id) const {
  for (const auto& s : sections)
    for (const auto& f : s.fields)
      if (f.id == field_id) return &f;
  return nullptr;
}

namespace {

std::string number_text(double v) {
  std::ostringstream o;
  o << v;
  return o.str();
}

std::string options_text(const FormField& f) {
  std::string s;
  for (const auto& o : f.options) s += (s.empty() ? "" : ", ") + o.id;
  return s;
}

std::string range_text(const FormField& f) {
  const std::string unit = f.unit.empty() ? "" : " " + f.unit;
  if (f.min && f.max) return "a number from " + number_text(*f.min) + " to " + number_text(*f.max) + unit;
  if (f.min) return "a number of at least " + number_text(*f.min) + unit;
  if (f.max) return "a number of at most " + number_text(*f.max) + unit;
  return "a number" + unit;
}

bool offered(const FormField& f, const std::string& id) {
  for (const auto& o : f.options)
    if (o.id == id) return true;
  return false;
}

void check_value(const std::string& name, const FormField& f, const nlohmann::json& v) {
  switch (f.type) {
    case FieldType::kChoice:
      if (!v.is_string() || !offered(f, v.get<std::string>()))
        throw ValidationError(name, "is not one of the choices", options_text(f));
      return;
    case FieldType::kMultiChoice: {
      if (!v.is_array())
        throw ValidationError(name, "is not a list of choices", "a list of: " + options_text(f));
      std::set<std::string> seen;
      for (const auto& item : v) {
        if (!item.is_string() || !offered(f, item.get<std::string>()))
          throw ValidationError(name, "holds something that is not one of the choices",
                                options_text(f));
        if (!seen.insert(item.get<std::string>()).second)
          throw ValidationError(name, "names a choice twice", "each choice once");
      }
      return;
    }
    case FieldType::kNumber:
    case FieldType::kAngle: {
      if (!v.is_number() || !std::isfinite(v.get<double>()))
        throw ValidationError(name, "is not a number", range_text(f));
      const double x = v.get<double>();
      if ((f.min && x < *f.min) || (f.max && x > *f.max))
        throw ValidationError(name, number_text(x) + " is out of range", range_text(f));
      return;
    }
    case FieldType::kText:
      if (!v.is_string()) throw ValidationError(name, "is not text", "text");
      if (!text::is_valid_utf8(v.get_ref<const std::string&>()))
        throw ValidationError(name, "is not valid UTF-8 text", "UTF-8 text");
      if (v.get_ref<const std::string&>().size() > f.max_length)
        throw ValidationError(name, "is too long",
                              "at most " + std::to_string(f.max_length) + " bytes");
      return;
    case FieldType::kBoolean:
      if (!v.is_boolean()) throw ValidationError(name, "is not true or false", "true or false");
      return;
  }
}

}  // namespace

void validate_answers(const FormDefinition& form, const Answers& answers) {
  if (!answers.is_object())
    throw ValidationError(form.id, "answers are not a JSON object",
                          "an object from field id to value");
  for (const auto& [key, value] : answers.items()) {
    const FormField* f = form.find_field(key);
    if (!f) throw ValidationError(form.id + "." + key, "is not a field of this form", "the form's field ids");
    if (value.is_null()) {
      if (f->required) throw ValidationError(form.id + "." + key, "is required", "an answer");
      continue;  // null = not answered
    }
    check_value(form.id + "." + key, *f, value);
  }
  for (const auto& s : form.sections)
    for (const auto& f : s.fields)
      if (f.required && !answers.contains(f.id))
        throw ValidationError(form.id + "." + f.id, "is required",
                              f.type == FieldType::kChoice ? options_text(f) : "an answer");
}

namespace {

nlohmann::json field_json(const FormField& f) {
  nlohmann::json j{{"id", f.id}, {"label", f.label}, {"type", to_string(f.type)}};
  if (!f.help.empty()) j["help"] = f.help;
  if (!f.options.empty()) {
    j["options"] = nlohmann::json::array();
    for (const auto& o : f.options) j["options"].push_back({{"id", o.id}, {"label", o.label}});
  }
  if (!f.unit.empty()) j["unit"] = f.unit;
  if (f.min) j["min"] = *f.min;
  if (f.max) j["max"] = *f.max;
  if (f.required) j["required"] = true;
  return j;
}

}  // namespace

void to_json(nlohmann::json& j, const FormDefinition& f) {
  j = nlohmann::json{{"id", f.id}, {"title", f.title}, {"description", f.description},
                     {"sections", nlohmann::json::array()}};
  for (const auto& s : f.sections) {
    nlohmann::json sj{{"id", s.id}, {"title", s.title}, {"fields", nlohmann::json::array()}};
    if (!s.help.empty()) sj["help"] = s.help;
    for (const auto& fld : s.fields) sj["fields"].push_back(field_json(fld));
    j["sections"].push_back(std::move(sj));
  }
}

}  // namespace myochart::plugin
