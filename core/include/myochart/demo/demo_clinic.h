#pragma once
// A deterministic synthetic clinic for demos, screenshots and benchmarks: realistic names in
// several scripts, health histories, contraindications, consents, sessions over years with
// SOAP notes and pain scores, and body-chart marks. Contains no real person's data: names are
// combined at random from per-culture lists, phone numbers lie in ranges reserved for fiction,
// e-mail addresses use the example.org/.com/.net domains.
//
// The same options (and the same body-chart templates) give the same clinic, byte for byte,
// except the created_at/updated_at columns that the repositories stamp with the time of
// writing. The <random> distributions, whose output differs between standard libraries, are
// not used. Nothing is derived from the clock: every date is counted back from
// DemoOptions::until.
#include <cstdint>
#include <functional>

#include "myochart/storage/database.h"
#include "myochart/time.h"

namespace myochart::demo {

struct DemoOptions {
  int clients = 200;
  std::uint64_t seed = 1;
  /// The last day sessions may fall on; sessions spread over the six years before it. Must
  /// not be after today.
  Date until{std::chrono::year{2026}, std::chrono::November, std::chrono::day{20}};
  /// Called now and then with (clients done, clients total), last with (total, total).
  std::function<void(int, int)> progress;
};

struct DemoSummary {
  std::int64_t clients = 0;
  std::int64_t sessions = 0;
  std::int64_t marks = 0;
  std::int64_t health_entries = 0;
  std::int64_t contraindications = 0;
  std::int64_t consents = 0;
};

/// Fills an empty database through the public repositories, one write transaction per
/// 1000 clients. Throws Error when the database already holds clients (a demo never mixes
/// with real records), ValidationError when `until` is in the future (records may not be
/// dated ahead) or `clients` is negative. When saving fails part-way, the batches committed
/// before stay: generate into a new file and delete it on failure.
DemoSummary generate_demo_clinic(storage::Database& db, const DemoOptions& options);

}  // namespace myochart::demo
