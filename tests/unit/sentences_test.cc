#include "segment/sentences.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sift;

namespace {
std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<Span> spans;
  split_sentences(text, {0, static_cast<uint32_t>(text.size())}, spans);
  std::vector<std::string> out;
  for (const auto& s : spans) out.emplace_back(s.of(text));
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("split_sentences keeps titles, initials and abbreviations inside sentences") {
  CHECK(sentences_of("Lt. Col. Ahmed Hassan and Gen. Smith met Dr. Assad. They talked.") ==
        V{"Lt. Col. Ahmed Hassan and Gen. Smith met Dr. Assad.", "They talked."});
  CHECK(sentences_of("The U.N. envoy arrived. The U.S. Government objected.") ==
        V{"The U.N. envoy arrived.", "The U.S. Government objected."});
  CHECK(sentences_of("He lives in the U.S. How about you?") == V{"He lives in the U.S.", "How about you?"});
  CHECK(sentences_of("e.g. this and i.e. that are fine.") == V{"e.g. this and i.e. that are fine."});
  CHECK(sentences_of("Troops advanced 2.5 km. Then they stopped 20km away.") ==
        V{"Troops advanced 2.5 km.", "Then they stopped 20km away."});
  CHECK(sentences_of("It began at 10 a.m. The shelling lasted hours.") ==
        V{"It began at 10 a.m.", "The shelling lasted hours."});
}

TEST_CASE("split_sentences handles quotes, brackets and ?! runs") {
  CHECK(sentences_of("\"We will fight,\" he said. \"We will win.\" The crowd cheered.") ==
        V{"\"We will fight,\" he said.", "\"We will win.\"", "The crowd cheered."});
  CHECK(sentences_of("Why now?! Nobody knows.") == V{"Why now?!", "Nobody knows."});
  CHECK(sentences_of("He left (as planned.) after lunch.") == V{"He left (as planned.) after lunch."});
}

TEST_CASE("split_sentences splits numbered lists inside one paragraph") {
  CHECK(sentences_of("1. The first item 2. The second item") == V{"1. The first item", "2. The second item"});
  CHECK(sentences_of("a. The first item b. The second item") == V{"a. The first item", "b. The second item"});
}

TEST_CASE("split_sentences on news text from the seeds' style") {
  CHECK(sentences_of("Ms Amos was refused entry. Mr Annan, the former UN secretary-general, said so.") ==
        V{"Ms Amos was refused entry.", "Mr Annan, the former UN secretary-general, said so."});
  CHECK(sentences_of("Heading without a stop") == V{"Heading without a stop"});
  CHECK(sentences_of("Reports say 7,500 people died... Others disagree.") ==
        V{"Reports say 7,500 people died...", "Others disagree."});
}

TEST_CASE("split_sentences: an initial opening a paragraph opens a name; a numeral does not") {
  CHECK(sentences_of("H. Said / Manar") == V{"H. Said / Manar"});
  CHECK(sentences_of("I. Background of the war") == V{"I.", "Background of the war"});
}

TEST_CASE("split_sentences: a live blog entry's time stamp stands apart from its first sentence") {
  CHECK(sentences_of("11:20 - The Syrian army has denied it. It said so.") ==
        V{"11:20 -", "The Syrian army has denied it.", "It said so."});
  CHECK(sentences_of("9:45 GMT: Warplanes struck the town.") == V{"9:45 GMT:", "Warplanes struck the town."});
  // A clock time inside a sentence, or one that opens it without a dash, stays.
  CHECK(sentences_of("12:30 was the hour the strike came.") == V{"12:30 was the hour the strike came."});
  CHECK(sentences_of("At 11:20 - as planned - the convoy left.") == V{"At 11:20 - as planned - the convoy left."});
}
