#include "text/normalize.h"

#include <doctest/doctest.h>

using namespace sift;

namespace {
std::string input_of(const NormalizedText& n, const std::string& input, uint32_t b, uint32_t e) {
  const uint32_t ib = n.to_input_begin(b), ie = n.to_input_end(e);
  return input.substr(ib, ie - ib);
}
}  // namespace

TEST_CASE("normalize folds typography and keeps a map back to the input") {
  const std::string input = "\xE2\x80\x9CHello\xE2\x80\x9D \xE2\x80\x94 it\xE2\x80\x99s\xE2\x80\xA6";
  const NormalizedText n = normalize(input);
  CHECK(n.text == "\"Hello\" -- it's...");
  // "Hello" with its curly quotes maps back to the curly quotes.
  CHECK(input_of(n, input, 0, 7) == "\xE2\x80\x9CHello\xE2\x80\x9D");
  // The ellipsis expands to three dots that all map to the one character.
  CHECK(input_of(n, input, 15, 18) == "\xE2\x80\xA6");
  CHECK(input_of(n, input, 16, 17) == "\xE2\x80\xA6");
}

TEST_CASE("normalize handles CRLF, NBSP, zero-width and control characters") {
  const std::string input = "one\r\ntwo\xC2\xA0three\xE2\x80\x8B" "four\x01" "five\rsix";
  const NormalizedText n = normalize(input);
  CHECK(n.text == "one\ntwo threefour five\nsix");
  const auto pos = n.text.find("four");
  CHECK(input_of(n, input, pos, pos + 4) == "four");
  const auto three = n.text.find("three");
  CHECK(input_of(n, input, three, three + 5) == "three");
  CHECK(n.to_input_begin(static_cast<uint32_t>(n.text.size())) == input.size());
}

TEST_CASE("normalize leaves ASCII text as one identity piece") {
  const std::string input = "Plain ASCII text.\nSecond line.";
  const NormalizedText n = normalize(input);
  CHECK(n.text == input);
  CHECK(n.pieces.size() == 1);
  CHECK(n.to_input_end(5) == 5);
}
