// The trigger-point plugin: its knowledge pack on our charts (schema, containment of every
// site and zone), the reverse lookup on textbook cases, red flags, TP marks and the plugin
// through the host (overlay, suggestions, CLI command, the session analyzer).
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "core/storage/fixture.h"
#include "lookup.h"
#include "myochart/io/json_schema.h"
#include "myochart/plugin/host.h"
#include "myochart/render/session_report.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/findings.h"
#include "session_lookup.h"
#include "tp_layer.h"
#include "tp_pack.h"

using namespace myochart;
using namespace myochart::tp;
using chart::Side;
using chart::View;
namespace fs = std::filesystem;

namespace {

const fs::path kPackFile = fs::path(MYOCHART_SOURCE_DIR) / "plugins/trigger_points/data/muscles.json";

const nlohmann::json& pack_json() {
  static const nlohmann::json doc = [] {
    std::ifstream in(kPackFile);
    return nlohmann::json::parse(in);
  }();
  return doc;
}

const Pack& pack() {
  static const Pack p = Pack::from_json(pack_json(), kPackFile.string());
  return p;
}

PainQuery area(View v, std::vector<chart::Point> pts) {
  PainQuery q;
  q.shapes.push_back({v, chart::MarkShape::kArea, pts});
  q.region_ids = chart::BodyChart::standard().view(v).regions_for(chart::MarkShape::kArea, pts);
  return q;
}

// Rank (1-based) of a muscle on a side in a lookup, 0 when absent.
std::size_t rank_of(const LookupResult& r, const std::string& id, Side side) {
  for (std::size_t i = 0; i < r.candidates.size(); ++i)
    if (r.candidates[i].muscle->id == id && r.candidates[i].side == side) return i + 1;
  return 0;
}

std::string ranking(const LookupResult& r) {
  std::string s;
  for (const auto& c : r.candidates) s += c.muscle->label(c.side) + " " + std::to_string(c.score) + "; ";
  return s;
}

chart::ChartMark pain_area(View v, std::vector<chart::Point> pts, Id session = 0) {
  chart::ChartMark m;
  m.session_id = session;
  m.view = v;
  m.shape = chart::MarkShape::kArea;
  m.points = std::move(pts);
  m.kind = "pain";
  m.intensity = 6;
  return m;
}

// The inner (medial) border of the left shoulder blade, on the back view.
const std::vector<chart::Point> kLeftMedialScapula{
    {0.442, 0.222}, {0.470, 0.222}, {0.470, 0.282}, {0.434, 0.282}};

std::size_t rank_in(const plugin::SessionAnalysis& a, const std::string& id, Side side) {
  for (std::size_t i = 0; i < a.candidates.size(); ++i)
    if (a.candidates[i].muscle_id == id && a.candidates[i].side == side) return i + 1;
  return 0;
}

}  // namespace

TEST_CASE("the trigger-point pack is valid against its schema and holds 60 muscles", "[tp]") {
  const auto violations = io::JsonSchema::builtin("trigger-point-pack.schema.json").violations(pack_json());
  for (const auto& v : violations) INFO(v.pointer << ": " << v.rule);
  CHECK(violations.empty());
  CHECK(pack().muscles().size() >= 60);
  std::size_t upper = 0;
  for (const auto& m : pack().muscles()) {
    const std::set<std::string> upper_regions{"head_jaw", "neck", "neck_shoulder", "shoulder", "upper_back", "chest", "arm", "forearm_hand"};
    if (upper_regions.count(m.region)) ++upper;
    CHECK_FALSE(m.left.sites.empty());
    CHECK_FALSE(m.left.essential.empty());
    CHECK_FALSE(m.source_kind.empty());
  }
  CHECK(upper >= 30);
  for (const char* id : {"trapezius_upper", "levator_scapulae", "rhomboids", "scalenes",
                         "sternocleidomastoid", "pectoralis_major", "quadratus_lumborum", "piriformis"})
    CHECK(pack().find(id) != nullptr);
}

