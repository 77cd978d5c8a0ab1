#pragma once
// The main window: the client list (search as you type, recent clients, alert badges) on the
// left and the open client's record on the right; sessions open in windows of their own.
#include <wx/frame.h>
#include <wx/simplebook.h>
#include <wx/splitter.h>

#include <functional>
#include <map>
#include <optional>

#include "gui/clinic.h"
#include "gui/message_bar.h"
#include "myochart/io/draft_journal.h"

namespace myochart::gui {

class ClientListPanel;
class ClientRecordPanel;
class SessionFrame;

class MainFrame : public wxFrame {
 public:
  explicit MainFrame(Clinic& clinic);
  ~MainFrame() override;

  /// Shows a client's record (and remembers the client as recent).
  void open_client(Id client);
  /// The new-client dialog; opens the client when added. Returns the new id, or 0.
  Id new_client();
  void edit_client();
  /// A new draft session of the open client, in its own window.
  SessionFrame* new_session();
  /// Opens a session's window, or brings it to the front when it is open already.
  SessionFrame* open_session(Id session, std::optional<io::JournalEntry> recovered = std::nullopt);
  void show_settings();
  /// Tools › Plugins…: the plugins found, their state, and the choice to enable or disable.
  void show_plugins();
  /// Shows the plugin host's start-up notices not shown yet (a plugin disabled after a crash).
  void show_plugin_notices();
  /// Offers the unsaved edits found in the draft journal (after a crash), if any.
  void offer_recovered_edits();
  void open_recovered_edits();
  void discard_recovered_edits();

  /// Called once the client list shows its first page (start-up is then complete).
  std::function<void()> on_ready;

  ClientListPanel* client_list() { return list_; }
  /// The record panel, made when the first client is opened (it is not shown before).
  ClientRecordPanel* record();
  MessageBar* recovery_bar() { return recovery_; }
  MessageBar* plugin_bar() { return plugin_bar_; }
  const std::map<Id, SessionFrame*>& session_windows() const { return sessions_; }

 private:
  void build_menus();
  void build_toolbar();
  void on_close(wxCloseEvent& e);
  template <typename F>
  void guarded(const wxString& what, F&& f);

  Clinic& clinic_;
  MessageBar* recovery_ = nullptr;
  MessageBar* plugin_bar_ = nullptr;
  wxSplitterWindow* split_ = nullptr;
  ClientListPanel* list_ = nullptr;
  wxSimplebook* right_ = nullptr;
  ClientRecordPanel* record_ = nullptr;
  std::map<Id, SessionFrame*> sessions_;
  std::vector<io::JournalEntry> recovered_;
};

}  // namespace myochart::gui
