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

std::optional<std::string> logo_file(const std::string& logo, const std::filesystem::path& folder) {
  if (logo.empty()) return std::nullopt;
  // A name from the logo's bytes (FNV-1a): the same logo is one file, a new logo a new one.
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : logo) h = (h ^ c) * 1099511628211ULL;
  char name[40];
  std::snprintf(name, sizeof name, "logo-%016llx.png", static_cast<unsigned long long>(h));
  const auto file = folder / name;
  std::error_code ec;
  if (std::filesystem::exists(file, ec)) return file.string();
  const render::Image image = render_logo(logo, 900, 300);
  if (image.width == 0) return std::nullopt;
  std::filesystem::create_directories(folder, ec);
  render::write_png_file(image, file);
  return file.string();
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
  c.clinic_logo = logo_file(settings.logo, paths::data_dir() / "logos");
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
