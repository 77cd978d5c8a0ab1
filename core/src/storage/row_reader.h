#pragma once
// Reading soci::row columns whatever type the backend reports for them (SQLite and
// PostgreSQL differ: an INTEGER column may come back as int, long long or a string), and
// binding optional values. The one place column types are decided.
#include <soci/soci.h>

#include <optional>
#include <string>

#include "myochart/time.h"

namespace myochart::storage::detail {

/// Reads the columns of one row in order.
class RowReader {
 public:
  explicit RowReader(const soci::row& r) : row_(r) {}

  bool is_null();  ///< peeks at the next column without consuming it
  std::string text();
  std::optional<std::string> optional_text();
  long long integer();
  std::optional<long long> optional_integer();
  double real();
  bool boolean() { return integer() != 0; }
  std::optional<Date> optional_date();
  Date date();
  Timestamp timestamp();
  std::optional<Timestamp> optional_timestamp();

 private:
  const soci::row& row_;
  std::size_t next_ = 0;
};

/// A nullable value bound to a statement: the text (or 0) plus its indicator.
struct NullableText {
  std::string value;
  soci::indicator ind = soci::i_null;
};
struct NullableInt {
  int value = 0;
  soci::indicator ind = soci::i_null;
};

/// Runs a prepared single-row SELECT and steps it to its end, so that the statement does not
/// keep the transaction busy ("SQL statements in progress" at COMMIT). Returns whether it
/// produced a row.
bool execute_single(soci::statement& st);

NullableText nullable(const std::optional<Date>& d);
NullableText nullable(const std::optional<Timestamp>& t);
NullableInt nullable(const std::optional<int>& v);

}  // namespace myochart::storage::detail
