#include "gui/clinical_dialogs.h"

#include "gui/conflict_dialog.h"
#include "gui/wx_text.h"
#include "myochart/chart/body_chart.h"
#include "myochart/errors.h"
#include "myochart/storage/clinical_records.h"

namespace myochart::gui {

namespace {

constexpr HealthKind kHealthKinds[] = {HealthKind::kCondition, HealthKind::kMedication,
                                       HealthKind::kAllergy, HealthKind::kSurgery};
constexpr const char* kHealthLabels[] = {"Condition", "Medication", "Allergy", "Surgery"};
constexpr Severity kSeverities[] = {Severity::kCaution, Severity::kLocal, Severity::kTotal};
constexpr const char* kSeverityLabels[] = {"Caution: treat with modifications",
                                           "Local: do not treat the body region",
                                           "Total: do not treat (refer out)"};

wxString date_text(const std::optional<Date>& d) {
  return d ? wx(format_date(*d)) : wxString("—");
}

wxTextCtrl* line(wxWindow* parent) {
  return new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition, wxSize(parent->FromDIP(320), -1));
}
wxTextCtrl* block(wxWindow* parent) {
  return new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition, parent->FromDIP(wxSize(320, 90)),
                        wxTE_MULTILINE);
}

// Adds or updates `record` with the repository; on a conflict shows both versions and saves
// mine only when chosen. `rows` lists the differing fields of two versions; `find` reads the
// saved one. Returns false when nothing was written and the dialog stays open.
template <typename Record, typename Repository, typename Rows, typename Find>
bool save_record(wxWindow* parent, storage::Database& db, Repository& repo, Record& record,
                 const wxString& what, Rows rows, Find find) {
  try {
    storage::WriteTransaction tx(db);
    if (record.id == 0)
      repo.add(tx, record);
    else
      repo.update(tx, record);
    tx.commit();
    return true;
  } catch (const ConflictError&) {
    const Record saved = find();
    ConflictDialog dlg(parent, what, rows(record, saved));
    dlg.ShowModal();
    if (dlg.choice() != ConflictChoice::kKeepMine) return false;
    record.row_version = saved.row_version;
    storage::WriteTransaction tx(db);
    repo.update(tx, record);
    tx.commit();
    return true;
  }
}

template <typename Record>
Record find_by_id(const std::vector<Record>& all, Id id) {
  for (const auto& r : all)
    if (r.id == id) return r;
  throw NotFoundError("record", id);
}

}  // namespace

// ---------------------------------------------------------------------------------------------

HealthEntryDialog::HealthEntryDialog(wxWindow* parent, Clinic& clinic, HealthEntry entry)
    : RecordDialog(parent, entry.id ? "Health history" : "Add to health history"),
      clinic_(clinic),
      entry_(std::move(entry)) {
  SetName("health_entry_dialog");
  auto* grid = make_grid();
  kind_ = add(grid, "kind", "Kind", new wxChoice(this, wxID_ANY));
  for (const char* l : kHealthLabels) kind_->Append(l);
  kind_->SetSelection(static_cast<int>(entry_.kind));
  description_ = add(grid, "description", "What", line(this));
  details_ = add(grid, "details", "Details", block(this));
  started_ = add(grid, "started_on", "Since", make_date_picker(this, true));
  ended_ = add(grid, "ended_on", "Until", make_date_picker(this, true));
  description_->SetValue(wx(entry_.description));
  details_->SetValue(wx(entry_.details));
  set_picked_date(started_, entry_.started_on);
  set_picked_date(ended_, entry_.ended_on);
  finish(grid, entry_.id ? "Save" : "Add");
  description_->SetFocus();
}

