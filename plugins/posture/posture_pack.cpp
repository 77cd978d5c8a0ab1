#include "posture_pack.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "myochart/errors.h"

namespace myochart::posture {

using nlohmann::json;

int severity_rank(std::string_view severity) {
  if (severity == "normal") return 0;
  if (severity == "mild") return 1;
  if (severity == "moderate") return 2;
  if (severity == "severe") return 3;
  return -1;
}

std::string number_text(double v) {
  std::ostringstream o;
  o << v;
  return o.str();
}

const Band* Measure::band(double v) const {
  for (const auto& b : bands)
    if (b.contains(v)) return &b;
  return nullptr;
}

std::string Measure::grade(double v) const {
  const Band* b = band(v);
  return b ? b->severity : std::string();
}

std::string Measure::outside_normal(double v) const {
  if (normal_min && v < *normal_min) return "below";
  if (normal_max && v > *normal_max) return "above";
  return "";
}

std::string Measure::unit_suffix() const {
  return unit == "deg" ? "°" : " " + unit;
}

std::string muscle_label(std::string_view muscle_id) {
  std::string id(muscle_id);
  // Fibre parts read better first: "Upper trapezius", as the trigger-point pack names them.
  for (const char* part : {"_upper", "_middle", "_lower"}) {
    const std::string p = part;
    if (id.size() > p.size() && id.compare(id.size() - p.size(), p.size(), p) == 0) {
      id = p.substr(1) + "_" + id.substr(0, id.size() - p.size());
      break;
    }
  }
  std::replace(id.begin(), id.end(), '_', ' ');
  if (!id.empty()) id[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(id[0])));
  return id;
}

std::string in_sentence(std::string_view name) {
  std::string s(name);
  // Keep acronyms and proper names ("SCM", "Janda") as they are: only a capital followed by
  // a lower-case letter is a sentence capital.
  if (s.size() > 1 && std::isupper(static_cast<unsigned char>(s[0])) &&
      std::islower(static_cast<unsigned char>(s[1])))
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

const Measure* PosturePack::measure(std::string_view id) const {
  for (const auto& m : measures)
    if (m.id == id) return &m;
  return nullptr;
}

const Dysfunction* PosturePack::dysfunction(std::string_view id) const {
  for (const auto& d : dysfunctions)
    if (d.id == id) return &d;
  return nullptr;
}

std::pair<const Cue*, const Dysfunction*> PosturePack::cue(std::string_view id) const {
  for (const auto& d : dysfunctions)
    for (const auto& c : d.cues)
      if (c.id == id) return {&c, &d};
  return {nullptr, nullptr};
}

const DailyPosture* PosturePack::daily_posture(std::string_view id) const {
  for (const auto& p : daily_postures)
    if (p.id == id) return &p;
  return nullptr;
}

namespace {

std::string pointer(std::initializer_list<std::string> parts) {
  std::string s;
  for (const auto& p : parts) s += "/" + p;
  return s;
}

std::string idx(std::size_t i) {
  return std::to_string(i);
}

std::optional<double> edge(const json& v) {
  if (v.is_null()) return std::nullopt;
  return v.get<double>();
}

std::vector<std::string> strings(const json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key))
    for (const auto& s : j.at(key)) out.push_back(s.get<std::string>());
  return out;
}

MuscleEntry muscle_entry(const json& j) {
  return {j.at("muscle").get<std::string>(), j.at("side").get<std::string>(), j.value("note", "")};
}

