#pragma once
// `myochart-cli posture ...`: the form declaration, an assessment from a JSON answers file
// (printed, and saved with --session), a session's stored findings, and a client's trend.
// Exit status: 0 ok, 2 bad input (one line naming the field and what is accepted; nothing
// written), 3 not found, 4 conflict (stale --version), 5 locked (signed session).
#include <memory>

#include "form.h"
#include "myochart/plugin/cli_command.h"

namespace myochart::posture {

class PostureCommand final : public plugin::CliCommand {
 public:
  explicit PostureCommand(std::shared_ptr<const PostureForm> form) : form_(std::move(form)) {}
  std::string name() const override { return "posture"; }
  std::string summary() const override {
    return "Posture assessment: form | assess --answers FILE [--session ID] | findings SESSION | "
           "trend CLIENT";
  }
  int run(const std::vector<std::string>& args, plugin::CliIo& io) const override;

 private:
  std::shared_ptr<const PostureForm> form_;
};

}  // namespace myochart::posture
