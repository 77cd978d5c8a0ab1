// Export of one client's whole record and its import as a new client.
#include <catch2/catch.hpp>

#include "core/storage/fixture.h"
#include "myochart/errors.h"
#include "myochart/io/record_exchange.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/client_record.h"
#include "myochart/storage/clinical_records.h"

using namespace myochart;
using namespace myochart::storage;
using myochart::test::DbFixture;

namespace {

// A client with one of everything; the first session signed, with a mark.
Id seed_client(DbFixture& f) {
  const Id client = f.add_client("Siobhán", "O'Brien", "+353 1 555 0199", "siobhan@example.ie");
  const Id s1 = f.add_session(client, "Headache behind the left eye", "Upper trapezius release");
  const Id s2 = f.add_session(client, "Better; stiff in the mornings");
  WriteTransaction tx(*f.db);
  HealthEntry h;
  h.client_id = client;
  h.kind = HealthKind::kCondition;
  h.description = "Migraine";
  HealthHistory(*f.db).add(tx, h);
  Contraindication k;
  k.client_id = client;
  k.kind = "varicose_veins";
  k.description = "Left calf";
  k.severity = Severity::kLocal;
  k.region_id = "left_calf";
  Contraindications(*f.db).add(tx, k);
  Consent c;
  c.client_id = client;
  c.kind = "treatment";
  c.given_on = Date{std::chrono::year{2025}, std::chrono::May, std::chrono::day{2}};
  Consents(*f.db).add(tx, c);
  chart::ChartMark m;
  m.session_id = s1;
  m.view = chart::View::kPosterior;
  m.points = {{0.45, 0.2}};
  m.kind = "trigger_point";
  m.muscle_id = "upper_trapezius";
  m.attributes = {{"active", true}};
  ChartMarks(*f.db).add(tx, m);
  Sessions sessions(*f.db);
  sessions.sign(tx, s1, 1, "Rowan Ellis");
  (void)s2;
  tx.commit();
  return client;
}

// The parts of an export that must survive an import unchanged.
nlohmann::json comparable(nlohmann::json j) {
  j.erase("exported_at");
  auto drop = [](nlohmann::json& o) {
    for (const char* k : {"id", "client_id", "session_id", "created_at", "updated_at"}) o.erase(k);
  };
  drop(j["client"]);
  for (const char* list : {"health_history", "contraindications", "consents"})
    for (auto& x : j[list]) drop(x);
  for (auto& s : j["sessions"]) {
    drop(s);
    for (auto& m : s["marks"]) drop(m);
  }
  return j;
}

}  // namespace

TEST_CASE("an exported record imports as a new client with the same content") {
  DbFixture f;
  const Id original = seed_client(f);
  const auto exported = io::export_client_record(*f.db, original);
  CHECK(exported.at("format") == io::kClientRecordFormat);
  CHECK(exported.at("sessions").size() == 2);

  const Id copy = io::import_client_record(*f.db, exported, "record.json");
  CHECK(copy != original);
  const auto again = io::export_client_record(*f.db, copy);
  CHECK(comparable(again) == comparable(exported));
  // The signed session keeps its signer and signing time.
  const auto& first = again.at("sessions").at(0);
  CHECK(first.at("status") == "signed");
  CHECK(first.at("signed_at") == exported.at("sessions").at(0).at("signed_at"));
}

TEST_CASE("an invalid record is refused with its place named, and nothing is written") {
  DbFixture f;
  const Id original = seed_client(f);
  const auto good = io::export_client_record(*f.db, original);
  const auto clients_before = f.count("clients");
  const auto sessions_before = f.count("sessions");

  auto expect_refused = [&](nlohmann::json bad, const std::string& where) {
    try {
      io::import_client_record(*f.db, bad, "record.json");
      FAIL("accepted a record with a bad " << where);
    } catch (const ValidationError& e) {
      CHECK_THAT(e.field(), Catch::StartsWith("record.json: " + where));
    }
    CHECK(f.count("clients") == clients_before);
    CHECK(f.count("sessions") == sessions_before);
  };

  auto bad = good;
  bad["sessions"][1]["pain_after"] = 12;
  expect_refused(bad, "/sessions/1/pain_after");
  bad = good;
  bad["client"]["email"] = "not an address";
  expect_refused(bad, "/client/email");
  bad = good;
  bad["sessions"][0]["marks"][0]["points"] = {{0.5, 1.7}};
  expect_refused(bad, "/sessions/0/marks/0/points");
  bad = good;
  bad["contraindications"][0]["region_id"] = "left_wing";
  // The schema cannot know regions; the repository refuses and the transaction rolls back.
  CHECK_THROWS_WITH(io::import_client_record(*f.db, bad, "record.json"), Catch::Contains("region"));
  CHECK(f.count("clients") == clients_before);
  bad = good;
  bad["format_version"] = 99;
  expect_refused(bad, "/format_version");
  expect_refused(nlohmann::json::array(), "(document root)");
}
