#include "text/utf8.h"

#include <doctest/doctest.h>

#include "text/utf16_offsets.h"

using namespace sift;

TEST_CASE("repair replaces each maximal invalid subpart with U+FFFD") {
  CHECK(utf8::repair("ok") == "ok");
  CHECK(utf8::repair("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  // A truncated 3-byte sequence is one replacement, as in TextDecoder.
  CHECK(utf8::repair("a\xE2\x80" "b") == "a\xEF\xBF\xBD" "b");
  // Surrogates encoded in UTF-8 are invalid: one replacement per byte.
  CHECK(utf8::repair("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(utf8::is_valid("Homs \xD8\xAD\xD9\x85\xD8\xB5"));
}

TEST_CASE("letter_case knows Latin, Cyrillic and uncased scripts") {
  CHECK(utf8::is_upper(U'A'));
  CHECK(utf8::is_lower(U'\u00e9'));
  CHECK(utf8::is_upper(U'\u00c9'));
  CHECK(utf8::is_upper(U'\u0410'));
  CHECK(utf8::letter_case(U'\u062d') == utf8::LetterCase::kUncased);
  CHECK(utf8::letter_case(U'7') == utf8::LetterCase::kNone);
  CHECK(utf8::to_lower(U'\u00c9') == U'\u00e9');
}

TEST_CASE("Utf16Offsets counts astral characters as two units") {
  const std::string text = "a\xC3\xA9" "b\xF0\x9F\x98\x80" "c";  // a é b 😀 c
  Utf16Offsets u16(text);
  CHECK(u16(0) == 0);
  CHECK(u16(1) == 1);
  CHECK(u16(3) == 2);   // after é
  CHECK(u16(4) == 3);   // after b
  CHECK(u16(8) == 5);   // after the emoji
  CHECK(u16(9) == 6);
}
