// A fixed set of words or phrases, looked up without regard to ASCII case.
// Built once from a static list; lookups are a binary search on a sorted
// vector, with no allocation.
#pragma once
#include <algorithm>
#include <string_view>
#include <vector>

namespace sift {

class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::string_view (&words)[N]) : words_(words, words + N) {
    std::sort(words_.begin(), words_.end(), less);
  }

  bool contains(std::string_view word) const {
    if (word.empty()) return false;
    return std::binary_search(words_.begin(), words_.end(), word, less);
  }

 private:
  static char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }
  static bool less(std::string_view a, std::string_view b) {
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
      const char x = fold(a[i]), y = fold(b[i]);
      if (x != y) return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
    }
    return a.size() < b.size();
  }

  std::vector<std::string_view> words_;
};

}  // namespace sift
