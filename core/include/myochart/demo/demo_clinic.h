#pragma once
// A deterministic synthetic clinic for demos, screenshots and benchmarks: realistic names in
// several scripts, health histories, contraindications, consents, sessions over years with
// SOAP notes and pain scores, and body-chart marks. The same options give the same clinic.
// Contains no real person's data.
#include <cstdint>
#include <functional>

#include "myochart/storage/database.h"
#include "myochart/time.h"

namespace myochart::demo {

struct DemoOptions {
  int clients = 200;
  std::uint64_t seed = 1;
  /// The last day sessions may fall on; sessions spread over the years before it.
  Date until{std::chrono::year{2026}, std::chrono::November, std::chrono::day{20}};
  /// Called now and then with (clients done, clients total).
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

/// Fills an empty database. Throws Error when the database already holds clients (a demo
/// never mixes with real records).
DemoSummary generate_demo_clinic(storage::Database& db, const DemoOptions& options);

}  // namespace myochart::demo
