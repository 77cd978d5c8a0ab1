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
  g_main_context_invoke_full(
      nullptr, G_PRIORITY_DEFAULT,
      [](gpointer data) -> gboolean {
        auto* c = static_cast<Call*>(data);
        if (!c->alive.expired()) c->f();
        return G_SOURCE_REMOVE;
      },
      call, [](gpointer data) { delete static_cast<Call*>(data); });
#else
  wxTheApp->CallAfter([call] {
    if (!call->alive.expired()) call->f();
    delete call;
  });
#endif
}

}  // namespace myochart::gui
