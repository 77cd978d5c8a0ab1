#pragma once
// Client search as you type, off the GUI thread: a thread with its own connection to the
// database runs the searches, so a keystroke never waits for the database. The newest request
// wins: requests still queued when a newer one arrives are dropped, and each result carries
// the number of the request it answers, so the list shows only the latest.
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "myochart/storage/clients.h"

namespace myochart::gui {

struct ClientPage {
  /// The number request() returned; 0 for the one delivery that only says total() is known.
  std::uint64_t request = 0;
  std::string text;  ///< what was searched for ("" lists everyone)
  int offset = 0;
  std::vector<storage::ClientSummary> rows;
  bool more = false;  ///< more rows follow (ask again with offset + rows.size())
  std::string error;  ///< non-empty when the search failed (in words to show)
  double elapsed_ms = 0;
  double cpu_ms = 0;  ///< CPU time the search thread spent on it (load-independent)
};

class ClientSearch {
 public:
  /// `deliver` is called on the search thread with each result; it must hand the result to
  /// the GUI thread (e.g. with wxEvtHandler::CallAfter) and return at once.
  ClientSearch(std::filesystem::path database, std::function<void(ClientPage)> deliver);
  /// Stops the thread (waiting for a search in progress to end). After this no delivery is made.
  ~ClientSearch();
  ClientSearch(const ClientSearch&) = delete;
  ClientSearch& operator=(const ClientSearch&) = delete;

  /// Asks for `limit` rows from `offset` of the clients matching `text` (name order, archived
  /// clients left out). Returns the request's number, or 0 when a request for a further page
  /// (offset > 0) is dropped because a new search is waiting: its list is about to be replaced.
  std::uint64_t request(std::string text, int offset, int limit);

  /// Total number of clients (not archived), counted once the first page has been delivered (a
  /// page with request 0 says it is known); 0 until then.
  std::int64_t total() const;

 private:
  void run();

  std::filesystem::path database_;
  std::function<void(ClientPage)> deliver_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  struct Request {
    std::uint64_t number;
    std::string text;
    int offset, limit;
  };
  std::optional<Request> pending_;
  std::uint64_t next_number_ = 1;
  std::int64_t total_ = 0;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace myochart::gui
