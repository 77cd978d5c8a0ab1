// The trigger-point plugin: muscles, trigger-point sites and referral zones on the body chart
// (knowledge pack data/muscles.json), a TP mark kind, the referral overlay, suggestions, the
// reverse lookup "where it hurts -> which muscles", and the `tp` CLI command.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <set>
#include <sstream>

#include "lookup.h"
#include "myochart/plugin/registry.h"
#include "myochart/plugin/sdk.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/findings.h"
#include "myochart/storage/sessions.h"
#include "session_lookup.h"
#include "tp_layer.h"
#include "tp_pack.h"

namespace {

using namespace myochart;
using namespace myochart::tp;
using plugin::CliIo;

std::string side_word(chart::Side s) { return std::string(plugin::to_string(s)); }

nlohmann::json candidate_json(const Candidate& c) {
  return {{"muscle", c.muscle->id},     {"name", c.muscle->name}, {"side", side_word(c.side)},
          {"essential", c.essential},  {"spillover", c.spillover}, {"score", c.score},
          {"reason", c.reason}};
}

void print_lookup(const LookupResult& r, CliIo& io) {
  if (io.json) {
    nlohmann::json j{{"red_flags", nlohmann::json::array()}, {"candidates", nlohmann::json::array()}};
    for (const auto& f : r.red_flags) j["red_flags"].push_back({{"id", f.id}, {"message", f.message}, {"regions", f.regions}});
    for (const auto& c : r.candidates) j["candidates"].push_back(candidate_json(c));
    io.out << j.dump(2) << "\n";
    return;
  }
  for (const auto& f : r.red_flags) io.out << "RED FLAG: " << f.message << "\n";
  if (!r.red_flags.empty()) io.out << "\n";
  if (r.candidates.empty()) io.out << "no muscle's referral zones cover the drawn pain\n";
  int rank = 0;
  for (const auto& c : r.candidates)
    io.out << ++rank << ". " << c.muscle->label(c.side) << " [" << c.muscle->id << "]: " << c.reason << "\n";
}

class TpCommand final : public plugin::CliCommand {
 public:
  explicit TpCommand(const Pack& pack) : pack_(pack) {}
  std::string name() const override { return "tp"; }
  std::string summary() const override {
    return "Trigger points: muscles, show, lookup (where it hurts -> which muscles), add";
  }

