#pragma once
// Field checks shared by the validate() functions of the domain types. Each throws
// ValidationError naming the field and what is accepted. Values are never echoed back
// (they may be health data).
#include <optional>
#include <string_view>

#include "myochart/time.h"

namespace myochart::detail {

/// Single-line text: valid UTF-8, no control characters, at most kMaxShortText code points.
void check_line(std::string_view field, std::string_view value);
/// As check_line, and not blank.
void check_required_line(std::string_view field, std::string_view value);
/// Free text: valid UTF-8, newlines and tabs allowed, at most kMaxLongText bytes.
void check_text(std::string_view field, std::string_view value);
void check_range(std::string_view field, int value, int lo, int hi);
void check_optional_range(std::string_view field, const std::optional<int>& value, int lo, int hi);
/// A calendar date no earlier than 1900-01-01 and no later than today + days_ahead.
void check_date(std::string_view field, const std::optional<Date>& value, int days_ahead = 0);
/// `later` is not before `earlier` (when both are set).
void check_order(std::string_view later_field, const std::optional<Date>& earlier,
                 const std::optional<Date>& later);

}  // namespace myochart::detail
