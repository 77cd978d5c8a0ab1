#include "myochart/storage/clinical_records.h"

#include <soci/soci.h>

#include "myochart/chart/body_chart.h"
#include "myochart/errors.h"
#include "storage/internal.h"
#include "storage/row_reader.h"
#include "storage/soci_errors.h"

namespace myochart::storage {

using detail::guarded;
using detail::nullable;
using soci::use;

namespace {

void require_client(soci::session& sql, Id client) {
  long long id = client;
  int n = 0;
  sql << "SELECT count(*) FROM clients WHERE id = :id", use(id), soci::into(n);
  if (n == 0) throw NotFoundError("client", client);
}

// Runs an UPDATE ... WHERE id = :id AND row_version = :v and turns "no row changed" into
// NotFoundError / ConflictError.
void run_versioned_update(soci::session& sql, soci::details::prepare_temp_type prep,
                          const char* table, const char* what, Id id, RowVersion expected) {
  soci::statement st(prep);
  st.execute(true);
  if (st.get_affected_rows() != 1) detail::throw_stale(sql, table, what, id, expected);
}

void require_known_region(const Contraindication& c) {
  if (!c.region_id.empty() && chart::BodyChart::standard().region_label(c.region_id).empty())
    throw ValidationError("region", "is not a body-chart region",
                          "a region id such as left_scapular or neck_posterior");
}

}  // namespace

// ---- health history ---------------------------------------------------------------------

Id HealthHistory::add(WriteTransaction& tx, HealthEntry& e) {
  validate(e);
  auto& sql = tx.db().sql();
  const Timestamp t = now();
  const std::string ts = format_timestamp(t), kind(to_string(e.kind));
  auto started = nullable(e.started_on), ended = nullable(e.ended_on);
  long long client = e.client_id, id = 0;
  guarded("saving the health history entry", [&] {
    require_client(sql, e.client_id);
    sql << "INSERT INTO health_entries (client_id, kind, description, details, started_on, "
           "ended_on, created_at, updated_at) VALUES (:c, :k, :d, :x, :s, :e, :t, :t)",
        use(client, "c"), use(kind, "k"), use(e.description, "d"), use(e.details, "x"),
        use(started.value, started.ind, "s"), use(ended.value, ended.ind, "e"), use(ts, "t");
    id = tx.db().dialect().last_insert_id(sql);
  });
  e.id = id;
  e.row_version = 1;
  e.created_at = e.updated_at = t;
  return e.id;
}

void HealthHistory::update(WriteTransaction& tx, HealthEntry& e) {
  validate(e);
  auto& sql = tx.db().sql();
  const Timestamp t = now();
  const std::string ts = format_timestamp(t), kind(to_string(e.kind));
  auto started = nullable(e.started_on), ended = nullable(e.ended_on);
  long long id = e.id, version = e.row_version;
  guarded("saving the health history entry", [&] {
    run_versioned_update(
        sql,
        (sql.prepare << "UPDATE health_entries SET kind = :k, description = :d, details = :x, "
                        "started_on = :s, ended_on = :e, updated_at = :t, "
                        "row_version = row_version + 1 WHERE id = :id AND row_version = :v",
         use(kind, "k"), use(e.description, "d"), use(e.details, "x"),
         use(started.value, started.ind, "s"), use(ended.value, ended.ind, "e"), use(ts, "t"),
         use(id, "id"), use(version, "v")),
        "health_entries", "health history entry", e.id, e.row_version);
  });
  e.row_version += 1;
  e.updated_at = t;
}

std::vector<HealthEntry> HealthHistory::list_for_client(Id client) const {
  return guarded("reading the health history", [&] {
    std::vector<HealthEntry> out;
    long long c = client;
    soci::rowset<soci::row> rows =
        (db_.sql().prepare << "SELECT id, client_id, row_version, kind, description, details, "
                              "started_on, ended_on, created_at, updated_at FROM health_entries "
                              "WHERE client_id = :c ORDER BY id",
         use(c));
    for (const auto& row : rows) {
      detail::RowReader r(row);
      HealthEntry e;
      e.id = r.integer();
      e.client_id = r.integer();
      e.row_version = r.integer();
      e.kind = health_kind_from_string(r.text()).value_or(HealthKind::kCondition);
      e.description = r.text();
      e.details = r.text();
      e.started_on = r.optional_date();
      e.ended_on = r.optional_date();
      e.created_at = r.timestamp();
      e.updated_at = r.timestamp();
      out.push_back(std::move(e));
    }
    return out;
  });
}

// ---- contraindications ------------------------------------------------------------------

Id Contraindications::add(WriteTransaction& tx, Contraindication& c) {
  validate(c);
  require_known_region(c);
  auto& sql = tx.db().sql();
  const Timestamp t = now();
  const std::string ts = format_timestamp(t), severity(to_string(c.severity));
  auto noted = nullable(c.noted_on), resolved = nullable(c.resolved_on);
  long long client = c.client_id, id = 0;
  int active = c.active ? 1 : 0;
  guarded("saving the contraindication", [&] {
    require_client(sql, c.client_id);
    sql << "INSERT INTO contraindications (client_id, kind, description, severity, region_id, "
           "active, noted_on, resolved_on, notes, created_at, updated_at) VALUES (:c, :k, :d, "
           ":s, :r, :a, :n, :x, :notes, :t, :t)",
        use(client, "c"), use(c.kind, "k"), use(c.description, "d"), use(severity, "s"),
        use(c.region_id, "r"), use(active, "a"), use(noted.value, noted.ind, "n"),
        use(resolved.value, resolved.ind, "x"), use(c.notes, "notes"), use(ts, "t");
    id = tx.db().dialect().last_insert_id(sql);
  });
  c.id = id;
  c.row_version = 1;
  c.created_at = c.updated_at = t;
  return c.id;
}

void Contraindications::update(WriteTransaction& tx, Contraindication& c) {
  validate(c);
  require_known_region(c);
  auto& sql = tx.db().sql();
  const Timestamp t = now();
  const std::string ts = format_timestamp(t), severity(to_string(c.severity));
  auto noted = nullable(c.noted_on), resolved = nullable(c.resolved_on);
  long long id = c.id, version = c.row_version;
  int active = c.active ? 1 : 0;
  guarded("saving the contraindication", [&] {
    run_versioned_update(
        sql,
        (sql.prepare << "UPDATE contraindications SET kind = :k, description = :d, "
                        "severity = :s, region_id = :r, active = :a, noted_on = :n, "
                        "resolved_on = :x, notes = :notes, updated_at = :t, "
                        "row_version = row_version + 1 WHERE id = :id AND row_version = :v",
         use(c.kind, "k"), use(c.description, "d"), use(severity, "s"), use(c.region_id, "r"),
         use(active, "a"), use(noted.value, noted.ind, "n"), use(resolved.value, resolved.ind, "x"),
         use(c.notes, "notes"), use(ts, "t"), use(id, "id"), use(version, "v")),
        "contraindications", "contraindication", c.id, c.row_version);
  });
  c.row_version += 1;
  c.updated_at = t;
}

std::vector<Contraindication> Contraindications::list_for_client(Id client,
                                                                 bool active_only) const {
  return guarded("reading the contraindications", [&] {
    std::vector<Contraindication> out;
    long long cl = client;
    int only = active_only ? 1 : 0;
    soci::rowset<soci::row> rows =
        (db_.sql().prepare << "SELECT id, client_id, row_version, kind, description, severity, "
                              "region_id, active, noted_on, resolved_on, notes, created_at, "
                              "updated_at FROM contraindications WHERE client_id = :c AND "
                              "(active = 1 OR :only = 0) ORDER BY id",
         use(cl, "c"), use(only, "only"));
    for (const auto& row : rows) {
      detail::RowReader r(row);
      Contraindication c;
      c.id = r.integer();
      c.client_id = r.integer();
      c.row_version = r.integer();
      c.kind = r.text();
      c.description = r.text();
      c.severity = severity_from_string(r.text()).value_or(Severity::kCaution);
      c.region_id = r.text();
      c.active = r.boolean();
      c.noted_on = r.optional_date();
      c.resolved_on = r.optional_date();
      c.notes = r.text();
      c.created_at = r.timestamp();
      c.updated_at = r.timestamp();
      out.push_back(std::move(c));
    }
    return out;
  });
}

// ---- consents ---------------------------------------------------------------------------

Id Consents::add(WriteTransaction& tx, Consent& c) {
  validate(c);
  auto& sql = tx.db().sql();
  const Timestamp t = now();
  const std::string ts = format_timestamp(t), given = format_date(c.given_on);
  auto withdrawn = nullable(c.withdrawn_on);
  long long client = c.client_id, id = 0;
  guarded("saving the consent", [&] {
    require_client(sql, c.client_id);
    sql << "INSERT INTO consents (client_id, kind, given_on, witnessed_by, document_version, "
           "withdrawn_on, notes, created_at, updated_at) VALUES (:c, :k, :g, :w, :dv, :x, "
           ":notes, :t, :t)",
        use(client, "c"), use(c.kind, "k"), use(given, "g"), use(c.witnessed_by, "w"),
        use(c.document_version, "dv"), use(withdrawn.value, withdrawn.ind, "x"),
        use(c.notes, "notes"), use(ts, "t");
    id = tx.db().dialect().last_insert_id(sql);
  });
  c.id = id;
  c.row_version = 1;
  c.created_at = c.updated_at = t;
  return c.id;
}

void Consents::update(WriteTransaction& tx, Consent& c) {
  validate(c);
  auto& sql = tx.db().sql();
  const Timestamp t = now();
  const std::string ts = format_timestamp(t), given = format_date(c.given_on);
  auto withdrawn = nullable(c.withdrawn_on);
  long long id = c.id, version = c.row_version;
  guarded("saving the consent", [&] {
    run_versioned_update(
        sql,
        (sql.prepare << "UPDATE consents SET kind = :k, given_on = :g, witnessed_by = :w, "
                        "document_version = :dv, withdrawn_on = :x, notes = :notes, "
                        "updated_at = :t, row_version = row_version + 1 "
                        "WHERE id = :id AND row_version = :v",
         use(c.kind, "k"), use(given, "g"), use(c.witnessed_by, "w"),
         use(c.document_version, "dv"), use(withdrawn.value, withdrawn.ind, "x"),
         use(c.notes, "notes"), use(ts, "t"), use(id, "id"), use(version, "v")),
        "consents", "consent", c.id, c.row_version);
  });
  c.row_version += 1;
  c.updated_at = t;
}

std::vector<Consent> Consents::list_for_client(Id client) const {
  return guarded("reading the consents", [&] {
    std::vector<Consent> out;
    long long cl = client;
    soci::rowset<soci::row> rows =
        (db_.sql().prepare << "SELECT id, client_id, row_version, kind, given_on, witnessed_by, "
                              "document_version, withdrawn_on, notes, created_at, updated_at "
                              "FROM consents WHERE client_id = :c ORDER BY given_on, id",
         use(cl));
    for (const auto& row : rows) {
      detail::RowReader r(row);
      Consent c;
      c.id = r.integer();
      c.client_id = r.integer();
      c.row_version = r.integer();
      c.kind = r.text();
      c.given_on = r.date();
      c.witnessed_by = r.text();
      c.document_version = r.text();
      c.withdrawn_on = r.optional_date();
      c.notes = r.text();
      c.created_at = r.timestamp();
      c.updated_at = r.timestamp();
      out.push_back(std::move(c));
    }
    return out;
  });
}

}  // namespace myochart::storage
