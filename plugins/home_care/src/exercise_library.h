#pragma once
// The exercise library (data/exercises.json, validated by the host against
// exercise-library.schema.json) as typed records, with each exercise's illustration read from
// the data folder. Read-only after construction; safe to share between threads.
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace myochart::home_care {

/// What an exercise is for. The order is the order kinds appear in on a proposed sheet.
enum class ExerciseKind { kSelfRelease, kStretch, kMobility, kStrengthen };
std::string_view to_string(ExerciseKind k);
std::optional<ExerciseKind> exercise_kind_from_string(std::string_view s);

/// How much, how often. reps or hold_seconds (or both) is set.
struct Dosage {
  int sets = 1;
  std::optional<int> reps;
  std::optional<int> hold_seconds;
  std::optional<int> rest_seconds;
  int times_per_day = 1;
  int days_per_week = 7;
  std::string sides = "none";  ///< each_side, both, none

  bool operator==(const Dosage&) const = default;
};

/// A client contraindication that withholds an exercise or adds a warning to it.
struct ExerciseContraindication {
  std::string kind;    ///< a contraindication_kinds() id
  bool withhold = false;  ///< false: warn
  std::string note;    ///< for the therapist: why
};

struct Exercise {
  std::string id;
  std::string name;
  ExerciseKind kind = ExerciseKind::kStretch;
  std::vector<std::string> primary;    ///< muscle ids the exercise is chosen for
  std::vector<std::string> secondary;  ///< also worked
  std::vector<std::string> equipment;
  std::string position;
  std::string setup;
  std::vector<std::string> steps;
  std::vector<std::string> tips;
  Dosage dosage;
  std::vector<std::string> precautions;
  std::vector<ExerciseContraindication> contraindications;
  std::string pressure;  ///< self-release only: how hard, in words
  std::string illustration_svg;

  bool targets_primary(std::string_view muscle) const;
  bool targets(std::string_view muscle) const;  ///< primary or secondary
};

class ExerciseLibrary {
 public:
  /// From the validated pack; reads every illustration from `data_dir`. Throws Error naming
  /// the exercise and the file when an illustration is missing or empty.
  ExerciseLibrary(const nlohmann::json& pack, const std::filesystem::path& data_dir);

  const std::vector<Exercise>& exercises() const { return exercises_; }  ///< in id order
  const Exercise* find(std::string_view id) const;
  const std::string& version() const { return version_; }
  /// Every muscle id some exercise targets.
  std::vector<std::string> muscles() const;

 private:
  std::vector<Exercise> exercises_;
  std::map<std::string, std::size_t, std::less<>> by_id_;
  std::string version_;
};

/// One whole-number field of a dosage and the range it accepts: the one table that both the
/// plan's checks and the host's dosage editor (HandoutKeeper::dosage_fields) read.
struct DosageNumber {
  const char* id;
  const char* label;
  const char* unit;
  int min;
  int max;
  bool nullable;  ///< may be null (left out)
};
inline constexpr DosageNumber kDosageNumbers[] = {
    {"sets", "Sets", "", 1, 10, false},
    {"reps", "Repetitions", "", 1, 100, true},
    {"hold_seconds", "Hold", "s", 1, 300, true},
    {"rest_seconds", "Rest", "s", 0, 600, true},
    {"times_per_day", "Times a day", "", 1, 6, false},
    {"days_per_week", "Days a week", "", 1, 7, false},
};
/// The choices of Dosage::sides, with their labels.
inline constexpr std::pair<const char*, const char*> kDosageSides[] = {
    {"each_side", "Each side"}, {"both", "Both sides together"}, {"none", "One-sided or central"}};

/// The dosage from its JSON form (the library's and the plan's), checked against the ranges;
/// ValidationError names `pointer` + "/field" and what is accepted.
Dosage dosage_from_json(const nlohmann::json& j, const std::string& pointer);
nlohmann::json to_json(const Dosage& d);
/// The dosage in plain words for the client: "3 sets × 30 s hold, each side, twice a day,
/// every day; rest 10 s between sets".
std::string dosage_words(const Dosage& d);

}  // namespace myochart::home_care