TEST_CASE("every trigger-point site lies inside its muscle, every zone inside the body, on both sides", "[tp]") {
  const auto& chart = chart::BodyChart::standard();
  for (const auto& m : pack().muscles()) {
    for (const Side side : {Side::kLeft, Side::kRight}) {
      const auto& g = m.side(side);
      INFO(m.label(side));
      for (const auto& s : g.sites) {
        INFO("site " << s.id << " on " << chart::to_string(s.view));
        auto it = g.outline.find(s.view);
        REQUIRE(it != g.outline.end());
        CHECK(chart::contains(it->second, s.at));
        CHECK(side_at(s.view, s.at) == side);
      }
      for (const auto& [view, poly] : g.outline) {
        CHECK(chart::is_simple(poly));
        for (const auto& p : poly) CHECK(chart.view(view).inside_body(p));
      }
      for (const auto* zones : {&g.essential, &g.spillover})
        for (const auto& z : *zones) {
          INFO("zone on " << chart::to_string(z.view));
          CHECK(chart::area(z.polygon) > 0);
          for (const auto& p : z.polygon) CHECK(chart.view(z.view).inside_body(p));
        }
    }
  }
}

TEST_CASE("pain at the inner border of the shoulder blade ranks levator scapulae, rhomboids and scalenes high", "[tp]") {
  const auto r = lookup(pack(), area(View::kPosterior, {{0.442, 0.222}, {0.470, 0.222}, {0.470, 0.282}, {0.434, 0.282}}));
  INFO(ranking(r));
  for (const char* id : {"levator_scapulae", "rhomboids", "scalenes"}) {
    const auto rank = rank_of(r, id, Side::kLeft);
    CHECK(rank >= 1);
    CHECK(rank <= 5);
  }
  REQUIRE_FALSE(r.candidates.empty());
  CHECK_THAT(r.candidates[0].reason, Catch::StartsWith("essential zone covers"));
  // Side is respected: nothing of the right side ranks for pain on the left.
  for (const auto& c : r.candidates) CHECK(c.side != Side::kRight);
  CHECK(r.red_flags.empty());
}

TEST_CASE("the same pain on the right ranks the right-side muscles", "[tp]") {
  // The mirror of the area above.
  const auto r = lookup(pack(), area(View::kPosterior, {{0.558, 0.222}, {0.530, 0.222}, {0.530, 0.282}, {0.566, 0.282}}));
  INFO(ranking(r));
  CHECK(rank_of(r, "levator_scapulae", Side::kRight) >= 1);
  CHECK(rank_of(r, "levator_scapulae", Side::kRight) <= 5);
  CHECK(rank_of(r, "rhomboids", Side::kRight) >= 1);
  for (const auto& c : r.candidates) CHECK(c.side != Side::kLeft);
}

TEST_CASE("pain at the temple ranks upper trapezius and SCM high", "[tp]") {
  const auto side = lookup(pack(), area(View::kLeftLateral, {{0.456, 0.070}, {0.500, 0.070}, {0.504, 0.090}, {0.460, 0.092}}));
  INFO(ranking(side));
  CHECK(rank_of(side, "trapezius_upper", Side::kLeft) >= 1);
  CHECK(rank_of(side, "trapezius_upper", Side::kLeft) <= 4);
  CHECK(rank_of(side, "sternocleidomastoid", Side::kLeft) >= 1);
  CHECK(rank_of(side, "sternocleidomastoid", Side::kLeft) <= 4);
  const auto front = lookup(pack(), area(View::kAnterior, {{0.556, 0.068}, {0.576, 0.068}, {0.576, 0.090}, {0.556, 0.090}}));
  INFO(ranking(front));
  CHECK(rank_of(front, "trapezius_upper", Side::kLeft) >= 1);
  CHECK(rank_of(front, "sternocleidomastoid", Side::kLeft) >= 1);
}

TEST_CASE("essential overlap ranks before spillover-only overlap", "[tp]") {
  const auto r = lookup(pack(), query_from_regions({"left_upper_back", "left_scapular"}));
  INFO(ranking(r));
  bool seen_spill_only = false;
  for (const auto& c : r.candidates) {
    if (c.essential < 0.05) seen_spill_only = true;
    else CHECK_FALSE(seen_spill_only);  // no essential candidate after a spillover-only one
  }
}

