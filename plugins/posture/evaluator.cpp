#include "evaluator.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace myochart::posture {

using chart::Side;
using nlohmann::json;
using plugin::Answers;
using plugin::Finding;
namespace kind = plugin::finding_kind;

std::vector<std::pair<std::string, Side>> measure_fields(const Measure& m) {
  if (m.sided) return {{m.id + "_left", Side::kLeft}, {m.id + "_right", Side::kRight}};
  return {{m.id, Side::kNone}};
}

namespace {

struct CueAnswer {
  bool present = false;
  bool left = false, right = false;  ///< sides named
  bool unspecified = false;          ///< "present" for a sided cue, or a cue that is not sided
  std::string answer;
};

CueAnswer cue_answer(const Answers& a, const Cue& c) {
  CueAnswer r;
  const auto it = a.find(c.id);
  if (it == a.end() || !it->is_string()) return r;  // missing data never counts
  r.answer = it->get<std::string>();
  if (r.answer == "present") {
    r.present = r.unspecified = true;
  } else if (c.sided && (r.answer == "left" || r.answer == "right" || r.answer == "both")) {
    r.present = true;
    r.left = r.answer != "right";
    r.right = r.answer != "left";
  }
  return r;
}

struct Reading {
  Side side = Side::kNone;
  double value = 0;
};

std::vector<Reading> readings(const Answers& a, const Measure& m) {
  std::vector<Reading> out;
  for (const auto& [field, side] : measure_fields(m)) {
    const auto it = a.find(field);
    if (it != a.end() && it->is_number()) out.push_back({side, it->get<double>()});
  }
  return out;
}

std::string side_word(Side s) {
  return std::string(plugin::to_string(s));
}

std::string band_text(const Measure& m, const Band& b) {
  const std::string u = m.unit_suffix();
  if (b.min && b.max)
    return b.severity + ": " + number_text(*b.min) + "–" + number_text(*b.max) + u;
  if (b.min) return b.severity + ": " + number_text(*b.min) + u + " or more";
  if (b.max) return b.severity + ": under " + number_text(*b.max) + u;
  return b.severity;
}

std::string reading_text(const Measure& m, const Reading& r) {
  std::string s = m.name + (r.side == Side::kNone ? "" : " (" + side_word(r.side) + ")") + " " +
                  number_text(r.value) + m.unit_suffix();
  if (const Band* b = m.band(r.value)) return s + " (" + band_text(m, *b) + ")";
  if (m.normal_min && m.normal_max) {
    const std::string range = "the normal range " + number_text(*m.normal_min) + "–" +
                              number_text(*m.normal_max) + m.unit_suffix();
    const std::string out = m.outside_normal(r.value);
    return s + " (" + (out.empty() ? "within " + range : out + " " + range) + ")";
  }
  if (!m.sign_positive.empty() && r.value != 0)
    return s + " (" + (r.value > 0 ? m.sign_positive : m.sign_negative) + ")";
  return s + " (no agreed cut-off: follow the trend)";
}

void walk_dysfunctions(const json& c, std::vector<std::string>& out) {
  if (c.contains("all") || c.contains("any")) {
    for (const auto& sub : c.contains("all") ? c["all"] : c["any"]) walk_dysfunctions(sub, out);
  } else if (c.contains("dysfunction")) {
    out.push_back(c["dysfunction"].get<std::string>());
  }
}

// One evaluation: presence and results memoised per dysfunction, so that rules naming other
// dysfunctions see the same answer however often they ask.
class Run {
 public:
  Run(const PosturePack& p, const Answers& a) : p_(p), a_(a) {}

  const DysfunctionResult* result(const Dysfunction& d) {
    if (auto it = done_.find(d.id); it != done_.end()) return it->second ? &*it->second : nullptr;
    if (!visiting_.insert(d.id).second) return nullptr;  // a cycle (the pack check forbids it)
    std::optional<DysfunctionResult> r;
    if (holds(d, d.present_when)) r = build(d);
    visiting_.erase(d.id);
    auto& slot = done_[d.id] = std::move(r);
    return slot ? &*slot : nullptr;
  }

