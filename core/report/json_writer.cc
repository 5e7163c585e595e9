#include "report/json_writer.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace sift {

void JsonWriter::value(double v, int decimals) {
  value_prefix();
  if (!std::isfinite(v)) { out_ += "null"; return; }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string_view s(buf);
  // Trim trailing zeros ("0.9300" -> "0.93", "1.0000" -> "1").
  if (s.find('.') != std::string_view::npos) {
    while (s.back() == '0') s.remove_suffix(1);
    if (s.back() == '.') s.remove_suffix(1);
  }
  out_ += s;
}

namespace {

// Does any byte of `x` need escaping: a control character, '"' or '\'?
// Eight bytes at a time (the classic "has zero byte" bit trick), since the
// report writes every paragraph and sentence text and this loop led profiles.
inline bool any_to_escape(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const uint64_t below_space = (x - kOnes * 0x20) & ~x & kHighs;
  return below_space | has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\'));
}

}  // namespace

void JsonWriter::string_literal(std::string_view s) {
  out_ += '"';
  size_t run = 0;  // start of the pending run that needs no escaping
  for (size_t i = 0; i < s.size(); ++i) {
    // Skip clean 8-byte blocks whole.
    while (i + 8 <= s.size()) {
      uint64_t block;
      std::memcpy(&block, s.data() + i, 8);
      if (any_to_escape(block)) break;
      i += 8;
    }
    if (i >= s.size()) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out_ += buf;
      }
    }
  }
  out_.append(s.data() + run, s.size() - run);
  out_ += '"';
}

}  // namespace sift
