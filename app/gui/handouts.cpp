#include "gui/handouts.h"

#include <cstdint>
#include <cstdio>
#include <set>

#include "myochart/client.h"
#include "myochart/clinic_settings.h"
#include "myochart/errors.h"
#include "myochart/paths.h"
#include "myochart/storage/clinical_records.h"
#include "myochart/storage/findings.h"

namespace myochart::gui {

const plugin::Contribution<plugin::HandoutKeeper>* handout_keeper(
    const plugin::Registry& registry) {
  const auto& keepers = registry.handout_keepers();
  return keepers.empty() ? nullptr : &keepers.front();
}

std::string handout_label(const plugin::Registry& registry,
                          const plugin::Contribution<plugin::HandoutKeeper>& keeper) {
  const std::string id =
      registry.call(keeper, "naming its composer", [&] { return keeper.object->composer_id(); });
  if (const auto* c = registry.composer(id))
    return registry.call(*c, "naming its handout", [&] { return c->object->label(); });
  return "Handout";
}

plugin::HandoutContext handout_context(Clinic& clinic, Id session) {
  const Session s = clinic.sessions().get(session);
  const Client client = clinic.clients().get(s.client_id);
  const ClinicSettings& settings = clinic.settings();
  plugin::HandoutContext c;
  c.client_name = display_name(client);
  c.therapist = s.therapist.empty() ? clinic.therapist() : s.therapist;
  c.date = clinic.date(local_date(s.started_at));
  c.clinic_name = settings.clinic_name;
  c.clinic_address = settings.clinic_address;
  if (auto logo = logo_png_file(settings.logo, paths::data_dir() / "logos"))
    c.clinic_logo = logo->string();
  std::set<std::string> kinds;
  for (const auto& k : storage::Contraindications(clinic.db()).list_for_client(s.client_id, true))
    kinds.insert(k.kind);
  c.contraindication_kinds.assign(kinds.begin(), kinds.end());
  c.page = settings.units == Units::kImperial ? doc::PageSize::kLetter : doc::PageSize::kA4;
  return c;
}

std::vector<plugin::Finding> session_findings(Clinic& clinic, Id session) {
  std::vector<plugin::Finding> out;
  for (auto& f : storage::SessionFindings(clinic.db()).list_for_session(session))
    out.push_back(std::move(f.finding));
  return out;
}

}  // namespace myochart::gui
