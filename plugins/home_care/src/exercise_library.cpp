#include "exercise_library.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>

#include "myochart/errors.h"

namespace myochart::home_care {

namespace {

constexpr std::pair<ExerciseKind, std::string_view> kKinds[] = {
    {ExerciseKind::kSelfRelease, "self_release"},
    {ExerciseKind::kStretch, "stretch"},
    {ExerciseKind::kMobility, "mobility"},
    {ExerciseKind::kStrengthen, "strengthen"}};

std::vector<std::string> strings(const nlohmann::json& j) {
  std::vector<std::string> out;
  for (const auto& s : j) out.push_back(s.get<std::string>());
  return out;
}

// One whole number of a dosage: present (or null where allowed) and inside its range.
std::optional<int> dosage_number(const nlohmann::json& j, const std::string& pointer,
                                 const char* field, int min, int max, bool nullable) {
  const std::string where = pointer + "/" + field;
  const std::string accepted = "a whole number from " + std::to_string(min) + " to " +
                               std::to_string(max) + (nullable ? ", or null" : "");
  if (!j.contains(field)) throw ValidationError(where, "is missing", accepted);
  const auto& v = j[field];
  if (v.is_null() && nullable) return std::nullopt;
  if (!v.is_number_integer()) throw ValidationError(where, v.dump() + " is not a whole number", accepted);
  const auto n = v.get<long long>();
  if (n < min || n > max) throw ValidationError(where, std::to_string(n) + " is out of range", accepted);
  return static_cast<int>(n);
}

std::string times(int n, const char* one, const char* two) {
  if (n == 1) return one;
  if (n == 2) return two;
  return std::to_string(n) + " times";
}

}  // namespace

std::string_view to_string(ExerciseKind k) {
  for (const auto& [kind, name] : kKinds)
    if (kind == k) return name;
  return "stretch";
}

std::optional<ExerciseKind> exercise_kind_from_string(std::string_view s) {
  for (const auto& [kind, name] : kKinds)
    if (name == s) return kind;
  return std::nullopt;
}

bool Exercise::targets_primary(std::string_view muscle) const {
  return std::find(primary.begin(), primary.end(), muscle) != primary.end();
}

bool Exercise::targets(std::string_view muscle) const {
  return targets_primary(muscle) ||
         std::find(secondary.begin(), secondary.end(), muscle) != secondary.end();
}

ExerciseLibrary::ExerciseLibrary(const nlohmann::json& pack, const std::filesystem::path& data_dir) {
  version_ = pack.value("library_version", "");
  for (const auto& e : pack.at("exercises")) {
    Exercise x;
    x.id = e.at("id").get<std::string>();
    x.name = e.at("name").get<std::string>();
    x.kind = exercise_kind_from_string(e.at("kind").get<std::string>()).value_or(ExerciseKind::kStretch);
    for (const auto& t : e.at("targets"))
      (t.at("role") == "primary" ? x.primary : x.secondary).push_back(t.at("muscle").get<std::string>());
    x.equipment = strings(e.at("equipment"));
    x.position = e.at("position").get<std::string>();
    x.setup = e.at("setup").get<std::string>();
    x.steps = strings(e.at("steps"));
    x.tips = strings(e.at("tips"));
    x.dosage = dosage_from_json(e.at("dosage"), "/exercises/" + x.id + "/dosage");
    x.precautions = strings(e.at("precautions"));
    for (const auto& c : e.at("contraindications"))
      x.contraindications.push_back({c.at("kind").get<std::string>(), c.at("action") == "withhold",
                                     c.value("note", "")});
    if (e.contains("self_release")) x.pressure = e["self_release"].value("pressure", "");
    const auto file = data_dir / e.at("illustration").get<std::string>();
    std::ifstream in(file, std::ios::binary);
    x.illustration_svg.assign(std::istreambuf_iterator<char>(in), {});
    if (!in.good() && !in.eof())
      throw Error("exercise " + x.id + ": its illustration " + file.string() + " cannot be read");
    if (x.illustration_svg.find("<svg") == std::string::npos)
      throw Error("exercise " + x.id + ": its illustration " + file.string() +
                  " is missing or not an SVG file");
    exercises_.push_back(std::move(x));
  }
  std::sort(exercises_.begin(), exercises_.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  for (std::size_t i = 0; i < exercises_.size(); ++i) by_id_.emplace(exercises_[i].id, i);
}

const Exercise* ExerciseLibrary::find(std::string_view id) const {
  const auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &exercises_[it->second];
}

std::vector<std::string> ExerciseLibrary::muscles() const {
  std::set<std::string> all;
  for (const auto& e : exercises_) {
    all.insert(e.primary.begin(), e.primary.end());
    all.insert(e.secondary.begin(), e.secondary.end());
  }
  return {all.begin(), all.end()};
}

Dosage dosage_from_json(const nlohmann::json& j, const std::string& pointer) {
  static const std::set<std::string> kKeys = {"sets", "reps", "hold_seconds", "rest_seconds",
                                              "times_per_day", "days_per_week", "sides"};
  const std::string accepted_keys = "sets, reps, hold_seconds, rest_seconds, times_per_day, days_per_week, sides";
  if (!j.is_object()) throw ValidationError(pointer, "is not an object", "an object with " + accepted_keys);
  for (const auto& [key, value] : j.items())
    if (!kKeys.count(key)) throw ValidationError(pointer + "/" + key, "is not a dosage field", accepted_keys);
  auto number = [&](std::string_view id) {
    for (const auto& n : kDosageNumbers)
      if (id == n.id) return dosage_number(j, pointer, n.id, n.min, n.max, n.nullable);
    throw Error("no dosage range for " + std::string(id));
  };
  Dosage d;
  d.sets = *number("sets");
  d.reps = number("reps");
  d.hold_seconds = number("hold_seconds");
  d.rest_seconds = number("rest_seconds");
  d.times_per_day = *number("times_per_day");
  d.days_per_week = *number("days_per_week");
  if (!d.reps && !d.hold_seconds)
    throw ValidationError(pointer + "/reps", "and hold_seconds are both null",
                          "a number of repetitions, a hold in seconds, or both");
  const std::string sides_accepted = "each_side, both, none";
  if (!j.contains("sides") || !j["sides"].is_string())
    throw ValidationError(pointer + "/sides", "is missing", sides_accepted);
  d.sides = j["sides"].get<std::string>();
  if (std::none_of(std::begin(kDosageSides), std::end(kDosageSides),
                   [&](const auto& c) { return d.sides == c.first; }))
    throw ValidationError(pointer + "/sides", "\"" + d.sides + "\" is not a choice", sides_accepted);
  return d;
}

nlohmann::json to_json(const Dosage& d) {
  auto opt = [](const std::optional<int>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  return {{"sets", d.sets},
          {"reps", opt(d.reps)},
          {"hold_seconds", opt(d.hold_seconds)},
          {"rest_seconds", opt(d.rest_seconds)},
          {"times_per_day", d.times_per_day},
          {"days_per_week", d.days_per_week},
          {"sides", d.sides}};
}

std::string dosage_words(const Dosage& d) {
  std::string s = std::to_string(d.sets) + (d.sets == 1 ? " set × " : " sets × ");
  if (d.reps && d.hold_seconds)
    s += std::to_string(*d.reps) + " reps, " + std::to_string(*d.hold_seconds) + " s hold each";
  else if (d.reps)
    s += std::to_string(*d.reps) + (*d.reps == 1 ? " rep" : " reps");
  else
    s += std::to_string(*d.hold_seconds) + " s hold";
  if (d.sides == "each_side") s += ", each side";
  if (d.sides == "both") s += ", both sides together";
  s += ", " + times(d.times_per_day, "once", "twice") + " a day";
  s += d.days_per_week == 7 ? ", every day"
                            : ", " + std::to_string(d.days_per_week) +
                                  (d.days_per_week == 1 ? " day a week" : " days a week");
  if (d.rest_seconds && *d.rest_seconds > 0)
    s += "; rest " + std::to_string(*d.rest_seconds) + " s between " + (d.reps ? "sets" : "holds");
  return s;
}

}  // namespace myochart::home_care
