#include "segment/recurring_lines.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace sift;
using namespace sift::test;

TEST_CASE("a short line recurring across articles in different places is boilerplate") {
  const auto r = analyze_texts({
      "Troops entered Qusayr on Wednesday.\nSift Daily: news you can trust\nThe army said it held the town hall.",
      "Talks in Geneva stalled again.\nSift Daily: news you can trust\nDiplomats blamed both sides.",
      "Aid reached Moadamiya.\nSift Daily: news you can trust\nResidents had been starving for months.",
  });
  for (const auto& a : r.articles) CHECK(kinds(a)[1] == "boilerplate");
}

TEST_CASE("a heading shared by syndicated copies stays a heading") {
  const std::string story =
      "Syrian forces pressed their assault on Homs.\nLavrov Urges Talks\nThe assault comes a day after Assad promised Lavrov to end the violence.";
  const auto r = analyze_texts({story, story, story});
  for (const auto& a : r.articles) CHECK(kinds(a)[1] == "heading");
}

TEST_CASE("a recurring footer at the end of every article is boilerplate too") {
  const auto r = analyze_texts({
      "Troops entered Qusayr on Wednesday.\nThe army said it held the town hall.\nSift Daily: news you can trust",
      "Talks in Geneva stalled again.\nDiplomats blamed both sides.\nSift Daily: news you can trust",
      "Aid reached Moadamiya.\nResidents had been starving for months.\nSift Daily: news you can trust",
  });
  for (const auto& a : r.articles) CHECK(kinds(a)[2] == "boilerplate");
}
