// history, contraindication and consent add/list.
#include <memory>
#include <sstream>

#include "cli_context.h"
#include "myochart/chart/body_chart.h"
#include "myochart/errors.h"
#include "myochart/io/record_json.h"
#include "myochart/storage/clients.h"
#include "myochart/storage/clinical_records.h"

namespace myochart::cli {

namespace {

template <typename Range>
std::vector<std::string> ids_of(const Range& r) {
  std::vector<std::string> ids;
  for (const auto& k : r) ids.emplace_back(k.id);
  return ids;
}

void require_client(Context& ctx, Id client) {
  if (!storage::Clients(ctx.db()).exists(client)) throw NotFoundError("client", client);
}

void add_history(CLI::App* parent, Context& ctx) {
  auto* group = parent
                    ->add_subcommand(
                        "history", "Health history: conditions, medications, allergies, surgeries")
                    ->require_subcommand(1);
  {
    struct Args {
      Id client = 0;
      std::string kind, description, details, since, until;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = group->add_subcommand("add", "Add a health history entry");
    cmd->add_option("client", a->client, "Client id")->required();
    cmd->add_option("--kind", a->kind, "condition, medication, allergy or surgery")
        ->required()
        ->check(CLI::IsMember({"condition", "medication", "allergy", "surgery"}));
    cmd->add_option("--description", a->description, "What, e.g. \"Type 2 diabetes\"")->required();
    cmd->add_option("--details", a->details, "More detail, or @FILE");
    cmd->add_option("--since", a->since, "Started on, YYYY-MM-DD");
    cmd->add_option("--until", a->until, "Ended on, YYYY-MM-DD");
    cmd->callback([&ctx, a] {
      HealthEntry e;
      e.client_id = a->client;
      e.kind = *health_kind_from_string(a->kind);
      e.description = a->description;
      e.details = text_option(a->details);
      e.started_on = parse_optional_date_option("started_on", a->since);
      e.ended_on = parse_optional_date_option("ended_on", a->until);
      auto& db = ctx.db();
      storage::WriteTransaction tx(db);
      storage::HealthHistory(db).add(tx, e);
      tx.commit();
      ctx.print({{"id", e.id}, {"row_version", e.row_version}},
                "Added health history entry " + std::to_string(e.id));
    });
  }
  {
    auto client = std::make_shared<Id>(0);
    auto* cmd = group->add_subcommand("list", "List a client's health history");
    cmd->add_option("client", *client, "Client id")->required();
    cmd->callback([&ctx, client] {
      require_client(ctx, *client);
      const auto entries = storage::HealthHistory(ctx.db()).list_for_client(*client);
      std::ostringstream text;
      for (const auto& e : entries)
        text << e.id << "\t" << to_string(e.kind) << "\t" << e.description << "\t"
             << (e.started_on ? format_date(*e.started_on) : "-") << "\t"
             << (e.ended_on ? "ended " + format_date(*e.ended_on) : "current") << "\n";
      ctx.print(nlohmann::json(entries), text.str());
    });
  }
}

void add_contraindication(CLI::App* parent, Context& ctx) {
  auto* group =
      parent->add_subcommand("contraindication", "Contraindication flags")->require_subcommand(1);
  {
    struct Args {
      Id client = 0;
      std::string kind, description, severity, region, noted, notes;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = group->add_subcommand("add", "Flag a contraindication");
    cmd->add_option("client", a->client, "Client id")->required();
    cmd->add_option("--kind", a->kind, "Kind of contraindication")
        ->required()
        ->check(CLI::IsMember(ids_of(contraindication_kinds())));
    cmd->add_option("--description", a->description, "What exactly")->required();
    cmd->add_option("--severity", a->severity, "caution, local (do not treat a region) or total")
        ->required()
        ->check(CLI::IsMember({"caution", "local", "total"}));
    cmd->add_option("--region", a->region,
                    "Body-chart region (required for local), see `db regions`");
    cmd->add_option("--noted", a->noted, "Noted on, YYYY-MM-DD");
    cmd->add_option("--notes", a->notes, "Notes, or @FILE");
    cmd->callback([&ctx, a] {
      Contraindication c;
      c.client_id = a->client;
      c.kind = a->kind;
      c.description = a->description;
      c.severity = *severity_from_string(a->severity);
      c.region_id = a->region;
      c.noted_on = parse_optional_date_option("noted_on", a->noted);
      c.notes = text_option(a->notes);
      auto& db = ctx.db();
      storage::WriteTransaction tx(db);
      storage::Contraindications(db).add(tx, c);
      tx.commit();
      ctx.print({{"id", c.id}, {"row_version", c.row_version}},
                "Added contraindication " + std::to_string(c.id));
    });
  }
  {
    struct Args {
      Id client = 0, id = 0;
      std::string on;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = group->add_subcommand("resolve", "Mark a contraindication as resolved");
    cmd->add_option("client", a->client, "Client id")->required();
    cmd->add_option("id", a->id, "Contraindication id")->required();
    cmd->add_option("--on", a->on, "Resolved on, YYYY-MM-DD (default today)");
    cmd->callback([&ctx, a] {
      auto& db = ctx.db();
      storage::Contraindications repo(db);
      storage::WriteTransaction tx(db);
      for (auto c : repo.list_for_client(a->client)) {
        if (c.id != a->id) continue;
        c.active = false;
        c.resolved_on = a->on.empty() ? today() : parse_date_option("resolved_on", a->on);
        repo.update(tx, c);
        tx.commit();
        ctx.print({{"id", c.id}, {"row_version", c.row_version}},
                  "Resolved contraindication " + std::to_string(c.id));
        return;
      }
      throw NotFoundError("contraindication", a->id);
    });
  }
  {
    auto client = std::make_shared<Id>(0);
    auto active = std::make_shared<bool>(false);
    auto* cmd = group->add_subcommand("list", "List a client's contraindications");
    cmd->add_option("client", *client, "Client id")->required();
    cmd->add_flag("--active", *active, "Only those still active");
    cmd->callback([&ctx, client, active] {
      require_client(ctx, *client);
      const auto list = storage::Contraindications(ctx.db()).list_for_client(*client, *active);
      std::ostringstream text;
      for (const auto& c : list)
        text << c.id << "\t" << (c.active ? "ACTIVE" : "resolved") << "\t" << to_string(c.severity)
             << "\t" << c.kind << "\t" << c.description
             << (c.region_id.empty() ? "" : "\t[" + c.region_id + "]") << "\n";
      ctx.print(nlohmann::json(list), text.str());
    });
  }
}

void add_consent(CLI::App* parent, Context& ctx) {
  auto* group = parent->add_subcommand("consent", "Consent records")->require_subcommand(1);
  {
    struct Args {
      Id client = 0;
      std::string kind, date, witness, version, notes;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = group->add_subcommand("add", "Record a consent");
    cmd->add_option("client", a->client, "Client id")->required();
    cmd->add_option("--kind", a->kind, "Kind of consent")
        ->required()
        ->check(CLI::IsMember(ids_of(consent_kinds())));
    cmd->add_option("--date", a->date, "Given on, YYYY-MM-DD (default today)");
    cmd->add_option("--witness", a->witness, "Who witnessed it");
    cmd->add_option("--document-version", a->version, "Version of the form signed");
    cmd->add_option("--notes", a->notes, "Notes, or @FILE");
    cmd->callback([&ctx, a] {
      Consent c;
      c.client_id = a->client;
      c.kind = a->kind;
      c.given_on = a->date.empty() ? today() : parse_date_option("given_on", a->date);
      c.witnessed_by = a->witness;
      c.document_version = a->version;
      c.notes = text_option(a->notes);
      auto& db = ctx.db();
      storage::WriteTransaction tx(db);
      storage::Consents(db).add(tx, c);
      tx.commit();
      ctx.print({{"id", c.id}, {"row_version", c.row_version}},
                "Added consent " + std::to_string(c.id));
    });
  }
  {
    auto client = std::make_shared<Id>(0);
    auto* cmd = group->add_subcommand("list", "List a client's consents");
    cmd->add_option("client", *client, "Client id")->required();
    cmd->callback([&ctx, client] {
      require_client(ctx, *client);
      const auto list = storage::Consents(ctx.db()).list_for_client(*client);
      std::ostringstream text;
      for (const auto& c : list)
        text << c.id << "\t" << c.kind << "\t" << format_date(c.given_on) << "\t"
             << (c.witnessed_by.empty() ? "-" : c.witnessed_by) << "\t"
             << (c.document_version.empty() ? "-" : c.document_version)
             << (c.withdrawn_on ? "\twithdrawn " + format_date(*c.withdrawn_on) : "") << "\n";
      ctx.print(nlohmann::json(list), text.str());
    });
  }
}

}  // namespace

void add_clinical_commands(CLI::App& app, Context& ctx) {
  add_history(&app, ctx);
  add_contraindication(&app, ctx);
  add_consent(&app, ctx);
}

}  // namespace myochart::cli
