#include <catch2/catch.hpp>

#include "myochart/time.h"

using namespace myochart;
using namespace std::chrono;

TEST_CASE("dates parse only as real YYYY-MM-DD days and format back") {
  CHECK(parse_date("2024-02-29") == Date{year{2024}, February, day{29}});
  CHECK_FALSE(parse_date("2023-02-29"));
  CHECK_FALSE(parse_date("2024-13-01"));
  CHECK_FALSE(parse_date("2024-1-01"));
  CHECK_FALSE(parse_date("2024-01-01x"));
  CHECK_FALSE(parse_date(""));
  CHECK(format_date(Date{year{1984}, March, day{7}}) == "1984-03-07");
}

TEST_CASE("timestamps round-trip in UTC and honour offsets") {
  const auto t = parse_timestamp("2026-11-25T14:30:05Z");
  REQUIRE(t);
  CHECK(format_timestamp(*t) == "2026-11-25T14:30:05Z");
  CHECK(parse_timestamp("2026-11-25T16:30:05+02:00") == t);
  CHECK(parse_timestamp("2026-11-25T09:30:05-05:00") == t);
  CHECK(parse_timestamp("2026-11-25T14:30Z") == parse_timestamp("2026-11-25T14:30:00Z"));
  CHECK_FALSE(parse_timestamp("2026-11-25T24:00:00Z"));
  CHECK_FALSE(parse_timestamp("2026-11-25"));
  CHECK_FALSE(parse_timestamp("2026-11-25T14:30:00Q"));
}

TEST_CASE("local wall-clock times use the process time zone (UTC in tests)") {
  // The test runner sets TZ=UTC.
  CHECK(parse_timestamp("2026-11-25 14:30") == parse_timestamp("2026-11-25T14:30:00Z"));
  CHECK(format_local(*parse_timestamp("2026-11-25T14:30:00Z")) == "2026-11-25 14:30");
}

TEST_CASE("age counts whole years") {
  const Date birth{year{1990}, June, day{15}};
  CHECK(age_on(birth, Date{year{2026}, June, day{14}}) == 35);
  CHECK(age_on(birth, Date{year{2026}, June, day{15}}) == 36);
}
