// myochart: the desktop app. Everything is in the library (app/gui), so that tests and
// benchmarks drive the same frames.
#include "gui/app.h"

wxIMPLEMENT_APP(myochart::gui::MyoChartApp);
