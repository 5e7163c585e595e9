// Tests on eight bytes at once (the classic "has zero byte" bit trick), for
// the loops that scan whole article texts byte by byte.
#pragma once
#include <cstdint>
#include <cstring>

namespace sift::swar {

inline uint64_t load8(const char* p) {
  uint64_t block;
  std::memcpy(&block, p, 8);
  return block;
}

// Does any byte of `x` matter to a JSON string: a control character, '"' or '\'?
inline bool any_json_special(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const uint64_t below_space = (x - kOnes * 0x20) & ~x & kHighs;
  return below_space | has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\'));
}

inline bool any_non_ascii(uint64_t x) { return x & 0x8080808080808080ULL; }

}  // namespace sift::swar
