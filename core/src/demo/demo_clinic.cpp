// The demo clinic generator: people, intake records, courses of sessions and their body charts,
// written through the public repositories in batches of clients per transaction.
#include "myochart/demo/demo_clinic.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "demo/demo_complaints.h"
#include "demo/demo_history.h"
#include "demo/demo_marks.h"
#include "demo/demo_people.h"
#include "demo/demo_random.h"
#include "myochart/chart/body_chart.h"
#include "myochart/errors.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/clients.h"
#include "myochart/storage/clinical_records.h"
#include "myochart/storage/sessions.h"
#include "myochart/storage/transaction.h"

namespace myochart::demo {

namespace {

using namespace std::chrono;
using chart::MarkShape;
using detail::Random;
using detail::RegionShape;
using detail::ResolvedMark;

/// Clients written per transaction: large enough to amortise the commit (fsync), small
/// enough that a failure loses little and progress moves.
constexpr int kBatch = 1000;
/// The history reaches back this many days before options.until.
constexpr int kHistoryDays = 6 * 365;

constexpr std::string_view kTherapists[] = {"Maya Lindqvist", "Tomasz Wróbel", "Grace Adeyemi",
                                            "Daniel Seo", "Lucía Ferrer"};
constexpr std::string_view kReception = "Olivia Brandt";

Date add_days(Date d, int n) {
  return Date{sys_days{d} + days{n}};
}
int days_between(Date from, Date to) {
  return static_cast<int>((sys_days{to} - sys_days{from}).count());
}

// ---- when sessions happen ----------------------------------------------------------------

int pick_session_count(Random& rng) {
  // Many come once or twice, a minority are regulars: mean about 4 sessions per client.
  constexpr int kLo[] = {1, 2, 5, 13};
  constexpr int kHi[] = {1, 4, 12, 30};
  constexpr int kWeights[] = {45, 33, 16, 6};
  const std::size_t b = rng.weighted(kWeights);
  return rng.between(kLo[b], kHi[b]);
}

/// Moves a weekend day to a working day (Saturday mornings are open now and then), staying
/// on or before `until`.
Date working_day(Random& rng, Date d, Date until, bool& saturday) {
  const weekday wd{sys_days{d}};
  saturday = false;
  if (wd == Saturday && rng.chance(0.35)) {
    saturday = true;
    return d;
  }
  if (wd == Saturday || wd == Sunday) {
    const Date monday = add_days(d, wd == Saturday ? 2 : 1);
    return monday <= until ? monday : add_days(d, wd == Saturday ? -1 : -2);
  }
  return d;
}

struct Visit {
  Timestamp start{};
  Date day{};
};

/// Session days of one client: the first visit no earlier than the client's 16th birthday,
/// none after `until`, weekly to fortnightly at first, then monthly, sometimes a long break.
std::vector<Visit> plan_visits(Random& rng, Date birth, Date until, int count) {
  const Date sixteen{birth.year() + years{16}, birth.month(),
                     day{std::min(static_cast<unsigned>(birth.day()), 28u)}};
  const int max_span = std::max(0, std::min(kHistoryDays, days_between(sixteen, until)));
  std::vector<int> gaps;
  int span = 0;
  for (int k = 1; k < count; ++k) {
    int gap = k < 4 ? rng.between(7, 21) : rng.between(14, 49);
    if (count > 5 && rng.chance(0.05)) gap = rng.between(121, 300);
    if (span + gap > max_span) break;
    gaps.push_back(gap);
    span += gap;
  }
  // Later first visits are likelier: the clinic has grown.
  const double u = rng.unit();
  const int offset = static_cast<int>((max_span - span) * (1.0 - std::sqrt(u)));
  Date d = add_days(until, -(offset + span));
  std::vector<Visit> visits;
  Date previous{};
  for (std::size_t k = 0; k <= gaps.size(); ++k) {
    if (k > 0) d = add_days(d, gaps[k - 1]);
    bool saturday = false;
    Date day = working_day(rng, d, until, saturday);
    if (k > 0 && day <= previous) day = add_days(previous, 1);
    if (day > until) break;
    previous = day;
    constexpr int kHourWeights[] = {3, 6, 7, 7, 5, 6, 7, 7, 8, 8, 6, 3};  // 08:00 to 19:00
    const int hour =
        saturday ? rng.between(9, 12) : 8 + static_cast<int>(rng.weighted(kHourWeights));
    const int minute = rng.chance(0.85) ? (rng.chance(0.5) ? 0 : 30) : (rng.chance(0.5) ? 15 : 45);
    visits.push_back({Timestamp{sys_days{day} + hours{hour} + minutes{minute}}, day});
  }
  return visits;
}

// ---- consents ----------------------------------------------------------------------------

/// The consent form in use on a day: forms were revised every year or two before `until`.
std::string form_version(Date on, Date until) {
  const int y = static_cast<int>(until.year());
  const std::array<Date, 5> revisions = {
      Date{year{y - 7}, January, day{1}}, Date{year{y - 5}, June, day{1}},
      Date{year{y - 3}, January, day{1}}, Date{year{y - 2}, September, day{1}},
      Date{year{y - 1}, March, day{1}}};
  Date in_use = revisions.front();
  for (const Date& r : revisions)
    if (r <= on) in_use = r;
  return format_date(in_use).substr(0, 7);
}

std::vector<Consent> make_consents(Random& rng, const detail::Person& p, Date first, Date until,
                                   std::string_view therapist, bool sensitive) {
  std::vector<Consent> out;
  const std::string version = form_version(first, until);
  const auto add = [&](std::string_view kind) -> Consent& {
    Consent& c = out.emplace_back();
    c.kind = kind;
    c.given_on = first;
    c.document_version = version;
    if (rng.chance(0.3)) c.witnessed_by = rng.chance(0.6) ? therapist : kReception;
    return c;
  };
  add("treatment");
  if (rng.chance(0.85)) add("privacy");
  if (age_on(*p.client.date_of_birth, first) < 18) {
    Consent& g = add("guardian");
    g.witnessed_by = therapist;
    const auto& ec = p.client.emergency_contact;
    g.notes = !ec.name.empty() && (ec.relationship == "mother" || ec.relationship == "father")
                  ? "Signed by the client's " + ec.relationship + ", " + ec.name + "."
                  : "Signed by a parent.";
  }
  if (rng.chance(0.4)) {
    Consent& c = add("communication");
    if (rng.chance(0.1) && days_between(first, until) > 60) {
      c.withdrawn_on = add_days(first, rng.between(30, days_between(first, until)));
      c.notes = "Asked to stop e-mail reminders.";
    }
  }
  if (sensitive && rng.chance(0.6)) add("sensitive_areas");
  if (!p.client.physician.name.empty() && rng.chance(0.15)) add("information_sharing");
  if (rng.chance(0.04)) add("photography");
  return out;
}

// ---- one client --------------------------------------------------------------------------

struct Writers {
  storage::Clients clients;
  storage::HealthHistory health;
  storage::Contraindications contraindications;
  storage::Consents consents;
  storage::Sessions sessions;
  storage::ChartMarks marks;

