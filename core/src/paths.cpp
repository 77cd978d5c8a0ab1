#include "myochart/paths.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>

#include "myochart/errors.h"

namespace myochart::paths {

std::filesystem::path data_dir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/')
    return std::filesystem::path(xdg) / "myochart";
  const char* home = std::getenv("HOME");
  if (!home || !*home) throw Error("cannot find the data folder: HOME is not set");
  return std::filesystem::path(home) / ".local" / "share" / "myochart";
}

std::filesystem::path default_database() {
  return data_dir() / "clinic.myochart";
}

std::filesystem::path demo_database() {
  return data_dir() / "demo-clinic.myochart";
}

void ensure_private_dir(const std::filesystem::path& dir) {
  if (dir.empty() || std::filesystem::is_directory(dir)) return;
  ensure_private_dir(dir.parent_path());
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
    throw Error("cannot create folder " + dir.string() + ": " + std::strerror(errno));
}

void make_private(const std::filesystem::path& file) {
  if (::chmod(file.c_str(), 0600) != 0)
    throw Error("cannot restrict permissions of " + file.string() + ": " + std::strerror(errno));
}

void restrict_umask() {
  ::umask(077);
}

}  // namespace myochart::paths
