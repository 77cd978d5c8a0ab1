#include "myochart/io/record_exchange.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include "myochart/errors.h"
#include "myochart/io/json_schema.h"
#include "myochart/io/record_json.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/client_record.h"
#include "myochart/storage/clients.h"
#include "myochart/storage/clinical_records.h"
#include "myochart/storage/sessions.h"

namespace myochart::io {

namespace {
constexpr const char* kSchema = "client-record.schema.json";

// Re-labels a ValidationError from a domain validate() with the JSON pointer of the item.
template <typename F>
void at_pointer(const std::string& source, const std::string& pointer, F&& f) {
  try {
    f();
  } catch (const ValidationError& e) {
    throw ValidationError(source + ": " + pointer + "/" + e.field(),
                          std::string(e.what()).substr(e.field().size() + 2), "");
  }
}
}  // namespace

nlohmann::json export_client_record(storage::Database& db, Id client) {
  const auto record = storage::load_client_record(db, client);
  storage::Sessions sessions(db);
  storage::ChartMarks marks(db);
  nlohmann::json j;
  j["format"] = kClientRecordFormat;
  j["format_version"] = kClientRecordFormatVersion;
  j["exported_at"] = format_timestamp(now());
  j["exported_by"] = std::string("MyoChart ") + MYOCHART_VERSION;
  j["client"] = record.client;
  j["health_history"] = record.health_history;
  j["contraindications"] = record.contraindications;
  j["consents"] = record.consents;
  j["sessions"] = nlohmann::json::array();
  // Oldest first, so that a re-import keeps the order of ids.
  for (auto it = record.sessions.rbegin(); it != record.sessions.rend(); ++it) {
    nlohmann::json s = sessions.get(it->id);
    s["marks"] = marks.list_for_session(it->id);
    j["sessions"].push_back(std::move(s));
  }
  return j;
}

Id import_client_record(storage::Database& db, const nlohmann::json& record,
                        const std::string& source_name) {
  // A newer format gets its own message before the schema (which knows only this version).
  if (record.is_object() && record.contains("format_version") &&
      record["format_version"].is_number_integer() &&
      record["format_version"].get<int>() > kClientRecordFormatVersion)
    throw ValidationError(source_name + ": /format_version",
                          "is newer than this MyoChart reads (export it again from the same "
                          "MyoChart version, or update this one)",
                          "format version " + std::to_string(kClientRecordFormatVersion));
  JsonSchema::builtin(kSchema).validate(record, source_name);

  // Convert and check everything before writing anything.
  Client client;
  at_pointer(source_name, "/client", [&] {
    client = record.at("client").get<Client>();
    validate(client);
  });
  auto convert_list = [&](const char* key, auto sample) {
    std::vector<decltype(sample)> out;
    const auto& items = record.at(key);
    for (std::size_t i = 0; i < items.size(); ++i)
      at_pointer(source_name, std::string("/") + key + "/" + std::to_string(i), [&] {
        out.push_back(items[i].template get<decltype(sample)>());
        out.back().client_id = 1;  // checked against the real id below
        validate(out.back());
      });
    return out;
  };
  auto history = convert_list("health_history", HealthEntry{});
  auto contraindications = convert_list("contraindications", Contraindication{});
  auto consents = convert_list("consents", Consent{});

  struct ImportedSession {
    Session session;
    std::vector<chart::ChartMark> marks;
  };
  std::vector<ImportedSession> sessions;
  const auto& js = record.at("sessions");
  for (std::size_t i = 0; i < js.size(); ++i) {
    const std::string where = "/sessions/" + std::to_string(i);
    ImportedSession s;
    at_pointer(source_name, where, [&] {
      s.session = js[i].get<Session>();
      s.session.client_id = 1;
      validate(s.session);
    });
    const auto& jm = js[i].at("marks");
    for (std::size_t k = 0; k < jm.size(); ++k)
      at_pointer(source_name, where + "/marks/" + std::to_string(k), [&] {
        auto m = jm[k].get<chart::ChartMark>();
        m.session_id = 1;
        chart::validate(m);
        s.marks.push_back(std::move(m));
      });
    sessions.push_back(std::move(s));
  }

  storage::Clients clients(db);
  storage::Sessions session_repo(db);
  storage::ChartMarks mark_repo(db);
  storage::WriteTransaction tx(db);
  client.id = 0;
  const Id id = clients.add(tx, client);
  for (auto& e : history) {
    e.client_id = id;
    storage::HealthHistory(db).add(tx, e);
  }
  for (auto& c : contraindications) {
    c.client_id = id;
    storage::Contraindications(db).add(tx, c);
  }
  for (auto& c : consents) {
    c.client_id = id;
    storage::Consents(db).add(tx, c);
  }
  for (auto& s : sessions) {
    const bool was_signed = s.session.status == SessionStatus::kSigned;
    const std::string signer = s.session.signed_by;
    const auto signed_at = s.session.signed_at;
    s.session.client_id = id;
    const Id sid = session_repo.add(tx, s.session);
    for (auto& m : s.marks) {
      m.session_id = sid;
      mark_repo.add(tx, m);
    }
    if (was_signed)
      session_repo.sign(tx, sid, s.session.row_version,
                        signer.empty() ? s.session.therapist : signer, signed_at);
  }
  tx.commit();
  return id;
}

nlohmann::json read_json_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error("cannot read " + file.string());
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw ValidationError(file.string(),
                          "is not valid JSON (at byte " + std::to_string(e.byte) + ")",
                          "a JSON document");
  }
}

void write_private_file(const std::filesystem::path& file, const std::string& text) {
  std::filesystem::path tmp = file;
  tmp += ".tmp-XXXXXX";
  std::string pattern = tmp.string();
  const int fd = ::mkstemp(pattern.data());  // created 0600
  if (fd < 0) throw Error("cannot write " + file.string() + ": " + std::strerror(errno));
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(pattern.c_str());
      throw Error("cannot write " + file.string() + ": " + why);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(pattern.c_str());
    throw Error("cannot write " + file.string() + ": " + std::strerror(errno));
  }
  if (::rename(pattern.c_str(), file.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(pattern.c_str());
    throw Error("cannot write " + file.string() + ": " + why);
  }
}

}  // namespace myochart::io
