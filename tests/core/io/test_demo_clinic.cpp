// The demo clinic: deterministic, counted, in many scripts, on the body, consistent.
#include <soci/soci.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "myochart/chart/body_chart.h"
#include "myochart/demo/demo_clinic.h"
#include "myochart/errors.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/clients.h"
#include "myochart/storage/clinical_records.h"
#include "myochart/storage/sessions.h"
#include "support/temp_dir.h"

using namespace myochart;
using std::chrono::day;
using std::chrono::year;

namespace {

// A fixed last day in the past, so that the tests do not depend on the clock.
const Date kUntil{year{2025}, std::chrono::June, day{30}};

struct Demo {
  test::TempDir dir;
  std::unique_ptr<storage::Database> db =
      storage::Database::open_sqlite(dir / "demo.myochart", storage::OpenMode::kCreateIfMissing);
  demo::DemoSummary summary;

  Demo(int clients, std::uint64_t seed) {
    demo::DemoOptions o;
    o.clients = clients;
    o.seed = seed;
    o.until = kUntil;
    summary = demo::generate_demo_clinic(*db, o);
  }

  long long count(const std::string& table) {
    long long n = 0;
    db->sql() << "SELECT count(*) FROM " + table, soci::into(n);
    return n;
  }

  std::vector<Id> ids(const std::string& sql) {
    std::vector<Id> out;
    soci::rowset<long long> rows = db->sql().prepare << sql;
    for (long long id : rows) out.push_back(id);
    return out;
  }
};

/// Every row the demo wrote, in key order, without created_at and updated_at (the repositories
/// set those from the clock, not from the options).
std::string content_of(storage::Database& db) {
  const std::pair<const char*, const char*> tables[] = {
      {"clients", "id"},
      {"health_entries", "id"},
      {"contraindications", "id"},
      {"consents", "id"},
      {"sessions", "id"},
      {"chart_marks", "id"},
      {"chart_mark_regions", "mark_id, region_id"}};
  std::string out;
  for (const auto& [table, key] : tables) {
    soci::rowset<soci::row> rows = db.sql().prepare
                                   << std::string("SELECT * FROM ") + table + " ORDER BY " + key;
    for (const soci::row& r : rows) {
      out += table;
      for (std::size_t i = 0; i < r.size(); ++i) {
        const soci::column_properties& p = r.get_properties(i);
        if (p.get_name() == "created_at" || p.get_name() == "updated_at") continue;
        out += '|';
        if (r.get_indicator(i) == soci::i_null) {
          out += "NULL";
          continue;
        }
        switch (p.get_data_type()) {
          case soci::dt_integer:
            out += std::to_string(r.get<int>(i));
            break;
          case soci::dt_long_long:
            out += std::to_string(r.get<long long>(i));
            break;
          case soci::dt_unsigned_long_long:
            out += std::to_string(r.get<unsigned long long>(i));
            break;
          case soci::dt_double:
            out += std::to_string(r.get<double>(i));
            break;
          default:
            out += r.get<std::string>(i);
            break;
        }
      }
      out += '\n';
    }
  }
  return out;
}

// Parts of the phone-number ranges set aside for films and fiction in the demo's countries.
const char* const kFictionalRanges[] = {"555 01",   "555-01", "7946 0", "496 0", "7700 900",
                                        "1632 960", "9649 6", "23125",  "66969", "99998",
                                        "90009",    "4710 ",  "99 00",  "39 98", "65 71",
                                        "36 49",    "53 01",  "61 91",  "5550 ", "491 570"};

/// The scripts a piece of UTF-8 text is written in.
std::set<std::string> scripts_of(const std::string& s) {
  std::set<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    unsigned cp = b;
    std::size_t len = 1;
    if (b >= 0xF0) {
      cp = b & 0x07u, len = 4;
    } else if (b >= 0xE0) {
      cp = b & 0x0Fu, len = 3;
    } else if (b >= 0xC0) {
      cp = b & 0x1Fu, len = 2;
    }
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    i += len;
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F) ||
        (cp >= 0x1E00 && cp <= 0x1EFF))
      out.insert("Latin");
    else if (cp >= 0x370 && cp <= 0x3FF)
      out.insert("Greek");
    else if (cp >= 0x400 && cp <= 0x4FF)
      out.insert("Cyrillic");
    else if (cp >= 0x600 && cp <= 0x6FF)
      out.insert("Arabic");
    else if (cp >= 0x900 && cp <= 0x97F)
      out.insert("Devanagari");
    else if (cp >= 0x3040 && cp <= 0x30FF)
      out.insert("Kana");
    else if (cp >= 0x4E00 && cp <= 0x9FFF)
      out.insert("Han");
    else if (cp >= 0xAC00 && cp <= 0xD7AF)
      out.insert("Hangul");
  }
  return out;
}

}  // namespace

