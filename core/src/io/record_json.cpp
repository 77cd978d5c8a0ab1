#include "myochart/io/record_json.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "myochart/errors.h"

namespace myochart {

namespace {

using nlohmann::json;

constexpr const char* kTimestampForm = "YYYY-MM-DDTHH:MM:SSZ, or with an offset such as +02:00";

// True when the text names its time zone ("...Z" or "...+02:00"): an export holds instants,
// never wall-clock times whose meaning depends on the importing computer's zone.
bool has_zone(std::string_view text) {
  if (!text.empty() && text.back() == 'Z') return true;
  return text.size() >= 6 && (text[text.size() - 6] == '+' || text[text.size() - 6] == '-') &&
         text.find('T') != std::string_view::npos;
}

// Reads the members of one JSON object. Absent members leave the target unchanged (the struct's
// default); a member of the wrong type throws ValidationError naming it. Members it is not
// asked for are ignored (e.g. "marks" inside an exported session).
class Members {
 public:
  Members(const json& j, std::string prefix) : j_(j), prefix_(std::move(prefix)) {
    if (!j.is_object())
      throw ValidationError(prefix_.empty() ? "(record)" : prefix_, "is not a JSON object",
                            "an object with named fields");
  }

  const json* find(const char* name) const {
    const auto it = j_.find(name);
    return it == j_.end() ? nullptr : &*it;
  }
  std::string field(const char* name) const { return prefix_ + name; }

  void text(const char* name, std::string& out) const {
    if (const json* v = find(name)) {
      if (!v->is_string()) throw ValidationError(field(name), "is not text", "a JSON string");
      out = v->get<std::string>();
    }
  }

  void boolean(const char* name, bool& out) const {
    if (const json* v = find(name)) {
      if (!v->is_boolean())
        throw ValidationError(field(name), "is not true or false", "true, false");
      out = v->get<bool>();
    }
  }

  void whole_number(const char* name, std::int64_t& out) const {
    if (const json* v = find(name)) out = as_whole_number(*v, field(name));
  }

  void whole_number(const char* name, int& out) const {
    if (const json* v = find(name)) out = as_int(*v, field(name));
  }

  void whole_number(const char* name, std::optional<int>& out) const {
    const json* v = find(name);
    if (v == nullptr || v->is_null())
      out.reset();
    else
      out = as_int(*v, field(name));
  }

  void date(const char* name, Date& out) const {
    require_not_null(name, "YYYY-MM-DD");
    std::optional<Date> d;
    date(name, d);
    if (d) out = *d;
  }

  void date(const char* name, std::optional<Date>& out) const {
    const json* v = find(name);
    if (v == nullptr || v->is_null()) {
      out.reset();
      return;
    }
    std::optional<Date> d;
    if (v->is_string()) d = parse_date(v->get_ref<const std::string&>());
    if (!d) throw ValidationError(field(name), "is not a calendar date", "YYYY-MM-DD");
    out = d;
  }

  void timestamp(const char* name, Timestamp& out) const {
    require_not_null(name, kTimestampForm);
    std::optional<Timestamp> t;
    timestamp(name, t);
    if (t) out = *t;
  }

  void timestamp(const char* name, std::optional<Timestamp>& out) const {
    const json* v = find(name);
    if (v == nullptr || v->is_null()) {
      out.reset();
      return;
    }
    std::optional<Timestamp> t;
    if (v->is_string() && has_zone(v->get_ref<const std::string&>()))
      t = parse_timestamp(v->get_ref<const std::string&>());
    if (!t)
      throw ValidationError(field(name), "is not a date and time with a time zone", kTimestampForm);
    out = t;
  }

 private:
  // null stands for "absent" only where the C++ member is optional.
  void require_not_null(const char* name, const char* accepted) const {
    if (const json* v = find(name); v != nullptr && v->is_null())
      throw ValidationError(field(name), "is empty", accepted);
  }

  static std::int64_t as_whole_number(const json& v, const std::string& field) {
    if (v.is_number_integer() &&
        !(v.is_number_unsigned() &&
          v.get<std::uint64_t>() >
              static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())))
      return v.get<std::int64_t>();
    throw ValidationError(field, "is not a whole number", "a whole number such as 42");
  }

