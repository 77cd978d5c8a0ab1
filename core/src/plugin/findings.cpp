#include "myochart/plugin/findings.h"

#include "myochart/errors.h"

namespace myochart::plugin {

std::string_view to_string(chart::Side s) {
  switch (s) {
    case chart::Side::kLeft:
      return "left";
    case chart::Side::kRight:
      return "right";
    case chart::Side::kNone:
      break;
  }
  return "none";
}

chart::Side side_from_string(std::string_view s) {
  if (s == "left") return chart::Side::kLeft;
  if (s == "right") return chart::Side::kRight;
  return chart::Side::kNone;
}

void to_json(nlohmann::json& j, const Finding& f) {
  j = nlohmann::json{{"kind", f.kind},
                     {"subject", f.subject},
                     {"muscle_id", f.muscle_id},
                     {"region_id", f.region_id},
                     {"side", to_string(f.side)},
                     {"what", f.what},
                     {"evidence", f.evidence},
                     {"confidence", f.confidence},
                     {"severity", f.severity},
                     {"source_plugin", f.source_plugin},
                     {"confirmed", f.confirmed},
                     {"details", f.details}};
}

namespace {

std::string text_member(const nlohmann::json& j, const char* key, bool required) {
  auto it = j.find(key);
  if (it == j.end()) {
    if (required) throw ValidationError(std::string("finding.") + key, "is missing", "text");
    return {};
  }
  if (!it->is_string()) throw ValidationError(std::string("finding.") + key, "is not text", "text");
  return it->get<std::string>();
}

}  // namespace

void from_json(const nlohmann::json& j, Finding& f) {
  if (!j.is_object()) throw ValidationError("finding", "is not a JSON object", "a JSON object");
  f.kind = text_member(j, "kind", true);
  f.subject = text_member(j, "subject", false);
  f.muscle_id = text_member(j, "muscle_id", false);
  f.region_id = text_member(j, "region_id", false);
  const std::string side = text_member(j, "side", false);
  if (!side.empty() && side != "left" && side != "right" && side != "none")
    throw ValidationError("finding.side", "is not a side", "left, right or none");
  f.side = side_from_string(side);
  f.what = text_member(j, "what", true);
  f.evidence = text_member(j, "evidence", false);
  f.severity = text_member(j, "severity", false);
  f.source_plugin = text_member(j, "source_plugin", false);
  if (auto it = j.find("confidence"); it != j.end()) {
    if (!it->is_number()) throw ValidationError("finding.confidence", "is not a number", "0 to 1");
    f.confidence = it->get<double>();
  }
  if (auto it = j.find("confirmed"); it != j.end()) {
    if (!it->is_boolean()) throw ValidationError("finding.confirmed", "is not true or false", "true or false");
    f.confirmed = it->get<bool>();
  }
  if (auto it = j.find("details"); it != j.end()) {
    if (!it->is_object()) throw ValidationError("finding.details", "is not a JSON object", "a JSON object");
    f.details = *it;
  }
}

}  // namespace myochart::plugin