bool HealthEntryDialog::save() {
  HealthEntry e = entry_;
  e.kind = kHealthKinds[std::max(0, kind_->GetSelection())];
  e.description = utf8(description_->GetValue());
  e.details = utf8(details_->GetValue());
  e.started_on = picked_date(started_);
  e.ended_on = picked_date(ended_);
  storage::HealthHistory repo(clinic_.db());
  const bool saved = save_record(
      this, clinic_.db(), repo, e, "This health history entry",
      [](const HealthEntry& a, const HealthEntry& b) {
        std::vector<ConflictRow> rows;
        if (a.description != b.description)
          rows.push_back({"What", wx(a.description), wx(b.description)});
        if (a.details != b.details) rows.push_back({"Details", wx(a.details), wx(b.details)});
        if (a.started_on != b.started_on)
          rows.push_back({"Since", date_text(a.started_on), date_text(b.started_on)});
        if (a.ended_on != b.ended_on)
          rows.push_back({"Until", date_text(a.ended_on), date_text(b.ended_on)});
        return rows;
      },
      [&] { return find_by_id(repo.list_for_client(e.client_id), e.id); });
  if (!saved) return false;
  entry_ = e;
  clinic_.notify({Change::What::kClient, e.client_id, 0});
  return true;
}

// ---------------------------------------------------------------------------------------------

ContraindicationDialog::ContraindicationDialog(wxWindow* parent, Clinic& clinic, Contraindication c)
    : RecordDialog(parent, c.id ? "Contraindication" : "Add a contraindication"),
      clinic_(clinic),
      c_(std::move(c)) {
  SetName("contraindication_dialog");
  auto* grid = make_grid();
  kind_ = add(grid, "kind", "Kind", new wxChoice(this, wxID_ANY));
  int kind_index = 0;
  for (const auto& k : contraindication_kinds()) {
    if (k.id == c_.kind) kind_index = static_cast<int>(kind_->GetCount());
    kind_->Append(wx(k.label));
  }
  kind_->SetSelection(kind_index);
  description_ = add(grid, "description", "What exactly", line(this));
  severity_ = add(grid, "severity", "Severity", new wxChoice(this, wxID_ANY));
  for (const char* l : kSeverityLabels) severity_->Append(l);
  severity_->SetSelection(static_cast<int>(c_.severity));
  region_ = add(grid, "region", "Body region", new wxChoice(this, wxID_ANY));
  region_->Append("— (not a local flag)");
  region_ids_.push_back("");
  const auto& chart = chart::BodyChart::standard();
  for (const auto& id : chart.all_region_ids()) {
    region_ids_.push_back(id);
    region_->Append(wx(chart.region_label(id)));
    if (id == c_.region_id) region_->SetSelection(static_cast<int>(region_ids_.size()) - 1);
  }
  if (region_->GetSelection() == wxNOT_FOUND) region_->SetSelection(0);
  active_ = add(grid, "active", "", new wxCheckBox(this, wxID_ANY, "Active (shown as a banner)"));
  noted_ = add(grid, "noted_on", "Noted on", make_date_picker(this, true));
  resolved_ = add(grid, "resolved_on", "Resolved on", make_date_picker(this, true));
  notes_ = add(grid, "notes", "Notes", block(this));
  description_->SetValue(wx(c_.description));
  active_->SetValue(c_.active);
  set_picked_date(noted_, c_.id ? c_.noted_on : std::optional<Date>(today()));
  set_picked_date(resolved_, c_.resolved_on);
  notes_->SetValue(wx(c_.notes));
  finish(grid, c_.id ? "Save" : "Add");
  description_->SetFocus();
}

