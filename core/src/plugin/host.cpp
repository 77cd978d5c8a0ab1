#include "myochart/plugin/host.h"

#include <elf.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <boost/dll/shared_library.hpp>
#include <boost/system/system_error.hpp>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>

#include "myochart/io/json_schema.h"
#include "myochart/paths.h"
#include "myochart/storage/plugin_store.h"
#include "myochart/storage/transaction.h"
#include "myochart/time.h"

namespace myochart::plugin {

namespace fs = std::filesystem;

std::string_view to_string(PluginState s) {
  switch (s) {
    case PluginState::kActive:
      return "active";
    case PluginState::kDisabled:
      return "disabled";
    case PluginState::kRefused:
      return "refused";
  }
  return "refused";
}

std::string_view to_string(PluginOrigin o) {
  switch (o) {
    case PluginOrigin::kBundled:
      return "bundled";
    case PluginOrigin::kUser:
      return "user";
    case PluginOrigin::kEnvironment:
      return "MYOCHART_PLUGIN_PATH";
  }
  return "bundled";
}

std::vector<std::pair<fs::path, PluginOrigin>> standard_search_path() {
  std::vector<std::pair<fs::path, PluginOrigin>> out;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
#ifdef MYOCHART_BUILD_DIR
  // Running from the build tree: its plugins are the bundled ones.
  const fs::path build = MYOCHART_BUILD_DIR;
  if (!ec) {
    const auto rel = exe.lexically_relative(build);
    if (!rel.empty() && *rel.begin() != "..")
      out.emplace_back(build / "plugins", PluginOrigin::kBundled);
  }
#endif
#ifdef MYOCHART_INSTALL_PLUGIN_DIR
  out.emplace_back(fs::path(MYOCHART_INSTALL_PLUGIN_DIR), PluginOrigin::kBundled);
#endif
  out.emplace_back(paths::data_dir() / "plugins", PluginOrigin::kUser);
  if (const char* env = std::getenv("MYOCHART_PLUGIN_PATH")) {
    std::string list = env;
    std::size_t start = 0;
    while (start <= list.size()) {
      const auto end = std::min(list.find(':', start), list.size());
      if (end > start)
        out.emplace_back(fs::path(list.substr(start, end - start)), PluginOrigin::kEnvironment);
      start = end + 1;
    }
  }
  return out;
}

namespace {

// Libraries are loaded for the life of the process: never unloaded, so that no code a plugin
// left behind (a destructor, an atexit handler, a thread-local's cleanup) can outlive it.
std::vector<boost::dll::shared_library>& kept_libraries() {
  static auto* libs = new std::vector<boost::dll::shared_library>();
  return *libs;
}

bool valid_plugin_id(const std::string& id) {
  static const std::regex re("[a-z][a-z0-9_]{1,31}");
  return std::regex_match(id, re);
}

bool valid_command_name(const std::string& name) {
  static const std::regex re("[a-z][a-z0-9-]{0,31}");
  return std::regex_match(name, re);
}

// Problems a file has that make loading it pointless, found by reading its header only.
std::string elf_problem(const fs::path& file) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec) return "cannot be read (" + ec.message() + ")";
  std::ifstream in(file, std::ios::binary);
  if (!in) return "cannot be read (check its permissions)";
  Elf64_Ehdr h{};
  in.read(reinterpret_cast<char*>(&h), sizeof h);
  const auto got = static_cast<std::size_t>(in.gcount());
  if (got < 4 || h.e_ident[EI_MAG0] != ELFMAG0 || h.e_ident[EI_MAG1] != ELFMAG1 ||
      h.e_ident[EI_MAG2] != ELFMAG2 || h.e_ident[EI_MAG3] != ELFMAG3)
    return "is not a shared library (it has no ELF header; is it a text file renamed .so?)";
  if (got < sizeof h)
    return "is truncated (" + std::to_string(size) + " bytes): not a complete shared library";
  if (h.e_ident[EI_CLASS] != ELFCLASS64 || h.e_machine != EM_X86_64)
    return "was built for another kind of computer (not 64-bit x86)";
  if (h.e_type != ET_DYN) return "is an executable or object file, not a shared library";
  const auto section_end = h.e_shoff + std::uint64_t{h.e_shnum} * h.e_shentsize;
  if (section_end > size)
    return "is truncated (" + std::to_string(size) + " bytes, its header says at least " +
           std::to_string(section_end) + "): not a complete shared library";
  return {};
}

