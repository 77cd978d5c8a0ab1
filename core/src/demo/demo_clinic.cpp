// The demo clinic generator: people, intake records, courses of sessions and their body charts,
// written through the public repositories in batches of clients per transaction.
#include "myochart/demo/demo_clinic.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "demo/demo_complaints.h"
#include "demo/demo_history.h"
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
using chart::Point;
using chart::View;
using detail::Random;

/// Clients written per transaction: large enough to amortise the commit (fsync), small
/// enough that a failure loses little and progress moves.
constexpr int kBatch = 500;
/// The history reaches back this many days before options.until.
constexpr int kHistoryDays = 6 * 365;

constexpr std::string_view kTherapists[] = {"Maya Lindqvist", "Tomasz Wróbel", "Grace Adeyemi",
                                            "Daniel Seo", "Lucía Ferrer"};
constexpr std::string_view kReception = "Olivia Brandt";

Date add_days(Date d, int n) { return Date{sys_days{d} + days{n}}; }
int days_between(Date from, Date to) {
  return static_cast<int>((sys_days{to} - sys_days{from}).count());
}

/// Chart coordinates rounded to 4 decimals (a tenth of a pixel on a 1000-pixel-high chart).
double round4(double v) { return std::clamp(std::round(v * 10000.0) / 10000.0, 0.0, 1.0); }

// ---- where marks go ----------------------------------------------------------------------

/// A region of a template with the point deepest inside it, where marks are centred.
struct RegionShape {
  const chart::Region* region = nullptr;
  View view = View::kPosterior;
  Point anchor;
  double radius = 0;    ///< distance from the anchor to the border, canvas units
  double width = 0;     ///< bounding box in canvas units (x scaled by kChartAspect)
  double height = 0;
};

RegionShape shape_of(View view, const chart::Region& r) {
  RegionShape s;
  s.region = &r;
  s.view = view;
  double x0 = 1, x1 = 0, y0 = 1, y1 = 0;
  for (const Point& p : r.polygon) {
    x0 = std::min(x0, p.x), x1 = std::max(x1, p.x);
    y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
  }
  s.width = (x1 - x0) * chart::kChartAspect;
  s.height = y1 - y0;
  s.anchor = chart::centroid(r.polygon);
  s.radius = chart::contains(r.polygon, s.anchor) ? chart::distance_to_border(r.polygon, s.anchor)
                                                  : -1;
  // Improve on the centroid with the grid point farthest from the border.
  constexpr int kGrid = 16;
  for (int i = 1; i < kGrid; ++i) {
    for (int j = 1; j < kGrid; ++j) {
      const Point q{x0 + (x1 - x0) * i / kGrid, y0 + (y1 - y0) * j / kGrid};
      if (!chart::contains(r.polygon, q)) continue;
      const double d = chart::distance_to_border(r.polygon, q);
      if (d > s.radius) {
        s.radius = d;
        s.anchor = q;
      }
    }
  }
  s.radius = std::max(s.radius, 0.002);
  return s;
}

/// Every region of every view, by view and id.
class Anatomy {
 public:
  explicit Anatomy(const chart::BodyChart& chart) {
    for (View v : chart::kAllViews)
      for (const chart::Region& r : chart.view(v).regions())
        shapes_.emplace(key(v, r.id), shape_of(v, r));
  }
  const RegionShape* find(View v, std::string_view id) const {
    const auto it = shapes_.find(key(v, id));
    return it == shapes_.end() ? nullptr : &it->second;
  }
  /// The region in the first view (posterior, anterior, lateral) that has it.
  const RegionShape* find_any(std::string_view id) const {
    for (View v : {View::kPosterior, View::kAnterior, View::kLeftLateral, View::kRightLateral})
      if (const RegionShape* s = find(v, id)) return s;
    return nullptr;
  }

 private:
  static std::string key(View v, std::string_view id) {
    return std::string(chart::to_string(v)) + "/" + std::string(id);
  }
  std::map<std::string, RegionShape, std::less<>> shapes_;
};

/// A complaint's mark resolved for one side: the region it goes on and its texts.
struct ResolvedMark {
  const detail::MarkSpec* spec = nullptr;
  const RegionShape* where = nullptr;
  std::string muscle;
  std::string note;
};

