// bench_gui: figures for the desktop app, each beside a baseline measured in the same run. Not a
// test: it prints. Needs a display (the `bench` target runs it under xvfb-run).
//
//   bench_gui [--clients N] [--db FILE] [--runs N] [--only startup|canvas|search]
//
// Run it under `xvfb-run -a -s "-screen 0 1280x900x24 -noreset"`: without -noreset the X server
// resets whenever its last client (a launched app) disconnects, and the next one fails to start.
//
// 1. Start-up: `myochart --db FILE --quit-when-ready` (the window shows the first page of the
//    client list) against a bare wxFrame started the same way (this binary with --bare-frame),
//    alternately, N runs each: time from launch to a usable window, and peak memory.
// 2. Chart canvas: a session with 500 marks and the trigger-point plugin's referral overlay (its
// real
//    layer through the registry), the canvas re-rendered (scene, core's image, bitmap) and painted;
//    baseline: the empty chart.
// 3. Client search as you type on the N-client clinic: keystroke (text changed) to results
//    shown in the list, through the search thread; baseline: one client read by id.
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <wx/app.h>
#include <wx/artprov.h>
#include <wx/dcclient.h>
#include <wx/evtloop.h>
#include <wx/frame.h>
#include <wx/init.h>
#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>
#include <wx/toolbar.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "gui/app.h"
#include "gui/app_config.h"
#include "gui/chart_canvas.h"
#include "gui/client_list_panel.h"
#include "gui/clinic.h"
#include "gui/main_frame.h"
#include "gui/session_frame.h"
#include "gui/wx_text.h"
#include "myochart/chart/mark_geometry.h"
#include "myochart/demo/demo_clinic.h"
#include "myochart/paths.h"
#include "myochart/storage/chart_marks.h"

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;
using namespace myochart;

double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double load_average() {
  double l[1] = {0};
  return ::getloadavg(l, 1) == 1 ? l[0] : -1;
}

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

struct Stats {
  double p50, p95, max;
};
Stats stats(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  auto at = [&](double q) {
    return v[std::min(v.size() - 1, static_cast<std::size_t>(q * v.size()))];
  };
  return {at(0.5), at(0.95), v.back()};
}

void pump() {
  wxTheApp->Yield(true);
  wxTheApp->ProcessPendingEvents();
  wxTheApp->ProcessIdle();
}

