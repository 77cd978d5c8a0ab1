#pragma once
// Assessment forms: a plugin declares its fields; the host (GUI, CLI) shows them, checks the
// answers against the declaration and hands them to the plugin's evaluator, which returns
// findings.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "myochart/plugin/findings.h"

namespace myochart::plugin {

enum class FieldType {
  kChoice,       ///< one option id (string)
  kMultiChoice,  ///< array of distinct option ids
  kNumber,       ///< a number in [min, max], with a unit
  kAngle,        ///< degrees in [min, max]
  kText,         ///< free text (at most max_length characters)
  kBoolean,      ///< true / false
};
std::string_view to_string(FieldType t);

struct FieldOption {
  std::string id;
  std::string label;
};

struct FormField {
  // Every member has a default so that designated initializers may leave any out.
  std::string id{};  ///< unique within the form: the key of its answer
  std::string label{};
  FieldType type = FieldType::kText;
  std::string help{};                  ///< how to measure / what to look for
  std::vector<FieldOption> options{};  ///< choice and multi-choice
  std::string unit{};                  ///< number: "cm", "mm", "deg"...; angle: "deg"
  std::optional<double> min{}, max{};  ///< number and angle: the plausible range, inclusive
  std::size_t max_length = 2000;     ///< text
  bool required = false;
};

struct FormSection {
  std::string id{};
  std::string title{};
  std::string help{};
  std::vector<FormField> fields{};
};

struct FormDefinition {
  std::string id;  ///< unique among the plugin's forms
  std::string title;
  std::string description;
  std::vector<FormSection> sections;

  const FormField* find_field(std::string_view id) const;
};

/// Answers: a JSON object from field id to value (see FieldType). Fields left out are "not
/// answered".
using Answers = nlohmann::json;

/// Throws ValidationError naming "<form id>.<field id>" and what is accepted: an unknown field,
/// a value of the wrong type, an option that is not offered, a number out of its range, a
/// required field missing. Changes nothing.
void validate_answers(const FormDefinition& form, const Answers& answers);

/// A form and the evaluator that turns its answers into findings.
class AssessmentForm {
 public:
  virtual ~AssessmentForm() = default;
  virtual const FormDefinition& definition() const = 0;
  /// Called only with answers that passed validate_answers(). May throw ValidationError for
  /// rules across fields.
  virtual std::vector<Finding> evaluate(const Answers& answers) const = 0;
};

void to_json(nlohmann::json& j, const FormDefinition& f);

}  // namespace myochart::plugin
