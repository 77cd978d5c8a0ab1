#pragma once
// Unsaved edits of sessions, kept on disk between two saves so that a crash or a power cut
// loses at most the last few seconds of typing, and a save that failed loses nothing.
//
// The journal of a database is the folder "<database file>.drafts" beside it (0700), one file
// per session ("session-<id>.json", 0600), each written whole and synced before it replaces
// the previous one. A file is removed once its edits are saved. At start-up the editor offers
// what it finds: the edits, and the row version they were based on, so that restoring them over
// a session that changed since is a conflict, not an overwrite.
#include <filesystem>
#include <optional>
#include <vector>

#include "myochart/storage/session_document.h"

namespace myochart::io {

struct JournalEntry {
  storage::SessionDocument edited;  ///< the session and marks as the editor held them
  RowVersion based_on = 0;          ///< the stored session version the edits started from
  Timestamp written_at{};
};

class DraftJournal {
 public:
  /// The journal of the database file `database_file` (nothing is created until keep()).
  explicit DraftJournal(const std::filesystem::path& database_file);

  const std::filesystem::path& folder() const noexcept { return folder_; }

  /// Writes the edits of one session, replacing what was kept for it. Throws Error when the
  /// file cannot be written (the previous file, if any, is left whole).
  void keep(const storage::SessionDocument& edited, RowVersion based_on);
  /// Forgets the edits of a session (after they were saved). Never throws.
  void discard(Id session) noexcept;

  /// What is kept for one session, if anything. A damaged file reads as nothing.
  std::optional<JournalEntry> find(Id session) const;
  /// Everything kept, oldest first. Damaged files are skipped (and left for a person to look at).
  std::vector<JournalEntry> entries() const;

 private:
  std::filesystem::path file_for(Id session) const;
  std::filesystem::path folder_;
};

}  // namespace myochart::io