 private:
  double cue_score(const Dysfunction& d) const {
    double score = 0;
    for (const auto& c : d.cues)
      if (cue_answer(a_, c).present) score += c.weight;  // once, whichever sides
    return score;
  }

  bool holds(const Dysfunction& d, const json& c) {
    if (c.contains("all")) {
      for (const auto& sub : c["all"])
        if (!holds(d, sub)) return false;
      return true;
    }
    if (c.contains("any")) {
      bool any = false;
      for (const auto& sub : c["any"]) any = holds(d, sub) || any;  // evaluate all: memo
      return any;
    }
    if (c.contains("cue_score_at_least"))
      return cue_score(d) >= c["cue_score_at_least"].get<double>();
    if (c.contains("cue")) {
      for (const auto& cue : d.cues)
        if (cue.id == c["cue"].get<std::string>()) return cue_answer(a_, cue).present;
      return false;
    }
    if (c.contains("measure")) {
      const Measure* m = p_.measure(c["measure"].get<std::string>());
      if (!m) return false;
      for (const auto& r : readings(a_, *m)) {  // sided: either side
        if (c.contains("graded_at_least") &&
            severity_rank(m->grade(r.value)) >=
                severity_rank(c["graded_at_least"].get<std::string>()))
          return true;
        if (c.contains("outside_normal_range")) {
          const std::string want = c["outside_normal_range"], out = m->outside_normal(r.value);
          if (!out.empty() && (want == "either" || want == out)) return true;
        }
      }
      return false;
    }
    if (c.contains("dysfunction")) {
      const Dysfunction* other = p_.dysfunction(c["dysfunction"].get<std::string>());
      return other && result(*other) != nullptr;
    }
    return false;
  }

  // Sides where a dysfunction without sided cues of its own is involved, following its rule:
  // `all` keeps the sides every part shares, `any` the sides of every part that holds.
  std::optional<std::pair<bool, bool>> rule_sides(const Dysfunction& d, const json& c) {
    if (!holds(d, c)) return std::nullopt;
    if (c.contains("all") || c.contains("any")) {
      const bool all = c.contains("all");
      std::pair<bool, bool> s{all, all};
      for (const auto& sub : all ? c["all"] : c["any"]) {
        const auto t = rule_sides(d, sub);
        if (!t) continue;
        s = all ? std::pair{s.first && t->first, s.second && t->second}
                : std::pair{s.first || t->first, s.second || t->second};
      }
      if (!s.first && !s.second) s = {true, true};  // parts on opposite sides: both involved
      return s;
    }
    if (c.contains("dysfunction")) {
      const DysfunctionResult* r = result(*p_.dysfunction(c["dysfunction"].get<std::string>()));
      return std::pair{r->left, r->right};
    }
    return std::pair{true, true};
  }

  std::string severity(const Dysfunction& d, double score) {
    if (d.screening_only) return "";
    // (1) a graded primary measure that was entered: its worst grade, at least mild.
    int worst = -1;
    for (const auto& link : d.measures) {
      const Measure* m = p_.measure(link.measure);
      if (link.role != "primary" || !m || m->bands.empty()) continue;
      for (const auto& r : readings(a_, *m))
        worst = std::max(worst, severity_rank(m->grade(r.value)));
    }
    static const char* kNames[] = {"normal", "mild", "moderate", "severe"};
    if (worst >= 0) return kNames[std::max(worst, 1)];
    // (2) the highest cue-severity step the cue score reaches.
    std::string by_cues;
    for (const auto& [min_score, sev] : d.cue_severity)
      if (score >= min_score) by_cues = sev;
    if (!by_cues.empty()) return by_cues;
    // (3) the worst of the present dysfunctions its rule names.
    std::vector<std::string> named;
    walk_dysfunctions(d.present_when, named);
    int named_worst = -1;
    for (const auto& id : named)
      if (const DysfunctionResult* r = result(*p_.dysfunction(id)))
        named_worst = std::max(named_worst, severity_rank(r->severity));
    if (named_worst >= 1) return kNames[named_worst];
    return "";  // (4) unrated
  }

