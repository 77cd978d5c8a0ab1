// Catch2's runner for the GUI tests: wx is initialised once (each CTest test is its own process,
// run under its own Xvfb by the emulator set in CMake), then the tests drive the real frames.
#define CATCH_CONFIG_RUNNER
#include <wx/app.h>
#include <wx/image.h>
#include <wx/init.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "gui/gui_support.h"
#include "gui/wx_text.h"

namespace {

// A failed wx assertion would open a modal dialog and hang the test: report it and go on (the
// test then fails on the count checked in gui_support's fixture).
void on_assert(const wxString& file, int line, const wxString& func, const wxString& cond,
               const wxString& msg) {
  std::fprintf(stderr, "wx assertion failed: %s:%d in %s(): %s %s\n",
               static_cast<const char*>(file.utf8_str()), line,
               static_cast<const char*>(func.utf8_str()), static_cast<const char*>(cond.utf8_str()),
               static_cast<const char*>(msg.utf8_str()));
  ++myochart::test::failed_wx_assertions;
}

class TestApp : public wxApp {
 public:
  bool OnInit() override { return true; }
};

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(TestApp);

int main(int argc, char** argv) {
  ::setenv("GDK_GL", "disable", 0);  // as the app does (app/gui/main.cpp)
  // wx may consume GTK options from the arguments it is given: give it a copy.
  std::vector<char*> wx_args(argv, argv + 1);
  int wx_argc = 1;
  wxSetAssertHandler(on_assert);
  if (!wxEntryStart(wx_argc, wx_args.data())) return 70;
  myochart::gui::use_utf8_for_narrow_strings();
  wxTheApp->CallOnInit();
  wxInitAllImageHandlers();
  const int result = Catch::Session().run(argc, argv);
  wxTheApp->OnExit();
  wxEntryCleanup();
  return result;
}
