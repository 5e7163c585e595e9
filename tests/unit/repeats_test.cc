#include "segment/repeats.h"

#include <doctest/doctest.h>

#include <chrono>

#include "test_support.h"

using namespace sift;
using namespace sift::test;

TEST_CASE("find_repeats marks exact repeats after folding") {
  const auto a = analyze_text(
      "Shelling hit the old city on Monday, killing four people.\n"
      "The army denied the reports.\n"
      "SHELLING hit the old city on Monday -- killing four people!\n");
  REQUIRE(a.repeats.size() == 3);
  CHECK(a.repeats[0].duplicate_of == -1);
  CHECK(a.repeats[2].duplicate_of == 0);
  CHECK(a.repeats[2].similarity == doctest::Approx(1.0));
}

TEST_CASE("find_repeats finds near-exact repeats with small edits") {
  const auto a = analyze_text(
      "Activists in the city of Homs say the overnight shelling targeted four neighborhoods at the hub of protests.\n"
      "A different paragraph about talks in Moscow between the two delegations.\n"
      "Activists in the city of Homs said the overnight shelling targeted four neighbourhoods at the hub of protests.\n");
  CHECK(a.repeats[2].duplicate_of == 0);
  CHECK(a.repeats[2].similarity < 1.0f);
  CHECK(a.repeats[1].duplicate_of == -1);
}

TEST_CASE("find_repeats keeps distinct paragraphs apart") {
  const auto a = analyze_text(
      "At least 47 people were killed overnight in Homs, the Observatory said.\n"
      "At least 12 people were wounded in Hama on Tuesday, activists said.\n");
  CHECK(a.repeats[1].duplicate_of == -1);
}

TEST_CASE("find_repeats stays linear: 20,000 repeats of one paragraph") {
  std::string text;
  for (int i = 0; i < 20000; ++i)
    text += "The London-based Syrian Observatory for Human Rights says at least 47 people were killed.\n";
  const auto start = std::chrono::steady_clock::now();
  const auto a = analyze_text(text);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(a.repeats.size() == 20000);
  CHECK(a.repeats[19999].duplicate_of == 0);
  // A generous bound that only a quadratic algorithm misses (measured ~0.05 s).
  CHECK(seconds < time_budget(2.0));
}