  int run(const std::vector<std::string>& args, CliIo& io) const override {
    CLI::App app{"Trigger points", "myochart-cli tp"};
    app.require_subcommand(1);
    std::string region, muscle, regions, area, side, site, state, note;
    long long session = 0;
    bool save = false, twitch = false, reproduces = false;
    int tenderness = -1;

    auto* muscles = app.add_subcommand("muscles", "List the muscles of the knowledge pack");
    muscles->add_option("--region", region, "Only this body region (e.g. neck_shoulder)");
    auto* show = app.add_subcommand("show", "One muscle: sites, referral, factors, self-care");
    show->add_option("muscle", muscle, "Muscle id")->required();
    auto* look = app.add_subcommand("lookup", "Rank the muscles that may refer the pain drawn");
    auto* src = look->add_option_group("source", "where the pain is");
    src->add_option("--session", session, "The pain and numbness marks of this session");
    src->add_option("--regions", regions, "Comma-separated region ids (see `db regions`)");
    src->add_option("--area", area, "VIEW:x,y x,y x,y ... a drawn area in chart coordinates");
    src->require_option(1);
    look->add_flag("--save", save, "Keep the findings with the session (needs --session)");
    auto* add = app.add_subcommand("add", "Mark a trigger point on a session's chart");
    add->add_option("session", session, "Session id")->required();
    add->add_option("--muscle", muscle, "Muscle id (see `tp muscles`)")->required();
    add->add_option("--side", side, "left or right")->check(CLI::IsMember({"left", "right"}));
    add->add_option("--site", site, "Trigger-point site id (tp1, tp2...; default the first)");
    add->add_option("--state", state, "active or latent")->check(CLI::IsMember({"active", "latent"}));
    add->add_option("--tenderness", tenderness, "0-10")->check(CLI::Range(0, 10));
    add->add_flag("--twitch", twitch, "A local twitch response was seen");
    add->add_flag("--reproduces-pain", reproduces, "Pressure reproduces the familiar pain");
    add->add_option("--note", note, "Note");

    std::vector<std::string> argv_words{"tp"};
    argv_words.insert(argv_words.end(), args.begin(), args.end());
    std::vector<const char*> argv;
    for (auto it = argv_words.rbegin(); it != argv_words.rend(); ++it) argv.push_back(it->c_str());
    try {
      std::vector<std::string> reversed(argv_words.rbegin(), argv_words.rend() - 1);
      app.parse(reversed);
    } catch (const CLI::ParseError& e) {
      if (e.get_exit_code() == 0) {
        io.out << app.help();
        return 0;
      }
      io.err << "myochart-cli: tp: " << e.what() << "\n";
      return 2;
    }

    if (muscles->parsed()) return list(region, io);
    if (show->parsed()) return show_muscle(require_muscle(muscle), io);
    if (look->parsed()) {
      if (save && session <= 0)
        throw ValidationError("--save", "needs --session", "--session ID --save");
      if (session > 0) return look_up_session(session, save, io);
      if (!regions.empty()) {
        std::vector<std::string> ids;
        std::stringstream ss(regions);
        for (std::string id; std::getline(ss, id, ',');)
          if (!id.empty()) ids.push_back(id);
        print_lookup(lookup(pack_, query_from_regions(ids)), io);
      } else {
        print_lookup(lookup(pack_, area_query(area)), io);
      }
      return 0;
    }
    if (add->parsed()) return add_tp(session, require_muscle(muscle), side, site, state, tenderness,
                                     twitch, reproduces, note, io);
    return 2;
  }

 private:
  const Muscle& require_muscle(const std::string& id) const {
    if (const auto* m = pack_.find(id)) return *m;
    throw ValidationError("muscle", "\"" + id + "\" is not in the trigger-point pack",
                          "an id listed by `myochart-cli tp muscles`");
  }

  // The session's marks through the same code as the desktop app's "Referred pain" page
  // (session_lookup.h); --save keeps its findings, replacing this plugin's earlier ones.
  int look_up_session(long long session, bool save, CliIo& io) const {
    auto& db = io.db();
    storage::Sessions(db).get(session);  // NotFoundError names a missing session
    const auto work = tp::look_up_session(pack_, storage::ChartMarks(db).list_for_session(session));
    if (work.query.shapes.empty() && !(save && !work.analysis.findings.empty()))
      throw ValidationError("session", std::to_string(session) + " has no pain or numbness marks",
                            "a session whose chart shows where it hurts");
    if (!work.query.shapes.empty()) print_lookup(work.result, io);
    if (!save) return 0;
    auto findings = work.analysis.findings;
    for (auto& f : findings) f.source_plugin = "trigger_points";
    storage::WriteTransaction tx(db);
    storage::SessionFindings(db).replace(tx, session, "trigger_points", findings);
    tx.commit();
    if (!io.json)
      io.out << "saved " << findings.size() << " findings with session " << session << "\n";
    return 0;
  }

