#include "gui/gui_thread.h"

#include <wx/app.h>

#ifdef __WXGTK__
#include <glib.h>
#endif

namespace myochart::gui {

namespace {

struct Call {
  std::weak_ptr<int> alive;
  std::function<void()> f;
};

}  // namespace

void run_on_gui_thread(const Liveness& alive, std::function<void()> f) {
  auto* call = new Call{alive, std::move(f)};
#ifdef __WXGTK__
  // A source attached to the default context is dispatched by the thread that runs it (the GUI
  // thread). (g_main_context_invoke() would not do: it calls the function at once on the
  // calling thread whenever that thread can acquire the context.)
  GSource* source = g_idle_source_new();
  g_source_set_priority(source, G_PRIORITY_DEFAULT);
  g_source_set_callback(
      source,
      [](gpointer data) -> gboolean {
        auto* c = static_cast<Call*>(data);
        if (!c->alive.expired()) c->f();
        return G_SOURCE_REMOVE;
      },
      call, [](gpointer data) { delete static_cast<Call*>(data); });
  g_source_attach(source, nullptr);
  g_source_unref(source);
#else
  wxTheApp->CallAfter([call] {
    if (!call->alive.expired()) call->f();
    delete call;
  });
#endif
}

}  // namespace myochart::gui
