#pragma once
// The HandoutKeeper of the home-care composer: what the host (the desktop app) needs to edit,
// give, list and re-print sheets, on top of the same service and store the `handout` command
// uses.
#include <memory>

#include "home_care_composer.h"
#include "myochart/plugin/session_work.h"

namespace myochart::home_care {

class HomeCareKeeper final : public plugin::HandoutKeeper {
 public:
  explicit HomeCareKeeper(std::shared_ptr<const HomeCareComposer> composer);

  std::string composer_id() const override;
  /// Every exercise of the library: its name, kind, primary target muscles and setup.
  std::vector<plugin::CatalogueEntry> catalogue() const override;
  /// sets, reps, hold_seconds, rest_seconds, times_per_day, days_per_week (numbers; reps,
  /// hold and rest may be left out) and sides (a choice).
  std::vector<plugin::FormField> dosage_fields() const override;
  nlohmann::json new_item(const std::string& entry_id) const override;
  Id give(storage::WriteTransaction& tx, Id session, const nlohmann::json& plan,
          const plugin::HandoutContext& context) const override;
  std::vector<plugin::GivenHandout> given(storage::Database& db, Id client) const override;
  doc::Document reprint(storage::Database& db, Id sheet) const override;
  std::vector<std::string> templates(storage::Database& db) const override;
  std::optional<nlohmann::json> load_template(storage::Database& db,
                                              const std::string& name) const override;
  void save_template(storage::WriteTransaction& tx, const std::string& name,
                     const nlohmann::json& plan) const override;

 private:
  std::shared_ptr<const HomeCareComposer> composer_;
};

}  // namespace myochart::home_care
