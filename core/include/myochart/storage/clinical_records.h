#pragma once
// Health history, contraindications and consents of a client.
#include <memory>
#include <vector>

#include "myochart/clinical.h"
#include "myochart/storage/transaction.h"

namespace myochart::storage {

/// Shared contract of the three record kinds below: add() validates, checks the client
/// exists and inserts (setting id, row_version = 1, timestamps); update() validates and saves
/// over the stored row with the record's row_version, or throws ConflictError/NotFoundError
/// without writing. Lists are oldest first.
class HealthHistory {
 public:
  explicit HealthHistory(Database& db) : db_(db) {}
  Id add(WriteTransaction& tx, HealthEntry& e);
  void update(WriteTransaction& tx, HealthEntry& e);
  std::vector<HealthEntry> list_for_client(Id client) const;

 private:
  Database& db_;
};

class Contraindications {
 public:
  explicit Contraindications(Database& db) : db_(db) {}
  Id add(WriteTransaction& tx, Contraindication& c);
  void update(WriteTransaction& tx, Contraindication& c);
  std::vector<Contraindication> list_for_client(Id client, bool active_only = false) const;

 private:
  Database& db_;
};

class Consents {
 public:
  explicit Consents(Database& db) : db_(db) {}
  Id add(WriteTransaction& tx, Consent& c);
  void update(WriteTransaction& tx, Consent& c);
  std::vector<Consent> list_for_client(Id client) const;

 private:
  Database& db_;
};

}  // namespace myochart::storage