TEST_CASE("left chest or inner left arm pain raises the cardiac red flag, the right side does not", "[tp]") {
  const auto chest = lookup(pack(), query_from_regions({"left_chest"}));
  REQUIRE(chest.red_flags.size() == 1);
  CHECK_THAT(chest.red_flags[0].message, Catch::Contains("Rule out cardiac causes"));
  CHECK(rank_of(chest, "pectoralis_major", Side::kLeft) >= 1);
  const auto arm = lookup(pack(), area(View::kAnterior, {{0.690, 0.275}, {0.706, 0.275}, {0.726, 0.350}, {0.714, 0.352}}));
  CHECK(arm.red_flags.size() == 1);
  CHECK(lookup(pack(), query_from_regions({"right_chest"})).red_flags.empty());
  // The red flag leads the findings.
  const auto findings = findings_of(chest);
  REQUIRE_FALSE(findings.empty());
  CHECK(findings[0].kind == "red_flag");
  CHECK(findings[1].kind == "candidate_source");
  CHECK_THROWS_WITH(query_from_regions({"left_elbowz"}), Catch::Contains("left_elbowz") && Catch::Contains("db regions"));
}

TEST_CASE("a trigger point survives save and reload with its muscle and fields", "[tp]") {
  test::DbFixture f;
  const Id session = f.add_session(f.add_client("Ada", "Ng"));
  const auto& ut = *pack().find("trapezius_upper");
  chart::ChartMark m;
  m.session_id = session;
  m.kind = "trigger_point";
  m.view = ut.right.sites[0].view;
  m.points = {ut.right.sites[0].at};
  m.muscle_id = ut.id;
  m.attributes = {{"state", "active"}, {"tenderness", 7}, {"twitch", true}, {"side", "right"}, {"site", "tp1"}};
  storage::ChartMarks marks(*f.db);
  {
    storage::WriteTransaction tx(*f.db);
    marks.add(tx, m);
    tx.commit();
  }
  storage::ChartMarks again(*f.db);
  const auto back = again.list_for_session(session);
  REQUIRE(back.size() == 1);
  CHECK(back[0].muscle_id == "trapezius_upper");
  CHECK(back[0].attributes == m.attributes);
  CHECK(side_of(back[0]) == Side::kRight);
  const auto findings = trigger_point_findings(pack(), back);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].what == "Active trigger point in Upper trapezius (right)");
  CHECK(findings[0].side == Side::kRight);
  CHECK_THAT(findings[0].evidence, Catch::Contains("tenderness 7/10") && Catch::Contains("twitch"));
}

