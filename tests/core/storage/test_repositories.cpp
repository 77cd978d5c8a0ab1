// Every repository against a real SQLite file: round trips, row versions, locks, validation.
#include <soci/soci.h>

#include <catch2/catch.hpp>

#include "core/storage/fixture.h"
#include "myochart/errors.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/client_record.h"
#include "myochart/storage/clinical_records.h"
#include "myochart/storage/settings.h"

using namespace myochart;
using namespace myochart::storage;
using myochart::test::DbFixture;
using std::chrono::day;
using std::chrono::year;

namespace {

Client full_client() {
  Client c;
  c.given_name = "Łucja";
  c.family_name = "O'Brien-Kowalska";
  c.preferred_name = "Lucy";
  c.date_of_birth = Date{year{1984}, std::chrono::February, day{29}};
  c.pronouns = "she/her";
  c.phone = "+48 (22) 555-0142";
  c.email = "lucja.obrien@example.org";
  c.address = {"ul. Długa 7/3", "Klatka B", "Gdańsk", "Pomorskie", "80-827", "Polska"};
  c.occupation = "Software developer; \"full-stack\"";
  c.emergency_contact = {"김민준", "partner", "+48 22 555 0199"};
  c.physician = {"Dr. Ewa Nowak", "+48 22 555 0100", "Przychodnia Śródmieście"};
  c.referral_source = "'; DROP TABLE clients; --";
  c.notes = "Prefers firm pressure.\nAllergic to lavender oil.\t% _ \\ ' \" ;";
  return c;
}

}  // namespace

TEST_CASE("a client round-trips every field exactly") {
  DbFixture f;
  Clients clients(*f.db);
  Client c = full_client();
  {
    WriteTransaction tx(*f.db);
    clients.add(tx, c);
    tx.commit();
  }
  REQUIRE(c.id > 0);
  CHECK(c.row_version == 1);
  const Client stored = clients.get(c.id);
  CHECK(stored == c);
  CHECK(f.count("clients") == 1);  // the SQL in the referral source did nothing
}

TEST_CASE("a 1 MiB note and names in many scripts round-trip exactly") {
  DbFixture f;
  Clients clients(*f.db);
  Client c;
  c.given_name = "민준";
  c.family_name = "김";
  c.family_name_first = true;
  std::string note;
  while (note.size() < (1u << 20)) note += "Łucja O'Brien 김민준 — trapezius ✓ 100% ";
  note.resize(1u << 20);
  while ((static_cast<unsigned char>(note.back()) & 0xC0) == 0x80 ||
         static_cast<unsigned char>(note.back()) >= 0xC0)
    note.pop_back();  // keep it valid UTF-8
  c.notes = note;
  WriteTransaction tx(*f.db);
  clients.add(tx, c);
  tx.commit();
  const auto stored = clients.get(c.id);
  CHECK(stored.notes == note);
  CHECK(display_name(stored) == "김민준");
}

TEST_CASE("saving over a stale row version is a conflict and writes nothing") {
  DbFixture f;
  Clients clients(*f.db);
  const Id id = f.add_client("Mateo", "Núñez");
  Client window_a = clients.get(id);
  Client window_b = clients.get(id);

  window_a.phone = "+34 91 555 0101";
  {
    WriteTransaction tx(*f.db);
    clients.update(tx, window_a);
    tx.commit();
  }
  CHECK(window_a.row_version == 2);

  window_b.phone = "+34 91 555 0202";
  {
    WriteTransaction tx(*f.db);
    try {
      clients.update(tx, window_b);
      FAIL("a stale save was accepted");
    } catch (const ConflictError& e) {
      CHECK(e.expected_version() == 1);
      CHECK(e.current_version() == 2);
    }
  }
  CHECK(clients.get(id).phone == "+34 91 555 0101");
  CHECK(clients.get(id).row_version == 2);
}

TEST_CASE("an update of a missing client is reported as not found") {
  DbFixture f;
  Clients clients(*f.db);
  Client ghost;
  ghost.id = 4242;
  ghost.row_version = 1;
  ghost.given_name = "Ghost";
  WriteTransaction tx(*f.db);
  CHECK_THROWS_AS(clients.update(tx, ghost), NotFoundError);
}

