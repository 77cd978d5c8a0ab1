#pragma once
// The presenting complaints of the demo clinic's clients and the SOAP notes written about
// them: one complaint per client, persisting across their sessions with gradual improvement.
// Each complaint names the body-chart regions its marks go on.
#include <span>
#include <string>
#include <string_view>

#include "demo/demo_people.h"
#include "demo/demo_random.h"
#include "myochart/chart/chart_mark.h"
#include "myochart/session.h"

namespace myochart::demo::detail {

/// A mark drawn for a complaint. Texts and the region may hold {side}/{s}/{other}.
struct MarkSpec {
  chart::View view = chart::View::kPosterior;
  bool side_view = false;  ///< drawn on the lateral view of the complaint's side, not `view`
  std::string_view region;
  std::string_view kind;  ///< mark kind id
  chart::MarkShape shape = chart::MarkShape::kPoint;
  std::string_view muscle = {};
  std::string_view note = {};  ///< written on the mark now and then
};

struct Complaint {
  std::string_view id;
  std::string_view label;       ///< "upper-back pain"
  std::string_view presenting;  ///< "{q} pain in the {side} upper back, ..."
  bool sided = true;
  int pain_lo = 3, pain_hi = 7;                 ///< pain at intake
  std::span<const std::string_view> qualities;  ///< pain_qualities() ids (also adjectives)
  std::span<const std::string_view> onsets;
  std::span<const std::string_view> aggravators;
  std::span<const std::string_view> findings;
  std::span<const std::string_view> assessments;
  std::span<const std::string_view> techniques;
  std::span<const std::string_view> home_care;
  std::span<const std::string_view> modalities;  ///< modalities() ids, most usual first
  std::span<const MarkSpec> marks;               ///< the first is drawn at every session
  std::span<const int> work_weights;             ///< how likely, per Work (enum order)
};

std::span<const Complaint> complaints();
/// The complaint treated in pregnancy.
const Complaint& prenatal_complaint();
/// A complaint fitting the person's work and age.
const Complaint& pick_complaint(Random& rng, const Person& person);

/// One client's course of treatment for one complaint.
struct Course {
  const Complaint* complaint = nullptr;
  std::string side;  ///< "left", "right" or empty
  std::string quality;
  std::string onset;
  std::string aggravator;
  int intake_pain = 5;
};

/// What the note of one session is written from.
struct Visit {
  int index = 0;            ///< 0 = first visit
  int days_since_last = 0;  ///< 0 at the first visit
  int pain_before = 0;
  int pain_after = 0;
  int previous_pain = 0;  ///< pain_before of the visit before (index > 0)
  int duration_minutes = 60;
  std::string_view modality;  ///< modalities() id
  int rebook_weeks = 0;       ///< 0: discharged to home care
  Work work = Work::kDesk;
};

Course start_course(Random& rng, const Complaint& c, std::string_view side);
/// A SOAP note of 200-600 bytes, consistent with the course and the visit.
SoapNote write_soap(Random& rng, const Course& course, const Visit& visit);

}  // namespace myochart::demo::detail
