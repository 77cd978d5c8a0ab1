// myochart: the desktop app. Everything is in the library (app/gui), so that tests and
// benchmarks drive the same frames.
#include <cstdlib>

#include "gui/app.h"

wxIMPLEMENT_APP_NO_MAIN(myochart::gui::MyoChartApp);

int main(int argc, char** argv) {
  // MyoChart draws with cairo and never with OpenGL, but GTK 3 probes OpenGL when it opens the
  // display, which maps the GL driver (with Mesa's software renderer: LLVM, ~45 MB and tens of
  // milliseconds at every start). A value the user set is kept.
  ::setenv("GDK_GL", "disable", 0);
  return wxEntry(argc, argv);
}
