#pragma once
// Runs the real myochart-cli binary (no shell) and captures what it printed.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace myochart::test {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
  nlohmann::json json() const;  ///< stdout parsed as JSON (fails the test if it is not)
};

/// Runs `myochart-cli --db <db> args...`; `stdin_text` is fed to its standard input.
CliResult run_cli(const std::filesystem::path& db, const std::vector<std::string>& args,
                  const std::string& stdin_text = "");
/// Runs `myochart-cli args...` without --db.
CliResult run_cli_raw(const std::vector<std::string>& args, const std::string& stdin_text = "",
                      const std::vector<std::string>& extra_env = {});

}  // namespace myochart::test