  static PainQuery area_query(const std::string& text) {
    const auto colon = text.find(':');
    const auto view = chart::view_from_string(text.substr(0, colon));
    if (colon == std::string::npos || !view)
      throw ValidationError("--area", "does not start with a view",
                            "VIEW:x,y x,y x,y with VIEW anterior, posterior, left_lateral or right_lateral");
    PainQuery q;
    std::vector<chart::Point> pts;
    std::stringstream ss(text.substr(colon + 1));
    for (std::string pair; ss >> pair;) {
      const auto comma = pair.find(',');
      try {
        if (comma == std::string::npos) throw std::invalid_argument(pair);
        pts.push_back({std::stod(pair.substr(0, comma)), std::stod(pair.substr(comma + 1))});
      } catch (const std::exception&) {
        throw ValidationError("--area", "\"" + pair + "\" is not a point", "x,y with numbers from 0 to 1");
      }
    }
    if (!chart::is_valid_area(pts))
      throw ValidationError("--area", "is not an area", "3 or more points from 0 to 1 enclosing an area");
    q.shapes.push_back({*view, chart::MarkShape::kArea, pts});
    q.region_ids = chart::BodyChart::standard().view(*view).regions_for(chart::MarkShape::kArea, pts);
    return q;
  }

  int list(const std::string& region, CliIo& io) const {
    nlohmann::json j = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& m : pack_.muscles()) {
      if (!region.empty() && m.region != region) continue;
      j.push_back({{"id", m.id}, {"name", m.name}, {"region", m.region}, {"sites", m.left.sites.size()}});
      text << m.id << "\t" << m.name << "\t" << m.region << "\n";
    }
    if (j.empty() && !region.empty())
      throw ValidationError("--region", "\"" + region + "\" has no muscles",
                            "head_jaw, neck, neck_shoulder, shoulder, upper_back, chest, arm, forearm_hand, "
                            "trunk_low_back, abdomen, hip, thigh, leg_foot");
    io.out << (io.json ? j.dump(2) + "\n" : text.str());
    return 0;
  }

  int show_muscle(const Muscle& m, CliIo& io) const {
    nlohmann::json sites = nlohmann::json::array();
    for (const auto& s : m.left.sites)
      sites.push_back({{"id", s.id}, {"label", s.label}, {"view", chart::to_string(s.view)}, {"at", {s.at.x, s.at.y}}});
    auto views = [](const std::vector<Zone>& zs) {
      std::set<std::string> v;
      for (const auto& z : zs) v.insert(std::string(chart::to_string(z.view)));
      return std::vector<std::string>(v.begin(), v.end());
    };
    nlohmann::json j{{"id", m.id}, {"name", m.name}, {"latin", m.latin}, {"region", m.region},
                     {"bilateral", m.bilateral}, {"trigger_points", sites},
                     {"essential_zone_views", views(m.left.essential)},
                     {"spillover_zone_views", views(m.left.spillover)},
                     {"symptoms", m.symptoms}, {"activating_factors", m.activating_factors},
                     {"perpetuating_factors", m.perpetuating_factors},
                     {"related_dysfunctions", m.related_dysfunctions}, {"exercises", m.exercises},
                     {"source", {{"kind", m.source_kind}, {"refs", m.source_refs}, {"note", m.source_note}}}};
    if (io.json) {
      io.out << j.dump(2) << "\n";
      return 0;
    }
    auto list = [&](const char* title, const std::vector<std::string>& items) {
      if (items.empty()) return;
      io.out << title << ":\n";
      for (const auto& i : items) io.out << "  - " << i << "\n";
    };
    io.out << m.name << " (" << m.latin << ") [" << m.id << "], " << m.region << "\n";
    io.out << "Trigger points (left side shown; the right mirrors it):\n";
    for (const auto& s : m.left.sites) io.out << "  " << s.id << " (" << chart::to_string(s.view) << "): " << s.label << "\n";
    list("Symptoms", m.symptoms);
    list("Activating factors", m.activating_factors);
    list("Perpetuating factors", m.perpetuating_factors);
    list("Related postural dysfunctions", m.related_dysfunctions);
    list("Self-care exercises", m.exercises);
    io.out << "Source: " << m.source_kind;
    for (const auto& r : m.source_refs) io.out << "; " << pack_.sources().at(r);
    io.out << "\n";
    if (!m.source_note.empty()) io.out << "Note: " << m.source_note << "\n";
    return 0;
  }

