#include "handout_service.h"

#include <algorithm>
#include <set>

#include "myochart/client.h"
#include "myochart/clinic_settings.h"
#include "myochart/errors.h"
#include "myochart/paths.h"
#include "myochart/render/document_renderer.h"
#include "myochart/storage/clients.h"
#include "myochart/storage/clinical_records.h"
#include "myochart/storage/findings.h"
#include "myochart/storage/sessions.h"
#include "myochart/storage/settings.h"
#include "sheet_document.h"

namespace myochart::home_care {

SessionMaterial session_material(storage::Database& db, Id session) {
  const auto s = storage::Sessions(db).find(session);
  if (!s) throw NotFoundError("session", session);
  SessionMaterial m;
  m.client_id = s->client_id;
  const Client client = storage::Clients(db).get(s->client_id);
  auto& c = m.context;
  c.client_name = display_name(client);
  c.therapist = s->therapist;
  c.date = format_date(local_date(s->started_at));
  const ClinicSettings clinic = load_clinic_settings(db);
  c.clinic_name = clinic.clinic_name;
  c.clinic_address = clinic.clinic_address;
  c.clinic_contact = storage::Settings(db).get_or(kClinicContact, "");
  if (auto logo = logo_png_file(clinic.logo, paths::data_dir() / "logos"))
    c.clinic_logo = logo->string();
  c.page = clinic.units == Units::kImperial ? doc::PageSize::kLetter : doc::PageSize::kA4;
  std::set<std::string> kinds;
  for (const auto& k : storage::Contraindications(db).list_for_client(s->client_id, true))
    kinds.insert(k.kind);
  c.contraindication_kinds.assign(kinds.begin(), kinds.end());
  for (auto& f : storage::SessionFindings(db).list_for_session(session))
    m.findings.push_back(std::move(f.finding));
  return m;
}

SheetToGive prepare_sheet(const HomeCareComposer& composer, const nlohmann::json& plan_json,
                          const plugin::HandoutContext& context) {
  Plan plan = parse_plan(plan_json, composer.library());
  // The client's flags today decide, whatever the plan was proposed or saved with.
  plan.contraindications = context.contraindication_kinds;
  plan = freeze(parse_plan(to_json(plan), composer.library()), composer.library());
  const Illustrations pictures = composer.illustrations(plan);
  SheetToGive out;
  out.stored_context = context_to_json(context);
  out.stored_context["illustrations"] = pictures;
  out.document = sheet_document(plan, context, composer.library(), pictures);
  out.plan = std::move(plan);
  return out;
}

Id record_sheet(storage::WriteTransaction& tx, Id session, const SheetToGive& sheet) {
  return HandoutStore(tx.db()).give(tx, session, to_json(sheet.plan), sheet.stored_context);
}

GivenResult give_sheet(storage::Database& db, const HomeCareComposer& composer, Id session,
                       const nlohmann::json& plan_json, const plugin::HandoutContext& context,
                       const std::filesystem::path& pdf) {
  const SheetToGive sheet = prepare_sheet(composer, plan_json, context);
  const render::DocumentLayout layout(sheet.document);
  storage::WriteTransaction tx(db);
  GivenResult r;
  r.sheet = record_sheet(tx, session, sheet);
  r.pages = layout.page_count();
  layout.write_pdf(pdf);
  try {
    tx.commit();
  } catch (...) {
    // Not recorded, so not given: take the printout back.
    std::error_code ignored;
    std::filesystem::remove(pdf, ignored);
    throw;
  }
  return r;
}

doc::Document given_document(const GivenSheet& sheet, const HomeCareComposer& composer) {
  const Plan plan = parse_plan(sheet.plan, composer.library(), PlanSource::kGiven);
  const plugin::HandoutContext context = context_from_json(sheet.context);
  Illustrations pictures;
  if (sheet.context.contains("illustrations") && sheet.context["illustrations"].is_object())
    for (const auto& [id, svg] : sheet.context["illustrations"].items())
      if (svg.is_string()) pictures[id] = svg.get<std::string>();
  return sheet_document(plan, context, composer.library(), pictures);
}

}  // namespace myochart::home_care

namespace myochart::home_care {

nlohmann::json template_plan(const nlohmann::json& plan_json, const ExerciseLibrary& library) {
  Plan plan = parse_plan(plan_json, library);
  plan.contraindications.clear();
  plan.withheld.clear();
  for (auto& i : plan.items) {
    i.for_findings = nlohmann::json::array();
    i.warnings.clear();
  }
  return to_json(plan);
}

PlanTemplate save_template(storage::WriteTransaction& tx, const ExerciseLibrary& library,
                           const std::string& name, const nlohmann::json& plan) {
  if (name.empty() || name.size() > 100 || name.find_first_of("\r\n\t") != std::string::npos)
    throw ValidationError("name", name.empty() ? "is empty" : "is too long or not one line",
                          "a name of 1 to 100 characters on one line");
  return HandoutStore(tx.db()).save_template(tx, name, template_plan(plan, library));
}

}  // namespace myochart::home_care
