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

// What the insert and update statements of every record kind share: the client check, the
// ids and versions, the time stamp.
struct Common {
  long long id = 0, client = 0, expected = 0;
  int client_rows = 0;
  std::string now;
};

soci::statement client_check(soci::session& sql, Common& c) {
  return (sql.prepare << "SELECT count(*) FROM clients WHERE id = :c", use(c.client, "c"),
          soci::into(c.client_rows));
}

void require_client(soci::statement& check, const Common& c) {
  detail::execute_single(check);
  if (c.client_rows == 0) throw NotFoundError("client", c.client);
}

// Runs a prepared INSERT and reads back the new id.
Id insert(Database& db, soci::statement& st) {
  st.execute(true);
  return db.dialect().last_insert_id(db.sql());
}

// Runs a prepared UPDATE ... WHERE id = :id AND row_version = :v; "no row changed" becomes
// NotFoundError / ConflictError.
void update_versioned(soci::session& sql, soci::statement& st, const char* table, const char* what,
                      const Common& c) {
  st.execute(true);
  if (st.get_affected_rows() != 1) detail::throw_stale(sql, table, what, c.id, c.expected);
}

void require_known_region(const Contraindication& c) {
  if (!c.region_id.empty() && chart::BodyChart::standard().region_label(c.region_id).empty())
    throw ValidationError("region", "is not a body-chart region",
                          "a region id such as left_scapular or neck_posterior");
}

}  // namespace

// ---- health history ---------------------------------------------------------------------

struct HealthHistory::Statements {
  Common c;
  std::string kind, description, details;
  detail::NullableText started, ended;
  soci::statement check, add, update;

  explicit Statements(soci::session& sql)
      : check(client_check(sql, c)),
        add((sql.prepare << "INSERT INTO health_entries (client_id, kind, description, details, "
                            "started_on, ended_on, created_at, updated_at) VALUES (:c, :k, :d, "
                            ":x, :s, :e, :t, :t)",
             use(c.client, "c"), use(kind, "k"), use(description, "d"), use(details, "x"),
             use(started.value, started.ind, "s"), use(ended.value, ended.ind, "e"),
             use(c.now, "t"))),
        update((sql.prepare << "UPDATE health_entries SET kind = :k, description = :d, "
                               "details = :x, started_on = :s, ended_on = :e, updated_at = :t, "
                               "row_version = row_version + 1 WHERE id = :id AND row_version = :v",
                use(kind, "k"), use(description, "d"), use(details, "x"),
                use(started.value, started.ind, "s"), use(ended.value, ended.ind, "e"),
                use(c.now, "t"), use(c.id, "id"), use(c.expected, "v"))) {}

  void fill(const HealthEntry& e, Timestamp t) {
    c.id = e.id;
    c.client = e.client_id;
    c.expected = e.row_version;
    c.now = format_timestamp(t);
    kind = to_string(e.kind);
    description = e.description;
    details = e.details;
    started = nullable(e.started_on);
    ended = nullable(e.ended_on);
  }
};

HealthHistory::HealthHistory(Database& db) : db_(db) {}
HealthHistory::~HealthHistory() = default;

HealthHistory::Statements& HealthHistory::st() {
  if (!st_)
    st_ = guarded("preparing statements", [&] { return std::make_unique<Statements>(db_.sql()); });
  return *st_;
}

Id HealthHistory::add(WriteTransaction& tx, HealthEntry& e) {
  validate(e);
  auto& s = st();
  const Timestamp t = now();
  s.fill(e, t);
  const Id id = guarded("saving the health history entry", [&] {
    require_client(s.check, s.c);
    return insert(tx.db(), s.add);
  });
  e.id = id;
  e.row_version = 1;
  e.created_at = e.updated_at = t;
  return id;
}

