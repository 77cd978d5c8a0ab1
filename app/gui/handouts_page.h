#pragma once
// Client record › Handouts: the sheets given to the client (date, title, exercises), each
// previewed, printed or saved as PDF again exactly as it was given (the plugin's reprint, from
// what was stored, not from today's settings or library). Read when the page is first shown,
// so that the record opens without waiting for the plugins.
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include <vector>

#include "gui/clinic.h"
#include "myochart/plugin/session_work.h"

namespace myochart::gui {

class HandoutsPage : public wxPanel {
 public:
  HandoutsPage(wxWindow* parent, Clinic& clinic);
  /// The client to list; read now when `now`, else when the page is next shown.
  void show_client(Id client, bool now);
  /// Reads the list again (the page is shown, or a sheet was given).
  void fill();
  bool stale() const { return stale_; }

  wxListCtrl* list() { return list_; }
  const std::vector<plugin::GivenHandout>& given() const { return given_; }
  /// The document of the given sheet in row `row`, as it was given.
  doc::Document document(long row);

 private:
  long selected() const;
  void preview();
  void print();
  void save_pdf();

  Clinic& clinic_;
  Id client_ = 0;
  bool stale_ = true;
  std::vector<plugin::GivenHandout> given_;
  wxStaticText* message_ = nullptr;
  wxListCtrl* list_ = nullptr;
};

}  // namespace myochart::gui
