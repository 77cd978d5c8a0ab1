#include "myochart/storage/chart_marks.h"

#include <soci/soci.h>

#include "myochart/errors.h"
#include "storage/internal.h"
#include "storage/row_reader.h"
#include "storage/soci_errors.h"

namespace myochart::storage {

using detail::guarded;
using soci::use;

namespace {

std::string points_to_json(const std::vector<chart::Point>& points) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& p : points) j.push_back({p.x, p.y});
  return j.dump();
}

std::vector<chart::Point> points_from_json(const std::string& text) {
  std::vector<chart::Point> out;
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array())
    throw StorageError("a chart mark holds damaged points; run `myochart-cli db check`");
  for (const auto& p : j) {
    if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number())
      throw StorageError("a chart mark holds damaged points; run `myochart-cli db check`");
    out.push_back({p[0].get<double>(), p[1].get<double>()});
  }
  return out;
}

constexpr const char* kColumns =
    "id, session_id, row_version, view, shape, points, kind, intensity, quality, muscle_id, note, "
    "attributes, created_at, updated_at";

chart::ChartMark read_mark(const soci::row& row) {
  detail::RowReader r(row);
  chart::ChartMark m;
  m.id = r.integer();
  m.session_id = r.integer();
  m.row_version = r.integer();
  m.view = chart::view_from_string(r.text()).value_or(chart::View::kPosterior);
  m.shape = chart::mark_shape_from_string(r.text()).value_or(chart::MarkShape::kPoint);
  m.points = points_from_json(r.text());
  m.kind = r.text();
  m.intensity = static_cast<int>(r.integer());
  m.quality = r.text();
  m.muscle_id = r.text();
  m.note = r.text();
  m.attributes = nlohmann::json::parse(r.text(), nullptr, false);
  if (!m.attributes.is_object()) m.attributes = nlohmann::json::object();
  m.created_at = r.timestamp();
  m.updated_at = r.timestamp();
  return m;
}

}  // namespace

struct ChartMarks::Statements {
  struct Buffer {
    long long id = 0, session = 0, expected = 0;
    std::string view, shape, points, kind, quality, muscle, note, attributes, now, region;
    int intensity = 0;

    void fill(const chart::ChartMark& m) {
      session = m.session_id;
      view = chart::to_string(m.view);
      shape = chart::to_string(m.shape);
      points = points_to_json(m.points);
      kind = m.kind;
      intensity = m.intensity;
      quality = m.quality;
      muscle = m.muscle_id;
      note = m.note;
      attributes = m.attributes.dump();
    }
  } b;

  soci::statement insert;
  soci::statement update;
  soci::statement clear_regions;
  soci::statement add_region;
  soci::statement session_status;
  std::string status;
  soci::indicator status_ind = soci::i_null;

  explicit Statements(soci::session& sql)
      : insert((sql.prepare << "INSERT INTO chart_marks (session_id, view, shape, points, kind, "
                               "intensity, quality, muscle_id, note, attributes, created_at, "
                               "updated_at) VALUES (:session, :view, :shape, :points, :kind, "
                               ":intensity, :quality, :muscle, :note, :attributes, :now, :now)",
                use(b.session, "session"), use(b.view, "view"), use(b.shape, "shape"),
                use(b.points, "points"), use(b.kind, "kind"), use(b.intensity, "intensity"),
                use(b.quality, "quality"), use(b.muscle, "muscle"), use(b.note, "note"),
                use(b.attributes, "attributes"), use(b.now, "now"))),
        update((sql.prepare << "UPDATE chart_marks SET view = :view, shape = :shape, points = "
                               ":points, kind = :kind, intensity = :intensity, quality = "
                               ":quality, muscle_id = :muscle, note = :note, attributes = "
                               ":attributes, updated_at = :now, row_version = row_version + 1 "
                               "WHERE id = :id AND row_version = :expected",
                use(b.view, "view"), use(b.shape, "shape"), use(b.points, "points"),
                use(b.kind, "kind"), use(b.intensity, "intensity"), use(b.quality, "quality"),
                use(b.muscle, "muscle"), use(b.note, "note"), use(b.attributes, "attributes"),
                use(b.now, "now"), use(b.id, "id"), use(b.expected, "expected"))),
        clear_regions(
            (sql.prepare << "DELETE FROM chart_mark_regions WHERE mark_id = :id", use(b.id, "id"))),
        add_region((sql.prepare << "INSERT INTO chart_mark_regions (mark_id, region_id) "
                                   "VALUES (:id, :region)",
                    use(b.id, "id"), use(b.region, "region"))),
        session_status((sql.prepare << "SELECT status FROM sessions WHERE id = :session",
                        use(b.session, "session"), soci::into(status, status_ind))) {}

  // Refuses marks on missing or signed sessions (the triggers would too, less clearly).
  void require_draft_session(Id session) {
    b.session = session;
    status.clear();
    if (!detail::execute_single(session_status)) throw NotFoundError("session", session);
    if (status == "signed")
      throw LockedError("session " + std::to_string(session) +
                        " is signed and locked: its chart can no longer change");
  }

