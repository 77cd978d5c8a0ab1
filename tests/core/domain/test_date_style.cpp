// Date display styles (a clinic setting).
#include <catch2/catch.hpp>

#include "myochart/date_style.h"

using namespace myochart;
using namespace std::chrono;

TEST_CASE("dates are shown in the clinic's chosen style") {
  const Date d{year{2026}, March, day{4}};
  CHECK(format_date(d, DateStyle::kIso) == "2026-03-04");
  CHECK(format_date(d, DateStyle::kDayMonthYear) == "04/03/2026");
  CHECK(format_date(d, DateStyle::kMonthDayYear) == "03/04/2026");
  CHECK(format_date(d, DateStyle::kDayMonthName) == "4 Mar 2026");
  for (auto s : date_styles()) CHECK(date_style_from_string(to_string(s)) == s);
  CHECK_FALSE(date_style_from_string("yyyy").has_value());
  CHECK(date_style_label(DateStyle::kDayMonthYear) == "25/11/2026");
}

TEST_CASE("date and time keep the local clock") {
  const Timestamp t = sys_days{Date{year{2026}, January, day{31}}} + hours{9} + minutes{5};
  // Tests run with TZ=UTC.
  CHECK(format_local(t, DateStyle::kDayMonthName) == "31 Jan 2026 09:05");
}
