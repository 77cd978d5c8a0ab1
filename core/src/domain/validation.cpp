#include "domain/validation.h"

#include <string>

#include "myochart/errors.h"
#include "myochart/limits.h"
#include "myochart/text.h"

namespace myochart::detail {

namespace {
void check_encoding(std::string_view field, std::string_view value, bool allow_newlines) {
  if (!text::is_valid_utf8(value))
    throw ValidationError(std::string(field), "is not valid UTF-8 text", "UTF-8 text");
  if (text::has_forbidden_control(value, allow_newlines))
    throw ValidationError(std::string(field), "contains control characters",
                          allow_newlines ? "text with line breaks and tabs"
                                         : "a single line of text without control characters");
}
}  // namespace

void check_line(std::string_view field, std::string_view value) {
  check_encoding(field, value, false);
  if (text::length_in_code_points(value) > kMaxShortText)
    throw ValidationError(std::string(field), "is too long",
                          "at most " + std::to_string(kMaxShortText) + " characters");
}

void check_required_line(std::string_view field, std::string_view value) {
  check_line(field, value);
  if (text::trim(value).empty())
    throw ValidationError(std::string(field), "is empty", "a non-blank value");
}

void check_text(std::string_view field, std::string_view value) {
  if (value.size() > kMaxLongText)
    throw ValidationError(std::string(field), "is too long",
                          "at most " + std::to_string(kMaxLongText >> 20) + " MiB of text");
  check_encoding(field, value, true);
}

void check_range(std::string_view field, int value, int lo, int hi) {
  if (value < lo || value > hi)
    throw ValidationError(
        std::string(field), "is out of range",
        "a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
}

void check_optional_range(std::string_view field, const std::optional<int>& value, int lo, int hi) {
  if (value) check_range(field, *value, lo, hi);
}

void check_date(std::string_view field, const std::optional<Date>& value, int days_ahead) {
  if (!value) return;
  using namespace std::chrono;
  if (!value->ok())
    throw ValidationError(std::string(field), "is not a calendar date", "YYYY-MM-DD");
  const Date earliest{year{1900}, January, day{1}};
  const Date latest{sys_days{today()} + days{days_ahead}};
  if (*value < earliest || *value > latest)
    throw ValidationError(std::string(field), "is out of range",
                          "a date from " + format_date(earliest) + " to " + format_date(latest));
}

void check_order(std::string_view later_field, const std::optional<Date>& earlier,
                 const std::optional<Date>& later) {
  if (earlier && later && *later < *earlier)
    throw ValidationError(std::string(later_field), "is before the start date",
                          "a date on or after " + format_date(*earlier));
}

}  // namespace myochart::detail
