#include "assessment_keeper.h"

#include <tuple>

namespace myochart::posture {

render::TrendPlot measure_trend_plot(const Measure& m, const std::vector<TrendPoint>& points) {
  render::TrendPlot plot;
  plot.title = m.name;
  plot.unit = m.unit;
  plot.normal_min = m.normal_min;
  plot.normal_max = m.normal_max;
  if (!m.normal_min && !m.normal_max) {
    // A grading without a published normal range: shade the bands graded normal.
    for (const auto& b : m.bands)
      if (b.severity == "normal") {
        plot.normal_min = b.min;
        plot.normal_max = b.max;
      }
  }
  for (const auto& [side, label, r, g, b] :
       {std::tuple{chart::Side::kNone, m.name, 0.13, 0.37, 0.66},
        std::tuple{chart::Side::kLeft, std::string("Left"), 0.13, 0.37, 0.66},
        std::tuple{chart::Side::kRight, std::string("Right"), 0.85, 0.37, 0.05}}) {
    render::TrendSeries series{.label = label, .points = {}, .r = r, .g = g, .b = b};
    for (const auto& p : points)
      if (p.side == side && p.measure_id == m.id) series.points.push_back({p.date, p.value});
    if (!series.points.empty()) plot.series.push_back(std::move(series));
  }
  return plot;
}

std::optional<plugin::StoredAssessment> PostureKeeper::load(storage::Database& db,
                                                            Id session) const {
  const auto stored = AssessmentStore(db).find(session);
  if (!stored) return std::nullopt;
  return plugin::StoredAssessment{
      .answers = stored->answers, .version = stored->row_version, .updated_at = stored->updated_at};
}

RowVersion PostureKeeper::save(storage::WriteTransaction& tx, Id session,
                               const plugin::Answers& answers, RowVersion expected,
                               const std::vector<plugin::Finding>& kept) const {
  std::vector<plugin::Finding> findings = kept;
  for (auto& f : findings)
    if (f.source_plugin.empty()) f.source_plugin = kPluginId;
  return AssessmentStore(tx.db()).save(tx, session, answers, expected, findings);
}

std::vector<render::TrendPlot> PostureKeeper::trends(storage::Database& db, Id client) const {
  const PosturePack& pack = form_->evaluator().pack();
  const auto points = AssessmentStore(db).trend(pack, client);
  std::vector<render::TrendPlot> plots;
  for (const auto& m : pack.measures) {
    auto plot = measure_trend_plot(m, points);
    if (!plot.series.empty()) plots.push_back(std::move(plot));
  }
  return plots;
}

}  // namespace myochart::posture
