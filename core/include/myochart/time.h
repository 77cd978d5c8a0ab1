#pragma once
// Dates and instants. A Date is a calendar day with no time zone (date of birth, consent date).
// A Timestamp is an instant in UTC, stored as ISO 8601 text "2026-11-25T14:30:00Z".
// Conversions to and from the clinic's local wall-clock time use the process time zone (TZ).
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace myochart {

using Date = std::chrono::year_month_day;
using Timestamp = std::chrono::sys_seconds;

/// "YYYY-MM-DD".
std::string format_date(Date d);
/// Accepts exactly "YYYY-MM-DD" naming a real calendar day; nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);

/// "YYYY-MM-DDTHH:MM:SSZ" (UTC).
std::string format_timestamp(Timestamp t);
/// Accepts "YYYY-MM-DDTHH:MM[:SS]Z" or with "+HH:MM"/"-HH:MM" offset (an instant), and
/// "YYYY-MM-DD HH:MM[:SS]" or "YYYY-MM-DDTHH:MM[:SS]" without zone (local wall-clock time).
std::optional<Timestamp> parse_timestamp(std::string_view text);
/// Local wall-clock "YYYY-MM-DD HH:MM" for display.
std::string format_local(Timestamp t);
/// The local calendar day of an instant.
Date local_date(Timestamp t);

Timestamp now();
Date today();

/// Whole years between birth and on (age as people count it).
int age_on(Date birth, Date on);

}  // namespace myochart