  explicit Writers(storage::Database& db)
      : clients(db), health(db), contraindications(db), consents(db), sessions(db), marks(db) {}
};

/// What one client brings and goes through, decided before anything is written.
struct ClientPlan {
  detail::Person person;
  std::vector<Visit> visits;
  detail::History history;
  const detail::Complaint* complaint = nullptr;
  const std::vector<ResolvedMark>* marks = nullptr;  ///< the complaint's, on its side
  detail::Course course;
  const RegionShape* avoid = nullptr;  ///< region of a local contraindication
  std::string_view therapist;          ///< the one the client usually sees
};

class Generator {
 public:
  Generator(const DemoOptions& o, const chart::BodyChart& c)
      : options_(o), chart_(c), anatomy_(c), marks_by_complaint_(detail::resolve_marks(anatomy_)) {}

  /// Writes client number `index` (0-based) with everything that belongs to them.
  void client(storage::WriteTransaction& tx, Writers& w, int index) {
    Random rng(detail::mix_seed(options_.seed, static_cast<std::uint64_t>(index)));
    ClientPlan plan = plan_client(rng);
    write_intake(tx, w, rng, plan);
    write_sessions(tx, w, rng, plan);
  }

  /// Signs the sessions of the clients written since the last call. Signing them together,
  /// just before the commit, lets SQLite's full-text index of the notes flush its pending rows
  /// once per batch: it flushes them at every statement that opens a savepoint (a signature
  /// does), which costs a new index segment, and merges, each time.
  void sign_batch(storage::WriteTransaction& tx, Writers& w);

