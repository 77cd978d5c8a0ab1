#include "tp_pack.h"

#include <algorithm>

#include "myochart/errors.h"

namespace myochart::tp {

using chart::Side;
using chart::View;

std::string Muscle::label(Side s) const {
  if (!bilateral || s == Side::kNone) return name;
  const char* side = s == Side::kLeft ? "left" : "right";
  // "Upper trapezius (left)", but "Rhomboids (major and minor), left".
  if (name.find('(') != std::string::npos) return name + ", " + side;
  return name + " (" + side + ")";
}

View mirrored(View v) {
  switch (v) {
    case View::kLeftLateral:
      return View::kRightLateral;
    case View::kRightLateral:
      return View::kLeftLateral;
    default:
      return v;
  }
}

chart::Polygon mirrored(const chart::Polygon& p) {
  chart::Polygon out;
  out.reserve(p.size());
  for (auto it = p.rbegin(); it != p.rend(); ++it) out.push_back({1.0 - it->x, it->y});  // keeps winding
  return out;
}

Side side_at(View view, chart::Point p) {
  switch (view) {
    case View::kLeftLateral:
      return Side::kLeft;
    case View::kRightLateral:
      return Side::kRight;
    case View::kPosterior:  // seen from behind: the client's left is on the viewer's left
      return p.x < 0.5 ? Side::kLeft : Side::kRight;
    case View::kAnterior:  // seen from the front: the client's left is on the viewer's right
      return p.x > 0.5 ? Side::kLeft : Side::kRight;
  }
  return Side::kNone;
}

namespace {

chart::Point point_of(const nlohmann::json& j) { return {j.at(0).get<double>(), j.at(1).get<double>()}; }

chart::Polygon polygon_of(const nlohmann::json& j) {
  chart::Polygon p;
  for (const auto& v : j) p.push_back(point_of(v));
  return p;
}

View view_of(const std::string& s, const std::string& where) {
  auto v = chart::view_from_string(s);
  if (!v) throw ValidationError(where, "\"" + s + "\" is not a view", "anterior, posterior, left_lateral");
  return *v;
}

std::vector<std::string> strings(const nlohmann::json& m, const char* key) {
  std::vector<std::string> out;
  if (auto it = m.find(key); it != m.end())
    for (const auto& s : *it) out.push_back(s.get<std::string>());
  return out;
}

std::vector<Zone> zones_of(const nlohmann::json& by_view, const std::string& where) {
  std::vector<Zone> out;
  for (const auto& [view, polys] : by_view.items())
    for (const auto& poly : polys) out.push_back({view_of(view, where), polygon_of(poly)});
  return out;
}

SidedGeometry mirror(const SidedGeometry& g) {
  SidedGeometry m;
  for (const auto& [v, p] : g.outline) m.outline[mirrored(v)] = mirrored(p);
  for (const auto& s : g.sites) m.sites.push_back({s.id, s.label, mirrored(s.view), {1.0 - s.at.x, s.at.y}});
  for (const auto& z : g.essential) m.essential.push_back({mirrored(z.view), mirrored(z.polygon)});
  for (const auto& z : g.spillover) m.spillover.push_back({mirrored(z.view), mirrored(z.polygon)});
  return m;
}

}  // namespace

Pack Pack::from_json(const nlohmann::json& doc, const std::string& name) {
  Pack pack;
  for (const auto& s : doc.at("sources")) pack.sources_[s.at("id").get<std::string>()] = s.at("citation").get<std::string>();
  std::size_t index = 0;
  for (const auto& m : doc.at("muscles")) {
    const std::string where = name + ": /muscles/" + std::to_string(index++);
    Muscle mu;
    mu.id = m.at("id").get<std::string>();
    if (pack.find(mu.id)) throw ValidationError(where + "/id", "\"" + mu.id + "\" is used twice", "a unique id");
    mu.name = m.at("name").get<std::string>();
    mu.latin = m.value("latin", "");
    mu.region = m.at("region").get<std::string>();
    mu.bilateral = m.at("sides").get<std::string>() == "bilateral";
    for (const auto& [view, poly] : m.at("outline").items())
      mu.left.outline[view_of(view, where + "/outline")] = polygon_of(poly);
    for (const auto& s : m.at("trigger_points"))
      mu.left.sites.push_back({s.at("id").get<std::string>(), s.at("label").get<std::string>(),
                               view_of(s.at("view").get<std::string>(), where + "/trigger_points"),
                               point_of(s.at("at"))});
    mu.left.essential = zones_of(m.at("referral").at("essential"), where + "/referral/essential");
    mu.left.spillover = zones_of(m.at("referral").value("spillover", nlohmann::json::object()),
                                 where + "/referral/spillover");
    mu.right = mu.bilateral ? mirror(mu.left) : mu.left;
    mu.symptoms = strings(m, "symptoms");
    mu.activating_factors = strings(m, "activating_factors");
    mu.perpetuating_factors = strings(m, "perpetuating_factors");
    mu.related_dysfunctions = strings(m, "related_dysfunctions");
    mu.exercises = strings(m, "exercises");
    const auto& src = m.at("source");
    mu.source_kind = src.at("kind").get<std::string>();
    mu.source_note = src.value("note", "");
    mu.source_refs = strings(src, "refs");
    for (const auto& ref : mu.source_refs)
      if (!pack.sources_.count(ref))
        throw ValidationError(where + "/source/refs", "\"" + ref + "\" is not a source of the pack",
                              "an id from /sources");
    pack.muscles_.push_back(std::move(mu));
  }
  return pack;
}

const Muscle* Pack::find(std::string_view id) const {
  for (const auto& m : muscles_)
    if (m.id == id) return &m;
  return nullptr;
}

}  // namespace myochart::tp
