#include "support/pdf_tools.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "support/temp_dir.h"

namespace myochart::test {

namespace {

// Paths come from TempDir (no quotes in them); quoted for spaces all the same.
std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

std::string run_to_text(const std::string& command, const std::filesystem::path& out) {
  if (std::system(command.c_str()) != 0) throw std::runtime_error("failed: " + command);
  std::ifstream in(out, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

std::string pdf_text(const std::filesystem::path& pdf, int first, int last) {
  TempDir dir;
  std::string command = "pdftotext -enc UTF-8";
  if (first > 0) command += " -f " + std::to_string(first);
  if (last > 0) command += " -l " + std::to_string(last);
  command += " " + quoted(pdf) + " " + quoted(dir / "out.txt");
  return run_to_text(command, dir / "out.txt");
}

std::string pdf_info(const std::filesystem::path& pdf) {
  TempDir dir;
  return run_to_text("pdfinfo " + quoted(pdf) + " > " + quoted(dir / "info.txt"), dir / "info.txt");
}

}  // namespace myochart::test
