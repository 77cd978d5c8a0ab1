// The home-care plugin: the last step of the flow. Findings from the trigger-point and posture
// plugins (through the shared Finding type, without depending on either) become a proposed
// home-care sheet the therapist edits and prints; sheets given are kept per session.
#include <memory>

#include "exercise_library.h"
#include "handout_command.h"
#include "handout_store.h"
#include "home_care_composer.h"
#include "home_care_keeper.h"
#include "myochart/plugin/sdk.h"

namespace {

using namespace myochart;

class HomeCarePlugin final : public plugin::Plugin {
 public:
  plugin::PluginInfo info() const override {
    return {"home_care", "Home care", "1.0.0", "MyoChart developers",
            "Recommended home care: stretches for tight muscles, strengthening for weak ones and "
            "self-release for active trigger points, printed as a branded sheet."};
  }
  void register_contributions(plugin::Registrar& r) override {
    const auto dir = r.context().data_dir();
    // The host validates the pack against the schema; the library then checks every
    // illustration it names is there.
    const nlohmann::json& pack =
        r.add_knowledge_pack({"exercises", dir / "exercises.json", "exercise-library.schema.json", {}});
    auto library = std::make_shared<const home_care::ExerciseLibrary>(pack, dir);
    auto composer = std::make_shared<const home_care::HomeCareComposer>(library);
    r.add_handout_composer(composer);
    r.add_handout_keeper(std::make_shared<const home_care::HomeCareKeeper>(composer));
    for (auto& m : home_care::migrations()) r.add_migration(std::move(m));
    r.add_cli_command(std::make_shared<home_care::HandoutCommand>(composer));
  }
};

}  // namespace

MYOCHART_PLUGIN(HomeCarePlugin)
