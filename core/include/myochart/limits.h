#pragma once
#include <cstddef>

namespace myochart {
/// Longest single-line field (names, phone, e-mail, ...), in code points.
inline constexpr std::size_t kMaxShortText = 200;
/// Longest free-text field (notes, each SOAP section), in bytes: 4 MiB.
inline constexpr std::size_t kMaxLongText = std::size_t{4} << 20;
}  // namespace myochart
