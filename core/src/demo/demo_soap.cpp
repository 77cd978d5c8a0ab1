// SOAP notes of the demo clinic, composed from the complaint's phrases and the visit's numbers.
#include <string_view>

#include "demo/demo_complaints.h"
#include "demo/demo_history.h"

namespace myochart::demo::detail {

namespace {

using std::string_view;

template <typename T>
const T& pick(Random& rng, std::span<const T> items) {
  return items[rng.index(items.size())];
}

std::string replace_all(std::string text, string_view from, string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

string_view modality_phrase(string_view id) {
  struct Phrase {
    string_view id, text;
  };
  static constexpr Phrase kPhrases[] = {{"swedish", "Swedish massage"},
                                        {"deep_tissue", "deep tissue massage"},
                                        {"myofascial_release", "myofascial release"},
                                        {"trigger_point", "trigger point therapy"},
                                        {"sports", "sports massage"},
                                        {"prenatal", "prenatal massage, side-lying"},
                                        {"lymphatic_drainage", "lymphatic drainage"},
                                        {"neuromuscular", "neuromuscular therapy"},
                                        {"stretching", "assisted stretching"},
                                        {"hot_stone", "hot stone massage"}};
  for (const auto& p : kPhrases)
    if (p.id == id) return p.text;
  return "massage";
}

string_view perpetuating_factor(Work w) {
  switch (w) {
    case Work::kDesk:
      return "long hours at the desk";
    case Work::kStanding:
      return "long shifts on the feet";
    case Work::kManual:
      return "heavy physical work";
    case Work::kDriving:
      return "long hours at the wheel";
    case Work::kActive:
      return "a high training load";
    case Work::kStudent:
      return "long study hours";
    case Work::kRetired:
      return "less activity than before";
  }
  return "daily strain";
}

constexpr string_view kBetter[] = {
    "The {label} eased after the last session; the relief lasted about {n} days.",
    "The {label} is clearly better and now comes mostly at the end of the day.",
    "Slept better this week; the {label} is less constant."};
constexpr string_view kSame[] = {"The {label} is about the same as at the last visit.",
                                 "Little change in the {label} after a busy week."};
constexpr string_view kFlareTriggers[] = {"moving furniture",       "a long drive",
                                          "a weekend of gardening", "a deadline at work",
                                          "a return to the gym",    "sleeping in a hotel bed",
                                          "a cold, damp week",      "a long flight"};
constexpr string_view kAdherence[] = {
    "Doing the home care most days.", "Has not kept up with the exercises.",
    "Uses heat in the evenings and finds it helps.", "Does the stretches when the pain starts."};
constexpr string_view kBetterFindings[] = {"Less tissue tension than at the last visit.",
                                           "Taut bands softer and less tender than last time.",
                                           "Moves more freely than at the last visit."};
constexpr string_view kSameFindings[] = {"Tissue findings much as at the last visit.",
                                         "Taut bands still present, tenderness unchanged."};
constexpr string_view kWorseFindings[] = {"More guarding than at the last visit.",
                                          "Tenderness increased since the last visit."};

}  // namespace

Course start_course(Random& rng, const Complaint& c, std::string_view side) {
  Course k;
  k.complaint = &c;
  k.side = side;
  k.quality = pick(rng, c.qualities);
  k.onset = with_side(pick(rng, c.onsets), side);
  k.aggravator = with_side(pick(rng, c.aggravators), side);
  k.intake_pain = rng.between(c.pain_lo, c.pain_hi);
  return k;
}

SoapNote write_soap(Random& rng, const Course& course, const Visit& visit) {
  const Complaint& c = *course.complaint;
  const auto sided = [&](string_view t) { return with_side(t, course.side); };
  const std::string label(c.label);
  const std::string pain = std::to_string(visit.pain_before) + "/10";
  SoapNote n;
  // Subjective: what the client says.
  const int trend = visit.index == 0 ? 0 : visit.pain_before - visit.previous_pain;
  if (visit.index == 0) {
    n.subjective = "Reports " +
                   sided(replace_all(std::string(c.presenting), "{q}", course.quality)) + " " +
                   course.onset + ". " + course.aggravator + " Pain " + pain + ".";
  } else if (visit.days_since_last > 120) {
    n.subjective = "Returns after " + std::to_string(visit.days_since_last / 30) + " months: the " +
                   label + " came back after " +
                   std::string(pick<string_view>(rng, kFlareTriggers)) + ". Pain " + pain + ".";
  } else {
    if (trend < 0)
      n.subjective =
          replace_all(replace_all(std::string(pick<string_view>(rng, kBetter)), "{label}", label),
                      "{n}", std::to_string(rng.between(2, 6)));
    else if (trend == 0)
      n.subjective = replace_all(std::string(pick<string_view>(rng, kSame)), "{label}", label);
    else
      n.subjective = "Flare-up of the " + label + " after " +
                     std::string(pick<string_view>(rng, kFlareTriggers)) + ".";
    if (rng.chance(0.5)) {
      n.subjective += " ";
      n.subjective += visit.work == Work::kDesk && rng.chance(0.3)
                          ? "Has changed the workstation set-up as suggested."
                          : pick<string_view>(rng, kAdherence);
    }
    n.subjective += " Pain " + pain + " today.";
  }

  // Objective: what the therapist finds.
  const std::size_t first = rng.index(c.findings.size());
  n.objective = sided(c.findings[first]);
  if (visit.index == 0) {
    const std::size_t second = (first + 1 + rng.index(c.findings.size() - 1)) % c.findings.size();
    n.objective += " " + sided(c.findings[second]);
  } else {
    n.objective += " ";
    n.objective += trend < 0    ? pick<string_view>(rng, kBetterFindings)
                   : trend == 0 ? pick<string_view>(rng, kSameFindings)
                                : pick<string_view>(rng, kWorseFindings);
  }

  // Assessment: what it means.
  if (visit.index == 0 || visit.days_since_last > 120) {
    n.assessment = sided(pick(rng, c.assessments));
  } else if (trend < 0) {
    n.assessment = rng.chance(0.5) ? "Improving: pain down from " +
                                         std::to_string(visit.previous_pain) + "/10 last time."
                                   : std::string("Responding well; fewer and milder episodes.");
  } else if (trend == 0) {
    n.assessment = "Slow progress; " + std::string(perpetuating_factor(visit.work)) +
                   " keeps the pattern going.";
  } else {
    n.assessment = "Flare-up; the underlying pattern is unchanged.";
  }

  // Plan: treatment given, home care, next visit. The optional parts are left out of notes
  // that are long already.
  const std::size_t tech = rng.index(c.techniques.size());
  const std::string phrase(modality_phrase(visit.modality));
  std::string treatment = sided(c.techniques[tech]);
  std::string second;
  if (rng.chance(0.5) && c.techniques.size() > 1)
    second = " and " + sided(c.techniques[(tech + 1) % c.techniques.size()]);
  std::string home;
  if (visit.index == 0 || rng.chance(0.35))
    home = " Home care: " + sided(pick(rng, c.home_care)) + ".";
  std::string next;
  if (visit.rebook_weeks > 0)
    next = " Rebook in " + std::to_string(visit.rebook_weeks) +
           (visit.rebook_weeks == 1 ? " week." : " weeks.");
  else
    next = " Discharged to home care; return as needed.";
  const std::string head =
      std::to_string(visit.duration_minutes) + "-minute " +
      (treatment.compare(0, phrase.size(), phrase) == 0 ? std::string("session") : phrase) + ": ";
  const std::string after = ". Pain " + std::to_string(visit.pain_after) + "/10 after treatment.";
  const auto total = [&] {
    return n.subjective.size() + n.objective.size() + n.assessment.size() + head.size() +
           treatment.size() + second.size() + after.size() + home.size() + next.size();
  };
  constexpr std::size_t kLongNote = 600;
  if (total() > kLongNote) second.clear();
  if (total() > kLongNote) home.clear();
  n.plan = head + treatment + second + after + home + next;
  return n;
}

}  // namespace myochart::demo::detail
