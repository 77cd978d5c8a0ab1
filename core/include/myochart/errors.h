#pragma once
// Errors that reach a therapist. Every message is written to be shown as-is: it names the
// field, file or record that was wrong and what would be accepted. Messages never contain
// client data (names, notes); they name fields, ids and paths instead.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace myochart {

/// Base of all MyoChart errors meant for a user. Catch this at the UI edge (CLI main, event loop).
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A value a user gave is not acceptable. Nothing was written.
class ValidationError : public Error {
 public:
  ValidationError(std::string field, const std::string& problem, std::string accepted)
      : Error(field + ": " + problem + (accepted.empty() ? "" : " (accepted: " + accepted + ")")),
        field_(std::move(field)),
        accepted_(std::move(accepted)) {}
  const std::string& field() const noexcept { return field_; }
  const std::string& accepted() const noexcept { return accepted_; }

 private:
  std::string field_;
  std::string accepted_;
};

/// A record asked for by id does not exist.
class NotFoundError : public Error {
 public:
  NotFoundError(const std::string& what, std::int64_t id)
      : Error(what + " " + std::to_string(id) + " does not exist") {}
};

/// Saving over a row that someone else changed since it was read. Nothing was written; the
/// caller shows both versions and lets the user decide.
class ConflictError : public Error {
 public:
  ConflictError(const std::string& what, std::int64_t id, std::int64_t expected,
                std::int64_t current)
      : Error(what + " " + std::to_string(id) + " was changed elsewhere (you edited version " +
              std::to_string(expected) + ", the saved one is version " + std::to_string(current) +
              "); reload it and apply your change again"),
        expected_(expected),
        current_(current) {}
  std::int64_t expected_version() const noexcept { return expected_; }
  std::int64_t current_version() const noexcept { return current_; }

 private:
  std::int64_t expected_;
  std::int64_t current_;
};

/// A signed (locked) record cannot be changed; only amendments may be appended.
class LockedError : public Error {
 public:
  using Error::Error;
};

/// A database file MyoChart will not open (not ours, newer than this build, damaged).
/// The file was left untouched.
class DatabaseRefusedError : public Error {
 public:
  using Error::Error;
};

/// The database failed underneath us (disk full, I/O error, busy for too long).
/// The transaction was rolled back; nothing was half-written.
class StorageError : public Error {
 public:
  using Error::Error;
};

}  // namespace myochart
