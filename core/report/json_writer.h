// A small streaming JSON writer for the report. The report is written once,
// front to back, so appending to one string beats building a DOM; key order
// follows the contract in docs/output.md. (Input JSON is parsed with nlohmann.)
#pragma once
#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace sift {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void begin_object() { value_prefix(); out_ += '{'; first_ = true; }
  void end_object() { out_ += '}'; first_ = false; }
  void begin_array() { value_prefix(); out_ += '['; first_ = true; }
  void end_array() { out_ += ']'; first_ = false; }
  // Keys are the report's own names ("start", "count_min"): plain ASCII with
  // nothing to escape, so they are copied as they are.
  // One append per key: four small appends each paid a capacity check and
  // showed in profiles (1.5 million keys per 2 MB of input).
  void key(std::string_view k) {
    char buf[64];
    if (k.size() + 4 > sizeof buf) return long_key(k);
    size_t n = 0;
    if (!first_) buf[n++] = ',';
    buf[n++] = '"';
    std::memcpy(buf + n, k.data(), k.size());
    n += k.size();
    buf[n++] = '"';
    buf[n++] = ':';
    out_.append(buf, n);
    after_key_ = true;
  }
  void value(std::string_view s) { value_prefix(); string_literal(s); }
  void value(const char* s) { value(std::string_view(s)); }
  void value(int64_t v) {
    value_prefix();
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    out_.append(buf, static_cast<size_t>(end - buf));
  }
  void value(uint32_t v) { value(static_cast<int64_t>(v)); }
  void value(int32_t v) { value(static_cast<int64_t>(v)); }
  void value(bool b) { value_prefix(); out_ += b ? "true" : "false"; }
  // Fixed precision keeps native and WASM output byte-identical.
  void value(double v, int decimals);
  void null() { value_prefix(); out_ += "null"; }
  void optional(const std::optional<std::string>& s) { s ? value(*s) : null(); }
  void optional_text(std::string_view s) { s.empty() ? null() : value(s); }

 private:
  void value_prefix() {
    if (after_key_) { after_key_ = false; first_ = false; return; }
    if (!first_) out_ += ',';
    first_ = false;
  }
  void string_literal(std::string_view s);
  void long_key(std::string_view k) {
    if (!first_) out_ += ',';
    out_ += '"';
    out_ += k;
    out_ += "\":";
    after_key_ = true;
  }

  std::string& out_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace sift
