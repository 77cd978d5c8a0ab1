// JSON form of the domain types (record_json.h) and schema validation of exported client
// records (json_schema.h, schemas/json/client-record.schema.json).
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "myochart/errors.h"
#include "myochart/io/json_schema.h"
#include "myochart/io/record_json.h"

using nlohmann::json;
using namespace myochart;
using myochart::io::JsonSchema;

namespace {

constexpr const char* kSchemaName = "client-record.schema.json";

Timestamp at(const char* text) {
  const auto t = parse_timestamp(text);
  REQUIRE(t.has_value());
  return *t;
}

Date day(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// About 1 MiB of valid UTF-8 with line breaks, quotes, backslashes, SQL and non-Latin text.
std::string big_note() {
  const std::string unit =
      "Client reports \"tightness\" in the upper trapezius \\ levator scapulae.\n"
      "\tŁucja O'Brien 김민준 🌿💆 — '; DROP TABLE clients; -- \r\n";
  std::string note;
  while (note.size() < (std::size_t{1} << 20)) note += unit;
  return note;
}

Client full_client() {
  Client c;
  c.id = 42;
  c.row_version = 3;  // never exported
  c.given_name = "Łucja";
  c.family_name = "O'Brien";
  c.preferred_name = "Lucy 🌿";
  c.family_name_first = true;
  c.date_of_birth = day(1985, 3, 14);
  c.pronouns = "she/her";
  c.phone = "+48 22 123 45 67";
  c.email = "lucja.obrien@example.org";
  c.address = {"ul. Długa 5", "m. 3", "Kraków", "Małopolskie", "31-147", "PL"};
  c.occupation = "'; DROP TABLE clients; --";
  c.emergency_contact = {"김민준", "partner", "+82 2 123 4567"};
  c.physician = {"Dr. Ngozi Okafor", "020 7946 0018", "Riverside \"Family\" Practice \\ Unit 2"};
  c.referral_source = "Instagram 📸";
  c.notes = big_note();
  c.archived = true;
  c.created_at = at("2024-01-05T09:15:00Z");
  c.updated_at = at("2026-11-20T17:45:30Z");
  return c;
}

HealthEntry full_health_entry() {
  HealthEntry e;
  e.id = 7;
  e.client_id = 42;
  e.row_version = 2;
  e.kind = HealthKind::kMedication;
  e.description = "Warfarin 5 mg daily";
  e.details = "INR checked monthly — \"stable\";\nprescribed by Dr. Okafor";
  e.started_on = day(2019, 6, 1);
  e.ended_on = day(2026, 2, 28);
  e.created_at = at("2024-01-05T09:20:00Z");
  e.updated_at = at("2026-03-01T10:00:00Z");
  return e;
}

Contraindication full_contraindication() {
  Contraindication c;
  c.id = 8;
  c.client_id = 42;
  c.row_version = 4;
  c.kind = "anticoagulants";
  c.description = "Bruises easily (warfarin)";
  c.severity = Severity::kLocal;
  c.region_id = "posterior.lumbar_left";
  c.active = false;
  c.noted_on = day(2024, 1, 5);
  c.resolved_on = day(2026, 3, 1);
  c.notes = "Light pressure only; 'no' deep work.";
  c.created_at = at("2024-01-05T09:25:00Z");
  c.updated_at = at("2026-03-01T10:05:00Z");
  return c;
}

Consent full_consent() {
  Consent c;
  c.id = 9;
  c.client_id = 42;
  c.row_version = 1;
  c.kind = "information_sharing";
  c.given_on = day(2024, 1, 5);
  c.witnessed_by = "Renée Dubois";
  c.document_version = "2025-03";
  c.withdrawn_on = day(2025, 12, 31);
  c.notes = "Withdrawn by e-mail 😕";
  c.created_at = at("2024-01-05T09:30:00Z");
  c.updated_at = at("2025-12-31T08:00:00Z");
  return c;
}

Session full_session() {
  Session s;
  s.id = 11;
  s.client_id = 42;
  s.row_version = 5;
  s.therapist = "Renée Dubois";
  s.started_at = at("2026-11-25T14:30:00Z");
  s.duration_minutes = 75;
  s.modality = "myofascial_release";
  s.soap = {"Neck pain 7/10 since Monday; \"worse at the desk\"",
            "Upper trapezius TP, left > right; '; DROP TABLE sessions; --",
            "Myofascial pain, posture-related", "Heat, chin tucks 3×10 daily; rebook in 2 weeks"};
  s.pain_before = 7;
  s.pain_after = 3;
  s.status = SessionStatus::kSigned;
  s.signed_at = at("2026-11-25T16:00:00Z");
  s.signed_by = "Renée Dubois";
  s.created_at = at("2026-11-25T14:25:00Z");
  s.updated_at = at("2026-11-25T16:00:00Z");
  return s;
}

chart::ChartMark full_mark() {
  chart::ChartMark m;
  m.id = 21;
  m.session_id = 11;
  m.row_version = 2;
  m.view = chart::View::kLeftLateral;
  m.shape = chart::MarkShape::kArea;
  m.points = {{0.1234567890123, 0.2}, {0.45, 0.21}, {0.4, 0.3333333333333333}, {0, 1}};
  m.kind = "trigger_point";
  m.intensity = 8;
  m.quality = "burning";
  m.muscle_id = "trapezius_upper";
  m.region_ids = {"neck_left", "shoulder_left"};
  m.note = "Refers to the temple 🧠";
  m.attributes = {{"activity", "active"},
                  {"referral", {{"zones", {"temple", "jaw"}}, {"confidence", 0.75}}}};
  m.created_at = at("2026-11-25T14:40:00Z");
  m.updated_at = at("2026-11-25T14:41:00Z");
  return m;
}

chart::ChartMark point_mark() {
  chart::ChartMark m;
  m.session_id = 11;
  m.view = chart::View::kPosterior;
  m.shape = chart::MarkShape::kPoint;
  m.points = {{0.5, 0.25}};
  m.kind = "pain";
  m.intensity = 6;
  return m;
}

chart::ChartMark stroke_mark() {
  chart::ChartMark m;
  m.session_id = 11;
  m.view = chart::View::kAnterior;
  m.shape = chart::MarkShape::kStroke;
  m.points = {{0.3, 0.4}, {0.35, 0.5}, {0.38, 0.6}};
  m.kind = "numbness";
  m.intensity = 2;
  m.quality = "tingling";
  return m;
}

// Through text, as an export file would carry it.
template <typename T>
T round_trip(const T& value) {
  const json j = value;
  return json::parse(j.dump(2)).get<T>();
}

// A whole exported record in the shape the exporter writes.
json full_record() {
  json session = full_session();
  session["marks"] = json::array({point_mark(), full_mark(), stroke_mark()});
  return json{{"format", "myochart-client-record"},
              {"format_version", 1},
              {"exported_at", "2026-11-25T17:00:00Z"},
              {"exported_by", "MyoChart 0.1.0"},
              {"client", full_client()},
              {"health_history", json::array({full_health_entry()})},
              {"contraindications", json::array({full_contraindication()})},
              {"consents", json::array({full_consent()})},
              {"sessions", json::array({session})}};
}

template <typename F>
ValidationError validation_error_of(F&& f) {
  try {
    f();
  } catch (const ValidationError& e) {
    return e;
  }
  FAIL("no ValidationError was thrown");
  throw std::logic_error("unreachable");
}

std::string describe(const std::vector<io::SchemaViolation>& vs) {
  std::string s;
  for (const auto& v : vs) s += "[" + v.pointer + "] " + v.rule + "\n";
  return s;
}

json schema_file() {
  std::ifstream in(std::string(MYOCHART_SOURCE_DIR) + "/schemas/json/" + kSchemaName);
  REQUIRE(in.good());
  return json::parse(in);
}

std::set<std::string> schema_enum(const json& schema, const char* definition) {
  const json& values = schema.at("definitions").at(definition).at("enum");
  std::set<std::string> out;
  for (const auto& v : values) out.insert(v.get<std::string>());
  REQUIRE(out.size() == values.size());  // no duplicates
  return out;
}

template <typename Range>
std::set<std::string> ids(const Range& r) {
  std::set<std::string> out;
  for (const auto& k : r) out.insert(std::string(k.id));
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Round trips

TEST_CASE("a client with every field set survives JSON unchanged", "[record_json]") {
  const Client c = full_client();
  REQUIRE(c.notes.size() >= (std::size_t{1} << 20));

  Client expected = c;
  expected.row_version = 0;
  CHECK(round_trip(c) == expected);

  const json j = c;
  CHECK_FALSE(j.contains("row_version"));
  CHECK(j.at("id") == 42);
  CHECK(j.at("given_name") == "Łucja");
  CHECK(j.at("family_name") == "O'Brien");
  CHECK(j.at("date_of_birth") == "1985-03-14");
  CHECK(j.at("created_at") == "2024-01-05T09:15:00Z");
  CHECK(j.at("address").at("city") == "Kraków");
  CHECK(j.at("emergency_contact").at("name") == "김민준");
  CHECK(j.at("physician").at("practice") == "Riverside \"Family\" Practice \\ Unit 2");
  CHECK(j.at("occupation") == "'; DROP TABLE clients; --");
  CHECK(j.at("family_name_first") == true);
}

TEST_CASE("absent optionals are omitted and empty strings kept", "[record_json]") {
  Client c;
  c.given_name = "Ana";
  const json j = c;
  CHECK_FALSE(j.contains("date_of_birth"));
  CHECK(j.at("pronouns") == "");
  CHECK(j.at("address").at("line2") == "");
  CHECK(j.get<Client>() == c);

  Session s;
  s.client_id = 1;
  s.therapist = "Sam";
  const json js = s;
  CHECK_FALSE(js.contains("pain_before"));
  CHECK_FALSE(js.contains("pain_after"));
  CHECK_FALSE(js.contains("signed_at"));
  CHECK(js.at("status") == "draft");
  CHECK(js.get<Session>() == s);
}

TEST_CASE("health entries, contraindications and consents survive JSON", "[record_json]") {
  auto entry = full_health_entry();
  auto contraindication = full_contraindication();
  auto consent = full_consent();
  const json je = entry;
  const json jc = contraindication;
  const json jn = consent;
  CHECK(je.at("kind") == "medication");
  CHECK(je.at("ended_on") == "2026-02-28");
  CHECK(jc.at("severity") == "local");
  CHECK(jc.at("active") == false);
  CHECK(jn.at("given_on") == "2024-01-05");
  CHECK(jn.at("withdrawn_on") == "2025-12-31");
  for (const json* j : {&je, &jc, &jn}) CHECK_FALSE(j->contains("row_version"));

  entry.row_version = contraindication.row_version = consent.row_version = 0;
  CHECK(round_trip(full_health_entry()) == entry);
  CHECK(round_trip(full_contraindication()) == contraindication);
  CHECK(round_trip(full_consent()) == consent);
}

TEST_CASE("a signed session survives JSON", "[record_json]") {
  auto s = full_session();
  const json j = s;
  CHECK(j.at("started_at") == "2026-11-25T14:30:00Z");
  CHECK(j.at("soap").at("objective") ==
        "Upper trapezius TP, left > right; '; DROP TABLE sessions; --");
  CHECK(j.at("pain_after") == 3);
  CHECK(j.at("status") == "signed");
  CHECK(j.at("signed_at") == "2026-11-25T16:00:00Z");
  s.row_version = 0;
  CHECK(round_trip(full_session()) == s);
}

TEST_CASE("chart marks survive JSON, attributes passed through", "[record_json]") {
  for (auto m : {full_mark(), point_mark(), stroke_mark()}) {
    const json j = m;
    CHECK(j.at("points").size() == m.points.size());
    CHECK(j.at("points").at(0).size() == 2);
    m.row_version = 0;
    CHECK(round_trip(m) == m);
  }
  const json j = full_mark();
  CHECK(j.at("view") == "left_lateral");
  CHECK(j.at("shape") == "area");
  CHECK(j.at("points").at(0).at(0).get<double>() == 0.1234567890123);
  CHECK(j.at("attributes").at("referral").at("confidence") == 0.75);
  CHECK(j.at("region_ids") == json::array({"neck_left", "shoulder_left"}));
}

TEST_CASE("a session summary lists the timeline fields", "[record_json]") {
  SessionSummary s;
  s.id = 11;
  s.started_at = at("2026-11-25T14:30:00Z");
  s.duration_minutes = 60;
  s.therapist = "Renée Dubois";
  s.modality = "swedish";
  s.pain_before = 6;
  s.status = SessionStatus::kSigned;
  s.mark_count = 4;
  const json j = s;
  CHECK(j == json{{"id", 11},
                  {"started_at", "2026-11-25T14:30:00Z"},
                  {"duration_minutes", 60},
                  {"therapist", "Renée Dubois"},
                  {"modality", "swedish"},
                  {"pain_before", 6},
                  {"status", "signed"},
                  {"mark_count", 4}});
}

TEST_CASE("from_json keeps ids only when present and never reads row_version", "[record_json]") {
  const auto c =
      json{{"given_name", "Ana"}, {"family_name", "Silva"}, {"row_version", 9}}.get<Client>();
  CHECK(c.id == 0);
  CHECK(c.row_version == 0);
  CHECK(c.given_name == "Ana");

  const auto m = json{{"id", 5},          {"row_version", 9},       {"view", "anterior"},
                      {"shape", "point"}, {"points", {{0.5, 0.5}}}, {"kind", "pain"},
                      {"intensity", 4}}
                     .get<chart::ChartMark>();
  CHECK(m.id == 5);
  CHECK(m.row_version == 0);
  CHECK(m.attributes == json::object());
}

TEST_CASE("from_json reads instants with an offset and refuses zone-less times", "[record_json]") {
  json j = full_session();
  j["started_at"] = "2026-11-25T16:30:00+02:00";
  CHECK(j.get<Session>().started_at == at("2026-11-25T14:30:00Z"));
  j["started_at"] = "2026-11-25T09:30-05:00";
  CHECK(j.get<Session>().started_at == at("2026-11-25T14:30:00Z"));

  for (const char* bad : {"2026-11-25T14:30:00", "2026-11-25 14:30", "2026-11-25", "yesterday"}) {
    INFO(bad);
    j["started_at"] = bad;
    const auto e = validation_error_of([&] { (void)j.get<Session>(); });
    CHECK(e.field() == "started_at");
  }
  j = full_session();
  j["signed_at"] = 1700000000;
  CHECK(validation_error_of([&] { (void)j.get<Session>(); }).field() == "signed_at");
}

TEST_CASE("from_json names the field it cannot convert", "[record_json]") {
  json c = full_client();
  c["date_of_birth"] = "14/03/1985";
  CHECK(validation_error_of([&] { (void)c.get<Client>(); }).field() == "date_of_birth");
  c["date_of_birth"] = "2023-02-30";
  CHECK(validation_error_of([&] { (void)c.get<Client>(); }).field() == "date_of_birth");
  c = full_client();
  c["given_name"] = 5;
  CHECK(validation_error_of([&] { (void)c.get<Client>(); }).field() == "given_name");
  c = full_client();
  c["address"]["city"] = json::array();
  CHECK(validation_error_of([&] { (void)c.get<Client>(); }).field() == "address.city");

  json s = full_session();
  s["status"] = "locked";
  CHECK(validation_error_of([&] { (void)s.get<Session>(); }).field() == "status");
  s = full_session();
  s["pain_after"] = 2.5;
  CHECK(validation_error_of([&] { (void)s.get<Session>(); }).field() == "pain_after");
  s = full_session();
  s["duration_minutes"] = 1e12;
  CHECK(validation_error_of([&] { (void)s.get<Session>(); }).field() == "duration_minutes");
  s["duration_minutes"] = std::int64_t{1} << 40;
  CHECK(validation_error_of([&] { (void)s.get<Session>(); }).field() == "duration_minutes");

  json m = full_mark();
  m["view"] = "front";
  CHECK(validation_error_of([&] { (void)m.get<chart::ChartMark>(); }).field() == "view");
  m = full_mark();
  m["points"][1] = {0.5};
  CHECK(validation_error_of([&] { (void)m.get<chart::ChartMark>(); }).field() == "points[1]");
  m = full_mark();
  m["attributes"] = "none";
  CHECK(validation_error_of([&] { (void)m.get<chart::ChartMark>(); }).field() == "attributes");

  json n = full_consent();
  n["given_on"] = nullptr;  // only optional members may be null
  CHECK(validation_error_of([&] { (void)n.get<Consent>(); }).field() == "given_on");
  n["withdrawn_on"] = nullptr;
  n["given_on"] = "2024-01-05";
  CHECK_FALSE(n.get<Consent>().withdrawn_on.has_value());

  json h = full_health_entry();
  h["kind"] = "injury";
  CHECK(validation_error_of([&] { (void)h.get<HealthEntry>(); }).field() == "kind");
  json k = full_contraindication();
  k["severity"] = "severe";
  CHECK(validation_error_of([&] { (void)k.get<Contraindication>(); }).field() == "severity");
}

// ---------------------------------------------------------------------------------------------
// The client-record schema

TEST_CASE("the client-record schema accepts full and minimal exports", "[json_schema]") {
  const auto& schema = JsonSchema::builtin(kSchemaName);
  const json record = full_record();
  const auto violations = schema.violations(record);
  INFO(describe(violations));
  CHECK(violations.empty());
  CHECK_NOTHROW(schema.validate(record, "export.json"));

  const json minimal = {{"format", "myochart-client-record"},
                        {"format_version", 1},
                        {"exported_at", "2026-11-25T17:00:00Z"},
                        {"client", {{"given_name", "Ana"}, {"family_name", ""}}},
                        {"health_history", json::array()},
                        {"contraindications", json::array()},
                        {"consents", json::array()},
                        {"sessions", json::array()}};
  CHECK(schema.violations(minimal).empty());
}

TEST_CASE("the schema names the place and the rule of each violation", "[json_schema]") {
  const auto& schema = JsonSchema::builtin(kSchemaName);
  json record = full_record();

  SECTION("missing required field") {
    record["client"].erase("given_name");
    const auto v = schema.violations(record);
    INFO(describe(v));
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer == "/client");
    CHECK(v[0].rule == "is missing the required property \"given_name\"");
  }
  SECTION("missing required field at the root") {
    record.erase("format");
    const auto v = schema.violations(record);
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer.empty());
    const auto e = validation_error_of([&] { schema.validate(record, "export.json"); });
    CHECK(e.field() == "export.json: (document root)");
    CHECK_THAT(e.what(), Catch::Contains("\"format\""));
  }
  SECTION("session exported without its marks") {
    record["sessions"][0].erase("marks");
    const auto v = schema.violations(record);
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer == "/sessions/0");
    CHECK(v[0].rule == "is missing the required property \"marks\"");
  }
  SECTION("wrong type") {
    record["client"]["archived"] = "yes";
    const auto v = schema.violations(record);
    INFO(describe(v));
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer == "/client/archived");
    CHECK(v[0].rule == "must be true or false");
  }
  SECTION("out-of-range pain score") {
    record["sessions"][0]["pain_after"] = 11;
    const auto v = schema.violations(record);
    INFO(describe(v));
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer == "/sessions/0/pain_after");
    CHECK(v[0].rule == "must be at most 10");
    const auto e = validation_error_of([&] { schema.validate(record, "export.json"); });
    CHECK(e.field() == "export.json: /sessions/0/pain_after");
    CHECK_THAT(e.what(), Catch::Contains("must be at most 10"));
    CHECK_THAT(e.accepted(), Catch::Contains("from 0"));
  }
  SECTION("unknown property (a typo)") {
    record["client"]["familyname"] = "Kowalska";
    const auto v = schema.violations(record);
    INFO(describe(v));
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer == "/client");
    CHECK_THAT(v[0].rule, Catch::Contains("\"familyname\""));
    const auto e = validation_error_of([&] { schema.validate(record, "export.json"); });
    CHECK_THAT(e.accepted(), Catch::Contains("family_name"));
  }
  SECTION("date that does not match the pattern") {
    record["client"]["date_of_birth"] = "14/03/1985";
    const auto v = schema.violations(record);
    INFO(describe(v));
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer == "/client/date_of_birth");
    CHECK(v[0].rule == "is not a calendar date written YYYY-MM-DD");
    const auto e = validation_error_of([&] { schema.validate(record, "export.json"); });
    CHECK(std::string(e.what()) ==
          "export.json: /client/date_of_birth: is not a calendar date written YYYY-MM-DD");
  }
  SECTION("timestamp without a time zone") {
    record["sessions"][0]["started_at"] = "2026-11-25T14:30:00";
    const auto v = schema.violations(record);
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer == "/sessions/0/started_at");
  }
  SECTION("value outside an enum") {
    record["sessions"][0]["marks"][0]["view"] = "front";
    const auto v = schema.violations(record);
    INFO(describe(v));
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer == "/sessions/0/marks/0/view");
    CHECK(v[0].rule ==
          "must be one of \"anterior\", \"posterior\", \"left_lateral\", \"right_lateral\"");
  }
  SECTION("unknown contraindication kind") {
    record["contraindications"][0]["kind"] = "headache";
    const auto v = schema.violations(record);
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer == "/contraindications/0/kind");
  }
  SECTION("point outside the chart") {
    record["sessions"][0]["marks"][1]["points"][2][0] = 1.5;
    const auto v = schema.violations(record);
    INFO(describe(v));
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer == "/sessions/0/marks/1/points/2/0");
    CHECK(v[0].rule == "must be at most 1");
  }
  SECTION("point mark with two points") {
    record["sessions"][0]["marks"][0]["points"].push_back({0.6, 0.3});
    const auto v = schema.violations(record);
    INFO(describe(v));
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer == "/sessions/0/marks/0/points");
    CHECK(v[0].rule == "must have at most 1 item");
  }
  SECTION("newer format version") {
    record["format_version"] = 2;
    const auto v = schema.violations(record);
    REQUIRE(v.size() == 1);
    CHECK(v[0].pointer == "/format_version");
    CHECK(v[0].rule == "must be 1");
  }
  SECTION("several problems are all reported, without valijson's wrapper messages") {
    record["sessions"][0]["pain_before"] = -1;
    record["sessions"][0]["duration_minutes"] = "75";
    record["consents"][0]["kind"] = "everything";
    const auto v = schema.violations(record);
    INFO(describe(v));
    REQUIRE(v.size() == 3);
    std::set<std::string> pointers;
    for (const auto& x : v) {
      pointers.insert(x.pointer);
      CHECK_THAT(x.rule, !Catch::Contains("Failed to validate"));
    }
    CHECK(pointers == std::set<std::string>{"/sessions/0/pain_before",
                                            "/sessions/0/duration_minutes", "/consents/0/kind"});
  }
}

