// A fixed set of words or phrases, looked up without regard to ASCII case
// and without allocating. An open-addressing hash table built once from a
// static list: the extractors consult these sets at nearly every token.
#pragma once
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace sift {

namespace word_hash {
inline char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

// Setting bit 5 of every byte maps 'A' to 'a' (and a few punctuation bytes
// onto others): words equal under fold() always hash alike, and the rare
// extra collision is settled by equal(). Eight bytes a step: the lexicons
// are asked of whole names ("Syrian Observatory for Human Rights").
inline uint64_t of(std::string_view w) {
  constexpr uint64_t kBit5 = 0x2020202020202020ULL, kMul = 0x9E3779B97F4A7C15ULL;
  uint64_t h = w.size() * kMul;
  size_t i = 0;
  for (; i + 8 <= w.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, w.data() + i, 8);
    h = (h ^ (chunk | kBit5)) * kMul;
    h ^= h >> 29;
  }
  // The last 1-7 bytes: two overlapping loads cover them all, no loop.
  const size_t rest = w.size() - i;
  const char* p = w.data() + i;
  uint64_t tail = 0;
  if (rest >= 4) {
    uint32_t first, last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + rest - 4, 4);
    tail = (uint64_t{first | 0x20202020u} << 32) | (last | 0x20202020u);
  } else if (rest > 0) {
    tail = uint64_t{static_cast<unsigned char>(p[0] | 0x20)} << 16 |
           uint64_t{static_cast<unsigned char>(p[rest / 2] | 0x20)} << 8 | static_cast<unsigned char>(p[rest - 1] | 0x20);
  }
  h = (h ^ tail) * kMul;
  return h ^ (h >> 32);
}

inline bool equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (fold(a[i]) != fold(b[i])) return false;
  return true;
}
}  // namespace word_hash

// Open addressing with linear probing over a power-of-two table at most
// half full. Values are indexes into the caller's list.
class WordTable {
 public:
  template <typename KeyOf>
  WordTable(size_t n, KeyOf key_of) {
    size_t capacity = 16;
    while (capacity < n * 2) capacity *= 2;
    slots_.assign(capacity, kEmpty);
    keys_.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      const std::string_view k = key_of(i);
      keys_.push_back(k);
      size_t s = word_hash::of(k) & (capacity - 1);
      while (slots_[s] != kEmpty) {
        if (word_hash::equal(keys_[slots_[s]], k)) break;  // duplicates keep the first
        s = (s + 1) & (capacity - 1);
      }
      if (slots_[s] == kEmpty) slots_[s] = static_cast<uint32_t>(i);
      lengths_ |= uint64_t{1} << length_bit(k.size());
      if (!k.empty()) openings_[opening(k) / 64] |= uint64_t{1} << (opening(k) % 64);
    }
  }

  // Index of `word` in the list, or -1.
  int64_t find(std::string_view word) const {
    if (word.empty()) return -1;
    // Most words asked are in no list: their length or first two letters
    // turn them away before they are hashed, inline in the caller.
    const size_t o = opening(word);
    if (!(lengths_ >> length_bit(word.size()) & 1) || !(openings_[o / 64] >> (o % 64) & 1)) return -1;
    return probe(word);
  }

 private:
  [[gnu::noinline]] int64_t probe(std::string_view word) const {
    const size_t mask = slots_.size() - 1;
    size_t s = word_hash::of(word) & mask;
    while (slots_[s] != kEmpty) {
      if (word_hash::equal(keys_[slots_[s]], word)) return slots_[s];
      s = (s + 1) & mask;
    }
    return -1;
  }

  static constexpr uint32_t kEmpty = UINT32_MAX;
  static constexpr size_t kOpenings = 1024;

  static unsigned length_bit(size_t n) { return n < 63 ? static_cast<unsigned>(n) : 63; }
  // The first two bytes, case folded, as a 10-bit index (words equal under
  // fold() share it; others may too, which only lets them on to the hash).
  static size_t opening(std::string_view w) {
    const unsigned a = static_cast<unsigned char>(w[0] | 0x20) & 31u;
    const unsigned b = w.size() > 1 ? static_cast<unsigned char>(w[1] | 0x20) & 31u : 0u;
    return a << 5 | b;
  }

  std::vector<uint32_t> slots_;
  std::vector<std::string_view> keys_;
  uint64_t lengths_ = 0;                        // bit n: a key of n bytes (63: 63 or more)
  std::array<uint64_t, kOpenings / 64> openings_{};  // bit i: a key has opening i
};

// Defines `bool fn(std::string_view)`: is the word in `list` (an array of
// string_views)? The table is built on the first call.
#define SIFT_WORD_LOOKUP(fn, list)   \
  bool fn(std::string_view w) {      \
    static const WordSet set(list);  \
    return set.contains(w);          \
  }

class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::string_view (&words)[N]) : table_(N, [&](size_t i) { return words[i]; }) {}

  bool contains(std::string_view word) const { return table_.find(word) >= 0; }

 private:
  WordTable table_;
};

}  // namespace sift