struct Candidate {
  fs::path file;
  PluginOrigin origin;
};

std::vector<Candidate> discover(const std::vector<std::pair<fs::path, PluginOrigin>>& search) {
  std::vector<Candidate> out;
  std::set<fs::path> seen_dirs;
  for (const auto& [dir, origin] : search) {
    std::error_code ec;
    const fs::path canon = fs::weakly_canonical(dir, ec);
    if (ec || !fs::is_directory(canon, ec) || !seen_dirs.insert(canon).second) continue;
    std::vector<fs::path> found;
    for (const auto& e : fs::directory_iterator(canon, ec)) {
      const fs::path p = e.path();
      if (e.is_directory(ec)) {
        const fs::path inner = p / (p.filename().string() + ".so");
        if (fs::exists(inner, ec)) found.push_back(inner);
      } else if (p.extension() == ".so") {
        found.push_back(p);
      }
    }
    std::sort(found.begin(), found.end());
    for (auto& f : found) out.push_back({std::move(f), origin});
  }
  return out;
}

class Context final : public PluginContext {
 public:
  Context(fs::path file, const std::string& id) : file_(std::move(file)) {
    const fs::path dir = file_.parent_path();
    data_ = (dir.filename() == id ? dir : dir / id) / "data";
  }
  const fs::path& library_file() const override { return file_; }
  const fs::path& data_dir() const override { return data_; }

 private:
  fs::path file_, data_;
};

// Collects a plugin's contributions during registration; the host copies them into the
// registry only when the whole activation succeeded.
class Staging final : public Registrar {
 public:
  explicit Staging(const Context& ctx) : ctx_(ctx) {}
  const PluginContext& context() const override { return ctx_; }

  const nlohmann::json& add_knowledge_pack(const KnowledgePackSpec& pack) override {
    const std::string name = pack.file.string();
    if (pack.id.empty())
      throw ValidationError("knowledge pack", "has no id", "a short id such as \"muscles\"");
    std::ifstream in(pack.file, std::ios::binary);
    if (!in) throw ValidationError(name, "cannot be read", "a readable JSON file");
    nlohmann::json doc;
    try {
      doc = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& e) {
      throw ValidationError(name, "is not valid JSON (at byte " + std::to_string(e.byte) + ")",
                            "a JSON document");
    }
    std::unique_ptr<io::JsonSchema> own;
    const io::JsonSchema* schema = nullptr;
    if (pack.own_schema) {
      own = io::JsonSchema::parse(*pack.own_schema, name + " (its schema)");
      schema = own.get();
    } else {
      schema = &io::JsonSchema::builtin(pack.schema);
    }
    schema->validate(doc, name);
    packs.push_back(
        {"", pack.id, pack.file, std::make_shared<const nlohmann::json>(std::move(doc))});
    return *packs.back().data;
  }
  void add_mark_kind(MarkKindSpec kind) override {
    if (kind.id.empty()) throw ValidationError("mark kind", "has no id", "a snake_case id");
    mark_kinds.push_back(std::move(kind));
  }
  void add_chart_layer(std::shared_ptr<const ChartLayer> layer) override {
    if (!layer) throw ValidationError("chart layer", "is null", "a layer object");
    layers.push_back(std::move(layer));
  }
  void add_assessment_form(std::shared_ptr<const AssessmentForm> form) override {
    if (!form) throw ValidationError("assessment form", "is null", "a form object");
    forms.push_back(std::move(form));
  }
  void add_handout_composer(std::shared_ptr<const HandoutComposer> composer) override {
    if (!composer) throw ValidationError("handout composer", "is null", "a composer object");
    composers.push_back(std::move(composer));
  }
  void add_migration(PluginMigration migration) override {
    migrations.push_back(std::move(migration));
  }
  void add_cli_command(std::shared_ptr<const CliCommand> command) override {
    if (!command) throw ValidationError("CLI command", "is null", "a command object");
    commands.push_back(std::move(command));
  }
  void add_session_analyzer(std::shared_ptr<const SessionAnalyzer> analyzer) override {
    if (!analyzer) throw ValidationError("session analyzer", "is null", "an analyzer object");
    analyzers.push_back(std::move(analyzer));
  }
  void add_assessment_keeper(std::shared_ptr<const AssessmentKeeper> keeper) override {
    if (!keeper) throw ValidationError("assessment keeper", "is null", "a keeper object");
    assessment_keepers.push_back(std::move(keeper));
  }
  void add_handout_keeper(std::shared_ptr<const HandoutKeeper> keeper) override {
    if (!keeper) throw ValidationError("handout keeper", "is null", "a keeper object");
    handout_keepers.push_back(std::move(keeper));
  }

