#include "gui/client_list_panel.h"

#include <wx/artprov.h>
#include <wx/imaglist.h>
#include <wx/sizer.h>

#include "gui/app_config.h"
#include "gui/errors_ui.h"
#include "gui/wx_text.h"
#include "myochart/storage/clinical_records.h"

namespace myochart::gui {

namespace {

// The first page fills the visible list with room to spare (each row costs a few lookups: the
// alert count, the last session); further pages come as the list is scrolled.
constexpr int kFirstPage = 50;
constexpr int kNextPage = 200;
// The next page is asked for when rows this close to the end of what is loaded are drawn.
constexpr unsigned kPageAhead = 12;

enum Column { kName, kBorn, kPhone, kLastSession };

wxImageList* alert_icons(wxWindow* w) {
  const wxSize size = w->FromDIP(wxSize(16, 16));
  auto* icons = new wxImageList(size.x, size.y, true, 1);
  icons->Add(wxArtProvider::GetBitmap(wxART_WARNING, wxART_LIST, size));
  return icons;
}

}  // namespace

/// The rows of the client list, read from the panel's pages as the list draws them.
class ClientListModel : public wxDataViewVirtualListModel {
 public:
  explicit ClientListModel(ClientListPanel& panel) : panel_(panel) {
    const wxSize size = panel.FromDIP(wxSize(16, 16));
    alert_ = wxArtProvider::GetIcon(wxART_WARNING, wxART_LIST, size);
  }

  unsigned GetColumnCount() const override { return 4; }
  wxString GetColumnType(unsigned column) const override {
    return column == kName ? "wxDataViewIconText" : "string";
  }

  void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override {
    const auto& rows = panel_.rows_;
    if (row >= rows.size()) {
      value = column == kName ? wxVariant(wxDataViewIconText("…")) : wxVariant("");
      return;
    }
    // Near the end of what is loaded: ask for the next page.
    if (panel_.more_ && !panel_.loading_more_ && row + kPageAhead >= rows.size())
      panel_.CallAfter([p = &panel_] { p->load_more(); });
    const auto& r = rows[row];
    switch (column) {
      case kName:
        value << wxDataViewIconText(wx(r.display_name),
                                    r.active_contraindications > 0 ? alert_ : wxIcon());
        return;
      case kBorn:
        value = r.date_of_birth ? wx(panel_.clinic_.date(*r.date_of_birth)) : wxString();
        return;
      case kPhone:
        value = wx(r.phone);
        return;
      case kLastSession:
        value = r.last_session ? wx(panel_.clinic_.date(local_date(*r.last_session))) : wxString();
        return;
    }
  }
  bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

 private:
  ClientListPanel& panel_;
  wxIcon alert_;
};

ClientListPanel::ClientListPanel(wxWindow* parent, Clinic& clinic)
    : wxPanel(parent, wxID_ANY), clinic_(clinic) {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  search_ =
      new wxSearchCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
  search_->SetName("client_search");
  search_->SetDescriptiveText("Find a client: name, phone or e-mail");
  search_->ShowCancelButton(true);
  sizer->Add(search_, 0, wxEXPAND | wxALL, FromDIP(8));

  auto heading = [this](const wxString& text) {
    auto* label = new wxStaticText(this, wxID_ANY, text);
    label->SetFont(label->GetFont().Bold());
    return label;
  };
  recent_heading_ = heading("Recent clients");
  sizer->Add(recent_heading_, 0, wxLEFT | wxRIGHT, FromDIP(8));
  recent_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_NO_HEADER | wxLC_SINGLE_SEL);
  recent_->SetName("recent_clients");
  recent_->AssignImageList(alert_icons(recent_), wxIMAGE_LIST_SMALL);
  recent_->AppendColumn("Name", wxLIST_FORMAT_LEFT, FromDIP(300));
  sizer->Add(recent_, 0, wxEXPAND | wxALL, FromDIP(8));

