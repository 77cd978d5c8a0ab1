#include "handout_command.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>

#include "handout_service.h"
#include "handout_store.h"
#include "myochart/clinic_settings.h"
#include "myochart/errors.h"
#include "myochart/render/document_renderer.h"
#include "myochart/storage/settings.h"

namespace myochart::home_care {

namespace {

using nlohmann::json;

json read_json_file(const std::string& option, const std::string& file,
                    const std::string& accepted) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ValidationError(option, "cannot read " + file, accepted);
  const std::string text{std::istreambuf_iterator<char>(in), {}};
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    throw ValidationError(option, file + " is not JSON (" + std::string(e.what()) + ")", accepted);
  }
}

std::vector<plugin::Finding> read_findings(const std::string& file) {
  const json j = read_json_file("--findings", file, "a JSON list of findings");
  const json& list = j.is_object() && j.contains("findings") ? j["findings"] : j;
  if (!list.is_array())
    throw ValidationError("--findings", file + " holds no list of findings",
                          "a JSON list of findings");
  std::vector<plugin::Finding> out;
  for (const auto& f : list) out.push_back(f.get<plugin::Finding>());
  return out;
}

// --qr EXERCISE=URL: the exercise must be on the sheet; the link is checked with the plan.
void apply_qr(json& plan, const std::vector<std::string>& qr) {
  for (const auto& spec : qr) {
    const auto eq = spec.find('=');
    std::string on_sheet;
    bool found = false;
    for (auto& item : plan["items"]) {
      const std::string id = item.value("exercise", "");
      on_sheet += (on_sheet.empty() ? "" : ", ") + id;
      if (eq != std::string::npos && id == spec.substr(0, eq)) {
        item["qr_url"] = spec.substr(eq + 1);
        found = true;
      }
    }
    if (eq == std::string::npos)
      throw ValidationError("--qr", "\"" + spec + "\" has no '='", "EXERCISE=URL");
    if (!found)
      throw ValidationError("--qr",
                            "\"" + spec.substr(0, eq) + "\" is not an exercise on this sheet",
                            "EXERCISE=URL with one of " + on_sheet);
  }
}

void print_plan(std::ostream& out, const Plan& plan, const ExerciseLibrary& library) {
  out << plan.title << ": " << plan.items.size() << " exercises\n";
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    const auto& item = plan.items[i];
    const Exercise* e = library.find(item.exercise);
    out << "  " << i + 1 << ". " << item.exercise << "  "
        << (item.name ? *item.name
            : e       ? e->name
                      : "")
        << "\n"
        << "     " << dosage_words(item.dosage) << "\n";
    std::string why;
    for (const auto& f : item.for_findings)
      why += (why.empty() ? "" : "; ") + f.value("what", f.value("muscle", ""));
    if (!why.empty()) out << "     for: " << why << "\n";
    for (const auto& w : item.warnings) out << "     warning: " << w << "\n";
    if (item.qr_url) out << "     QR: " << *item.qr_url << "\n";
  }
  for (const auto& w : plan.withheld)
    out << "  withheld: " << w.exercise << " (" << w.contraindication << "): " << w.reason << "\n";
  for (const auto& a : plan.general_advice) out << "  advice: " << a << "\n";
  out << "  stop rule: pain above " << plan.stop_rule_pain << "/10; progress log: " << plan.log_days
      << " days\n";
}

struct Options {
  long long session = 0, client = 0, sheet = 0;
  int max = 5;
  bool json = false, letter = false;
  std::string out, plan_file, template_name, findings_file, name, muscle, kind;
  std::string clinic_name, clinic_address, clinic_contact, clinic_logo;
  std::vector<std::string> qr;
};

}  // namespace

HandoutCommand::HandoutCommand(std::shared_ptr<const HomeCareComposer> composer)
    : composer_(std::move(composer)) {}

std::string HandoutCommand::summary() const {
  return "Home-care sheets: propose, pdf, reprint, list, template, exercises, clinic";
}

