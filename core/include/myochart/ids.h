#pragma once
#include <cstdint>

namespace myochart {
/// Database row id. 0 means "not saved yet".
using Id = std::int64_t;
/// Optimistic-concurrency version of an editable row: 1 when first saved, +1 on every save.
/// A save names the version it was based on; a different stored version is a conflict.
using RowVersion = std::int64_t;
}  // namespace myochart
