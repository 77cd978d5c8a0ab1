#include "gui/app.h"

#include <wx/msgdlg.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "gui/app_config.h"
#include "gui/errors_ui.h"
#include "gui/main_frame.h"
#include "gui/wx_text.h"
#include "myochart/errors.h"
#include "myochart/paths.h"

namespace myochart::gui {

MemoryUse memory_use() {
  MemoryUse m;
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") status >> m.resident_kib;
    if (key == "VmHWM:") status >> m.peak_kib;
  }
  return m;
}

void MyoChartApp::OnInitCmdLine(wxCmdLineParser& parser) {
  wxApp::OnInitCmdLine(parser);
  parser.AddOption("", "db",
                   "the clinic database file (default: your own, created on first start)");
  parser.AddSwitch("", "demo",
                   "open the demo clinic (made by `myochart-cli demo` or tools/run.sh)");
  parser.AddSwitch("", "quit-when-ready",
                   "print start-up figures once the window is usable, then quit");
}

bool MyoChartApp::OnCmdLineParsed(wxCmdLineParser& parser) {
  parser.Found("db", &db_);
  demo_ = parser.Found("demo");
  quit_when_ready_ = parser.Found("quit-when-ready");
  return wxApp::OnCmdLineParsed(parser);
}

double MyoChartApp::since_launch() const {
  static const long long fallback = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                        std::chrono::steady_clock::now().time_since_epoch())
                                        .count();
  const char* launch = std::getenv("MYOCHART_LAUNCH_NS");
  const long long start = launch ? std::atoll(launch) : fallback;
  const long long now_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                               std::chrono::steady_clock::now().time_since_epoch())
                               .count();
  return static_cast<double>(now_ns - start) / 1e6;
}

bool MyoChartApp::OnInit() {
  phases_.emplace_back("init", since_launch());
  paths::restrict_umask();  // health data: every file this process makes is private
  SetAppName("MyoChart");
  SetAppDisplayName("MyoChart");
  use_utf8_for_narrow_strings();
  if (!wxApp::OnInit()) return false;
  try {
    app_config::install();
    std::filesystem::path file;
    bool create = false;
    if (!db_.empty()) {
      file = std::filesystem::path(utf8(db_));
    } else if (demo_) {
      file = paths::demo_database();
    } else {
      file = paths::default_database();
      create = true;  // the therapist's own database starts empty
    }
    if (!create && !std::filesystem::exists(file))
      throw Error("there is no MyoChart database at " + file.string() +
                  (demo_ ? " (make it with tools/run.sh or `myochart-cli demo`)" : ""));
    clinic_ = std::make_unique<Clinic>(file, create);
    phases_.emplace_back("database", since_launch());
  } catch (const std::exception& e) {
    wxMessageBox(describe_error(e), "MyoChart cannot open the database", wxOK | wxICON_ERROR);
    return false;
  }
  frame_ = new MainFrame(*clinic_);
  phases_.emplace_back("window", since_launch());
  frame_->on_ready = [this] {
    if (quit_when_ready_) {
      report_ready();
      frame_->CallAfter([f = frame_] { f->Close(true); });
    } else {
      frame_->CallAfter([f = frame_] { f->offer_recovered_edits(); });
    }
  };
  frame_->Show();
  phases_.emplace_back("shown", since_launch());
  return true;
}

void MyoChartApp::report_ready() {
  // The launcher (bench_gui) passes its clock reading at launch; steady_clock is CLOCK_MONOTONIC.
  const double ready = std::getenv("MYOCHART_LAUNCH_NS") ? since_launch() : -1;
  const MemoryUse m = memory_use();
  std::printf("ready_ms=%.1f rss_kib=%ld peak_kib=%ld phases:", ready, m.resident_kib, m.peak_kib);
  for (const auto& [name, ms] : phases_) std::printf(" %s=%.1f", name, ms);
  std::printf("\n");
  std::fflush(stdout);
}

int MyoChartApp::OnExit() {
  clinic_.reset();
  return wxApp::OnExit();
}

bool MyoChartApp::OnExceptionInMainLoop() {
  // The edge of every user action: say what went wrong and carry on.
  try {
    throw;
  } catch (const std::exception& e) {
    wxMessageBox(describe_error(e), "MyoChart", wxOK | wxICON_WARNING);
  } catch (...) {
    wxMessageBox("Something went wrong, and MyoChart could not tell what.", "MyoChart",
                 wxOK | wxICON_WARNING);
  }
  return true;
}

void MyoChartApp::OnUnhandledException() {
  try {
    throw;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "myochart: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "myochart: unknown error\n");
  }
}

}  // namespace myochart::gui
