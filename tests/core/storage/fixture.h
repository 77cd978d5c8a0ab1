#pragma once
// A fresh database in a private temporary directory, and small builders of valid records.
#include <memory>
#include <string>

#include "myochart/client.h"
#include "myochart/session.h"
#include "myochart/storage/clients.h"
#include "myochart/storage/database.h"
#include "myochart/storage/sessions.h"
#include "myochart/storage/transaction.h"
#include "support/temp_dir.h"

namespace myochart::test {

struct DbFixture {
  TempDir dir;
  std::filesystem::path file = dir / "clinic.myochart";
  std::unique_ptr<storage::Database> db =
      storage::Database::open_sqlite(file, storage::OpenMode::kCreateIfMissing);

  Id add_client(const std::string& given, const std::string& family, const std::string& phone = "",
                const std::string& email = "") {
    Client c;
    c.given_name = given;
    c.family_name = family;
    c.phone = phone;
    c.email = email;
    storage::Clients clients(*db);
    storage::WriteTransaction tx(*db);
    clients.add(tx, c);
    tx.commit();
    return c.id;
  }

  Id add_session(Id client, const std::string& subjective = "", const std::string& plan = "") {
    Session s;
    s.client_id = client;
    s.therapist = "Rowan Ellis";
    s.started_at = Timestamp{std::chrono::sys_days{Date{std::chrono::year{2026}, std::chrono::March,
                                                        std::chrono::day{3}}} +
                             std::chrono::hours{10}};
    s.soap.subjective = subjective;
    s.soap.plan = plan;
    storage::Sessions sessions(*db);
    storage::WriteTransaction tx(*db);
    sessions.add(tx, s);
    tx.commit();
    return s.id;
  }

  long long count(const std::string& table);
};

}  // namespace myochart::test