  count_label_ = heading("Clients");
  sizer->Add(count_label_, 0, wxLEFT | wxRIGHT, FromDIP(8));
  list_ = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxDV_SINGLE | wxDV_ROW_LINES);
  list_->SetName("client_list");
  model_ = new ClientListModel(*this);
  list_->AssociateModel(model_);
  model_->DecRef();  // the control holds it
  const std::pair<const char*, int> columns[] = {
      {"Name", 200}, {"Born", 95}, {"Phone", 135}, {"Last session", 100}};
  for (unsigned c = 0; c < std::size(columns); ++c) {
    const int saved = app_config::read_int(wxString::Format("/Layout/client_list/column%u", c), 0);
    const int width = saved > 20 ? saved : FromDIP(columns[c].second);
    if (c == kName)
      list_->AppendIconTextColumn(columns[c].first, c, wxDATAVIEW_CELL_INERT, width, wxALIGN_LEFT,
                                  wxDATAVIEW_COL_RESIZABLE);
    else
      list_->AppendTextColumn(columns[c].first, c, wxDATAVIEW_CELL_INERT, width, wxALIGN_LEFT,
                              wxDATAVIEW_COL_RESIZABLE);
  }
  sizer->Add(list_, 1, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(sizer);

  search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { search_now(); });
  search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
    search_->Clear();
    search_now();
  });
  search_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { open_first_match(); });
  search_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
    // Down arrow moves from the search box into the results.
    if (e.GetKeyCode() == WXK_DOWN && !rows_.empty()) {
      list_->SetFocus();
      select_row(0);
      return;
    }
    e.Skip();
  });
  list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent& e) {
    if (e.GetItem().IsOk()) open_row(static_cast<long>(model_->GetRow(e.GetItem())));
  });
  recent_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
    const auto i = static_cast<std::size_t>(e.GetIndex());
    if (i < recent_ids_.size() && on_open) on_open(recent_ids_[i]);
  });

  search_thread_ = std::make_unique<ClientSearch>(clinic_.file(), [this](ClientPage page) {
    run_on_gui_thread(alive_, [this, page = std::move(page)]() mutable {
      if (page.request == 0)
        update_count_label();  // the number of clients, counted after the first page
      else
        show_page(std::move(page));
    });
  });
  listener_ = clinic_.subscribe([this](const Change& c) {
    if (c.what == Change::What::kClient || c.what == Change::What::kSettings) {
      refresh();
      refresh_recent();
    }
  });
  refresh_recent();
  search_now();
}

ClientListPanel::~ClientListPanel() {
  clinic_.unsubscribe(listener_);
  alive_.reset();  // results still on their way are dropped
  search_thread_.reset();
  for (unsigned c = 0; c < list_->GetColumnCount(); ++c)
    app_config::write_int(wxString::Format("/Layout/client_list/column%u", c),
                          list_->GetColumn(c)->GetWidth());
}

long ClientListPanel::selected_row() const {
  const wxDataViewItem item = list_->GetSelection();
  return item.IsOk() ? static_cast<long>(model_->GetRow(item)) : -1;
}

void ClientListPanel::select_row(long row) {
  if (row < 0 || static_cast<std::size_t>(row) >= rows_.size()) return;
  const wxDataViewItem item = model_->GetItem(static_cast<unsigned>(row));
  list_->Select(item);
  list_->SetCurrentItem(item);
  list_->EnsureVisible(item);
}

void ClientListPanel::focus_search() {
  search_->SetFocus();
  search_->SelectAll();
}

void ClientListPanel::search_now() {
  loading_more_ = false;
  requested_at_ = std::chrono::steady_clock::now();
  last_ = search_thread_->request(utf8(search_->GetValue()), 0, kFirstPage);
}

void ClientListPanel::refresh() {
  search_now();
}

void ClientListPanel::load_more() {
  // Not while the answer to a keystroke is on its way: it replaces the list anyway.
  if (!more_ || loading_more_ || shown_ != last_) return;
  loading_more_ =
      search_thread_->request(shown_text_, static_cast<int>(rows_.size()), kNextPage) != 0;
}

