#include "myochart/chart/chart_mark.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <mutex>
#include <string>

#include "domain/validation.h"
#include "myochart/errors.h"

namespace myochart::chart {

namespace {

constexpr std::array kMarkKinds = {
    MarkKind{"pain", "Pain", 0.86, 0.13, 0.15, MarkSymbol::kDot},
    MarkKind{"tension", "Tension / tightness", 0.95, 0.55, 0.05, MarkSymbol::kZigzag},
    MarkKind{"trigger_point", "Trigger point", 0.55, 0.15, 0.70, MarkSymbol::kCross},
    MarkKind{"numbness", "Numbness / tingling", 0.12, 0.45, 0.85, MarkSymbol::kRing},
    MarkKind{"treated", "Treated", 0.10, 0.60, 0.30, MarkSymbol::kCheck},
    MarkKind{"avoid", "Avoid (contraindicated)", 0.15, 0.15, 0.15, MarkSymbol::kSquare},
    MarkKind{"note", "Note", 0.45, 0.45, 0.50, MarkSymbol::kDiamond},
};

constexpr std::array kPainQualities = {
    PainQuality{"dull", "Dull"},           PainQuality{"sharp", "Sharp"},
    PainQuality{"burning", "Burning"},     PainQuality{"aching", "Aching"},
    PainQuality{"throbbing", "Throbbing"}, PainQuality{"stabbing", "Stabbing"},
    PainQuality{"tingling", "Tingling"},   PainQuality{"shooting", "Shooting"},
};

template <typename Range>
std::string ids_of(const Range& r) {
  std::string s;
  for (const auto& k : r) {
    if (!s.empty()) s += ", ";
    s += k.id;
  }
  return s;
}

}  // namespace

std::span<const MarkKind> mark_kinds() {
  return kMarkKinds;
}

namespace {

// Kinds plugins added: strings owned here, MarkKind views into them. A deque keeps addresses
// stable as it grows, so pointers from find_mark_kind() stay valid.
struct ExtraKind {
  std::string id, label;
  MarkKind kind;
};
std::mutex extra_mutex;
std::deque<ExtraKind>& extra_kinds() {
  static std::deque<ExtraKind> kinds;
  return kinds;
}

}  // namespace

const MarkKind* find_mark_kind(std::string_view id) {
  for (const auto& k : kMarkKinds)
    if (k.id == id) return &k;
  std::lock_guard lock(extra_mutex);
  for (const auto& k : extra_kinds())
    if (k.id == id) return &k.kind;
  return nullptr;
}

bool register_mark_kind(std::string_view id, std::string_view label, double r, double g, double b,
                        MarkSymbol symbol) {
  if (find_mark_kind(id)) return false;
  std::lock_guard lock(extra_mutex);
  auto& e = extra_kinds().emplace_back(ExtraKind{std::string(id), std::string(label), {}});
  e.kind = MarkKind{e.id, e.label, r, g, b, symbol};
  return true;
}

std::vector<MarkKind> all_mark_kinds() {
  std::vector<MarkKind> out(kMarkKinds.begin(), kMarkKinds.end());
  std::lock_guard lock(extra_mutex);
  for (const auto& k : extra_kinds()) out.push_back(k.kind);
  return out;
}

std::span<const PainQuality> pain_qualities() {
  return kPainQualities;
}

std::string_view to_string(View v) {
  switch (v) {
    case View::kAnterior:
      return "anterior";
    case View::kPosterior:
      return "posterior";
    case View::kLeftLateral:
      return "left_lateral";
    case View::kRightLateral:
      return "right_lateral";
  }
  return "posterior";
}

std::optional<View> view_from_string(std::string_view s) {
  for (View v : kAllViews)
    if (to_string(v) == s) return v;
  return std::nullopt;
}

std::string_view view_label(View v) {
  switch (v) {
    case View::kAnterior:
      return "Anterior (front)";
    case View::kPosterior:
      return "Posterior (back)";
    case View::kLeftLateral:
      return "Left side";
    case View::kRightLateral:
      return "Right side";
  }
  return "";
}

std::string_view to_string(MarkShape s) {
  switch (s) {
    case MarkShape::kPoint:
      return "point";
    case MarkShape::kArea:
      return "area";
    case MarkShape::kStroke:
      return "stroke";
  }
  return "point";
}

std::optional<MarkShape> mark_shape_from_string(std::string_view s) {
  for (auto v : {MarkShape::kPoint, MarkShape::kArea, MarkShape::kStroke})
    if (to_string(v) == s) return v;
  return std::nullopt;
}

void validate(const ChartMark& m) {
  using namespace myochart::detail;
  if (m.session_id <= 0) throw ValidationError("session", "is not set", "an existing session id");
  switch (m.shape) {
    case MarkShape::kPoint:
      if (m.points.size() != 1)
        throw ValidationError("points", "must be exactly one point for a point mark", "x,y");
      break;
    case MarkShape::kArea:
      if (m.points.size() < 3 || m.points.size() > 2000)
        throw ValidationError("points", "must outline an area", "3 to 2000 points");
      break;
    case MarkShape::kStroke:
      if (m.points.size() < 2 || m.points.size() > 5000)
        throw ValidationError("points", "must trace a line", "2 to 5000 points");
      break;
  }
  for (const auto& p : m.points)
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || p.x < 0 || p.x > 1 || p.y < 0 || p.y > 1)
      throw ValidationError("points", "lie outside the chart",
                            "coordinates from 0 to 1 (x across, y down)");
  if (m.shape == MarkShape::kArea && !is_valid_area(m.points))
    throw ValidationError("points", "enclose no area", "a polygon with a non-zero area");
  if (!find_mark_kind(m.kind))
    throw ValidationError("kind", "is not a known mark kind", ids_of(all_mark_kinds()));
  check_range("intensity", m.intensity, 0, 10);
  if (!m.quality.empty() && std::none_of(kPainQualities.begin(), kPainQualities.end(),
                                         [&](const auto& q) { return q.id == m.quality; }))
    throw ValidationError("quality", "is not a known pain quality", ids_of(kPainQualities));
  check_line("muscle", m.muscle_id);
  check_text("note", m.note);
  if (!m.attributes.is_object())
    throw ValidationError("attributes", "is not a JSON object", "a JSON object");
}

}  // namespace myochart::chart