  int add_tp(long long session, const Muscle& m, const std::string& side_text, const std::string& site_id,
             const std::string& state, int tenderness, bool twitch, bool reproduces,
             const std::string& note, CliIo& io) const {
    const chart::Side side = !m.bilateral ? chart::Side::kNone
                             : side_text == "right" ? chart::Side::kRight
                                                    : chart::Side::kLeft;
    if (m.bilateral && side_text.empty())
      throw ValidationError("--side", "is required for a muscle on both sides", "left or right");
    const auto& g = m.side(side == chart::Side::kNone ? chart::Side::kLeft : side);
    const Site* site = nullptr;
    for (const auto& s : g.sites)
      if (site_id.empty() ? true : s.id == site_id) {
        site = &s;
        break;
      }
    if (!site) {
      std::string ids;
      for (const auto& s : g.sites) ids += (ids.empty() ? "" : ", ") + s.id;
      throw ValidationError("--site", "\"" + site_id + "\" is not a site of " + m.id, ids);
    }
    chart::ChartMark mark;
    mark.session_id = session;
    mark.view = site->view;
    mark.shape = chart::MarkShape::kPoint;
    mark.points = {site->at};
    mark.kind = "trigger_point";
    mark.intensity = tenderness >= 0 ? tenderness : 5;
    mark.muscle_id = m.id;
    mark.note = note;
    mark.attributes = {{"site", site->id}};
    if (side != chart::Side::kNone) mark.attributes["side"] = side_word(side);
    if (!state.empty()) mark.attributes["state"] = state;
    if (tenderness >= 0) mark.attributes["tenderness"] = tenderness;
    if (twitch) mark.attributes["twitch"] = true;
    if (reproduces) mark.attributes["reproduces_pain"] = true;
    io.registry.validate_mark_attributes(mark);
    auto& db = io.db();
    storage::ChartMarks marks(db);
    storage::WriteTransaction tx(db);
    marks.add(tx, mark);
    tx.commit();
    if (io.json)
      io.out << nlohmann::json{{"id", mark.id}, {"view", chart::to_string(mark.view)}, {"muscle", m.id},
                               {"side", side_word(side)}, {"site", site->id}, {"regions", mark.region_ids}}
                    .dump(2)
             << "\n";
    else
      io.out << "trigger point " << mark.id << ": " << m.label(side) << " " << site->id << " on the "
             << chart::to_string(mark.view) << " chart\n";
    return 0;
  }

  const Pack& pack_;
};

class TriggerPointsPlugin final : public plugin::Plugin {
 public:
  plugin::PluginInfo info() const override {
    return {"trigger_points", "Trigger points", "1.0.0", "MyoChart developers",
            "Trigger-point sites and referral zones of 60 muscles on the body chart; the "
            "referral overlay; \"where it hurts -> which muscles\" with red flags."};
  }
  void register_contributions(plugin::Registrar& r) override {
    const auto file = r.context().data_dir() / "muscles.json";
    const auto& doc = r.add_knowledge_pack({"muscles", file, "trigger-point-pack.schema.json"});
    pack_ = std::make_unique<Pack>(Pack::from_json(doc, file.string()));
    plugin::MarkKindSpec kind;
    kind.id = "trigger_point";  // the built-in kind, with the fields a TP carries
    kind.fields = mark_fields();
    r.add_mark_kind(std::move(kind));
    r.add_chart_layer(std::make_shared<Layer>(*pack_));
    r.add_cli_command(std::make_shared<TpCommand>(*pack_));
    r.add_session_analyzer(std::make_shared<ReferredPainAnalyzer>(*pack_));
  }

 private:
  // Outlives every contribution: the host destroys contributions before the plugin object.
  std::unique_ptr<Pack> pack_;
};

}  // namespace

MYOCHART_PLUGIN(TriggerPointsPlugin)