  DysfunctionResult build(const Dysfunction& d) {
    DysfunctionResult r;
    r.dysfunction = &d;
    r.cue_score = cue_score(d);
    r.severity = severity(d, r.cue_score);

    bool sided_cue_seen = false, left = false, right = false;
    for (const auto& c : d.cues) {
      const CueAnswer ans = cue_answer(a_, c);
      if (!ans.present) continue;
      std::string line = c.text;
      if (c.sided && ans.answer != "present")
        line += " (" + (ans.answer == "both" ? std::string("both sides") : ans.answer) + ")";
      r.evidence.push_back(line);
      r.evidence_items.push_back({{"kind", "cue"}, {"id", c.id}, {"answer", ans.answer}});
      if (c.sided) {
        sided_cue_seen = true;
        left = left || ans.left || ans.unspecified;
        right = right || ans.right || ans.unspecified;
      }
    }
    for (const auto& link : d.measures) {
      const Measure* m = p_.measure(link.measure);
      if (!m) continue;
      for (const auto& rd : readings(a_, *m)) {
        r.evidence.push_back(reading_text(*m, rd));
        r.evidence_items.push_back({{"kind", "measure"},
                                    {"id", m->id},
                                    {"side", side_word(rd.side)},
                                    {"value", rd.value},
                                    {"unit", m->unit},
                                    {"grade", m->grade(rd.value)},
                                    {"outside_normal", m->outside_normal(rd.value)}});
      }
    }
    std::vector<std::string> named;
    walk_dysfunctions(d.present_when, named);
    for (const auto& id : named) {
      const Dysfunction* other = p_.dysfunction(id);
      if (const DysfunctionResult* o = result(*other)) {
        r.evidence.push_back(other->name + " present" +
                             (o->severity.empty() ? "" : " (" + o->severity + ")"));
        r.evidence_items.push_back(
            {{"kind", "dysfunction"}, {"id", id}, {"severity", o->severity}});
      }
    }

    if (d.laterality) {
      resolve_laterality(d, r);
    } else if (sided_cue_seen) {
      r.left = left;
      r.right = right;
    } else if (auto s = rule_sides(d, d.present_when)) {
      std::tie(r.left, r.right) = *s;
    }
    return r;
  }

  // Each listed sided cue answered left or right, and each signed measure by its sign, names a
  // side; one side agreed by all is the reference side, anything else is "side to confirm".
  void resolve_laterality(const Dysfunction& d, DysfunctionResult& r) const {
    std::set<Side> named;
    for (const auto& id : d.laterality->from_cues)
      for (const auto& c : d.cues)
        if (c.id == id) {
          const CueAnswer ans = cue_answer(a_, c);
          if (ans.left) named.insert(Side::kLeft);
          if (ans.right) named.insert(Side::kRight);
        }
    for (const auto& id : d.laterality->from_measures) {
      const Measure* m = p_.measure(id);
      if (!m || m->positive_side.empty()) continue;
      const Side positive = plugin::side_from_string(m->positive_side);
      const Side negative = positive == Side::kLeft ? Side::kRight : Side::kLeft;
      for (const auto& rd : readings(a_, *m))
        if (rd.value != 0) named.insert(rd.value > 0 ? positive : negative);
    }
    r.left = r.right = true;
    if (named.size() == 1) {
      r.reference_side = *named.begin();
    } else {
      r.side_to_confirm = true;
    }
  }