TEST_CASE("invalid clients are refused with the field named, and nothing is written") {
  DbFixture f;
  Clients clients(*f.db);
  auto refused = [&](Client c, const std::string& field) {
    WriteTransaction tx(*f.db);
    try {
      clients.add(tx, c);
      FAIL("accepted an invalid " << field);
    } catch (const ValidationError& e) {
      CHECK(e.field() == field);
    }
  };
  Client base;
  base.given_name = "Ana";
  Client c = base;
  c.given_name.clear();
  refused(c, "given_name");
  c = base;
  c.email = "ana-at-example.org";
  refused(c, "email");
  c = base;
  c.phone = "call me";
  refused(c, "phone");
  c = base;
  c.date_of_birth = Date{year{2199}, std::chrono::January, day{1}};
  refused(c, "date_of_birth");
  c = base;
  c.family_name = std::string("Bad\xff\xfe", 5);
  refused(c, "family_name");
  c = base;
  c.given_name = "Two\nlines";
  refused(c, "given_name");
  CHECK(f.count("clients") == 0);
}

TEST_CASE("archiving hides a client from the list but keeps the record") {
  DbFixture f;
  Clients clients(*f.db);
  const Id a = f.add_client("Ana", "Silva");
  const Id b = f.add_client("Bruno", "Costa");
  {
    WriteTransaction tx(*f.db);
    CHECK(clients.set_archived(tx, a, 1, true) == 2);
    tx.commit();
  }
  auto listed = clients.list();
  REQUIRE(listed.size() == 1);
  CHECK(listed[0].id == b);
  CHECK(clients.list({.include_archived = true}).size() == 2);
  CHECK(clients.get(a).archived);
  CHECK(clients.count() == 1);
  CHECK(clients.count(true) == 2);
  WriteTransaction tx(*f.db);
  CHECK_THROWS_AS(clients.set_archived(tx, a, 1, false), ConflictError);
}

TEST_CASE("the client list is in family-name order, ignoring accents and case") {
  DbFixture f;
  f.add_client("Zoë", "Lefèvre");
  f.add_client("Åsa", "lindström");
  f.add_client("Émile", "Abadie");
  f.add_client("Jürgen", "Müller");
  std::vector<std::string> names;
  for (const auto& s : Clients(*f.db).list()) names.push_back(s.display_name);
  CHECK(names ==
        std::vector<std::string>{"Émile Abadie", "Zoë Lefèvre", "Åsa lindström", "Jürgen Müller"});
}

TEST_CASE("health history, contraindications and consents round-trip and version") {
  DbFixture f;
  const Id client = f.add_client("Grzegorz", "Wiśniewski");

  HealthEntry h;
  h.client_id = client;
  h.kind = HealthKind::kMedication;
  h.description = "Warfarin 5 mg daily";
  h.details = "INR checked monthly";
  h.started_on = Date{year{2022}, std::chrono::May, day{1}};
  Contraindication k;
  k.client_id = client;
  k.kind = "anticoagulants";
  k.description = "Bruises easily: light pressure only";
  k.severity = Severity::kCaution;
  k.noted_on = Date{year{2022}, std::chrono::May, day{3}};
  Contraindication local;
  local.client_id = client;
  local.kind = "varicose_veins";
  local.description = "Varicose veins, left calf";
  local.severity = Severity::kLocal;
  local.region_id = "left_calf";
  Consent consent;
  consent.client_id = client;
  consent.kind = "treatment";
  consent.given_on = Date{year{2022}, std::chrono::May, day{3}};
  consent.witnessed_by = "Rowan Ellis";
  consent.document_version = "2022-01";
  {
    WriteTransaction tx(*f.db);
    HealthHistory(*f.db).add(tx, h);
    Contraindications(*f.db).add(tx, k);
    Contraindications(*f.db).add(tx, local);
    Consents(*f.db).add(tx, consent);
    tx.commit();
  }
  REQUIRE(HealthHistory(*f.db).list_for_client(client) == std::vector<HealthEntry>{h});
  REQUIRE(Consents(*f.db).list_for_client(client) == std::vector<Consent>{consent});
  REQUIRE(Contraindications(*f.db).list_for_client(client) ==
          std::vector<Contraindication>{k, local});

  // Resolving one leaves one active; the summary badge counts active ones only.
  auto stale = k;
  k.active = false;
  k.resolved_on = Date{year{2023}, std::chrono::January, day{9}};
  {
    WriteTransaction tx(*f.db);
    Contraindications(*f.db).update(tx, k);
    tx.commit();
  }
  CHECK(Contraindications(*f.db).list_for_client(client, true) ==
        std::vector<Contraindication>{local});
  CHECK(Clients(*f.db).list().front().active_contraindications == 1);
  {
    WriteTransaction tx(*f.db);
    stale.description = "edited in another window";
    CHECK_THROWS_AS(Contraindications(*f.db).update(tx, stale), ConflictError);
  }

  // Wrong values are refused.
  {
    WriteTransaction tx(*f.db);
    Contraindication bad = local;
    bad.id = 0;
    bad.region_id = "left_wing";
    CHECK_THROWS_WITH(Contraindications(*f.db).add(tx, bad), Catch::Contains("region"));
    bad.region_id.clear();
    CHECK_THROWS_WITH(Contraindications(*f.db).add(tx, bad),
                      Catch::Contains("required for a local"));
    Consent c2 = consent;
    c2.client_id = 999;
    CHECK_THROWS_AS(Consents(*f.db).add(tx, c2), NotFoundError);
  }
}