  std::vector<PackEntry> packs;
  std::vector<MarkKindSpec> mark_kinds;
  std::vector<std::shared_ptr<const ChartLayer>> layers;
  std::vector<std::shared_ptr<const AssessmentForm>> forms;
  std::vector<std::shared_ptr<const HandoutComposer>> composers;
  std::vector<PluginMigration> migrations;
  std::vector<std::shared_ptr<const CliCommand>> commands;
  std::vector<std::shared_ptr<const SessionAnalyzer>> analyzers;
  std::vector<std::shared_ptr<const AssessmentKeeper>> assessment_keepers;
  std::vector<std::shared_ptr<const HandoutKeeper>> handout_keepers;

 private:
  const Context& ctx_;
};

// A plugin that cannot be used: the reason, in plain words, for the list.
struct Refusal {
  std::string reason;
};

std::string what_of(const std::exception_ptr& p) {
  try {
    std::rethrow_exception(p);
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "it threw something that is not an exception";
  }
}

// Calls plugin code during activation; a throw becomes a Refusal naming what was being done.
template <typename F>
decltype(auto) during(const std::string& doing, F&& f) {
  try {
    return f();
  } catch (const Refusal&) {
    throw;
  } catch (...) {
    throw Refusal{"failed while " + doing + ": " + what_of(std::current_exception())};
  }
}

// Boost.DLL wraps dlerror's text ("...load() failed (dlerror system message: <text>): <errno
// text>"); the dlerror part is the one a user can act on.
std::string loader_message(const std::string& what) {
  const std::string tag = "dlerror system message: ";
  const auto start = what.find(tag);
  if (start == std::string::npos) return what;
  const auto end = what.rfind("): ");
  const auto from = start + tag.size();
  return what.substr(from, end == std::string::npos || end < from ? std::string::npos : end - from);
}

const char* const kSentinelInfix = ".plugin-activation.";

}  // namespace

PluginHost::PluginHost(HostOptions options) : options_(std::move(options)) {
  if (options_.search_path.empty()) options_.search_path = standard_search_path();
  if (options_.sentinel_dir.empty() && options_.database)
    options_.sentinel_dir = options_.database->file().parent_path();
}

// Members die in reverse order: the registry (every contribution) before the plugin objects.
PluginHost::~PluginHost() = default;

const PluginRecord* PluginHost::find(std::string_view id) const {
  for (const auto& r : records_)
    if (r.id == id && r.state != PluginState::kRefused) return &r;
  for (const auto& r : records_)
    if (r.id == id) return &r;
  return nullptr;
}

std::optional<bool> PluginHost::stored_choice(const std::string& id) const {
  if (!options_.database) return std::nullopt;
  auto c = storage::PluginStore(*options_.database).choice(id);
  if (!c) return std::nullopt;
  return c->enabled;
}

