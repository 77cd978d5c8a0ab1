#pragma once
// Running a function on the GUI thread soon, from another thread (the client search).
//
// wx's CallAfter would do, but wxGTK runs its queued calls from a low-priority GLib idle source,
// after GTK's next frame has been drawn: an answer then waits up to a frame. Here the call is a
// GLib source of default priority, dispatched by the GUI thread as soon as it is free.
#include <functional>
#include <memory>

namespace myochart::gui {

/// A token a window owns: calls posted against it are skipped once it is gone.
using Liveness = std::shared_ptr<int>;
inline Liveness make_liveness() {
  return std::make_shared<int>(0);
}

/// Runs `f` on the GUI thread soon, unless `alive` has been released by then. Callable from
/// any thread.
void run_on_gui_thread(const Liveness& alive, std::function<void()> f);

}  // namespace myochart::gui
