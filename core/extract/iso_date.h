// An ISO 8601 calendar value as the date finder resolves it: "2012-02-22",
// "2012-03" or "1982", or none. Held inline rather than as a std::string: a
// batch holds hundreds of thousands of entities, and the string was half of
// each one's size.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string_view>

namespace sift {

class IsoDate {
 public:
  static constexpr size_t kMaxSize = 10;  // YYYY-MM-DD

  IsoDate() = default;
  // Longer text is no value the finder gives; it is cut, never overrun.
  explicit IsoDate(std::string_view text) : size_(static_cast<uint8_t>(std::min(text.size(), kMaxSize))) {
    std::copy_n(text.data(), size_, text_);
  }

  explicit operator bool() const { return size_ > 0; }
  std::string_view view() const { return {text_, size_}; }
  // The year the value lies in; 0 for none.
  int year() const {
    if (size_ < 4) return 0;
    int y = 0;
    for (int i = 0; i < 4; ++i) {
      if (text_[i] < '0' || text_[i] > '9') return 0;
      y = y * 10 + (text_[i] - '0');
    }
    return y;
  }

 private:
  char text_[kMaxSize] = {};
  uint8_t size_ = 0;
};

}  // namespace sift
