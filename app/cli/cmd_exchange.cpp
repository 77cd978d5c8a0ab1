// export / import of one client's whole record as JSON.
#include <iostream>
#include <memory>

#include "cli_context.h"
#include "myochart/errors.h"
#include "myochart/io/record_exchange.h"

namespace myochart::cli {

void add_exchange_commands(CLI::App& app, Context& ctx) {
  {
    auto client = std::make_shared<Id>(0);
    auto out = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("export", "Write one client's whole record as JSON");
    cmd->add_option("client", *client, "Client id")->required();
    cmd->add_option("--out", *out, "File to write (private, 0600); default standard output");
    cmd->callback([&ctx, client, out] {
      const auto record = io::export_client_record(ctx.db(), *client);
      const std::string text = record.dump(2) + "\n";
      if (out->empty()) {
        std::cout << text;
      } else {
        io::write_private_file(*out, text);
        ctx.print({{"file", *out}, {"client", *client}}, "Wrote " + *out);
      }
    });
  }
  {
    auto file = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("import", "Add a client from an exported record (new ids)");
    cmd->add_option("file", *file, "JSON file written by `export` (- for standard input)")
        ->required();
    cmd->callback([&ctx, file] {
      nlohmann::json record = *file == "-" ? nlohmann::json::parse(std::cin, nullptr, false)
                                           : io::read_json_file(*file);
      if (record.is_discarded())
        throw ValidationError(*file, "is not JSON", "a file written by `myochart-cli export`");
      const Id id = io::import_client_record(ctx.db(), record, *file);
      ctx.print({{"id", id}}, "Imported as client " + std::to_string(id));
    });
  }
}

}  // namespace myochart::cli