void ClientListPanel::show_page(ClientPage page) {
  using Ms = std::chrono::duration<double, std::milli>;
  const auto arrived = std::chrono::steady_clock::now();
  if (!page.error.empty()) {
    count_label_->SetLabel(wx(page.error));
    loading_more_ = false;
    return;
  }
  if (page.offset > 0) {
    // The next page of what is shown; anything else is out of date.
    if (page.text != shown_text_ || static_cast<std::size_t>(page.offset) != rows_.size()) return;
    rows_.insert(rows_.end(), std::make_move_iterator(page.rows.begin()),
                 std::make_move_iterator(page.rows.end()));
    loading_more_ = false;
  } else {
    // Only the answer to the latest search counts (older ones may still arrive).
    if (page.request != last_) return;
    const std::optional<Id> selected = selected_client();
    rows_ = std::move(page.rows);
    shown_text_ = page.text;
    shown_ = page.request;
    loading_more_ = false;
    model_->Reset(static_cast<unsigned>(rows_.size()));
    // Keep the selection on the same client when the list is refreshed.
    for (std::size_t i = 0; selected && i < rows_.size(); ++i)
      if (rows_[i].id == *selected) select_row(static_cast<long>(i));
  }
  more_ = page.more;
  if (page.offset > 0) model_->Reset(static_cast<unsigned>(rows_.size()));
  update_count_label();
  if (page.offset == 0) {
    // Painted now rather than at the next idle moment: the answer to a keystroke shows at once.
    const auto painting = std::chrono::steady_clock::now();
    list_->Update();
    const auto painted = std::chrono::steady_clock::now();
    latency_.total_ms = Ms(painted - requested_at_).count();
    latency_.query_ms = page.elapsed_ms;
    latency_.query_cpu_ms = page.cpu_ms;
    latency_.handoff_ms = Ms(arrived - requested_at_).count() - page.elapsed_ms;
    latency_.paint_ms = Ms(painted - painting).count();
  }
  if (!told_ready_) {
    told_ready_ = true;
    if (on_first_results) on_first_results();
  }
  if (page.offset == 0 && on_results_shown) on_results_shown();
}

void ClientListPanel::update_count_label() {
  const auto total = search_thread_->total();
  wxString label;
  if (shown_text_.empty()) {
    label = total > 0 ? wxString::Format("All clients (%lld)", static_cast<long long>(total))
                      : wxString("All clients");
  } else if (rows_.empty()) {
    label = "No client matches";
  } else {
    label = more_ ? wxString::Format("Matches (%zu so far; scroll for more, or type more)",
                                     rows_.size())
                  : wxString::Format("Matches (%zu)", rows_.size());
  }
  count_label_->SetLabel(label);
}

void ClientListPanel::refresh_recent() {
  recent_->DeleteAllItems();
  recent_ids_.clear();
  for (Id id : app_config::recent_clients(clinic_.file())) {
    try {
      const auto c = clinic_.clients().find(id);
      if (!c) {
        app_config::forget_client(clinic_.file(), id);
        continue;
      }
      const bool alert =
          !storage::Contraindications(clinic_.db()).list_for_client(id, true).empty();
      recent_->InsertItem(recent_->GetItemCount(), wx(display_name(*c)), alert ? 0 : -1);
      recent_ids_.push_back(id);
    } catch (const std::exception&) {
      // A recent client that cannot be read is left out; the list is only a shortcut.
    }
  }
  recent_->SetColumnWidth(0, wxLIST_AUTOSIZE_USEHEADER);
  // As tall as its rows (up to eight), and not there at all before the first client is opened.
  const bool any = !recent_ids_.empty();
  recent_heading_->Show(any);
  recent_->Show(any);
  if (any) {
    wxRect row;
    recent_->GetItemRect(0, row);
    const int rows = static_cast<int>(recent_ids_.size());
    recent_->SetMinSize(wxSize(-1, rows * std::max(row.height, FromDIP(20)) + FromDIP(6)));
  }
  Layout();
}

std::optional<Id> ClientListPanel::selected_client() const {
  const long row = selected_row();
  if (row < 0 || static_cast<std::size_t>(row) >= rows_.size()) return std::nullopt;
  return rows_[static_cast<std::size_t>(row)].id;
}

void ClientListPanel::open_row(long row) {
  if (row < 0 || static_cast<std::size_t>(row) >= rows_.size()) return;
  if (on_open) on_open(rows_[static_cast<std::size_t>(row)].id);
}

void ClientListPanel::open_first_match() {
  // Enter in the search box opens the selected match, else the first one.
  if (shown_ != last_) return;  // the results of what was typed have not arrived yet
  const long selected = selected_row();
  open_row(selected >= 0 ? selected : 0);
}

}  // namespace myochart::gui
