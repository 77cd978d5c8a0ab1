#include "gui/handouts_page.h"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include "gui/errors_ui.h"
#include "gui/handouts.h"
#include "gui/printing.h"
#include "gui/wx_text.h"

namespace myochart::gui {

HandoutsPage::HandoutsPage(wxWindow* parent, Clinic& clinic)
    : wxPanel(parent, wxID_ANY), clinic_(clinic) {
  SetName("handouts_page");
  auto* s = new wxBoxSizer(wxVERTICAL);
  message_ = new wxStaticText(this, wxID_ANY, "");
  message_->SetName("handouts_message");
  s->Add(message_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(10));
  list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                         wxLC_REPORT | wxLC_SINGLE_SEL);
  list_->SetName("handouts");
  list_->AppendColumn("Given", wxLIST_FORMAT_LEFT, FromDIP(130));
  list_->AppendColumn("Title", wxLIST_FORMAT_LEFT, FromDIP(170));
  list_->AppendColumn("Exercises", wxLIST_FORMAT_LEFT, FromDIP(560));
  s->Add(list_, 1, wxEXPAND | wxALL, FromDIP(10));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto button = [&](const wxString& label, const wxString& name, auto action) {
    auto* b = new wxButton(this, wxID_ANY, label);
    b->SetName(name);
    b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
    buttons->Add(b, 0, wxRIGHT, FromDIP(6));
  };
  button("Preview…", "preview_handout", [this] { preview(); });
  button("Reprint…", "reprint_handout", [this] { print(); });
  button("Save as PDF…", "handout_pdf", [this] { save_pdf(); });
  buttons->Add(new wxStaticText(this, wxID_ANY, "exactly as given"), 0, wxALIGN_CENTER_VERTICAL);
  s->Add(buttons, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
  SetSizer(s);
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { preview(); });
}

void HandoutsPage::show_client(Id client, bool now) {
  client_ = client;
  stale_ = true;
  if (now) fill();
}

void HandoutsPage::fill() {
  stale_ = false;
  list_->DeleteAllItems();
  given_.clear();
  try {
    const auto& registry = clinic_.registry();
    const auto* keeper = handout_keeper(registry);
    if (!keeper) {
      message_->SetLabel(
          "Home-care sheets given to the client appear here once the home-care "
          "plugin is enabled (Plugins).");
      return;
    }
    given_ = registry.call(*keeper, "listing the sheets given",
                           [&] { return keeper->object->given(clinic_.db(), client_); });
  } catch (const std::exception& e) {
    message_->SetLabel("The handouts could not be listed. " + describe_error(e));
    return;
  }
  message_->SetLabel(given_.empty() ? wxString("No handouts given yet. Give one from a "
                                               "session: Session › Home-care sheet…")
                                    : wxString::Format("%zu given, newest first", given_.size()));
  for (std::size_t i = 0; i < given_.size(); ++i) {
    const auto& g = given_[i];
    const long row = static_cast<long>(i);
    list_->InsertItem(row, wx(clinic_.date_time(g.given_at)));
    list_->SetItem(row, 1, wx(g.title));
    std::string items = std::to_string(g.items.size()) + ": ";
    for (std::size_t k = 0; k < g.items.size(); ++k) items += (k ? ", " : "") + g.items[k];
    list_->SetItem(row, 2, wx(items));
  }
  if (!given_.empty()) list_->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  Layout();
}

long HandoutsPage::selected() const {
  const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (row < 0 || static_cast<std::size_t>(row) >= given_.size()) return -1;
  return row;
}

doc::Document HandoutsPage::document(long row) {
  const auto& registry = clinic_.registry();
  const auto* keeper = handout_keeper(registry);
  if (!keeper) throw Error("the home-care plugin is not active: enable it in Plugins");
  const Id sheet = given_.at(static_cast<std::size_t>(row)).id;
  return registry.call(*keeper, "re-printing a given sheet",
                       [&] { return keeper->object->reprint(clinic_.db(), sheet); });
}

void HandoutsPage::preview() {
  const long row = selected();
  if (row < 0) return;
  try {
    auto layout = std::make_shared<const render::DocumentLayout>(document(row));
    preview_document(this, clinic_, layout, wx(given_[static_cast<std::size_t>(row)].title));
  } catch (const std::exception& e) {
    show_error(this, "Could not show the sheet", e);
  }
}

void HandoutsPage::print() {
  const long row = selected();
  if (row < 0) return;
  try {
    auto layout = std::make_shared<const render::DocumentLayout>(document(row));
    print_document(this, clinic_, layout, wx(given_[static_cast<std::size_t>(row)].title));
  } catch (const std::exception& e) {
    show_error(this, "Could not print the sheet", e);
  }
}

void HandoutsPage::save_pdf() {
  const long row = selected();
  if (row < 0) return;
  try {
    const auto file = ask_pdf_file(this, "Save the sheet as given as PDF", "home-care-sheet.pdf");
    if (file) render::DocumentLayout(document(row)).write_pdf(*file);
  } catch (const std::exception& e) {
    show_error(this, "Could not save the sheet as PDF", e);
  }
}

}  // namespace myochart::gui
