#include "myochart/storage/clients.h"

#include <soci/soci.h>

#include "myochart/errors.h"
#include "myochart/text.h"
#include "storage/internal.h"
#include "storage/row_reader.h"
#include "storage/soci_errors.h"

namespace myochart::storage {

using detail::guarded;
using soci::use;

namespace {

constexpr const char* kColumns =
    "id, row_version, given_name, family_name, preferred_name, family_name_first, date_of_birth, "
    "pronouns, phone, email, address_line1, address_line2, address_city, address_region, "
    "address_postal_code, address_country, occupation, emergency_name, emergency_relationship, "
    "emergency_phone, physician_name, physician_phone, physician_practice, referral_source, "
    "notes, archived, created_at, updated_at";

Client read_client(const soci::row& row) {
  detail::RowReader r(row);
  Client c;
  c.id = r.integer();
  c.row_version = r.integer();
  c.given_name = r.text();
  c.family_name = r.text();
  c.preferred_name = r.text();
  c.family_name_first = r.boolean();
  c.date_of_birth = r.optional_date();
  c.pronouns = r.text();
  c.phone = r.text();
  c.email = r.text();
  c.address.line1 = r.text();
  c.address.line2 = r.text();
  c.address.city = r.text();
  c.address.region = r.text();
  c.address.postal_code = r.text();
  c.address.country = r.text();
  c.occupation = r.text();
  c.emergency_contact.name = r.text();
  c.emergency_contact.relationship = r.text();
  c.emergency_contact.phone = r.text();
  c.physician.name = r.text();
  c.physician.phone = r.text();
  c.physician.practice = r.text();
  c.referral_source = r.text();
  c.notes = r.text();
  c.archived = r.boolean();
  c.created_at = r.timestamp();
  c.updated_at = r.timestamp();
  return c;
}

constexpr const char* kSummaryColumns =
    "c.id, c.given_name, c.family_name, c.preferred_name, c.family_name_first, c.date_of_birth, "
    "c.phone, c.email, c.archived, "
    "(SELECT count(*) FROM contraindications k WHERE k.client_id = c.id AND k.active = 1), "
    "(SELECT max(started_at) FROM sessions s WHERE s.client_id = c.id)";

ClientSummary read_summary(const soci::row& row) {
  detail::RowReader r(row);
  Client c;
  ClientSummary s;
  s.id = r.integer();
  c.given_name = r.text();
  c.family_name = r.text();
  c.preferred_name = r.text();
  c.family_name_first = r.boolean();
  s.display_name = display_name(c);
  s.date_of_birth = r.optional_date();
  s.phone = r.text();
  s.email = r.text();
  s.archived = r.boolean();
  s.active_contraindications = static_cast<int>(r.integer());
  s.last_session = r.optional_timestamp();
  return s;
}

void append_words(std::string& out, std::string_view folded) {
  for (auto& w : text::search_words(folded)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
}

}  // namespace

namespace {
// The folded name fields, computed once for both the search words and the sort key.
struct FoldedNames {
  std::string given, family, preferred;
  explicit FoldedNames(const Client& c)
      : given(text::fold_for_search(text::trim(c.given_name))),
        family(text::fold_for_search(text::trim(c.family_name))),
        preferred(text::fold_for_search(c.preferred_name)) {}
};

std::string search_words_of(const Client& c, const FoldedNames& f) {
  std::string words;
  append_words(words, f.given);
  append_words(words, f.family);
  append_words(words, f.preferred);
  // The e-mail's local part ("anna.kowalska" of anna.kowalska@example.org); the domain would
  // make every client match "e" or "g".
  append_words(words,
               text::fold_for_search(std::string_view(c.email).substr(0, c.email.find('@'))));
  // Every tail of the phone's digits, so that typing any run of its digits finds it.
  const std::string digits = text::digits_only(c.phone);
  for (std::size_t i = 0; i + 3 <= digits.size(); ++i) {
    if (!words.empty()) words += ' ';
    words.append(digits, i);
  }
  return words;
}

std::string sort_key_of(const FoldedNames& f) {
  return (f.family.empty() ? f.given : f.family) + '\t' + f.given;
}
}  // namespace

std::string client_search_words(const Client& c) {
  return search_words_of(c, FoldedNames(c));
}

std::string client_sort_key(const Client& c) {
  return sort_key_of(FoldedNames(c));
}

/// Statements prepared once per Clients object, bound to the buffer `b`.
struct Clients::Statements {
  struct Buffer {
    long long id = 0;
    long long expected = 0;
    std::string given, family, preferred, sort_key, pronouns, phone, email, line1, line2, city,
        region, postal, country, occupation, em_name, em_rel, em_phone, ph_name, ph_phone,
        ph_practice, referral, notes, now, words;
    int family_first = 0;
    int archived = 0;
    detail::NullableText dob;