TEST_CASE("sessions: add, edit, sign and lock, timeline, previous") {
  DbFixture f;
  const Id client = f.add_client("Priya", "Sharma");
  Sessions sessions(*f.db);
  const Id first = f.add_session(client, "Tension headaches", "Stretch upper trapezius");
  Session s = sessions.get(first);
  CHECK(s.status == SessionStatus::kDraft);
  s.soap.objective = "Forward head posture; taut band in left upper trapezius";
  s.pain_before = 6;
  s.pain_after = 3;
  {
    WriteTransaction tx(*f.db);
    sessions.update(tx, s);
    tx.commit();
  }
  CHECK(sessions.get(first) == s);

  Session second = s;
  second.id = 0;
  second.started_at += std::chrono::days{14};
  {
    WriteTransaction tx(*f.db);
    sessions.add(tx, second);
    tx.commit();
  }
  CHECK(sessions.previous(second.id) == first);
  CHECK_FALSE(sessions.previous(first).has_value());
  const auto timeline = sessions.list_for_client(client);
  REQUIRE(timeline.size() == 2);
  CHECK(timeline[0].id == second.id);  // newest first

  {
    WriteTransaction tx(*f.db);
    CHECK(sessions.sign(tx, first, s.row_version, "Rowan Ellis") == s.row_version + 1);
    tx.commit();
  }
  Session locked = sessions.get(first);
  CHECK(locked.status == SessionStatus::kSigned);
  CHECK(locked.signed_by == "Rowan Ellis");
  REQUIRE(locked.signed_at.has_value());
  locked.soap.plan = "changed after signing";
  {
    WriteTransaction tx(*f.db);
    CHECK_THROWS_AS(sessions.update(tx, locked), LockedError);
  }
  // The database itself refuses, whatever code tries.
  CHECK_THROWS(f.db->sql() << "UPDATE sessions SET plan = 'x' WHERE id = " + std::to_string(first));
  CHECK(sessions.get(first).soap.plan == "Stretch upper trapezius");
}

TEST_CASE("invalid sessions are refused with the field named") {
  DbFixture f;
  const Id client = f.add_client("Noor", "Haddad");
  Sessions sessions(*f.db);
  Session s;
  s.client_id = client;
  s.therapist = "Rowan Ellis";
  s.started_at = now();
  s.pain_after = 11;
  WriteTransaction tx(*f.db);
  CHECK_THROWS_WITH(sessions.add(tx, s),
                    Catch::StartsWith("pain_after") && Catch::Contains("0 to 10"));
  s.pain_after = 2;
  s.duration_minutes = 0;
  CHECK_THROWS_WITH(sessions.add(tx, s), Catch::StartsWith("duration"));
  s.duration_minutes = 60;
  s.client_id = 777;
  CHECK_THROWS_AS(sessions.add(tx, s), NotFoundError);
}

