#pragma once
// "Where it hurts -> which muscles" for a whole session: the one place that turns a session's
// marks into red flags, ranked candidate muscles with their reasons, and the findings a
// therapist may keep. The session analyzer (the desktop app's "Referred pain" page) and the
// CLI's `tp lookup --session` both call it.
#include <vector>

#include "lookup.h"
#include "myochart/plugin/sdk.h"
#include "tp_pack.h"

namespace myochart::tp {

/// Candidate-source findings are kept for at most this many of the best candidates.
inline constexpr std::size_t kKeptCandidates = 5;

struct SessionLookup {
  PainQuery query;      ///< the pain and numbness marks, on every view
  LookupResult result;  ///< red flags and every ranked candidate
  /// Warnings (the red flags' messages), the candidates as suggestions (detail = reason),
  /// the basis line, and the findings: red flags, candidate sources (the best
  /// kKeptCandidates), then one trigger_point finding per TP mark with a known muscle.
  plugin::SessionAnalysis analysis;
};

SessionLookup look_up_session(const Pack& pack, const std::vector<chart::ChartMark>& marks);

/// The trigger-point plugin's session analyzer: "Referred pain".
class ReferredPainAnalyzer final : public plugin::SessionAnalyzer {
 public:
  explicit ReferredPainAnalyzer(const Pack& pack) : pack_(pack) {}
  std::string id() const override { return "referred_pain"; }
  std::string label() const override { return "Referred pain"; }
  plugin::SessionAnalysis analyze(const plugin::SessionSubject& session) const override;

 private:
  const Pack& pack_;
};

}  // namespace myochart::tp
