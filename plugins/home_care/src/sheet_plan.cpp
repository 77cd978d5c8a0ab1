#include "sheet_plan.h"

#include <algorithm>
#include <set>

#include "myochart/clinical.h"
#include "myochart/errors.h"

namespace myochart::home_care {

namespace {

using nlohmann::json;

const char* const kPlanKeys = "title, items, general_advice, stop_rule_pain, log_days, withheld, "
                              "contraindications, library_version";
const char* const kItemKeys = "exercise, dosage, note, qr_url, for_findings, warnings, "
                              "override_contraindication, name, setup, steps, tips, precautions";

void only_keys(const json& j, const std::string& pointer, const char* accepted) {
  const std::string list = std::string(", ") + accepted + ",";
  for (const auto& [key, value] : j.items())
    if (list.find(", " + key + ",") == std::string::npos)
      throw ValidationError(pointer + "/" + key, "is not a field of the plan here", accepted);
}

std::string text(const json& j, const std::string& pointer, std::size_t max, bool may_be_empty) {
  const std::string accepted = "text of " + std::string(may_be_empty ? "0" : "1") + " to " +
                               std::to_string(max) + " characters";
  if (!j.is_string()) throw ValidationError(pointer, j.dump() + " is not text", accepted);
  const auto s = j.get<std::string>();
  if (s.empty() && !may_be_empty) throw ValidationError(pointer, "is empty", accepted);
  if (s.size() > max) throw ValidationError(pointer, "is too long", accepted);
  return s;
}

std::vector<std::string> texts(const json& j, const std::string& pointer, std::size_t min_items,
                               std::size_t max_items, std::size_t max_chars) {
  const std::string accepted = "a list of " + std::to_string(min_items) + " to " +
                               std::to_string(max_items) + " texts";
  if (!j.is_array()) throw ValidationError(pointer, "is not a list", accepted);
  if (j.size() < min_items || j.size() > max_items)
    throw ValidationError(pointer, "has " + std::to_string(j.size()) + " entries", accepted);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < j.size(); ++i)
    out.push_back(text(j[i], pointer + "/" + std::to_string(i), max_chars, false));
  return out;
}

int whole(const json& j, const std::string& pointer, int min, int max) {
  const std::string accepted = "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
  if (!j.is_number_integer()) throw ValidationError(pointer, j.dump() + " is not a whole number", accepted);
  const auto n = j.get<long long>();
  if (n < min || n > max) throw ValidationError(pointer, std::to_string(n) + " is out of range", accepted);
  return static_cast<int>(n);
}

bool contains_ci(std::string s, std::string_view word) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s.find(word) != std::string::npos;
}

PlanItem parse_item(const json& j, const std::string& p, const ExerciseLibrary& library,
                    PlanSource source) {
  if (!j.is_object()) throw ValidationError(p, "is not an object", std::string("an object with ") + kItemKeys);
  only_keys(j, p, kItemKeys);
  PlanItem item;
  if (!j.contains("exercise")) throw ValidationError(p + "/exercise", "is missing", "an exercise id");
  item.exercise = text(j["exercise"], p + "/exercise", 80, false);
  if (j.contains("name")) item.name = text(j["name"], p + "/name", 200, false);
  if (j.contains("setup")) item.setup = text(j["setup"], p + "/setup", 600, true);
  if (j.contains("steps")) item.steps = texts(j["steps"], p + "/steps", 1, 10, 300);
  if (j.contains("tips")) item.tips = texts(j["tips"], p + "/tips", 0, 8, 300);
  if (j.contains("precautions")) item.precautions = texts(j["precautions"], p + "/precautions", 0, 8, 300);
  const Exercise* ex = library.find(item.exercise);
  const bool worded = item.name && item.setup && item.steps && item.tips && item.precautions;
  if (!ex && !(source == PlanSource::kGiven && worded))
    throw ValidationError(p + "/exercise", "\"" + item.exercise + "\" is not in the exercise library",
                          "an exercise id listed by `handout exercises`");
  if (j.contains("dosage"))
    item.dosage = dosage_from_json(j["dosage"], p + "/dosage");
  else if (ex)
    item.dosage = ex->dosage;
  else
    throw ValidationError(p + "/dosage", "is missing", "sets, reps, hold_seconds, ...");
  if (j.contains("note")) item.note = text(j["note"], p + "/note", 400, true);
  if (j.contains("qr_url") && !j["qr_url"].is_null()) {
    const auto url = text(j["qr_url"], p + "/qr_url", 1000, false);
    const bool web = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
    if (!web || url.find_first_of(" \t\r\n") != std::string::npos)
      throw ValidationError(p + "/qr_url", "\"" + url + "\" is not a web link",
                            "a link starting with https:// or http://, without spaces");
    item.qr_url = url;
  }
  if (j.contains("for_findings")) {
    if (!j["for_findings"].is_array())
      throw ValidationError(p + "/for_findings", "is not a list", "a list of findings");
    item.for_findings = j["for_findings"];
  }
  if (j.contains("warnings")) item.warnings = texts(j["warnings"], p + "/warnings", 0, 12, 400);
  if (j.contains("override_contraindication")) {
    if (!j["override_contraindication"].is_boolean())
      throw ValidationError(p + "/override_contraindication", "is not true or false", "true or false");
    item.override_contraindication = j["override_contraindication"].get<bool>();
  }
  return item;
}

}  // namespace

