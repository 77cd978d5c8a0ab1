#include "gui/client_record_panel.h"

#include <wx/button.h>
#include <wx/sizer.h>

#include "gui/clinical_dialogs.h"
#include "gui/contraindication_banner.h"
#include "gui/errors_ui.h"
#include "gui/measure_trends_view.h"
#include "gui/handouts_page.h"
#include "gui/pain_trend_view.h"
#include "gui/wx_text.h"

namespace myochart::gui {

namespace {

wxString score(const std::optional<int>& s) {
  return s ? wxString::Format("%d", *s) : wxString("–");
}

wxString health_kind_label(HealthKind k) {
  switch (k) {
    case HealthKind::kCondition:
      return "Condition";
    case HealthKind::kMedication:
      return "Medication";
    case HealthKind::kAllergy:
      return "Allergy";
    case HealthKind::kSurgery:
      return "Surgery";
  }
  return {};
}

wxString modality_label(const std::string& id) {
  for (const auto& m : modalities())
    if (m.id == id) return wx(m.label);
  return wx(id);
}

}  // namespace

ClientRecordPanel::ClientRecordPanel(wxWindow* parent, Clinic& clinic)
    : wxPanel(parent, wxID_ANY), clinic_(clinic) {
  SetName("client_record");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  banner_ = new ContraindicationBanner(this);
  sizer->Add(banner_, 0, wxEXPAND);

  auto* header = new wxBoxSizer(wxHORIZONTAL);
  auto* names = new wxBoxSizer(wxVERTICAL);
  name_ = new wxStaticText(this, wxID_ANY, "");
  name_->SetName("client_name");
  name_->SetFont(GetFont().Bold().Scaled(1.5f));
  summary_ = new wxStaticText(this, wxID_ANY, "");
  summary_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  names->Add(name_);
  names->Add(summary_, 0, wxTOP, FromDIP(2));
  header->Add(names, 1, wxALIGN_CENTER_VERTICAL);
  auto* edit = new wxButton(this, wxID_ANY, "Edit details…");
  edit->SetName("edit_client");
  auto* start = new wxButton(this, wxID_ANY, "New session");
  start->SetName("new_session");
  start->SetBitmap(wxArtProvider::GetBitmapBundle(wxART_NEW, wxART_BUTTON));
  header->Add(edit, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  header->Add(start, 0, wxALIGN_CENTER_VERTICAL);
  sizer->Add(header, 0, wxEXPAND | wxALL, FromDIP(12));
  edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (on_edit_client) on_edit_client();
  });
  start->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (on_new_session) on_new_session();
  });

  book_ = new wxNotebook(this, wxID_ANY);
  book_->SetName("record_pages");
  book_->AddPage(make_sessions_page(), "Sessions");
  measures_ = new MeasureTrendsView(book_);
  book_->AddPage(measures_, "Measures");
  book_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
    e.Skip();
    if (book_->GetCurrentPage() == measures_ && measures_stale_) fill_measures();
  });
  details_ = new wxScrolledWindow(book_, wxID_ANY);
  details_->SetScrollRate(0, FromDIP(10));
  book_->AddPage(details_, "Details");

  auto run = [this](auto& dialog) {
    if (dialog.ShowModal() == wxID_OK) reload();
  };
  book_->AddPage(make_list_page(
                     "health_history", health_, {"Kind", "What", "Since", "Until", "Details"},
                     [this, run] {
                       HealthEntry e;
                       e.client_id = client_id();
                       HealthEntryDialog dlg(this, clinic_, e);
                       run(dlg);
                     },
                     [this, run](long i) {
                       HealthEntryDialog dlg(
                           this, clinic_, record_.health_history.at(static_cast<std::size_t>(i)));
                       run(dlg);
                     }),
                 "Health history");
  book_->AddPage(make_list_page(
                     "contraindications", contraindications_,
                     {"Kind", "What exactly", "Severity", "Status", "Noted"},
                     [this, run] {
                       Contraindication c;
                       c.client_id = client_id();
                       c.kind = "anticoagulants";
                       ContraindicationDialog dlg(this, clinic_, c);
                       run(dlg);
                     },
                     [this, run](long i) {
                       ContraindicationDialog dlg(
                           this, clinic_,
                           record_.contraindications.at(static_cast<std::size_t>(i)));
                       run(dlg);
                     }),
                 "Contraindications");
  book_->AddPage(
      make_list_page(
          "consents", consents_, {"Consent to", "Given on", "Witnessed by", "Form", "Withdrawn"},
          [this, run] {
            Consent c;
            c.client_id = client_id();
            c.kind = "treatment";
            ConsentDialog dlg(this, clinic_, c);
            run(dlg);
          },
          [this, run](long i) {
            ConsentDialog dlg(this, clinic_, record_.consents.at(static_cast<std::size_t>(i)));
            run(dlg);
          }),
      "Consents");
  // Handouts are kept by a plugin: read when the page is shown, not when the record opens.
  handouts_ = new HandoutsPage(book_, clinic_);
  book_->AddPage(handouts_, "Handouts");
  book_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
    e.Skip();
    if (book_->GetCurrentPage() == handouts_ && handouts_->stale()) handouts_->fill();
  });
  sizer->Add(book_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
  SetSizer(sizer);

  listener_ = clinic_.subscribe([this](const Change& c) {
    if (record_.client.id != 0 &&
        (c.client == record_.client.id || c.what == Change::What::kSettings))
      reload();
  });
}

