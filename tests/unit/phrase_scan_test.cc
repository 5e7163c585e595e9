#include "text/phrase_scan.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sift;

namespace {

constexpr std::string_view kCues[] = {"since", "in the past", "war", "days of", "in total"};

// Each phrase searched alone, as the scanner must agree with.
size_t search_alone(std::string_view text, std::string_view phrase, size_t from) {
  for (size_t pos = from; pos + phrase.size() <= text.size(); ++pos) {
    if (!chars::iequals(text.substr(pos, phrase.size()), phrase)) continue;
    const bool starts = pos == 0 || !chars::is_ascii_alpha(text[pos - 1]);
    const bool ends = pos + phrase.size() == text.size() || !chars::is_ascii_alpha(text[pos + phrase.size()]);
    if (starts && ends) return pos;
  }
  return std::string_view::npos;
}

}  // namespace

TEST_CASE("PhraseScanner finds phrases at word bounds whatever their case") {
  const PhraseScanner scanner(kCues);
  std::vector<PhraseScanner::Hit> hits;
  const std::string_view text = "Since the war-torn town's SINCE; wartime, in the Past 3 days of war";
  scanner.scan(text, hits);
  CHECK(PhraseScanner::first(hits, 0, 0) == 0);
  CHECK(PhraseScanner::first(hits, 0, 1) == text.find("SINCE"));
  CHECK(PhraseScanner::first(hits, 2, 0) == text.find("war-torn"));  // a hyphen bounds a word
  CHECK(PhraseScanner::first(hits, 2, text.find("war-torn") + 1) == text.rfind("war"));  // not "wartime"
  CHECK(PhraseScanner::first(hits, 1, 0) == text.find("in the Past"));
  CHECK(PhraseScanner::first(hits, 3, 0) == text.find("days of"));
  CHECK(PhraseScanner::first(hits, 4, 0) == PhraseScanner::npos);
}

TEST_CASE("PhraseScanner agrees with searching each phrase alone") {
  const PhraseScanner scanner(kCues);
  std::vector<PhraseScanner::Hit> hits;
  const std::string texts[] = {"", "w", "war", "swar warx war", "In total, 40 in totals; since", "sincesince since",
                               "\xC3\xA9war war\xC3\xA9", "days ofdays of days of"};
  for (const std::string& text : texts) {
    scanner.scan(text, hits);
    for (uint32_t i = 0; i < std::size(kCues); ++i)
      for (size_t from = 0; from <= text.size(); ++from)
        CHECK_MESSAGE(PhraseScanner::first(hits, i, from) == search_alone(text, kCues[i], from),
                      text << " / " << kCues[i] << " from " << from);
  }
}
