// A fixed map from words to values, looked up without regard to ASCII case
// and without allocating (see word_set.h). For the extractors' trigger,
// victim and cause lists, consulted at nearly every token.
#pragma once
#include <string_view>
#include <vector>

#include "text/word_set.h"

namespace sift {

template <typename T>
class WordMap {
 public:
  template <typename Entry, size_t N>
  WordMap(const Entry (&entries)[N], std::string_view Entry::*key, T Entry::*value)
      : table_(N, [&](size_t i) { return entries[i].*key; }) {
    values_.reserve(N);
    for (const auto& e : entries) values_.push_back(e.*value);
  }

  // The value for `word`, or nullptr.
  const T* find(std::string_view word) const {
    const int64_t i = table_.find(word);
    return i < 0 ? nullptr : &values_[static_cast<size_t>(i)];
  }

 private:
  WordTable table_;
  std::vector<T> values_;
};

}  // namespace sift