int HandoutCommand::run(const std::vector<std::string>& args, plugin::CliIo& io) const {
  Options o;
  CLI::App app{
      "Recommended home care: propose a sheet from a session's findings, print it, "
      "re-print it, keep templates",
      "handout"};
  app.require_subcommand(1);
  auto session_opt = [&](CLI::App* c) {
    c->add_option("--session", o.session, "Session id")->required()->check(CLI::PositiveNumber);
  };
  auto source_opts = [&](CLI::App* c) {
    c->add_option("--findings", o.findings_file, "Also use the findings in this JSON file");
    c->add_option("--max", o.max, "At most this many exercises (1-12, default 5)")
        ->check(CLI::Range(1, 12));
    c->add_flag("--json", o.json, "Print JSON");
  };
  auto* propose = app.add_subcommand("propose", "Propose a sheet from the session's findings");
  session_opt(propose);
  source_opts(propose);
  auto* pdf =
      app.add_subcommand("pdf", "Print the session's sheet to a PDF and record it as given");
  session_opt(pdf);
  source_opts(pdf);
  pdf->add_option("--out", o.out, "PDF file to write")->required();
  pdf->add_option("--plan", o.plan_file, "The (edited) plan, a JSON file; default: the proposal");
  pdf->add_option("--template", o.template_name, "Start from a saved template instead");
  pdf->add_flag("--letter", o.letter, "US Letter paper (default A4)");
  pdf->add_option("--qr", o.qr, "EXERCISE=URL: a QR code to a link you chose (repeatable)");
  auto* reprint = app.add_subcommand("reprint", "Print a given sheet again, exactly as given");
  reprint->add_option("sheet", o.sheet, "Sheet id (see `handout list`)")
      ->required()
      ->check(CLI::PositiveNumber);
  reprint->add_option("--out", o.out, "PDF file to write")->required();
  auto* list = app.add_subcommand("list", "Sheets given to a client, newest first");
  list->add_option("--client", o.client, "Client id")->required()->check(CLI::PositiveNumber);
  list->add_flag("--json", o.json, "Print JSON");
  auto* tmpl = app.add_subcommand("template", "Saved plans: save NAME --plan F | list | show NAME");
  tmpl->require_subcommand(1);
  auto* t_save =
      tmpl->add_subcommand("save", "Save a plan as a template (replaces one of that name)");
  t_save->add_option("name", o.name, "Template name, e.g. \"desk worker neck\"")->required();
  t_save->add_option("--plan", o.plan_file, "The plan, a JSON file")->required();
  auto* t_list = tmpl->add_subcommand("list", "Saved templates");
  t_list->add_flag("--json", o.json, "Print JSON");
  auto* t_show = tmpl->add_subcommand("show", "A template's plan as JSON");
  t_show->add_option("name", o.name, "Template name")->required();
  auto* exercises = app.add_subcommand("exercises", "The exercise library");
  exercises->add_option("--muscle", o.muscle, "Only exercises for this muscle id");
  exercises->add_option("--kind", o.kind, "stretch, strengthen, mobility or self_release");
  exercises->add_flag("--json", o.json, "Print JSON");
  auto* clinic = app.add_subcommand("clinic", "Show or set the clinic details printed on sheets");
  clinic->add_option("--name", o.clinic_name, "Clinic name");
  clinic->add_option("--address", o.clinic_address, "Address (one line)");
  clinic->add_option("--contact", o.clinic_contact, "Phone / e-mail for the stop rule");
  clinic->add_option("--logo", o.clinic_logo, "Logo, a PNG or SVG file (at most 1 MiB)");

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 parses from the back
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    io.out << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::ParseError& e) {
    io.err << "handout: " << e.what() << " (see `handout --help`)\n";
    return 2;
  }
  const bool as_json = o.json || io.json;
  const ExerciseLibrary& library = composer_->library();

  if (*propose || *pdf) {
    auto& db = io.db();
    SessionMaterial m = session_material(db, o.session);
    if (!o.findings_file.empty()) {
      auto extra = read_findings(o.findings_file);
      m.findings.insert(m.findings.end(), extra.begin(), extra.end());
    }
    json plan;
    if (*pdf && !o.plan_file.empty()) {
      plan = read_json_file("--plan", o.plan_file,
                            "a JSON file with a plan (plugins/home_care/README.md)");
    } else if (*pdf && !o.template_name.empty()) {
      const auto t = HandoutStore(db).find_template(o.template_name);
      if (!t) {
        io.err << "handout: template \"" << o.template_name
               << "\" does not exist (see `handout template list`)\n";
        return 3;
      }
      plan = t->plan;
    } else {
      plan = to_json(composer_->propose_plan(m.findings, m.context.contraindication_kinds,
                                             {.max_exercises = o.max}));
      if (plan["items"].empty()) {
        io.err
            << "handout: session " << o.session
            << " has no findings a sheet answers (tight_muscle, weak_muscle, active trigger_point, "
               "candidate_source); give --findings FILE, --plan FILE or --template NAME\n";
        return 2;
      }
    }
    if (*propose) {
      const Plan p = parse_plan(plan, library);
      if (as_json)
        io.out << to_json(p).dump(2) << "\n";
      else
        print_plan(io.out, p, library);
      return 0;
    }
    apply_qr(plan, o.qr);
    if (o.letter) m.context.page = doc::PageSize::kLetter;
    const auto r = give_sheet(db, *composer_, o.session, plan, m.context, o.out);
    if (as_json)
      io.out << json{{"sheet", r.sheet},
                     {"session", o.session},
                     {"pages", r.pages},
                     {"file", o.out}}
                    .dump()
             << "\n";
    else
      io.out << "sheet " << r.sheet << " given for session " << o.session << ": " << o.out << " ("
             << r.pages << (r.pages == 1 ? " page" : " pages") << ")\n";
    return 0;
  }

  if (*reprint) {
    const auto sheet = HandoutStore(io.db()).sheet(o.sheet);
    if (!sheet) throw NotFoundError("sheet", o.sheet);
    const render::DocumentLayout layout(given_document(*sheet, *composer_));
    layout.write_pdf(o.out);
    io.out << "sheet " << o.sheet << " re-printed: " << o.out << " (" << layout.page_count()
           << (layout.page_count() == 1 ? " page" : " pages") << ")\n";
    return 0;
  }

  if (*list) {
    json rows = json::array();
    for (const auto& s : HandoutStore(io.db()).sheets_for_client(o.client)) {
      json row = {{"sheet", s.id},
                  {"session", s.session_id},
                  {"given_at", s.given_at},
                  {"title", s.plan.value("title", "")},
                  {"exercises", s.plan["items"].size()},
                  {"page", s.context.value("page", "a4")}};
      if (!as_json)
        io.out << "sheet " << s.id << "  session " << s.session_id << "  " << s.given_at << "  "
               << row["exercises"].get<std::size_t>() << " exercises  "
               << row["title"].get<std::string>() << "\n";
      rows.push_back(std::move(row));
    }
    if (as_json) io.out << rows.dump(2) << "\n";
    return 0;
  }

  if (*tmpl) {
    auto& db = io.db();
    HandoutStore store(db);
    if (*t_save) {
      const json plan = read_json_file("--plan", o.plan_file,
                                       "a JSON file with a plan (plugins/home_care/README.md)");
      storage::WriteTransaction tx(db);
      const auto t = save_template(tx, library, o.name, plan);
      tx.commit();
      const json& clean = t.plan;
      io.out << "template \"" << t.name << "\" saved (" << clean["items"].size()
             << " exercises, version " << t.row_version << ")\n";
      return 0;
    }
    if (*t_show) {
      const auto t = store.find_template(o.name);
      if (!t) {
        io.err << "handout: template \"" << o.name
               << "\" does not exist (see `handout template list`)\n";
        return 3;
      }
      io.out << t->plan.dump(2) << "\n";
      return 0;
    }
    json rows = json::array();
    for (const auto& t : store.templates()) {
      if (!as_json)
        io.out << t.name << "  (" << t.plan["items"].size() << " exercises, updated "
               << t.updated_at << ")\n";
      rows.push_back(
          {{"name", t.name}, {"exercises", t.plan["items"].size()}, {"updated_at", t.updated_at}});
    }
    if (as_json) io.out << rows.dump(2) << "\n";
    return 0;
  }

  if (*exercises) {
    std::optional<ExerciseKind> kind;
    if (!o.kind.empty() && !(kind = exercise_kind_from_string(o.kind)))
      throw ValidationError("--kind", "\"" + o.kind + "\" is not a kind",
                            "stretch, strengthen, mobility, self_release");
    if (!o.muscle.empty()) {
      const auto all = library.muscles();
      if (std::find(all.begin(), all.end(), o.muscle) == all.end())
        throw ValidationError("--muscle", "\"" + o.muscle + "\" is not a muscle of the library",
                              "a muscle id such as trapezius_upper or pectoralis_minor");
    }
    json rows = json::array();
    for (const auto& e : library.exercises()) {
      if (kind && e.kind != *kind) continue;
      if (!o.muscle.empty() && !e.targets(o.muscle)) continue;
      if (!as_json) io.out << e.id << "  " << to_string(e.kind) << "  " << e.name << "\n";
      rows.push_back({{"id", e.id},
                      {"kind", to_string(e.kind)},
                      {"name", e.name},
                      {"primary", e.primary},
                      {"secondary", e.secondary},
                      {"dosage", to_json(e.dosage)}});
    }
    if (as_json) io.out << rows.dump(2) << "\n";
    return 0;
  }

  // clinic: name, address and logo are the clinic's settings (the same as the desktop app's);
  // the contact line is the sheet's own.
  auto& db = io.db();
  storage::Settings settings(db);
  ClinicSettings clinic_settings = load_clinic_settings(db);
  if (!o.clinic_name.empty()) clinic_settings.clinic_name = o.clinic_name;
  if (!o.clinic_address.empty()) clinic_settings.clinic_address = o.clinic_address;
  if (!o.clinic_logo.empty()) {
    try {
      clinic_settings.logo = read_logo_file(o.clinic_logo);
    } catch (const ValidationError& e) {
      throw ValidationError("--logo", e.what(), e.accepted());
    }
  }
  const bool clinic_changed =
      !o.clinic_name.empty() || !o.clinic_address.empty() || !o.clinic_logo.empty();
  if (clinic_changed || !o.clinic_contact.empty()) {
    storage::WriteTransaction tx(db);
    if (clinic_changed) save_clinic_settings(tx, clinic_settings);
    if (!o.clinic_contact.empty()) settings.set(tx, kClinicContact, o.clinic_contact);
    tx.commit();
  }
  io.out << "name: " << clinic_settings.clinic_name << "\n"
         << "address: " << clinic_settings.clinic_address << "\n"
         << "contact: " << settings.get_or(kClinicContact, "") << "\n"
         << "logo: "
         << (clinic_settings.logo.empty() ? std::string("none")
                                          : std::to_string(clinic_settings.logo.size()) + " bytes")
         << "\n";
  return 0;
}

}  // namespace myochart::home_care
