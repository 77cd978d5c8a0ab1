#pragma once
// Client records: add, edit, archive, list, search-as-you-type.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "myochart/client.h"
#include "myochart/storage/transaction.h"

namespace myochart::storage {

/// One row of the client list.
struct ClientSummary {
  Id id = 0;
  std::string display_name;
  std::optional<Date> date_of_birth;
  std::string phone;
  std::string email;
  bool archived = false;
  int active_contraindications = 0;  ///< drives the alert badge
  std::optional<Timestamp> last_session;
};

/// How search() finds its page (see Dialect): chosen from the number of matches unless forced
/// (tests and benchmarks compare the plans; they give the same rows).
enum class SearchPlan {
  kAuto,
  kSortMatches,     ///< read the matching ids, sort them: best for few matches
  kScanWithSet,     ///< walk the name order against the set of matches
  kScanWithProbes,  ///< walk the name order asking the index per client: best for most
};

struct ClientQuery {
  bool include_archived = false;
  int limit = 50;
  int offset = 0;
  SearchPlan plan = SearchPlan::kAuto;
};

/// Reads and writes clients. Holds prepared statements: create one per Database and keep it
/// while the Database lives (it must not outlive it).
class Clients {
 public:
  explicit Clients(Database& db);
  ~Clients();
  Clients(const Clients&) = delete;
  Clients& operator=(const Clients&) = delete;

  /// Validates and inserts; sets c.id, c.row_version (1), c.created_at, c.updated_at.
  Id add(WriteTransaction& tx, Client& c);
  /// Validates and saves c over the stored row with c.row_version; on success c.row_version
  /// and c.updated_at advance. ConflictError when the stored version differs, NotFoundError
  /// when the client does not exist; nothing is written in either case.
  void update(WriteTransaction& tx, Client& c);
  /// Archives or restores; same conflict rule as update(). Returns the new row version.
  RowVersion set_archived(WriteTransaction& tx, Id id, RowVersion expected, bool archived);

  std::optional<Client> find(Id id) const;
  Client get(Id id) const;  ///< NotFoundError when missing
  bool exists(Id id) const;

  /// All clients in name order (family name, then given name; accents ignored).
  std::vector<ClientSummary> list(const ClientQuery& q = {}) const;
  /// Clients whose name, preferred name, phone or e-mail has a word starting with every word
  /// of `text` (accent- and case-insensitive; digits also match anywhere inside the phone
  /// number). Blank text lists everyone. Name order.
  std::vector<ClientSummary> search(std::string_view text, const ClientQuery& q = {}) const;
  std::int64_t count(bool include_archived = false) const;

 private:
  struct Statements;
  Database& db_;
  std::unique_ptr<Statements> st_;
};

/// The folded words a client is found by (exposed for tests and for the search index rebuild).
std::string client_search_words(const Client& c);
/// The name-order key clients are sorted by.
std::string client_sort_key(const Client& c);

}  // namespace myochart::storage
