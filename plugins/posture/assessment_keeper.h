#pragma once
// The posture form's keeper, as registered with the host (session_work.h): answers and kept
// findings per session through AssessmentStore, and one trend plot per measure. The CLI's
// `posture assess --session`, `findings` and `trend --png` use the same store and plots.
#include <memory>
#include <vector>

#include "assessment_store.h"
#include "form.h"
#include "myochart/plugin/session_work.h"

namespace myochart::posture {

/// A measure's values over the sessions as a plot: one series, or Left and Right for a sided
/// measure; the pack's normal range shaded (else the band graded normal).
render::TrendPlot measure_trend_plot(const Measure& m, const std::vector<TrendPoint>& points);

class PostureKeeper final : public plugin::AssessmentKeeper {
 public:
  explicit PostureKeeper(std::shared_ptr<const PostureForm> form) : form_(std::move(form)) {}

  std::string form_id() const override { return kFormId; }
  std::optional<plugin::StoredAssessment> load(storage::Database& db, Id session) const override;
  /// Findings without a source are the plugin's own; one from another plugin is refused
  /// (ValidationError), as are findings that fail storage's checks.
  RowVersion save(storage::WriteTransaction& tx, Id session, const plugin::Answers& answers,
                  RowVersion expected, const std::vector<plugin::Finding>& kept) const override;
  /// In the pack's measure order.
  std::vector<render::TrendPlot> trends(storage::Database& db, Id client) const override;

 private:
  std::shared_ptr<const PostureForm> form_;
};

}  // namespace myochart::posture
