#include "myochart/storage/session_document.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "myochart/storage/chart_marks.h"
#include "myochart/storage/sessions.h"
#include "myochart/storage/transaction.h"

namespace myochart::storage {

namespace {

// The fields a save writes (not the stamps and derived values the repositories set).
bool same_content(const chart::ChartMark& a, const chart::ChartMark& b) {
  return a.view == b.view && a.shape == b.shape && a.points == b.points && a.kind == b.kind &&
         a.intensity == b.intensity && a.quality == b.quality && a.muscle_id == b.muscle_id &&
         a.note == b.note && a.attributes == b.attributes;
}

bool same_content(const Session& a, const Session& b) {
  return a.therapist == b.therapist && a.started_at == b.started_at &&
         a.duration_minutes == b.duration_minutes && a.modality == b.modality && a.soap == b.soap &&
         a.pain_before == b.pain_before && a.pain_after == b.pain_after;
}

}  // namespace

SessionDocument load_session_document(Database& db, Id session) {
  SessionDocument d;
  d.session = Sessions(db).get(session);
  d.marks = ChartMarks(db).list_for_session(session);
  return d;
}

bool has_changes(const SessionDocument& edited, const SessionDocument& base) {
  if (!same_content(edited.session, base.session)) return true;
  if (edited.marks.size() != base.marks.size()) return true;
  for (std::size_t i = 0; i < edited.marks.size(); ++i) {
    const auto& e = edited.marks[i];
    const auto& b = base.marks[i];
    if (e.id != b.id || !same_content(e, b)) return true;
  }
  return false;
}

void save_session_document(Database& db, SessionDocument& edited, SessionDocument& base) {
  if (edited.session.id <= 0 || edited.session.id != base.session.id)
    throw std::logic_error("save_session_document: edited and base are different sessions");
  std::unordered_map<Id, const chart::ChartMark*> stored;
  for (const auto& m : base.marks) stored.emplace(m.id, &m);

  // Work on a copy: a failed save must leave the editor's document exactly as it was.
  SessionDocument result = edited;
  result.session.row_version = base.session.row_version;
  Sessions sessions(db);
  ChartMarks marks(db);
  WriteTransaction tx(db);
  sessions.update(tx, result.session);
  for (const auto& b : base.marks) {
    const bool kept = std::any_of(result.marks.begin(), result.marks.end(),
                                  [&](const auto& m) { return m.id == b.id; });
    if (!kept) marks.remove(tx, b.id, b.row_version);
  }
  for (auto& m : result.marks) {
    m.session_id = result.session.id;
    const auto it = m.id > 0 ? stored.find(m.id) : stored.end();
    if (it == stored.end()) {
      m.id = 0;
      marks.add(tx, m);
    } else if (!same_content(m, *it->second)) {
      m.row_version = it->second->row_version;
      marks.update(tx, m);
    } else {
      m = *it->second;
    }
  }
  tx.commit();
  edited = result;
  base = std::move(result);
}

}  // namespace myochart::storage