// Reads the document into values; the schema already guaranteed the shapes.
PosturePack read(const json& doc) {
  PosturePack p;
  p.version = doc.at("pack_version").get<std::string>();
  for (const auto& m : doc.at("measures")) {
    Measure x;
    x.id = m.at("id");
    x.name = m.at("name");
    x.unit = m.at("unit");
    x.how = m.at("how");
    x.plausible_min = m.at("plausible").at("min");
    x.plausible_max = m.at("plausible").at("max");
    x.sided = m.at("sided");
    x.direction = m.at("direction");
    if (m.contains("normal_range")) {
      x.normal_min = m["normal_range"].at("min").get<double>();
      x.normal_max = m["normal_range"].at("max").get<double>();
    }
    if (m.contains("grading"))
      for (const auto& b : m["grading"].at("bands"))
        x.bands.push_back({b.at("severity"), edge(b.at("min")), edge(b.at("max"))});
    if (m.contains("sign")) {
      x.positive_side = m["sign"].value("positive_side", "");
      x.sign_positive = m["sign"].at("positive");
      x.sign_negative = m["sign"].at("negative");
    }
    x.grading_note = m.value("grading_note", "");
    p.measures.push_back(std::move(x));
  }
  for (const auto& d : doc.at("dysfunctions")) {
    Dysfunction x;
    x.id = d.at("id");
    x.name = d.at("name");
    x.region = d.at("region");
    for (const auto& c : d.at("cues"))
      x.cues.push_back({c.at("id"), c.at("text"), c.at("sided"), c.value("side_meaning", ""),
                        c.at("weight").get<double>()});
    for (const auto& l : d.at("measures")) x.measures.push_back({l.at("measure"), l.at("role")});
    x.present_when = d.at("rules").at("present_when");
    if (d["rules"].contains("cue_severity"))
      for (const auto& s : d["rules"]["cue_severity"])
        x.cue_severity.emplace_back(s.at("min_score").get<double>(), s.at("severity"));
    if (d.contains("laterality")) {
      const auto& l = d["laterality"];
      x.laterality = Laterality{l.at("reference"), l.at("description"), strings(l, "from_cues"),
                                strings(l, "from_measures")};
    }
    for (const auto& m : d.at("tight")) x.tight.push_back(muscle_entry(m));
    for (const auto& m : d.at("weak")) x.weak.push_back(muscle_entry(m));
    for (const auto& c : d.at("conflicts")) {
      SourceConflict sc{muscle_entry(c), {}};
      for (const auto& claim : c.at("claims"))
        sc.claims.push_back(
            {claim.at("finding"), strings(claim, "sources"), claim.value("text", "")});
      x.conflicts.push_back(std::move(sc));
    }
    x.evidence = d.at("evidence");
    x.screening_only = d.value("screening_only", false);
    x.referral = d.value("referral", "");
    x.sources = strings(d, "sources");
    p.dysfunctions.push_back(std::move(x));
  }
  for (const auto& dp : doc.at("daily_postures")) {
    DailyPosture x;
    x.id = dp.at("id");
    x.label = dp.at("label");
    x.kind = dp.at("kind");
    x.multiple = dp.value("multiple", false);
    if (dp.contains("options"))
      for (const auto& o : dp["options"])
        x.options.push_back({o.at("id"), o.at("label"), strings(o, "linked_dysfunctions")});
    x.linked_dysfunctions = strings(dp, "linked_dysfunctions");
    if (dp.contains("free_text")) {
      x.free_text_label = dp["free_text"].at("label").get<std::string>();
      x.free_text_max_length = dp["free_text"].at("max_length").get<std::size_t>();
    }
    x.note = dp.value("note", "");
    p.daily_postures.push_back(std::move(x));
  }
  const auto& h = doc.at("form_hints");
  p.hints.association_wording = h.at("association_wording");
  p.hints.evidence_notice = h.at("evidence_notice");
  p.hints.screening_notice = h.at("screening_notice");
  for (const auto& s : h.at("sections")) {
    FormSectionHint x{s.at("id"), s.at("title"), s.value("instructions", ""), {}};
    for (const auto& item : s.at("items")) {
      const auto& [kind, id] = *item.items().begin();
      x.items.push_back({kind, id.get<std::string>()});
    }
    p.hints.sections.push_back(std::move(x));
  }
  return p;
}

