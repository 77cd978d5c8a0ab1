#include "session_lookup.h"

#include <algorithm>
#include <map>

#include "tp_layer.h"

namespace myochart::tp {

namespace {

std::string counted(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "2 pain marks and 1 numbness mark on the Posterior (back) view; 1 trigger point marked."
std::string basis_of(const std::vector<chart::ChartMark>& marks) {
  std::size_t pain = 0, numbness = 0, tps = 0;
  std::map<chart::View, int> views;
  for (const auto& m : marks) {
    if (m.kind == "pain") ++pain;
    if (m.kind == "numbness") ++numbness;
    if (m.kind == "pain" || m.kind == "numbness") ++views[m.view];
    if (m.kind == "trigger_point" && !m.muscle_id.empty()) ++tps;
  }
  std::string tp_part;
  if (tps > 0) tp_part = " " + counted(tps, "trigger point", "trigger points") + " marked.";
  if (pain + numbness == 0)
    return "No pain or numbness marks on the chart: draw where it hurts to see which muscles may "
           "refer it." +
           tp_part;
  std::string s = "From ";
  if (pain > 0) s += counted(pain, "pain mark", "pain marks");
  if (pain > 0 && numbness > 0) s += " and ";
  if (numbness > 0) s += counted(numbness, "numbness mark", "numbness marks");
  if (views.size() == 1) {
    s += " on the " + std::string(chart::view_label(views.begin()->first)) + " view.";
  } else {
    s += " on " + std::to_string(views.size()) + " views: ";
    std::size_t i = 0;
    for (const auto& [v, n] : views) {
      if (i > 0) s += i + 1 == views.size() ? " and " : ", ";
      s += chart::view_label(v);
      ++i;
    }
    s += ".";
  }
  return s + tp_part +
         " Referral patterns as commonly described (Travell & Simons), not a diagnosis.";
}

plugin::Suggestion suggestion_of(const Candidate& c) {
  plugin::Suggestion s;
  s.label = c.muscle->label(c.side);
  s.muscle_id = c.muscle->id;
  s.side = c.side;
  s.detail = c.reason;
  s.score = std::clamp(c.score, 0.0, 1.0);
  if (c.side != chart::Side::kNone) s.attributes = {{"side", plugin::to_string(c.side)}};
  return s;
}

}  // namespace

SessionLookup look_up_session(const Pack& pack, const std::vector<chart::ChartMark>& marks) {
  SessionLookup out;
  out.query = query_from_marks(marks);
  out.result = lookup(pack, out.query);
  auto& a = out.analysis;
  for (const auto& f : out.result.red_flags) a.warnings.push_back(f.message);
  for (const auto& c : out.result.candidates) a.candidates.push_back(suggestion_of(c));
  a.basis = basis_of(marks);

  LookupResult kept = out.result;
  if (kept.candidates.size() > kKeptCandidates) kept.candidates.resize(kKeptCandidates);
  a.findings = findings_of(kept);
  auto tps = trigger_point_findings(pack, marks);
  a.findings.insert(a.findings.end(), std::make_move_iterator(tps.begin()),
                    std::make_move_iterator(tps.end()));
  return out;
}

plugin::SessionAnalysis ReferredPainAnalyzer::analyze(const plugin::SessionSubject& session) const {
  return look_up_session(pack_, session.marks).analysis;
}

}  // namespace myochart::tp
