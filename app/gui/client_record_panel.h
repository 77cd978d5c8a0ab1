#pragma once
// One client's record: contraindication banner, details, health history, contraindications,
// consents, the session timeline with the pain-score trend, the measures plugins keep over the
// sessions (posture angles...), and handouts given.
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>

#include <functional>

#include "gui/clinic.h"
#include "myochart/storage/client_record.h"

namespace myochart::gui {

class ContraindicationBanner;
class MeasureTrendsView;
class HandoutsPage;
class PainTrendView;

class ClientRecordPanel : public wxPanel {
 public:
  ClientRecordPanel(wxWindow* parent, Clinic& clinic);
  ~ClientRecordPanel() override;

  /// Loads and shows a client (NotFoundError when there is none).
  void show_client(Id client);
  /// Reads the shown client again (after a save anywhere).
  void reload();
  Id client_id() const { return record_.client.id; }
  const storage::ClientRecord& record() const { return record_; }

  std::function<void(Id session)> on_open_session;
  std::function<void()> on_new_session;
  std::function<void()> on_edit_client;

  ContraindicationBanner* banner() { return banner_; }
  wxListCtrl* sessions_list() { return sessions_; }
  wxNotebook* book() { return book_; }
  MeasureTrendsView* measures() { return measures_; }
  HandoutsPage* handouts() { return handouts_; }
  std::optional<Id> selected_session() const;

 private:
  wxPanel* make_sessions_page();
  wxPanel* make_list_page(const wxString& name, wxListCtrl*& list,
                          const std::vector<wxString>& columns, std::function<void()> add,
                          std::function<void(long)> edit);
  void fill();
  void fill_details();
  /// The plugins' measures (their keepers' trend plots), read when the page is shown: the
  /// plugins are not activated just to open a record.
  void fill_measures();

  Clinic& clinic_;
  storage::ClientRecord record_;
  ContraindicationBanner* banner_ = nullptr;
  wxStaticText* name_ = nullptr;
  wxStaticText* summary_ = nullptr;
  wxNotebook* book_ = nullptr;
  wxListCtrl* sessions_ = nullptr;
  PainTrendView* trend_ = nullptr;
  MeasureTrendsView* measures_ = nullptr;
  bool measures_stale_ = true;
  wxScrolledWindow* details_ = nullptr;
  wxListCtrl* health_ = nullptr;
  wxListCtrl* contraindications_ = nullptr;
  wxListCtrl* consents_ = nullptr;
  HandoutsPage* handouts_ = nullptr;
  int listener_ = 0;
};

}  // namespace myochart::gui