  const PosturePack& p_;
  const Answers& a_;
  std::map<std::string, std::optional<DysfunctionResult>> done_;
  std::set<std::string> visiting_;
};

double base_confidence(const std::string& severity) {
  switch (severity_rank(severity)) {
    case 3:
      return 0.8;
    case 2:
      return 0.65;
    case 1:
      return 0.5;
    default:
      return 0.4;
  }
}

double rounded(double v) {
  return std::round(v * 100) / 100;
}

std::string joined(const std::vector<std::string>& parts, const std::string& sep) {
  std::string s;
  for (const auto& p : parts) s += (s.empty() ? "" : sep) + p;
  return s;
}

// A muscle named by one present dysfunction, and the sides it applies to there.
struct Contribution {
  const DysfunctionResult* result = nullptr;
  std::string note{};
  bool left = false, right = false;
  bool to_confirm = false;
};

Contribution contribution(const DysfunctionResult& r, const MuscleEntry& e) {
  Contribution c{&r, e.note, r.left, r.right, false};
  if (e.side == "both") return c;
  const bool same = e.side == "high_side" || e.side == "same_side";
  if (r.reference_side == Side::kNone) {
    c.left = c.right = false;
    c.to_confirm = true;
  } else {
    const bool ref_left = r.reference_side == Side::kLeft;
    c.left = same == ref_left;
    c.right = !c.left;
  }
  return c;
}

// The side of a merged muscle: one side when every contribution is on it, none (both sides)
// when the two sides are covered, none + "side to confirm" when an undetermined side remains.
std::pair<Side, bool> merged_side(const std::vector<Contribution>& cs) {
  bool l = false, r = false, confirm = false;
  for (const auto& c : cs) {
    l = l || c.left;
    r = r || c.right;
    confirm = confirm || c.to_confirm;
  }
  if (l && r) return {Side::kNone, false};
  if (confirm || (!l && !r)) return {Side::kNone, true};
  return {l ? Side::kLeft : Side::kRight, false};
}

std::string side_suffix(Side s, bool confirm) {
  if (s != Side::kNone) return " (" + side_word(s) + ")";
  return confirm ? " (side to confirm)" : "";
}

std::string contribution_text(const Contribution& c) {
  const DysfunctionResult& r = *c.result;
  std::string s = in_sentence(r.dysfunction->name) + " (" +
                  (r.severity.empty() ? std::string("severity not rated") : r.severity);
  if (c.to_confirm)
    s += ", side to confirm";
  else if (c.left != c.right)
    s += c.left ? ", left" : ", right";
  s += ")";
  if (!c.note.empty()) s += ": " + c.note;
  return s;
}

std::string contribution_side(const Contribution& c) {
  if (c.to_confirm) return "to_confirm";
  if (c.left && c.right) return "both";
  return c.left ? "left" : "right";
}

struct Merged {
  std::vector<Contribution> contributions;
  std::string worst_severity() const {
    std::string w;
    for (const auto& c : contributions)
      if (severity_rank(c.result->severity) > severity_rank(w)) w = c.result->severity;
    return w;
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& c : contributions) out.push_back(in_sentence(c.result->dysfunction->name));
    return out;
  }
  json ids() const {
    json out = json::array();
    for (const auto& c : contributions) out.push_back(c.result->dysfunction->id);
    return out;
  }
};

Finding muscle_finding(const PosturePack& p, const std::string& muscle, const Merged& m,
                       bool tight) {
  const auto [side, confirm] = merged_side(m.contributions);
  Finding f;
  f.kind = std::string(tight ? kind::kTightMuscle : kind::kWeakMuscle);
  f.subject = muscle;
  f.muscle_id = muscle;
  f.side = side;
  f.what = muscle_label(muscle) + side_suffix(side, confirm) + ": " + p.hints.association_wording +
           (tight ? " tightness in " : " weakness in ") + joined(m.names(), ", ");
  std::vector<std::string> parts;
  json contributions = json::array();
  for (const auto& c : m.contributions) {
    parts.push_back(contribution_text(c));
    contributions.push_back({{"dysfunction", c.result->dysfunction->id},
                             {"severity", c.result->severity},
                             {"side", contribution_side(c)},
                             {"note", c.note}});
  }
  f.evidence = joined(parts, "; ");
  f.severity = m.worst_severity();
  f.confidence = rounded(std::min(
      0.95, base_confidence(f.severity) + 0.1 * static_cast<double>(m.contributions.size() - 1)));
  f.source_plugin = kPluginId;
  f.details = {{"dysfunctions", m.ids()},
               {"contributions", contributions},
               {"side_to_confirm", confirm},
               {"notice", p.hints.evidence_notice}};
  return f;
}

