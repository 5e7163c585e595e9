#include "segment/paragraph_words.h"

#include <doctest/doctest.h>

#include "segment/repeats.h"
#include "segment/segment.h"
#include "text/fold.h"

using namespace sift;

TEST_CASE("fold_paragraph_words gives each paragraph's folded words with their first bytes") {
  const std::string text = "Shelling hit Homs.\n\nThe Observatory's  count: 47 dead.\n\n--\n\nAl-Bab, Ömer";
  const Segmentation seg = segment(text);
  REQUIRE(seg.paragraphs.size() == 4);
  const ParagraphWords words = fold_paragraph_words(text, seg.paragraphs);
  REQUIRE(words.offsets.size() == 5);
  for (uint32_t p = 0; p < seg.paragraphs.size(); ++p) {
    std::vector<uint64_t> expected;
    folded_word_hashes(seg.paragraphs[p].span.of(text), expected);
    CHECK(std::vector<uint64_t>(words.hashes.begin() + words.begin(p), words.hashes.begin() + words.end(p)) == expected);
    CHECK(words.end(p) - words.begin(p) == seg.paragraphs[p].words);
  }
  // "The Observatory's count": "observatory" and "s" are two words.
  CHECK(text.substr(words.begins[words.begin(1) + 1], 11) == "Observatory");
  CHECK(text.substr(words.begins[words.begin(1) + 2], 1) == "s");
  CHECK(words.begin(2) == words.end(2));  // "--" has no words
  CHECK(text.substr(words.begins[words.begin(3) + 2], 5) == "Ömer");
}

TEST_CASE("find_repeats gives the same repeats from words folded by the caller") {
  const std::string text =
      "Activists in the city of Homs say the overnight shelling targeted four neighborhoods at the hub of protests.\n"
      "A different paragraph about talks in Moscow between the two delegations.\n"
      "Activists in the city of Homs said the overnight shelling targeted four neighbourhoods at the hub of protests.\n"
      "A DIFFERENT paragraph about talks in Moscow between the two delegations!\n";
  const Segmentation seg = segment(text);
  const ParagraphWords words = fold_paragraph_words(text, seg.paragraphs);
  const auto own = find_repeats(text, seg.paragraphs);
  const auto given = find_repeats(text, seg.paragraphs, &words);
  REQUIRE(own.size() == 4);
  REQUIRE(given.size() == 4);
  for (size_t p = 0; p < own.size(); ++p) {
    CHECK(own[p].duplicate_of == given[p].duplicate_of);
    CHECK(own[p].similarity == given[p].similarity);
  }
  CHECK(given[2].duplicate_of == 0);
  CHECK(given[3].duplicate_of == 1);
}
