#pragma once
// The demo clinic's source of randomness: std::mt19937_64 (whose output the standard fixes)
// mapped to ranges by our own arithmetic, never by the <random> distributions (whose output
// differs between standard libraries). Only exact IEEE operations are used on the way, so
// one seed gives the same clinic with every compiler and library.
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>

namespace myochart::demo::detail {

/// SplitMix64 step: mixes a seed and a stream number into a well-spread 64-bit seed.
inline std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t stream) {
  std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

class Random {
 public:
  explicit Random(std::uint64_t seed) : engine_(seed) {}

  /// Uniform in [0, 1), 53 random bits.
  double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

  /// Uniform in [lo, hi].
  double real(double lo, double hi) { return lo + (hi - lo) * unit(); }

  /// Uniform whole number in [lo, hi] (lo <= hi).
  int between(int lo, int hi) {
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo) + 1;
    return static_cast<int>(lo + static_cast<std::int64_t>(index(span)));
  }

  /// Uniform index in [0, n) (n > 0).
  std::size_t index(std::uint64_t n) {
    // 64-bit multiply-high without __int128: split the random word into halves.
    const std::uint64_t r = engine_();
    const std::uint64_t r_hi = r >> 32, r_lo = r & 0xFFFFFFFFULL;
    const std::uint64_t n_hi = n >> 32, n_lo = n & 0xFFFFFFFFULL;
    const std::uint64_t lo_lo = r_lo * n_lo;
    const std::uint64_t hi_lo = r_hi * n_lo;
    const std::uint64_t lo_hi = r_lo * n_hi;
    const std::uint64_t hi_hi = r_hi * n_hi;
    const std::uint64_t cross = (lo_lo >> 32) + (hi_lo & 0xFFFFFFFFULL) + lo_hi;
    return static_cast<std::size_t>(hi_hi + (hi_lo >> 32) + (cross >> 32));
  }

  bool chance(double p) { return unit() < p; }

  template <typename T>
  const T& pick(std::span<const T> items) {
    return items[index(items.size())];
  }

  /// Index chosen with probability proportional to weights[i] (weights not all zero).
  std::size_t weighted(std::span<const int> weights) {
    std::uint64_t total = 0;
    for (int w : weights) total += static_cast<std::uint64_t>(w);
    std::uint64_t r = index(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      const auto w = static_cast<std::uint64_t>(weights[i]);
      if (r < w) return i;
      r -= w;
    }
    return weights.size() - 1;
  }

  /// An item of a table whose rows have an `int weight` member.
  template <typename T>
  const T& pick_weighted(std::span<const T> items) {
    std::uint64_t total = 0;
    for (const T& t : items) total += static_cast<std::uint64_t>(t.weight);
    std::uint64_t r = index(total);
    for (const T& t : items) {
      const auto w = static_cast<std::uint64_t>(t.weight);
      if (r < w) return t;
      r -= w;
    }
    return items.back();
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace myochart::demo::detail
