#include "text/utf16_offsets.h"

#include <algorithm>

#include "text/swar.h"
#include "text/utf8.h"

namespace sift {

Utf16Offsets::Utf16Offsets(std::string_view text) {
  uint32_t units = 0;
  for (size_t i = 0; i < text.size();) {
    // ASCII runs, eight bytes a step: one unit a byte, no mark.
    if (i + 8 <= text.size() && !swar::any_non_ascii(swar::load8(text.data() + i))) {
      i += 8;
      units += 8;
      continue;
    }
    const uint8_t b = static_cast<uint8_t>(text[i]);
    if (b < 0x80) { ++i; ++units; continue; }
    const auto d = utf8::decode(text, i);
    i += d.length;
    units += utf8::utf16_length(d.cp);
    marks_.push_back({static_cast<uint32_t>(i), units});
  }
}

uint32_t Utf16Offsets::operator()(uint32_t byte) const {
  auto it = std::upper_bound(marks_.begin(), marks_.end(), byte,
                             [](uint32_t b, const Mark& m) { return b < m.byte_after; });
  if (it == marks_.begin()) return byte;
  --it;
  return it->units_after + (byte - it->byte_after);
}

}  // namespace sift
