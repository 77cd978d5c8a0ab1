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
/// without writing. Lists are oldest first. Each object prepares its statements on first use:
/// keep one while doing many writes; it must not outlive the Database.
class HealthHistory {
 public:
  explicit HealthHistory(Database& db);
  ~HealthHistory();
  HealthHistory(const HealthHistory&) = delete;
  HealthHistory& operator=(const HealthHistory&) = delete;
  Id add(WriteTransaction& tx, HealthEntry& e);
  void update(WriteTransaction& tx, HealthEntry& e);
  std::vector<HealthEntry> list_for_client(Id client) const;

 private:
  struct Statements;
  Statements& st();
  Database& db_;
  std::unique_ptr<Statements> st_;
};

class Contraindications {
 public:
  explicit Contraindications(Database& db);
  ~Contraindications();
  Contraindications(const Contraindications&) = delete;
  Contraindications& operator=(const Contraindications&) = delete;
  Id add(WriteTransaction& tx, Contraindication& c);
  void update(WriteTransaction& tx, Contraindication& c);
  std::vector<Contraindication> list_for_client(Id client, bool active_only = false) const;

 private:
  struct Statements;
  Statements& st();
  Database& db_;
  std::unique_ptr<Statements> st_;
};

class Consents {
 public:
  explicit Consents(Database& db);
  ~Consents();
  Consents(const Consents&) = delete;
  Consents& operator=(const Consents&) = delete;
  Id add(WriteTransaction& tx, Consent& c);
  void update(WriteTransaction& tx, Consent& c);
  std::vector<Consent> list_for_client(Id client) const;

 private:
  struct Statements;
  Statements& st();
  Database& db_;
  std::unique_ptr<Statements> st_;
};

}  // namespace myochart::storage
