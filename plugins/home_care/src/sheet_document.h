#pragma once
// The home-care sheet as a document (core lays it out and prints it), and the context it is
// printed with as JSON, stored with a given sheet so that it re-prints exactly.
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "myochart/doc/document.h"
#include "myochart/plugin/composer.h"
#include "sheet_plan.h"

namespace myochart::home_care {

/// Exercise id -> the SVG text of its illustration.
using Illustrations = std::map<std::string, std::string>;

/// The branded sheet: clinic header, client / date / therapist, the stop rule, one card per
/// exercise (picture, name, how much, setup, steps, tips, precautions and warnings, the
/// therapist's note, QR code), general advice and a blank progress log. `plan` must be frozen
/// (freeze()) or its items' exercises known to `library`.
doc::Document sheet_document(const Plan& plan, const plugin::HandoutContext& context,
                             const ExerciseLibrary& library, const Illustrations& illustrations);

nlohmann::json context_to_json(const plugin::HandoutContext& c);
/// Throws ValidationError naming the field when the stored context is not one we wrote.
plugin::HandoutContext context_from_json(const nlohmann::json& j);

}  // namespace myochart::home_care
