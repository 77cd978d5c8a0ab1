// db check, db regions.
#include <memory>
#include <sstream>

#include "cli_context.h"
#include "myochart/chart/body_chart.h"
#include "myochart/errors.h"

namespace myochart::cli {

void add_db_commands(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("db", "The database file")->require_subcommand(1);
  {
    auto* cmd = group->add_subcommand("check", "Check integrity and schema version");
    cmd->callback([&ctx] {
      auto& db = ctx.db();
      const auto report = db.check();
      nlohmann::json j = {{"database", db.file().string()},
                          {"schema_version", report.schema_version},
                          {"latest_schema_version", report.latest_schema_version},
                          {"problems", report.problems},
                          {"ok", report.ok()}};
      std::string text = db.file().string() + ": schema version " +
                         std::to_string(report.schema_version) + " of " +
                         std::to_string(report.latest_schema_version) + "; ";
      text += report.problems.empty() ? "integrity ok"
                                      : std::to_string(report.problems.size()) + " problems:";
      for (const auto& p : report.problems) text += "\n  " + p;
      ctx.print(j, text);
      if (!report.ok()) throw Error("the database check found problems");
    });
  }
  {
    auto view = std::make_shared<std::string>();
    auto* cmd = group->add_subcommand("regions", "List the body-chart regions (ids for --region)");
    std::vector<std::string> views;
    for (auto v : chart::kAllViews) views.emplace_back(chart::to_string(v));
    cmd->add_option("--view", *view, "Only this view")->check(CLI::IsMember(views));
    cmd->callback([&ctx, view] {
      const auto& chart = chart::BodyChart::standard();
      nlohmann::json j = nlohmann::json::array();
      std::ostringstream text;
      for (auto v : chart::kAllViews) {
        if (!view->empty() && chart::to_string(v) != *view) continue;
        for (const auto& r : chart.view(v).regions()) {
          j.push_back({{"view", chart::to_string(v)}, {"id", r.id}, {"label", r.label}});
          text << chart::to_string(v) << "\t" << r.id << "\t" << r.label << "\n";
        }
      }
      ctx.print(j, text.str());
    });
  }
}

}  // namespace myochart::cli
