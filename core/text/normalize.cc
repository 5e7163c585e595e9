#include "text/normalize.h"

#include <algorithm>

#include "text/utf8.h"

namespace sift {
namespace {

// What a non-ASCII or control character becomes for matching. nullptr keeps
// the character as it is; "" drops it.
const char* replacement_for(char32_t cp) {
  switch (cp) {
    case '\r': return "\n";
    case '\t': return " ";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2014: case 0x2015:  // em dash and bar read as a spaced "--" break
      return "--";
    case 0x2026: return "...";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F: case 0x205F: case 0x3000: case 0x1680:
      return " ";
    case 0x2028: case 0x2029: case 0x0085: return "\n";
    // Zero-width characters and the soft hyphen are invisible: drop them.
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
    case 0x200E: case 0x200F: case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:
      return "";
    default: break;
  }
  if (cp < 0x20 && cp != '\n') return " ";           // C0 controls, NUL included
  if (cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return " ";  // DEL and C1 controls
  return nullptr;
}

}  // namespace

NormalizedText normalize(std::string_view input) {
  NormalizedText out;
  out.input_size = static_cast<uint32_t>(input.size());
  out.text.reserve(input.size());
  auto add_identity = [&](uint32_t in_begin, uint32_t len) {
    if (len == 0) return;
    if (!out.pieces.empty()) {
      auto& last = out.pieces.back();
      if (last.identity && last.input_begin + last.input_length == in_begin) {
        last.norm_length += len;
        last.input_length += len;
        out.text.append(input.substr(in_begin, len));
        return;
      }
    }
    out.pieces.push_back({static_cast<uint32_t>(out.text.size()), in_begin, len, len, true});
    out.text.append(input.substr(in_begin, len));
  };

  size_t run_start = 0;  // start of the pending run of unchanged bytes
  size_t i = 0;
  while (i < input.size()) {
    const uint8_t b = static_cast<uint8_t>(input[i]);
    // Fast path: printable ASCII and LF are kept as they are.
    if ((b >= 0x20 && b < 0x7F) || b == '\n') { ++i; continue; }
    uint32_t len = 1;
    char32_t cp = b;
    if (b >= 0x80) {
      const auto d = utf8::decode(input, i);
      cp = d.cp;
      len = d.length;
    }
    const char* rep = replacement_for(cp);
    if (cp == '\r' && i + 1 < input.size() && input[i + 1] == '\n') {
      // CRLF: the LF is kept, the CR dropped.
      rep = "";
    }
    if (rep == nullptr) { i += len; continue; }
    add_identity(static_cast<uint32_t>(run_start), static_cast<uint32_t>(i - run_start));
    const uint32_t rep_len = static_cast<uint32_t>(std::char_traits<char>::length(rep));
    if (rep_len > 0) {
      out.pieces.push_back({static_cast<uint32_t>(out.text.size()), static_cast<uint32_t>(i),
                            rep_len, len, false});
      out.text.append(rep, rep_len);
    }
    i += len;
    run_start = i;
  }
  add_identity(static_cast<uint32_t>(run_start), static_cast<uint32_t>(input.size() - run_start));
  return out;
}

namespace {
// The piece holding normalized byte `norm` (pieces cover the text without gaps).
const NormalizedText::Piece* piece_at(const std::vector<NormalizedText::Piece>& pieces,
                                      uint32_t norm) {
  auto it = std::upper_bound(pieces.begin(), pieces.end(), norm,
                             [](uint32_t n, const auto& p) { return n < p.norm_begin; });
  if (it == pieces.begin()) return nullptr;
  return &*(it - 1);
}
}  // namespace

uint32_t NormalizedText::to_input_begin(uint32_t norm) const {
  if (norm >= text.size()) return input_size;
  const Piece* p = piece_at(pieces, norm);
  if (p == nullptr) return 0;
  return p->identity ? p->input_begin + (norm - p->norm_begin) : p->input_begin;
}

uint32_t NormalizedText::to_input_end(uint32_t norm) const {
  if (norm == 0) return pieces.empty() ? 0 : pieces.front().input_begin;
  const Piece* p = piece_at(pieces, norm - 1);
  if (p == nullptr) return 0;
  return p->identity ? p->input_begin + (norm - p->norm_begin) : p->input_begin + p->input_length;
}

}  // namespace sift