namespace {

fs::path sentinel_prefix(const HostOptions& o) {
  const std::string base = o.database ? o.database->file().filename().string() : "myochart";
  return o.sentinel_dir / (base + kSentinelInfix);
}

}  // namespace

void PluginHost::recover_from_crash() {
  if (options_.sentinel_dir.empty()) return;
  const fs::path prefix = sentinel_prefix(options_);
  const std::string stem = prefix.filename().string();
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(options_.sentinel_dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind(stem, 0) != 0) continue;
    long pid = std::strtol(name.c_str() + stem.size(), nullptr, 10);
    // Another MyoChart may be activating plugins right now: leave its sentinel alone unless
    // its process is gone (or the sentinel is old enough that the pid was reused).
    const auto age = fs::file_time_type::clock::now() - fs::last_write_time(e.path(), ec);
    if (pid > 0 && pid != getpid() && kill(static_cast<pid_t>(pid), 0) == 0 &&
        age < std::chrono::minutes(10))
      continue;
    nlohmann::json j = nlohmann::json::object();
    {
      std::ifstream in(e.path());
      j = nlohmann::json::parse(in, nullptr, false);
    }
    fs::remove(e.path(), ec);
    if (!j.is_object() || !j.contains("plugin") || !j["plugin"].is_string()) continue;
    const std::string id = j["plugin"].get<std::string>();
    const std::string when = j.value("started_at", std::string("an earlier start"));
    const std::string reason = "MyoChart stopped unexpectedly while activating it (" + when +
                               "), so it was disabled; enable it again once it has been fixed";
    crashed_[id] = reason;
    notices_.push_back("Plugin \"" + id + "\" was disabled: " + reason + ".");
    if (options_.database) {
      storage::WriteTransaction tx(*options_.database);
      storage::PluginStore(*options_.database).set_choice(tx, id, {false, reason});
      tx.commit();
    }
  }
}

void PluginHost::load() {
  scan(true);
}

void PluginHost::discover_only() {
  scan(false);
}

void PluginHost::scan(bool activate_enabled) {
  recover_from_crash();
  std::map<std::string, storage::PluginChoice> choices;
  if (options_.database) choices = storage::PluginStore(*options_.database).choices();

  std::map<std::string, fs::path> first_with_id;
  for (const auto& c : discover(options_.search_path)) {
    PluginRecord r;
    r.file = c.file;
    r.origin = c.origin;
    r.id = c.file.stem().string();
    const std::string file_name = c.file.filename().string();
    if (auto [it, inserted] = first_with_id.emplace(r.id, c.file); !inserted) {
      r.state = PluginState::kRefused;
      r.reason = file_name + " was not loaded: another plugin with the id \"" + r.id +
                 "\" was found first, at " + it->second.string();
      records_.push_back(std::move(r));
      continue;
    }
    if (!valid_plugin_id(r.id)) {
      r.state = PluginState::kRefused;
      r.reason = file_name +
                 " has a file name that is not a valid plugin id (lowercase letters, "
                 "digits and '_', 2 to 32 characters, starting with a letter)";
      records_.push_back(std::move(r));
      continue;
    }
    if (const std::string problem = elf_problem(c.file); !problem.empty()) {
      r.state = PluginState::kRefused;
      r.reason = file_name + " " + problem;
      records_.push_back(std::move(r));
      continue;
    }
    auto choice = choices.find(r.id);
    if (auto crash = crashed_.find(r.id); crash != crashed_.end()) {
      r.enabled = false;
      r.state = PluginState::kDisabled;
      r.reason = crash->second;
    } else if (choice != choices.end()) {
      r.enabled = choice->second.enabled;
      r.reason = choice->second.enabled ? ""
                                        : (choice->second.reason.empty() ? "disabled by the user"
                                                                         : choice->second.reason);
    } else {
      r.enabled = c.origin == PluginOrigin::kBundled;
      if (!r.enabled)
        r.reason = "new plugin, not yet enabled (run `myochart-cli plugins enable " + r.id + "`)";
    }
    if (!r.enabled) {
      r.state = PluginState::kDisabled;
      records_.push_back(std::move(r));
      continue;
    }
    if (!activate_enabled) {
      r.state = PluginState::kDisabled;
      r.reason = "not loaded (only looked for)";
      records_.push_back(std::move(r));
      continue;
    }
    activate(r);
    records_.push_back(std::move(r));
  }
}