// The consistency rules (tools/packs/check_posture.py) the plugin depends on: a broken pack
// would otherwise give wrong findings silently.
class Checker {
 public:
  Checker(const PosturePack& p, std::string file) : p_(p), file_(std::move(file)) {}

  void run() {
    check_ids();
    for (std::size_t i = 0; i < p_.measures.size(); ++i) check_bands(p_.measures[i], i);
    for (std::size_t i = 0; i < p_.dysfunctions.size(); ++i)
      check_dysfunction(p_.dysfunctions[i], i);
    check_cycles();
    check_daily_postures();
    check_form();
  }

 private:
  [[noreturn]] void fail(const std::string& ptr, const std::string& rule) const {
    throw ValidationError(file_ + ": " + ptr, rule, "");
  }

  void unique(const std::vector<std::string>& ids, const std::string& ptr,
              const std::string& what) {
    std::set<std::string> seen;
    for (const auto& id : ids)
      if (!seen.insert(id).second) fail(ptr, what + " id \"" + id + "\" is used more than once");
  }

  void check_ids() {
    std::vector<std::string> m, d, c, dp;
    for (const auto& x : p_.measures) m.push_back(x.id);
    for (const auto& x : p_.dysfunctions) {
      d.push_back(x.id);
      for (const auto& cue : x.cues) c.push_back(cue.id);
    }
    for (const auto& x : p_.daily_postures) dp.push_back(x.id);
    unique(m, "/measures", "measure");
    unique(d, "/dysfunctions", "dysfunction");
    unique(c, "/dysfunctions", "cue");
    unique(dp, "/daily_postures", "daily posture");
    // The form's answers are keyed by these ids (measures also as <id>_left / <id>_right,
    // daily postures' free text as <id>_details), so they must not collide across kinds.
    std::vector<std::string> fields = c;
    for (const auto& x : p_.measures) {
      if (x.sided) {
        fields.push_back(x.id + "_left");
        fields.push_back(x.id + "_right");
      } else {
        fields.push_back(x.id);
      }
    }
    for (const auto& x : p_.daily_postures) {
      fields.push_back(x.id);
      if (x.free_text_label) fields.push_back(x.id + "_details");
    }
    fields.push_back("observations");
    unique(fields, "/", "form field");
  }

  void check_bands(const Measure& m, std::size_t i) {
    if (m.bands.empty()) return;
    const std::string ptr = pointer({"measures", idx(i), "grading", "bands"});
    std::vector<Band> sorted = m.bands;
    std::sort(sorted.begin(), sorted.end(), [](const Band& a, const Band& b) {
      if (!a.min) return b.min.has_value();
      return b.min && *a.min < *b.min;
    });
    bool has_normal = false;
    for (std::size_t k = 0; k < sorted.size(); ++k) {
      const auto& b = sorted[k];
      has_normal = has_normal || b.severity == "normal";
      if ((k == 0) != !b.min)
        fail(ptr, "only the lowest band has min null (open below), and it must");
      if ((k + 1 == sorted.size()) != !b.max)
        fail(ptr, "only the highest band has max null (open above), and it must");
      for (const auto& e : {b.min, b.max})
        if (e && !(m.plausible_min < *e && *e < m.plausible_max))
          fail(ptr, "band edge " + number_text(*e) +
                        " must lie strictly inside the plausible range " +
                        number_text(m.plausible_min) + ".." + number_text(m.plausible_max));
      if (k + 1 < sorted.size() && (!b.max || !sorted[k + 1].min || *b.max != *sorted[k + 1].min))
        fail(ptr, "bands must be contiguous: the " + b.severity + " band ends at " +
                      (b.max ? number_text(*b.max) : "null") + " but the next one up (" +
                      sorted[k + 1].severity + ") starts at " +
                      (sorted[k + 1].min ? number_text(*sorted[k + 1].min) : "null"));
    }
    if (!has_normal) fail(ptr, "at least one band must be normal");
    for (std::size_t k = 1; k < sorted.size(); ++k) {
      const int prev = severity_rank(sorted[k - 1].severity),
                cur = severity_rank(sorted[k].severity);
      if (m.direction == "lower_is_worse" && cur > prev)
        fail(ptr, "lower_is_worse: severity must not improve as values fall");
      if (m.direction == "higher_is_worse" && cur < prev)
        fail(ptr, "higher_is_worse: severity must not improve as values rise");
    }
  }

