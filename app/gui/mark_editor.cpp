#include "gui/mark_editor.h"

#include <stdexcept>

namespace myochart::gui {

namespace {

// A change restores content, never the identity: the mark keeps the id and version it has now
// (it may have been saved since the step was recorded).
chart::ChartMark with_identity_of(chart::ChartMark content, const chart::ChartMark& current) {
  content.id = current.id;
  content.row_version = current.row_version;
  content.session_id = current.session_id;
  content.created_at = current.created_at;
  content.updated_at = current.updated_at;
  return content;
}

}  // namespace

void MarkEditor::load(std::vector<chart::ChartMark> marks) {
  entries_.clear();
  undo_.clear();
  redo_.clear();
  for (auto& m : marks) entries_.push_back({next_key_++, std::move(m)});
}

std::optional<std::size_t> MarkEditor::index_of(Key key) const {
  for (std::size_t i = 0; i < entries_.size(); ++i)
    if (entries_[i].key == key) return i;
  return std::nullopt;
}

const chart::ChartMark* MarkEditor::find(Key key) const {
  const auto i = index_of(key);
  return i ? &entries_[*i].mark : nullptr;
}

std::vector<chart::ChartMark> MarkEditor::marks() const {
  std::vector<chart::ChartMark> out;
  out.reserve(entries_.size());
  for (const auto& e : entries_) out.push_back(e.mark);
  return out;
}

MarkEditor::Key MarkEditor::add(chart::ChartMark mark, std::string label) {
  mark.id = 0;
  mark.row_version = 0;
  const Key key = next_key_++;
  Step step{Step::Kind::kAdd, key, entries_.size(), {}, std::move(mark), std::move(label)};
  apply(step, true);
  undo_.push_back(std::move(step));
  redo_.clear();
  return key;
}

void MarkEditor::remove(Key key, std::string label) {
  const auto i = index_of(key);
  if (!i) return;
  Step step{Step::Kind::kRemove, key, *i, entries_[*i].mark, {}, std::move(label)};
  apply(step, true);
  undo_.push_back(std::move(step));
  redo_.clear();
}

void MarkEditor::change(Key key, chart::ChartMark changed, std::string label, bool merge) {
  const auto i = index_of(key);
  if (!i) return;
  const chart::ChartMark& current = entries_[*i].mark;
  changed = with_identity_of(std::move(changed), current);
  if (changed == current) return;
  if (merge && redo_.empty() && !undo_.empty() && undo_.back().kind == Step::Kind::kChange &&
      undo_.back().key == key && undo_.back().label == label) {
    undo_.back().after = changed;
    entries_[*i].mark = std::move(changed);
    return;
  }
  Step step{Step::Kind::kChange, key, *i, current, std::move(changed), std::move(label)};
  apply(step, true);
  undo_.push_back(std::move(step));
  redo_.clear();
}

std::optional<MarkEditor::Key> MarkEditor::apply(const Step& step, bool forward) {
  const bool insert = (step.kind == Step::Kind::kAdd) == forward;
  switch (step.kind) {
    case Step::Kind::kAdd:
    case Step::Kind::kRemove: {
      if (insert) {
        const std::size_t at = std::min(step.index, entries_.size());
        const chart::ChartMark& m = step.kind == Step::Kind::kAdd ? step.after : step.before;
        entries_.insert(entries_.begin() + static_cast<std::ptrdiff_t>(at), {step.key, m});
        return step.key;
      }
      if (const auto i = index_of(step.key))
        entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(*i));
      return std::nullopt;
    }
    case Step::Kind::kChange: {
      const auto i = index_of(step.key);
      if (!i) return std::nullopt;
      auto& current = entries_[*i].mark;
      current = with_identity_of(forward ? step.after : step.before, current);
      return step.key;
    }
  }
  return std::nullopt;
}

std::string MarkEditor::undo_label() const {
  return undo_.empty() ? std::string() : undo_.back().label;
}

std::string MarkEditor::redo_label() const {
  return redo_.empty() ? std::string() : redo_.back().label;
}

std::optional<MarkEditor::Key> MarkEditor::undo() {
  if (undo_.empty()) return std::nullopt;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  const auto key = apply(step, false);
  redo_.push_back(std::move(step));
  return key;
}

std::optional<MarkEditor::Key> MarkEditor::redo() {
  if (redo_.empty()) return std::nullopt;
  Step step = std::move(redo_.back());
  redo_.pop_back();
  const auto key = apply(step, true);
  undo_.push_back(std::move(step));
  return key;
}

void MarkEditor::saved(const std::vector<chart::ChartMark>& saved_marks) {
  if (saved_marks.size() != entries_.size())
    throw std::logic_error("MarkEditor::saved: the saved marks do not match the edited ones");
  for (std::size_t i = 0; i < entries_.size(); ++i) entries_[i].mark = saved_marks[i];
}

}  // namespace myochart::gui
