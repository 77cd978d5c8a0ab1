#include "home_care_keeper.h"

#include "handout_service.h"
#include "handout_store.h"
#include "myochart/errors.h"

namespace myochart::home_care {

HomeCareKeeper::HomeCareKeeper(std::shared_ptr<const HomeCareComposer> composer)
    : composer_(std::move(composer)) {}

std::string HomeCareKeeper::composer_id() const {
  return composer_->id();
}

std::vector<plugin::CatalogueEntry> HomeCareKeeper::catalogue() const {
  std::vector<plugin::CatalogueEntry> out;
  for (const auto& e : composer_->library().exercises())
    out.push_back({e.id, e.name, std::string(to_string(e.kind)), e.primary, e.setup});
  return out;
}

std::vector<plugin::FormField> HomeCareKeeper::dosage_fields() const {
  std::vector<plugin::FormField> out;
  for (const auto& n : kDosageNumbers)
    out.push_back({.id = n.id,
                   .label = n.label,
                   .type = plugin::FieldType::kNumber,
                   .help = n.nullable ? "leave empty when not used" : "",
                   .unit = n.unit,
                   .min = n.min,
                   .max = n.max,
                   .required = !n.nullable});
  plugin::FormField sides{
      .id = "sides", .label = "Sides", .type = plugin::FieldType::kChoice, .required = true};
  for (const auto& [id, label] : kDosageSides) sides.options.push_back({id, label});
  out.push_back(std::move(sides));
  return out;
}

nlohmann::json HomeCareKeeper::new_item(const std::string& entry_id) const {
  const Exercise* e = composer_->library().find(entry_id);
  if (!e)
    throw ValidationError("exercise", "\"" + entry_id + "\" is not in the exercise library",
                          "an exercise of the catalogue");
  return {{"exercise", e->id}, {"dosage", to_json(e->dosage)}, {"note", ""}};
}

Id HomeCareKeeper::give(storage::WriteTransaction& tx, Id session, const nlohmann::json& plan,
                        const plugin::HandoutContext& context) const {
  return record_sheet(tx, session, prepare_sheet(*composer_, plan, context));
}

std::vector<plugin::GivenHandout> HomeCareKeeper::given(storage::Database& db, Id client) const {
  std::vector<plugin::GivenHandout> out;
  for (const auto& s : HandoutStore(db).sheets_for_client(client)) {
    plugin::GivenHandout g;
    g.id = s.id;
    g.session_id = s.session_id;
    if (const auto at = parse_timestamp(s.given_at)) g.given_at = *at;
    g.title = s.plan.value("title", std::string(kDefaultTitle));
    if (s.plan.contains("items") && s.plan["items"].is_array())
      for (const auto& i : s.plan["items"]) {
        const std::string id = i.value("exercise", std::string());
        const Exercise* e = composer_->library().find(id);
        g.items.push_back(i.value("name", e ? e->name : id));
      }
    out.push_back(std::move(g));
  }
  return out;
}

doc::Document HomeCareKeeper::reprint(storage::Database& db, Id sheet) const {
  const auto s = HandoutStore(db).sheet(sheet);
  if (!s) throw NotFoundError("sheet", sheet);
  return given_document(*s, *composer_);
}

std::vector<std::string> HomeCareKeeper::templates(storage::Database& db) const {
  std::vector<std::string> out;
  for (const auto& t : HandoutStore(db).templates()) out.push_back(t.name);
  return out;
}

std::optional<nlohmann::json> HomeCareKeeper::load_template(storage::Database& db,
                                                            const std::string& name) const {
  if (auto t = HandoutStore(db).find_template(name)) return std::move(t->plan);
  return std::nullopt;
}

void HomeCareKeeper::save_template(storage::WriteTransaction& tx, const std::string& name,
                                   const nlohmann::json& plan) const {
  home_care::save_template(tx, composer_->library(), name, plan);
}

}  // namespace myochart::home_care