TEST_CASE("the trigger-point plugin through the host: overlay, suggestion, lookup command", "[tp]") {
  test::DbFixture f;
  plugin::HostOptions o;
  o.database = f.db.get();
  o.search_path = {{fs::path(MYOCHART_BINARY_DIR) / "plugins", plugin::PluginOrigin::kBundled}};
  plugin::PluginHost host(o);
  host.load();
  const auto* rec = host.find("trigger_points");
  REQUIRE(rec != nullptr);
  INFO(rec->reason);
  REQUIRE(rec->state == plugin::PluginState::kActive);
  const auto& reg = host.registry();

  const auto& lev = *pack().find("levator_scapulae");
  const auto site = lev.left.sites[0];
  // Clicking on a site suggests its muscle first.
  const auto s = reg.suggestions(site.view, chart::MarkShape::kPoint, {site.at});
  REQUIRE_FALSE(s.empty());
  CHECK(s[0].muscle_id == "levator_scapulae");
  CHECK(s[0].side == Side::kLeft);

  // A marked TP shows its essential (solid) and spillover (hatched) zones on its view.
  plugin::LayerQuery q;
  q.view = View::kPosterior;
  chart::ChartMark tpm;
  tpm.kind = "trigger_point";
  tpm.view = site.view;
  tpm.points = {site.at};
  tpm.muscle_id = lev.id;
  q.marks = {tpm};
  const auto overlays = reg.overlays(q);
  std::size_t solid = 0, hatched = 0;
  for (const auto& ov : overlays) (ov.hatched ? hatched : solid) += 1;
  std::size_t expect_solid = 0, expect_hatched = 0;
  for (const auto& z : lev.left.essential) expect_solid += z.view == View::kPosterior;
  for (const auto& z : lev.left.spillover) expect_hatched += z.view == View::kPosterior;
  CHECK(solid == expect_solid);
  CHECK(hatched == expect_hatched);
  CHECK(solid > 0);

  // Its mark fields are checked.
  tpm.session_id = 1;
  tpm.attributes = {{"tenderness", 14}};
  CHECK_THROWS_WITH(reg.validate_mark_attributes(tpm), Catch::Contains("tenderness") && Catch::Contains("0 to 10"));

  // The CLI command, through the registry.
  const Id session = f.add_session(f.add_client("Ada", "Ng"));
  std::ostringstream out, err;
  plugin::CliIo io{out, err, true, [&]() -> storage::Database& { return *f.db; }, reg};
  CHECK(reg.run_cli_command("tp", {"add", std::to_string(session), "--muscle", "levator_scapulae",
                                   "--side", "left", "--state", "active", "--tenderness", "6"}, io) == 0);
  out.str("");
  CHECK(reg.run_cli_command("tp", {"lookup", "--regions", "left_scapular"}, io) == 0);
  const auto j = nlohmann::json::parse(out.str());
  REQUIRE_FALSE(j["candidates"].empty());
  CHECK(j["candidates"][0]["side"] == "left");
  // Bad input is named.
  CHECK_THROWS_WITH(reg.run_cli_command("tp", {"show", "biceps_femoriss"}, io),
                    Catch::Contains("biceps_femoriss") && Catch::Contains("tp muscles"));
  CHECK(reg.run_cli_command("tp", {"lookup"}, io) == 2);
}

TEST_CASE(
    "the session analyzer ranks levator scapulae and rhomboids and scalenes for pain at the inner "
    "shoulder blade",
    "[tp]") {
  const ReferredPainAnalyzer analyzer(pack());
  plugin::SessionSubject subject;
  subject.session_id = 7;
  subject.marks = {pain_area(View::kPosterior, kLeftMedialScapula)};
  const auto a = analyzer.analyze(subject);
  std::string shown;
  for (const auto& c : a.candidates) shown += c.label + " " + std::to_string(c.score) + "; ";
  INFO(shown);
  for (const char* id : {"levator_scapulae", "rhomboids", "scalenes"}) {
    CHECK(rank_in(a, id, Side::kLeft) >= 1);
    CHECK(rank_in(a, id, Side::kLeft) <= 5);
  }
  CHECK(a.warnings.empty());
  REQUIRE_FALSE(a.candidates.empty());
  // Best first, each with its reason, labelled for the therapist.
  for (std::size_t i = 1; i < a.candidates.size(); ++i)
    CHECK(a.candidates[i - 1].score >= a.candidates[i].score - 1e-9);
  CHECK_THAT(a.candidates[0].detail, Catch::StartsWith("essential zone covers"));
  CHECK_THAT(a.candidates[rank_in(a, "levator_scapulae", Side::kLeft) - 1].label,
             Catch::Equals("Levator scapulae (left)"));
  CHECK_THAT(a.basis, Catch::Contains("1 pain mark") && Catch::Contains("Posterior"));
  // Findings: the best candidates as candidate sources, nothing else without TP marks.
  REQUIRE_FALSE(a.findings.empty());
  CHECK(a.findings.size() <= kKeptCandidates);
  for (const auto& f : a.findings) {
    CHECK(f.kind == "candidate_source");
    CHECK_FALSE(f.evidence.empty());
  }
  CHECK(a.findings[0].muscle_id == a.candidates[0].muscle_id);
}