TEST_CASE("the same options give the same clinic, another seed gives another", "[demo]") {
  Demo a(120, 7);
  Demo b(120, 7);
  Demo c(120, 8);
  const std::string content = content_of(*a.db);
  CHECK(content.size() > 100000);
  CHECK(content == content_of(*b.db));
  CHECK(content != content_of(*c.db));
  CHECK(a.summary.sessions == b.summary.sessions);
  CHECK(a.summary.marks == b.summary.marks);
}

TEST_CASE("the summary counts what was written, and progress reaches the end", "[demo]") {
  test::TempDir dir;
  auto db =
      storage::Database::open_sqlite(dir / "demo.myochart", storage::OpenMode::kCreateIfMissing);
  demo::DemoOptions o;
  o.clients = 150;
  o.seed = 3;
  o.until = kUntil;
  int last_done = -1, calls = 0;
  o.progress = [&](int done, int total) {
    CHECK(total == 150);
    CHECK(done > last_done);
    last_done = done;
    ++calls;
  };
  const auto summary = demo::generate_demo_clinic(*db, o);
  CHECK(last_done == 150);
  CHECK(calls >= 1);

  long long n = 0;
  const auto count = [&](const char* table) {
    db->sql() << std::string("SELECT count(*) FROM ") + table, soci::into(n);
    return n;
  };
  CHECK(summary.clients == 150);
  CHECK(count("clients") == summary.clients);
  CHECK(count("sessions") == summary.sessions);
  CHECK(count("chart_marks") == summary.marks);
  CHECK(count("health_entries") == summary.health_entries);
  CHECK(count("contraindications") == summary.contraindications);
  CHECK(count("consents") == summary.consents);
  // Every client came at least once and consented to treatment at the first visit.
  CHECK(count("(SELECT DISTINCT client_id FROM sessions)") == 150);
  CHECK(count("consents WHERE kind = 'treatment'") == 150);
  // A plausible shape: about four sessions per client, one to four marks per session.
  CHECK(summary.sessions >= 2 * summary.clients);
  CHECK(summary.sessions <= 7 * summary.clients);
  CHECK(summary.marks >= summary.sessions);
  CHECK(summary.marks <= 5 * summary.sessions);
  CHECK(summary.contraindications > 0);
  CHECK(count("sessions WHERE status = 'signed'") > 9 * summary.sessions / 10);
  CHECK(count("sessions WHERE status = 'draft'") > 0);
  CHECK(count("sessions WHERE status = 'signed' AND signed_by <> therapist") == 0);
}

TEST_CASE("names come in many scripts, in each culture's own order", "[demo]") {
  Demo d(200, 11);
  storage::Clients clients(*d.db);
  storage::ClientQuery q;
  q.include_archived = true;
  q.limit = 1000;
  std::set<std::string> scripts;
  int family_first = 0, preferred = 0;
  for (const auto& s : clients.list(q)) {
    const Client c = clients.get(s.id);
    for (const auto& script : scripts_of(c.given_name + c.family_name)) scripts.insert(script);
    const auto family = scripts_of(c.family_name);
    if (family.count("Hangul") || family.count("Han")) {
      CHECK(c.family_name_first);
      ++family_first;
    }
    if (!c.preferred_name.empty()) ++preferred;
    CHECK_FALSE(c.given_name.empty());
    CHECK_FALSE(c.family_name.empty());
    REQUIRE(c.date_of_birth);
    const int age = age_on(*c.date_of_birth, kUntil);
    CHECK(age >= 16);
    CHECK(age <= 85);
    // Phone numbers come from ranges reserved for fiction (555-01xx, Ofcom's drama numbers...).
    for (const std::string& phone : {c.phone, c.emergency_contact.phone, c.physician.phone}) {
      if (phone.empty()) continue;
      const bool fictional =
          std::any_of(std::begin(kFictionalRanges), std::end(kFictionalRanges),
                      [&](const char* range) { return phone.find(range) != std::string::npos; });
      INFO(phone);
      CHECK(fictional);
    }
    if (!c.email.empty()) {
      const auto domain = c.email.substr(c.email.find('@') + 1);
      CHECK((domain == "example.org" || domain == "example.com" || domain == "example.net"));
    }
  }
  INFO("scripts: " << scripts.size());
  CHECK(scripts.size() >= 4);
  CHECK(scripts.count("Latin") == 1);
  CHECK(family_first > 0);
  CHECK(preferred > 0);
}

