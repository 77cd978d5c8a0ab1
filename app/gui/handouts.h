#pragma once
// What the handout windows share, without wx: the plugin that keeps handouts (the home-care
// sheet's keeper, found through the registry), the context a session's sheet is printed with
// (the clinic's settings, the client, the therapist, the client's active contraindications)
// and the findings it is proposed from.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "gui/clinic.h"
#include "myochart/plugin/registry.h"

namespace myochart::gui {

/// The keeper of handouts to use: the first plugin that registered one (the home-care plugin
/// is the only one today), or null when none is active.
const plugin::Contribution<plugin::HandoutKeeper>* handout_keeper(const plugin::Registry& registry);

/// The composer's label ("Home-care sheet"), or "Handout".
std::string handout_label(const plugin::Registry& registry,
                          const plugin::Contribution<plugin::HandoutKeeper>& keeper);

/// Who a session's sheet is for and who gives it: the client's name, the session's therapist
/// and date, the clinic's name, address and logo, the client's active contraindication kinds,
/// A4 or US Letter from the clinic's units. NotFoundError when the session does not exist.
plugin::HandoutContext handout_context(Clinic& clinic, Id session);

/// The findings stored with the session (trigger-point and posture findings among them).
std::vector<plugin::Finding> session_findings(Clinic& clinic, Id session);

}  // namespace myochart::gui
