#pragma once
// The posture knowledge pack (data/dysfunctions.json, format schemas/json/posture-pack.schema.json)
// as C++ values, and the consistency rules JSON Schema cannot express. The schema's $comment is
// the reference for what the values mean; this file only reads them.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace myochart::posture {

/// normal < mild < moderate < severe; -1 for anything else (e.g. "" = unrated).
int severity_rank(std::string_view severity);

/// A grading band: min <= value < max; nullopt = open end.
struct Band {
  std::string severity{};
  std::optional<double> min{}, max{};
  bool contains(double v) const { return (!min || v >= *min) && (!max || v < *max); }
};

struct Measure {
  std::string id{};
  std::string name{};
  std::string unit{};  ///< "deg", "cm" or "mm"
  std::string how{};
  double plausible_min = 0, plausible_max = 0;  ///< both inclusive
  bool sided = false;                           ///< entered as _left and _right
  std::string direction{};  ///< lower_is_worse, higher_is_worse, deviation_is_worse
  std::optional<double> normal_min{}, normal_max{};  ///< both inclusive
  std::vector<Band> bands{};                         ///< empty when there is no agreed grading
  std::string positive_side{};  ///< "left" / "right" when the sign names a body side
  std::string sign_positive{}, sign_negative{};
  std::string grading_note{};

  /// The band's severity for a value, or "" when the measure has no grading.
  std::string grade(double v) const;
  const Band* band(double v) const;
  /// "above" / "below" the normal range, or "" (inside, or no normal range).
  std::string outside_normal(double v) const;
  /// "°" for degrees, " cm" / " mm" otherwise: what follows a value in text.
  std::string unit_suffix() const;
};

struct Cue {
  std::string id{};
  std::string text{};
  bool sided = false;
  std::string side_meaning{};
  double weight = 1;
};

struct MeasureLink {
  std::string measure{};
  std::string role{};  ///< primary or supporting
};

/// One muscle of a dysfunction's tight, weak or conflicts list.
struct MuscleEntry {
  std::string muscle{};
  std::string side{};  ///< both, high_side, low_side, same_side, opposite_side
  std::string note{};
};

struct ConflictClaim {
  std::string finding{};  ///< tight or weak
  std::vector<std::string> sources{};
  std::string text{};
};

struct SourceConflict {
  MuscleEntry muscle{};
  std::vector<ConflictClaim> claims{};
};

struct Laterality {
  std::string reference{};  ///< high_side or affected_side
  std::string description{};
  std::vector<std::string> from_cues{};
  std::vector<std::string> from_measures{};
};

struct Dysfunction {
  std::string id{};
  std::string name{};
  std::string region{};
  std::vector<Cue> cues{};
  std::vector<MeasureLink> measures{};
  nlohmann::json present_when{};  ///< the condition tree, as the schema defines it
  std::vector<std::pair<double, std::string>> cue_severity{};  ///< (min_score, severity), ascending
  std::optional<Laterality> laterality{};
  std::vector<MuscleEntry> tight{}, weak{};
  std::vector<SourceConflict> conflicts{};
  std::string evidence{};
  bool screening_only = false;
  std::string referral{};
  std::vector<std::string> sources{};
};

struct DailyPostureOption {
  std::string id{}, label{};
  std::vector<std::string> linked_dysfunctions{};
};

struct DailyPosture {
  std::string id{};
  std::string label{};
  std::string kind{};  ///< yes_no or choice
  bool multiple = false;
  std::vector<DailyPostureOption> options{};
  std::vector<std::string> linked_dysfunctions{};
  std::optional<std::string> free_text_label{};
  std::size_t free_text_max_length = 0;
  std::string note{};
};

struct FormItem {
  std::string kind{};  ///< cue, measure or daily_posture
  std::string id{};
};

struct FormSectionHint {
  std::string id{}, title{}, instructions{};
  std::vector<FormItem> items{};
};

struct FormHints {
  std::string association_wording{};
  std::string evidence_notice{};
  std::string screening_notice{};
  std::vector<FormSectionHint> sections{};
};

/// A schema-valid, consistency-checked pack. Read-only after construction; safe to share.
class PosturePack {
 public:
  /// Reads a document that passed the JSON Schema (the host checks it) and applies the
  /// consistency rules of tools/packs/check_posture.py that the evaluator relies on. Throws
  /// ValidationError with field "<file>: <JSON pointer>" and the rule broken.
  static PosturePack from_json(const nlohmann::json& doc, const std::filesystem::path& file);

  std::string version;
  std::vector<Measure> measures;
  std::vector<Dysfunction> dysfunctions;
  std::vector<DailyPosture> daily_postures;
  FormHints hints;

  const Measure* measure(std::string_view id) const;
  const Dysfunction* dysfunction(std::string_view id) const;
  /// The cue and the dysfunction it belongs to, or {nullptr, nullptr}.
  std::pair<const Cue*, const Dysfunction*> cue(std::string_view id) const;
  const DailyPosture* daily_posture(std::string_view id) const;
};

/// "pectoralis_minor" -> "Pectoralis minor"; "trapezius_upper" -> "Upper trapezius".
std::string muscle_label(std::string_view muscle_id);
/// The first letter lower-cased, for a name inside a sentence ("Forward head posture" ->
/// "forward head posture").
std::string in_sentence(std::string_view name);
/// A number as a therapist writes it: 44, 48.5, -2.25 (no trailing zeros).
std::string number_text(double v);

}  // namespace myochart::posture
