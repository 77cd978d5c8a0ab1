#include "gui/app_config.h"

#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/persist/toplevel.h>
#include <wx/tokenzr.h>

#include <algorithm>
#include <cstdlib>

#include "myochart/paths.h"

namespace myochart::gui::app_config {

namespace {

constexpr std::size_t kRecentLimit = 8;

// wxConfig paths use '/', so a database path becomes one key.
wxString recent_key(const std::filesystem::path& db) {
  wxString key = wxString::FromUTF8(std::filesystem::absolute(db).lexically_normal().string());
  key.Replace("/", "|");
  return "/RecentClients/" + key;
}

void write_recent(const std::filesystem::path& db, const std::vector<Id>& ids) {
  wxString list;
  for (Id id : ids)
    list += (list.empty() ? "" : ",") + wxString::Format("%lld", static_cast<long long>(id));
  wxConfigBase::Get()->Write(recent_key(db), list);
  wxConfigBase::Get()->Flush();
}

}  // namespace

std::filesystem::path config_file() {
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg == '/')
    base = xdg;
  else if (const char* home = std::getenv("HOME"); home && *home)
    base = std::filesystem::path(home) / ".config";
  else
    base = std::filesystem::temp_directory_path();
  return base / "myochart" / "myochart.ini";
}

void install() {
  const auto file = config_file();
  paths::ensure_private_dir(file.parent_path());
  auto* config = new wxFileConfig("MyoChart", "", wxString::FromUTF8(file.string()), "",
                                  wxCONFIG_USE_LOCAL_FILE);
  config->SetUmask(077);
  delete wxConfigBase::Set(config);
}

bool remember_layout(wxTopLevelWindow& window, const wxString& name) {
  window.SetName(name);
  return wxPersistentRegisterAndRestore(&window, name);
}

int read_int(const wxString& key, int fallback) {
  return static_cast<int>(wxConfigBase::Get()->ReadLong(key, fallback));
}

void write_int(const wxString& key, int value) {
  wxConfigBase::Get()->Write(key, value);
}

std::vector<Id> recent_clients(const std::filesystem::path& db) {
  std::vector<Id> ids;
  wxStringTokenizer tokens(wxConfigBase::Get()->Read(recent_key(db), ""), ",");
  while (tokens.HasMoreTokens() && ids.size() < kRecentLimit) {
    long long id = 0;
    if (tokens.GetNextToken().ToLongLong(&id) && id > 0) ids.push_back(id);
  }
  return ids;
}

void remember_client(const std::filesystem::path& db, Id client) {
  auto ids = recent_clients(db);
  ids.erase(std::remove(ids.begin(), ids.end(), client), ids.end());
  ids.insert(ids.begin(), client);
  if (ids.size() > kRecentLimit) ids.resize(kRecentLimit);
  write_recent(db, ids);
}

void forget_client(const std::filesystem::path& db, Id client) {
  auto ids = recent_clients(db);
  ids.erase(std::remove(ids.begin(), ids.end(), client), ids.end());
  write_recent(db, ids);
}

}  // namespace myochart::gui::app_config
