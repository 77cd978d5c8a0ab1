#pragma once
// Content fingerprints for "left byte-for-byte untouched" checks.
#include <filesystem>
#include <string>

namespace myochart::test {

/// The file's full contents (tests compare whole files; they are small).
std::string file_bytes(const std::filesystem::path& file);
/// FNV-1a 64 of the contents, as hex: a cheap identity check for larger files.
std::string file_fingerprint(const std::filesystem::path& file);

}  // namespace myochart::test