TEST_CASE("the session analyzer puts the cardiac red flag first for left chest pain", "[tp]") {
  const ReferredPainAnalyzer analyzer(pack());
  const auto& chest = *chart::BodyChart::standard().view(View::kAnterior).find_region("left_chest");
  plugin::SessionSubject subject;
  // Region ids are not trusted: a mark being edited has none yet.
  subject.marks = {pain_area(View::kAnterior, chest.polygon),
                   pain_area(View::kPosterior, kLeftMedialScapula)};
  const auto a = analyzer.analyze(subject);
  REQUIRE(a.warnings.size() == 1);
  CHECK_THAT(a.warnings[0], Catch::Contains("Rule out cardiac causes"));
  REQUIRE_FALSE(a.findings.empty());
  CHECK(a.findings[0].kind == "red_flag");
  CHECK(rank_in(a, "pectoralis_major", Side::kLeft) >= 1);
  CHECK_THAT(a.basis, Catch::Contains("2 pain marks on 2 views"));
  // The right chest raises no flag.
  subject.marks = {pain_area(
      View::kAnterior,
      chart::BodyChart::standard().view(View::kAnterior).find_region("right_chest")->polygon)};
  CHECK(analyzer.analyze(subject).warnings.empty());
}

TEST_CASE(
    "the session analyzer without pain marks says so and keeps only the marked trigger points",
    "[tp]") {
  const ReferredPainAnalyzer analyzer(pack());
  plugin::SessionSubject subject;
  auto a = analyzer.analyze(subject);
  CHECK(a.candidates.empty());
  CHECK(a.warnings.empty());
  CHECK(a.findings.empty());
  CHECK_THAT(a.basis, Catch::StartsWith("No pain or numbness marks"));

  // A tension mark is not pain; a TP mark with a muscle is a finding.
  chart::ChartMark tension = pain_area(View::kPosterior, kLeftMedialScapula);
  tension.kind = "tension";
  const auto& lev = *pack().find("levator_scapulae");
  chart::ChartMark tp;
  tp.kind = "trigger_point";
  tp.view = lev.left.sites[0].view;
  tp.points = {lev.left.sites[0].at};
  tp.muscle_id = lev.id;
  tp.attributes = {{"state", "active"}};
  subject.marks = {tension, tp};
  a = analyzer.analyze(subject);
  CHECK(a.candidates.empty());
  CHECK_THAT(a.basis, Catch::StartsWith("No pain or numbness marks") &&
                          Catch::Contains("1 trigger point marked"));
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].kind == "trigger_point");
  CHECK(a.findings[0].what == "Active trigger point in Levator scapulae (left)");
}

