#include "myochart/io/draft_journal.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "myochart/errors.h"
#include "myochart/io/record_exchange.h"
#include "myochart/io/record_json.h"
#include "myochart/paths.h"

namespace myochart::io {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFormat = "myochart-session-draft";
constexpr int kFormatVersion = 1;

std::optional<JournalEntry> read_entry(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object() || j.value("format", "") != kFormat || j.value("version", 0) != kFormatVersion)
    return std::nullopt;
  try {
    JournalEntry e;
    e.based_on = j.at("based_on").get<RowVersion>();
    const auto written = parse_timestamp(j.at("written_at").get<std::string>());
    if (!written) return std::nullopt;
    e.written_at = *written;
    from_json(j.at("session"), e.edited.session);
    e.edited.session.row_version = e.based_on;
    for (const auto& item : j.at("marks")) {
      chart::ChartMark m;
      chart::from_json(item.at("mark"), m);
      m.row_version = item.at("row_version").get<RowVersion>();
      e.edited.marks.push_back(std::move(m));
    }
    return e;
  } catch (const std::exception&) {
    return std::nullopt;  // damaged or from another build: not ours to guess at
  }
}

}  // namespace

DraftJournal::DraftJournal(const fs::path& database_file) : folder_(database_file) {
  folder_ += ".drafts";
}

fs::path DraftJournal::file_for(Id session) const {
  return folder_ / ("session-" + std::to_string(session) + ".json");
}

void DraftJournal::keep(const storage::SessionDocument& edited, RowVersion based_on) {
  nlohmann::json marks = nlohmann::json::array();
  for (const auto& m : edited.marks) marks.push_back({{"mark", m}, {"row_version", m.row_version}});
  const nlohmann::json j = {{"format", kFormat},         {"version", kFormatVersion},
                            {"based_on", based_on},      {"written_at", format_timestamp(now())},
                            {"session", edited.session}, {"marks", std::move(marks)}};
  paths::ensure_private_dir(folder_);
  write_private_file(file_for(edited.session.id),
                     j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void DraftJournal::discard(Id session) noexcept {
  std::error_code ec;
  fs::remove(file_for(session), ec);
  // The folder goes once empty, so that a clean shutdown leaves nothing beside the database.
  if (fs::is_empty(folder_, ec) && !ec) fs::remove(folder_, ec);
}

std::optional<JournalEntry> DraftJournal::find(Id session) const {
  return read_entry(file_for(session));
}

std::vector<JournalEntry> DraftJournal::entries() const {
  std::vector<JournalEntry> out;
  std::error_code ec;
  for (const auto& item : fs::directory_iterator(folder_, ec)) {
    const auto name = item.path().filename().string();
    if (name.rfind("session-", 0) != 0 || item.path().extension() != ".json") continue;
    if (auto e = read_entry(item.path())) out.push_back(std::move(*e));
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.written_at < b.written_at; });
  return out;
}

}  // namespace myochart::io