    void fill(const Client& c) {
      given = c.given_name;
      family = c.family_name;
      preferred = c.preferred_name;
      family_first = c.family_name_first ? 1 : 0;
      const FoldedNames folded(c);
      sort_key = sort_key_of(folded);
      dob = detail::nullable(c.date_of_birth);
      pronouns = c.pronouns;
      phone = c.phone;
      email = c.email;
      line1 = c.address.line1;
      line2 = c.address.line2;
      city = c.address.city;
      region = c.address.region;
      postal = c.address.postal_code;
      country = c.address.country;
      occupation = c.occupation;
      em_name = c.emergency_contact.name;
      em_rel = c.emergency_contact.relationship;
      em_phone = c.emergency_contact.phone;
      ph_name = c.physician.name;
      ph_phone = c.physician.phone;
      ph_practice = c.physician.practice;
      referral = c.referral_source;
      notes = c.notes;
      archived = c.archived ? 1 : 0;
      words = search_words_of(c, folded);
    }
  } b;

  // Binds every column of the buffer by name (both statements use the same names).
  template <typename Prepare>
  static void bind_fields(Prepare& p, Buffer& b) {
    p, use(b.given, "given"), use(b.family, "family"), use(b.preferred, "preferred"),
        use(b.family_first, "family_first"), use(b.sort_key, "sort_key"),
        use(b.dob.value, b.dob.ind, "dob"), use(b.pronouns, "pronouns"), use(b.phone, "phone"),
        use(b.email, "email"), use(b.line1, "line1"), use(b.line2, "line2"), use(b.city, "city"),
        use(b.region, "region"), use(b.postal, "postal"), use(b.country, "country"),
        use(b.occupation, "occupation"), use(b.em_name, "em_name"), use(b.em_rel, "em_rel"),
        use(b.em_phone, "em_phone"), use(b.ph_name, "ph_name"), use(b.ph_phone, "ph_phone"),
        use(b.ph_practice, "ph_practice"), use(b.referral, "referral"), use(b.notes, "notes"),
        use(b.archived, "archived"), use(b.now, "now");
  }

  soci::statement insert;
  soci::statement update;
  soci::statement index;

  explicit Statements(Database& db)
      : insert(prepare_insert(db.sql(), b)),
        update(prepare_update(db.sql(), b)),
        index((db.sql().prepare << db.dialect().client_index_sql(), use(b.id, "id"),
               use(b.words, "words"))) {}

  static soci::details::prepare_temp_type prepare_insert(soci::session& sql, Buffer& b) {
    auto p = (sql.prepare << "INSERT INTO clients (given_name, family_name, preferred_name, "
                             "family_name_first, sort_key, date_of_birth, pronouns, phone, email, "
                             "address_line1, address_line2, address_city, address_region, "
                             "address_postal_code, address_country, occupation, emergency_name, "
                             "emergency_relationship, emergency_phone, physician_name, "
                             "physician_phone, physician_practice, referral_source, notes, "
                             "archived, created_at, updated_at, row_version) VALUES (:given, "
                             ":family, :preferred, :family_first, :sort_key, :dob, :pronouns, "
                             ":phone, :email, :line1, :line2, :city, :region, :postal, :country, "
                             ":occupation, :em_name, :em_rel, :em_phone, :ph_name, :ph_phone, "
                             ":ph_practice, :referral, :notes, :archived, :now, :now, 1)");
    bind_fields(p, b);
    return p;
  }

