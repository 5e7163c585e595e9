// A fixed set of words or phrases, looked up without regard to ASCII case
// and without allocating. An open-addressing hash table built once from a
// static list: the extractors consult these sets at nearly every token.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace sift {

namespace word_hash {
inline char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

inline uint64_t of(std::string_view w) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : w) {
    h ^= static_cast<unsigned char>(fold(c));
    h *= 0x100000001b3ULL;
  }
  return h ^ (h >> 29);
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
    }
  }

  // Index of `word` in the list, or -1.
  int64_t find(std::string_view word) const {
    if (word.empty() || word.size() > 40) return -1;
    const size_t mask = slots_.size() - 1;
    size_t s = word_hash::of(word) & mask;
    while (slots_[s] != kEmpty) {
      if (word_hash::equal(keys_[slots_[s]], word)) return slots_[s];
      s = (s + 1) & mask;
    }
    return -1;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  std::vector<uint32_t> slots_;
  std::vector<std::string_view> keys_;
};

class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::string_view (&words)[N]) : table_(N, [&](size_t i) { return words[i]; }) {}

  bool contains(std::string_view word) const { return table_.find(word) >= 0; }

 private:
  WordTable table_;
};

}  // namespace sift
