#pragma once
// The plan of a home-care sheet: what the composer proposes, what the therapist edits, what is
// stored when a sheet is given. Its JSON shape is documented in plugins/home_care/README.md;
// parse_plan() is the one place that checks it.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "exercise_library.h"

namespace myochart::home_care {

inline constexpr const char* kDefaultTitle = "Recommended home care";

struct PlanItem {
  std::string exercise;  ///< exercise id
  Dosage dosage;
  std::string note;                  ///< the therapist's words for this client
  std::optional<std::string> qr_url;  ///< a link the therapist chose (a video), printed as a QR code
  nlohmann::json for_findings = nlohmann::json::array();  ///< the findings it answers
  std::vector<std::string> warnings;  ///< contraindication warnings, printed with the precautions
  bool override_contraindication = false;  ///< given deliberately although withheld for this client
  // Wording; empty = the library's. A given sheet stores them filled in (freeze()).
  std::optional<std::string> name, setup;
  std::optional<std::vector<std::string>> steps, tips, precautions;
};

struct Withheld {
  std::string exercise;
  std::string contraindication;  ///< the client's contraindication kind
  std::string reason;
};

struct Plan {
  std::string title = kDefaultTitle;
  std::vector<PlanItem> items;
  std::vector<std::string> general_advice;
  int stop_rule_pain = 5;  ///< "stop and call us if pain rises above N/10"
  int log_days = 14;       ///< rows of the progress log; 0 = no log
  std::vector<Withheld> withheld;
  std::vector<std::string> contraindications;  ///< the client's active kinds the plan was checked against
  std::string library_version;
};

enum class PlanSource {
  kEdited,  ///< a proposal or a therapist's edit: exercises must be in the library
  kGiven,   ///< a stored sheet: an exercise no longer in the library is fine when its wording is stored
};

/// Checks and reads a plan. Throws ValidationError whose field is the JSON pointer of the
/// first wrong part ("/items/2/dosage/sets") with what is accepted. Adds the library's warning
/// for each of the plan's contraindications an item's exercise warns about.
Plan parse_plan(const nlohmann::json& j, const ExerciseLibrary& library,
                PlanSource source = PlanSource::kEdited);
nlohmann::json to_json(const Plan& plan);

/// The plan with every item's wording filled in from the library, so that it prints the same
/// whatever the library becomes.
Plan freeze(Plan plan, const ExerciseLibrary& library);

}  // namespace myochart::home_care
