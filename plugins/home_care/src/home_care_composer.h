#pragma once
// The home-care composer ("home_care_sheet"): findings -> a proposed plan -> the sheet.
//   tight_muscle             -> a stretch of that muscle (exercises with it as a primary target first)
//   weak_muscle              -> a strengthening exercise
//   trigger_point, active    -> a self-release (severity "active" or details.active true)
//   candidate_source         -> a self-release, at half the finding's weight
// Findings rank by confirmed first, then confidence; the most important are covered first, one
// exercise may cover several findings, none is chosen twice, ties are broken by id. Exercises
// the client's contraindications withhold are never proposed (they are listed in
// plan.withheld); "warn" ones are kept with the warning printed in their precautions.
#include <memory>

#include "exercise_library.h"
#include "myochart/plugin/composer.h"
#include "sheet_document.h"
#include "sheet_plan.h"

namespace myochart::home_care {

struct ProposeOptions {
  int max_exercises = 5;  ///< 1-12
  int stop_rule_pain = 5;
  int log_days = 14;
};
/// From HandoutRequest::options; ValidationError names "options.<key>" and the range.
ProposeOptions propose_options(const nlohmann::json& options);

class HomeCareComposer final : public plugin::HandoutComposer {
 public:
  explicit HomeCareComposer(std::shared_ptr<const ExerciseLibrary> library);

  std::string id() const override { return "home_care_sheet"; }
  std::string label() const override { return "Home-care sheet"; }
  nlohmann::json propose(const plugin::HandoutRequest& request) const override;
  void validate_plan(const nlohmann::json& plan) const override;
  doc::Document render(const nlohmann::json& plan, const plugin::HandoutContext& context) const override;

  Plan propose_plan(const std::vector<plugin::Finding>& findings,
                    const std::vector<std::string>& contraindication_kinds,
                    const ProposeOptions& options) const;
  /// The illustrations of the plan's exercises, from the library.
  Illustrations illustrations(const Plan& plan) const;
  const ExerciseLibrary& library() const { return *library_; }

 private:
  std::shared_ptr<const ExerciseLibrary> library_;
};

}  // namespace myochart::home_care