  const DemoSummary& summary() const { return summary_; }

 private:
  ClientPlan plan_client(Random& rng) const;
  void write_intake(storage::WriteTransaction& tx, Writers& w, Random& rng, ClientPlan& plan);
  void write_sessions(storage::WriteTransaction& tx, Writers& w, Random& rng,
                      const ClientPlan& plan);
  void write_marks(storage::WriteTransaction& tx, Writers& w, Random& rng, const ClientPlan& plan,
                   const Session& s, int visit, bool redraw);

  const DemoOptions& options_;
  const chart::BodyChart& chart_;
  detail::Anatomy anatomy_;
  detail::ComplaintMarks marks_by_complaint_;
  DemoSummary summary_;
  struct Signature {
    Id session = 0;
    RowVersion version = 0;
    std::string by;
    Timestamp at{};
  };
  std::vector<Signature> signatures_;
};

ClientPlan Generator::plan_client(Random& rng) const {
  const Date until = options_.until;
  ClientPlan plan;
  plan.person = detail::make_person(rng, until);
  const Date birth = *plan.person.client.date_of_birth;
  plan.visits = plan_visits(rng, birth, until, pick_session_count(rng));
  const Date first = plan.visits.front().day;
  const int age_then = age_on(birth, first);
  const bool pregnant = plan.person.sex == detail::Sex::kFemale && age_then >= 22 &&
                        age_then <= 42 && rng.chance(0.05);
  if (pregnant)  // sessions only while pregnant
    std::erase_if(plan.visits, [&](const Visit& v) { return days_between(first, v.day) > 150; });
  plan.history = detail::make_history(rng, plan.person, first, until, pregnant, chart_);

  // The complaint, kept off the region of a local contraindication.
  std::string_view avoid_region;
  for (const auto& c : plan.history.contraindications)
    if (c.severity == Severity::kLocal && !c.region_id.empty()) {
      plan.avoid = anatomy_.find_any(c.region_id);
      avoid_region = c.region_id;
      break;
    }
  const std::string side = rng.chance(0.6) ? "right" : "left";
  const std::size_t side_index = side == "left" ? 0 : 1;
  const auto marks_of = [&](const detail::Complaint& c) -> const std::vector<ResolvedMark>& {
    const auto index = static_cast<std::size_t>(&c - detail::complaints().data());
    return marks_by_complaint_[index][side_index];
  };
  plan.complaint = &detail::prenatal_complaint();
  for (int attempt = 0; !pregnant && attempt < 4; ++attempt) {
    plan.complaint = &detail::pick_complaint(rng, plan.person);
    const auto& marks = marks_of(*plan.complaint);
    if (marks.empty() || marks.front().where->region->id != avoid_region) break;
  }
  plan.marks = &marks_of(*plan.complaint);
  plan.course = detail::start_course(rng, *plan.complaint, side);
  plan.therapist = kTherapists[rng.index(std::size(kTherapists))];
  return plan;
}

void Generator::write_intake(storage::WriteTransaction& tx, Writers& w, Random& rng,
                             ClientPlan& plan) {
  const Date until = options_.until;
  Client& c = plan.person.client;
  if (days_between(plan.visits.back().day, until) > 2 * 365 && rng.chance(0.05)) {
    c.archived = true;
    c.notes += c.notes.empty() ? "Moved away." : " Moved away.";
  }
  w.clients.add(tx, c);
  ++summary_.clients;
  for (HealthEntry& e : plan.history.health) {
    e.client_id = c.id;
    w.health.add(tx, e);
    ++summary_.health_entries;
  }
  for (Contraindication& k : plan.history.contraindications) {
    k.client_id = c.id;
    w.contraindications.add(tx, k);
    ++summary_.contraindications;
  }
  const bool sensitive = std::any_of(plan.marks->begin(), plan.marks->end(), [](const auto& m) {
    const std::string& id = m.where->region->id;
    return id.find("buttock") != std::string::npos || id == "sacral" ||
           id.find("chest") != std::string::npos;
  });
  const Date first = plan.visits.front().day;
  for (Consent& k : make_consents(rng, plan.person, first, until, plan.therapist, sensitive)) {
    k.client_id = c.id;
    w.consents.add(tx, k);
    ++summary_.consents;
  }
}

void Generator::write_sessions(storage::WriteTransaction& tx, Writers& w, Random& rng,
                               const ClientPlan& plan) {
  const Date until = options_.until;
  const auto& visits = plan.visits;
  const detail::Complaint& complaint = *plan.complaint;
  const detail::Course& course = plan.course;
  const int n = static_cast<int>(visits.size());
  const auto day_of = [&](int k) { return visits[static_cast<std::size_t>(k)].day; };

  // The last note or two of a recent client may still be drafts; now and then an old one.
  int drafts = 0;
  if (days_between(day_of(n - 1), until) <= 21 && rng.chance(0.6)) {
    drafts = 1;
    if (n >= 2 && days_between(day_of(n - 2), until) <= 35 && rng.chance(0.35)) drafts = 2;
  } else if (rng.chance(0.03)) {
    drafts = 1;
  }
  constexpr int kDurations[] = {30, 45, 60, 75, 90};
  constexpr int kDurationWeights[] = {8, 15, 52, 10, 15};
  const auto any_modality = [&] {
    return complaint.modalities[rng.index(complaint.modalities.size())];
  };
  const int usual_duration = kDurations[rng.weighted(kDurationWeights)];
  const std::string_view usual_modality =
      rng.chance(0.5) ? complaint.modalities.front() : any_modality();

  // Pain eases towards a floor, with the odd flare-up, and returns after a long break.
  const int floor_pain = std::max(1, course.intake_pain / 3);
  double level = course.intake_pain;
  std::vector<Session> sessions(static_cast<std::size_t>(n));
  std::vector<bool> redraw(static_cast<std::size_t>(n));
  int previous_pain = course.intake_pain;
  for (int k = 0; k < n; ++k) {
    const int since = k == 0 ? 0 : days_between(day_of(k - 1), day_of(k));
    if (since > 120)
      level = std::max(level, course.intake_pain - 1.0 + rng.between(0, 1));
    else if (k > 0)
      level = floor_pain + (level - floor_pain) * rng.real(0.7, 0.92);
    if (k > 0 && rng.chance(0.08)) level = std::min(10.0, level + 2);
    const int jitter = rng.chance(0.25) ? rng.between(-1, 1) : 0;
    const int before = std::clamp(static_cast<int>(std::round(level)) + jitter, 1, 10);
    const int after = rng.chance(0.85) ? std::max(0, before - rng.between(1, 3)) : before;

    Session& s = sessions[static_cast<std::size_t>(k)];
    s.client_id = plan.person.client.id;
    s.therapist = rng.chance(0.8) ? plan.therapist : kTherapists[rng.index(std::size(kTherapists))];
    s.started_at = visits[static_cast<std::size_t>(k)].start;
    s.duration_minutes =
        rng.chance(0.8) ? usual_duration : kDurations[rng.weighted(kDurationWeights)];
    s.modality = rng.chance(0.75) ? usual_modality : any_modality();
    s.pain_before = before;
    s.pain_after = after;

    detail::Visit note;
    note.index = k;
    note.days_since_last = since;
    note.pain_before = before;
    note.pain_after = after;
    note.previous_pain = previous_pain;
    note.duration_minutes = s.duration_minutes;
    note.modality = s.modality;
    note.work = plan.person.work;
    if (k + 1 < n)
      note.rebook_weeks = std::max(1, (days_between(day_of(k), day_of(k + 1)) + 3) / 7);
    else
      note.rebook_weeks =
          days_between(day_of(k), until) <= 30 || rng.chance(0.4) ? rng.between(2, 4) : 0;
    s.soap = detail::write_soap(rng, course, note);
    // The pain drawing is redrawn as an area at intake and when the pain rose; otherwise the
    // therapist taps its centre.
    redraw[static_cast<std::size_t>(k)] = k == 0 || before > previous_pain || rng.chance(0.3);
    previous_pain = before;
  }

  for (int k = 0; k < n; ++k) {
    Session& s = sessions[static_cast<std::size_t>(k)];
    w.sessions.add(tx, s);
    ++summary_.sessions;
    write_marks(tx, w, rng, plan, s, k, redraw[static_cast<std::size_t>(k)]);
    if (k < n - drafts) {
      // Signed at the end of the session or a little later, the same day. The signature is
      // written with the batch (see sign_batch), after the marks: a signed chart is locked.
      const Timestamp at = s.started_at + minutes{s.duration_minutes + rng.between(2, 90)};
      signatures_.push_back({s.id, s.row_version, s.therapist, at});
    }
  }
}

void Generator::sign_batch(storage::WriteTransaction& tx, Writers& w) {
  for (const Signature& s : signatures_) w.sessions.sign(tx, s.session, s.version, s.by, s.at);
  signatures_.clear();
}

void Generator::write_marks(storage::WriteTransaction& tx, Writers& w, Random& rng,
                            const ClientPlan& plan, const Session& s, int visit, bool redraw) {
  const std::vector<ResolvedMark>& marks = *plan.marks;
  // The complaint's first mark every time, then a random few of the others.
  constexpr int kMarkWeights[] = {45, 35, 15, 5};
  const std::size_t wanted = std::min(marks.size(), 1 + rng.weighted(kMarkWeights));
  std::array<std::size_t, 8> order{};
  const std::size_t count = std::min(marks.size(), order.size());
  for (std::size_t i = 0; i < count; ++i) order[i] = i;
  for (std::size_t i = count; i > 2; --i) std::swap(order[i - 1], order[1 + rng.index(i - 1)]);
  for (std::size_t i = 0; i < wanted; ++i) {
    chart::ChartMark m = detail::make_mark(rng, marks[order[i]], *s.pain_before, i == 0 && !redraw);
    m.session_id = s.id;
    if (m.kind == "pain" || m.kind == "numbness") m.quality = plan.course.quality;
    w.marks.add(tx, m);
    ++summary_.marks;
  }
  if (visit == 0 && plan.avoid != nullptr) {
    chart::ChartMark m;
    m.session_id = s.id;
    m.view = plan.avoid->view;
    m.shape = MarkShape::kArea;
    m.kind = "avoid";
    m.points = detail::blob(rng, *plan.avoid, 0.9);
    m.note = "Contraindicated area: see the client's alerts";
    w.marks.add(tx, m);
    ++summary_.marks;
  }
}

}  // namespace

DemoSummary generate_demo_clinic(storage::Database& db, const DemoOptions& options) {
  if (options.clients < 0)
    throw ValidationError("clients", "is negative", "a number of clients from 0 up");
  if (!options.until.ok()) throw ValidationError("until", "is not a calendar date", "YYYY-MM-DD");
  // Records may not be dated in the future; this guard is the only use of the clock here.
  if (options.until > today())
    throw ValidationError("until", "is in the future", "a date up to today");
  const Date earliest{year{1990}, January, day{1}};
  if (options.until < earliest)
    throw ValidationError("until", "is too early for a demo history", "a date from 1990-01-01");

  Writers writers(db);  // prepared statements, reused for the whole run
  if (writers.clients.count(true) > 0)
    throw Error(
        "the database already holds clients; a demo clinic is only generated into an empty "
        "database");

  Generator gen(options, chart::BodyChart::standard());
  for (int start = 0; start < options.clients; start += kBatch) {
    const int end = std::min(options.clients, start + kBatch);
    storage::WriteTransaction tx(db);
    for (int i = start; i < end; ++i) {
      gen.client(tx, writers, i);
      if (options.progress && (i + 1) % 250 == 0 && i + 1 < end)
        options.progress(i + 1, options.clients);
    }
    gen.sign_batch(tx, writers);
    tx.commit();
    if (options.progress) options.progress(end, options.clients);
  }
  return gen.summary();
}

}  // namespace myochart::demo
