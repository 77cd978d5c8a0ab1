#pragma once
// The posture evaluator: form answers -> present dysfunctions (severity, side, the evidence that
// triggered each) -> findings: one `dysfunction` (or `red_flag` for a screening item) per present
// dysfunction, then the merged tight and weak muscles, then conflicts. The rule language is the
// one the schema's $comment defines (schemas/json/posture-pack.schema.json); the side of
// muscles listed "both" follows the plugin's convention in data/README.md.
//
// Answers use the form's field ids (form.h): a cue's id -> present / absent / not_checked (sided
// cues also left / right / both); a measure's id (sided: <id>_left, <id>_right) -> a number.
#include <memory>
#include <string>
#include <vector>

#include "myochart/plugin/findings.h"
#include "myochart/plugin/forms.h"
#include "posture_pack.h"

namespace myochart::posture {

inline constexpr const char* kPluginId = "posture";

/// A present dysfunction as the evaluator found it.
struct DysfunctionResult {
  const Dysfunction* dysfunction = nullptr;
  std::string severity{};  ///< mild / moderate / severe, or "" = unrated (always "" for screening)
  double cue_score = 0;
  std::vector<std::string> evidence{};                      ///< one line per cue / measure / rule
  nlohmann::json evidence_items = nlohmann::json::array();  ///< the same, structured
  bool left = true, right = true;                   ///< sides where its "both" muscles are involved
  chart::Side reference_side = chart::Side::kNone;  ///< laterality: the high / affected side
  bool side_to_confirm = false;  ///< laterality given, but the answers name no single side
};

class Evaluator {
 public:
  explicit Evaluator(std::shared_ptr<const PosturePack> pack) : pack_(std::move(pack)) {}

  /// The present dysfunctions, in pack order.
  std::vector<DysfunctionResult> assess(const plugin::Answers& answers) const;
  /// assess() turned into findings, in a deterministic order: red flags, dysfunctions (pack
  /// order), tight muscles, weak muscles (each by confidence, then muscle id), conflicts (by
  /// muscle id). source_plugin is "posture".
  std::vector<plugin::Finding> evaluate(const plugin::Answers& answers) const;

  const PosturePack& pack() const { return *pack_; }

 private:
  std::shared_ptr<const PosturePack> pack_;
};

/// The field ids of a measure's values: {id} or {id_left, id_right}, with the side of each.
std::vector<std::pair<std::string, chart::Side>> measure_fields(const Measure& m);

}  // namespace myochart::posture