void PluginHost::set_enabled(std::string_view id, bool enabled) {
  if (!options_.database) throw Error("plugin choices are kept in the database: open one first");
  const PluginRecord* r = find(id);
  if (!r)
    throw ValidationError("plugin", "\"" + std::string(id) + "\" was not found",
                          "an id shown by `myochart-cli plugins list`");
  storage::WriteTransaction tx(*options_.database);
  storage::PluginStore(*options_.database).set_choice(tx, std::string(id), {enabled, ""});
  tx.commit();
}

namespace {

void apply_migrations(storage::Database& db, const std::string& id,
                      std::vector<PluginMigration> migrations) {
  std::sort(migrations.begin(), migrations.end(),
            [](const auto& a, const auto& b) { return a.version < b.version; });
  for (std::size_t i = 0; i < migrations.size(); ++i)
    if (migrations[i].version != static_cast<int>(i) + 1)
      throw Refusal{"has migrations not numbered 1, 2, 3... without gaps (found " +
                    std::to_string(migrations[i].version) + " in place of " +
                    std::to_string(i + 1) + ")"};
  storage::PluginStore store(db);
  const int have = store.schema_version(id);
  if (have > static_cast<int>(migrations.size()))
    throw Refusal{"cannot use this database: it holds version " + std::to_string(have) +
                  " of the plugin's tables, written by a newer version of the plugin; install "
                  "that version"};
  if (have == static_cast<int>(migrations.size())) return;

  // One copy per upgrade step: a plugin whose migration keeps failing does not leave a new
  // copy at every start.
  if (!db.created_now()) {
    fs::path copy = db.file();
    copy += "." + id + "-v" + std::to_string(have) + "-to-v" + std::to_string(migrations.size()) +
            ".bak";
    std::error_code ec;
    if (!fs::exists(copy, ec)) {
      db.dialect().copy_to(db.sql(), copy);
      paths::make_private(copy);
    }
  }

  const std::string prefix = id + "_";
  auto owned = [&](const std::string& name) { return name.rfind(prefix, 0) == 0; };
  storage::WriteTransaction tx(db);
  const auto before = db.dialect().schema_objects(db.sql());
  for (const auto& m : migrations) {
    if (m.version <= have) continue;
    try {
      db.dialect().execute_script(db.sql(), m.sqlite);
    } catch (const std::exception& e) {
      throw Refusal{"failed in its migration " + std::to_string(m.version) + " (" + m.name +
                    "), and nothing of its migrations was kept: " + e.what()};
    }
    store.record_migration(tx, id, m.version, m.name);
  }
  const auto after = db.dialect().schema_objects(db.sql());
  for (const auto& o : after) {
    if (owned(o.name)) continue;
    const bool existed = std::find(before.begin(), before.end(), o) != before.end();
    if (!existed)
      throw Refusal{"tried to create or change " + o.type + " \"" + o.name +
                    "\", which is not named \"" + prefix +
                    "...\"; nothing of its migrations was kept"};
  }
  for (const auto& o : before) {
    if (owned(o.name)) continue;
    if (std::find(after.begin(), after.end(), o) == after.end())
      throw Refusal{"tried to drop or change MyoChart's " + o.type + " \"" + o.name +
                    "\"; nothing of its migrations was kept"};
  }
  tx.commit();
}

}  // namespace

