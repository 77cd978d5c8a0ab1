#pragma once
// Clinic-wide settings stored in the database (clinic name, address, therapist, units, ...).
// Keys are dotted ids ("clinic.name"); values are UTF-8 text.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "myochart/storage/transaction.h"

namespace myochart::storage {

class Settings {
 public:
  explicit Settings(Database& db) : db_(db) {}
  std::optional<std::string> get(std::string_view key) const;
  std::string get_or(std::string_view key, std::string_view fallback) const;
  void set(WriteTransaction& tx, std::string_view key, std::string_view value);
  std::map<std::string, std::string> all() const;

 private:
  Database& db_;
};

}  // namespace myochart::storage
