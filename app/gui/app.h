#pragma once
// The wxWidgets application: command line, the clinic database, the main window, and the edge
// where any error left unhandled is shown in plain words instead of ending the program.
//
//   myochart [--db FILE] [--demo]
// --db names the database (default: the therapist's, created empty on first start); --demo
// opens the demo clinic. --quit-when-ready (benchmarks) prints start-up figures once the client
// list shows, then quits.
#include <wx/app.h>
#include <wx/cmdline.h>

#include <memory>
#include <utility>
#include <vector>

#include "gui/clinic.h"

namespace myochart::gui {

class MainFrame;

class MyoChartApp : public wxApp {
 public:
  bool OnInit() override;
  int OnExit() override;
  void OnInitCmdLine(wxCmdLineParser& parser) override;
  bool OnCmdLineParsed(wxCmdLineParser& parser) override;
  bool OnExceptionInMainLoop() override;
  void OnUnhandledException() override;

 private:
  void report_ready();
  /// Milliseconds since launch (MYOCHART_LAUNCH_NS, set by bench_gui), or since OnInit.
  double since_launch() const;
  std::vector<std::pair<const char*, double>> phases_;  ///< start-up steps, for --quit-when-ready
  wxString db_;
  bool demo_ = false;
  bool quit_when_ready_ = false;
  std::unique_ptr<Clinic> clinic_;
  MainFrame* frame_ = nullptr;
};

/// Resident memory of this process right now, and its peak, in KiB (from /proc/self/status).
struct MemoryUse {
  long resident_kib = 0;
  long peak_kib = 0;
};
MemoryUse memory_use();

}  // namespace myochart::gui
