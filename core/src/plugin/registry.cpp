#include "myochart/plugin/registry.h"

#include <algorithm>
#include <exception>

namespace myochart::plugin {

Registry::~Registry() = default;

std::string Registry::name_of(const std::string& plugin_id) const {
  auto it = plugin_names_.find(plugin_id);
  return it == plugin_names_.end() ? plugin_id : it->second;
}

using detail::call_plugin;

const nlohmann::json* Registry::knowledge_pack(std::string_view plugin_id,
                                               std::string_view pack_id) const {
  for (const auto& p : packs_)
    if (p.plugin_id == plugin_id && p.id == pack_id) return p.data.get();
  return nullptr;
}

const MarkKindEntry* Registry::mark_kind(std::string_view id) const {
  for (const auto& k : mark_kinds_)
    if (k.spec.id == id) return &k;
  return nullptr;
}

const Contribution<AssessmentForm>* Registry::form(std::string_view plugin_id,
                                                   std::string_view form_id) const {
  for (const auto& f : forms_)
    if (f.plugin_id == plugin_id && f.object->definition().id == form_id) return &f;
  return nullptr;
}

const Contribution<HandoutComposer>* Registry::composer(std::string_view id) const {
  for (const auto& c : composers_)
    if (c.object->id() == id) return &c;
  return nullptr;
}

const Contribution<CliCommand>* Registry::cli_command(std::string_view name) const {
  for (const auto& c : commands_)
    if (c.object->name() == name) return &c;
  return nullptr;
}

const Contribution<AssessmentKeeper>* Registry::assessment_keeper(std::string_view plugin_id,
                                                                  std::string_view form_id) const {
  for (const auto& k : assessment_keepers_)
    if (k.plugin_id == plugin_id && k.object->form_id() == form_id) return &k;
  return nullptr;
}

const Contribution<HandoutKeeper>* Registry::handout_keeper(std::string_view composer_id) const {
  for (const auto& k : handout_keepers_)
    if (k.object->composer_id() == composer_id) return &k;
  return nullptr;
}

std::vector<std::pair<const Contribution<SessionAnalyzer>*, SessionAnalysis>> Registry::analyze(
    const SessionSubject& session) const {
  std::vector<std::pair<const Contribution<SessionAnalyzer>*, SessionAnalysis>> out;
  for (const auto& a : analyzers_) {
    auto result = call_plugin(a.plugin_id, a.plugin_name, "analysing the session",
                              [&] { return a.object->analyze(session); });
    for (auto& f : result.findings) f.source_plugin = a.plugin_id;
    out.emplace_back(&a, std::move(result));
  }
  return out;
}

std::vector<render::Overlay> Registry::overlays(const LayerQuery& query) const {
  std::vector<render::Overlay> out;
  for (const auto& l : layers_) {
    auto more = call_plugin(l.plugin_id, l.plugin_name, "drawing its chart layer",
                            [&] { return l.object->overlays(query); });
    out.insert(out.end(), std::make_move_iterator(more.begin()),
               std::make_move_iterator(more.end()));
  }
  return out;
}

std::vector<Suggestion> Registry::suggestions(chart::View view, chart::MarkShape shape,
                                              const std::vector<chart::Point>& points) const {
  std::vector<Suggestion> out;
  for (const auto& l : layers_) {
    auto more = call_plugin(l.plugin_id, l.plugin_name, "making suggestions",
                            [&] { return l.object->suggest(view, shape, points); });
    out.insert(out.end(), std::make_move_iterator(more.begin()),
               std::make_move_iterator(more.end()));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Suggestion& a, const Suggestion& b) { return a.score > b.score; });
  return out;
}

std::vector<Finding> Registry::evaluate(std::string_view plugin_id, std::string_view form_id,
                                        const Answers& answers) const {
  const auto* f = form(plugin_id, form_id);
  if (!f)
    throw ValidationError("form",
                          "\"" + std::string(plugin_id) + "/" + std::string(form_id) +
                              "\" is not a form of an active plugin",
                          "a form listed by `plugins info`");
  validate_answers(f->object->definition(), answers);
  auto findings = call_plugin(f->plugin_id, f->plugin_name, "evaluating its assessment",
                              [&] { return f->object->evaluate(answers); });
  for (auto& x : findings) x.source_plugin = f->plugin_id;
  return findings;
}

void Registry::validate_mark_attributes(const chart::ChartMark& mark) const {
  const MarkKindEntry* k = mark_kind(mark.kind);
  if (!k || k->spec.fields.empty()) return;
  FormDefinition form;
  form.id = "attributes";
  form.sections.push_back({.fields = k->spec.fields});
  validate_answers(form, mark.attributes);
}

nlohmann::json Registry::propose_handout(std::string_view composer_id,
                                         const HandoutRequest& request) const {
  const auto* c = composer(composer_id);
  if (!c)
    throw ValidationError("composer", "\"" + std::string(composer_id) + "\" is not active",
                          "a composer listed by `plugins info`");
  return call_plugin(c->plugin_id, c->plugin_name, "proposing a handout",
                     [&] { return c->object->propose(request); });
}

doc::Document Registry::render_handout(std::string_view composer_id, const nlohmann::json& plan,
                                       const HandoutContext& context) const {
  const auto* c = composer(composer_id);
  if (!c)
    throw ValidationError("composer", "\"" + std::string(composer_id) + "\" is not active",
                          "a composer listed by `plugins info`");
  call_plugin(c->plugin_id, c->plugin_name, "checking a handout plan",
              [&] { c->object->validate_plan(plan); });
  return call_plugin(c->plugin_id, c->plugin_name, "laying out a handout",
                     [&] { return c->object->render(plan, context); });
}

int Registry::run_cli_command(std::string_view name, const std::vector<std::string>& args,
                              CliIo& io) const {
  const auto* c = cli_command(name);
  if (!c)
    throw ValidationError("command", "\"" + std::string(name) + "\" is not a command",
                          "see --help for the list");
  return call_plugin(c->plugin_id, c->plugin_name, "running `" + std::string(name) + "`",
                     [&] { return c->object->run(args, io); });
}

}  // namespace myochart::plugin
