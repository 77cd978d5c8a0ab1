#pragma once
// The MyoChart plugin SDK. A plugin includes this header (and, through it, core's public
// headers), implements Plugin, and exports it with MYOCHART_PLUGIN(ClassName):
//
//   class MyPlugin final : public myochart::plugin::Plugin {
//     PluginInfo info() const override { return {"my_plugin", "My plugin", "1.0.0", ...}; }
//     void register_contributions(Registrar& r) override { r.add_cli_command(...); }
//   };
//   MYOCHART_PLUGIN(MyPlugin)
//
// Rules of the boundary (docs/plugins.md):
// - The host reads myochart_plugin_api_version() first, through a plain C symbol, and touches
//   nothing else in a library built for another API version.
// - A plugin contributes only through the Registrar it is given; nothing registers itself
//   statically, and no singleton is shared between libraries.
// - Every object a plugin hands over is destroyed by the host before the plugin object, and
//   the library is never unloaded while MyoChart runs.
// - Exceptions thrown by plugin code are caught by the host and reported with the plugin's name.
// - Interfaces below are frozen for an API version: new capabilities come as new interfaces
//   and a new version.
#include <boost/config.hpp>
#include <boost/dll/alias.hpp>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "myochart/errors.h"
#include "myochart/plugin/chart_layer.h"
#include "myochart/plugin/cli_command.h"
#include "myochart/plugin/composer.h"
#include "myochart/plugin/findings.h"
#include "myochart/plugin/forms.h"
#include "myochart/plugin/knowledge_pack.h"
#include "myochart/plugin/session_work.h"

/// The plugin API this SDK describes. A library reporting another number is refused.
#define MYOCHART_PLUGIN_API_VERSION 1

namespace myochart::plugin {

inline constexpr int kApiVersion = MYOCHART_PLUGIN_API_VERSION;

struct PluginInfo {
  std::string id;       ///< [a-z][a-z0-9_]{1,31}; equals the library's file name (id.so)
  std::string name;     ///< "Trigger points"
  std::string version;  ///< the plugin's own version, e.g. "1.2.0"
  std::string author;
  std::string description;
};

/// What the host tells a plugin about where it runs.
class PluginContext {
 public:
  virtual ~PluginContext() = default;
  virtual const std::filesystem::path& library_file() const = 0;
  /// The plugin's data folder: <folder of the library>/data when the library sits in a folder
  /// named after its id (the installed layout), else <folder>/<id>/data.
  virtual const std::filesystem::path& data_dir() const = 0;
};

/// The contribution points. Called only during Plugin::register_contributions(); a plugin
/// whose registration throws is refused and none of its contributions are kept.
class Registrar {
 public:
  virtual ~Registrar() = default;
  virtual const PluginContext& context() const = 0;
  /// Reads and validates a pack; the returned document lives as long as the host. Throws
  /// ValidationError naming the file, the JSON pointer and the rule broken.
  virtual const nlohmann::json& add_knowledge_pack(const KnowledgePackSpec& pack) = 0;
  virtual void add_mark_kind(MarkKindSpec kind) = 0;
  virtual void add_chart_layer(std::shared_ptr<const ChartLayer> layer) = 0;
  virtual void add_assessment_form(std::shared_ptr<const AssessmentForm> form) = 0;
  virtual void add_handout_composer(std::shared_ptr<const HandoutComposer> composer) = 0;
  virtual void add_migration(PluginMigration migration) = 0;
  virtual void add_cli_command(std::shared_ptr<const CliCommand> command) = 0;
  // Session work (session_work.h). Appended: the slots above keep their places.
  virtual void add_session_analyzer(std::shared_ptr<const SessionAnalyzer> analyzer) = 0;
  /// Keeps the answers of one of this plugin's forms (registered before or after it).
  virtual void add_assessment_keeper(std::shared_ptr<const AssessmentKeeper> keeper) = 0;
  /// Keeps the plans of this plugin's handout composer.
  virtual void add_handout_keeper(std::shared_ptr<const HandoutKeeper> keeper) = 0;
};

class Plugin {
 public:
  virtual ~Plugin() = default;
  virtual PluginInfo info() const = 0;
  virtual void register_contributions(Registrar& registrar) = 0;
};

/// The factory every plugin exports under the alias "myochart_create_plugin". The host owns
/// the returned object and deletes it (through the virtual destructor) before shutting down.
using PluginFactory = Plugin*();

}  // namespace myochart::plugin

/// Exports the API version (extern "C") and the factory (a Boost.DLL alias) of a plugin class.
#define MYOCHART_PLUGIN(PluginClass)                                 \
  extern "C" BOOST_SYMBOL_EXPORT int myochart_plugin_api_version() { \
    return MYOCHART_PLUGIN_API_VERSION;                              \
  }                                                                  \
  namespace myochart_plugin_entry {                                  \
  inline ::myochart::plugin::Plugin* create_plugin() {               \
    return new PluginClass();                                        \
  }                                                                  \
  }                                                                  \
  BOOST_DLL_ALIAS(myochart_plugin_entry::create_plugin, myochart_create_plugin)
