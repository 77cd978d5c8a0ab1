#include "gui/settings_dialog.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/sizer.h>

#include "gui/errors_ui.h"
#include "gui/image_bitmap.h"
#include "gui/wx_text.h"

namespace myochart::gui {

SettingsDialog::SettingsDialog(wxWindow* parent, Clinic& clinic)
    : RecordDialog(parent, "Settings"), clinic_(clinic), settings_(clinic.settings()) {
  SetName("settings_dialog");
  auto* grid = make_grid();
  name_ = add(grid, "clinic name", "Clinic name",
              new wxTextCtrl(this, wxID_ANY, wx(settings_.clinic_name), wxDefaultPosition,
                             FromDIP(wxSize(340, -1))));
  address_ = add(grid, "clinic address", "Address",
                 new wxTextCtrl(this, wxID_ANY, wx(settings_.clinic_address), wxDefaultPosition,
                                FromDIP(wxSize(340, 70)), wxTE_MULTILINE));
  auto* logo_row = new wxBoxSizer(wxHORIZONTAL);
  logo_ = new wxStaticBitmap(this, wxID_ANY, wxNullBitmap);
  auto* choose = new wxButton(this, wxID_ANY, "Choose…");
  auto* remove = new wxButton(this, wxID_ANY, "Remove");
  no_logo_ = new wxStaticText(this, wxID_ANY, "No logo");
  no_logo_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  logo_row->Add(logo_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  logo_row->Add(no_logo_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
  logo_row->Add(choose, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
  logo_row->Add(remove, 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(new wxStaticText(this, wxID_ANY, "Logo"), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
  grid->Add(logo_row);
  register_field("logo", choose);
  therapist_ = add(grid, "therapist name", "Therapist",
                   new wxTextCtrl(this, wxID_ANY, wx(settings_.therapist_name)));
  therapist_->SetHint(wx(clinic_.therapist()));
  const wxString units[] = {"Metric (cm, A4 paper)", "Imperial (in, US Letter paper)"};
  units_ = add(grid, "units", "Units",
               new wxRadioBox(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 2, units, 1,
                              wxRA_SPECIFY_COLS));
  units_->SetSelection(settings_.units == Units::kImperial ? 1 : 0);
  date_style_ = add(grid, "date format", "Date format", new wxChoice(this, wxID_ANY));
  for (auto s : date_styles()) {
    date_style_->Append(wx(date_style_label(s)));
    if (s == settings_.date_style)
      date_style_->SetSelection(static_cast<int>(date_style_->GetCount()) - 1);
  }
  auto* body = new wxBoxSizer(wxVERTICAL);
  body->Add(grid, 1, wxEXPAND);
  body->Add(new wxStaticText(this, wxID_ANY,
                             "These settings are stored in the clinic's database and shared by "
                             "every workstation.\nWindow sizes and recent clients are kept per "
                             "workstation."),
            0, wxTOP, FromDIP(12));
  finish(body, "Save");
  show_logo();

  choose->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    wxFileDialog ask(this, "Choose the clinic's logo", "", "",
                     "Images (*.png;*.svg)|*.png;*.svg|All files|*",
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (ask.ShowModal() == wxID_OK) choose_logo(std::filesystem::path(utf8(ask.GetPath())));
  });
  remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    settings_.logo.clear();
    show_logo();
  });
}

void SettingsDialog::choose_logo(const std::filesystem::path& file) {
  try {
    settings_.logo = read_logo_file(file);
    show_logo();
  } catch (const std::exception& e) {
    show_problem(e);
  }
}

void SettingsDialog::show_logo() {
  const double s = GetContentScaleFactor();
  const auto img = render_logo(settings_.logo, static_cast<int>(FromDIP(120) * s),
                               static_cast<int>(FromDIP(44) * s));
  logo_->SetBitmap(img.width > 0 ? transparent_bitmap(img, s) : wxBitmap());
  logo_->Show(img.width > 0);
  no_logo_->Show(img.width == 0);
  Layout();
}

bool SettingsDialog::save() {
  ClinicSettings s = settings_;
  s.clinic_name = utf8(name_->GetValue());
  s.clinic_address = utf8(address_->GetValue());
  s.therapist_name = utf8(therapist_->GetValue());
  s.units = units_->GetSelection() == 1 ? Units::kImperial : Units::kMetric;
  s.date_style = date_styles()[static_cast<std::size_t>(std::max(0, date_style_->GetSelection()))];
  clinic_.save_settings(s);
  settings_ = s;
  return true;
}

}  // namespace myochart::gui
