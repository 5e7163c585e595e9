// Converts byte offsets in a UTF-8 text to UTF-16 code-unit offsets, the unit
// JavaScript's String.slice uses and the JSON output reports. The table holds
// one entry per non-ASCII character only, so pure ASCII costs nothing.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace sift {

class Utf16Offsets {
 public:
  explicit Utf16Offsets(std::string_view text);
  // `byte` must sit on a character boundary.
  uint32_t operator()(uint32_t byte) const;

 private:
  struct Mark {
    uint32_t byte_after;   // byte offset just past a non-ASCII character
    uint32_t units_after;  // UTF-16 offset at the same place
  };
  std::vector<Mark> marks_;
};

}  // namespace sift