TEST_CASE("the session analyzer through the host and the CLI keep the same findings", "[tp]") {
  test::DbFixture f;
  plugin::HostOptions o;
  o.database = f.db.get();
  o.search_path = {{fs::path(MYOCHART_BINARY_DIR) / "plugins", plugin::PluginOrigin::kBundled}};
  plugin::PluginHost host(o);
  host.load();
  const auto& reg = host.registry();
  const plugin::Contribution<plugin::SessionAnalyzer>* tp_analyzer = nullptr;
  for (const auto& a : reg.session_analyzers())
    if (a.plugin_id == "trigger_points") tp_analyzer = &a;
  REQUIRE(tp_analyzer != nullptr);
  CHECK(tp_analyzer->object->label() == "Referred pain");

  // A session with pain at the inner border of the left shoulder blade and a TP, saved.
  const Id session = f.add_session(f.add_client("Ada", "Ng"));
  const auto& lev = *pack().find("levator_scapulae");
  chart::ChartMark tp;
  tp.session_id = session;
  tp.kind = "trigger_point";
  tp.view = lev.left.sites[0].view;
  tp.points = {lev.left.sites[0].at};
  tp.muscle_id = lev.id;
  tp.attributes = {{"state", "latent"}, {"side", "left"}};
  storage::ChartMarks marks(*f.db);
  {
    storage::WriteTransaction tx(*f.db);
    auto pain = pain_area(View::kPosterior, kLeftMedialScapula, session);
    marks.add(tx, pain);
    marks.add(tx, tp);
    tx.commit();
  }
  plugin::SessionSubject subject;
  subject.session_id = session;
  subject.marks = marks.list_for_session(session);

  const auto all = reg.analyze(subject);
  const plugin::SessionAnalysis* mine = nullptr;
  for (const auto& [who, analysis] : all)
    if (who->plugin_id == "trigger_points") mine = &analysis;
  REQUIRE(mine != nullptr);
  CHECK(rank_in(*mine, "levator_scapulae", Side::kLeft) >= 1);
  CHECK(rank_in(*mine, "levator_scapulae", Side::kLeft) <= 3);
  for (const auto& x : mine->findings) CHECK(x.source_plugin == "trigger_points");
  const auto tps = std::count_if(mine->findings.begin(), mine->findings.end(),
                                 [](const auto& x) { return x.kind == "trigger_point"; });
  CHECK(tps == 1);

  // `tp lookup --session ID --save` keeps exactly those findings, replacing earlier ones.
  std::ostringstream out, err;
  plugin::CliIo io{out, err, false, [&]() -> storage::Database& { return *f.db; }, reg};
  for (int run = 0; run < 2; ++run)
    CHECK(reg.run_cli_command("tp", {"lookup", "--session", std::to_string(session), "--save"},
                              io) == 0);
  CHECK_THAT(out.str(), Catch::Contains("Levator scapulae (left)"));
  std::vector<plugin::Finding> kept;
  for (const auto& s : storage::SessionFindings(*f.db).list_for_session(session))
    kept.push_back(s.finding);
  CHECK(kept == mine->findings);

  // --save without a session, and a session without pain or TP marks, are refused by name.
  CHECK_THROWS_WITH(
      reg.run_cli_command("tp", {"lookup", "--regions", "left_scapular", "--save"}, io),
      Catch::Contains("--save") && Catch::Contains("--session"));
  const Id empty = f.add_session(f.add_client("Bo", "Lee"));
  CHECK_THROWS_WITH(reg.run_cli_command("tp", {"lookup", "--session", std::to_string(empty)}, io),
                    Catch::Contains("no pain or numbness marks"));
}

TEST_CASE("the session report draws the referral zones of a session's trigger points", "[tp]") {
  test::DbFixture f;
  plugin::HostOptions o;
  o.database = f.db.get();
  o.search_path = {{fs::path(MYOCHART_BINARY_DIR) / "plugins", plugin::PluginOrigin::kBundled}};
  plugin::PluginHost host(o);
  host.load();
  const Id session = f.add_session(f.add_client("Ada", "Ng"));
  const auto& ut = *pack().find("trapezius_upper");
  chart::ChartMark m;
  m.session_id = session;
  m.kind = "trigger_point";
  m.view = ut.left.sites[0].view;
  m.points = {ut.left.sites[0].at};
  m.muscle_id = ut.id;
  m.attributes = {{"state", "active"}, {"side", "left"}};
  {
    storage::WriteTransaction tx(*f.db);
    storage::ChartMarks(*f.db).add(tx, m);
    tx.commit();
  }
  // Without plugins the report has no layers; with them, the TP's view carries its zones.
  CHECK(render::load_session_report(*f.db, session).chart_overlays.empty());
  const auto data = render::load_session_report(*f.db, session, &host.registry());
  CHECK(data.chart_problems.empty());
  REQUIRE(data.chart_overlays.count(m.view) == 1);
  const auto& overlays = data.chart_overlays.at(m.view);
  std::size_t solid = 0;
  for (const auto& ov : overlays) solid += !ov.hatched;
  CHECK(solid >= 1);
  CHECK(std::all_of(overlays.begin(), overlays.end(), [](const render::Overlay& ov) {
    return ov.label.find("Upper trapezius (left)") == 0;
  }));
  const auto scenes = render::report_chart_scenes(data);
  REQUIRE_FALSE(scenes.empty());
  CHECK(scenes[0].view == m.view);
  CHECK(scenes[0].overlays.size() == overlays.size());
}