json linked_daily_postures(const PosturePack& p, const Answers& a, const std::string& dysfunction) {
  json out = json::array();
  auto links = [&](const std::vector<std::string>& ids) {
    return std::find(ids.begin(), ids.end(), dysfunction) != ids.end();
  };
  for (const auto& dp : p.daily_postures) {
    const auto it = a.find(dp.id);
    if (it == a.end()) continue;
    if (dp.kind == "yes_no") {
      if (it->is_boolean() && it->get<bool>() && links(dp.linked_dysfunctions))
        out.push_back({{"id", dp.id}, {"label", dp.label}});
      continue;
    }
    std::vector<std::string> chosen;
    if (it->is_string()) chosen.push_back(it->get<std::string>());
    if (it->is_array())
      for (const auto& v : *it)
        if (v.is_string()) chosen.push_back(v.get<std::string>());
    for (const auto& o : dp.options)
      if (std::find(chosen.begin(), chosen.end(), o.id) != chosen.end() &&
          links(o.linked_dysfunctions))
        out.push_back({{"id", dp.id}, {"option", o.id}, {"label", dp.label + ": " + o.label}});
  }
  return out;
}

Finding dysfunction_finding(const PosturePack& p, const DysfunctionResult& r, const Answers& a) {
  const Dysfunction& d = *r.dysfunction;
  Finding f;
  f.subject = d.id;
  f.evidence = joined(r.evidence, "; ");
  f.source_plugin = kPluginId;
  f.details = {
      {"dysfunction", d.id},          {"name", d.name},
      {"region", d.region},           {"cue_score", r.cue_score},
      {"evidence", r.evidence_items}, {"statement", d.evidence},
      {"sources", d.sources},         {"daily_postures", linked_daily_postures(p, a, d.id)}};
  if (!d.referral.empty()) f.details["referral"] = d.referral;
  if (d.screening_only) {
    f.kind = std::string(kind::kRedFlag);
    f.what = d.name + ": suspected, not assessed: suggest the client sees a physician";
    f.confidence = 0.9;
    f.details["notice"] = p.hints.screening_notice;
    return f;
  }
  f.kind = std::string(kind::kDysfunction);
  f.severity = r.severity;
  std::string qualifier = r.severity.empty() ? "severity not rated" : r.severity;
  if (d.laterality) {
    if (r.side_to_confirm) {
      qualifier += "; side to confirm";
    } else {
      qualifier += "; " + d.laterality->description + ": " + side_word(r.reference_side);
    }
    f.side = r.reference_side;
    f.details["side_to_confirm"] = r.side_to_confirm;
  } else if (r.left != r.right) {
    f.side = r.left ? Side::kLeft : Side::kRight;
    qualifier += "; " + side_word(f.side);
  }
  f.what = d.name + " (" + qualifier + ")";
  f.confidence = base_confidence(r.severity);
  f.details["notice"] = p.hints.evidence_notice;
  return f;
}

}  // namespace

std::vector<DysfunctionResult> Evaluator::assess(const Answers& answers) const {
  Run run(*pack_, answers);
  std::vector<DysfunctionResult> out;
  for (const auto& d : pack_->dysfunctions)
    if (const DysfunctionResult* r = run.result(d)) out.push_back(*r);
  return out;
}

