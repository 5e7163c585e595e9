#include "text/utf8.h"

namespace sift::utf8 {

Decoded decode(std::string_view text, size_t pos) {
  const auto byte = [&](size_t i) { return static_cast<uint8_t>(text[i]); };
  const uint8_t b0 = byte(pos);
  if (b0 < 0x80) return {b0, 1, true};
  uint32_t need;
  char32_t cp;
  uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1; cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2; cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;   // overlong
    if (b0 == 0xED) hi = 0x9F;   // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3; cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;   // overlong
    if (b0 == 0xF4) hi = 0x8F;   // above U+10FFFF
  } else {
    return {kReplacement, 1, false};
  }
  uint32_t len = 1;
  for (uint32_t k = 0; k < need; ++k) {
    const size_t i = pos + len;
    if (i >= text.size()) return {kReplacement, len, false};
    const uint8_t b = byte(i);
    const uint8_t min = k == 0 ? lo : 0x80, max = k == 0 ? hi : 0xBF;
    if (b < min || b > max) return {kReplacement, len, false};
    cp = (cp << 6) | (b & 0x3F);
    ++len;
  }
  return {cp, len, true};
}

bool is_valid(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    if (static_cast<uint8_t>(text[i]) < 0x80) { ++i; continue; }
    const Decoded d = decode(text, i);
    if (!d.valid) return false;
    i += d.length;
  }
  return true;
}

std::string repair(std::string_view text) {
  if (is_valid(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  for (size_t i = 0; i < text.size();) {
    const Decoded d = decode(text, i);
    if (d.valid) out.append(text.substr(i, d.length));
    else append(out, kReplacement);
    i += d.length;
  }
  return out;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

LetterCase letter_case(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return LetterCase::kUpper;
    if (cp >= 'a' && cp <= 'z') return LetterCase::kLower;
    return LetterCase::kNone;
  }
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return LetterCase::kUpper;
  if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) return LetterCase::kLower;
  // Latin Extended-A alternates upper/lower; the run 0x139-0x148 is shifted by one.
  if (cp >= 0x100 && cp <= 0x17F) {
    const bool shifted = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    return ((cp & 1) == 0) != shifted ? LetterCase::kUpper : LetterCase::kLower;
  }
  if (cp >= 0x180 && cp <= 0x24F) return LetterCase::kUncased;  // Latin Extended-B: mixed
  if (cp >= 0x391 && cp <= 0x3A9) return LetterCase::kUpper;
  if (cp >= 0x3AC && cp <= 0x3CE) return LetterCase::kLower;
  if (cp >= 0x400 && cp <= 0x42F) return LetterCase::kUpper;
  if (cp >= 0x430 && cp <= 0x45F) return LetterCase::kLower;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return (cp & 1) == 0 ? LetterCase::kUpper : LetterCase::kLower;
  // Letters of uncased scripts: Hebrew, Arabic, Syriac, Thaana, Indic, CJK, Hangul.
  if ((cp >= 0x5D0 && cp <= 0x5EA) || (cp >= 0x620 && cp <= 0x64A) ||
      (cp >= 0x66E && cp <= 0x6D3) || (cp >= 0x6FA && cp <= 0x6FF) ||
      (cp >= 0x710 && cp <= 0x74F) || (cp >= 0x900 && cp <= 0xDFF) ||
      (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
      (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
      (cp >= 0xFE70 && cp <= 0xFEFC))
    return LetterCase::kUncased;
  return LetterCase::kNone;
}

char32_t to_lower(char32_t cp) {
  switch (letter_case(cp)) {
    case LetterCase::kUpper:
      if (cp < 0x80 || (cp >= 0xC0 && cp <= 0xDE)) return cp + 0x20;
      if (cp >= 0x391 && cp <= 0x3A9) return cp + 0x20;
      if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
      if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
      return cp + 1;  // the alternating Latin Extended ranges
    default:
      return cp;
  }
}

}  // namespace sift::utf8
