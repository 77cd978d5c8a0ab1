// The posture (muscle-imbalance) plugin: observations and measured angles -> postural
// dysfunctions -> the muscles commonly found tight and weak, kept per session with their trend.
// The logic lives in plain classes (posture_pack, evaluator, form, assessment_store,
// assessment_keeper, posture_command) that the tests also compile directly; this file only
// registers them.
#include <memory>

#include "assessment_keeper.h"
#include "assessment_store.h"
#include "form.h"
#include "myochart/plugin/sdk.h"
#include "posture_command.h"

namespace {

using namespace myochart;

class PosturePlugin final : public plugin::Plugin {
 public:
  plugin::PluginInfo info() const override {
    return {posture::kPluginId, "Posture assessment", "1.0.0", "MyoChart developers",
            "Observations and angles -> postural dysfunctions -> the muscles commonly tight and "
            "weak, per session, with their trend."};
  }
  void register_contributions(plugin::Registrar& r) override {
    const auto file = r.context().data_dir() / "dysfunctions.json";
    // The host validates the schema; the pack then gets the consistency checks the evaluator
    // relies on (a ValidationError here refuses the plugin with that reason).
    const nlohmann::json& doc =
        r.add_knowledge_pack({"dysfunctions", file, "posture-pack.schema.json", {}});
    auto pack =
        std::make_shared<const posture::PosturePack>(posture::PosturePack::from_json(doc, file));
    auto form = std::make_shared<const posture::PostureForm>(pack);
    r.add_assessment_form(form);
    r.add_assessment_keeper(std::make_shared<const posture::PostureKeeper>(form));
    for (auto& m : posture::migrations()) r.add_migration(std::move(m));
    r.add_cli_command(std::make_shared<posture::PostureCommand>(form));
  }
};

}  // namespace

MYOCHART_PLUGIN(PosturePlugin)