  void check_muscles(const Dysfunction& d, const std::string& ptr) {
    const std::string reference = d.laterality ? d.laterality->reference : "";
    std::map<std::string, std::string> listed;
    auto check = [&](const MuscleEntry& e, const std::string& kind, const std::string& eptr) {
      auto [it, added] = listed.emplace(e.muscle, kind);
      if (!added && it->second != kind)
        fail(eptr, "\"" + e.muscle + "\" is listed as " + it->second + " and as " + kind +
                       "; record a disagreement in conflicts");
      if ((e.side == "high_side" || e.side == "low_side") && reference != "high_side")
        fail(eptr, "side \"" + e.side + "\" needs laterality.reference high_side");
      if ((e.side == "same_side" || e.side == "opposite_side") && reference != "affected_side")
        fail(eptr, "side \"" + e.side + "\" needs laterality.reference affected_side");
    };
    for (std::size_t i = 0; i < d.tight.size(); ++i)
      check(d.tight[i], "tight", ptr + "/tight/" + idx(i));
    for (std::size_t i = 0; i < d.weak.size(); ++i)
      check(d.weak[i], "weak", ptr + "/weak/" + idx(i));
    for (std::size_t i = 0; i < d.conflicts.size(); ++i) {
      check(d.conflicts[i].muscle, "conflicts", ptr + "/conflicts/" + idx(i));
      std::set<std::string> findings;
      for (const auto& c : d.conflicts[i].claims) findings.insert(c.finding);
      if (findings.size() < 2)
        fail(ptr + "/conflicts/" + idx(i) + "/claims",
             "a conflict needs claims with different findings");
    }
    if (!d.screening_only && (d.tight.empty() || d.weak.empty()))
      fail(ptr, "at least one tight and one weak muscle are required");
  }

  void check_condition(const Dysfunction& d, const json& c, const std::string& ptr) {
    auto has_cue = [&](const std::string& id) {
      return std::any_of(d.cues.begin(), d.cues.end(), [&](const Cue& x) { return x.id == id; });
    };
    auto linked = [&](const std::string& id) {
      return std::any_of(d.measures.begin(), d.measures.end(),
                         [&](const MeasureLink& l) { return l.measure == id; });
    };
    if (c.contains("all") || c.contains("any")) {
      const auto& list = c.contains("all") ? c["all"] : c["any"];
      const std::string key = c.contains("all") ? "all" : "any";
      for (std::size_t i = 0; i < list.size(); ++i)
        check_condition(d, list[i], ptr + "/" + key + "/" + idx(i));
    } else if (c.contains("cue")) {
      if (!has_cue(c["cue"]))
        fail(ptr + "/cue",
             "\"" + c["cue"].get<std::string>() + "\" is not one of this dysfunction's cues");
    } else if (c.contains("measure")) {
      const std::string id = c["measure"];
      if (!linked(id))
        fail(ptr + "/measure", "\"" + id + "\" is not listed in this dysfunction's measures");
      const Measure* m = p_.measure(id);
      if (c.contains("graded_at_least") && m->bands.empty())
        fail(ptr + "/measure", "measure \"" + id + "\" has no grading to compare with");
      if (c.contains("outside_normal_range") && !m->normal_min)
        fail(ptr + "/measure", "measure \"" + id + "\" has no normal_range");
    } else if (c.contains("dysfunction")) {
      const std::string id = c["dysfunction"];
      if (id == d.id) fail(ptr + "/dysfunction", "a dysfunction cannot depend on itself");
      if (!p_.dysfunction(id)) fail(ptr + "/dysfunction", "unknown dysfunction \"" + id + "\"");
    } else if (c.contains("cue_score_at_least")) {
      double total = 0;
      for (const auto& cue : d.cues) total += cue.weight;
      if (c["cue_score_at_least"].get<double>() > total)
        fail(ptr + "/cue_score_at_least",
             "a cue score of " + number_text(c["cue_score_at_least"]) +
                 " cannot be reached: this dysfunction's cue weights add up to " +
                 number_text(total));
    }
  }

