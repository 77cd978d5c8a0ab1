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

constexpr int kPageSize = 200;

enum Column { kName, kBorn, kPhone, kLastSession };

wxImageList* alert_icons(wxWindow* w) {
  const wxSize size = w->FromDIP(wxSize(16, 16));
  auto* icons = new wxImageList(size.x, size.y, true, 1);
  icons->Add(wxArtProvider::GetBitmap(wxART_WARNING, wxART_LIST, size));
  return icons;
}

}  // namespace

/// The virtual list of clients: rows come from the panel's pages.
class ClientListCtrl : public wxListCtrl {
 public:
  ClientListCtrl(wxWindow* parent, ClientListPanel& panel)
      : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                   wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
        panel_(panel) {
    SetName("client_list");
    AssignImageList(alert_icons(this), wxIMAGE_LIST_SMALL);
    AppendColumn("Name", wxLIST_FORMAT_LEFT, FromDIP(200));
    AppendColumn("Born", wxLIST_FORMAT_LEFT, FromDIP(95));
    AppendColumn("Phone", wxLIST_FORMAT_LEFT, FromDIP(135));
    AppendColumn("Last session", wxLIST_FORMAT_LEFT, FromDIP(100));
    for (int c = 0; c < GetColumnCount(); ++c) {
      const int w = app_config::read_int(wxString::Format("/Layout/client_list/column%d", c), 0);
      if (w > 20) SetColumnWidth(c, w);
    }
  }
  ~ClientListCtrl() override {
    for (int c = 0; c < GetColumnCount(); ++c)
      app_config::write_int(wxString::Format("/Layout/client_list/column%d", c), GetColumnWidth(c));
  }

  wxString OnGetItemText(long item, long column) const override {
    const auto& rows = panel_.rows_;
    if (item < 0 || static_cast<std::size_t>(item) >= rows.size()) return "…";
    if (panel_.more_ && !panel_.loading_more_ && static_cast<std::size_t>(item) + 40 >= rows.size())
      const_cast<ClientListPanel&>(panel_).CallAfter([p = &panel_] { p->load_more(); });
    const auto& r = rows[static_cast<std::size_t>(item)];
    switch (column) {
      case kName:
        return wx(r.display_name);
      case kBorn:
        return r.date_of_birth ? wx(panel_.clinic_.date(*r.date_of_birth)) : wxString();
      case kPhone:
        return wx(r.phone);
      case kLastSession:
        return r.last_session ? wx(panel_.clinic_.date(local_date(*r.last_session))) : wxString();
    }
    return {};
  }

  int OnGetItemColumnImage(long item, long column) const override {
    const auto& rows = panel_.rows_;
    if (column != kName || item < 0 || static_cast<std::size_t>(item) >= rows.size()) return -1;
    return rows[static_cast<std::size_t>(item)].active_contraindications > 0 ? 0 : -1;
  }
  int OnGetItemImage(long item) const override { return OnGetItemColumnImage(item, kName); }

 private:
  ClientListPanel& panel_;
};

ClientListPanel::ClientListPanel(wxWindow* parent, Clinic& clinic)
    : wxPanel(parent, wxID_ANY), clinic_(clinic) {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  search_ = new wxSearchCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                             wxTE_PROCESS_ENTER);
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
  list_ = new ClientListCtrl(this, *this);
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
    if (e.GetKeyCode() == WXK_DOWN && list_->GetItemCount() > 0) {
      list_->SetFocus();
      list_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                          wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
      return;
    }
    e.Skip();
  });
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) { open_row(e.GetIndex()); });
  recent_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
    const auto i = static_cast<std::size_t>(e.GetIndex());
    if (i < recent_ids_.size() && on_open) on_open(recent_ids_[i]);
  });

  search_thread_ = std::make_unique<ClientSearch>(clinic_.file(), [this](ClientPage page) {
    CallAfter([this, page = std::move(page)]() mutable { show_page(std::move(page)); });
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
  search_thread_.reset();
}

wxListCtrl* ClientListPanel::results() {
  return list_;
}

void ClientListPanel::focus_search() {
  search_->SetFocus();
  search_->SelectAll();
}

void ClientListPanel::search_now() {
  loading_more_ = false;
  last_ = search_thread_->request(utf8(search_->GetValue()), 0, kPageSize);
}

void ClientListPanel::refresh() {
  search_now();
}

void ClientListPanel::load_more() {
  if (!more_ || loading_more_) return;
  loading_more_ = true;
  search_thread_->request(shown_text_, static_cast<int>(rows_.size()), kPageSize);
}

void ClientListPanel::show_page(ClientPage page) {
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
    const long old = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (old >= 0) list_->SetItemState(old, 0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    rows_ = std::move(page.rows);
    shown_text_ = page.text;
    shown_ = page.request;
    loading_more_ = false;
    list_->SetItemCount(static_cast<long>(rows_.size()));
    // Keep the selection on the same client when the list is refreshed.
    for (std::size_t i = 0; selected && i < rows_.size(); ++i)
      if (rows_[i].id == *selected)
        list_->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  }
  more_ = page.more;
  list_->SetItemCount(static_cast<long>(rows_.size()));
  list_->Refresh();
  update_count_label();
  if (!told_ready_) {
    told_ready_ = true;
    if (on_first_results) on_first_results();
  }
}

void ClientListPanel::update_count_label() {
  const auto total = search_thread_->total();
  wxString label;
  if (shown_text_.empty()) {
    label = wxString::Format("All clients (%s)", wxString::Format("%lld", static_cast<long long>(total)));
  } else if (rows_.empty()) {
    label = "No client matches";
  } else {
    label = more_ ? wxString::Format("Matches (first %zu; type more to narrow)", rows_.size())
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
  const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
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
  const long selected = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  open_row(selected >= 0 ? selected : 0);
}

}  // namespace myochart::gui
