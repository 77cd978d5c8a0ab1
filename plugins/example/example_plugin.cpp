// The example plugin of docs/plugins.md: one of each contribution, small enough to read in one
// sitting. It lets a therapist tag sessions ("desk work", "runner"), shows a pin mark kind with
// a highlight ring, asks two sleep questions, and prints a one-page advice sheet.
//
// Built by the tests and loaded from MYOCHART_PLUGIN_PATH; not installed.
#include <cmath>
#include <fstream>
#include <memory>
#include <sstream>

#include "myochart/plugin/sdk.h"
#include "myochart/storage/transaction.h"

#include <soci/soci.h>

namespace {

using namespace myochart;
using namespace myochart::plugin;

// Chart layer: a ring round each "example_pin" mark, and a suggestion naming the region.
class PinLayer final : public ChartLayer {
 public:
  std::string id() const override { return "example_pins"; }
  std::string label() const override { return "Example pins"; }
  std::vector<render::Overlay> overlays(const LayerQuery& q) const override {
    std::vector<render::Overlay> out;
    for (const auto& m : q.marks) {
      if (m.kind != "example_pin" || m.view != q.view || m.points.empty()) continue;
      const auto c = m.points.front();
      render::Overlay o;
      for (int i = 0; i < 12; ++i) {
        const double a = i * 3.14159265358979 / 6;
        o.polygon.push_back({c.x + 0.03 * std::cos(a), c.y + 0.015 * std::sin(a)});
      }
      o.r = 0.1, o.g = 0.5, o.b = 0.9;
      o.fill_alpha = 0.2;
      o.label = "Pinned";
      out.push_back(std::move(o));
    }
    return out;
  }
  std::vector<Suggestion> suggest(chart::View view, chart::MarkShape shape,
                                  const std::vector<chart::Point>& points) const override {
    std::vector<Suggestion> out;
    for (const auto& region : chart::BodyChart::standard().view(view).regions_for(shape, points)) {
      Suggestion s;
      s.label = "Pin on " + chart::BodyChart::standard().region_label(region);
      s.score = 0.1;
      out.push_back(std::move(s));
    }
    return out;
  }
};

// Assessment form: two sleep questions -> an observation finding.
class SleepForm final : public AssessmentForm {
 public:
  SleepForm() {
    def_.id = "sleep";
    def_.title = "Sleep";
    def_.description = "How the client sleeps";
    FormField hours{.id = "hours", .label = "Hours of sleep", .type = FieldType::kNumber,
                    .help = "On an ordinary night", .unit = "h", .min = 0, .max = 24};
    FormField position{.id = "position", .label = "Position", .type = FieldType::kChoice,
                       .options = {{"back", "Back"}, {"side", "Side"}, {"front", "Front"}},
                       .required = true};
    def_.sections.push_back({.id = "sleep", .title = "Sleep", .fields = {hours, position}});
  }
  const FormDefinition& definition() const override { return def_; }
  std::vector<Finding> evaluate(const Answers& a) const override {
    std::vector<Finding> out;
    if (a.value("position", "") == "front") {
      Finding f;
      f.kind = "observation";
      f.subject = "sleep_front";
      f.what = "Sleeps face down";
      f.evidence = "answer: position = front";
      f.confidence = 0.9;
      out.push_back(f);
    }
    if (a.contains("hours") && a["hours"].is_number() && a["hours"].get<double>() < 6) {
      Finding f;
      f.kind = "observation";
      f.subject = "short_sleep";
      f.what = "Short sleep";
      f.evidence = "answer: hours = " + a["hours"].dump();
      f.confidence = 0.8;
      out.push_back(f);
    }
    return out;
  }

 private:
  FormDefinition def_;
};

// Handout composer: findings -> a plan (a list of lines) -> a one-page document.
class AdviceComposer final : public HandoutComposer {
 public:
  explicit AdviceComposer(const nlohmann::json& tags) : tags_(tags) {}
  std::string id() const override { return "example_advice"; }
  std::string label() const override { return "Example advice sheet"; }
  nlohmann::json propose(const HandoutRequest& r) const override {
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& f : r.findings) lines.push_back(f.what);
    for (const auto& t : tags_["tags"]) lines.push_back(t["advice"]);
    return {{"title", "Advice for home"}, {"lines", lines}};
  }
  void validate_plan(const nlohmann::json& plan) const override {
    if (!plan.is_object() || !plan.contains("title") || !plan["title"].is_string())
      throw ValidationError("plan.title", "is missing", "a title");
    if (!plan.contains("lines") || !plan["lines"].is_array())
      throw ValidationError("plan.lines", "is missing", "a list of lines");
  }
  doc::Document render(const nlohmann::json& plan, const HandoutContext& c) const override {
    doc::Document d;
    d.title = plan["title"].get<std::string>();
    d.page = c.page;
    d.decor.header_left = c.clinic_name;
    d.decor.header_right = c.client_name + " · " + c.date;
    d.blocks.push_back(doc::Heading{d.title, 1});
    doc::Bullets b;
    for (const auto& l : plan["lines"]) b.items.push_back(l.get<std::string>());
    d.blocks.push_back(std::move(b));
    return d;
  }

