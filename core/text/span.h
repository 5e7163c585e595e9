#pragma once
#include <cstdint>
#include <string_view>

namespace sift {

// A half-open byte range [begin, end) in the normalized text of one article.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
};

}  // namespace sift
