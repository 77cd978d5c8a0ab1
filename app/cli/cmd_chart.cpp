// chart render: a session's view to PNG or PDF.
#include <cmath>
#include <memory>

#include "cli_context.h"
#include "myochart/errors.h"
#include "myochart/render/chart_renderer.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/sessions.h"

namespace myochart::cli {

void add_chart_commands(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("chart", "Body charts")->require_subcommand(1);
  struct Args {
    Id session = 0;
    std::string view = "posterior", out;
    int width = 800;
    bool no_legend = false, compare = false, no_layers = false;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = group->add_subcommand("render", "Draw a session's chart view to a PNG or PDF file");
  cmd->add_option("session", a->session, "Session id")->required();
  std::vector<std::string> views;
  for (auto v : chart::kAllViews) views.emplace_back(chart::to_string(v));
  cmd->add_option("--view", a->view, "Chart view")->check(CLI::IsMember(views));
  cmd->add_option("--out", a->out, "Output file ending in .png or .pdf")->required();
  cmd->add_option("--width", a->width, "PNG width in pixels")->check(CLI::Range(100, 8000));
  cmd->add_flag("--no-legend", a->no_legend, "Leave out the key of mark kinds");
  cmd->add_flag("--compare-previous", a->compare, "Show the previous session's marks faintly");
  cmd->add_flag("--no-layers", a->no_layers,
                "Leave out plugin chart layers (e.g. trigger-point referral zones)");
  cmd->callback([&ctx, a] {
    const std::filesystem::path out(a->out);
    const auto ext = out.extension().string();
    if (ext != ".png" && ext != ".pdf")
      throw ValidationError("out", "has an unknown file type",
                            "a file name ending in .png or .pdf");
    auto& db = ctx.db();
    storage::Sessions sessions(db);
    storage::ChartMarks marks(db);
    const Session s = sessions.get(a->session);
    render::ChartScene scene;
    scene.view = *chart::view_from_string(a->view);
    scene.marks = marks.list_for_session(s.id, scene.view);
    if (a->compare)
      if (auto prev = sessions.previous(s.id))
        scene.reference_marks = marks.list_for_session(*prev, scene.view);
    scene.title =
        std::string(chart::view_label(scene.view)) + " — session of " + format_local(s.started_at);
    scene.legend = !a->no_legend;
    if (!a->no_layers) {
      // Plugin layers draw from the whole session's marks (a TP marked on the back view may
      // refer pain to the side view).
      plugin::LayerQuery q;
      q.view = scene.view;
      q.marks = marks.list_for_session(s.id);
      scene.overlays = ctx.plugins().registry().overlays(q);
    }
    render::ChartRenderer renderer;
    if (ext == ".png") {
      renderer.write_png(scene, out, a->width,
                         static_cast<int>(std::ceil(renderer.natural_height(scene, a->width))));
    } else {
      renderer.write_pdf(scene, out, 595.276, 841.89);  // A4 portrait
    }
    ctx.print({{"file", out.string()}, {"marks", scene.marks.size()}, {"overlays", scene.overlays.size()}},
              "Wrote " + out.string() + " (" + std::to_string(scene.marks.size()) + " marks)");
  });
}

}  // namespace myochart::cli