  void check_dysfunction(const Dysfunction& d, std::size_t i) {
    const std::string ptr = pointer({"dysfunctions", idx(i)});
    for (std::size_t k = 0; k < d.measures.size(); ++k)
      if (!p_.measure(d.measures[k].measure))
        fail(ptr + "/measures/" + idx(k) + "/measure",
             "unknown measure \"" + d.measures[k].measure + "\"");
    if (d.screening_only && d.referral.empty())
      fail(ptr, "a screening observation needs referral text");
    check_muscles(d, ptr);
    check_condition(d, d.present_when, ptr + "/rules/present_when");
    for (std::size_t k = 1; k < d.cue_severity.size(); ++k)
      if (!(d.cue_severity[k].first > d.cue_severity[k - 1].first))
        fail(ptr + "/rules/cue_severity/" + idx(k), "steps must be in ascending min_score");
    if (d.laterality) {
      for (std::size_t k = 0; k < d.laterality->from_cues.size(); ++k) {
        const auto& id = d.laterality->from_cues[k];
        auto it =
            std::find_if(d.cues.begin(), d.cues.end(), [&](const Cue& c) { return c.id == id; });
        if (it == d.cues.end() || !it->sided)
          fail(ptr + "/laterality/from_cues/" + idx(k),
               "\"" + id + "\" is not a sided cue of this dysfunction");
      }
      for (std::size_t k = 0; k < d.laterality->from_measures.size(); ++k) {
        const auto& id = d.laterality->from_measures[k];
        const Measure* m = p_.measure(id);
        const bool linked = std::any_of(d.measures.begin(), d.measures.end(),
                                        [&](const MeasureLink& l) { return l.measure == id; });
        if (!m || !linked || m->positive_side.empty())
          fail(ptr + "/laterality/from_measures/" + idx(k),
               "\"" + id +
                   "\" must be one of this dysfunction's measures with a sign.positive_side");
      }
    }
  }

  void check_cycles() {
    std::map<std::string, int> state;  // 1 = on the stack, 2 = done
    std::function<void(const Dysfunction&)> visit = [&](const Dysfunction& d) {
      state[d.id] = 1;
      std::function<void(const json&)> walk = [&](const json& c) {
        if (c.contains("all") || c.contains("any")) {
          for (const auto& sub : c.contains("all") ? c["all"] : c["any"]) walk(sub);
        } else if (c.contains("dysfunction")) {
          const std::string next = c["dysfunction"];
          if (state[next] == 1) {
            const auto i = static_cast<std::size_t>(p_.dysfunction(d.id) - p_.dysfunctions.data());
            fail(pointer({"dysfunctions", idx(i), "rules", "present_when"}),
                 "presence rules depend on each other in a cycle through \"" + next + "\"");
          }
          if (state[next] == 0) visit(*p_.dysfunction(next));
        }
      };
      walk(d.present_when);
      state[d.id] = 2;
    };
    for (const auto& d : p_.dysfunctions)
      if (state[d.id] == 0) visit(d);
  }