TEST_CASE("the schema's enums equal the C++ vocabularies", "[json_schema]") {
  const json schema = schema_file();
  CHECK(schema_enum(schema, "contraindication_kind") == ids(contraindication_kinds()));
  CHECK(schema_enum(schema, "consent_kind") == ids(consent_kinds()));
  CHECK(schema_enum(schema, "mark_kind") == ids(chart::mark_kinds()));

  auto qualities = ids(chart::pain_qualities());
  qualities.insert("");  // a mark without a quality
  CHECK(schema_enum(schema, "pain_quality") == qualities);

  std::set<std::string> views;
  for (auto v : chart::kAllViews) views.insert(std::string(chart::to_string(v)));
  CHECK(schema_enum(schema, "view") == views);

  // Enums without a list in C++: every schema value must convert, and every enumerator appear.
  const auto converts_all = [&](const char* definition, auto from_string, auto all) {
    const auto values = schema_enum(schema, definition);
    for (const auto& v : values) {
      INFO(definition << ": " << v);
      CHECK(from_string(v).has_value());
    }
    std::set<std::string> expected;
    for (auto e : all) expected.insert(std::string(to_string(e)));
    CHECK(values == expected);
  };
  converts_all(
      "mark_shape", chart::mark_shape_from_string,
      std::vector{chart::MarkShape::kPoint, chart::MarkShape::kArea, chart::MarkShape::kStroke});
  converts_all("session_status", session_status_from_string,
               std::vector{SessionStatus::kDraft, SessionStatus::kSigned});
  converts_all("health_kind", health_kind_from_string,
               std::vector{HealthKind::kCondition, HealthKind::kMedication, HealthKind::kAllergy,
                           HealthKind::kSurgery});
  converts_all("severity", severity_from_string,
               std::vector{Severity::kCaution, Severity::kLocal, Severity::kTotal});
}

