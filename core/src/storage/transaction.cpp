#include "myochart/storage/transaction.h"

#include <soci/soci.h>

#include <stdexcept>

#include "myochart/errors.h"
#include "storage/soci_errors.h"

namespace myochart::storage {

WriteTransaction::WriteTransaction(Database& db) : db_(db) {
  if (db_.in_write_) throw std::logic_error("nested write transaction");
  detail::guarded("starting to save", [&] { db_.dialect().begin_write(db_.sql()); });
  db_.in_write_ = true;
  open_ = true;
}

WriteTransaction::~WriteTransaction() {
  rollback();
}

void WriteTransaction::commit() {
  if (!open_) throw std::logic_error("commit of a transaction that is not open");
  try {
    db_.sql() << "COMMIT";
  } catch (const soci::soci_error& e) {
    rollback();
    detail::rethrow_as_storage_error(e, "saving");
  }
  open_ = false;
  db_.in_write_ = false;
}

void WriteTransaction::rollback() noexcept {
  if (!open_) return;
  open_ = false;
  db_.in_write_ = false;
  try {
    db_.sql() << "ROLLBACK";
  } catch (...) {
    // Nothing more can be done: SQLite rolls back by itself when the statement failed.
  }
}

}  // namespace myochart::storage