bool ContraindicationDialog::save() {
  Contraindication c = c_;
  c.kind = std::string(
      contraindication_kinds()[static_cast<std::size_t>(std::max(0, kind_->GetSelection()))].id);
  c.description = utf8(description_->GetValue());
  c.severity = kSeverities[std::max(0, severity_->GetSelection())];
  c.region_id = region_ids_[static_cast<std::size_t>(std::max(0, region_->GetSelection()))];
  c.active = active_->GetValue();
  c.noted_on = picked_date(noted_);
  c.resolved_on = picked_date(resolved_);
  c.notes = utf8(notes_->GetValue());
  storage::Contraindications repo(clinic_.db());
  const bool saved = save_record(
      this, clinic_.db(), repo, c, "This contraindication",
      [](const Contraindication& a, const Contraindication& b) {
        std::vector<ConflictRow> rows;
        if (a.description != b.description)
          rows.push_back({"What exactly", wx(a.description), wx(b.description)});
        if (a.severity != b.severity)
          rows.push_back({"Severity", wx(to_string(a.severity)), wx(to_string(b.severity))});
        if (a.active != b.active)
          rows.push_back({"Active", a.active ? "yes" : "no", b.active ? "yes" : "no"});
        if (a.resolved_on != b.resolved_on)
          rows.push_back({"Resolved on", date_text(a.resolved_on), date_text(b.resolved_on)});
        if (a.notes != b.notes) rows.push_back({"Notes", wx(a.notes), wx(b.notes)});
        return rows;
      },
      [&] { return find_by_id(repo.list_for_client(c.client_id), c.id); });
  if (!saved) return false;
  c_ = c;
  clinic_.notify({Change::What::kClient, c.client_id, 0});
  return true;
}

// ---------------------------------------------------------------------------------------------

ConsentDialog::ConsentDialog(wxWindow* parent, Clinic& clinic, Consent c)
    : RecordDialog(parent, c.id ? "Consent" : "Record a consent"),
      clinic_(clinic),
      c_(std::move(c)) {
  SetName("consent_dialog");
  auto* grid = make_grid();
  kind_ = add(grid, "kind", "Consent to", new wxChoice(this, wxID_ANY));
  int kind_index = 0;
  for (const auto& k : consent_kinds()) {
    if (k.id == c_.kind) kind_index = static_cast<int>(kind_->GetCount());
    kind_->Append(wx(k.label));
  }
  kind_->SetSelection(kind_index);
  given_ = add(grid, "given_on", "Given on", make_date_picker(this, false));
  witness_ = add(grid, "witnessed_by", "Witnessed by", line(this));
  document_ = add(grid, "document_version", "Form version", line(this));
  withdrawn_ = add(grid, "withdrawn_on", "Withdrawn on", make_date_picker(this, true));
  notes_ = add(grid, "notes", "Notes", block(this));
  set_picked_date(given_, c_.id ? c_.given_on : today());
  witness_->SetValue(wx(c_.witnessed_by));
  document_->SetValue(wx(c_.document_version));
  set_picked_date(withdrawn_, c_.withdrawn_on);
  notes_->SetValue(wx(c_.notes));
  finish(grid, c_.id ? "Save" : "Record");
}

bool ConsentDialog::save() {
  Consent c = c_;
  c.kind =
      std::string(consent_kinds()[static_cast<std::size_t>(std::max(0, kind_->GetSelection()))].id);
  c.given_on = picked_date(given_).value_or(today());
  c.witnessed_by = utf8(witness_->GetValue());
  c.document_version = utf8(document_->GetValue());
  c.withdrawn_on = picked_date(withdrawn_);
  c.notes = utf8(notes_->GetValue());
  storage::Consents repo(clinic_.db());
  const bool saved = save_record(
      this, clinic_.db(), repo, c, "This consent",
      [](const Consent& a, const Consent& b) {
        std::vector<ConflictRow> rows;
        if (a.given_on != b.given_on)
          rows.push_back({"Given on", wx(format_date(a.given_on)), wx(format_date(b.given_on))});
        if (a.withdrawn_on != b.withdrawn_on)
          rows.push_back({"Withdrawn on", date_text(a.withdrawn_on), date_text(b.withdrawn_on)});
        if (a.witnessed_by != b.witnessed_by)
          rows.push_back({"Witnessed by", wx(a.witnessed_by), wx(b.witnessed_by)});
        if (a.notes != b.notes) rows.push_back({"Notes", wx(a.notes), wx(b.notes)});
        return rows;
      },
      [&] { return find_by_id(repo.list_for_client(c.client_id), c.id); });
  if (!saved) return false;
  c_ = c;
  clinic_.notify({Change::What::kClient, c.client_id, 0});
  return true;
}

}  // namespace myochart::gui
