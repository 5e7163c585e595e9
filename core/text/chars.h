// Small character predicates shared by the segmenters.
#pragma once
#include <string_view>

#include "text/utf8.h"

namespace sift::chars {

inline bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }
inline bool is_ascii_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_closing(char c) { return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}'; }
inline bool is_opening(char c) { return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{'; }
inline bool is_terminator(char c) { return c == '.' || c == '!' || c == '?'; }

// Case of the code point starting at `pos`.
inline utf8::LetterCase case_at(std::string_view text, size_t pos) {
  if (pos >= text.size()) return utf8::LetterCase::kNone;
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80)  // most letters: no decoding
    return is_ascii_upper(static_cast<char>(c))   ? utf8::LetterCase::kUpper
           : is_ascii_lower(static_cast<char>(c)) ? utf8::LetterCase::kLower
                                                  : utf8::LetterCase::kNone;
  return utf8::letter_case(utf8::decode(text, pos).cp);
}

// Word characters: letters of any script and digits.
inline bool is_word_at(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  const char c = text[pos];
  if (static_cast<unsigned char>(c) < 0x80) return is_ascii_alpha(c) || is_ascii_digit(c);
  return utf8::is_letter(utf8::decode(text, pos).cp);
}

// ASCII case-insensitive equality.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20) || is_ascii_alpha(a[i]) != is_ascii_alpha(b[i])) return false;
  return true;
}

inline bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "SANA", "WHO", "U.N.": no lower-case letter and at least two capitals.
inline bool is_all_caps(std::string_view w) {
  size_t letters = 0;
  for (char c : w) {
    if (is_ascii_lower(c)) return false;
    if (is_ascii_upper(c)) ++letters;
  }
  return letters >= 2;
}

// A word without its possessive ending: "Assad's" -> "Assad", "rebels'" -> "rebels".
inline std::string_view strip_possessive(std::string_view w) {
  if (w.size() >= 2 && w[w.size() - 2] == '\'' && (w.back() | 0x20) == 's') return w.substr(0, w.size() - 2);
  if (w.size() > 1 && w.back() == '\'') return w.substr(0, w.size() - 1);
  return w;
}

}  // namespace sift::chars
