#pragma once
// What the GUI tests share: a clinic in a private temporary folder (with its own wx config),
// the real main window, a bounded wait for conditions while events are processed, simulated
// mouse and keyboard, scripted answers to modal dialogs, and screenshots.
#include <wx/modalhook.h>
#include <wx/uiaction.h>
#include <wx/window.h>

#include <chrono>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "gui/clinic.h"
#include "gui/main_frame.h"
#include "support/temp_dir.h"

class wxDialog;

namespace myochart::test {

/// wx assertions that failed (the test runner counts them instead of showing a dialog).
inline int failed_wx_assertions = 0;

/// Processes events until `condition` holds or `timeout` passes; returns whether it held.
bool wait_until(const std::function<bool()>& condition,
                std::chrono::milliseconds timeout = std::chrono::seconds(10));
/// Processes the events that are waiting now (and a little more for the X server to answer).
void settle(int rounds = 20);

/// Runs scripted actions in modal dialogs. A dialog is matched by its name (SetName) or its
/// title. `act` runs inside the dialog's modal loop with the dialog shown, and must end it (a
/// simulated click, EndModal); `answer` closes it unseen with the given result. A dialog nobody
/// expected is closed with wxID_CANCEL and recorded, so that a test never hangs on one.
class DialogScript : public wxModalDialogHook {
 public:
  DialogScript() { Register(); }
  ~DialogScript() override { Unregister(); }
  void act(const wxString& name, std::function<void(wxDialog*)> action);
  void answer(const wxString& name, int result);
  bool done() const { return steps_.empty(); }
  const std::vector<wxString>& unexpected() const { return unexpected_; }

 protected:
  int Enter(wxDialog* dialog) override;
  void Exit(wxDialog*) override {}

 private:
  struct Step {
    wxString name;
    std::function<void(wxDialog*)> action;
    std::optional<int> result;
  };
  std::deque<Step> steps_;
  std::vector<wxString> unexpected_;
};

/// Simulated input. Positions are in the window's client coordinates.
void click(wxWindow* window, wxPoint at = wxDefaultPosition, bool double_click = false);
void drag(wxWindow* window, const std::vector<wxPoint>& path);
void type(const std::string& utf8_text);
void key(int key_code, int modifiers = wxMOD_NONE);

/// A child window by its name (SetName), of the given type; null when absent.
template <typename T>
T* find(wxWindow* parent, const wxString& name) {
  return dynamic_cast<T*>(wxWindow::FindWindowByName(name, parent));
}

/// Writes what the window shows (as on screen) to build/screens/<name>.png; returns the path.
std::filesystem::path screenshot(wxWindow* window, const std::string& name);

/// A private clinic and the main window on it. XDG_CONFIG_HOME and XDG_DATA_HOME point into
/// the temporary folder, so layouts and drafts never touch the user's.
struct GuiFixture {
  /// `demo_clients` > 0 fills the database with a demo clinic of that size.
  explicit GuiFixture(int demo_clients = 0);
  /// Also checks that no wx assertion failed and no unexpected dialog appeared.
  ~GuiFixture();
  GuiFixture(const GuiFixture&) = delete;
  GuiFixture& operator=(const GuiFixture&) = delete;

  /// Opens a second connection to the same file, as another workstation would.
  std::unique_ptr<storage::Database> other_workstation() const;
  /// Destroys the main window and every window it opened, waiting until they are gone.
  void close_windows();
  /// A new main window on the same clinic (after close_windows()); `place` puts it at the top
  /// left in a known size, else it keeps the layout it remembers.
  void reopen(bool place = true);

  TempDir dir;
  std::filesystem::path file;
  std::unique_ptr<gui::Clinic> clinic;
  gui::MainFrame* frame = nullptr;
  bool ready = false;
};

}  // namespace myochart::test
