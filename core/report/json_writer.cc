#include "report/json_writer.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "text/swar.h"

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


void JsonWriter::string_literal(std::string_view s) {
  out_ += '"';
  size_t run = 0;  // start of the pending run that needs no escaping
  for (size_t i = 0; i < s.size(); ++i) {
    // Skip clean 8-byte blocks whole.
    while (i + 8 <= s.size() && !swar::any_json_special(swar::load8(s.data() + i))) i += 8;
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