TEST_CASE("the built-in schema is the file in schemas/json", "[json_schema]") {
  // Same rules: a document the file's schema rejects is rejected by the built-in one.
  const auto from_file = JsonSchema::parse(schema_file(), kSchemaName);
  json record = full_record();
  record["client"]["email"] = 12;
  const auto a = from_file->violations(record);
  const auto b = JsonSchema::builtin(kSchemaName).violations(record);
  REQUIRE(a.size() == 1);
  REQUIRE(b.size() == 1);
  CHECK(a[0].pointer == b[0].pointer);
  CHECK(a[0].rule == b[0].rule);
}

// ---------------------------------------------------------------------------------------------
// JsonSchema mechanics

TEST_CASE("violation pointers escape ~ and / (RFC 6901)", "[json_schema]") {
  const auto schema = JsonSchema::parse(json::parse(R"({
        "type": "object",
        "properties": {"a/b~c": {"type": "array", "items": {"type": "integer"}}}
      })"),
                                        "test-schema.json");
  const json doc = json::parse(R"({"a/b~c": [1, "two"]})");
  const auto v = schema->violations(doc);
  REQUIRE(v.size() == 1);
  CHECK(v[0].pointer == "/a~1b~0c/1");
  CHECK(v[0].rule == "must be a whole number");
  CHECK(doc.at(json::json_pointer(v[0].pointer)) == "two");
}

