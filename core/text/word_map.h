// A fixed map from words to the entries of a static list, looked up without regard to ASCII case
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
  // A map from each entry's key to the entry itself.
  template <typename Entry, size_t N>
  static WordMap<const Entry*> index(const Entry (&entries)[N], std::string_view Entry::*key) {
    return WordMap<const Entry*>(N, [&](size_t i) { return entries[i].*key; }, [&](size_t i) { return &entries[i]; });
  }

  // The value for `word`, or nullptr.
  const T* find(std::string_view word) const {
    const int64_t i = table_.find(word);
    return i < 0 ? nullptr : &values_[static_cast<size_t>(i)];
  }

 private:
  template <typename KeyOf, typename ValueOf>
  WordMap(size_t n, KeyOf key_of, ValueOf value_of) : table_(n, key_of) {
    values_.reserve(n);
    for (size_t i = 0; i < n; ++i) values_.push_back(value_of(i));
  }
  template <typename>
  friend class WordMap;

  WordTable table_;
  std::vector<T> values_;
};

}  // namespace sift
