#include "storage/row_reader.h"

#include <charconv>

#include "myochart/errors.h"

namespace myochart::storage::detail {

namespace {
[[noreturn]] void bad_column(std::size_t i, const char* want) {
  throw StorageError("the database holds an unexpected value in column " + std::to_string(i + 1) +
                     " (expected " + want + "); run `myochart-cli db check`");
}
}  // namespace

bool RowReader::is_null() {
  return row_.get_indicator(next_) == soci::i_null;
}

std::string RowReader::text() {
  const std::size_t i = next_++;
  if (row_.get_indicator(i) == soci::i_null) return {};
  switch (row_.get_properties(i).get_data_type()) {
    case soci::dt_string:
    case soci::dt_xml:
    case soci::dt_blob:
      return row_.get<std::string>(i);
    case soci::dt_integer:
      return std::to_string(row_.get<int>(i));
    case soci::dt_long_long:
      return std::to_string(row_.get<long long>(i));
    case soci::dt_unsigned_long_long:
      return std::to_string(row_.get<unsigned long long>(i));
    case soci::dt_double:
      return std::to_string(row_.get<double>(i));
    case soci::dt_date:
      break;
  }
  bad_column(i, "text");
}

std::optional<std::string> RowReader::optional_text() {
  if (is_null()) {
    ++next_;
    return std::nullopt;
  }
  return text();
}

long long RowReader::integer() {
  const std::size_t i = next_++;
  if (row_.get_indicator(i) == soci::i_null) bad_column(i, "a number");
  switch (row_.get_properties(i).get_data_type()) {
    case soci::dt_integer:
      return row_.get<int>(i);
    case soci::dt_long_long:
      return row_.get<long long>(i);
    case soci::dt_unsigned_long_long:
      return static_cast<long long>(row_.get<unsigned long long>(i));
    case soci::dt_double:
      return static_cast<long long>(row_.get<double>(i));
    case soci::dt_string: {
      const auto s = row_.get<std::string>(i);
      long long v = 0;
      auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
      if (ec == std::errc{} && p == s.data() + s.size()) return v;
      break;
    }
    default:
      break;
  }
  bad_column(i, "a number");
}

std::optional<long long> RowReader::optional_integer() {
  if (is_null()) {
    ++next_;
    return std::nullopt;
  }
  return integer();
}

double RowReader::real() {
  const std::size_t i = next_;
  if (row_.get_indicator(i) != soci::i_null &&
      row_.get_properties(i).get_data_type() == soci::dt_double) {
    ++next_;
    return row_.get<double>(i);
  }
  return static_cast<double>(integer());
}

std::optional<Date> RowReader::optional_date() {
  const std::size_t i = next_;
  auto t = optional_text();
  if (!t) return std::nullopt;
  auto d = parse_date(*t);
  if (!d) bad_column(i, "a date");
  return d;
}

Date RowReader::date() {
  const std::size_t i = next_;
  auto d = optional_date();
  if (!d) bad_column(i, "a date");
  return *d;
}

Timestamp RowReader::timestamp() {
  const std::size_t i = next_;
  auto t = optional_timestamp();
  if (!t) bad_column(i, "a date and time");
  return *t;
}

std::optional<Timestamp> RowReader::optional_timestamp() {
  const std::size_t i = next_;
  auto t = optional_text();
  if (!t) return std::nullopt;
  auto ts = parse_timestamp(*t);
  if (!ts || t->empty() || (t->back() != 'Z' && t->find('+', 10) == std::string::npos))
    bad_column(i, "a UTC date and time");
  return ts;
}

bool execute_single(soci::statement& st) {
  st.execute(true);
  const bool found = st.got_data();
  while (st.fetch()) {
  }
  return found;
}

NullableText nullable(const std::optional<Date>& d) {
  if (!d) return {};
  return {format_date(*d), soci::i_ok};
}

NullableText nullable(const std::optional<Timestamp>& t) {
  if (!t) return {};
  return {format_timestamp(*t), soci::i_ok};
}

NullableInt nullable(const std::optional<int>& v) {
  if (!v) return {};
  return {*v, soci::i_ok};
}

}  // namespace myochart::storage::detail
