#pragma once
// What the app remembers per workstation and user (not per clinic): window layout and the
// recent clients. Kept with wxConfig in $XDG_CONFIG_HOME/myochart/myochart.ini (default
// ~/.config/...), a private file (0600). Clinic-wide settings (name, logo, therapist, date
// style) live in the database instead (myochart/clinic_settings.h). Client names are never
// written here: recent clients are kept as ids.
#include <wx/string.h>

#include <filesystem>
#include <vector>

#include "myochart/ids.h"

class wxTopLevelWindow;

namespace myochart::gui::app_config {

std::filesystem::path config_file();

/// Makes config_file() the process's wxConfig (creating its folder, private). Called once at
/// start-up by the app, and by tests with XDG_CONFIG_HOME pointing at a temporary folder.
void install();

/// Registers the window with wx's persistence under `name`: its size, position and maximized
/// state are restored now and saved when it closes. Returns whether something was restored.
bool remember_layout(wxTopLevelWindow& window, const wxString& name);

int read_int(const wxString& key, int fallback);
void write_int(const wxString& key, int value);

/// Recently opened clients of the database `db`, most recent first (at most 8).
std::vector<Id> recent_clients(const std::filesystem::path& db);
void remember_client(const std::filesystem::path& db, Id client);
void forget_client(const std::filesystem::path& db, Id client);

}  // namespace myochart::gui::app_config