  static int as_int(const json& v, const std::string& field) {
    const std::int64_t n = as_whole_number(v, field);
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
      throw ValidationError(field, "is out of range", "a whole number of a sensible size");
    return static_cast<int>(n);
  }

  const json& j_;
  std::string prefix_;
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// Client

void to_json(nlohmann::json& j, const Client& c) {
  j = json{
      {"id", c.id},
      {"given_name", c.given_name},
      {"family_name", c.family_name},
      {"preferred_name", c.preferred_name},
      {"family_name_first", c.family_name_first},
      {"pronouns", c.pronouns},
      {"phone", c.phone},
      {"email", c.email},
      {"address",
       {{"line1", c.address.line1},
        {"line2", c.address.line2},
        {"city", c.address.city},
        {"region", c.address.region},
        {"postal_code", c.address.postal_code},
        {"country", c.address.country}}},
      {"occupation", c.occupation},
      {"emergency_contact",
       {{"name", c.emergency_contact.name},
        {"relationship", c.emergency_contact.relationship},
        {"phone", c.emergency_contact.phone}}},
      {"physician",
       {{"name", c.physician.name},
        {"phone", c.physician.phone},
        {"practice", c.physician.practice}}},
      {"referral_source", c.referral_source},
      {"notes", c.notes},
      {"archived", c.archived},
      {"created_at", format_timestamp(c.created_at)},
      {"updated_at", format_timestamp(c.updated_at)},
  };
  if (c.date_of_birth) j["date_of_birth"] = format_date(*c.date_of_birth);
}

void from_json(const nlohmann::json& j, Client& c) {
  const Members m(j, "");
  c = Client{};
  m.whole_number("id", c.id);
  m.text("given_name", c.given_name);
  m.text("family_name", c.family_name);
  m.text("preferred_name", c.preferred_name);
  m.boolean("family_name_first", c.family_name_first);
  m.date("date_of_birth", c.date_of_birth);
  m.text("pronouns", c.pronouns);
  m.text("phone", c.phone);
  m.text("email", c.email);
  if (const json* a = m.find("address")) {
    const Members address(*a, "address.");
    address.text("line1", c.address.line1);
    address.text("line2", c.address.line2);
    address.text("city", c.address.city);
    address.text("region", c.address.region);
    address.text("postal_code", c.address.postal_code);
    address.text("country", c.address.country);
  }
  m.text("occupation", c.occupation);
  if (const json* e = m.find("emergency_contact")) {
    const Members contact(*e, "emergency_contact.");
    contact.text("name", c.emergency_contact.name);
    contact.text("relationship", c.emergency_contact.relationship);
    contact.text("phone", c.emergency_contact.phone);
  }
  if (const json* p = m.find("physician")) {
    const Members physician(*p, "physician.");
    physician.text("name", c.physician.name);
    physician.text("phone", c.physician.phone);
    physician.text("practice", c.physician.practice);
  }
  m.text("referral_source", c.referral_source);
  m.text("notes", c.notes);
  m.boolean("archived", c.archived);
  m.timestamp("created_at", c.created_at);
  m.timestamp("updated_at", c.updated_at);
}

// ---------------------------------------------------------------------------------------------
// Health history, contraindications, consents

void to_json(nlohmann::json& j, const HealthEntry& e) {
  j = json{
      {"id", e.id},
      {"client_id", e.client_id},
      {"kind", to_string(e.kind)},
      {"description", e.description},
      {"details", e.details},
      {"created_at", format_timestamp(e.created_at)},
      {"updated_at", format_timestamp(e.updated_at)},
  };
  if (e.started_on) j["started_on"] = format_date(*e.started_on);
  if (e.ended_on) j["ended_on"] = format_date(*e.ended_on);
}

void from_json(const nlohmann::json& j, HealthEntry& e) {
  const Members m(j, "");
  e = HealthEntry{};
  m.whole_number("id", e.id);
  m.whole_number("client_id", e.client_id);
  if (const json* k = m.find("kind")) {
    const auto kind =
        k->is_string() ? health_kind_from_string(k->get_ref<const std::string&>()) : std::nullopt;
    if (!kind)
      throw ValidationError("kind", "is not a kind of health record",
                            "condition, medication, allergy, surgery");
    e.kind = *kind;
  }
  m.text("description", e.description);
  m.text("details", e.details);
  m.date("started_on", e.started_on);
  m.date("ended_on", e.ended_on);
  m.timestamp("created_at", e.created_at);
  m.timestamp("updated_at", e.updated_at);
}

void to_json(nlohmann::json& j, const Contraindication& c) {
  j = json{
      {"id", c.id},
      {"client_id", c.client_id},
      {"kind", c.kind},
      {"description", c.description},
      {"severity", to_string(c.severity)},
      {"region_id", c.region_id},
      {"active", c.active},
      {"notes", c.notes},
      {"created_at", format_timestamp(c.created_at)},
      {"updated_at", format_timestamp(c.updated_at)},
  };
  if (c.noted_on) j["noted_on"] = format_date(*c.noted_on);
  if (c.resolved_on) j["resolved_on"] = format_date(*c.resolved_on);
}

void from_json(const nlohmann::json& j, Contraindication& c) {
  const Members m(j, "");
  c = Contraindication{};
  m.whole_number("id", c.id);
  m.whole_number("client_id", c.client_id);
  m.text("kind", c.kind);
  m.text("description", c.description);
  if (const json* s = m.find("severity")) {
    const auto severity =
        s->is_string() ? severity_from_string(s->get_ref<const std::string&>()) : std::nullopt;
    if (!severity) throw ValidationError("severity", "is not a severity", "caution, local, total");
    c.severity = *severity;
  }
  m.text("region_id", c.region_id);
  m.boolean("active", c.active);
  m.date("noted_on", c.noted_on);
  m.date("resolved_on", c.resolved_on);
  m.text("notes", c.notes);
  m.timestamp("created_at", c.created_at);
  m.timestamp("updated_at", c.updated_at);
}

void to_json(nlohmann::json& j, const Consent& c) {
  j = json{
      {"id", c.id},
      {"client_id", c.client_id},
      {"kind", c.kind},
      {"given_on", format_date(c.given_on)},
      {"witnessed_by", c.witnessed_by},
      {"document_version", c.document_version},
      {"notes", c.notes},
      {"created_at", format_timestamp(c.created_at)},
      {"updated_at", format_timestamp(c.updated_at)},
  };
  if (c.withdrawn_on) j["withdrawn_on"] = format_date(*c.withdrawn_on);
}

void from_json(const nlohmann::json& j, Consent& c) {
  const Members m(j, "");
  c = Consent{};
  m.whole_number("id", c.id);
  m.whole_number("client_id", c.client_id);
  m.text("kind", c.kind);
  m.date("given_on", c.given_on);
  m.text("witnessed_by", c.witnessed_by);
  m.text("document_version", c.document_version);
  m.date("withdrawn_on", c.withdrawn_on);
  m.text("notes", c.notes);
  m.timestamp("created_at", c.created_at);
  m.timestamp("updated_at", c.updated_at);
}

// ---------------------------------------------------------------------------------------------
// Sessions

void to_json(nlohmann::json& j, const Session& s) {
  j = json{
      {"id", s.id},
      {"client_id", s.client_id},
      {"therapist", s.therapist},
      {"started_at", format_timestamp(s.started_at)},
      {"duration_minutes", s.duration_minutes},
      {"modality", s.modality},
      {"soap",
       {{"subjective", s.soap.subjective},
        {"objective", s.soap.objective},
        {"assessment", s.soap.assessment},
        {"plan", s.soap.plan}}},
      {"status", to_string(s.status)},
      {"signed_by", s.signed_by},
      {"created_at", format_timestamp(s.created_at)},
      {"updated_at", format_timestamp(s.updated_at)},
  };
  if (s.pain_before) j["pain_before"] = *s.pain_before;
  if (s.pain_after) j["pain_after"] = *s.pain_after;
  if (s.signed_at) j["signed_at"] = format_timestamp(*s.signed_at);
}

void from_json(const nlohmann::json& j, Session& s) {
  const Members m(j, "");
  s = Session{};
  m.whole_number("id", s.id);
  m.whole_number("client_id", s.client_id);
  m.text("therapist", s.therapist);
  m.timestamp("started_at", s.started_at);
  m.whole_number("duration_minutes", s.duration_minutes);
  m.text("modality", s.modality);
  if (const json* n = m.find("soap")) {
    const Members soap(*n, "soap.");
    soap.text("subjective", s.soap.subjective);
    soap.text("objective", s.soap.objective);
    soap.text("assessment", s.soap.assessment);
    soap.text("plan", s.soap.plan);
  }
  m.whole_number("pain_before", s.pain_before);
  m.whole_number("pain_after", s.pain_after);
  if (const json* st = m.find("status")) {
    const auto status = st->is_string()
                            ? session_status_from_string(st->get_ref<const std::string&>())
                            : std::nullopt;
    if (!status) throw ValidationError("status", "is not a session status", "draft, signed");
    s.status = *status;
  }
  m.timestamp("signed_at", s.signed_at);
  m.text("signed_by", s.signed_by);
  m.timestamp("created_at", s.created_at);
  m.timestamp("updated_at", s.updated_at);
}

void to_json(nlohmann::json& j, const SessionSummary& s) {
  j = json{
      {"id", s.id},
      {"started_at", format_timestamp(s.started_at)},
      {"duration_minutes", s.duration_minutes},
      {"therapist", s.therapist},
      {"modality", s.modality},
      {"status", to_string(s.status)},
      {"mark_count", s.mark_count},
  };
  if (s.pain_before) j["pain_before"] = *s.pain_before;
  if (s.pain_after) j["pain_after"] = *s.pain_after;
}

// ---------------------------------------------------------------------------------------------
// Chart marks

namespace chart {

void to_json(nlohmann::json& j, const ChartMark& m) {
  json points = json::array();
  for (const auto& p : m.points) points.push_back(json::array({p.x, p.y}));
  j = json{
      {"id", m.id},
      {"session_id", m.session_id},
      {"view", to_string(m.view)},
      {"shape", to_string(m.shape)},
      {"points", std::move(points)},
      {"kind", m.kind},
      {"intensity", m.intensity},
      {"quality", m.quality},
      {"muscle_id", m.muscle_id},
      {"region_ids", m.region_ids},
      {"note", m.note},
      {"attributes", m.attributes},
      {"created_at", format_timestamp(m.created_at)},
      {"updated_at", format_timestamp(m.updated_at)},
  };
}

void from_json(const nlohmann::json& j, ChartMark& m) {
  const Members r(j, "");
  m = ChartMark{};
  r.whole_number("id", m.id);
  r.whole_number("session_id", m.session_id);
  if (const json* v = r.find("view")) {
    const auto view =
        v->is_string() ? view_from_string(v->get_ref<const std::string&>()) : std::nullopt;
    if (!view)
      throw ValidationError("view", "is not a body-chart view",
                            "anterior, posterior, left_lateral, right_lateral");
    m.view = *view;
  }
  if (const json* s = r.find("shape")) {
    const auto shape =
        s->is_string() ? mark_shape_from_string(s->get_ref<const std::string&>()) : std::nullopt;
    if (!shape) throw ValidationError("shape", "is not a mark shape", "point, area, stroke");
    m.shape = *shape;
  }
  if (const json* pts = r.find("points")) {
    if (!pts->is_array())
      throw ValidationError("points", "is not a list of points", "[[x, y], ...]");
    for (std::size_t i = 0; i < pts->size(); ++i) {
      const json& p = (*pts)[i];
      if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number())
        throw ValidationError("points[" + std::to_string(i) + "]", "is not a point",
                              "[x, y] with numbers from 0 to 1");
      m.points.push_back(Point{p[0].get<double>(), p[1].get<double>()});
    }
  }
  r.text("kind", m.kind);
  r.whole_number("intensity", m.intensity);
  r.text("quality", m.quality);
  r.text("muscle_id", m.muscle_id);
  if (const json* ids = r.find("region_ids")) {
    if (!ids->is_array())
      throw ValidationError("region_ids", "is not a list of region ids", "[\"region_id\", ...]");
    for (const auto& id : *ids) {
      if (!id.is_string())
        throw ValidationError("region_ids", "holds something other than text",
                              "[\"region_id\", ...]");
      m.region_ids.push_back(id.get<std::string>());
    }
  }
  r.text("note", m.note);
  if (const json* a = r.find("attributes")) {
    if (!a->is_object()) throw ValidationError("attributes", "is not a JSON object", "{...}");
    m.attributes = *a;
  }
  r.timestamp("created_at", m.created_at);
  r.timestamp("updated_at", m.updated_at);
}

}  // namespace chart

}  // namespace myochart
