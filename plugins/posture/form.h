#pragma once
// The posture assessment form (id "posture"), generated from the pack's form_hints: sections in
// the pack's order, per cue a choice, per measure a number field with the pack's plausible range
// (sided measures as <id>_left / <id>_right), the daily postures, then free observations.
#include <memory>

#include "evaluator.h"
#include "myochart/plugin/forms.h"
#include "posture_pack.h"

namespace myochart::posture {

inline constexpr const char* kFormId = "posture";
inline constexpr const char* kObservationsField = "observations";

/// The form declaration for a pack.
plugin::FormDefinition build_form(const PosturePack& pack);

/// The form and its evaluator, as registered with the host.
class PostureForm final : public plugin::AssessmentForm {
 public:
  explicit PostureForm(std::shared_ptr<const PosturePack> pack)
      : definition_(build_form(*pack)), evaluator_(std::move(pack)) {}
  const plugin::FormDefinition& definition() const override { return definition_; }
  std::vector<plugin::Finding> evaluate(const plugin::Answers& answers) const override {
    return evaluator_.evaluate(answers);
  }
  const Evaluator& evaluator() const { return evaluator_; }

 private:
  plugin::FormDefinition definition_;
  Evaluator evaluator_;
};

}  // namespace myochart::posture
