#pragma once
// Where MyoChart keeps its files, and how they are created: health data, so directories are
// 0700 and files 0600, whatever the umask.
#include <filesystem>

namespace myochart::paths {

/// $XDG_DATA_HOME/myochart (default ~/.local/share/myochart).
std::filesystem::path data_dir();
/// The therapist's database: data_dir()/clinic.myochart.
std::filesystem::path default_database();
/// The demo clinic: data_dir()/demo-clinic.myochart. Never the therapist's database.
std::filesystem::path demo_database();

/// Creates dir (and parents) with mode 0700 where it creates them. Throws Error on failure.
void ensure_private_dir(const std::filesystem::path& dir);
/// Sets the file's mode to 0600. Throws Error on failure.
void make_private(const std::filesystem::path& file);
/// Sets the process umask so every file it creates is private (0600/0700). Call at start-up.
void restrict_umask();

}  // namespace myochart::paths