TEST_CASE("local $refs resolve, broken schemas are refused with their name", "[json_schema]") {
  const auto schema = JsonSchema::parse(json::parse(R"({
        "definitions": {"score": {"type": "integer", "minimum": 0, "maximum": 10}},
        "type": "object",
        "properties": {"score": {"$ref": "#/definitions/score"}}
      })"),
                                        "refs.json");
  CHECK(schema->violations(json{{"score", 4}}).empty());
  const auto v = schema->violations(json{{"score", 12}});
  REQUIRE(v.size() == 1);
  CHECK(v[0].pointer == "/score");
  CHECK(v[0].rule == "must be at most 10");

  const auto coded = JsonSchema::parse(
      json{{"properties", {{"code", {{"type", "string"}, {"pattern", "^[A-Z]{3}$"}}}}}},
      "codes.json");
  CHECK(coded->violations(json{{"code", "ABC"}}).empty());
  const auto bad_code = coded->violations(json{{"code", "abc"}});
  REQUIRE(bad_code.size() == 1);
  CHECK(bad_code[0].rule == "does not match the pattern ^[A-Z]{3}$");

  CHECK(validation_error_of([] {
          (void)JsonSchema::parse(json{{"type", "object"}, {"minimum", "x"}}, "plugin.json");
        }).field() == "plugin.json");
  CHECK(validation_error_of([] {
          (void)JsonSchema::parse(json{{"$ref", "https://example.org/other.json"}}, "plugin.json");
        }).field() == "plugin.json");
  CHECK(
      validation_error_of([] {
        (void)JsonSchema::parse(json{{"properties", {{"x", {{"pattern", "(["}}}}}}, "plugin.json");
      }).field() == "plugin.json: /properties/x/pattern");
  CHECK(validation_error_of([] { (void)JsonSchema::parse(json(42), "plugin.json"); }).field() ==
        "plugin.json");
}

TEST_CASE("built-in schemas are cached and shared across threads", "[json_schema]") {
  CHECK_THROWS_AS(JsonSchema::builtin("no-such.schema.json"), Error);

  const JsonSchema* first = &JsonSchema::builtin(kSchemaName);
  CHECK(&JsonSchema::builtin(kSchemaName) == first);

  json bad = full_record();
  bad["sessions"][0]["pain_after"] = 11;
  const json good = full_record();
  std::vector<const JsonSchema*> seen(8, nullptr);
  std::vector<int> ok(8, 0);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i)
    threads.emplace_back([&, i] {
      const auto& s = JsonSchema::builtin(kSchemaName);
      seen[i] = &s;
      const auto v = s.violations(bad);
      ok[i] =
          s.violations(good).empty() && v.size() == 1 && v[0].pointer == "/sessions/0/pain_after";
    });
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < seen.size(); ++i) {
    CHECK(seen[i] == first);
    CHECK(ok[i] == 1);
  }
}
