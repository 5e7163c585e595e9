#include "extract/quotes.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace sift;
using namespace sift::test;

namespace {
struct Q {
  std::string text, speaker;
};
std::vector<Q> quotes_of(const std::string& input) {
  const auto a = analyze_text(input);
  std::vector<Q> out;
  for (const auto& q : a.extraction.quotes) out.push_back({std::string(q.span.of(a.normalized.text)), q.speaker});
  return out;
}
}  // namespace

TEST_CASE("speakers from X said, said X, X told Reuters and X: \"...\"") {
  auto q = quotes_of("\"We will not leave,\" said Abu Khaled, a resident.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "\"We will not leave,\"");
  CHECK(q[0].speaker == "Abu Khaled");
  q = quotes_of("A senior Western diplomat told Reuters: \"All the signs are that they are trying to finish it off.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "A senior Western diplomat");
  q = quotes_of("\"The army quickly seized the town hall,\" one soldier told state television.");
  CHECK(q[0].speaker == "one soldier");
}

TEST_CASE("\"he said\" goes to the earlier named speaker; curly quotes work") {
  const auto q = quotes_of(
      "Russian Foreign Minister Sergei Lavrov urged talks. \xE2\x80\x9CThis readiness is important,\xE2\x80\x9D "
      "he said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Sergei Lavrov");
}

TEST_CASE("partial quotes and quotes over several paragraphs") {
  auto q = quotes_of("Opponents warned his regime's \"barbaric and destructive\" assault could torpedo talks.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "\"barbaric and destructive\"");
  q = quotes_of(
      "The activist, who calls himself Ahmed, said: \"We call on all Syrians to move.\n\"They should act quickly.\"\n"
      "The army denied it.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "\"We call on all Syrians to move.\n\"They should act quickly.\"");
  CHECK(q[0].speaker == "The activist");
}

TEST_CASE("an unbalanced mark stops at its paragraph") {
  const auto q = quotes_of("He said \"this never closes.\nThe next paragraph is plain reporting.\nSo is this one.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "\"this never closes.");
}
