#include "home_care_composer.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "myochart/errors.h"

namespace myochart::home_care {

namespace {

using plugin::Finding;

// One thing the sheet should answer: a kind of exercise for a muscle, with the findings
// asking for it.
struct Need {
  ExerciseKind kind = ExerciseKind::kStretch;
  std::string muscle;
  double weight = 0;
  bool confirmed = false;
  nlohmann::json findings = nlohmann::json::array();
};

bool active_trigger_point(const Finding& f) {
  if (f.severity == "active") return true;
  const auto it = f.details.find("active");
  return it != f.details.end() && it->is_boolean() && it->get<bool>();
}

std::optional<std::pair<ExerciseKind, double>> need_of(const Finding& f) {
  if (f.kind == plugin::finding_kind::kTightMuscle) return std::pair{ExerciseKind::kStretch, 1.0};
  if (f.kind == plugin::finding_kind::kWeakMuscle) return std::pair{ExerciseKind::kStrengthen, 1.0};
  if (f.kind == plugin::finding_kind::kTriggerPoint && active_trigger_point(f))
    return std::pair{ExerciseKind::kSelfRelease, 1.0};
  if (f.kind == plugin::finding_kind::kCandidateSource) return std::pair{ExerciseKind::kSelfRelease, 0.5};
  return std::nullopt;
}

std::vector<Need> needs_of(const std::vector<Finding>& findings) {
  std::map<std::pair<ExerciseKind, std::string>, Need> merged;
  for (const auto& f : findings) {
    const auto need = need_of(f);
    const std::string muscle = !f.muscle_id.empty() ? f.muscle_id : f.subject;
    if (!need || muscle.empty()) continue;
    Need& n = merged[{need->first, muscle}];
    n.kind = need->first;
    n.muscle = muscle;
    n.weight = std::max(n.weight, std::clamp(f.confidence, 0.0, 1.0) * need->second);
    n.confirmed = n.confirmed || f.confirmed;
    nlohmann::json j = {{"kind", f.kind}, {"muscle", muscle}, {"what", f.what}};
    if (f.side != chart::Side::kNone) j["side"] = std::string(plugin::to_string(f.side));
    n.findings.push_back(std::move(j));
  }
  std::vector<Need> out;
  for (auto& [key, n] : merged) out.push_back(std::move(n));
  std::sort(out.begin(), out.end(), [](const Need& a, const Need& b) {
    return std::tuple(!a.confirmed, -a.weight, a.kind, a.muscle) <
           std::tuple(!b.confirmed, -b.weight, b.kind, b.muscle);
  });
  return out;
}

int option(const nlohmann::json& options, const char* key, int fallback, int min, int max) {
  if (!options.contains(key)) return fallback;
  const auto& v = options[key];
  const std::string accepted = "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
  if (!v.is_number_integer() || v.get<long long>() < min || v.get<long long>() > max)
    throw ValidationError(std::string("options.") + key, v.dump() + " is not acceptable", accepted);
  return v.get<int>();
}

}  // namespace

ProposeOptions propose_options(const nlohmann::json& options) {
  ProposeOptions o;
  if (!options.is_object()) return o;
  o.max_exercises = option(options, "max_exercises", o.max_exercises, 1, 12);
  o.stop_rule_pain = option(options, "stop_rule_pain", o.stop_rule_pain, 0, 10);
  o.log_days = option(options, "log_days", o.log_days, 0, 42);
  return o;
}

HomeCareComposer::HomeCareComposer(std::shared_ptr<const ExerciseLibrary> library)
    : library_(std::move(library)) {}

Plan HomeCareComposer::propose_plan(const std::vector<Finding>& findings,
                                    const std::vector<std::string>& contraindication_kinds,
                                    const ProposeOptions& options) const {
  const std::set<std::string> flagged(contraindication_kinds.begin(), contraindication_kinds.end());
  Plan plan;
  plan.contraindications.assign(flagged.begin(), flagged.end());
  plan.stop_rule_pain = options.stop_rule_pain;
  plan.log_days = options.log_days;
  plan.library_version = library_->version();

  // What the client's flags do to each exercise: withheld (with the reason) or warnings.
  auto withheld_by = [&](const Exercise& e) -> const ExerciseContraindication* {
    for (const auto& c : e.contraindications)
      if (c.withhold && flagged.count(c.kind)) return &c;
    return nullptr;
  };
  auto warnings_of = [&](const Exercise& e) {
    std::vector<std::string> out;
    for (const auto& c : e.contraindications)
      if (!c.withhold && flagged.count(c.kind)) out.push_back(c.note);
    return out;
  };

  const auto needs = needs_of(findings);
  std::vector<std::pair<std::size_t, const Exercise*>> chosen;  // (rank, exercise)
  std::set<std::string> withheld_ids;

  for (std::size_t n = 0; n < needs.size(); ++n) {
    const Need& need = needs[n];
    // Already answered by an exercise chosen for a more important finding.
    bool answered = false;
    for (std::size_t c = 0; c < chosen.size() && !answered; ++c) {
      const Exercise& e = *chosen[c].second;
      if (e.kind == need.kind && e.targets(need.muscle)) {
        for (const auto& f : need.findings) plan.items[c].for_findings.push_back(f);
        answered = true;
      }
    }
    if (answered || chosen.size() >= static_cast<std::size_t>(options.max_exercises)) continue;

    std::vector<const Exercise*> candidates;
    for (const auto& e : library_->exercises())
      if (e.kind == need.kind && e.targets_primary(need.muscle)) candidates.push_back(&e);
    if (candidates.empty())  // the library's README: fall back to secondary targets
      for (const auto& e : library_->exercises())
        if (e.kind == need.kind && e.targets(need.muscle)) candidates.push_back(&e);

    struct Scored {
      const Exercise* e;
      int coverage;
      std::size_t warnings;
    };
    std::vector<Scored> eligible;
    for (const Exercise* e : candidates) {
      if (const auto* why = withheld_by(*e)) {
        if (withheld_ids.insert(e->id).second) plan.withheld.push_back({e->id, why->kind, why->note});
        continue;
      }
      // How many of the findings still waiting it would answer too.
      int coverage = 0;
      for (std::size_t m = n + 1; m < needs.size(); ++m)
        if (needs[m].kind == need.kind && e->targets_primary(needs[m].muscle)) ++coverage;
      eligible.push_back({e, coverage, warnings_of(*e).size()});
    }
    if (eligible.empty()) continue;
    std::sort(eligible.begin(), eligible.end(), [](const Scored& a, const Scored& b) {
      return std::tuple(-a.coverage, a.warnings, a.e->id) < std::tuple(-b.coverage, b.warnings, b.e->id);
    });
    const Exercise* pick = eligible.front().e;
    PlanItem item;
    item.exercise = pick->id;
    item.dosage = pick->dosage;
    item.for_findings = need.findings;
    item.warnings = warnings_of(*pick);
    chosen.emplace_back(n, pick);
    plan.items.push_back(std::move(item));
  }

  // On paper: release first, then stretch, mobility, strengthen (the order a client does
  // them in); within a kind, the most important first.
  std::vector<std::size_t> order(plan.items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return chosen[a].second->kind < chosen[b].second->kind;
  });
  std::vector<PlanItem> sorted;
  for (std::size_t i : order) sorted.push_back(std::move(plan.items[i]));
  plan.items = std::move(sorted);

