// client add/edit/show/list/search/archive, and init.
#include <iostream>
#include <memory>
#include <sstream>

#include "cli_context.h"
#include "myochart/errors.h"
#include "myochart/io/record_json.h"
#include "myochart/storage/client_record.h"
#include "myochart/storage/clients.h"

namespace myochart::cli {

namespace {

// Every editable client field as an option; unset options leave the field as it is.
struct ClientFields {
  std::optional<std::string> given, family, preferred, dob, pronouns, phone, email, line1, line2,
      city, region, postal, country, occupation, em_name, em_rel, em_phone, ph_name, ph_phone,
      ph_practice, referral, notes;
  std::optional<bool> family_first;

  void add_to(CLI::App* cmd) {
    cmd->add_option("--given", given, "Given (first) name");
    cmd->add_option("--family", family, "Family (last) name");
    cmd->add_option("--preferred", preferred, "Preferred name");
    cmd->add_option("--family-first", family_first,
                    "Write the family name first (true/false), e.g. for Korean names");
    cmd->add_option("--dob", dob, "Date of birth, YYYY-MM-DD (empty to clear)");
    cmd->add_option("--pronouns", pronouns);
    cmd->add_option("--phone", phone);
    cmd->add_option("--email", email);
    cmd->add_option("--address-line1", line1);
    cmd->add_option("--address-line2", line2);
    cmd->add_option("--city", city);
    cmd->add_option("--region", region, "State, province or county");
    cmd->add_option("--postal-code", postal);
    cmd->add_option("--country", country);
    cmd->add_option("--occupation", occupation);
    cmd->add_option("--emergency-name", em_name);
    cmd->add_option("--emergency-relationship", em_rel);
    cmd->add_option("--emergency-phone", em_phone);
    cmd->add_option("--physician-name", ph_name);
    cmd->add_option("--physician-phone", ph_phone);
    cmd->add_option("--physician-practice", ph_practice);
    cmd->add_option("--referral-source", referral);
    cmd->add_option("--notes", notes, "Notes, or @FILE to read them from a file (@- for stdin)");
  }

