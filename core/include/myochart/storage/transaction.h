#pragma once
// One user action = one write transaction. Repositories' write functions take the open
// transaction, so a caller composes several writes into one all-or-nothing save.
#include "myochart/storage/database.h"

namespace myochart::storage {

/// Begins a write transaction (SQLite: BEGIN IMMEDIATE, taking the write lock at once).
/// Rolls back on destruction unless commit() succeeded. Not copyable, not nestable.
class WriteTransaction {
 public:
  explicit WriteTransaction(Database& db);
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  /// Makes the writes durable. Throws StorageError when the commit fails (then nothing of the
  /// transaction was saved, and the caller must say so).
  void commit();
  /// Discards the writes. Never throws.
  void rollback() noexcept;

  Database& db() noexcept { return db_; }

 private:
  Database& db_;
  bool open_ = false;
};

}  // namespace myochart::storage
