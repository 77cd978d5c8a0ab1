#include "cli_context.h"

#include <charconv>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "myochart/errors.h"
#include "myochart/paths.h"

namespace myochart::cli {

std::filesystem::path Context::resolved_db_path() const {
  return db_path.empty() ? paths::default_database() : std::filesystem::path(db_path);
}

storage::Database& Context::db(storage::OpenMode mode) {
  if (!db_) {
    const auto path = resolved_db_path();
    if (mode == storage::OpenMode::kExisting && !std::filesystem::exists(path))
      throw Error("there is no MyoChart database at " + path.string() +
                  " (create one with `myochart-cli init`, or name one with --db)");
    db_ = storage::Database::open_sqlite(path, mode);
  }
  return *db_;
}

plugin::PluginHost& Context::plugins_found() {
  if (!plugins_) {
    plugin::HostOptions options;
    options.database = &db();
    options.reserved_commands = reserved_commands;
    plugins_ = std::make_unique<plugin::PluginHost>(std::move(options));
    plugins_->discover_only();
    for (const auto& notice : plugins_->notices()) std::cerr << "myochart-cli: notice: " << notice << "\n";
  }
  return *plugins_;
}

plugin::PluginHost& Context::plugins() {
  if (!plugins_) {
    plugin::HostOptions options;
    options.database = &db();
    options.reserved_commands = reserved_commands;
    plugins_ = std::make_unique<plugin::PluginHost>(std::move(options));
    plugins_->load();
    for (const auto& notice : plugins_->notices()) std::cerr << "myochart-cli: notice: " << notice << "\n";
  }
  return *plugins_;
}

void Context::print(const nlohmann::json& j, const std::string& text) const {
  if (json)
    print_json(j);
  else
    std::cout << text << (text.empty() || text.back() == '\n' ? "" : "\n");
}

void Context::print_json(const nlohmann::json& j) const {
  std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::strict) << "\n";
}

Date parse_date_option(const std::string& field, const std::string& value) {
  auto d = parse_date(value);
  if (!d) throw ValidationError(field, "is not a calendar date", "YYYY-MM-DD, e.g. 1985-04-23");
  return *d;
}

std::optional<Date> parse_optional_date_option(const std::string& field, const std::string& value) {
  if (value.empty()) return std::nullopt;
  return parse_date_option(field, value);
}

Timestamp parse_time_option(const std::string& field, const std::string& value) {
  auto t = parse_timestamp(value);
  if (!t)
    throw ValidationError(field, "is not a date and time",
                          "\"YYYY-MM-DD HH:MM\" (local time) or YYYY-MM-DDTHH:MM:SSZ");
  return *t;
}

std::vector<chart::Point> parse_points_option(const std::string& field, const std::string& value) {
  std::vector<chart::Point> points;
  std::istringstream in(value);
  std::string pair;
  const char* accepted = "points as x,y pairs separated by spaces, 0 <= x,y <= 1 (\"0.42,0.31\")";
  while (in >> pair) {
    const auto comma = pair.find(',');
    if (comma == std::string::npos)
      throw ValidationError(field, "has a point without a comma", accepted);
    chart::Point p;
    auto parse = [&](std::string_view s, double& out) {
      auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
      if (ec != std::errc{} || ptr != s.data() + s.size())
        throw ValidationError(field, "has a coordinate that is not a number", accepted);
    };
    parse(std::string_view(pair).substr(0, comma), p.x);
    parse(std::string_view(pair).substr(comma + 1), p.y);
    points.push_back(p);
  }
  if (points.empty()) throw ValidationError(field, "is empty", accepted);
  return points;
}

std::string text_option(const std::string& value) {
  if (value.size() < 2 || value[0] != '@') return value;
  const std::string file = value.substr(1);
  if (file == "-")
    return {std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error("cannot read " + file);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace myochart::cli