Plan parse_plan(const json& j, const ExerciseLibrary& library, PlanSource source) {
  if (!j.is_object()) throw ValidationError("/", "the plan is not a JSON object", std::string("an object with ") + kPlanKeys);
  only_keys(j, "", kPlanKeys);
  Plan plan;
  if (j.contains("title")) {
    plan.title = text(j["title"], "/title", 120, false);
    // Scope of practice: a massage therapist recommends; they do not prescribe.
    if (contains_ci(plan.title, "prescri"))
      throw ValidationError("/title", "reads as a prescription",
                            "wording such as \"Recommended home care\"");
  }
  if (j.contains("contraindications")) {
    const auto kinds = texts(j["contraindications"], "/contraindications", 0, 40, 40);
    for (std::size_t i = 0; i < kinds.size(); ++i)
      if (!is_contraindication_kind(kinds[i]))
        throw ValidationError("/contraindications/" + std::to_string(i),
                              "\"" + kinds[i] + "\" is not a contraindication kind",
                              "an id of `contraindication kinds`, e.g. osteoporosis");
    plan.contraindications = kinds;
  }
  if (!j.contains("items")) throw ValidationError("/items", "is missing", "a list of 1 to 12 exercises");
  const auto& items = j["items"];
  if (!items.is_array() || items.empty() || items.size() > 12)
    throw ValidationError("/items", items.is_array() ? "has " + std::to_string(items.size()) + " exercises" : "is not a list",
                          "a list of 1 to 12 exercises");
  const std::set<std::string> flagged(plan.contraindications.begin(), plan.contraindications.end());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string p = "/items/" + std::to_string(i);
    PlanItem item = parse_item(items[i], p, library, source);
    for (std::size_t k = 0; k < plan.items.size(); ++k)
      if (plan.items[k].exercise == item.exercise)
        throw ValidationError(p + "/exercise", "\"" + item.exercise + "\" repeats /items/" + std::to_string(k),
                              "each exercise once");
    // A given sheet stays as it was printed, whatever the library says today.
    const Exercise* ex = source == PlanSource::kEdited ? library.find(item.exercise) : nullptr;
    if (ex) {
      for (const auto& c : ex->contraindications) {
        if (!flagged.count(c.kind)) continue;
        if (c.withhold && !item.override_contraindication)
          throw ValidationError(p + "/exercise",
                                "\"" + item.exercise + "\" is withheld for a client flagged " + c.kind + ": " + c.note,
                                "remove it, or set " + p + "/override_contraindication to true to give it deliberately");
        if (!c.withhold && std::find(item.warnings.begin(), item.warnings.end(), c.note) == item.warnings.end())
          item.warnings.push_back(c.note);
      }
    }
    plan.items.push_back(std::move(item));
  }
  if (j.contains("general_advice")) plan.general_advice = texts(j["general_advice"], "/general_advice", 0, 12, 400);
  if (j.contains("stop_rule_pain")) plan.stop_rule_pain = whole(j["stop_rule_pain"], "/stop_rule_pain", 0, 10);
  if (j.contains("log_days")) plan.log_days = whole(j["log_days"], "/log_days", 0, 42);
  if (j.contains("library_version")) plan.library_version = text(j["library_version"], "/library_version", 40, true);
  if (j.contains("withheld")) {
    if (!j["withheld"].is_array()) throw ValidationError("/withheld", "is not a list", "a list of {exercise, contraindication, reason}");
    for (std::size_t i = 0; i < j["withheld"].size(); ++i) {
      const auto& w = j["withheld"][i];
      const std::string p = "/withheld/" + std::to_string(i);
      if (!w.is_object()) throw ValidationError(p, "is not an object", "{exercise, contraindication, reason}");
      plan.withheld.push_back({text(w.value("exercise", json("")), p + "/exercise", 80, false),
                               text(w.value("contraindication", json("")), p + "/contraindication", 40, true),
                               text(w.value("reason", json("")), p + "/reason", 400, true)});
    }
  }
  return plan;
}

json to_json(const Plan& plan) {
  json items = json::array();
  for (const auto& i : plan.items) {
    json o = {{"exercise", i.exercise}, {"dosage", to_json(i.dosage)}, {"note", i.note},
              {"for_findings", i.for_findings}};
    if (i.qr_url) o["qr_url"] = *i.qr_url;
    if (!i.warnings.empty()) o["warnings"] = i.warnings;
    if (i.override_contraindication) o["override_contraindication"] = true;
    if (i.name) o["name"] = *i.name;
    if (i.setup) o["setup"] = *i.setup;
    if (i.steps) o["steps"] = *i.steps;
    if (i.tips) o["tips"] = *i.tips;
    if (i.precautions) o["precautions"] = *i.precautions;
    items.push_back(std::move(o));
  }
  json withheld = json::array();
  for (const auto& w : plan.withheld)
    withheld.push_back({{"exercise", w.exercise}, {"contraindication", w.contraindication}, {"reason", w.reason}});
  return {{"title", plan.title},
          {"items", items},
          {"general_advice", plan.general_advice},
          {"stop_rule_pain", plan.stop_rule_pain},
          {"log_days", plan.log_days},
          {"withheld", withheld},
          {"contraindications", plan.contraindications},
          {"library_version", plan.library_version}};
}

Plan freeze(Plan plan, const ExerciseLibrary& library) {
  for (auto& i : plan.items) {
    const Exercise* ex = library.find(i.exercise);
    if (!ex) continue;  // a stored sheet: already worded
    if (!i.name) i.name = ex->name;
    if (!i.setup) i.setup = ex->setup;
    if (!i.steps) i.steps = ex->steps;
    if (!i.tips) i.tips = ex->tips;
    if (!i.precautions) i.precautions = ex->precautions;
  }
  if (plan.library_version.empty()) plan.library_version = library.version();
  return plan;
}

}  // namespace myochart::home_care