/// Marks of every complaint for either side, resolved once ([complaint][0 left, 1 right]).
/// Marks whose region the templates lack are left out.
std::vector<std::array<std::vector<ResolvedMark>, 2>> resolve_marks(const Anatomy& anatomy) {
  std::vector<std::array<std::vector<ResolvedMark>, 2>> out;
  for (const detail::Complaint& c : detail::complaints()) {
    auto& per_side = out.emplace_back();
    for (int s = 0; s < 2; ++s) {
      const std::string_view side = s == 0 ? "left" : "right";
      for (const detail::MarkSpec& spec : c.marks) {
        const View view = spec.side_view ? (s == 0 ? View::kLeftLateral : View::kRightLateral)
                                         : spec.view;
        const RegionShape* where = anatomy.find(view, detail::with_side(spec.region, side));
        if (where == nullptr) continue;
        per_side[static_cast<std::size_t>(s)].push_back(
            {&spec, where, std::string(spec.muscle), detail::with_side(spec.note, side)});
      }
    }
  }
  return out;
}

Point jittered_point(Random& rng, const RegionShape& s, double spread) {
  for (int attempt = 0; attempt < 6; ++attempt) {
    const double dx = rng.real(-1, 1) * spread * s.radius / chart::kChartAspect;
    const double dy = rng.real(-1, 1) * spread * s.radius;
    const Point q{round4(s.anchor.x + dx), round4(s.anchor.y + dy)};
    if (chart::contains(s.region->polygon, q)) return q;
  }
  return {round4(s.anchor.x), round4(s.anchor.y)};
}

// Unit octagon, counter-clockwise from 3 o'clock (cos and sin of k * 45 degrees).
constexpr double kRoot = 0.7071067811865476;
constexpr Point kOctagon[] = {{1, 0},  {kRoot, kRoot},   {0, 1},  {-kRoot, kRoot},
                              {-1, 0}, {-kRoot, -kRoot}, {0, -1}, {kRoot, -kRoot}};

std::vector<Point> blob(Random& rng, const RegionShape& s, double size) {
  const Point c = jittered_point(rng, s, 0.3);
  const double r = s.radius * size;
  std::vector<Point> points;
  points.reserve(std::size(kOctagon));
  for (const Point& u : kOctagon) {
    const double k = r * rng.real(0.75, 1.0);
    points.push_back({round4(c.x + u.x * k / chart::kChartAspect), round4(c.y + u.y * k)});
  }
  return points;
}

std::vector<Point> stroke(Random& rng, const RegionShape& s) {
  const Point c = jittered_point(rng, s, 0.25);
  // Along the region's longer side, tilted a little; a gentle zigzag across it.
  const bool across = s.width > s.height;
  const double tilt = rng.real(-0.35, 0.35);
  const Point dir = across ? Point{1, tilt} : Point{tilt, 1};
  const Point normal{-dir.y, dir.x};
  const double half = s.radius * rng.real(0.8, 1.2);
  std::vector<Point> points;
  constexpr int kSteps = 5;
  for (int i = 0; i < kSteps; ++i) {
    const double t = -half + 2 * half * i / (kSteps - 1);
    const double wave = (i % 2 == 0 ? 1 : -1) * s.radius * 0.2;
    points.push_back({round4(c.x + (dir.x * t + normal.x * wave) / chart::kChartAspect),
                      round4(c.y + dir.y * t + normal.y * wave)});
  }
  return points;
}

