#pragma once
// The left side of the main window: search box, recent clients and the client list (all
// clients in name order, or the matches of what is typed), with an alert badge on clients who
// have active contraindications. Searches run off the GUI thread (client_search.h); the list
// is virtual and pages in more rows as it is scrolled.
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <functional>
#include <memory>
#include <vector>

#include "gui/client_search.h"
#include "gui/clinic.h"

namespace myochart::gui {

class ClientListCtrl;

class ClientListPanel : public wxPanel {
 public:
  ClientListPanel(wxWindow* parent, Clinic& clinic);
  ~ClientListPanel() override;

  /// Opens a client (Enter or double-click on a row).
  std::function<void(Id)> on_open;
  /// Called once, when the first page of the list arrived (the window is then usable).
  std::function<void()> on_first_results;

  void focus_search();
  /// Runs the current search again (a client was added or changed).
  void refresh();
  void refresh_recent();

  // What tests and benchmarks look at.
  wxSearchCtrl* search_box() { return search_; }
  wxListCtrl* results();
  wxListCtrl* recent() { return recent_; }
  const std::vector<storage::ClientSummary>& rows() const { return rows_; }
  /// The request whose answer the list shows, and the last one made.
  std::uint64_t shown_request() const { return shown_; }
  std::uint64_t last_request() const { return last_; }
  /// The client selected in the results, if any.
  std::optional<Id> selected_client() const;

 private:
  friend class ClientListCtrl;
  void search_now();
  void load_more();
  void show_page(ClientPage page);
  void update_count_label();
  void open_row(long row);
  void open_first_match();

  Clinic& clinic_;
  wxSearchCtrl* search_ = nullptr;
  wxStaticText* recent_heading_ = nullptr;
  wxListCtrl* recent_ = nullptr;
  wxStaticText* count_label_ = nullptr;
  ClientListCtrl* list_ = nullptr;
  std::vector<Id> recent_ids_;
  std::vector<storage::ClientSummary> rows_;
  std::string shown_text_;
  bool more_ = false;
  bool loading_more_ = false;
  std::uint64_t shown_ = 0, last_ = 0;
  bool told_ready_ = false;
  int listener_ = 0;
  // Last: destroyed first, so that no result is delivered to a half-destroyed panel.
  std::unique_ptr<ClientSearch> search_thread_;
};

}  // namespace myochart::gui
