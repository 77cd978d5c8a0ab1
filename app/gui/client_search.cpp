#include "gui/client_search.h"

#include <time.h>

#include <chrono>

#include "myochart/errors.h"
#include "myochart/storage/database.h"

namespace myochart::gui {

namespace {
double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}
}  // namespace

ClientSearch::ClientSearch(std::filesystem::path database, std::function<void(ClientPage)> deliver)
    : database_(std::move(database)), deliver_(std::move(deliver)) {
  thread_ = std::thread([this] { run(); });
}

ClientSearch::~ClientSearch() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

std::uint64_t ClientSearch::request(std::string text, int offset, int limit) {
  std::uint64_t number = 0;
  {
    std::lock_guard lock(mutex_);
    if (offset > 0 && pending_ && pending_->offset == 0) return 0;
    number = next_number_++;
    pending_ = Request{number, std::move(text), offset, limit};
  }
  wake_.notify_one();
  return number;
}

std::int64_t ClientSearch::total() const {
  std::lock_guard lock(mutex_);
  return total_;
}

void ClientSearch::run() {
  std::unique_ptr<storage::Database> db;
  std::unique_ptr<storage::Clients> clients;
  std::string open_error;
  try {
    db = storage::Database::open_sqlite(database_, storage::OpenMode::kExisting);
    clients = std::make_unique<storage::Clients>(*db);
  } catch (const std::exception& e) {
    open_error = e.what();
  }
  bool counted = false;

  for (;;) {
    Request r;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || pending_.has_value(); });
      if (stopping_) return;
      r = std::move(*pending_);
      pending_.reset();
    }
    ClientPage page;
    page.request = r.number;
    page.text = r.text;
    page.offset = r.offset;
    const auto started = std::chrono::steady_clock::now();
    const double cpu_started = thread_cpu_ms();
    if (!clients) {
      page.error = "The client list cannot be read: " + open_error;
    } else {
      try {
        storage::ClientQuery q;
        q.offset = r.offset;
        q.limit = r.limit + 1;  // one more tells whether another page follows
        page.rows = clients->search(r.text, q);
        page.more = static_cast<int>(page.rows.size()) > r.limit;
        if (page.more) page.rows.pop_back();
      } catch (const std::exception& e) {
        page.error = e.what();
      }
    }
    page.elapsed_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    page.cpu_ms = thread_cpu_ms() - cpu_started;
    {
      // A newer request arrived meanwhile: this answer is already out of date.
      std::lock_guard lock(mutex_);
      if (stopping_) return;
      if (pending_ && pending_->text != r.text) continue;
    }
    deliver_(std::move(page));
    // The count is for a label; the first page comes first (at 100k clients it takes a while).
    if (!counted && clients) {
      counted = true;
      try {
        const auto n = clients->count();
        std::lock_guard lock(mutex_);
        total_ = n;
      } catch (const std::exception&) {
        continue;  // the label just shows no number
      }
      deliver_(ClientPage{});
    }
  }
}

}  // namespace myochart::gui