template <typename F>
bool wait_for(F condition, double timeout_ms = 20000) {
  const auto start = Clock::now();
  while (!condition()) {
    if (ms_since(start) > timeout_ms) return false;
    pump();
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  return true;
}

// Clinics live until the app's loop has ended: windows destroyed during it are deleted later,
// and unsubscribe from their clinic as they go.
std::vector<std::shared_ptr<gui::Clinic>> clinics;

// ---- the bare frame (child process) ------------------------------------------------------

class BareApp : public wxApp {
 public:
  explicit BareApp(bool chrome) : chrome_(chrome) {}
  bool OnInit() override {
    auto* f = new wxFrame(nullptr, wxID_ANY, "Bare frame", wxDefaultPosition, wxSize(1200, 800));
    if (chrome_) {
      // What any real window has: menus, a toolbar with theme icons, a status line, a field.
      auto* menu = new wxMenu;
      for (int i = 0; i < 5; ++i)
        menu->Append(wxID_HIGHEST + i, wxString::Format("Item %d\tCtrl+%d", i, i));
      auto* bar = new wxMenuBar;
      bar->Append(menu, "&File");
      f->SetMenuBar(bar);
      auto* tb = f->CreateToolBar(wxTB_HORIZONTAL | wxTB_TEXT);
      for (const auto& id : {wxART_NEW, wxART_EDIT, wxART_FIND, wxART_UNDO, wxART_WARNING})
        tb->AddTool(wxID_ANY, "Tool",
                    wxArtProvider::GetBitmapBundle(id, wxART_TOOLBAR, wxSize(24, 24)));
      tb->Realize();
      f->CreateStatusBar();
      f->SetStatusText("/home/therapist/clinic.myochart");
    }
    auto* panel = new wxPanel(f);
    if (chrome_) new wxTextCtrl(panel, wxID_ANY, "", wxPoint(8, 8), wxSize(300, -1));
    // Usable = shown and painted, as the app's "ready" is (its client list painted).
    panel->Bind(wxEVT_PAINT, [f, panel](wxPaintEvent&) {
      wxPaintDC dc(panel);
      static bool told = false;
      if (told) return;
      told = true;
      const char* launch = std::getenv("MYOCHART_LAUNCH_NS");
      const long long now_ns =
          std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
              .count();
      const auto m = gui::memory_use();
      std::printf("ready_ms=%.1f rss_kib=%ld peak_kib=%ld\n",
                  launch ? (now_ns - std::atoll(launch)) / 1e6 : -1.0, m.resident_kib, m.peak_kib);
      std::fflush(stdout);
      f->CallAfter([f] { f->Close(true); });
    });
    f->Show();
    return true;
  }

 private:
  bool chrome_;
};

// ---- start-up (parent) --------------------------------------------------------------------

struct Launch {
  double ready_ms = -1;
  long peak_kib = 0;
  std::string phases;  ///< the app's own start-up steps, ms since launch
};

Launch launch(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  int out[2];
  if (::pipe(out) != 0) return {};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  const long long now_ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
  ::setenv("MYOCHART_LAUNCH_NS", std::to_string(now_ns).c_str(), 1);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  Launch r;
  std::string text;
  char buf[512];
  // A child that has not finished within 30 s is stopped and its run not counted.
  const auto deadline = Clock::now() + std::chrono::seconds(30);
  for (;;) {
    pollfd p{out[0], POLLIN, 0};
    const int wait_ms = static_cast<int>(std::max<long long>(
        0, std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count()));
    if (::poll(&p, 1, wait_ms) <= 0) {
      std::fprintf(stderr, "bench_gui: %s did not finish; stopped\n", args.front().c_str());
      if (rc == 0) ::kill(pid, SIGKILL);
      text.clear();
      break;
    }
    const ssize_t n = ::read(out[0], buf, sizeof buf);
    if (n <= 0) break;
    text.append(buf, static_cast<std::size_t>(n));
  }
  ::close(out[0]);
  if (rc != 0) return r;
  int status = 0;
  rusage usage{};
  ::wait4(pid, &status, 0, &usage);
  if (const auto at = text.find("ready_ms="); at != std::string::npos)
    r.ready_ms = std::atof(text.c_str() + at + 9);
  if (const auto at = text.find("phases:"); at != std::string::npos)
    r.phases = text.substr(at + 8, text.find('\n', at) - at - 8);
  r.peak_kib = usage.ru_maxrss;
  return r;
}

// A bare frame with GTK's defaults, a bare frame with GDK_GL=disable as the app sets it (see
// app/gui/main.cpp), and the app: alternately, `runs` times each, after one warm-up of each.
void bench_startup(const fs::path& self, const fs::path& db, int runs) {
  struct Series {
    const char* label;
    std::vector<std::string> args;
    const char* gdk_gl;  ///< GDK_GL for the child (null: unset)
    std::vector<double> ms;
    std::vector<long> mem;
    std::string phases;
  };
  std::vector<Series> series = {
      {"baseline: bare wx frame, GTK defaults",
       {self.string(), "--bare-frame"},
       nullptr,
       {},
       {},
       {}},
      {"baseline: bare wx frame, GDK_GL=disable",
       {self.string(), "--bare-frame"},
       "disable",
       {},
       {},
       {}},
      {"bare frame + menus, toolbar, status, field",
       {self.string(), "--bare-frame-with-chrome"},
       "disable",
       {},
       {},
       {}},
      {"myochart on the clinic",
       {MYOCHART_APP, "--db", db.string(), "--quit-when-ready"},
       nullptr,
       {},
       {},
       {}},
  };
  for (int i = -1; i < runs; ++i)
    for (auto& s : series) {
      if (s.gdk_gl)
        ::setenv("GDK_GL", s.gdk_gl, 1);
      else
        ::unsetenv("GDK_GL");
      const auto r = launch(s.args);
      if (i >= 0 && r.ready_ms >= 0) s.ms.push_back(r.ready_ms), s.mem.push_back(r.peak_kib);
      if (i >= 0 && !r.phases.empty()) s.phases = r.phases;
    }
  ::setenv("GDK_GL", "disable", 1);
  for (const auto& s : series)
    if (s.ms.empty()) {
      std::printf("start-up: could not launch (is there a display?)\n");
      return;
    }
  std::printf("start-up to a usable window (%d runs each, alternating)\n", runs);
  for (auto& s : series) {
    std::sort(s.mem.begin(), s.mem.end());
    const Stats t = stats(s.ms);
    std::printf("  %-42s p50 %5.0f ms  max %5.0f ms  peak memory %5.1f MB\n", s.label, t.p50, t.max,
                s.mem[s.mem.size() / 2] / 1024.0);
  }
  std::printf("  the app's steps in its last run (ms since launch): %s\n",
              series[3].phases.c_str());
  const double app = stats(series[3].ms).p50;
  std::printf(
      "  ratio (p50): %.2fx the bare frame with GTK's defaults, %.2fx with GDK_GL=disable "
      "(target: within 1.5x); %.2fx the frame with menus, toolbar and status\n",
      app / stats(series[0].ms).p50, app / stats(series[1].ms).p50, app / stats(series[2].ms).p50);
}

// ---- canvas -------------------------------------------------------------------------------

void bench_canvas(const fs::path& dir) {
  const fs::path file = dir / "canvas.myochart";
  fs::remove(file);
  clinics.push_back(std::make_shared<gui::Clinic>(file, true));
  gui::Clinic& clinic = *clinics.back();
  Client c;
  c.given_name = "Canvas";
  c.family_name = "Bench";
  Session s;
  {
    storage::WriteTransaction tx(clinic.db());
    clinic.clients().add(tx, c);
    s.client_id = c.id;
    s.therapist = "Bench";
    s.started_at = std::chrono::floor<std::chrono::minutes>(now());
    clinic.sessions().add(tx, s);
    storage::ChartMarks marks(clinic.db());
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> x(0.3, 0.7), y(0.08, 0.9);
    const char* kinds[] = {"pain", "tension", "trigger_point", "numbness", "treated", "avoid"};
    for (int i = 0; i < 500; ++i) {
      chart::ChartMark m;
      m.session_id = s.id;
      m.view = chart::View::kPosterior;
      m.kind = kinds[i % 6];
      m.intensity = i % 11;
      // Trigger points on six muscles of the trigger-point plugin's pack, so that its layer
      // draws their real referral zones (essential and spillover, both sides).
      static const char* const muscles[] = {"trapezius_upper", "levator_scapulae",
                                            "rhomboids",       "infraspinatus",
                                            "gluteus_medius",  "quadratus_lumborum"};
      if (m.kind == "trigger_point") m.muscle_id = muscles[(i / 6) % 6];
      const chart::Point p{x(rng), y(rng)};
      if (i % 10 == 0) {
        m.shape = chart::MarkShape::kArea;
        m.points = {p, {p.x + 0.04, p.y}, {p.x + 0.05, p.y + 0.03}, {p.x, p.y + 0.04}};
      } else if (i % 10 == 1) {
        m.shape = chart::MarkShape::kStroke;
        m.points = {
            p, {p.x + 0.02, p.y + 0.02}, {p.x + 0.01, p.y + 0.05}, {p.x + 0.03, p.y + 0.07}};
      } else {
        m.points = {p};
      }
      for (auto& q : m.points) q = chart::clamp_to_canvas(q);
      marks.add(tx, m);
    }
    tx.commit();
  }
  auto* frame = new gui::SessionFrame(nullptr, clinic, s.id);
  frame->set_referral_zones(gui::ReferralZones::kHidden);  // first without the plugin layer
  frame->SetPosition(wxPoint(0, 0));
  frame->SetSize(wxSize(1240, 860));
  frame->Show();
  for (int i = 0; i < 50; ++i) pump();
  gui::ChartCanvas* canvas = frame->canvas();
  const wxSize size = canvas->GetClientSize();

  double last_cpu = 0;
  auto measure = [&](int rounds) {
    std::vector<double> render, paint, scene_ms, core_ms, cpu;
    for (int i = 0; i < rounds; ++i) {
      {
        auto t = Clock::now();
        const auto sc = canvas->scene();
        scene_ms.push_back(ms_since(t));
        t = Clock::now();
        (void)clinic.renderer().render_image(sc, size.x, size.y);
        core_ms.push_back(ms_since(t));
      }
      const double cpu_before = thread_cpu_ms();
      canvas->render_now();
      cpu.push_back(thread_cpu_ms() - cpu_before);
      render.push_back(canvas->last_render_ms());
      // A full paint: invalidated, re-rendered and blitted, as after every edit.
      canvas->marks_changed();
      const auto t = Clock::now();
      canvas->Update();
      paint.push_back(ms_since(t));
    }
    if (std::getenv("BENCH_DETAIL"))
      std::printf("    (scene %.2f ms, core render %.2f ms)\n", stats(scene_ms).p50,
                  stats(core_ms).p50);
    last_cpu = stats(cpu).p50;
    return std::pair(stats(render), stats(paint));
  };
  measure(5);  // outlines parsed, caches warm
  const auto [render500, paint500] = measure(60);
  // The trigger-point plugin's own layer, through the registry, as the therapist sees it.
  frame->set_referral_zones(gui::ReferralZones::kAll);
  const std::size_t overlay_count = canvas->scene().overlays.size();
  measure(3);
  const auto [render_overlay, paint_overlay] = measure(60);
  const double overlay_cpu = last_cpu;
  canvas->zoom_by(2.0);
  const auto [render_zoom, paint_zoom] = measure(30);
  canvas->zoom_fit();
  // Baseline: the same canvas with no marks.
  std::vector<chart::ChartMark> none;
  frame->marks().load(none);
  canvas->marks_changed();
  const auto [render_empty, paint_empty] = measure(60);

  std::printf("chart canvas %dx%d (scene, core's render_image_region, bitmap; then paint)\n",
              size.x, size.y);
  auto line = [](const char* what, Stats r, Stats p) {
    std::printf("  %-38s render p50 %5.2f ms p95 %5.2f   paint p50 %5.2f ms p95 %5.2f\n", what,
                r.p50, r.p95, p.p50, p.p95);
  };
  line("baseline: empty chart", render_empty, paint_empty);
  line("500 marks", render500, paint500);
  line("500 marks + referral overlay", render_overlay, paint_overlay);
  std::printf("  (the overlay: %zu zones of the trigger-point plugin)\n", overlay_count);
  line("500 marks + overlay, zoomed 2x", render_zoom, paint_zoom);
  std::printf(
      "  render CPU time (this thread, load-independent), 500 marks + overlay: p50 %.2f ms\n",
      overlay_cpu);
  std::printf("  target: paint with 500 marks and a referral overlay under 8 ms\n");
  frame->Destroy();
  for (int i = 0; i < 20; ++i) pump();
}

// ---- search as you type --------------------------------------------------------------------

void bench_search(const fs::path& db, std::function<void()> done) {
  auto clinic_owner = std::make_shared<gui::Clinic>(db, false);
  clinics.push_back(clinic_owner);
  gui::Clinic& clinic = *clinic_owner;
  // Queries as typed: first letters of names in the clinic, keystroke by keystroke.
  std::vector<std::string> names;
  {
    storage::ClientQuery q;
    q.limit = 400;
    for (const auto& r : clinic.clients().list(q)) names.push_back(r.display_name);
  }
  std::mt19937 rng(11);
  std::vector<std::string> queries;
  for (int i = 0; i < 60; ++i) {
    const std::string& name = names[rng() % names.size()];
    const std::string word = name.substr(name.rfind(' ') + 1);
    std::string typed;
    for (std::size_t k = 0; k < std::min<std::size_t>(4, word.size()); ++k) {
      typed += word[k];
      if ((word[k] & 0xC0) == 0x80) continue;  // whole UTF-8 characters only
      queries.push_back(typed);
    }
  }
  // Baseline: one client by id through the same repository.
  std::vector<double> by_id;
  for (int i = 0; i < 300; ++i) {
    const auto t = Clock::now();
    (void)clinic.clients().find(1 + static_cast<Id>(rng() % 1000));
    by_id.push_back(ms_since(t));
  }

  const auto start = Clock::now();
  auto* frame = new gui::MainFrame(clinic);
  bool ready = false;
  frame->on_ready = [&] { ready = true; };
  frame->Show();
  wait_for([&] { return ready; });
  const double first_page = ms_since(start);
  gui::ClientListPanel* list = frame->client_list();
  // Keystrokes are sent from the app's main loop: each one when the results of the previous are
  // on screen. The list measures request-to-painted itself.
  struct State {
    std::vector<double> shown, query, handoff, paint, query_cpu;
    std::size_t next = 0;
  };
  auto state = std::make_shared<State>();
  auto type_next = [=] {
    if (state->next == queries.size()) {
      list->on_results_shown = nullptr;
      const Stats b = stats(by_id), s = stats(state->shown);
      const auto m = gui::memory_use();
      std::printf("client search as you type, %lld clients (%zu keystrokes, results painted)\n",
                  static_cast<long long>(clinic_owner->clients().count()), state->shown.size());
      std::printf("  baseline: one client by id  p50 %5.2f ms  p95 %5.2f ms\n", b.p50, b.p95);
      std::printf(
          "  keystroke to results shown  p50 %5.2f ms  p95 %5.2f ms  max %5.1f ms "
          "(target: within a frame, 16.7 ms)\n",
          s.p50, s.p95, s.max);
      std::printf(
          "    parts (p50): query %.2f ms (CPU %.2f ms), hand-off to the GUI thread %.2f ms, "
          "painting %.2f ms\n",
          stats(state->query).p50, stats(state->query_cpu).p50, stats(state->handoff).p50,
          stats(state->paint).p50);
      std::printf("  main window to first page   %5.1f ms\n", first_page);
      std::printf("memory with the clinic open (this process, after searching): %.1f MB resident\n",
                  m.resident_kib / 1024.0);
      std::fflush(stdout);
      frame->Destroy();
      wxTheApp->CallAfter([done] { done(); });
      return;
    }
    list->search_box()->ChangeValue(gui::wx(queries[state->next++]));
    wxCommandEvent typed(wxEVT_TEXT, list->search_box()->GetId());
    typed.SetEventObject(list->search_box());
    list->search_box()->GetEventHandler()->ProcessEvent(typed);  // what a keystroke sends
  };
  list->on_results_shown = [=] {
    if (list->shown_request() != list->last_request()) return;
    const auto& l = list->last_latency();
    state->shown.push_back(l.total_ms);
    state->query.push_back(l.query_ms);
    state->handoff.push_back(l.handoff_ms);
    state->paint.push_back(l.paint_ms);
    state->query_cpu.push_back(l.query_cpu_ms);
    list->CallAfter(type_next);
  };
  list->CallAfter(type_next);
}

int run_benchmarks(int argc, char** argv) {
  int clients = 100000, runs = 7;
  fs::path db;
  std::string only;  // "startup", "canvas" or "search": one part (for profiling)
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--only" && i + 1 < argc)
      only = argv[++i];
    else if (a == "--clients" && i + 1 < argc)
      clients = std::atoi(argv[++i]);
    else if (a == "--db" && i + 1 < argc)
      db = argv[++i];
    else if (a == "--runs" && i + 1 < argc)
      runs = std::atoi(argv[++i]);
  }
  const fs::path work = fs::temp_directory_path() / "myochart-bench-gui";
  paths::ensure_private_dir(work);
  ::setenv("XDG_CONFIG_HOME", (work / "config").c_str(), 1);
  if (db.empty()) db = work / ("demo-" + std::to_string(clients) + ".myochart");
  if (!fs::exists(db)) {
    std::printf("making a demo clinic of %d clients at %s ...\n", clients, db.c_str());
    std::fflush(stdout);
    auto database = storage::Database::open_sqlite(db, storage::OpenMode::kCreateIfMissing);
    demo::DemoOptions o;
    o.clients = clients;
    o.seed = 1;
    demo::generate_demo_clinic(*database, o);
  }
  std::printf("bench_gui on %s (load average %.2f on %u cores: figures are wall-clock time)\n\n",
              db.c_str(), load_average(), std::thread::hardware_concurrency());
  if (only.empty() || only == "startup") bench_startup(fs::canonical("/proc/self/exe"), db, runs);
  if (only == "startup") return 0;

  // The rest runs in the app's main loop, as the app does (events from the search thread are
  // delivered by it).
  class BenchApp : public wxApp {
   public:
    std::function<void()> work;
    bool OnInit() override {
      SetExitOnFrameDelete(false);  // the parts open and close their own windows
      CallAfter([this] { work(); });
      return true;
    }
  };
  auto* app = new BenchApp;
  app->work = [work, db, only] {
    gui::use_utf8_for_narrow_strings();
    gui::app_config::install();
    if (only.empty() || only == "canvas") {
      std::printf("\n");
      bench_canvas(work);
    }
    if (only.empty() || only == "search") {
      std::printf("\n");
      bench_search(db, [] { wxTheApp->ExitMainLoop(); });
    } else {
      wxTheApp->ExitMainLoop();
    }
  };
  wxApp::SetInstance(app);
  int wx_argc = 1;
  const int rc = wxEntry(wx_argc, argv);
  clinics.clear();
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  paths::restrict_umask();
  if (argc == 1 || std::strcmp(argv[1], "--bare-frame") != 0)
    ::setenv("GDK_GL", "disable", 0);  // this process draws as the app does
  if (argc > 1 && std::strncmp(argv[1], "--bare-frame", 12) == 0) {
    wxApp::SetInstance(new BareApp(std::strcmp(argv[1], "--bare-frame-with-chrome") == 0));
    int one = 1;
    return wxEntry(one, argv);
  }
  return run_benchmarks(argc, argv);
}
