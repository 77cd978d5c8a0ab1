#pragma once
// The home-care steps a CLI command or a GUI click performs on the database: gather what a
// session's sheet is made from, give a sheet (print it and record it, all or nothing) and
// re-print a given sheet exactly as it was.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "handout_store.h"
#include "home_care_composer.h"
#include "myochart/storage/database.h"

namespace myochart::home_care {

/// The clinic's name, address and logo are core's clinic settings (the desktop app's Settings,
/// `handout clinic`); the phone / e-mail printed with the stop rule is this plugin's own.
inline constexpr const char* kClinicContact = "clinic.contact";

struct SessionMaterial {
  Id client_id = 0;
  plugin::HandoutContext
      context;  ///< client, therapist, session date, clinic, active contraindications
  std::vector<plugin::Finding> findings;  ///< stored with the session
};

/// NotFoundError when the session does not exist.
SessionMaterial session_material(storage::Database& db, Id session);

/// A sheet about to be given: the plan checked against the client's contraindications as they
/// are now (context.contraindication_kinds) with its wording frozen, the context to store
/// (with the illustrations' SVG, so that it re-prints exactly) and the document to print.
struct SheetToGive {
  Plan plan;
  nlohmann::json stored_context;
  doc::Document document;
};
/// ValidationError names the plan's part.
SheetToGive prepare_sheet(const HomeCareComposer& composer, const nlohmann::json& plan,
                          const plugin::HandoutContext& context);
/// Records a prepared sheet with the session in the caller's transaction; returns its id.
Id record_sheet(storage::WriteTransaction& tx, Id session, const SheetToGive& sheet);

struct GivenResult {
  Id sheet = 0;
  std::size_t pages = 0;
};

/// Checks the plan against the client's contraindications as they are now, freezes its
/// wording, writes the PDF and records the sheet with everything printed, in one transaction:
/// when the PDF cannot be written nothing is recorded. ValidationError names the plan's part.
GivenResult give_sheet(storage::Database& db, const HomeCareComposer& composer, Id session,
                       const nlohmann::json& plan, const plugin::HandoutContext& context,
                       const std::filesystem::path& pdf);

/// The document of a given sheet, from what was stored (not from today's library or settings).
doc::Document given_document(const GivenSheet& sheet, const HomeCareComposer& composer);

/// A plan as a template: checked, then without the client (no findings, flags, warnings or
/// withheld list).
nlohmann::json template_plan(const nlohmann::json& plan, const ExerciseLibrary& library);
/// Checks the name and the plan, then saves the template in the caller's transaction
/// (replacing one of that name). ValidationError names "name" or the plan's part.
PlanTemplate save_template(storage::WriteTransaction& tx, const ExerciseLibrary& library,
                           const std::string& name, const nlohmann::json& plan);

}  // namespace myochart::home_care
