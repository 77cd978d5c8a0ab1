#include "gui/client_dialog.h"

#include <wx/notebook.h>
#include <wx/panel.h>

#include "gui/conflict_dialog.h"
#include "gui/wx_text.h"
#include "myochart/errors.h"

namespace myochart::gui {

namespace {

struct TextField {
  const char* name;
  const char* label;
  std::string Client::*member = nullptr;
  std::string Address::*address = nullptr;
  std::string EmergencyContact::*emergency = nullptr;
  std::string Physician::*physician = nullptr;

  std::string& of(Client& c) const {
    if (address) return c.address.*address;
    if (emergency) return c.emergency_contact.*emergency;
    if (physician) return c.physician.*physician;
    return c.*member;
  }
  const std::string& of(const Client& c) const { return of(const_cast<Client&>(c)); }
};

// Every text field of a client, in the order the dialog shows them, under core's names.
const std::vector<TextField>& text_fields() {
  static const std::vector<TextField> fields = {
      {"given_name", "Given name", &Client::given_name},
      {"family_name", "Family name", &Client::family_name},
      {"preferred_name", "Preferred name", &Client::preferred_name},
      {"pronouns", "Pronouns", &Client::pronouns},
      {"phone", "Phone", &Client::phone},
      {"email", "E-mail", &Client::email},
      {"occupation", "Occupation", &Client::occupation},
      {"referral_source", "Referred by", &Client::referral_source},
      {"address.line1", "Address", nullptr, &Address::line1},
      {"address.line2", "", nullptr, &Address::line2},
      {"address.city", "City", nullptr, &Address::city},
      {"address.region", "Region", nullptr, &Address::region},
      {"address.postal_code", "Postal code", nullptr, &Address::postal_code},
      {"address.country", "Country", nullptr, &Address::country},
      {"emergency_contact.name", "Emergency contact", nullptr, nullptr, &EmergencyContact::name},
      {"emergency_contact.relationship", "Relationship", nullptr, nullptr,
       &EmergencyContact::relationship},
      {"emergency_contact.phone", "Their phone", nullptr, nullptr, &EmergencyContact::phone},
      {"physician.name", "Physician", nullptr, nullptr, nullptr, &Physician::name},
      {"physician.phone", "Physician's phone", nullptr, nullptr, nullptr, &Physician::phone},
      {"physician.practice", "Practice", nullptr, nullptr, nullptr, &Physician::practice},
      {"notes", "Notes", &Client::notes},
  };
  return fields;
}

}  // namespace

ClientDialog::ClientDialog(wxWindow* parent, Clinic& clinic, Client client)
    : RecordDialog(parent, client.id ? "Client details" : "New client"),
      clinic_(clinic),
      client_(std::move(client)) {
  SetName("client_dialog");
  auto* book = new wxNotebook(this, wxID_ANY);
  auto page = [&](const wxString& title) {
    auto* p = new wxPanel(book);
    book->AddPage(p, title);
    return p;
  };
  wxPanel* person = page("Person");
  wxPanel* contacts = page("Address and contacts");
  wxPanel* notes = page("Notes");

  auto* person_grid = make_grid();
  auto* contact_grid = make_grid();
  for (const auto& f : text_fields()) {
    const std::string name = f.name;
    const bool is_notes = name == "notes";
    const bool on_person = !f.address && !f.emergency && !f.physician && !is_notes;
    wxWindow* owner = is_notes ? notes : on_person ? person : contacts;
    auto* ctrl = new wxTextCtrl(owner, wxID_ANY, "", wxDefaultPosition,
                                is_notes ? FromDIP(wxSize(460, 260)) : FromDIP(wxSize(260, -1)),
                                is_notes ? wxTE_MULTILINE : 0);
    if (is_notes) {
      auto* s = new wxBoxSizer(wxVERTICAL);
      s->Add(ctrl, 1, wxEXPAND | wxALL, FromDIP(10));
      notes->SetSizer(s);
      register_field(name, ctrl);
      continue;
    }
    add(on_person ? person_grid : contact_grid, name, f.label, ctrl);
    if (name == "family_name") {
      family_first_ = new wxCheckBox(person, wxID_ANY, "Family name is written first");
      person_grid->AddSpacer(0);
      person_grid->Add(family_first_);
    }
    if (name == "preferred_name") {
      born_ = add(person_grid, "date_of_birth", "Date of birth", make_date_picker(person, true));
    }
  }
  auto wrap = [&](wxPanel* p, wxSizer* grid) {
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->Add(grid, 1, wxEXPAND | wxALL, FromDIP(10));
    p->SetSizer(s);
  };
  wrap(person, person_grid);
  wrap(contacts, contact_grid);

  auto* body = new wxBoxSizer(wxVERTICAL);
  body->Add(book, 1, wxEXPAND);
  finish(body, client_.id ? "Save" : "Add client");
  fill(client_);
  text("given_name")->SetFocus();
}

wxTextCtrl* ClientDialog::text(const std::string& name) const {
  return dynamic_cast<wxTextCtrl*>(field(name));
}

void ClientDialog::set_text(const std::string& field_name, const wxString& value) {
  if (auto* t = text(field_name)) t->SetValue(value);
}

void ClientDialog::fill(const Client& c) {
  for (const auto& f : text_fields()) text(f.name)->ChangeValue(wx(f.of(c)));
  family_first_->SetValue(c.family_name_first);
  set_picked_date(born_, c.date_of_birth);
}

Client ClientDialog::collect() const {
  Client c = client_;
  for (const auto& f : text_fields()) f.of(c) = utf8(text(f.name)->GetValue());
  c.family_name_first = family_first_->GetValue();
  c.date_of_birth = picked_date(born_);
  return c;
}

bool ClientDialog::save() {
  Client c = collect();
  storage::Clients& clients = clinic_.clients();
  if (c.id == 0) {
    storage::WriteTransaction tx(clinic_.db());
    clients.add(tx, c);
    tx.commit();
  } else {
    try {
      storage::WriteTransaction tx(clinic_.db());
      clients.update(tx, c);
      tx.commit();
    } catch (const ConflictError&) {
      const Client saved = clients.get(c.id);
      ConflictDialog dlg(this, wx(display_name(saved)) + "'s details",
                         client_differences(c, saved));
      dlg.ShowModal();
      switch (dlg.choice()) {
        case ConflictChoice::kKeepMine: {
          c.row_version = saved.row_version;
          storage::WriteTransaction tx(clinic_.db());
          clients.update(tx, c);
          tx.commit();
          break;
        }
        case ConflictChoice::kTakeSaved:
          client_ = saved;
          fill(saved);
          return false;  // the saved version is now in the dialog; nothing to write
        case ConflictChoice::kLater:
          return false;
      }
    }
  }
  client_ = c;
  clinic_.notify({Change::What::kClient, c.id, 0});
  return true;
}

std::vector<ConflictRow> client_differences(const Client& mine, const Client& saved) {
  std::vector<ConflictRow> rows;
  for (const auto& f : text_fields())
    if (f.of(mine) != f.of(saved))
      rows.push_back(
          {f.label[0] ? wx(f.label) : wxString("Address"), wx(f.of(mine)), wx(f.of(saved))});
  if (mine.date_of_birth != saved.date_of_birth) {
    auto d = [](const std::optional<Date>& x) { return x ? wx(format_date(*x)) : wxString("—"); };
    rows.push_back({"Date of birth", d(mine.date_of_birth), d(saved.date_of_birth)});
  }
  if (mine.family_name_first != saved.family_name_first)
    rows.push_back({"Family name first", mine.family_name_first ? "yes" : "no",
                    saved.family_name_first ? "yes" : "no"});
  return rows;
}

}  // namespace myochart::gui
