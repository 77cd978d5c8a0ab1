#include "myochart/session.h"

#include <array>

#include "domain/validation.h"
#include "myochart/errors.h"

namespace myochart {

namespace {
constexpr std::array kModalities = {
    Modality{"swedish", "Swedish / relaxation"},
    Modality{"deep_tissue", "Deep tissue"},
    Modality{"myofascial_release", "Myofascial release"},
    Modality{"trigger_point", "Trigger point therapy"},
    Modality{"sports", "Sports massage"},
    Modality{"prenatal", "Prenatal"},
    Modality{"lymphatic_drainage", "Manual lymphatic drainage"},
    Modality{"neuromuscular", "Neuromuscular therapy"},
    Modality{"stretching", "Assisted stretching"},
    Modality{"hot_stone", "Hot stone"},
};
}  // namespace

std::span<const Modality> modalities() {
  return kModalities;
}

std::string_view to_string(SessionStatus s) {
  return s == SessionStatus::kSigned ? "signed" : "draft";
}

std::optional<SessionStatus> session_status_from_string(std::string_view s) {
  if (s == "draft") return SessionStatus::kDraft;
  if (s == "signed") return SessionStatus::kSigned;
  return std::nullopt;
}

void validate(const Session& s) {
  using namespace detail;
  if (s.client_id <= 0) throw ValidationError("client", "is not set", "an existing client id");
  check_required_line("therapist", s.therapist);
  check_range("duration", s.duration_minutes, 1, 600);
  check_line("modality", s.modality);
  check_optional_range("pain_before", s.pain_before, 0, 10);
  check_optional_range("pain_after", s.pain_after, 0, 10);
  check_text("subjective", s.soap.subjective);
  check_text("objective", s.soap.objective);
  check_text("assessment", s.soap.assessment);
  check_text("plan", s.soap.plan);
  const Timestamp earliest{std::chrono::sys_days{
      Date{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}}}};
  if (s.started_at < earliest || s.started_at > now() + std::chrono::days{366})
    throw ValidationError("start", "is out of range",
                          "a date and time from 1900 to one year ahead");
}

}  // namespace myochart