ClientRecordPanel::~ClientRecordPanel() {
  clinic_.unsubscribe(listener_);
}

wxPanel* ClientRecordPanel::make_sessions_page() {
  auto* page = new wxPanel(book_);
  auto* s = new wxBoxSizer(wxVERTICAL);
  auto* heading = new wxStaticText(page, wxID_ANY, "Pain score (0–10) over the sessions");
  heading->SetFont(heading->GetFont().Bold());
  s->Add(heading, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(10));
  trend_ = new PainTrendView(page);
  trend_->SetMinSize(FromDIP(wxSize(300, 150)));
  s->Add(trend_, 0, wxEXPAND | wxALL, FromDIP(10));
  sessions_ = new wxListCtrl(page, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxLC_REPORT | wxLC_SINGLE_SEL);
  sessions_->SetName("sessions");
  sessions_->AppendColumn("Date", wxLIST_FORMAT_LEFT, FromDIP(140));
  sessions_->AppendColumn("Minutes", wxLIST_FORMAT_RIGHT, FromDIP(70));
  sessions_->AppendColumn("Modality", wxLIST_FORMAT_LEFT, FromDIP(170));
  sessions_->AppendColumn("Pain before → after", wxLIST_FORMAT_LEFT, FromDIP(140));
  sessions_->AppendColumn("Marks", wxLIST_FORMAT_RIGHT, FromDIP(60));
  sessions_->AppendColumn("Status", wxLIST_FORMAT_LEFT, FromDIP(80));
  s->Add(sessions_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* open = new wxButton(page, wxID_ANY, "Open session");
  open->SetName("open_session");
  buttons->Add(open);
  s->Add(buttons, 0, wxALL, FromDIP(10));
  page->SetSizer(s);
  auto open_selected = [this] {
    if (auto id = selected_session(); id && on_open_session) on_open_session(*id);
  };
  open->Bind(wxEVT_BUTTON, [open_selected](wxCommandEvent&) { open_selected(); });
  sessions_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [open_selected](wxListEvent&) { open_selected(); });
  return page;
}

wxPanel* ClientRecordPanel::make_list_page(const wxString& name, wxListCtrl*& list,
                                           const std::vector<wxString>& columns,
                                           std::function<void()> add,
                                           std::function<void(long)> edit) {
  auto* page = new wxPanel(book_);
  auto* s = new wxBoxSizer(wxVERTICAL);
  list = new wxListCtrl(page, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                        wxLC_REPORT | wxLC_SINGLE_SEL);
  list->SetName(name);
  for (const auto& c : columns)
    list->AppendColumn(c, wxLIST_FORMAT_LEFT, FromDIP(c == columns[1] ? 260 : 120));
  s->Add(list, 1, wxEXPAND | wxALL, FromDIP(10));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* add_button = new wxButton(page, wxID_ANY, "Add…");
  auto* edit_button = new wxButton(page, wxID_ANY, "Edit…");
  add_button->SetName(name + "_add");
  edit_button->SetName(name + "_edit");
  buttons->Add(add_button, 0, wxRIGHT, FromDIP(6));
  buttons->Add(edit_button);
  s->Add(buttons, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
  page->SetSizer(s);
  auto guarded = [this](std::function<void()> f) {
    try {
      f();
    } catch (const std::exception& e) {
      show_error(this, "Could not open the record", e);
    }
  };
  add_button->Bind(wxEVT_BUTTON, [guarded, add](wxCommandEvent&) { guarded(add); });
  auto edit_selected = [guarded, edit, l = list] {
    const long i = l->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (i >= 0) guarded([&] { edit(i); });
  };
  edit_button->Bind(wxEVT_BUTTON, [edit_selected](wxCommandEvent&) { edit_selected(); });
  list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [edit_selected](wxListEvent&) { edit_selected(); });
  return page;
}

