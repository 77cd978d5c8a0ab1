#include "myochart/clinical.h"

#include <algorithm>
#include <array>

#include "domain/validation.h"
#include "myochart/errors.h"
#include "myochart/text.h"

namespace myochart {

namespace {

constexpr std::array kContraindicationKinds = {
    ContraindicationKind{"acute_inflammation", "Acute inflammation or injury"},
    ContraindicationKind{"anticoagulants", "Anticoagulant / blood-thinning medication"},
    ContraindicationKind{"bleeding_disorder", "Bleeding disorder"},
    ContraindicationKind{"cancer", "Cancer (current treatment)"},
    ContraindicationKind{"cardiovascular", "Heart condition"},
    ContraindicationKind{"diabetes", "Diabetes (neuropathy, skin integrity)"},
    ContraindicationKind{"dvt", "Deep vein thrombosis / clot risk"},
    ContraindicationKind{"fever_infection", "Fever or contagious infection"},
    ContraindicationKind{"fracture", "Recent fracture"},
    ContraindicationKind{"hypertension", "High blood pressure (uncontrolled)"},
    ContraindicationKind{"hypermobility", "Joint hypermobility / instability"},
    ContraindicationKind{"implant", "Implant, pacemaker or port"},
    ContraindicationKind{"osteoporosis", "Osteoporosis"},
    ContraindicationKind{"pregnancy", "Pregnancy"},
    ContraindicationKind{"recent_surgery", "Recent surgery"},
    ContraindicationKind{"skin_condition", "Skin condition, wound or rash"},
    ContraindicationKind{"varicose_veins", "Varicose veins"},
    ContraindicationKind{"nerve_compression", "Nerve compression / radiating symptoms"},
    ContraindicationKind{"disc_herniation", "Disc herniation"},
    ContraindicationKind{"other", "Other"},
};

constexpr std::array kConsentKinds = {
    ConsentKind{"treatment", "Informed consent to treatment"},
    ConsentKind{"privacy", "Privacy notice / data processing"},
    ConsentKind{"sensitive_areas", "Treatment of sensitive areas"},
    ConsentKind{"photography", "Posture photographs"},
    ConsentKind{"guardian", "Guardian consent for a minor"},
    ConsentKind{"communication", "E-mail and SMS reminders"},
    ConsentKind{"information_sharing", "Sharing information with the physician"},
};

template <typename Range>
std::string ids_of(const Range& r) {
  std::string s;
  for (const auto& k : r) {
    if (!s.empty()) s += ", ";
    s += k.id;
  }
  return s;
}

}  // namespace

std::span<const ContraindicationKind> contraindication_kinds() {
  return kContraindicationKinds;
}
bool is_contraindication_kind(std::string_view id) {
  return std::any_of(kContraindicationKinds.begin(), kContraindicationKinds.end(),
                     [&](const auto& k) { return k.id == id; });
}
std::span<const ConsentKind> consent_kinds() {
  return kConsentKinds;
}
bool is_consent_kind(std::string_view id) {
  return std::any_of(kConsentKinds.begin(), kConsentKinds.end(),
                     [&](const auto& k) { return k.id == id; });
}

std::string_view to_string(HealthKind k) {
  switch (k) {
    case HealthKind::kCondition:
      return "condition";
    case HealthKind::kMedication:
      return "medication";
    case HealthKind::kAllergy:
      return "allergy";
    case HealthKind::kSurgery:
      return "surgery";
  }
  return "condition";
}

std::optional<HealthKind> health_kind_from_string(std::string_view s) {
  for (auto k : {HealthKind::kCondition, HealthKind::kMedication, HealthKind::kAllergy,
                 HealthKind::kSurgery})
    if (to_string(k) == s) return k;
  return std::nullopt;
}

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::kCaution:
      return "caution";
    case Severity::kLocal:
      return "local";
    case Severity::kTotal:
      return "total";
  }
  return "caution";
}

std::optional<Severity> severity_from_string(std::string_view s) {
  for (auto v : {Severity::kCaution, Severity::kLocal, Severity::kTotal})
    if (to_string(v) == s) return v;
  return std::nullopt;
}

void validate(const HealthEntry& e) {
  using namespace detail;
  if (e.client_id <= 0) throw ValidationError("client", "is not set", "an existing client id");
  check_required_line("description", e.description);
  check_text("details", e.details);
  check_date("started_on", e.started_on);
  check_date("ended_on", e.ended_on);
  check_order("ended_on", e.started_on, e.ended_on);
}

void validate(const Contraindication& c) {
  using namespace detail;
  if (c.client_id <= 0) throw ValidationError("client", "is not set", "an existing client id");
  if (!is_contraindication_kind(c.kind))
    throw ValidationError("kind", "is not a known contraindication kind",
                          ids_of(kContraindicationKinds));
  check_required_line("description", c.description);
  check_line("region", c.region_id);
  if (c.severity == Severity::kLocal && text::trim(c.region_id).empty())
    throw ValidationError("region", "is required for a local contraindication",
                          "a body-chart region id");
  check_date("noted_on", c.noted_on);
  check_date("resolved_on", c.resolved_on);
  check_order("resolved_on", c.noted_on, c.resolved_on);
  if (c.active && c.resolved_on)
    throw ValidationError("resolved_on", "is set on an active contraindication",
                          "no resolved date while active");
  check_text("notes", c.notes);
}

void validate(const Consent& c) {
  using namespace detail;
  if (c.client_id <= 0) throw ValidationError("client", "is not set", "an existing client id");
  if (!is_consent_kind(c.kind))
    throw ValidationError("kind", "is not a known consent kind", ids_of(kConsentKinds));
  check_date("given_on", c.given_on, 0);
  check_line("witnessed_by", c.witnessed_by);
  check_line("document_version", c.document_version);
  check_date("withdrawn_on", c.withdrawn_on);
  check_order("withdrawn_on", std::optional<Date>(c.given_on), c.withdrawn_on);
  check_text("notes", c.notes);
}

}  // namespace myochart
