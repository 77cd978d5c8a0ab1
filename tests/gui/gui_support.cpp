#include "gui/gui_support.h"

#include <wx/app.h>
#include <wx/dialog.h>
#include <wx/toplevel.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <thread>

#include "gui/app_config.h"
#include "myochart/demo/demo_clinic.h"

namespace myochart::test {

namespace {

void yield_once() {
  wxTheApp->Yield(true);
  wxTheApp->ProcessPendingEvents();
  wxTheApp->ProcessIdle();  // also deletes the windows destroyed meanwhile
}

}  // namespace

bool wait_until(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
  const auto end = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    yield_once();
    if (condition()) return true;
    if (std::chrono::steady_clock::now() > end) return false;
    // Give the X server and the search thread a moment; the condition decides, not the clock.
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

void settle(int rounds) {
  for (int i = 0; i < rounds; ++i) {
    yield_once();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

// ---- dialogs ---------------------------------------------------------------------------------

void DialogScript::act(const wxString& name, std::function<void(wxDialog*)> action) {
  steps_.push_back({name, std::move(action), std::nullopt});
}

void DialogScript::answer(const wxString& name, int result) {
  steps_.push_back({name, nullptr, result});
}

int DialogScript::Enter(wxDialog* dialog) {
  const bool matches = !steps_.empty() && (dialog->GetName() == steps_.front().name ||
                                           dialog->GetTitle() == steps_.front().name);
  if (!matches) {
    unexpected_.push_back(dialog->GetName() + " / " + dialog->GetTitle());
    return wxID_CANCEL;
  }
  Step step = std::move(steps_.front());
  steps_.pop_front();
  if (step.result) return *step.result;
  dialog->CallAfter([dialog, action = std::move(step.action)] {
    settle(10);  // let it appear and take the focus
    action(dialog);
  });
  return wxID_NONE;
}

// ---- input -----------------------------------------------------------------------------------

void click(wxWindow* window, wxPoint at, bool double_click) {
  REQUIRE(window != nullptr);
  if (at == wxDefaultPosition)
    at = wxPoint(window->GetClientSize().x / 2, window->GetClientSize().y / 2);
  wxUIActionSimulator sim;
  sim.MouseMove(window->ClientToScreen(at));
  settle(4);
  if (double_click)
    sim.MouseDblClick();
  else
    sim.MouseClick();
  settle(6);
}

void drag(wxWindow* window, const std::vector<wxPoint>& path) {
  REQUIRE(path.size() >= 2);
  // Each step is given time to be processed: under load, a release that arrives before the
  // moves were handled would end the gesture early.
  wxUIActionSimulator sim;
  sim.MouseMove(window->ClientToScreen(path.front()));
  settle(6);
  sim.MouseDown();
  settle(8);
  for (std::size_t i = 1; i < path.size(); ++i) {
    sim.MouseMove(window->ClientToScreen(path[i]));
    settle(4);
  }
  settle(6);
  sim.MouseUp();
  settle(8);
}

void type(const std::string& utf8_text) {
  wxUIActionSimulator sim;
  sim.Text(utf8_text.c_str());
  settle(6);
}

void key(int key_code, int modifiers) {
  wxUIActionSimulator sim;
  sim.Char(key_code, modifiers);
  settle(6);
}

// ---- screenshots -----------------------------------------------------------------------------

std::filesystem::path screenshot(wxWindow* window, const std::string& name) {
  const auto dir = std::filesystem::path(MYOCHART_BINARY_DIR) / "screens";
  std::filesystem::create_directories(dir);
  window->Raise();
  window->Refresh();
  window->Update();
  settle(30);
  // What the X server shows, cut to the window (wxScreenDC reads stale pixels under GTK 3), in
  // device pixels (GDK_SCALE=2 doubles them).
  const double scale = window->GetContentScaleFactor();
  const wxRect logical = window->GetScreenRect();
  const wxRect r(static_cast<int>(logical.x * scale), static_cast<int>(logical.y * scale),
                 static_cast<int>(logical.width * scale), static_cast<int>(logical.height * scale));
  const auto file = dir / (name + ".png");
  const std::string command = "import -window root -crop " + std::to_string(r.width) + "x" +
                              std::to_string(r.height) + "+" + std::to_string(r.x) + "+" +
                              std::to_string(r.y) + " +repage '" + file.string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  return file;
}

// ---- fixture ---------------------------------------------------------------------------------

GuiFixture::GuiFixture(int demo_clients) : file(dir / "clinic.myochart") {
  ::setenv("XDG_CONFIG_HOME", (dir / "config").c_str(), 1);
  ::setenv("XDG_DATA_HOME", (dir / "data").c_str(), 1);
  gui::app_config::install();
  {
    auto db = storage::Database::open_sqlite(file, storage::OpenMode::kCreateIfMissing);
    if (demo_clients > 0) {
      demo::DemoOptions options;
      options.clients = demo_clients;
      options.seed = 7;
      demo::generate_demo_clinic(*db, options);
    }
  }
  clinic = std::make_unique<gui::Clinic>(file, false);
  reopen();
}

void GuiFixture::reopen(bool place) {
  ready = false;
  frame = new gui::MainFrame(*clinic);
  frame->on_ready = [this] { ready = true; };
  if (place) {
    frame->SetPosition(wxPoint(0, 0));
    frame->SetSize(wxSize(1240, 860));
  }
  frame->Show();
  REQUIRE(wait_until([&] { return ready; }));
  settle();
}

void GuiFixture::close_windows() {
  if (!frame) return;
  frame->Close(true);
  frame = nullptr;
  // Whatever is still open (preview windows, dialogs left behind) goes too.
  for (auto* w : wxTopLevelWindows) w->Destroy();
  REQUIRE(wait_until([] { return wxTopLevelWindows.empty(); }));
}

GuiFixture::~GuiFixture() {
  try {
    close_windows();
  } catch (...) {
  }
  wxConfigBase::Get()->Flush();
  CHECK(failed_wx_assertions == 0);
}

std::unique_ptr<storage::Database> GuiFixture::other_workstation() const {
  return storage::Database::open_sqlite(file, storage::OpenMode::kExisting);
}

}  // namespace myochart::test
