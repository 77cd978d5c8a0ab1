#pragma once
// Handout composers: findings in, a document out. A composer first proposes a plan (its own
// JSON: which exercises, dosages, wording) that the therapist edits; the edited plan is then
// rendered to a document model, which core lays out and prints. Storing the plan is what makes
// a sheet re-printable exactly as given.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "myochart/doc/document.h"
#include "myochart/plugin/findings.h"

namespace myochart::plugin {

/// Who the sheet is for and who gives it. Names go on paper only, never into logs.
struct HandoutContext {
  std::string client_name;
  std::string therapist;
  std::string date;  ///< as the clinic writes dates
  std::string clinic_name;
  std::string clinic_address;
  std::string clinic_contact;
  std::optional<std::string> clinic_logo;  ///< path of a PNG
  std::vector<std::string> contraindication_kinds;  ///< active ones, ids of contraindication_kinds()
  doc::PageSize page = doc::PageSize::kA4;
};

struct HandoutRequest {
  std::vector<Finding> findings;
  HandoutContext context;
  nlohmann::json options = nlohmann::json::object();  ///< composer-specific (e.g. max exercises)
};

class HandoutComposer {
 public:
  virtual ~HandoutComposer() = default;
  virtual std::string id() const = 0;
  virtual std::string label() const = 0;
  /// A proposed plan for these findings: deterministic for the same request.
  virtual nlohmann::json propose(const HandoutRequest& request) const = 0;
  /// Throws ValidationError naming the part of the plan that is wrong (a therapist's edit).
  virtual void validate_plan(const nlohmann::json& plan) const = 0;
  /// The document for a (validated) plan.
  virtual doc::Document render(const nlohmann::json& plan, const HandoutContext& context) const = 0;
};

}  // namespace myochart::plugin