void PluginHost::activate(PluginRecord& r) {
  const std::string file_name = r.file.filename().string();
  fs::path sentinel;
  if (!options_.sentinel_dir.empty()) {
    sentinel = sentinel_prefix(options_);
    sentinel += std::to_string(getpid());
    std::ofstream out(sentinel, std::ios::trunc);
    out << nlohmann::json{{"plugin", r.id},
                          {"file", r.file.string()},
                          {"pid", getpid()},
                          {"started_at", format_timestamp(now())}}
               .dump();
  }
  std::unique_ptr<Plugin> plugin;
  const Context ctx(r.file, r.id);
  try {
    boost::dll::shared_library lib;
    try {
      lib.load(boost::dll::fs::path(r.file.string()),
               boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    } catch (const std::exception& e) {
      throw Refusal{"cannot be loaded: " + loader_message(e.what())};
    }
    kept_libraries().push_back(lib);

    if (!lib.has("myochart_plugin_api_version"))
      throw Refusal{
          "is not a MyoChart plugin: it does not export myochart_plugin_api_version() "
          "(build it with MYOCHART_PLUGIN from myochart/plugin/sdk.h)"};
    r.api_version = during("reading its API version",
                           [&] { return lib.get<int()>("myochart_plugin_api_version")(); });
    if (r.api_version != kApiVersion)
      throw Refusal{"was built for plugin API version " + std::to_string(r.api_version) +
                    ", and this MyoChart supports version " + std::to_string(kApiVersion) +
                    "; rebuild it against this MyoChart's SDK"};
    if (!lib.has("myochart_create_plugin"))
      throw Refusal{
          "has no plugin factory: the symbol myochart_create_plugin is missing (export "
          "one with MYOCHART_PLUGIN)"};
    PluginFactory* factory = nullptr;
    try {
      factory = &lib.get_alias<PluginFactory>("myochart_create_plugin");
    } catch (const boost::system::system_error& e) {
      throw Refusal{std::string("has no usable plugin factory: ") + e.what()};
    }
    plugin.reset(during("creating the plugin", [&] { return factory(); }));
    if (!plugin) throw Refusal{"returned no plugin from its factory"};
    const PluginInfo info = during("reading its name and version", [&] { return plugin->info(); });
    if (info.id != r.id)
      throw Refusal{"declares the id \"" + info.id + "\", but its file is named " + file_name +
                    "; the file must be named " + info.id + ".so"};
    if (info.name.empty() || info.version.empty())
      throw Refusal{"does not give its name and version (PluginInfo)"};
    r.name = info.name;
    r.version = info.version;
    r.author = info.author;
    r.description = info.description;

    Staging staging(ctx);
    during("registering its contributions", [&] { plugin->register_contributions(staging); });

    // Clashes with what is there already.
    for (const auto& k : staging.mark_kinds) {
      if (const auto* other = registry_.mark_kind(k.id))
        throw Refusal{"contributes the mark kind \"" + k.id + "\", which plugin \"" +
                      registry_.name_of(other->plugin_id) + "\" contributes already"};
    }
    for (const auto& c : staging.commands) {
      const std::string name = during("naming its CLI command", [&] { return c->name(); });
      if (!valid_command_name(name))
        throw Refusal{"names its CLI command \"" + name +
                      "\", which is not a valid name (lowercase "
                      "letters, digits and '-')"};
      if (std::find(options_.reserved_commands.begin(), options_.reserved_commands.end(), name) !=
          options_.reserved_commands.end())
        throw Refusal{"contributes the CLI command \"" + name +
                      "\", which is one of MyoChart's own"};
      if (const auto* other = registry_.cli_command(name))
        throw Refusal{"contributes the CLI command \"" + name + "\", which plugin \"" +
                      other->plugin_name + "\" contributes already"};
    }
    for (const auto& c : staging.composers) {
      const std::string cid = during("naming its handout composer", [&] { return c->id(); });
      if (registry_.composer(cid))
        throw Refusal{"contributes the handout composer \"" + cid +
                      "\", which another plugin contributes already"};
    }

    for (const auto& k : staging.assessment_keepers) {
      const std::string fid =
          during("naming the form its keeper keeps", [&] { return k->form_id(); });
      const bool own = std::any_of(staging.forms.begin(), staging.forms.end(),
                                   [&](const auto& f) { return f->definition().id == fid; });
      if (!own)
        throw Refusal{"keeps answers of the form \"" + fid + "\", which it does not contribute"};
    }
    for (const auto& k : staging.handout_keepers) {
      const std::string cid =
          during("naming the composer its keeper keeps", [&] { return k->composer_id(); });
      const bool own = std::any_of(staging.composers.begin(), staging.composers.end(),
                                   [&](const auto& c) { return c->id() == cid; });
      if (!own)
        throw Refusal{"keeps plans of the handout composer \"" + cid +
                      "\", which it does not contribute"};
    }

    if (!staging.migrations.empty()) {
      if (!options_.database)
        throw Refusal{"keeps tables in the database, and no database is open"};
      apply_migrations(*options_.database, r.id, staging.migrations);
    }

    // Everything checked: publish.
    registry_.plugin_names_[r.id] = r.name;
    for (auto& p : staging.packs) {
      p.plugin_id = r.id;
      r.contributions.push_back("knowledge pack " + p.id);
      registry_.packs_.push_back(std::move(p));
    }
    for (auto& k : staging.mark_kinds) {
      const bool builtin = chart::find_mark_kind(k.id) != nullptr;
      if (!builtin) chart::register_mark_kind(k.id, k.label, k.r, k.g, k.b, k.symbol);
      r.contributions.push_back((builtin ? "fields for mark kind " : "mark kind ") + k.id);
      registry_.mark_kinds_.push_back({r.id, std::move(k), builtin});
    }
    for (auto& l : staging.layers) {
      r.contributions.push_back("chart layer " + l->id());
      registry_.layers_.push_back({r.id, r.name, std::move(l)});
    }
    for (auto& f : staging.forms) {
      r.contributions.push_back("assessment form " + f->definition().id);
      registry_.forms_.push_back({r.id, r.name, std::move(f)});
    }
    for (auto& c : staging.composers) {
      r.contributions.push_back("handout composer " + c->id());
      registry_.composers_.push_back({r.id, r.name, std::move(c)});
    }
    for (auto& c : staging.commands) {
      r.contributions.push_back("CLI command " + c->name());
      registry_.commands_.push_back({r.id, r.name, std::move(c)});
    }
    for (auto& a : staging.analyzers) {
      r.contributions.push_back("session analyzer " + a->id());
      registry_.analyzers_.push_back({r.id, r.name, std::move(a)});
    }
    for (auto& k : staging.assessment_keepers) {
      r.contributions.push_back("answers of form " + k->form_id());
      registry_.assessment_keepers_.push_back({r.id, r.name, std::move(k)});
    }
    for (auto& k : staging.handout_keepers) {
      r.contributions.push_back("sheets of composer " + k->composer_id());
      registry_.handout_keepers_.push_back({r.id, r.name, std::move(k)});
    }
    if (!staging.migrations.empty()) {
      r.contributions.push_back("tables " + r.id + "_* (schema version " +
                                std::to_string(staging.migrations.size()) + ")");
      registry_.migrations_[r.id] = std::move(staging.migrations);
    }
    r.state = PluginState::kActive;
    r.reason.clear();
    plugins_.push_back(std::move(plugin));
  } catch (const Refusal& refusal) {
    r.state = PluginState::kRefused;
    r.reason = file_name + " " + refusal.reason;
  } catch (const std::exception& e) {
    r.state = PluginState::kRefused;
    r.reason = file_name + " failed while being activated: " + e.what();
  }
  plugin.reset();  // a refused plugin's object (its contributions are gone with `staging`)
  if (!sentinel.empty()) {
    std::error_code ec;
    fs::remove(sentinel, ec);
  }
}

}  // namespace myochart::plugin