void ClientRecordPanel::show_client(Id client) {
  record_ = storage::load_client_record(clinic_.db(), client);
  fill();
  handouts_->show_client(client, book_->GetCurrentPage() == handouts_);
}

void ClientRecordPanel::reload() {
  if (record_.client.id == 0) return;
  try {
    record_ = storage::load_client_record(clinic_.db(), record_.client.id);
  } catch (const std::exception& e) {
    show_error(this, "Could not read the client's record", e);
    return;
  }
  fill();
  handouts_->show_client(record_.client.id, book_->GetCurrentPage() == handouts_);
}

std::optional<Id> ClientRecordPanel::selected_session() const {
  long i = sessions_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (i < 0 && sessions_->GetItemCount() > 0) i = 0;
  if (i < 0 || static_cast<std::size_t>(i) >= record_.sessions.size()) return std::nullopt;
  return record_.sessions[static_cast<std::size_t>(i)].id;
}

void ClientRecordPanel::fill() {
  const Client& c = record_.client;
  name_->SetLabel(wx(display_name(c)));
  // Who (age, pronouns) on one line, how to reach them on the next.
  auto join = [](std::initializer_list<wxString> parts) {
    wxString line;
    for (const auto& p : parts)
      if (!p.empty()) line += (line.empty() ? "" : "   ·   ") + p;
    return line;
  };
  const wxString who = join(
      {c.date_of_birth ? wxString::Format("%d years, born %s", age_on(*c.date_of_birth, today()),
                                          wx(clinic_.date(*c.date_of_birth)))
                       : wxString(),
       wx(c.pronouns), wx(c.occupation)});
  const wxString reach = join({wx(c.phone), wx(c.email)});
  summary_->SetLabel(who.empty() ? reach : reach.empty() ? who : who + "\n" + reach);
  banner_->show_for(record_.contraindications);

  // Sessions, newest first, and the trend oldest first.
  const long selected = sessions_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  sessions_->DeleteAllItems();
  std::vector<render::PainPoint> trend;
  for (std::size_t i = 0; i < record_.sessions.size(); ++i) {
    const auto& s = record_.sessions[i];
    const long row =
        sessions_->InsertItem(static_cast<long>(i), wx(clinic_.date_time(s.started_at)));
    sessions_->SetItem(row, 1, wxString::Format("%d", s.duration_minutes));
    sessions_->SetItem(row, 2, modality_label(s.modality));
    sessions_->SetItem(row, 3, score(s.pain_before) + "  →  " + score(s.pain_after));
    sessions_->SetItem(row, 4, wxString::Format("%d", s.mark_count));
    sessions_->SetItem(row, 5, s.status == SessionStatus::kSigned ? "Signed" : "Draft");
  }
  if (selected >= 0 && selected < sessions_->GetItemCount())
    sessions_->SetItemState(selected, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  for (auto it = record_.sessions.rbegin(); it != record_.sessions.rend(); ++it)
    trend.push_back({clinic_.date(local_date(it->started_at)), it->pain_before, it->pain_after});
  trend_->set_sessions(std::move(trend));

  health_->DeleteAllItems();
  for (const auto& e : record_.health_history) {
    const long row = health_->InsertItem(health_->GetItemCount(), health_kind_label(e.kind));
    health_->SetItem(row, 1, wx(e.description));
    health_->SetItem(row, 2, e.started_on ? wx(clinic_.date(*e.started_on)) : wxString());
    health_->SetItem(row, 3, e.ended_on ? wx(clinic_.date(*e.ended_on)) : wxString());
    health_->SetItem(row, 4, wx(e.details.substr(0, e.details.find('\n'))));
  }
  contraindications_->DeleteAllItems();
  for (const auto& x : record_.contraindications) {
    wxString kind = wx(x.kind);
    for (const auto& k : contraindication_kinds())
      if (k.id == x.kind) kind = wx(k.label);
    const long row = contraindications_->InsertItem(contraindications_->GetItemCount(), kind);
    contraindications_->SetItem(row, 1, wx(x.description));
    contraindications_->SetItem(row, 2, wx(to_string(x.severity)));
    contraindications_->SetItem(row, 3, x.active ? "Active" : "Resolved");
    contraindications_->SetItem(row, 4, x.noted_on ? wx(clinic_.date(*x.noted_on)) : wxString());
  }
  consents_->DeleteAllItems();
  for (const auto& x : record_.consents) {
    wxString kind = wx(x.kind);
    for (const auto& k : consent_kinds())
      if (k.id == x.kind) kind = wx(k.label);
    const long row = consents_->InsertItem(consents_->GetItemCount(), kind);
    consents_->SetItem(row, 1, wx(clinic_.date(x.given_on)));
    consents_->SetItem(row, 2, wx(x.witnessed_by));
    consents_->SetItem(row, 3, wx(x.document_version));
    consents_->SetItem(row, 4, x.withdrawn_on ? wx(clinic_.date(*x.withdrawn_on)) : wxString());
  }
  fill_details();
  measures_stale_ = true;
  if (book_->GetCurrentPage() == measures_) fill_measures();
  Layout();
}

void ClientRecordPanel::fill_measures() {
  measures_stale_ = false;
  std::vector<render::TrendPlot> plots;
  wxString note;
  try {
    const auto& registry = clinic_.registry();
    for (const auto& k : registry.assessment_keepers()) {
      try {
        auto mine = registry.call(k, "reading the client's measures",
                                  [&] { return k.object->trends(clinic_.db(), client_id()); });
        for (auto& p : mine) plots.push_back(std::move(p));
      } catch (const std::exception& e) {
        note += (note.empty() ? "" : "\n") + describe_error(e);
      }
    }
  } catch (const std::exception& e) {
    note = describe_error(e);
  }
  if (plots.empty() && note.empty())
    note =
        "No measures recorded yet. Angles and distances entered in a session's assessment "
        "(e.g. the posture page) appear here, one plot per measure.";
  else if (!plots.empty())
    note = (note.empty() ? wxString() : note + "\n") +
           "Measures over the sessions; the shaded band is the normal range.";
  measures_->set_plots(std::move(plots), note);
}

void ClientRecordPanel::fill_details() {
  details_->DestroyChildren();
  auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(16), FromDIP(6)));
  grid->AddGrowableCol(1, 1);
  const Client& c = record_.client;
  auto row = [&](const wxString& label, const std::string& value) {
    if (value.empty()) return;
    auto* l = new wxStaticText(details_, wxID_ANY, label);
    l->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    grid->Add(l, 0, wxALIGN_TOP);
    grid->Add(new wxStaticText(details_, wxID_ANY, wx(value)), 1, wxEXPAND);
  };
  row("Given name", c.given_name);
  row("Family name", c.family_name);
  row("Preferred name", c.preferred_name);
  row("Date of birth", c.date_of_birth ? clinic_.date(*c.date_of_birth) : "");
  row("Pronouns", c.pronouns);
  row("Phone", c.phone);
  row("E-mail", c.email);
  std::string address;
  for (const auto* part : {&c.address.line1, &c.address.line2, &c.address.city, &c.address.region,
                           &c.address.postal_code, &c.address.country})
    if (!part->empty()) address += (address.empty() ? "" : "\n") + *part;
  row("Address", address);
  row("Occupation", c.occupation);
  std::string emergency = c.emergency_contact.name;
  if (!c.emergency_contact.relationship.empty())
    emergency += " (" + c.emergency_contact.relationship + ")";
  if (!c.emergency_contact.phone.empty()) emergency += ", " + c.emergency_contact.phone;
  row("Emergency contact", emergency);
  std::string physician = c.physician.name;
  if (!c.physician.practice.empty()) physician += ", " + c.physician.practice;
  if (!c.physician.phone.empty()) physician += ", " + c.physician.phone;
  row("Physician", physician);
  row("Referred by", c.referral_source);
  row("Notes", c.notes);
  auto* outer = new wxBoxSizer(wxVERTICAL);
  outer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
  details_->SetSizer(outer);
  details_->FitInside();
}

}  // namespace myochart::gui
