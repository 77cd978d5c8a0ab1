// mark add/list/remove.
#include <memory>
#include <sstream>

#include "cli_context.h"
#include "myochart/errors.h"
#include "myochart/io/record_json.h"
#include "myochart/storage/chart_marks.h"

namespace myochart::cli {

namespace {
template <typename Range>
std::vector<std::string> ids_of(const Range& r) {
  std::vector<std::string> ids;
  for (const auto& k : r) ids.emplace_back(k.id);
  return ids;
}

std::vector<std::string> view_ids() {
  std::vector<std::string> ids;
  for (auto v : chart::kAllViews) ids.emplace_back(chart::to_string(v));
  return ids;
}
}  // namespace

void add_mark_commands(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("mark", "Body-chart marks of a session")->require_subcommand(1);
  {
    struct Args {
      Id session = 0;
      std::string view, kind = "pain", point, area, stroke, quality, muscle, note, attributes;
      int intensity = 5;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = group->add_subcommand("add", "Draw a mark: a point, an area or a stroke");
    cmd->add_option("session", a->session, "Session id")->required();
    cmd->add_option("--view", a->view, "Chart view")->required()->check(CLI::IsMember(view_ids()));
    cmd->add_option("--kind", a->kind, "Mark kind")
        ->check(CLI::IsMember(ids_of(chart::mark_kinds())));
    auto* point = cmd->add_option("--point", a->point, "x,y (0-1 across, 0-1 down)");
    auto* area = cmd->add_option("--area", a->area, "Outline \"x,y x,y x,y ...\"");
    auto* stroke = cmd->add_option("--stroke", a->stroke, "Line \"x,y x,y ...\"");
    point->excludes(area)->excludes(stroke);
    area->excludes(stroke);
    cmd->add_option("--intensity", a->intensity, "0-10")->check(CLI::Range(0, 10));
    cmd->add_option("--quality", a->quality, "Pain quality")
        ->check(CLI::IsMember(ids_of(chart::pain_qualities())));
    cmd->add_option("--muscle", a->muscle, "Muscle id (from a knowledge pack)");
    cmd->add_option("--note", a->note, "Note, or @FILE");
    cmd->add_option("--attributes", a->attributes, "Kind-specific fields as a JSON object");
    cmd->callback([&ctx, a] {
      chart::ChartMark m;
      m.session_id = a->session;
      m.view = *chart::view_from_string(a->view);
      if (!a->point.empty()) {
        m.shape = chart::MarkShape::kPoint;
        m.points = parse_points_option("point", a->point);
      } else if (!a->area.empty()) {
        m.shape = chart::MarkShape::kArea;
        m.points = parse_points_option("area", a->area);
      } else if (!a->stroke.empty()) {
        m.shape = chart::MarkShape::kStroke;
        m.points = parse_points_option("stroke", a->stroke);
      } else {
        throw ValidationError("point", "is missing", "one of --point, --area or --stroke");
      }
      m.kind = a->kind;
      m.intensity = a->intensity;
      m.quality = a->quality;
      m.muscle_id = a->muscle;
      m.note = text_option(a->note);
      if (!a->attributes.empty()) {
        m.attributes = nlohmann::json::parse(a->attributes, nullptr, false);
        if (m.attributes.is_discarded() || !m.attributes.is_object())
          throw ValidationError("attributes", "is not a JSON object", "{\"name\": value, ...}");
      }
      auto& db = ctx.db();
      storage::ChartMarks marks(db);
      storage::WriteTransaction tx(db);
      marks.add(tx, m);
      tx.commit();
      std::string regions;
      for (const auto& r : m.region_ids) regions += (regions.empty() ? "" : ", ") + r;
      ctx.print({{"id", m.id}, {"row_version", m.row_version}, {"region_ids", m.region_ids}},
                "Added mark " + std::to_string(m.id) + (regions.empty() ? "" : " on " + regions));
    });
  }
  {
    auto session = std::make_shared<Id>(0);
    auto view = std::make_shared<std::string>();
    auto* cmd = group->add_subcommand("list", "List a session's marks");
    cmd->add_option("session", *session, "Session id")->required();
    cmd->add_option("--view", *view, "Only this view")->check(CLI::IsMember(view_ids()));
    cmd->callback([&ctx, session, view] {
      auto& db = ctx.db();
      std::optional<chart::View> v;
      if (!view->empty()) v = chart::view_from_string(*view);
      const auto marks = storage::ChartMarks(db).list_for_session(*session, v);
      std::ostringstream text;
      for (const auto& m : marks) {
        text << m.id << "\t" << chart::to_string(m.view) << "\t" << m.kind << "\t"
             << chart::to_string(m.shape) << "\tintensity " << m.intensity;
        if (!m.quality.empty()) text << "\t" << m.quality;
        if (!m.muscle_id.empty()) text << "\tmuscle " << m.muscle_id;
        text << "\t";
        for (std::size_t i = 0; i < m.region_ids.size(); ++i)
          text << (i ? "," : "") << m.region_ids[i];
        text << "\n";
      }
      ctx.print(nlohmann::json(marks), text.str());
    });
  }
  {
    auto id = std::make_shared<Id>(0);
    auto* cmd = group->add_subcommand("remove", "Remove a mark from a draft session");
    cmd->add_option("id", *id, "Mark id")->required();
    cmd->callback([&ctx, id] {
      auto& db = ctx.db();
      storage::ChartMarks marks(db);
      storage::WriteTransaction tx(db);
      const auto m = marks.find(*id);
      if (!m) throw NotFoundError("chart mark", *id);
      marks.remove(tx, *id, m->row_version);
      tx.commit();
      ctx.print({{"id", *id}, {"removed", true}}, "Removed mark " + std::to_string(*id));
    });
  }
}

}  // namespace myochart::cli
