// A fixed set of words or phrases, looked up without regard to ASCII case
// and without allocating. An open-addressing hash table built once from a
// static list: the extractors consult these sets at nearly every token.
#pragma once
#include <array>
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
      lengths_ |= uint64_t{1} << length_bit(k.size());
      openings_[opening(k)] = true;
    }
  }

  // Index of `word` in the list, or -1.
  int64_t find(std::string_view word) const {
    if (word.empty() || word.size() > 40) return -1;
    // Most words asked are in no list: their length or first two letters
    // turn them away before they are hashed.
    if (!(lengths_ >> length_bit(word.size()) & 1) || !openings_[opening(word)]) return -1;
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
  static constexpr size_t kOtherOpening = 26 * 26;  // a key not opening with two ASCII letters

  static unsigned length_bit(size_t n) { return n < 63 ? static_cast<unsigned>(n) : 63; }
  // The first two letters folded to lower case, as an index; kOtherOpening otherwise.
  static size_t opening(std::string_view w) {
    if (w.size() < 2) return kOtherOpening;
    const unsigned a = static_cast<unsigned>(word_hash::fold(w[0]) - 'a');
    const unsigned b = static_cast<unsigned>(word_hash::fold(w[1]) - 'a');
    return a < 26 && b < 26 ? a * 26 + b : kOtherOpening;
  }

  std::vector<uint32_t> slots_;
  std::vector<std::string_view> keys_;
  uint64_t lengths_ = 0;                       // bit n: a key of n bytes (63: 63 or more)
  std::array<bool, kOtherOpening + 1> openings_{};  // the openings keys have
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
