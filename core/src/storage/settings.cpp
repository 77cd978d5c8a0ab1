#include "myochart/storage/settings.h"

#include <soci/soci.h>

#include "domain/validation.h"
#include "storage/soci_errors.h"

namespace myochart::storage {

using detail::guarded;
using soci::use;

std::optional<std::string> Settings::get(std::string_view key) const {
  return guarded("reading settings", [&]() -> std::optional<std::string> {
    std::string k(key), value;
    db_.sql() << "SELECT value FROM settings WHERE key = :k", use(k), soci::into(value);
    if (!db_.sql().got_data()) return std::nullopt;
    return value;
  });
}

std::string Settings::get_or(std::string_view key, std::string_view fallback) const {
  auto v = get(key);
  return v ? *v : std::string(fallback);
}

void Settings::set(WriteTransaction& tx, std::string_view key, std::string_view value) {
  myochart::detail::check_required_line("setting name", key);
  myochart::detail::check_text(std::string(key), value);
  std::string k(key), v(value);
  guarded("saving settings", [&] {
    tx.db().sql() << "INSERT INTO settings (key, value) VALUES (:k, :v) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        use(k, "k"), use(v, "v");
  });
}

std::map<std::string, std::string> Settings::all() const {
  return guarded("reading settings", [&] {
    std::map<std::string, std::string> out;
    soci::rowset<soci::row> rows = db_.sql().prepare << "SELECT key, value FROM settings";
    for (const auto& row : rows) out[row.get<std::string>(0)] = row.get<std::string>(1);
    return out;
  });
}

}  // namespace myochart::storage
