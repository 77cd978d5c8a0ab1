#pragma once
// CLI subcommands contributed by plugins: `myochart-cli <name> [args...]`. The plugin parses
// its own arguments (with CLI11 or otherwise) and writes through CliIo.
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "myochart/storage/database.h"

namespace myochart::plugin {

class Registry;

struct CliIo {
  std::ostream& out;
  std::ostream& err;
  bool json = false;                          ///< --json was given
  std::function<storage::Database&()> db;     ///< opens the database on first use
  const Registry& registry;                   ///< every active plugin's contributions
};

class CliCommand {
 public:
  virtual ~CliCommand() = default;
  /// The subcommand word, e.g. "tp". Lowercase letters, digits and '-'.
  virtual std::string name() const = 0;
  virtual std::string summary() const = 0;  ///< one line for --help and `plugins info`
  /// Runs with the words after the subcommand. Returns the exit status (0 success, 2 bad
  /// input, 3 not found...). May throw myochart::Error subclasses; the host reports them.
  virtual int run(const std::vector<std::string>& args, CliIo& io) const = 0;
};

}  // namespace myochart::plugin
