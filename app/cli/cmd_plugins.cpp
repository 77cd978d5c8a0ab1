// plugins list|info|enable|disable, and running commands that plugins contribute.
#include <iostream>
#include <sstream>

#include "cli_context.h"
#include "myochart/errors.h"

namespace myochart::cli {

namespace {

nlohmann::json record_json(const plugin::PluginRecord& r) {
  nlohmann::json j{{"id", r.id},
                   {"file", r.file.string()},
                   {"origin", plugin::to_string(r.origin)},
                   {"state", plugin::to_string(r.state)},
                   {"enabled", r.enabled},
                   {"reason", r.reason}};
  if (!r.name.empty()) {
    j["name"] = r.name;
    j["version"] = r.version;
    j["author"] = r.author;
    j["description"] = r.description;
    j["api_version"] = r.api_version;
    j["contributions"] = r.contributions;
  }
  return j;
}

const plugin::PluginRecord& find_record(plugin::PluginHost& host, const std::string& id) {
  const auto* r = host.find(id);
  if (!r)
    throw ValidationError("plugin", "\"" + id + "\" was not found",
                          "an id shown by `myochart-cli plugins list`");
  return *r;
}

}  // namespace

void add_plugin_commands(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("plugins", "Plugins: what was found, what runs, and why not")
                    ->require_subcommand(1);
  {
    auto* cmd = group->add_subcommand("list", "Every plugin found, with its state and reason");
    cmd->callback([&ctx] {
      auto& host = ctx.plugins();
      nlohmann::json j = nlohmann::json::array();
      std::ostringstream text;
      for (const auto& r : host.plugins()) {
        j.push_back(record_json(r));
        text << r.id << "\t" << plugin::to_string(r.state);
        if (!r.version.empty()) text << "\t" << r.name << " " << r.version;
        text << "\t" << plugin::to_string(r.origin);
        if (!r.reason.empty()) text << "\t" << r.reason;
        text << "\n";
      }
      if (host.plugins().empty()) text << "no plugins found\n";
      ctx.print(j, text.str());
    });
  }
  {
    auto id = std::make_shared<std::string>();
    auto* cmd = group->add_subcommand("info", "One plugin in full: file, state, contributions");
    cmd->add_option("id", *id, "Plugin id")->required();
    cmd->callback([&ctx, id] {
      auto& host = ctx.plugins();
      const auto& r = find_record(host, *id);
      std::ostringstream text;
      text << "id:       " << r.id << "\n"
           << "file:     " << r.file.string() << "\n"
           << "origin:   " << plugin::to_string(r.origin) << "\n"
           << "state:    " << plugin::to_string(r.state) << "\n";
      if (!r.reason.empty()) text << "reason:   " << r.reason << "\n";
      if (!r.name.empty()) {
        text << "name:     " << r.name << "\n"
             << "version:  " << r.version << " (plugin API " << r.api_version << ")\n"
             << "author:   " << r.author << "\n"
             << "about:    " << r.description << "\n";
        for (const auto& c : r.contributions) text << "provides: " << c << "\n";
      }
      ctx.print(record_json(r), text.str());
    });
  }
  for (const bool enable : {true, false}) {
    auto id = std::make_shared<std::string>();
    auto* cmd = group->add_subcommand(enable ? "enable" : "disable",
                                      enable ? "Enable a plugin (from the next start)"
                                             : "Disable a plugin (from the next start)");
    cmd->add_option("id", *id, "Plugin id")->required();
    cmd->callback([&ctx, id, enable] {
      auto& host = ctx.plugins_found();
      host.set_enabled(*id, enable);
      ctx.print({{"id", *id}, {"enabled", enable}},
                "plugin " + *id + (enable ? " enabled" : " disabled") +
                    "; this takes effect the next time MyoChart starts");
    });
  }
}

std::optional<int> run_plugin_command(Context& ctx, const std::string& word,
                                      const std::vector<std::string>& args) {
  auto& host = ctx.plugins();
  if (!host.registry().cli_command(word)) return std::nullopt;
  plugin::CliIo io{std::cout, std::cerr, ctx.json, [&ctx]() -> storage::Database& { return ctx.db(); },
                   host.registry()};
  return host.registry().run_cli_command(word, args, io);
}

}  // namespace myochart::cli
