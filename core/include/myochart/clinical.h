#pragma once
// Intake records kept per client: health history, contraindication flags and consents.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "myochart/ids.h"
#include "myochart/time.h"

namespace myochart {

enum class HealthKind { kCondition, kMedication, kAllergy, kSurgery };

/// One line of health history: a condition, a medication, an allergy or a surgery.
struct HealthEntry {
  Id id = 0;
  Id client_id = 0;
  RowVersion row_version = 0;
  HealthKind kind = HealthKind::kCondition;
  std::string description;  ///< "Type 2 diabetes", "Warfarin 5 mg daily", "Latex"
  std::string details;
  std::optional<Date> started_on;
  std::optional<Date> ended_on;  ///< empty while current
  Timestamp created_at{};
  Timestamp updated_at{};

  bool operator==(const HealthEntry&) const = default;
};

/// How far a contraindication limits treatment.
enum class Severity {
  kCaution,  ///< treat with modifications (pressure, position, duration)
  kLocal,    ///< do not treat the named body region
  kTotal,    ///< do not treat (refer out) while active
};

/// A contraindication flag shown as a banner on every screen of the client.
struct Contraindication {
  Id id = 0;
  Id client_id = 0;
  RowVersion row_version = 0;
  std::string kind;         ///< id from contraindication_kinds(), e.g. "anticoagulants"
  std::string description;  ///< what exactly, in the therapist's words
  Severity severity = Severity::kCaution;
  std::string region_id;  ///< body-chart region it applies to (required for kLocal), or empty
  bool active = true;
  std::optional<Date> noted_on;
  std::optional<Date> resolved_on;
  std::string notes;
  Timestamp created_at{};
  Timestamp updated_at{};

  bool operator==(const Contraindication&) const = default;
};

/// The vocabulary of contraindication kinds. Exercises and plugins refer to these ids
/// (e.g. an exercise unsafe with "osteoporosis" is withheld for a client flagged with it).
struct ContraindicationKind {
  std::string_view id;
  std::string_view label;
};
std::span<const ContraindicationKind> contraindication_kinds();
bool is_contraindication_kind(std::string_view id);

/// A consent the client gave (or a guardian gave for them).
struct Consent {
  Id id = 0;
  Id client_id = 0;
  RowVersion row_version = 0;
  std::string kind;  ///< id from consent_kinds(), e.g. "treatment"
  Date given_on{};
  std::string witnessed_by;
  std::string document_version;  ///< version of the form the client signed, e.g. "2025-03"
  std::optional<Date> withdrawn_on;
  std::string notes;
  Timestamp created_at{};
  Timestamp updated_at{};

  bool operator==(const Consent&) const = default;
};

struct ConsentKind {
  std::string_view id;
  std::string_view label;
};
std::span<const ConsentKind> consent_kinds();
bool is_consent_kind(std::string_view id);

std::string_view to_string(HealthKind k);
std::optional<HealthKind> health_kind_from_string(std::string_view s);
std::string_view to_string(Severity s);
std::optional<Severity> severity_from_string(std::string_view s);

/// Each throws ValidationError naming the first unacceptable field.
void validate(const HealthEntry& e);
void validate(const Contraindication& c);
void validate(const Consent& c);

}  // namespace myochart
