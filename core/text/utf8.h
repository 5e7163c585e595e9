// UTF-8 decoding, repair and character classes used by every stage.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace sift::utf8 {

constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t cp;       // the code point, or kReplacement for an invalid sequence
  uint32_t length;   // bytes consumed (at least 1)
  bool valid;
};

// Decodes one code point at `pos`. Invalid input consumes its maximal
// subpart, the way the WHATWG decoder (and so JavaScript) replaces it, so
// offsets computed here agree with what the page sees.
Decoded decode(std::string_view text, size_t pos);

// Returns `text` with each invalid sequence replaced by U+FFFD.
std::string repair(std::string_view text);
bool is_valid(std::string_view text);

void append(std::string& out, char32_t cp);

// Number of UTF-16 code units for a code point.
inline uint32_t utf16_length(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }

enum class LetterCase : uint8_t { kNone, kUpper, kLower, kUncased };

// Coarse case of a code point: Latin, Greek and Cyrillic have case; other
// letters (Arabic, Hebrew, CJK) are kUncased; non-letters kNone.
LetterCase letter_case(char32_t cp);

inline bool is_letter(char32_t cp) { return letter_case(cp) != LetterCase::kNone; }
inline bool is_upper(char32_t cp) { return letter_case(cp) == LetterCase::kUpper; }
inline bool is_lower(char32_t cp) { return letter_case(cp) == LetterCase::kLower; }
inline bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
inline bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n'; }

// Lower-cases ASCII and the cased ranges above (one code point to one).
char32_t to_lower(char32_t cp);

}  // namespace sift::utf8