TEST_CASE("chart marks: regions derived, listed per view, removed, locked with the session") {
  DbFixture f;
  const Id client = f.add_client("Anna", "Smirnova");
  const Id session = f.add_session(client);
  ChartMarks marks(*f.db);
  const auto& posterior = chart::BodyChart::standard().view(chart::View::kPosterior);
  const auto* scapula = posterior.find_region("left_scapular");
  REQUIRE(scapula != nullptr);

  chart::ChartMark tp;
  tp.session_id = session;
  tp.view = chart::View::kPosterior;
  tp.shape = chart::MarkShape::kPoint;
  tp.points = {chart::centroid(scapula->polygon)};
  tp.kind = "trigger_point";
  tp.intensity = 7;
  tp.muscle_id = "infraspinatus";
  tp.attributes = {{"active", true}, {"twitch_response", false}};
  chart::ChartMark area;
  area.session_id = session;
  area.view = chart::View::kAnterior;
  area.shape = chart::MarkShape::kArea;
  area.points = {{0.40, 0.30}, {0.60, 0.30}, {0.60, 0.36}, {0.40, 0.36}};
  area.kind = "pain";
  area.quality = "aching";
  {
    WriteTransaction tx(*f.db);
    marks.add(tx, tp);
    marks.add(tx, area);
    tx.commit();
  }
  CHECK(tp.region_ids == std::vector<std::string>{"left_scapular"});
  CHECK_FALSE(area.region_ids.empty());
  CHECK(marks.find(tp.id) == tp);
  CHECK(marks.list_for_session(session).size() == 2);
  const auto back = marks.list_for_session(session, chart::View::kPosterior);
  REQUIRE(back.size() == 1);
  CHECK(back[0] == tp);

  // Stale removal is a conflict; a current one removes the mark and its regions.
  {
    WriteTransaction tx(*f.db);
    CHECK_THROWS_AS(marks.remove(tx, area.id, area.row_version + 5), ConflictError);
  }
  {
    WriteTransaction tx(*f.db);
    marks.remove(tx, area.id, area.row_version);
    tx.commit();
  }
  CHECK(marks.list_for_session(session).size() == 1);

  // Out-of-chart points and unknown kinds are refused.
  {
    WriteTransaction tx(*f.db);
    chart::ChartMark bad = tp;
    bad.id = 0;
    bad.points = {{1.5, 0.2}};
    CHECK_THROWS_WITH(marks.add(tx, bad), Catch::StartsWith("points"));
    bad.points = {{0.5, 0.2}};
    bad.kind = "sparkle";
    CHECK_THROWS_WITH(marks.add(tx, bad), Catch::StartsWith("kind"));
  }

  // Once signed, the chart is locked.
  Sessions sessions(*f.db);
  {
    WriteTransaction tx(*f.db);
    sessions.sign(tx, session, sessions.get(session).row_version, "Rowan Ellis");
    tx.commit();
  }
  WriteTransaction tx(*f.db);
  chart::ChartMark late = tp;
  late.id = 0;
  CHECK_THROWS_AS(marks.add(tx, late), LockedError);
  CHECK_THROWS_AS(marks.remove(tx, tp.id, tp.row_version), LockedError);
}

TEST_CASE("settings are stored and replaced") {
  DbFixture f;
  Settings settings(*f.db);
  CHECK_FALSE(settings.get("clinic.name"));
  {
    WriteTransaction tx(*f.db);
    settings.set(tx, "clinic.name", "Harbour Street Massage");
    settings.set(tx, "clinic.name", "Harbour Street Massage & Bodywork");
    tx.commit();
  }
  CHECK(settings.get_or("clinic.name", "") == "Harbour Street Massage & Bodywork");
  CHECK(settings.all().size() == 1);
}

TEST_CASE("a client record loads everything with sessions newest first") {
  DbFixture f;
  const Id client = f.add_client("José", "Núñez");
  const Id s1 = f.add_session(client, "first");
  Session later = Sessions(*f.db).get(s1);
  later.id = 0;
  later.started_at += std::chrono::days{30};
  {
    WriteTransaction tx(*f.db);
    Sessions(*f.db).add(tx, later);
    tx.commit();
  }
  const auto record = load_client_record(*f.db, client);
  CHECK(record.client.family_name == "Núñez");
  REQUIRE(record.sessions.size() == 2);
  CHECK(record.sessions[0].id == later.id);
  CHECK_THROWS_AS(load_client_record(*f.db, 999), NotFoundError);
}