  void write_regions(const std::vector<std::string>& regions, bool replace) {
    if (replace) clear_regions.execute(true);
    for (const auto& r : regions) {
      b.region = r;
      add_region.execute(true);
    }
  }
};

ChartMarks::ChartMarks(Database& db, const chart::BodyChart& chart) : db_(db), chart_(chart) {
  st_ =
      guarded("preparing chart statements", [&] { return std::make_unique<Statements>(db.sql()); });
}

ChartMarks::~ChartMarks() = default;

Id ChartMarks::add(WriteTransaction& tx, chart::ChartMark& m) {
  (void)tx;
  chart::validate(m);
  chart_.assign_regions(m);
  auto& b = st_->b;
  const Timestamp t = now();
  guarded("saving the chart mark", [&] {
    st_->require_draft_session(m.session_id);
    b.fill(m);
    b.now = format_timestamp(t);
    st_->insert.execute(true);
    b.id = db_.dialect().last_insert_id(db_.sql());
    st_->write_regions(m.region_ids, false);
  });
  m.id = b.id;
  m.row_version = 1;
  m.created_at = m.updated_at = t;
  return m.id;
}

void ChartMarks::update(WriteTransaction& tx, chart::ChartMark& m) {
  chart::validate(m);
  chart_.assign_regions(m);
  auto& b = st_->b;
  const Timestamp t = now();
  guarded("saving the chart mark", [&] {
    auto stored = find(m.id);
    if (!stored) throw NotFoundError("chart mark", m.id);
    if (stored->session_id != m.session_id)
      throw ValidationError("session", "cannot change for an existing mark",
                            "the session the mark was drawn in");
    st_->require_draft_session(m.session_id);
    b.fill(m);
    b.id = m.id;
    b.expected = m.row_version;
    b.now = format_timestamp(t);
    st_->update.execute(true);
    if (st_->update.get_affected_rows() != 1)
      detail::throw_stale(tx.db().sql(), "chart_marks", "chart mark", m.id, m.row_version);
    st_->write_regions(m.region_ids, true);
  });
  m.row_version += 1;
  m.updated_at = t;
}

void ChartMarks::remove(WriteTransaction& tx, Id id, RowVersion expected) {
  auto& sql = tx.db().sql();
  guarded("removing the chart mark", [&] {
    auto stored = find(id);
    if (!stored) throw NotFoundError("chart mark", id);
    st_->require_draft_session(stored->session_id);
    long long lid = id, lexp = expected;
    soci::statement st =
        (sql.prepare << "DELETE FROM chart_marks WHERE id = :id AND row_version = :v",
         use(lid, "id"), use(lexp, "v"));
    st.execute(true);
    if (st.get_affected_rows() != 1)
      detail::throw_stale(sql, "chart_marks", "chart mark", id, expected);
  });
}

namespace {
void load_regions(soci::session& sql, std::vector<chart::ChartMark>& marks,
                  const std::string& where, long long key) {
  soci::rowset<soci::row> rows =
      (sql.prepare << "SELECT r.mark_id, r.region_id FROM chart_mark_regions r JOIN chart_marks m "
                      "ON m.id = r.mark_id WHERE " +
                          where + " ORDER BY r.mark_id",
       use(key));
  for (const auto& row : rows) {
    detail::RowReader r(row);
    const Id mark = r.integer();
    std::string region = r.text();
    for (auto& m : marks)
      if (m.id == mark) m.region_ids.push_back(region);
  }
}
}  // namespace

std::optional<chart::ChartMark> ChartMarks::find(Id id) const {
  return guarded("reading the chart mark", [&]() -> std::optional<chart::ChartMark> {
    soci::row row;
    long long lid = id;
    db_.sql() << std::string("SELECT ") + kColumns + " FROM chart_marks WHERE id = :id", use(lid),
        soci::into(row);
    if (!db_.sql().got_data()) return std::nullopt;
    std::vector<chart::ChartMark> marks{read_mark(row)};
    load_regions(db_.sql(), marks, "m.id = :k", lid);
    return marks.front();
  });
}

std::vector<chart::ChartMark> ChartMarks::list_for_session(Id session,
                                                           std::optional<chart::View> view) const {
  return guarded("reading the chart", [&] {
    std::vector<chart::ChartMark> marks;
    long long s = session;
    soci::rowset<soci::row> rows =
        (db_.sql().prepare << std::string("SELECT ") + kColumns +
                                  " FROM chart_marks WHERE session_id = :s ORDER BY id",
         use(s));
    for (const auto& row : rows) {
      auto m = read_mark(row);
      if (!view || m.view == *view) marks.push_back(std::move(m));
    }
    load_regions(db_.sql(), marks, "m.session_id = :k", s);
    return marks;
  });
}

}  // namespace myochart::storage
