#pragma once
// A treatment session: SOAP note, pain scores and its body-chart marks (chart/chart_mark.h).
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "myochart/ids.h"
#include "myochart/time.h"

namespace myochart {

enum class SessionStatus {
  kDraft,   ///< editable
  kSigned,  ///< locked: the note and its marks can no longer change (amendments only)
};

struct SoapNote {
  std::string subjective;  ///< what the client reports
  std::string objective;   ///< what the therapist observed and measured
  std::string assessment;  ///< the therapist's interpretation
  std::string plan;        ///< treatment given, home care, next visit

  bool operator==(const SoapNote&) const = default;
};

struct Session {
  Id id = 0;
  Id client_id = 0;
  RowVersion row_version = 0;
  std::string therapist;
  Timestamp started_at{};
  int duration_minutes = 60;
  std::string modality;  ///< id from modalities() or the therapist's own words
  SoapNote soap;
  std::optional<int> pain_before;  ///< 0-10 numeric rating scale
  std::optional<int> pain_after;
  SessionStatus status = SessionStatus::kDraft;
  std::optional<Timestamp> signed_at;
  std::string signed_by;
  Timestamp created_at{};
  Timestamp updated_at{};

  bool operator==(const Session&) const = default;
};

/// One line of a client's session timeline (no SOAP text).
struct SessionSummary {
  Id id = 0;
  Timestamp started_at{};
  int duration_minutes = 0;
  std::string therapist;
  std::string modality;
  std::optional<int> pain_before;
  std::optional<int> pain_after;
  SessionStatus status = SessionStatus::kDraft;
  int mark_count = 0;
};

struct Modality {
  std::string_view id;
  std::string_view label;
};
/// Suggested modalities; a session may also name its own.
std::span<const Modality> modalities();

std::string_view to_string(SessionStatus s);
std::optional<SessionStatus> session_status_from_string(std::string_view s);

/// Throws ValidationError: client set, therapist given, duration 1-600 minutes, pain scores
/// 0-10, SOAP sections at most kMaxLongText bytes of valid UTF-8.
void validate(const Session& s);

}  // namespace myochart
