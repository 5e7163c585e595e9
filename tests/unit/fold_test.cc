#include "text/fold.h"

#include <doctest/doctest.h>

#include <string>

using namespace sift;

TEST_CASE("fold lower-cases words and turns every run of other characters into one space") {
  CHECK(fold("Dr. Assad's FORCES, 2012!") == "dr assad s forces 2012");
  CHECK(fold("  --Homs--  ") == "homs");
  CHECK(fold("") == "");
  CHECK(fold("Ḥoms Ünal") == "ḥoms ünal");
}

TEST_CASE("fold keeps room when lower-case letters take more bytes than their capitals") {
  // U+023A (2 bytes) lower-cases to U+2C65 (3 bytes); ASCII after many of them must still fit.
  std::string text;
  for (int k = 0; k < 50; ++k) text += "\xC8\xBA";
  text += std::string(200, 'A');
  const std::string folded = fold(text);
  CHECK(folded.size() >= 200);
  CHECK(folded.substr(folded.size() - 200) == std::string(200, 'a'));
  CHECK(folded_hash("Dr. Assad") == folded_hash("dr assad"));
}
