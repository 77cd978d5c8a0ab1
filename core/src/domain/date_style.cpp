#include "myochart/date_style.h"

#include <array>
#include <cstdio>

namespace myochart {

namespace {
constexpr std::array kStyles = {DateStyle::kIso, DateStyle::kDayMonthYear, DateStyle::kMonthDayYear,
                                DateStyle::kDayMonthName};
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
}  // namespace

std::span<const DateStyle> date_styles() {
  return kStyles;
}

std::string_view to_string(DateStyle s) {
  switch (s) {
    case DateStyle::kIso:
      return "iso";
    case DateStyle::kDayMonthYear:
      return "dmy";
    case DateStyle::kMonthDayYear:
      return "mdy";
    case DateStyle::kDayMonthName:
      return "d_mon_y";
  }
  return "iso";
}

std::optional<DateStyle> date_style_from_string(std::string_view s) {
  for (auto style : kStyles)
    if (to_string(style) == s) return style;
  return std::nullopt;
}

std::string date_style_label(DateStyle s) {
  using namespace std::chrono;
  return format_date(year_month_day{year{2026}, November, day{25}}, s);
}

std::string format_date(Date d, DateStyle s) {
  const int y = static_cast<int>(d.year());
  const unsigned m = static_cast<unsigned>(d.month());
  const unsigned day = static_cast<unsigned>(d.day());
  char buf[32];
  switch (s) {
    case DateStyle::kIso:
      return myochart::format_date(d);
    case DateStyle::kDayMonthYear:
      std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", day, m, y);
      return buf;
    case DateStyle::kMonthDayYear:
      std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", m, day, y);
      return buf;
    case DateStyle::kDayMonthName:
      std::snprintf(buf, sizeof buf, "%u %s %04d", day, kMonths[(m + 11) % 12], y);
      return buf;
  }
  return myochart::format_date(d);
}

std::string format_local(Timestamp t, DateStyle s) {
  // format_local(t) is "YYYY-MM-DD HH:MM" in local time: keep its clock part.
  const std::string iso = myochart::format_local(t);
  return format_date(local_date(t), s) + iso.substr(10);
}

}  // namespace myochart
