#pragma once
// Body-chart marks of a session.
#include <memory>
#include <optional>
#include <vector>

#include "myochart/chart/body_chart.h"
#include "myochart/chart/chart_mark.h"
#include "myochart/storage/transaction.h"

namespace myochart::storage {

class ChartMarks {
 public:
  explicit ChartMarks(Database& db, const chart::BodyChart& chart = chart::BodyChart::standard());
  ~ChartMarks();
  ChartMarks(const ChartMarks&) = delete;
  ChartMarks& operator=(const ChartMarks&) = delete;

  /// Validates, derives region_ids from the geometry, inserts. LockedError when the session
  /// is signed; NotFoundError when it does not exist.
  Id add(WriteTransaction& tx, chart::ChartMark& m);
  /// As add(), saving over the stored row with m.row_version (ConflictError otherwise).
  void update(WriteTransaction& tx, chart::ChartMark& m);
  /// Deletes a mark of a draft session; ConflictError when it changed since `expected`.
  void remove(WriteTransaction& tx, Id id, RowVersion expected);

  std::optional<chart::ChartMark> find(Id id) const;
  /// The session's marks in drawing order, optionally of one view only.
  std::vector<chart::ChartMark> list_for_session(Id session,
                                                 std::optional<chart::View> view = {}) const;

 private:
  struct Statements;
  Database& db_;
  const chart::BodyChart& chart_;
  std::unique_ptr<Statements> st_;
};

}  // namespace myochart::storage