TEST_CASE("every mark lies on the chart and names the regions it covers", "[demo]") {
  Demo d(100, 5);
  storage::ChartMarks marks(*d.db);
  const auto& chart = chart::BodyChart::standard();
  std::int64_t seen = 0;
  for (const Id session : d.ids("SELECT id FROM sessions ORDER BY id")) {
    for (const auto& m : marks.list_for_session(session)) {
      ++seen;
      CHECK_FALSE(m.region_ids.empty());
      for (const auto& p : m.points) {
        CHECK(p.x >= 0);
        CHECK(p.x <= 1);
        CHECK(p.y >= 0);
        CHECK(p.y <= 1);
      }
      for (const auto& id : m.region_ids) CHECK(chart.view(m.view).find_region(id) != nullptr);
      CHECK(chart::find_mark_kind(m.kind) != nullptr);
      CHECK(m.intensity >= 0);
      CHECK(m.intensity <= 10);
    }
  }
  CHECK(seen == d.summary.marks);
}

TEST_CASE("contraindications use known kinds and regions and follow the history", "[demo]") {
  Demo d(300, 9);
  storage::HealthHistory history(*d.db);
  storage::Contraindications flags(*d.db);
  const auto& chart = chart::BodyChart::standard();
  int local = 0, resolved = 0;
  for (const Id client : d.ids("SELECT id FROM clients ORDER BY id")) {
    const auto entries = history.list_for_client(client);
    const auto list = flags.list_for_client(client);
    const auto flagged = [&](const std::string& kind) {
      for (const auto& c : list)
        if (c.kind == kind) return true;
      return false;
    };
    for (const auto& e : entries) {
      if (e.description.find("Warfarin") != std::string::npos) CHECK(flagged("anticoagulants"));
      if (e.description == "Pregnancy") CHECK(flagged("pregnancy"));
      if (e.started_on) CHECK(*e.started_on <= kUntil);
    }
    for (const auto& c : list) {
      CHECK(is_contraindication_kind(c.kind));
      if (c.severity == Severity::kLocal) {
        ++local;
        CHECK_FALSE(c.region_id.empty());
      }
      if (!c.region_id.empty()) CHECK_FALSE(chart.region_label(c.region_id).empty());
      if (!c.active) {
        ++resolved;
        REQUIRE(c.resolved_on);
        CHECK(*c.resolved_on <= kUntil);
      }
      CHECK_FALSE((c.active && c.resolved_on));
    }
  }
  CHECK(local > 0);
  CHECK(resolved > 0);
}

TEST_CASE("sessions fall on the history's days and their notes read like a course", "[demo]") {
  Demo d(100, 13);
  storage::Sessions sessions(*d.db);
  const auto earliest = std::chrono::sys_days{kUntil} - std::chrono::days{6 * 366};
  const auto last = std::chrono::sys_days{kUntil} + std::chrono::days{1};
  for (const Id id : d.ids("SELECT id FROM sessions ORDER BY id")) {
    const Session s = sessions.get(id);
    CHECK(s.started_at >= earliest);
    CHECK(s.started_at < last);
    const auto weekday = std::chrono::weekday{std::chrono::floor<std::chrono::days>(s.started_at)};
    CHECK(weekday != std::chrono::Sunday);
    REQUIRE(s.pain_before);
    REQUIRE(s.pain_after);
    CHECK(*s.pain_after <= *s.pain_before);
    const auto size = s.soap.subjective.size() + s.soap.objective.size() +
                      s.soap.assessment.size() + s.soap.plan.size();
    CHECK(size >= 150);
    CHECK(size <= 800);
    CHECK(s.soap.plan.find("/10 after treatment") != std::string::npos);
  }
}

TEST_CASE("a database that already holds clients is refused untouched", "[demo]") {
  test::TempDir dir;
  auto db =
      storage::Database::open_sqlite(dir / "clinic.myochart", storage::OpenMode::kCreateIfMissing);
  {
    Client c;
    c.given_name = "Rowan";
    c.family_name = "Ellis";
    storage::WriteTransaction tx(*db);
    storage::Clients(*db).add(tx, c);
    tx.commit();
  }
  storage::Clients clients(*db);
  demo::DemoOptions o;
  o.clients = 10;
  o.until = kUntil;
  CHECK_THROWS_AS(demo::generate_demo_clinic(*db, o), Error);
  CHECK(clients.count(true) == 1);
}

TEST_CASE("a last day in the future is refused", "[demo]") {
  test::TempDir dir;
  auto db =
      storage::Database::open_sqlite(dir / "demo.myochart", storage::OpenMode::kCreateIfMissing);
  demo::DemoOptions o;
  o.clients = 5;
  o.until = Date{std::chrono::sys_days{today()} + std::chrono::days{30}};
  CHECK_THROWS_AS(demo::generate_demo_clinic(*db, o), ValidationError);
  CHECK(storage::Clients(*db).count(true) == 0);
}
