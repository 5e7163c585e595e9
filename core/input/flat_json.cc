#include "input/flat_json.h"

#include "text/swar.h"
#include "text/utf8.h"

namespace sift::flat_json {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool read_hex4(std::string_view line, size_t pos, char32_t& out) {
  if (pos + 4 > line.size()) return false;
  out = 0;
  for (size_t i = 0; i < 4; ++i) {
    const int h = hex_value(line[pos + i]);
    if (h < 0) return false;
    out = out * 16 + static_cast<char32_t>(h);
  }
  return true;
}

}  // namespace

bool read_string(std::string_view line, size_t& pos, std::string& out) {
  out.clear();
  size_t i = pos + 1;  // past the opening quote
  bool ascii = true;
  while (true) {
    // Copy the plain run up to the next quote, backslash or control character.
    const size_t run = i;
    while (i + 8 <= line.size()) {
      const uint64_t block = swar::load8(line.data() + i);
      if (swar::any_json_special(block)) break;
      ascii = ascii && !swar::any_non_ascii(block);
      i += 8;
    }
    while (i < line.size()) {
      const unsigned char c = static_cast<unsigned char>(line[i]);
      if (c == '"' || c == '\\' || c < 0x20) break;
      ascii &= c < 0x80;
      ++i;
    }
    out.append(line.data() + run, i - run);
    if (i >= line.size()) return false;
    const char c = line[i];
    if (c == '"') break;
    if (c != '\\') return false;  // a raw control character
    if (++i >= line.size()) return false;
    switch (line[i]) {
      case '"': out.push_back('"'); break;
      case '\\': out.push_back('\\'); break;
      case '/': out.push_back('/'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'u': {
        char32_t cp;
        if (!read_hex4(line, i + 1, cp)) return false;
        i += 4;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          char32_t low;
          if (i + 2 >= line.size() || line[i + 1] != '\\' || line[i + 2] != 'u' || !read_hex4(line, i + 3, low) ||
              low < 0xDC00 || low > 0xDFFF)
            return false;
          i += 6;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        utf8::append(out, cp);
        break;
      }
      default: return false;
    }
    ++i;
  }
  pos = i + 1;
  // Escapes only ever add valid UTF-8, so the raw bytes decide validity.
  return ascii || utf8::is_valid(out);
}

bool read_scalar(std::string_view line, size_t& pos, FlatValueKind& kind, std::string_view& raw) {
  const size_t start = pos;
  auto literal = [&](std::string_view word, FlatValueKind k) {
    if (line.substr(pos, word.size()) != word) return false;
    pos += word.size();
    kind = k;
    raw = line.substr(start, pos - start);
    return true;
  };
  if (line[pos] == 't') return literal("true", FlatValueKind::kTrue);
  if (line[pos] == 'f') return literal("false", FlatValueKind::kFalse);
  if (line[pos] == 'n') return literal("null", FlatValueKind::kNull);
  // A number as JSON writes it, without an exponent: -?(0|[1-9]d*)(.d+)?
  auto digits = [&] {
    const size_t from = pos;
    while (pos < line.size() && line[pos] >= '0' && line[pos] <= '9') ++pos;
    return pos > from;
  };
  if (pos < line.size() && line[pos] == '-') ++pos;
  if (pos < line.size() && line[pos] == '0') ++pos;
  else if (!digits()) return false;
  if (pos < line.size() && line[pos] == '.') {
    ++pos;
    if (!digits()) return false;
  }
  // The general parser rejects numbers too large for a double ("1e999");
  // an exponent or a very long number is left to it to judge.
  constexpr size_t kSafeNumberLength = 300;
  if (pos < line.size() && (line[pos] == 'e' || line[pos] == 'E')) return false;
  if (pos - start > kSafeNumberLength) return false;
  kind = FlatValueKind::kNumber;
  raw = line.substr(start, pos - start);
  return true;
}

}  // namespace sift::flat_json