  void check_daily_postures() {
    for (std::size_t i = 0; i < p_.daily_postures.size(); ++i) {
      const auto& dp = p_.daily_postures[i];
      auto check = [&](const std::vector<std::string>& ids, const std::string& ptr) {
        for (std::size_t k = 0; k < ids.size(); ++k)
          if (!p_.dysfunction(ids[k]))
            fail(ptr + "/" + idx(k), "unknown dysfunction \"" + ids[k] + "\"");
      };
      const std::string ptr = pointer({"daily_postures", idx(i)});
      check(dp.linked_dysfunctions, ptr + "/linked_dysfunctions");
      for (std::size_t k = 0; k < dp.options.size(); ++k)
        check(dp.options[k].linked_dysfunctions,
              ptr + "/options/" + idx(k) + "/linked_dysfunctions");
    }
  }

  void check_form() {
    std::map<std::pair<std::string, std::string>, int> placed;
    for (std::size_t s = 0; s < p_.hints.sections.size(); ++s) {
      const auto& section = p_.hints.sections[s];
      for (std::size_t i = 0; i < section.items.size(); ++i) {
        const auto& item = section.items[i];
        const std::string ptr =
            pointer({"form_hints", "sections", idx(s), "items", idx(i), item.kind});
        const bool known = (item.kind == "cue" && p_.cue(item.id).first) ||
                           (item.kind == "measure" && p_.measure(item.id)) ||
                           (item.kind == "daily_posture" && p_.daily_posture(item.id));
        if (!known) fail(ptr, "unknown " + item.kind + " \"" + item.id + "\"");
        if (++placed[{item.kind, item.id}] == 2)
          fail(ptr, item.kind + " \"" + item.id + "\" appears in the form more than once");
      }
    }
    auto require = [&](const std::string& kind, const std::string& id) {
      if (!placed.count({kind, id}))
        fail("/form_hints/sections", kind + " \"" + id + "\" is in no form section");
    };
    for (const auto& d : p_.dysfunctions)
      for (const auto& c : d.cues) require("cue", c.id);
    for (const auto& m : p_.measures) require("measure", m.id);
    for (const auto& dp : p_.daily_postures) require("daily_posture", dp.id);
  }

  const PosturePack& p_;
  std::string file_;
};

// Every citation names one of the pack's sources: findings show the ids as their references.
void check_citations(const json& doc, const std::string& file) {
  std::set<std::string> known;
  for (const auto& s : doc.at("sources")) known.insert(s.at("id").get<std::string>());
  auto check = [&](const json& ids, const std::string& ptr) {
    for (std::size_t i = 0; i < ids.size(); ++i)
      if (!known.count(ids[i].get<std::string>()))
        throw ValidationError(file + ": " + ptr + "/" + idx(i),
                              "unknown source \"" + ids[i].get<std::string>() + "\"", "");
  };
  const auto& measures = doc.at("measures");
  for (std::size_t i = 0; i < measures.size(); ++i)
    for (const char* part : {"normal_range", "grading"})
      if (measures[i].contains(part))
        check(measures[i][part].at("sources"), pointer({"measures", idx(i), part, "sources"}));
  const auto& dysfunctions = doc.at("dysfunctions");
  for (std::size_t i = 0; i < dysfunctions.size(); ++i) {
    check(dysfunctions[i].at("sources"), pointer({"dysfunctions", idx(i), "sources"}));
    const auto& conflicts = dysfunctions[i].at("conflicts");
    for (std::size_t k = 0; k < conflicts.size(); ++k)
      for (std::size_t j = 0; j < conflicts[k].at("claims").size(); ++j)
        check(conflicts[k]["claims"][j].at("sources"),
              pointer({"dysfunctions", idx(i), "conflicts", idx(k), "claims", idx(j), "sources"}));
  }
}

}  // namespace

PosturePack PosturePack::from_json(const json& doc, const std::filesystem::path& file) {
  PosturePack p;
  try {
    p = read(doc);
  } catch (const json::exception&) {
    // Only reachable for a document that skipped the schema check.
    throw ValidationError(file.string() + ": /", "does not have the shape of a posture pack",
                          "a document valid against posture-pack.schema.json");
  }
  Checker(p, file.string()).run();
  check_citations(doc, file.string());
  return p;
}

}  // namespace myochart::posture
