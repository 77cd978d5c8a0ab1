#pragma once
// Findings: the one type clinical plugins exchange. A trigger-point plugin's "active trigger
// point in the left upper trapezius", a posture plugin's "pectoralis minor commonly tight" and
// a reverse lookup's "candidate source: levator scapulae" are all Findings, so that a handout
// composer can use any of them without knowing which plugin produced it.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "myochart/chart/body_chart.h"

namespace myochart::plugin {

/// What a finding says. Plugins may use other kinds; these are the ones the bundled plugins
/// produce and consume.
namespace finding_kind {
inline constexpr std::string_view kTriggerPoint = "trigger_point";        ///< TP present in a muscle
inline constexpr std::string_view kCandidateSource = "candidate_source";  ///< muscle that may refer pain
inline constexpr std::string_view kTightMuscle = "tight_muscle";
inline constexpr std::string_view kWeakMuscle = "weak_muscle";
inline constexpr std::string_view kDysfunction = "dysfunction";  ///< a postural dysfunction
inline constexpr std::string_view kRedFlag = "red_flag";         ///< refer / rule out first
inline constexpr std::string_view kConflict = "conflict";        ///< sources or findings disagree
}  // namespace finding_kind

struct Finding {
  std::string kind{};       ///< a finding_kind, or a plugin's own
  std::string subject{};    ///< id of what it is about: muscle id, dysfunction id, region id
  std::string muscle_id{};  ///< when it concerns a muscle (the knowledge packs' shared ids)
  std::string region_id{};  ///< when it concerns a chart region
  chart::Side side = chart::Side::kNone;  ///< the client's side, kNone for midline / both
  std::string what{};                       ///< one line a therapist reads: "Levator scapulae (left)"
  std::string evidence{};                   ///< why: "essential zone covers 70% of the drawn area"
  double confidence = 0.5;                ///< 0-1, for ranking; not a probability
  std::string severity{};                   ///< "", or mild / moderate / severe, active / latent
  std::string source_plugin{};              ///< id of the plugin that produced it (set by the host)
  bool confirmed = false;                 ///< the therapist confirmed it
  nlohmann::json details = nlohmann::json::object();  ///< plugin-specific, JSON object

  bool operator==(const Finding&) const = default;
};

std::string_view to_string(chart::Side s);
chart::Side side_from_string(std::string_view s);  ///< "left" / "right", anything else kNone

void to_json(nlohmann::json& j, const Finding& f);
/// Throws ValidationError naming the field when a member has the wrong type.
void from_json(const nlohmann::json& j, Finding& f);

}  // namespace myochart::plugin
