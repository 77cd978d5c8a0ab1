#pragma once
// The registry of contributions, owned by the host. Apps (CLI, GUI) and tests reach plugins
// only through it; every call into plugin code goes through it, so a plugin's exception is
// caught here and reported with the plugin's name (PluginError).
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "myochart/errors.h"
#include "myochart/plugin/sdk.h"

namespace myochart::plugin {

/// Plugin code failed (threw) during a call. The message names the plugin.
class PluginError : public Error {
 public:
  PluginError(std::string plugin_id, const std::string& message)
      : Error(message), plugin_id_(std::move(plugin_id)) {}
  const std::string& plugin_id() const noexcept { return plugin_id_; }

 private:
  std::string plugin_id_;
};

/// A contribution and who made it.
namespace detail {

// Runs plugin code. MyoChart's own errors (a ValidationError a plugin raises about the user's
// input, a NotFoundError...) pass through with their type, so that callers map them to the
// right exit status or dialog; anything else becomes a PluginError naming the plugin.
template <typename F>
decltype(auto) call_plugin(const std::string& id, const std::string& name, const std::string& doing,
                           F&& f) {
  try {
    return f();
  } catch (const ValidationError&) {
    throw;
  } catch (const NotFoundError&) {
    throw;
  } catch (const ConflictError&) {
    throw;
  } catch (const LockedError&) {
    throw;
  } catch (const std::exception& e) {
    throw PluginError(id, "plugin \"" + name + "\" failed while " + doing + ": " + e.what());
  } catch (...) {
    throw PluginError(id, "plugin \"" + name + "\" failed while " + doing +
                              " (it threw something that is not an exception)");
  }
}

}  // namespace detail

template <class T>
struct Contribution {
  std::string plugin_id;
  std::string plugin_name;
  std::shared_ptr<const T> object;
};

struct PackEntry {
  std::string plugin_id;
  std::string id;
  std::filesystem::path file;
  std::shared_ptr<const nlohmann::json> data;
};

struct MarkKindEntry {
  std::string plugin_id;
  MarkKindSpec spec;
  bool extends_builtin = false;  ///< adds fields to a built-in kind
};

class Registry {
 public:
  Registry() = default;
  ~Registry();
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  // --- what is registered
  const std::vector<PackEntry>& knowledge_packs() const { return packs_; }
  /// The pack's document, or nullptr when that plugin is not active or has no such pack.
  const nlohmann::json* knowledge_pack(std::string_view plugin_id, std::string_view pack_id) const;
  const std::vector<MarkKindEntry>& mark_kinds() const { return mark_kinds_; }
  const MarkKindEntry* mark_kind(std::string_view id) const;
  const std::vector<Contribution<ChartLayer>>& chart_layers() const { return layers_; }
  const std::vector<Contribution<AssessmentForm>>& forms() const { return forms_; }
  const Contribution<AssessmentForm>* form(std::string_view plugin_id,
                                           std::string_view form_id) const;
  const std::vector<Contribution<HandoutComposer>>& composers() const { return composers_; }
  const Contribution<HandoutComposer>* composer(std::string_view id) const;
  const std::vector<Contribution<CliCommand>>& cli_commands() const { return commands_; }
  const Contribution<CliCommand>* cli_command(std::string_view name) const;
  const std::vector<Contribution<SessionAnalyzer>>& session_analyzers() const { return analyzers_; }
  /// The keeper of a form's answers, or nullptr.
  const Contribution<AssessmentKeeper>* assessment_keeper(std::string_view plugin_id,
                                                          std::string_view form_id) const;
  const std::vector<Contribution<AssessmentKeeper>>& assessment_keepers() const {
    return assessment_keepers_;
  }
  /// The keeper of a composer's plans, or nullptr.
  const Contribution<HandoutKeeper>* handout_keeper(std::string_view composer_id) const;
  const std::vector<Contribution<HandoutKeeper>>& handout_keepers() const {
    return handout_keepers_;
  }
  /// Migrations registered per plugin (applied by the host when a database is open).
  const std::map<std::string, std::vector<PluginMigration>>& migrations() const {
    return migrations_;
  }

  // --- calls into plugins, guarded (PluginError names the plugin)
  /// Every layer's overlays for the query, in registration order.
  std::vector<render::Overlay> overlays(const LayerQuery& query) const;
  /// Every layer's suggestions, best first.
  std::vector<Suggestion> suggestions(chart::View view, chart::MarkShape shape,
                                      const std::vector<chart::Point>& points) const;
  /// Validates the answers (ValidationError) and runs the form's evaluator; findings get
  /// source_plugin set.
  std::vector<Finding> evaluate(std::string_view plugin_id, std::string_view form_id,
                                const Answers& answers) const;
  /// Checks a mark's plugin attributes against the fields its kind declares.
  void validate_mark_attributes(const chart::ChartMark& mark) const;
  nlohmann::json propose_handout(std::string_view composer_id, const HandoutRequest& request) const;
  doc::Document render_handout(std::string_view composer_id, const nlohmann::json& plan,
                               const HandoutContext& context) const;
  /// Every analyzer's result for the session, in registration order (paired with who made it).
  std::vector<std::pair<const Contribution<SessionAnalyzer>*, SessionAnalysis>> analyze(
      const SessionSubject& session) const;
  /// Calls `f` (plugin code of contribution `c`) the way every call above is made: MyoChart's
  /// own errors (ValidationError, NotFoundError, ConflictError, LockedError) pass through,
  /// anything else becomes a PluginError naming the plugin and `doing`.
  template <class T, class F>
  decltype(auto) call(const Contribution<T>& c, const std::string& doing, F&& f) const {
    return detail::call_plugin(c.plugin_id, c.plugin_name, doing, std::forward<F>(f));
  }
  /// Runs a plugin's CLI command; returns its exit status.
  int run_cli_command(std::string_view name, const std::vector<std::string>& args, CliIo& io) const;

 private:
  friend class PluginHost;
  std::string name_of(const std::string& plugin_id) const;

  std::map<std::string, std::string> plugin_names_;
  std::vector<PackEntry> packs_;
  std::vector<MarkKindEntry> mark_kinds_;
  std::vector<Contribution<ChartLayer>> layers_;
  std::vector<Contribution<AssessmentForm>> forms_;
  std::vector<Contribution<HandoutComposer>> composers_;
  std::vector<Contribution<CliCommand>> commands_;
  std::map<std::string, std::vector<PluginMigration>> migrations_;
  // Added with the session work interfaces: after the members above, so that the layout a
  // plugin built before them sees (through CliIo::registry) is unchanged.
  std::vector<Contribution<SessionAnalyzer>> analyzers_;
  std::vector<Contribution<AssessmentKeeper>> assessment_keepers_;
  std::vector<Contribution<HandoutKeeper>> handout_keepers_;
};

}  // namespace myochart::plugin
