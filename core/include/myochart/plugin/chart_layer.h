#pragma once
// Chart layers: what a plugin adds to the body chart. Mark kinds (with the fields a mark of
// that kind carries in its attributes), overlays drawn in chart coordinates (e.g. a trigger
// point's referral zones), and suggestions for a point or drawn area (the muscle under the
// cursor, the muscles that may cause the pain drawn). The host draws everything.
#include <string>
#include <vector>

#include "myochart/chart/body_chart.h"
#include "myochart/chart/chart_mark.h"
#include "myochart/plugin/forms.h"
#include "myochart/render/chart_renderer.h"

namespace myochart::plugin {

/// A mark kind a plugin contributes, or fields it adds to a built-in kind.
struct MarkKindSpec {
  std::string id{};     ///< a new kind's id, or a built-in kind's id when only adding fields
  std::string label{};  ///< for a new kind
  double r = 0.3, g = 0.3, b = 0.3;
  chart::MarkSymbol symbol = chart::MarkSymbol::kDot;
  /// Fields stored in ChartMark::attributes under their ids (checked with validate_answers).
  std::vector<FormField> fields{};
};

/// Everything a layer may look at: the view being drawn and the marks on it (the session's).
struct LayerQuery {
  chart::View view = chart::View::kPosterior;
  std::vector<chart::ChartMark> marks;
  std::optional<Id> selected_mark;  ///< a layer may show overlays only for the selected mark
};

/// A suggestion at a point or area: "Upper trapezius (left), trigger point 1 nearby".
struct Suggestion {
  std::string label{};
  std::string muscle_id{};
  chart::Side side = chart::Side::kNone;
  std::string detail{};
  double score = 0;  ///< higher first
  nlohmann::json attributes = nlohmann::json::object();  ///< to prefill a mark's attributes
};

class ChartLayer {
 public:
  virtual ~ChartLayer() = default;
  virtual std::string id() const = 0;
  virtual std::string label() const = 0;
  /// Shapes to draw under the marks of this view.
  virtual std::vector<render::Overlay> overlays(const LayerQuery& query) const = 0;
  /// Suggestions for a point (shape kPoint, one point) or an area/stroke a user drew.
  virtual std::vector<Suggestion> suggest(chart::View view, chart::MarkShape shape,
                                          const std::vector<chart::Point>& points) const = 0;
};

}  // namespace myochart::plugin
