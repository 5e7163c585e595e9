// A fast path for the one shape .jsonl lines almost always have: an object
// whose values are strings, numbers, true, false or null. The general JSON
// parser costs about 80 instructions a byte on article text; this reads a
// plain string in a few. Anything else (nested values, bad JSON, invalid
// UTF-8, raw control characters) is declined so the general parser can
// decide and report it the same way as before.
#pragma once
#include <string>
#include <string_view>

namespace sift {

enum class FlatValueKind { kString, kNumber, kTrue, kFalse, kNull };

struct FlatValue {
  FlatValueKind kind;
  std::string_view raw;       // the value as written (numbers, literals)
  std::string* string;  // decoded, for kString; the callee may take it (swap)
};

// Calls on_field(key, value) for each field in order; returns false, having
// possibly called it for some fields, when the line is not such an object.
template <typename OnField>
bool for_each_flat_field(std::string_view line, OnField&& on_field);

// The same for the object that starts at text[pos] (after any spaces); pos
// moves past it.
template <typename OnField>
bool read_flat_object(std::string_view text, size_t& pos, OnField&& on_field);

namespace flat_json {
// Decodes the string literal at line[pos] == '"' into out; pos moves past
// it. False on bad escapes, lone surrogates, control characters or invalid UTF-8.
bool read_string(std::string_view line, size_t& pos, std::string& out);
bool read_scalar(std::string_view line, size_t& pos, FlatValueKind& kind, std::string_view& raw);
inline void skip_space(std::string_view line, size_t& pos) {
  while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t' || line[pos] == '\r' || line[pos] == '\n')) ++pos;
}
}  // namespace flat_json

template <typename OnField>
bool for_each_flat_field(std::string_view line, OnField&& on_field) {
  size_t pos = 0;
  if (!read_flat_object(line, pos, on_field)) return false;
  flat_json::skip_space(line, pos);
  return pos == line.size();
}

template <typename OnField>
bool read_flat_object(std::string_view line, size_t& pos, OnField&& on_field) {
  using namespace flat_json;
  std::string key, value;
  skip_space(line, pos);
  if (pos >= line.size() || line[pos] != '{') return false;
  ++pos;
  skip_space(line, pos);
  if (pos < line.size() && line[pos] == '}') {
    ++pos;
  } else {
    while (true) {
      skip_space(line, pos);
      if (pos >= line.size() || line[pos] != '"' || !read_string(line, pos, key)) return false;
      skip_space(line, pos);
      if (pos >= line.size() || line[pos] != ':') return false;
      ++pos;
      skip_space(line, pos);
      if (pos >= line.size()) return false;
      FlatValue v{FlatValueKind::kString, {}, &value};
      if (line[pos] == '"') {
        const size_t start = pos;
        if (!read_string(line, pos, value)) return false;
        v.raw = line.substr(start, pos - start);
      } else if (!read_scalar(line, pos, v.kind, v.raw)) {
        return false;
      }
      on_field(std::string_view(key), v);
      skip_space(line, pos);
      if (pos >= line.size()) return false;
      if (line[pos] == ',') { ++pos; continue; }
      if (line[pos] != '}') return false;
      ++pos;
      break;
    }
  }
  return true;
}

}  // namespace sift