void HealthHistory::update(WriteTransaction& tx, HealthEntry& e) {
  validate(e);
  auto& s = st();
  const Timestamp t = now();
  s.fill(e, t);
  guarded("saving the health history entry", [&] {
    update_versioned(tx.db().sql(), s.update, "health_entries", "health history entry", s.c);
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

struct Contraindications::Statements {
  Common c;
  std::string kind, description, severity, region, notes;
  int active = 1;
  detail::NullableText noted, resolved;
  soci::statement check, add, update;

  explicit Statements(soci::session& sql)
      : check(client_check(sql, c)),
        add((sql.prepare << "INSERT INTO contraindications (client_id, kind, description, "
                            "severity, region_id, active, noted_on, resolved_on, notes, "
                            "created_at, updated_at) VALUES (:c, :k, :d, :s, :r, :a, :n, :x, "
                            ":notes, :t, :t)",
             use(c.client, "c"), use(kind, "k"), use(description, "d"), use(severity, "s"),
             use(region, "r"), use(active, "a"), use(noted.value, noted.ind, "n"),
             use(resolved.value, resolved.ind, "x"), use(notes, "notes"), use(c.now, "t"))),
        update((sql.prepare << "UPDATE contraindications SET kind = :k, description = :d, "
                               "severity = :s, region_id = :r, active = :a, noted_on = :n, "
                               "resolved_on = :x, notes = :notes, updated_at = :t, "
                               "row_version = row_version + 1 WHERE id = :id AND row_version = :v",
                use(kind, "k"), use(description, "d"), use(severity, "s"), use(region, "r"),
                use(active, "a"), use(noted.value, noted.ind, "n"),
                use(resolved.value, resolved.ind, "x"), use(notes, "notes"), use(c.now, "t"),
                use(c.id, "id"), use(c.expected, "v"))) {}

  void fill(const Contraindication& k, Timestamp t) {
    c.id = k.id;
    c.client = k.client_id;
    c.expected = k.row_version;
    c.now = format_timestamp(t);
    kind = k.kind;
    description = k.description;
    severity = to_string(k.severity);
    region = k.region_id;
    active = k.active ? 1 : 0;
    noted = nullable(k.noted_on);
    resolved = nullable(k.resolved_on);
    notes = k.notes;
  }
};

Contraindications::Contraindications(Database& db) : db_(db) {}
Contraindications::~Contraindications() = default;

Contraindications::Statements& Contraindications::st() {
  if (!st_)
    st_ = guarded("preparing statements", [&] { return std::make_unique<Statements>(db_.sql()); });
  return *st_;
}

Id Contraindications::add(WriteTransaction& tx, Contraindication& k) {
  validate(k);
  require_known_region(k);
  auto& s = st();
  const Timestamp t = now();
  s.fill(k, t);
  const Id id = guarded("saving the contraindication", [&] {
    require_client(s.check, s.c);
    return insert(tx.db(), s.add);
  });
  k.id = id;
  k.row_version = 1;
  k.created_at = k.updated_at = t;
  return id;
}

void Contraindications::update(WriteTransaction& tx, Contraindication& k) {
  validate(k);
  require_known_region(k);
  auto& s = st();
  const Timestamp t = now();
  s.fill(k, t);
  guarded("saving the contraindication", [&] {
    update_versioned(tx.db().sql(), s.update, "contraindications", "contraindication", s.c);
  });
  k.row_version += 1;
  k.updated_at = t;
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

struct Consents::Statements {
  Common c;
  std::string kind, given, witness, version, notes;
  detail::NullableText withdrawn;
  soci::statement check, add, update;

  explicit Statements(soci::session& sql)
      : check(client_check(sql, c)),
        add((sql.prepare << "INSERT INTO consents (client_id, kind, given_on, witnessed_by, "
                            "document_version, withdrawn_on, notes, created_at, updated_at) "
                            "VALUES (:c, :k, :g, :w, :dv, :x, :notes, :t, :t)",
             use(c.client, "c"), use(kind, "k"), use(given, "g"), use(witness, "w"),
             use(version, "dv"), use(withdrawn.value, withdrawn.ind, "x"), use(notes, "notes"),
             use(c.now, "t"))),
        update((sql.prepare << "UPDATE consents SET kind = :k, given_on = :g, witnessed_by = :w, "
                               "document_version = :dv, withdrawn_on = :x, notes = :notes, "
                               "updated_at = :t, row_version = row_version + 1 "
                               "WHERE id = :id AND row_version = :v",
                use(kind, "k"), use(given, "g"), use(witness, "w"), use(version, "dv"),
                use(withdrawn.value, withdrawn.ind, "x"), use(notes, "notes"), use(c.now, "t"),
                use(c.id, "id"), use(c.expected, "v"))) {}

  void fill(const Consent& k, Timestamp t) {
    c.id = k.id;
    c.client = k.client_id;
    c.expected = k.row_version;
    c.now = format_timestamp(t);
    kind = k.kind;
    given = format_date(k.given_on);
    witness = k.witnessed_by;
    version = k.document_version;
    withdrawn = nullable(k.withdrawn_on);
    notes = k.notes;
  }
};

Consents::Consents(Database& db) : db_(db) {}
Consents::~Consents() = default;

Consents::Statements& Consents::st() {
  if (!st_)
    st_ = guarded("preparing statements", [&] { return std::make_unique<Statements>(db_.sql()); });
  return *st_;
}

Id Consents::add(WriteTransaction& tx, Consent& k) {
  validate(k);
  auto& s = st();
  const Timestamp t = now();
  s.fill(k, t);
  const Id id = guarded("saving the consent", [&] {
    require_client(s.check, s.c);
    return insert(tx.db(), s.add);
  });
  k.id = id;
  k.row_version = 1;
  k.created_at = k.updated_at = t;
  return id;
}

void Consents::update(WriteTransaction& tx, Consent& k) {
  validate(k);
  auto& s = st();
  const Timestamp t = now();
  s.fill(k, t);
  guarded("saving the consent",
          [&] { update_versioned(tx.db().sql(), s.update, "consents", "consent", s.c); });
  k.row_version += 1;
  k.updated_at = t;
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
