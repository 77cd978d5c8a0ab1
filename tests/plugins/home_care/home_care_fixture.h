#pragma once
// The exercise library from the source tree, the composer over it, and the findings of a desk
// worker with forward head posture, for the home-care tests.
#include <fstream>
#include <memory>

#include "home_care_composer.h"
#include "myochart/plugin/findings.h"

namespace myochart::test {

inline const std::filesystem::path kHomeCareData =
    std::filesystem::path(MYOCHART_SOURCE_DIR) / "plugins/home_care/data";

inline std::shared_ptr<const home_care::ExerciseLibrary> exercise_library() {
  static const auto library = [] {
    std::ifstream in(kHomeCareData / "exercises.json");
    return std::make_shared<const home_care::ExerciseLibrary>(nlohmann::json::parse(in), kHomeCareData);
  }();
  return library;
}

inline plugin::Finding finding(const std::string& kind, const std::string& muscle, double confidence,
                               const std::string& severity = "", bool confirmed = false,
                               chart::Side side = chart::Side::kNone) {
  plugin::Finding f;
  f.kind = kind;
  f.subject = muscle;
  f.muscle_id = muscle;
  f.what = muscle + " " + kind;
  f.confidence = confidence;
  f.severity = severity;
  f.confirmed = confirmed;
  f.side = side;
  return f;
}

/// Trigger-point and posture findings of a desk worker: what `handout` is for.
inline std::vector<plugin::Finding> desk_worker_findings() {
  return {finding("tight_muscle", "trapezius_upper", 0.7, "", true, chart::Side::kLeft),
          finding("trigger_point", "trapezius_upper", 0.9, "active", false, chart::Side::kLeft),
          finding("weak_muscle", "deep_neck_flexors", 0.9),
          finding("tight_muscle", "pectoralis_minor", 0.8),
          finding("weak_muscle", "trapezius_lower", 0.6),
          finding("candidate_source", "levator_scapulae", 0.8),
          finding("trigger_point", "levator_scapulae", 0.95, "latent"),
          finding("tight_muscle", "levator_scapulae", 0.5),
          finding("dysfunction", "forward_head", 0.8)};
}

inline std::vector<std::string> exercise_ids(const home_care::Plan& plan) {
  std::vector<std::string> out;
  for (const auto& i : plan.items) out.push_back(i.exercise);
  return out;
}

}  // namespace myochart::test
