#include "gui/clinic.h"

#include <pwd.h>
#include <unistd.h>

#include <utility>

#include "myochart/errors.h"

namespace myochart::gui {

Clinic::Clinic(std::filesystem::path file, bool create)
    : file_(std::move(file)),
      db_(storage::Database::open_sqlite(
          file_, create ? storage::OpenMode::kCreateIfMissing : storage::OpenMode::kExisting)),
      journal_(file_),
      settings_(load_clinic_settings(*db_)) {
  plugin_options_.database = db_.get();
}

Clinic::~Clinic() = default;

storage::Clients& Clinic::clients() {
  if (!clients_) clients_ = std::make_unique<storage::Clients>(*db_);
  return *clients_;
}

storage::Sessions& Clinic::sessions() {
  if (!sessions_) sessions_ = std::make_unique<storage::Sessions>(*db_);
  return *sessions_;
}

const render::ChartRenderer& Clinic::renderer() {
  if (!renderer_) renderer_ = std::make_unique<render::ChartRenderer>();
  return *renderer_;
}

plugin::PluginHost& Clinic::plugins() {
  if (!plugins_) {
    plugins_ = std::make_unique<plugin::PluginHost>(plugin_options_);
    plugins_->load();
    plugin_notices_ = plugins_->notices();
  }
  return *plugins_;
}

std::vector<std::string> Clinic::take_plugin_notices() {
  return std::exchange(plugin_notices_, {});
}

void Clinic::save_settings(const ClinicSettings& s) {
  storage::WriteTransaction tx(*db_);
  save_clinic_settings(tx, s);
  tx.commit();
  settings_ = load_clinic_settings(*db_);
  notify({Change::What::kSettings, 0, 0});
}

std::string Clinic::therapist() const {
  if (!settings_.therapist_name.empty()) return settings_.therapist_name;
  // Until the therapist's name is set: the account's full name, else its login name.
  if (const passwd* pw = ::getpwuid(::getuid())) {
    std::string gecos = pw->pw_gecos ? pw->pw_gecos : "";
    gecos = gecos.substr(0, gecos.find(','));
    if (!gecos.empty()) return gecos;
    if (pw->pw_name) return pw->pw_name;
  }
  return "Therapist";
}

std::string Clinic::date(Date d) const {
  return format_date(d, settings_.date_style);
}

std::string Clinic::date_time(Timestamp t) const {
  return format_local(t, settings_.date_style);
}

int Clinic::subscribe(Listener listener) {
  const int id = next_listener_++;
  listeners_.emplace(id, std::move(listener));
  return id;
}

void Clinic::unsubscribe(int id) {
  listeners_.erase(id);
}

void Clinic::notify(const Change& change) {
  // A listener may subscribe or unsubscribe others while being told: walk a copy.
  const auto listeners = listeners_;
  for (const auto& [id, listener] : listeners)
    if (listeners_.count(id)) listener(change);
}

}  // namespace myochart::gui
