#include "handout_store.h"

#include <soci/soci.h>

#include "myochart/errors.h"
#include "myochart/time.h"

namespace myochart::home_care {

namespace {

// SQLite reports an INTEGER column as int or long long depending on its value.
long long integer(const soci::row& r, std::size_t i) {
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_integer:
      return r.get<int>(i);
    case soci::dt_long_long:
      return r.get<long long>(i);
    case soci::dt_unsigned_long_long:
      return static_cast<long long>(r.get<unsigned long long>(i));
    case soci::dt_double:
      return static_cast<long long>(r.get<double>(i));
    default:
      return std::stoll(r.get<std::string>(i));
  }
}

nlohmann::json parse_stored(const std::string& text, const std::string& what) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) throw Error(what + " in the database is not valid JSON");
  return j;
}

}  // namespace

std::vector<plugin::PluginMigration> migrations() {
  return {{1, "templates and given sheets",
           R"sql(
CREATE TABLE home_care_templates (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  plan        TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE TABLE home_care_sheets (
  id         INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  plan       TEXT NOT NULL,
  context    TEXT NOT NULL,
  given_at   TEXT NOT NULL
);
CREATE INDEX home_care_sheets_by_session ON home_care_sheets (session_id);
)sql",
           ""}};
}

Id HandoutStore::give(storage::WriteTransaction& tx, Id session, const nlohmann::json& plan,
                      const nlohmann::json& context) {
  auto& sql = tx.db().sql();
  long long sid = session;
  long long found = 0;
  sql << "SELECT COUNT(*) FROM sessions WHERE id = :id", soci::use(sid), soci::into(found);
  if (found == 0) throw NotFoundError("session", session);
  const std::string plan_text = plan.dump(), context_text = context.dump();
  const std::string at = format_timestamp(now());
  sql << "INSERT INTO home_care_sheets (session_id, plan, context, given_at) VALUES (:s, :p, :c, :at)",
      soci::use(sid), soci::use(plan_text), soci::use(context_text), soci::use(at);
  return tx.db().dialect().last_insert_id(sql);
}

std::optional<GivenSheet> HandoutStore::sheet(Id id) const {
  long long sid = id;
  soci::rowset<soci::row> rows =
      (db_.sql().prepare << "SELECT h.id, h.session_id, s.client_id, h.plan, h.context, h.given_at "
                            "FROM home_care_sheets h JOIN sessions s ON s.id = h.session_id "
                            "WHERE h.id = :id",
       soci::use(sid));
  std::optional<GivenSheet> out;
  for (const auto& r : rows) {  // read to the end: no statement left running
    GivenSheet g;
    g.id = integer(r, 0);
    g.session_id = integer(r, 1);
    g.client_id = integer(r, 2);
    g.plan = parse_stored(r.get<std::string>(3), "sheet " + std::to_string(id) + "'s plan");
    g.context = parse_stored(r.get<std::string>(4), "sheet " + std::to_string(id) + "'s context");
    g.given_at = r.get<std::string>(5);
    out = std::move(g);
  }
  return out;
}

std::vector<GivenSheet> HandoutStore::sheets_for_client(Id client) const {
  long long cid = client;
  std::vector<GivenSheet> out;
  soci::rowset<soci::row> rows =
      (db_.sql().prepare << "SELECT h.id, h.session_id, h.plan, h.context, h.given_at "
                            "FROM home_care_sheets h JOIN sessions s ON s.id = h.session_id "
                            "WHERE s.client_id = :c ORDER BY h.given_at DESC, h.id DESC",
       soci::use(cid));
  for (const auto& r : rows) {
    GivenSheet g;
    g.id = integer(r, 0);
    g.session_id = integer(r, 1);
    g.client_id = client;
    g.plan = parse_stored(r.get<std::string>(2), "a sheet's plan");
    g.context = parse_stored(r.get<std::string>(3), "a sheet's context");
    g.given_at = r.get<std::string>(4);
    out.push_back(std::move(g));
  }
  return out;
}

PlanTemplate HandoutStore::save_template(storage::WriteTransaction& tx, const std::string& name,
                                         const nlohmann::json& plan) {
  auto& sql = tx.db().sql();
  const std::string text = plan.dump();
  const std::string at = format_timestamp(now());
  if (find_template(name)) {
    sql << "UPDATE home_care_templates SET plan = :p, row_version = row_version + 1, updated_at = :at "
           "WHERE name = :n",
        soci::use(text), soci::use(at), soci::use(name);
  } else {
    sql << "INSERT INTO home_care_templates (name, plan, created_at, updated_at) "
           "VALUES (:n, :p, :at, :at2)",
        soci::use(name), soci::use(text), soci::use(at), soci::use(at);
  }
  return *find_template(name);
}

std::optional<PlanTemplate> HandoutStore::find_template(const std::string& name) const {
  for (auto& t : templates())
    if (t.name == name) return std::move(t);
  return std::nullopt;
}

std::vector<PlanTemplate> HandoutStore::templates() const {
  std::vector<PlanTemplate> out;
  soci::rowset<soci::row> rows =
      db_.sql().prepare << "SELECT id, name, plan, row_version, created_at, updated_at "
                           "FROM home_care_templates ORDER BY name";
  for (const auto& r : rows) {
    PlanTemplate t;
    t.id = integer(r, 0);
    t.name = r.get<std::string>(1);
    t.plan = parse_stored(r.get<std::string>(2), "template " + t.name);
    t.row_version = integer(r, 3);
    t.created_at = r.get<std::string>(4);
    t.updated_at = r.get<std::string>(5);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace myochart::home_care
