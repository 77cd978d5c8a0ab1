#pragma once
// The trigger-point knowledge pack as C++: muscles with their outline, trigger-point sites and
// referral zones on the body-chart views. The pack draws the client's LEFT side; the right
// side is its mirror (x -> 1 - x; left_lateral -> right_lateral), made here once.
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "myochart/chart/body_chart.h"
#include "myochart/chart/chart_mark.h"

namespace myochart::tp {

struct Site {
  std::string id;  ///< "tp1"
  std::string label;
  chart::View view = chart::View::kPosterior;
  chart::Point at;
};

struct Zone {
  chart::View view = chart::View::kPosterior;
  chart::Polygon polygon;
};

/// A muscle's geometry on one side of the body.
struct SidedGeometry {
  std::map<chart::View, chart::Polygon> outline;
  std::vector<Site> sites;
  std::vector<Zone> essential;
  std::vector<Zone> spillover;
};

struct Muscle {
  std::string id, name, latin, region;
  bool bilateral = true;
  SidedGeometry left, right;  ///< for a midline muscle both hold the pack's geometry
  std::vector<std::string> symptoms, activating_factors, perpetuating_factors,
      related_dysfunctions, exercises;
  std::string source_kind, source_note;
  std::vector<std::string> source_refs;

  const SidedGeometry& side(chart::Side s) const { return s == chart::Side::kRight ? right : left; }
  /// "Upper trapezius (left)"
  std::string label(chart::Side s) const;
};

class Pack {
 public:
  /// From a pack already validated against trigger-point-pack.schema.json. Throws
  /// ValidationError naming "<pack>: /muscles/N/..." for what the schema cannot check (a
  /// duplicate id, a view a muscle uses twice).
  static Pack from_json(const nlohmann::json& doc, const std::string& name);

  const std::vector<Muscle>& muscles() const { return muscles_; }
  const Muscle* find(std::string_view id) const;
  /// "source id" -> citation
  const std::map<std::string, std::string>& sources() const { return sources_; }

 private:
  std::vector<Muscle> muscles_;
  std::map<std::string, std::string> sources_;
};

/// Which side of the client a point on a view is on.
chart::Side side_at(chart::View view, chart::Point p);
/// The view showing the same place from the other side (posterior and anterior map to
/// themselves; left_lateral <-> right_lateral).
chart::View mirrored(chart::View v);
chart::Polygon mirrored(const chart::Polygon& p);

}  // namespace myochart::tp
