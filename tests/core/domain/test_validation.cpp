// Domain rules: what each record accepts, and that refusals name the field.
#include <catch2/catch.hpp>

#include "myochart/chart/chart_mark.h"
#include "myochart/client.h"
#include "myochart/clinical.h"
#include "myochart/errors.h"
#include "myochart/limits.h"
#include "myochart/session.h"

using namespace myochart;
using namespace std::chrono;

namespace {
template <typename T>
std::string refused_field(const T& value) {
  try {
    validate(value);
  } catch (const ValidationError& e) {
    return e.field();
  }
  return "";
}
}  // namespace

TEST_CASE("a client needs a name, every other field has its own rule") {
  Client c;
  CHECK(refused_field(c) == "given_name");
  c.family_name = "Haddad";
  CHECK(refused_field(c).empty());
  c.email = "noor@";
  CHECK(refused_field(c) == "email");
  c.email = "noor@example.org";
  c.phone = "12";
  CHECK(refused_field(c) == "phone");
  c.phone = "+961 1 555 010";
  c.date_of_birth = Date{year{1899}, December, day{31}};
  CHECK(refused_field(c) == "date_of_birth");
  c.date_of_birth = Date{year{1970}, January, day{1}};
  c.preferred_name = std::string(201, 'a');
  CHECK(refused_field(c) == "preferred_name");
  c.preferred_name = std::string(200, 'a');
  CHECK(refused_field(c).empty());
  c.notes = std::string(kMaxLongText + 1, 'x');
  CHECK(refused_field(c) == "notes");
}

TEST_CASE("refusal messages say what is accepted") {
  Session s;
  s.client_id = 1;
  s.therapist = "Rowan";
  s.started_at = now();
  s.pain_before = -1;
  try {
    validate(s);
    FAIL("accepted pain -1");
  } catch (const ValidationError& e) {
    CHECK(std::string(e.what()) ==
          "pain_before: is out of range (accepted: a whole number from 0 to 10)");
  }
}

TEST_CASE("display names respect name order and preferred names") {
  Client c;
  c.given_name = "Łucja";
  c.family_name = "Kowalska";
  c.preferred_name = "Lucy";
  CHECK(display_name(c) == "Łucja Kowalska (Lucy)");
  Client k;
  k.given_name = "민준";
  k.family_name = "김";
  k.family_name_first = true;
  CHECK(display_name(k) == "김민준");
  Client h;
  h.given_name = "Bence";
  h.family_name = "Nagy";
  h.family_name_first = true;
  CHECK(display_name(h) == "Nagy Bence");
}

TEST_CASE("contraindications and consents use fixed vocabularies") {
  Contraindication k;
  k.client_id = 1;
  k.kind = "made_up";
  k.description = "x";
  CHECK(refused_field(k) == "kind");
  k.kind = "pregnancy";
  CHECK(refused_field(k).empty());
  k.severity = Severity::kLocal;
  CHECK(refused_field(k) == "region");
  k.region_id = "abdomen";
  k.resolved_on = Date{year{2020}, January, day{1}};
  CHECK(refused_field(k) == "resolved_on");  // active and resolved at once
  Consent c;
  c.client_id = 1;
  c.kind = "treatment";
  c.given_on = Date{year{2024}, May, day{2}};
  c.withdrawn_on = Date{year{2024}, May, day{1}};
  CHECK(refused_field(c) == "withdrawn_on");
}

TEST_CASE("chart marks: shape and point count agree, points stay on the canvas") {
  chart::ChartMark m;
  m.session_id = 1;
  m.points = {{0.5, 0.5}};
  CHECK(refused_field(m).empty());
  m.points.push_back({0.4, 0.4});
  CHECK(refused_field(m) == "points");
  m.shape = chart::MarkShape::kArea;
  m.points = {{0.1, 0.1}, {0.2, 0.2}, {0.3, 0.3}};  // collinear: no area
  CHECK(refused_field(m) == "points");
  m.points = {{0.1, 0.1}, {0.2, 0.1}, {0.2, 0.2}};
  CHECK(refused_field(m).empty());
  m.intensity = 11;
  CHECK(refused_field(m) == "intensity");
  m.intensity = 3;
  m.quality = "spicy";
  CHECK(refused_field(m) == "quality");
}
