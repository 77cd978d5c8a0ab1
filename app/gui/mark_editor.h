#pragma once
// The marks of the session being edited, with undo and redo. No wx here: the canvas turns
// mouse and keys into these calls. Every change is one undoable step. Marks are known by a key
// local to the editor, because a new mark's database id only exists once it has been saved.
#include <optional>
#include <string>
#include <vector>

#include "myochart/chart/chart_mark.h"

namespace myochart::gui {

class MarkEditor {
 public:
  using Key = int;

  /// Starts over with these marks (drawing order); forgets undo and redo.
  void load(std::vector<chart::ChartMark> marks);

  std::size_t size() const { return entries_.size(); }
  const chart::ChartMark& mark(std::size_t index) const { return entries_[index].mark; }
  Key key(std::size_t index) const { return entries_[index].key; }
  std::optional<std::size_t> index_of(Key key) const;
  const chart::ChartMark* find(Key key) const;
  /// The marks in drawing order, as the session document holds them.
  std::vector<chart::ChartMark> marks() const;

  /// Adds a mark on top; returns its key.
  Key add(chart::ChartMark mark, std::string label = "Add mark");
  void remove(Key key, std::string label = "Delete mark");
  /// Changes a mark's content (points, kind, intensity...); keeps its id and version. With
  /// `merge`, a change right after another of the same label to the same mark extends that step
  /// (dragging the intensity slider is one step, not twenty).
  void change(Key key, chart::ChartMark changed, std::string label, bool merge = false);

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  /// "Add mark", "Move mark"...: what undo/redo would do.
  std::string undo_label() const;
  std::string redo_label() const;
  /// Each returns the key of the mark it touched, if it still exists (to keep it selected).
  std::optional<Key> undo();
  std::optional<Key> redo();

  /// After a save: the marks as saved (same order, now with ids and versions).
  void saved(const std::vector<chart::ChartMark>& saved_marks);

 private:
  struct Entry {
    Key key;
    chart::ChartMark mark;
  };
  struct Step {
    enum class Kind { kAdd, kRemove, kChange } kind;
    Key key;
    std::size_t index;        ///< where the mark stands (add/remove)
    chart::ChartMark before;  ///< remove, change
    chart::ChartMark after;   ///< add, change
    std::string label;
  };
  std::optional<Key> apply(const Step& step, bool forward);

  std::vector<Entry> entries_;
  std::vector<Step> undo_, redo_;
  Key next_key_ = 1;
};

}  // namespace myochart::gui
