#include "support/file_hash.h"

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace myochart::test {

std::string file_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::string bytes(std::filesystem::file_size(file), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.gcount() != static_cast<std::streamsize>(bytes.size()))
    throw std::runtime_error("cannot read all of " + file.string());
  return bytes;
}

std::string file_fingerprint(const std::filesystem::path& file) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : file_bytes(file)) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace myochart::test