  void apply(Client& c) const {
    auto set = [](std::string& field, const std::optional<std::string>& v) {
      if (v) field = *v;
    };
    set(c.given_name, given);
    set(c.family_name, family);
    set(c.preferred_name, preferred);
    if (family_first) c.family_name_first = *family_first;
    if (dob) c.date_of_birth = parse_optional_date_option("date_of_birth", *dob);
    set(c.pronouns, pronouns);
    set(c.phone, phone);
    set(c.email, email);
    set(c.address.line1, line1);
    set(c.address.line2, line2);
    set(c.address.city, city);
    set(c.address.region, region);
    set(c.address.postal_code, postal);
    set(c.address.country, country);
    set(c.occupation, occupation);
    set(c.emergency_contact.name, em_name);
    set(c.emergency_contact.relationship, em_rel);
    set(c.emergency_contact.phone, em_phone);
    set(c.physician.name, ph_name);
    set(c.physician.phone, ph_phone);
    set(c.physician.practice, ph_practice);
    set(c.referral_source, referral);
    if (notes) c.notes = text_option(*notes);
  }
};

std::string date_or_dash(const std::optional<Date>& d) {
  return d ? format_date(*d) : "-";
}

void print_summaries(const Context& ctx, const std::vector<storage::ClientSummary>& rows) {
  nlohmann::json j = nlohmann::json::array();
  std::ostringstream text;
  for (const auto& s : rows) {
    nlohmann::json row = {{"id", s.id},
                          {"display_name", s.display_name},
                          {"phone", s.phone},
                          {"email", s.email},
                          {"archived", s.archived},
                          {"active_contraindications", s.active_contraindications}};
    if (s.date_of_birth) row["date_of_birth"] = format_date(*s.date_of_birth);
    if (s.last_session) row["last_session"] = format_timestamp(*s.last_session);
    j.push_back(row);
    text << s.id << "\t" << s.display_name << "\t" << date_or_dash(s.date_of_birth) << "\t"
         << (s.phone.empty() ? "-" : s.phone) << "\t" << (s.email.empty() ? "-" : s.email)
         << (s.active_contraindications ? "\t[!" + std::to_string(s.active_contraindications) + "]"
                                        : "")
         << (s.archived ? "\t(archived)" : "") << "\n";
  }
  ctx.print(j, text.str());
}

std::string describe(const Client& c) {
  std::ostringstream o;
  auto line = [&](const char* label, const std::string& v) {
    if (!v.empty()) o << label << ": " << v << "\n";
  };
  o << "Client " << c.id << " (version " << c.row_version << ")"
    << (c.archived ? " — archived" : "") << "\n";
  line("Name", display_name(c));
  line("Date of birth", c.date_of_birth ? format_date(*c.date_of_birth) : "");
  line("Pronouns", c.pronouns);
  line("Phone", c.phone);
  line("E-mail", c.email);
  std::string addr;
  for (const auto* part : {&c.address.line1, &c.address.line2, &c.address.city, &c.address.region,
                           &c.address.postal_code, &c.address.country})
    if (!part->empty()) addr += (addr.empty() ? "" : ", ") + *part;
  line("Address", addr);
  line("Occupation", c.occupation);
  if (!c.emergency_contact.name.empty())
    line("Emergency contact",
         c.emergency_contact.name +
             (c.emergency_contact.relationship.empty()
                  ? ""
                  : " (" + c.emergency_contact.relationship + ")") +
             (c.emergency_contact.phone.empty() ? "" : ", " + c.emergency_contact.phone));
  if (!c.physician.name.empty())
    line("Physician", c.physician.name +
                          (c.physician.practice.empty() ? "" : ", " + c.physician.practice) +
                          (c.physician.phone.empty() ? "" : ", " + c.physician.phone));
  line("Referred by", c.referral_source);
  line("Notes", c.notes);
  return o.str();
}

}  // namespace

void add_init_command(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("init", "Create the database (or upgrade an older one)");
  cmd->callback([&ctx] {
    auto& db = ctx.db(storage::OpenMode::kCreateIfMissing);
    nlohmann::json j = {{"database", db.file().string()}, {"schema_version", db.schema_version()}};
    std::string text = "MyoChart database ready at " + db.file().string() + " (schema version " +
                       std::to_string(db.schema_version()) + ")";
    if (db.pre_migration_copy()) {
      j["copy_before_upgrade"] = db.pre_migration_copy()->string();
      text +=
          "\nA copy of the database before the upgrade is at " + db.pre_migration_copy()->string();
    }
    ctx.print(j, text);
  });
}

void add_client_commands(CLI::App& app, Context& ctx) {
  auto* client = app.add_subcommand("client", "Client records")->require_subcommand(1);

  {
    auto fields = std::make_shared<ClientFields>();
    auto* cmd = client->add_subcommand("add", "Add a client");
    fields->add_to(cmd);
    cmd->callback([&ctx, fields] {
      Client c;
      fields->apply(c);
      auto& db = ctx.db();
      storage::Clients clients(db);
      storage::WriteTransaction tx(db);
      clients.add(tx, c);
      tx.commit();
      ctx.print({{"id", c.id}, {"row_version", c.row_version}},
                "Added client " + std::to_string(c.id));
    });
  }
  {
    auto fields = std::make_shared<ClientFields>();
    auto id = std::make_shared<Id>(0);
    auto expected = std::make_shared<std::optional<RowVersion>>();
    auto* cmd =
        client->add_subcommand("edit", "Change fields of a client (others stay as they are)");
    cmd->add_option("id", *id, "Client id")->required();
    cmd->add_option("--expected-version", *expected,
                    "Refuse to save if the client changed since this version");
    fields->add_to(cmd);
    cmd->callback([&ctx, fields, id, expected] {
      auto& db = ctx.db();
      storage::Clients clients(db);
      storage::WriteTransaction tx(db);
      Client c = clients.get(*id);
      if (*expected) c.row_version = **expected;
      fields->apply(c);
      clients.update(tx, c);
      tx.commit();
      ctx.print({{"id", c.id}, {"row_version", c.row_version}},
                "Saved client " + std::to_string(c.id) + " (version " +
                    std::to_string(c.row_version) + ")");
    });
  }
  {
    auto id = std::make_shared<Id>(0);
    auto* cmd = client->add_subcommand("show", "Show a client's record");
    cmd->add_option("id", *id, "Client id")->required();
    cmd->callback([&ctx, id] {
      auto record = storage::load_client_record(ctx.db(), *id);
      nlohmann::json j = record.client;
      j["health_history"] = record.health_history;
      j["contraindications"] = record.contraindications;
      j["consents"] = record.consents;
      j["sessions"] = record.sessions;
      std::string text = describe(record.client);
      int active = 0;
      for (const auto& k : record.contraindications) active += k.active ? 1 : 0;
      if (active) text += "ALERT: " + std::to_string(active) + " active contraindication(s)\n";
      text += std::to_string(record.health_history.size()) + " health history entries, " +
              std::to_string(record.contraindications.size()) + " contraindications, " +
              std::to_string(record.consents.size()) + " consents, " +
              std::to_string(record.sessions.size()) + " sessions";
      ctx.print(j, text);
    });
  }
  {
    auto q = std::make_shared<storage::ClientQuery>();
    auto* cmd = client->add_subcommand("list", "List clients in name order");
    cmd->add_flag("--archived", q->include_archived, "Include archived clients");
    cmd->add_option("--limit", q->limit, "At most this many")->check(CLI::Range(1, 100000));
    cmd->add_option("--offset", q->offset, "Skip this many")->check(CLI::NonNegativeNumber);
    cmd->callback([&ctx, q] { print_summaries(ctx, storage::Clients(ctx.db()).list(*q)); });
  }
  {
    auto q = std::make_shared<storage::ClientQuery>();
    auto text = std::make_shared<std::string>();
    auto* cmd = client->add_subcommand("search", "Find clients by name, phone or e-mail");
    cmd->add_option("text", *text, "Words or digits to look for (prefixes)")->required();
    cmd->add_flag("--archived", q->include_archived, "Include archived clients");
    cmd->add_option("--limit", q->limit, "At most this many")->check(CLI::Range(1, 100000));
    cmd->callback(
        [&ctx, q, text] { print_summaries(ctx, storage::Clients(ctx.db()).search(*text, *q)); });
  }
  {
    auto id = std::make_shared<Id>(0);
    auto restore = std::make_shared<bool>(false);
    auto* cmd =
        client->add_subcommand("archive", "Archive a client (hide from the list; keep the record)");
    cmd->add_option("id", *id, "Client id")->required();
    cmd->add_flag("--restore", *restore, "Bring an archived client back");
    cmd->callback([&ctx, id, restore] {
      auto& db = ctx.db();
      storage::Clients clients(db);
      storage::WriteTransaction tx(db);
      const Client c = clients.get(*id);
      const auto version = clients.set_archived(tx, *id, c.row_version, !*restore);
      tx.commit();
      ctx.print({{"id", *id}, {"row_version", version}, {"archived", !*restore}},
                std::string(*restore ? "Restored" : "Archived") + " client " + std::to_string(*id));
    });
  }
}

}  // namespace myochart::cli