/// A mark of the spec; `as_point` draws an area as a point at its centre.
chart::ChartMark make_mark(Random& rng, const ResolvedMark& rm, int pain, bool as_point) {
  chart::ChartMark m;
  m.view = rm.where->view;
  m.shape = as_point && rm.spec->shape == MarkShape::kArea ? MarkShape::kPoint : rm.spec->shape;
  m.kind = rm.spec->kind;
  m.muscle_id = rm.muscle;
  switch (m.shape) {
    case MarkShape::kPoint: m.points = {jittered_point(rng, *rm.where, 0.8)}; break;
    case MarkShape::kArea:
      m.points = blob(rng, *rm.where, m.kind == "treated" ? 1.4 : rng.real(0.9, 1.3));
      break;
    case MarkShape::kStroke: m.points = stroke(rng, *rm.where); break;
  }
  const int jitter = rng.chance(0.4) ? rng.between(-1, 1) : 0;
  if (m.kind == "tension")
    m.intensity = std::clamp(pain - 1 + jitter, 2, 8);
  else if (m.kind == "treated")
    m.intensity = 5;
  else
    m.intensity = std::clamp(pain + jitter, 1, 10);
  if (!rm.note.empty() && rng.chance(0.12)) m.note = rm.note;
  return m;
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
    const int hour = saturday ? rng.between(9, 12) : 8 + static_cast<int>(rng.weighted(kHourWeights));
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

struct Generator {
  const DemoOptions& options;
  const chart::BodyChart& chart;
  Anatomy anatomy;
  std::vector<std::array<std::vector<ResolvedMark>, 2>> marks_by_complaint;
  DemoSummary summary;

  Generator(const DemoOptions& o, const chart::BodyChart& c)
      : options(o), chart(c), anatomy(c), marks_by_complaint(resolve_marks(anatomy)) {}

  std::size_t complaint_index(const detail::Complaint& c) const {
    return static_cast<std::size_t>(&c - detail::complaints().data());
  }

  void client(storage::WriteTransaction& tx, Writers& w, int index);
};

void Generator::client(storage::WriteTransaction& tx, Writers& w, int index) {
  Random rng(detail::mix_seed(options.seed, static_cast<std::uint64_t>(index)));
  const Date until = options.until;
  detail::Person person = detail::make_person(rng, until);
  const Date birth = *person.client.date_of_birth;

  std::vector<Visit> visits = plan_visits(rng, birth, until, pick_session_count(rng));
  const Date first = visits.front().day;
  const int age_then = age_on(birth, first);
  const bool pregnant = person.sex == detail::Sex::kFemale && age_then >= 22 && age_then <= 42 &&
                        rng.chance(0.05);
  if (pregnant) {  // sessions only while pregnant
    std::erase_if(visits, [&](const Visit& v) { return days_between(first, v.day) > 150; });
  }
  detail::History history = detail::make_history(rng, person, first, until, pregnant, chart);

  // The complaint, and the region any active local contraindication keeps the hands off.
  const RegionShape* avoid = nullptr;
  std::string avoid_region;
  for (const auto& c : history.contraindications)
    if (c.severity == Severity::kLocal && c.region_id.size()) {
      avoid = anatomy.find_any(c.region_id);
      avoid_region = c.region_id;
      break;
    }
  const std::string side = rng.chance(0.6) ? "right" : "left";
  const std::size_t side_index = side == "left" ? 0 : 1;
  const detail::Complaint* complaint = &detail::prenatal_complaint();
  for (int attempt = 0; !pregnant && attempt < 4; ++attempt) {
    complaint = &detail::pick_complaint(rng, person);
    const auto& resolved = marks_by_complaint[complaint_index(*complaint)][side_index];
    if (resolved.empty() || resolved.front().where->region->id != avoid_region) break;
  }
  const auto& resolved = marks_by_complaint[complaint_index(*complaint)][side_index];
  const detail::Course course = detail::start_course(rng, *complaint, side);

  // Intake.
  Client& c = person.client;
  if (days_between(visits.back().day, until) > 2 * 365 && rng.chance(0.05)) {
    c.archived = true;
    c.notes += c.notes.empty() ? "Moved away." : " Moved away.";
  }
  w.clients.add(tx, c);
  ++summary.clients;
  for (HealthEntry& e : history.health) {
    e.client_id = c.id;
    w.health.add(tx, e);
    ++summary.health_entries;
  }
  for (Contraindication& k : history.contraindications) {
    k.client_id = c.id;
    w.contraindications.add(tx, k);
    ++summary.contraindications;
  }
  const std::string_view primary = kTherapists[rng.index(std::size(kTherapists))];
  const bool sensitive = std::any_of(resolved.begin(), resolved.end(), [](const ResolvedMark& m) {
    const std::string& id = m.where->region->id;
    return id.find("buttock") != std::string::npos || id == "sacral" ||
           id.find("chest") != std::string::npos;
  });
  for (Consent& k : make_consents(rng, person, first, until, primary, sensitive)) {
    k.client_id = c.id;
    w.consents.add(tx, k);
    ++summary.consents;
  }

  // The course of sessions: pain eases gradually, with the odd flare-up.
  const int n = static_cast<int>(visits.size());
  int drafts = 0;
  if (days_between(visits.back().day, until) <= 21 && rng.chance(0.6)) {
    drafts = 1;
    if (n >= 2 && days_between(visits[static_cast<std::size_t>(n - 2)].day, until) <= 35 &&
        rng.chance(0.35))
      drafts = 2;
  } else if (rng.chance(0.03)) {
    drafts = 1;  // a note the therapist never got round to signing
  }
  constexpr int kDurations[] = {30, 45, 60, 75, 90};
  constexpr int kDurationWeights[] = {8, 15, 52, 10, 15};
  const int usual_duration = kDurations[rng.weighted(kDurationWeights)];
  const std::string_view usual_modality =
      rng.chance(0.5) ? complaint->modalities.front()
                      : complaint->modalities[rng.index(complaint->modalities.size())];
  const int floor_pain = std::max(1, course.intake_pain / 3);
  double level = course.intake_pain;
  int previous_pain = course.intake_pain;
  for (int k = 0; k < n; ++k) {
    const Visit& v = visits[static_cast<std::size_t>(k)];
    const int since = k == 0 ? 0 : days_between(visits[static_cast<std::size_t>(k - 1)].day, v.day);
    if (since > 120)
      level = std::max(level, course.intake_pain - 1.0 + rng.between(0, 1));
    else if (k > 0)
      level = floor_pain + (level - floor_pain) * rng.real(0.7, 0.92);
    if (k > 0 && rng.chance(0.08)) level = std::min(10.0, level + 2);
    const int jitter = rng.chance(0.25) ? rng.between(-1, 1) : 0;
    const int before = std::clamp(static_cast<int>(std::round(level)) + jitter, 1, 10);
    const int after = rng.chance(0.85) ? std::max(0, before - rng.between(1, 3)) : before;

    Session s;
    s.client_id = c.id;
    s.therapist = rng.chance(0.8) ? primary : kTherapists[rng.index(std::size(kTherapists))];
    s.started_at = v.start;
    s.duration_minutes = rng.chance(0.8) ? usual_duration : kDurations[rng.weighted(kDurationWeights)];
    s.modality = rng.chance(0.75) ? usual_modality
                                  : complaint->modalities[rng.index(complaint->modalities.size())];
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
    note.work = person.work;
    if (k + 1 < n)
      note.rebook_weeks =
          std::max(1, (days_between(v.day, visits[static_cast<std::size_t>(k + 1)].day) + 3) / 7);
    else
      note.rebook_weeks = days_between(v.day, until) <= 30 || rng.chance(0.4) ? rng.between(2, 4) : 0;
    s.soap = detail::write_soap(rng, course, note);
    previous_pain = before;
    w.sessions.add(tx, s);
    ++summary.sessions;

    // Marks go on before signing: a signed chart is locked.
    constexpr int kMarkWeights[] = {45, 35, 15, 5};
    const std::size_t wanted = std::min(resolved.size(), 1 + rng.weighted(kMarkWeights));
    std::array<std::size_t, 8> order{};
    const std::size_t count = std::min(resolved.size(), order.size());
    for (std::size_t i = 0; i < count; ++i) order[i] = i;
    for (std::size_t i = count; i > 2; --i) std::swap(order[i - 1], order[1 + rng.index(i - 1)]);
    for (std::size_t i = 0; i < wanted; ++i) {
      // The pain drawing is redrawn as an area at intake and when it changed; otherwise the
      // therapist taps its centre.
      const bool redraw = k == 0 || before > note.previous_pain || rng.chance(0.3);
      chart::ChartMark m = make_mark(rng, resolved[order[i]], before, i == 0 && !redraw);
      m.session_id = s.id;
      if (m.kind == "pain" || m.kind == "numbness") m.quality = course.quality;
      w.marks.add(tx, m);
      ++summary.marks;
    }
    if (k == 0 && avoid != nullptr) {
      chart::ChartMark m;
      m.session_id = s.id;
      m.view = avoid->view;
      m.shape = MarkShape::kArea;
      m.kind = "avoid";
      m.points = blob(rng, *avoid, 0.9);
      m.note = "Contraindicated area: see the client's alerts";
      w.marks.add(tx, m);
      ++summary.marks;
    }
    if (k < n - drafts) w.sessions.sign(tx, s.id, s.row_version, s.therapist);
  }
}

}  // namespace

