#include "segment/abbreviations.h"

#include <algorithm>
#include <vector>
#include <string>

#include "text/chars.h"

namespace sift::abbreviations {
namespace {

bool contains_folded(const std::vector<std::string_view>& sorted, std::string_view word) {
  if (word.empty() || word.size() > 12) return false;
  char buf[12];
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buf[i] = chars::is_ascii_upper(c) ? static_cast<char>(c | 0x20) : c;
  }
  return std::binary_search(sorted.begin(), sorted.end(), std::string_view(buf, word.size()));
}

// Sorted for binary search.
constexpr std::string_view kTitles[] = {
    "adm", "amb", "brig", "capt", "cdr", "cmdr", "col", "cpl", "dr", "fr", "ft", "gen",
    "gov", "hon", "insp", "lieut", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms",
    "msgr", "mt", "pres", "prof", "pt", "pte", "pvt", "rep", "rev", "rt", "sen", "sgt",
    "sheikh", "sr", "st", "supt"};

constexpr std::string_view kCommon[] = {
    "al", "approx", "apr", "assn", "aug", "ave", "blvd", "bros", "ch", "cf", "co", "corp",
    "dec", "dept", "dist", "est", "etc", "feb", "fig", "gov't", "inc", "jan", "jr", "jul",
    "jun", "ltd", "mar", "min", "mon", "nos", "no", "nov", "oct", "op", "pp", "rd", "ref",
    "sec", "sep", "sept", "sq", "sun", "tel", "thu", "tue", "univ", "viz", "vs", "wed",
    "yr", "yrs", "p"};

constexpr std::string_view kStarters[] = {
    "a", "after", "also", "an", "and", "are", "as", "at", "before", "both", "but", "by",
    "can", "could", "despite", "did", "do", "does", "during", "each", "earlier", "even",
    "every", "five", "for", "four", "from", "he", "her", "here", "his", "how", "however",
    "i", "if", "in", "is", "it", "its", "last", "later", "many", "meanwhile", "more",
    "most", "my", "no", "not", "now", "of", "on", "once", "one", "only", "or", "our",
    "she", "since", "so", "some", "such", "that", "the", "their", "then", "there",
    "these", "they", "this", "those", "three", "to", "two", "under", "until", "was",
    "we", "were", "what", "when", "where", "which", "while", "who", "why", "will",
    "with", "would", "yesterday", "yet", "you", "your"};

template <size_t N>
std::vector<std::string_view> sorted(const std::string_view (&words)[N]) {
  std::vector<std::string_view> v(words, words + N);
  std::sort(v.begin(), v.end());
  return v;
}

const auto& titles() { static const auto s = sorted(kTitles); return s; }
const auto& common() { static const auto s = sorted(kCommon); return s; }
const auto& starters() { static const auto s = sorted(kStarters); return s; }

}  // namespace

bool is_title(std::string_view word) { return contains_folded(titles(), word); }
bool is_common(std::string_view word) { return contains_folded(common(), word); }
bool is_sentence_starter(std::string_view word) { return contains_folded(starters(), word); }

}  // namespace sift::abbreviations
