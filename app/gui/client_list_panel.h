#pragma once
// The left side of the main window: search box, recent clients and the client list (all
// clients in name order, or the matches of what is typed), with an alert badge on clients who
// have active contraindications. Searches run off the GUI thread (client_search.h); the list
// is virtual and pages in more rows as it is scrolled. The list is a native wxDataViewCtrl
// (GtkTreeView): wx's generic list control takes ten times longer to repaint, which is more
// than a frame per keystroke.
#include <wx/dataview.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

#include "gui/client_search.h"
#include "gui/clinic.h"
#include "gui/gui_thread.h"

namespace myochart::gui {

class ClientListModel;

class ClientListPanel : public wxPanel {
 public:
  ClientListPanel(wxWindow* parent, Clinic& clinic);
  ~ClientListPanel() override;

  /// Opens a client (Enter or double-click on a row).
  std::function<void(Id)> on_open;
  /// Called once, when the first page of the list arrived (the window is then usable).
  std::function<void()> on_first_results;
  /// Called each time the results of a search are shown (painted), after on_first_results.
  std::function<void()> on_results_shown;

  void focus_search();
  /// Runs the current search again (a client was added or changed).
  void refresh();
  void refresh_recent();

  // What tests and benchmarks look at.
  wxSearchCtrl* search_box() { return search_; }
  wxDataViewCtrl* results() { return list_; }
  /// Rows the list shows now.
  std::size_t shown_rows() const { return rows_.size(); }
  wxListCtrl* recent() { return recent_; }
  const std::vector<storage::ClientSummary>& rows() const { return rows_; }
  /// The request whose answer the list shows, and the last one made.
  std::uint64_t shown_request() const { return shown_; }
  std::uint64_t last_request() const { return last_; }
  /// Milliseconds from the last search request (a keystroke) to its results painted, and its
  /// parts: the query on the search thread, the wait until the GUI thread took the results,
  /// and painting them.
  struct Latency {
    double total_ms = 0, query_ms = 0, handoff_ms = 0, paint_ms = 0;
    double query_cpu_ms = 0;  ///< the search thread's CPU time for the query
  };
  const Latency& last_latency() const { return latency_; }
  double last_latency_ms() const { return latency_.total_ms; }
  /// The client selected in the results, if any.
  std::optional<Id> selected_client() const;

 private:
  friend class ClientListModel;
  void search_now();
  void load_more();
  void show_page(ClientPage page);
  void update_count_label();
  void open_row(long row);
  long selected_row() const;
  void select_row(long row);
  void open_first_match();

  Clinic& clinic_;
  wxSearchCtrl* search_ = nullptr;
  wxStaticText* recent_heading_ = nullptr;
  wxListCtrl* recent_ = nullptr;
  wxStaticText* count_label_ = nullptr;
  wxDataViewCtrl* list_ = nullptr;
  ClientListModel* model_ = nullptr;  ///< owned by list_
  std::vector<Id> recent_ids_;
  std::vector<storage::ClientSummary> rows_;
  std::string shown_text_;
  bool more_ = false;
  bool loading_more_ = false;
  std::uint64_t shown_ = 0, last_ = 0;
  bool told_ready_ = false;
  std::chrono::steady_clock::time_point requested_at_{};
  Latency latency_;
  int listener_ = 0;
  Liveness alive_ = make_liveness();  ///< results posted to the GUI thread check it
  // Last: destroyed first, so that no result is delivered to a half-destroyed panel.
  std::unique_ptr<ClientSearch> search_thread_;
};

}  // namespace myochart::gui
