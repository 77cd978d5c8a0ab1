#pragma once
// A mark a therapist draws on a body chart.
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "myochart/chart/geometry.h"
#include "myochart/ids.h"
#include "myochart/time.h"

namespace myochart::chart {

enum class View { kAnterior, kPosterior, kLeftLateral, kRightLateral };
inline constexpr View kAllViews[] = {View::kAnterior, View::kPosterior, View::kLeftLateral,
                                     View::kRightLateral};

enum class MarkShape {
  kPoint,   ///< exactly one point
  kArea,    ///< a closed polygon of 3 or more points
  kStroke,  ///< a freehand line of 2 or more points
};

/// Where and what: view, shape, kind, intensity, quality, muscle, regions, note.
/// region_ids are derived from the geometry when the mark is saved (BodyChart::regions_for),
/// so marks stay tied to anatomy across template redraws and compare across sessions.
struct ChartMark {
  Id id = 0;
  Id session_id = 0;
  RowVersion row_version = 0;
  View view = View::kPosterior;
  MarkShape shape = MarkShape::kPoint;
  std::vector<Point> points;
  std::string kind = "pain";  ///< id of a mark kind (mark_kinds())
  int intensity = 5;          ///< 0-10
  std::string quality;        ///< empty or an id of pain_qualities()
  std::string muscle_id;      ///< empty or a muscle id from a knowledge pack
  std::vector<std::string> region_ids;
  std::string note;
  nlohmann::json attributes = nlohmann::json::object();  ///< kind-specific fields (plugins)
  Timestamp created_at{};
  Timestamp updated_at{};

  bool operator==(const ChartMark&) const = default;
};

/// How a mark kind looks. Colours are sRGB 0-1.
enum class MarkSymbol { kDot, kCross, kRing, kZigzag, kDiamond, kCheck, kSquare };
struct MarkKind {
  std::string_view id;
  std::string_view label;
  double r, g, b;
  MarkSymbol symbol;
};
/// The built-in kinds: pain, tension, trigger_point, numbness, treated, avoid, note.
std::span<const MarkKind> mark_kinds();
/// A built-in kind or one added by register_mark_kind(); nullptr when unknown.
const MarkKind* find_mark_kind(std::string_view id);
/// Adds a kind contributed by a plugin (called by the plugin host only). Returns false, and
/// adds nothing, when the id is already a kind. Kinds stay for the life of the process.
bool register_mark_kind(std::string_view id, std::string_view label, double r, double g, double b,
                        MarkSymbol symbol);
/// The built-in kinds followed by the registered ones.
std::vector<MarkKind> all_mark_kinds();

struct PainQuality {
  std::string_view id;
  std::string_view label;
};
/// dull, sharp, burning, aching, throbbing, stabbing, tingling, shooting.
std::span<const PainQuality> pain_qualities();

std::string_view to_string(View v);
std::optional<View> view_from_string(std::string_view s);
std::string_view view_label(View v);  ///< "Posterior (back)"
std::string_view to_string(MarkShape s);
std::optional<MarkShape> mark_shape_from_string(std::string_view s);

/// Throws ValidationError: shape/point count agree, points inside the canvas, area not
/// degenerate, kind known, intensity 0-10, quality empty or known, note UTF-8 and bounded,
/// attributes a JSON object.
void validate(const ChartMark& m);

}  // namespace myochart::chart