 private:
  const nlohmann::json& tags_;
};

// CLI: `myochart-cli example-tags add SESSION TAG` and `... list SESSION`, in its own table.
class TagsCommand final : public CliCommand {
 public:
  explicit TagsCommand(const nlohmann::json& tags) : tags_(tags) {}
  std::string name() const override { return "example-tags"; }
  std::string summary() const override { return "Tag sessions (example plugin): add SESSION TAG | list SESSION"; }
  int run(const std::vector<std::string>& args, CliIo& io) const override {
    if (args.size() == 3 && args[0] == "add") {
      const long long session = parse_session(args[1]);
      if (!known(args[2])) throw ValidationError("tag", "\"" + args[2] + "\" is not a tag", known_list());
      auto& db = io.db();
      storage::WriteTransaction tx(db);
      db.sql() << "INSERT INTO example_session_tags (session_id, tag) VALUES (:s, :t)",
          soci::use(session), soci::use(args[2]);
      tx.commit();
      io.out << "tagged session " << session << " " << args[2] << "\n";
      return 0;
    }
    if (args.size() == 2 && args[0] == "list") {
      const long long session = parse_session(args[1]);
      soci::rowset<std::string> rows =
          (io.db().sql().prepare << "SELECT tag FROM example_session_tags WHERE session_id = :s ORDER BY tag",
           soci::use(session));
      for (const auto& t : rows) io.out << t << "\n";
      return 0;
    }
    io.err << "usage: example-tags add SESSION TAG | example-tags list SESSION\n";
    return 2;
  }

 private:
  static long long parse_session(const std::string& s) {
    try {
      std::size_t used = 0;
      const long long v = std::stoll(s, &used);
      if (used == s.size() && v > 0) return v;
    } catch (const std::exception&) {
    }
    throw ValidationError("SESSION", "\"" + s + "\" is not a session id", "a positive number");
  }
  bool known(const std::string& tag) const {
    for (const auto& t : tags_["tags"])
      if (t["id"] == tag) return true;
    return false;
  }
  std::string known_list() const {
    std::string s;
    for (const auto& t : tags_["tags"]) s += (s.empty() ? "" : ", ") + t["id"].get<std::string>();
    return s;
  }
  const nlohmann::json& tags_;
};

class ExamplePlugin final : public Plugin {
 public:
  PluginInfo info() const override {
    return {"example", "Example: session tags", "1.0.0", "MyoChart developers",
            "The plugin docs/plugins.md walks through: one contribution of each kind."};
  }
  void register_contributions(Registrar& r) override {
    const auto dir = r.context().data_dir();
    std::ifstream schema_file(dir / "tags.schema.json");
    const auto schema = nlohmann::json::parse(schema_file, nullptr, false);
    const nlohmann::json& tags =
        r.add_knowledge_pack({"tags", dir / "tags.json", "", schema});  // validated by the host

    MarkKindSpec pin;
    pin.id = "example_pin";
    pin.label = "Pin (example)";
    pin.r = 0.1, pin.g = 0.5, pin.b = 0.9;
    pin.symbol = chart::MarkSymbol::kDiamond;
    pin.fields.push_back({.id = "tag", .label = "Tag", .type = FieldType::kText,
                          .help = "What the pin is about"});
    r.add_mark_kind(std::move(pin));
    r.add_chart_layer(std::make_shared<PinLayer>());
    r.add_assessment_form(std::make_shared<SleepForm>());
    r.add_handout_composer(std::make_shared<AdviceComposer>(tags));
    r.add_migration({1, "session tags",
                     "CREATE TABLE example_session_tags (session_id INTEGER NOT NULL REFERENCES "
                     "sessions (id) ON DELETE CASCADE, tag TEXT NOT NULL, PRIMARY KEY (session_id, tag));",
                     ""});
    r.add_migration({2, "tags by name",
                     "CREATE INDEX example_session_tags_by_tag ON example_session_tags (tag);", ""});
    r.add_cli_command(std::make_shared<TagsCommand>(tags));
  }
};

}  // namespace

MYOCHART_PLUGIN(ExamplePlugin)