  static soci::details::prepare_temp_type prepare_update(soci::session& sql, Buffer& b) {
    auto p = (sql.prepare << "UPDATE clients SET given_name = :given, family_name = :family, "
                             "preferred_name = :preferred, family_name_first = :family_first, "
                             "sort_key = :sort_key, date_of_birth = :dob, pronouns = :pronouns, "
                             "phone = :phone, email = :email, address_line1 = :line1, "
                             "address_line2 = :line2, address_city = :city, "
                             "address_region = :region, address_postal_code = :postal, "
                             "address_country = :country, occupation = :occupation, "
                             "emergency_name = :em_name, emergency_relationship = :em_rel, "
                             "emergency_phone = :em_phone, physician_name = :ph_name, "
                             "physician_phone = :ph_phone, physician_practice = :ph_practice, "
                             "referral_source = :referral, notes = :notes, archived = :archived, "
                             "updated_at = :now, row_version = row_version + 1 "
                             "WHERE id = :id AND row_version = :expected");
    bind_fields(p, b);
    p, use(b.id, "id"), use(b.expected, "expected");
    return p;
  }
};

Clients::Clients(Database& db) : db_(db) {
  st_ = guarded("preparing client statements", [&] { return std::make_unique<Statements>(db); });
}

Clients::~Clients() = default;

Id Clients::add(WriteTransaction& tx, Client& c) {
  validate(c);
  auto& b = st_->b;
  b.fill(c);
  const Timestamp t = now();
  b.now = format_timestamp(t);
  guarded("saving the client", [&] {
    st_->insert.execute(true);
    b.id = db_.dialect().last_insert_id(db_.sql());
    st_->index.execute(true);
  });
  (void)tx;
  c.id = b.id;
  c.row_version = 1;
  c.created_at = c.updated_at = t;
  return c.id;
}

void Clients::update(WriteTransaction& tx, Client& c) {
  validate(c);
  auto& b = st_->b;
  b.fill(c);
  b.id = c.id;
  b.expected = c.row_version;
  const Timestamp t = now();
  b.now = format_timestamp(t);
  guarded("saving the client", [&] {
    st_->update.execute(true);
    if (st_->update.get_affected_rows() != 1)
      detail::throw_stale(tx.db().sql(), "clients", "client", c.id, c.row_version);
    st_->index.execute(true);
  });
  c.row_version += 1;
  c.updated_at = t;
}

RowVersion Clients::set_archived(WriteTransaction& tx, Id id, RowVersion expected, bool archived) {
  auto& sql = tx.db().sql();
  long long lid = id, lexp = expected;
  int flag = archived ? 1 : 0;
  const std::string t = format_timestamp(now());
  guarded("archiving the client", [&] {
    soci::statement st = (sql.prepare << "UPDATE clients SET archived = :a, updated_at = :t, "
                                         "row_version = row_version + 1 "
                                         "WHERE id = :id AND row_version = :v",
                          use(flag), use(t), use(lid), use(lexp));
    st.execute(true);
    if (st.get_affected_rows() != 1) detail::throw_stale(sql, "clients", "client", id, expected);
  });
  return expected + 1;
}

std::optional<Client> Clients::find(Id id) const {
  return guarded("reading the client", [&]() -> std::optional<Client> {
    soci::row row;
    long long lid = id;
    db_.sql() << std::string("SELECT ") + kColumns + " FROM clients WHERE id = :id", use(lid),
        soci::into(row);
    if (!db_.sql().got_data()) return std::nullopt;
    return read_client(row);
  });
}

Client Clients::get(Id id) const {
  auto c = find(id);
  if (!c) throw NotFoundError("client", id);
  return *c;
}

bool Clients::exists(Id id) const {
  return guarded("reading the client", [&] {
    long long lid = id;
    int n = 0;
    db_.sql() << "SELECT count(*) FROM clients WHERE id = :id", use(lid), soci::into(n);
    return n > 0;
  });
}

std::vector<ClientSummary> Clients::list(const ClientQuery& q) const {
  return search("", q);
}

std::vector<ClientSummary> Clients::search(std::string_view query, const ClientQuery& q) const {
  // Phone-like input ("555 0102", "+1 (555)") is matched as one run of digits.
  const std::string trimmed = text::trim(query);
  std::vector<std::string> words;
  const std::string digits = text::digits_only(trimmed);
  const bool phone_like =
      digits.size() >= 3 && trimmed.find_first_not_of("0123456789 +-().") == std::string::npos;
  if (phone_like)
    words.push_back(digits);
  else
    words = text::search_words(text::fold_for_search(trimmed));

  return guarded("searching clients", [&] {
    std::vector<ClientSummary> out;
    const std::string match = words.empty() ? "" : db_.dialect().client_query(words);
    // The plan by the number of matches (see Dialect): each stays within a few milliseconds
    // at 100k clients where the others would not (measured in tests/bench).
    constexpr int kFew = 3000, kMost = 15000;
    SearchPlan plan = q.plan;
    if (!words.empty() && plan == SearchPlan::kAuto) {
      int cap = kMost + 1, matches = 0;
      db_.sql() << db_.dialect().client_match_count_sql(), use(match, "q"), use(cap, "n"),
          soci::into(matches);
      plan = matches <= kFew    ? SearchPlan::kSortMatches
             : matches <= kMost ? SearchPlan::kScanWithSet
                                : SearchPlan::kScanWithProbes;
    }
    const bool sort_matches = !words.empty() && plan == SearchPlan::kSortMatches;
    std::string sql = std::string("SELECT ") + kSummaryColumns + " FROM ";
    sql += sort_matches ? db_.dialect().client_match_source() : std::string("clients c");
    sql += " WHERE ";
    sql += q.include_archived ? "1 = 1" : "c.archived = 0";
    if (!words.empty() && !sort_matches)
      sql += " AND " + db_.dialect().client_match_condition(plan == SearchPlan::kScanWithProbes);
    sql += q.include_archived ? " ORDER BY c.sort_key, c.id"
                              : " ORDER BY c.archived, c.sort_key, c.id";
    sql += " LIMIT :n OFFSET :o";

    int limit = q.limit, offset = q.offset;
    auto prep = (db_.sql().prepare << sql);
    if (!words.empty()) prep, use(match, "q");
    prep, use(limit, "n"), use(offset, "o");
    soci::rowset<soci::row> rows(prep);
    for (const auto& row : rows) out.push_back(read_summary(row));
    return out;
  });
}

std::int64_t Clients::count(bool include_archived) const {
  return guarded("counting clients", [&] {
    long long n = 0;
    db_.sql() << (include_archived ? "SELECT count(*) FROM clients"
                                   : "SELECT count(*) FROM clients WHERE archived = 0"),
        soci::into(n);
    return static_cast<std::int64_t>(n);
  });
}

namespace detail {

void reindex_all_clients(soci::session& sql, const Dialect& dialect) {
  long long id = 0;
  std::string words;
  soci::statement index =
      (sql.prepare << dialect.client_index_sql(), use(id, "id"), use(words, "words"));
  std::vector<Client> clients;
  soci::rowset<soci::row> rows =
      (sql.prepare << std::string("SELECT ") + kColumns + " FROM clients");
  for (const auto& row : rows) clients.push_back(read_client(row));
  for (const auto& c : clients) {
    id = c.id;
    words = client_search_words(c);
    index.execute(true);
  }
}

void throw_stale(soci::session& sql, const char* table, const char* what, Id id,
                 RowVersion expected) {
  long long lid = id;
  long long current = 0;
  soci::indicator ind = soci::i_null;
  sql << std::string("SELECT row_version FROM ") + table + " WHERE id = :id", use(lid),
      soci::into(current, ind);
  if (!sql.got_data()) throw NotFoundError(what, id);
  throw ConflictError(what, id, expected, current);
}

}  // namespace detail

}  // namespace myochart::storage