std::vector<Finding> Evaluator::evaluate(const Answers& answers) const {
  const auto results = assess(answers);
  std::vector<Finding> flags, dysfunctions, tight, weak, conflicts;
  std::map<std::string, Merged> tight_by_muscle, weak_by_muscle;
  struct SourceConflictSeen {
    const DysfunctionResult* result;
    const SourceConflict* conflict;
  };
  std::map<std::string, std::vector<SourceConflictSeen>> source_conflicts;

  for (const auto& r : results) {
    Finding f = dysfunction_finding(*pack_, r, answers);
    (r.dysfunction->screening_only ? flags : dysfunctions).push_back(std::move(f));
    for (const auto& e : r.dysfunction->tight)
      tight_by_muscle[e.muscle].contributions.push_back(contribution(r, e));
    for (const auto& e : r.dysfunction->weak)
      weak_by_muscle[e.muscle].contributions.push_back(contribution(r, e));
    for (const auto& c : r.dysfunction->conflicts)
      source_conflicts[c.muscle.muscle].push_back({&r, &c});
  }
  for (const auto& [muscle, m] : tight_by_muscle)
    tight.push_back(muscle_finding(*pack_, muscle, m, true));
  for (const auto& [muscle, m] : weak_by_muscle)
    weak.push_back(muscle_finding(*pack_, muscle, m, false));
  auto by_rank = [](const Finding& a, const Finding& b) {
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    return a.muscle_id < b.muscle_id;
  };
  std::stable_sort(tight.begin(), tight.end(), by_rank);
  std::stable_sort(weak.begin(), weak.end(), by_rank);

  // Conflicts: a muscle that comes out both tight and weak, or on which the pack's sources
  // disagree for a present dysfunction. Shown, never resolved by the tool.
  std::set<std::string> muscles;
  for (const auto& [muscle, m] : tight_by_muscle)
    if (weak_by_muscle.count(muscle)) muscles.insert(muscle);
  for (const auto& [muscle, seen] : source_conflicts) muscles.insert(muscle);
  for (const auto& muscle : muscles) {
    std::vector<Contribution> all;
    std::vector<std::string> what, evidence;
    json details{{"tight_in", json::array()},
                 {"weak_in", json::array()},
                 {"source_conflicts", json::array()}};
    const auto t = tight_by_muscle.find(muscle), w = weak_by_muscle.find(muscle);
    if (t != tight_by_muscle.end() && w != weak_by_muscle.end()) {
      what.push_back(pack_->hints.association_wording + " tightness in " +
                     joined(t->second.names(), ", ") + " and with weakness in " +
                     joined(w->second.names(), ", "));
      std::vector<std::string> tp, wp;
      for (const auto& c : t->second.contributions) tp.push_back(contribution_text(c));
      for (const auto& c : w->second.contributions) wp.push_back(contribution_text(c));
      evidence.push_back("tight in " + joined(tp, ", ") + "; weak in " + joined(wp, ", "));
      details["tight_in"] = t->second.ids();
      details["weak_in"] = w->second.ids();
      all.insert(all.end(), t->second.contributions.begin(), t->second.contributions.end());
      all.insert(all.end(), w->second.contributions.begin(), w->second.contributions.end());
    }
    if (auto s = source_conflicts.find(muscle); s != source_conflicts.end()) {
      for (const auto& [r, c] : s->second) {
        what.push_back("sources disagree (tight vs weak) in " + in_sentence(r->dysfunction->name));
        std::string e = c->muscle.note;
        json claims = json::array();
        for (const auto& claim : c->claims) {
          e += " " + std::string(claim.finding == "tight" ? "Tight" : "Weak") + ": " +
               (claim.text.empty() ? "" : claim.text + " ") + "(" + joined(claim.sources, ", ") +
               ").";
          claims.push_back(
              {{"finding", claim.finding}, {"sources", claim.sources}, {"text", claim.text}});
        }
        evidence.push_back(e);
        details["source_conflicts"].push_back(
            {{"dysfunction", r->dysfunction->id}, {"note", c->muscle.note}, {"claims", claims}});
        all.push_back(contribution(*r, c->muscle));
      }
    }
    const auto [side, confirm] = merged_side(all);
    Finding f;
    f.kind = std::string(kind::kConflict);
    f.subject = muscle;
    f.muscle_id = muscle;
    f.side = side;
    f.what = muscle_label(muscle) + side_suffix(side, confirm) + ": " + joined(what, "; ") +
             ": test length and strength before choosing stretching or strengthening";
    f.evidence = joined(evidence, " ");
    f.confidence = 0.5;
    f.source_plugin = kPluginId;
    details["side_to_confirm"] = confirm;
    f.details = std::move(details);
    conflicts.push_back(std::move(f));
  }

  std::vector<Finding> out;
  for (auto* group : {&flags, &dysfunctions, &tight, &weak, &conflicts})
    for (auto& f : *group) out.push_back(std::move(f));
  return out;
}

}  // namespace myochart::posture