  bool posture = false, release = false;
  for (const auto& f : findings) posture = posture || f.kind == plugin::finding_kind::kDysfunction;
  for (const auto& i : plan.items)
    release = release || library_->find(i.exercise)->kind == ExerciseKind::kSelfRelease;
  if (posture)
    plan.general_advice.push_back(
        "At a desk: screen top at eye level, elbows by your sides, feet flat; stand up and move "
        "for a minute every 30 minutes.");
  if (release)
    plan.general_advice.push_back(
        "Warmth helps tight spots let go: a warm shower or a heat pack for 10-15 minutes before "
        "the release exercises.");
  return plan;
}

nlohmann::json HomeCareComposer::propose(const plugin::HandoutRequest& request) const {
  return to_json(propose_plan(request.findings, request.context.contraindication_kinds,
                              propose_options(request.options)));
}

void HomeCareComposer::validate_plan(const nlohmann::json& plan) const { parse_plan(plan, *library_); }

Illustrations HomeCareComposer::illustrations(const Plan& plan) const {
  Illustrations out;
  for (const auto& i : plan.items)
    if (const Exercise* e = library_->find(i.exercise)) out[i.exercise] = e->illustration_svg;
  return out;
}

doc::Document HomeCareComposer::render(const nlohmann::json& plan_json,
                                       const plugin::HandoutContext& context) const {
  Plan plan = parse_plan(plan_json, *library_);
  // The client's flags as they are now, whatever the plan was proposed with.
  for (const auto& k : context.contraindication_kinds)
    if (std::find(plan.contraindications.begin(), plan.contraindications.end(), k) == plan.contraindications.end())
      plan.contraindications.push_back(k);
  plan = parse_plan(to_json(plan), *library_);
  return sheet_document(plan, context, *library_, illustrations(plan));
}

}  // namespace myochart::home_care
