#pragma once
// `myochart-cli handout ...`: propose, print (pdf), re-print and list home-care sheets, keep
// templates, browse the exercise library and set the clinic details printed on sheets.
// Exit status 0 ok, 2 bad input (one line naming the field and what is accepted), 3 not found.
#include <memory>

#include "home_care_composer.h"
#include "myochart/plugin/cli_command.h"

namespace myochart::home_care {

class HandoutCommand final : public plugin::CliCommand {
 public:
  explicit HandoutCommand(std::shared_ptr<const HomeCareComposer> composer);
  std::string name() const override { return "handout"; }
  std::string summary() const override;
  int run(const std::vector<std::string>& args, plugin::CliIo& io) const override;

 private:
  std::shared_ptr<const HomeCareComposer> composer_;
};

}  // namespace myochart::home_care
