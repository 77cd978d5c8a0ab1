#pragma once
// "Where it hurts -> which muscles": ranks the muscles whose referral zones cover the pain a
// client drew, essential zones before spillover, weighted by how much of the drawing each
// covers; and the red flags a drawing raises before any of that matters.
#include <string>
#include <vector>

#include "myochart/plugin/findings.h"
#include "tp_pack.h"

namespace myochart::tp {

/// What hurts: shapes drawn on the chart (as marks are), and the regions they cover.
struct PainQuery {
  struct Shape {
    chart::View view = chart::View::kPosterior;
    chart::MarkShape shape = chart::MarkShape::kArea;
    std::vector<chart::Point> points;
  };
  std::vector<Shape> shapes;
  std::vector<std::string> region_ids;
};

/// Pain and numbness marks of a session (other kinds are not where it hurts), on every view;
/// the regions they cover are found from their points (saved or not).
PainQuery query_from_marks(const std::vector<chart::ChartMark>& marks);
/// Whole regions, e.g. {"left_scapular"}, on every view that shows them. Throws
/// ValidationError naming an unknown region id.
PainQuery query_from_regions(const std::vector<std::string>& region_ids);

struct Candidate {
  const Muscle* muscle = nullptr;
  chart::Side side = chart::Side::kNone;
  double essential = 0;   ///< fraction of the drawn area inside essential zones (0-1)
  double spillover = 0;   ///< fraction inside spillover zones only
  double specificity = 0; ///< fraction of the essential zones' area the drawing covers
  double score = 0;
  std::string reason;     ///< "essential zone covers 70% of the drawn area; ..."
};

struct RedFlag {
  std::string id;
  std::string message;
  std::vector<std::string> regions;  ///< the drawn regions that raised it
};

struct LookupResult {
  std::vector<RedFlag> red_flags;
  std::vector<Candidate> candidates;  ///< best first
};

/// Ranks every muscle (each side separately) whose zones cover at least 5% of the drawing.
LookupResult lookup(const Pack& pack, const PainQuery& query, std::size_t max_candidates = 12);

/// Findings for the shared type: red flags, then candidate sources (kind candidate_source).
std::vector<plugin::Finding> findings_of(const LookupResult& r);

}  // namespace myochart::tp
