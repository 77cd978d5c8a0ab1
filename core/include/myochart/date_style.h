#pragma once
// How dates are shown to people (a clinic setting). Storage and exchange always use ISO 8601
// (time.h); this is for screens and printed pages only.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "myochart/time.h"

namespace myochart {

enum class DateStyle {
  kIso,           ///< 2026-11-25
  kDayMonthYear,  ///< 25/11/2026
  kMonthDayYear,  ///< 11/25/2026
  kDayMonthName,  ///< 25 Nov 2026
};

std::span<const DateStyle> date_styles();
std::string_view to_string(DateStyle s);  ///< "iso", "dmy", "mdy", "d_mon_y" (setting values)
std::optional<DateStyle> date_style_from_string(std::string_view s);
std::string date_style_label(DateStyle s);  ///< the style shown by example: "25/11/2026"

std::string format_date(Date d, DateStyle s);
/// Local wall-clock date and time "<date> HH:MM".
std::string format_local(Timestamp t, DateStyle s);

}  // namespace myochart