DemoSummary generate_demo_clinic(storage::Database& db, const DemoOptions& options) {
  if (options.clients < 0)
    throw ValidationError("clients", "is negative", "a number of clients from 0 up");
  if (!options.until.ok())
    throw ValidationError("until", "is not a calendar date", "YYYY-MM-DD");
  // Records may not be dated in the future; the guard is the only use of the clock here.
  if (options.until > today())
    throw ValidationError("until", "is in the future", "a date up to today");
  const Date earliest{year{1990}, January, day{1}};
  if (options.until < earliest)
    throw ValidationError("until", "is too early for a demo history", "a date from 1990-01-01");

  if (storage::Clients(db).count(true) > 0)
    throw Error("the database already holds clients; a demo clinic is only generated into an "
                "empty database");

  Generator gen(options, chart::BodyChart::standard());
  for (int start = 0; start < options.clients; start += kBatch) {
    const int end = std::min(options.clients, start + kBatch);
    storage::WriteTransaction tx(db);
    {
      // The repositories' prepared statements are finalised before the commit: SQLite refuses
      // to commit while an INSERT ... RETURNING statement has not been reset.
      Writers writers(db);
      for (int i = start; i < end; ++i) {
        gen.client(tx, writers, i);
        if (options.progress && (i + 1) % 250 == 0 && i + 1 < end)
          options.progress(i + 1, options.clients);
      }
    }
    tx.commit();
    if (options.progress) options.progress(end, options.clients);
  }
  return gen.summary;
}

}  // namespace myochart::demo
