#include "segment/abbreviations.h"

#include "text/word_set.h"

namespace sift::abbreviations {
namespace {

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

constexpr std::string_view kContinuations[] = {
    "administration", "agency", "air", "ambassador", "army", "assembly", "attorney", "border",
    "capitol", "central", "chamber", "chief", "children's", "coast", "command", "commander",
    "commission", "commissioner", "congress", "congressional", "consulate", "council", "court",
    "customs", "defense", "defence", "delegation", "democrats", "department", "development",
    "diplomat", "diplomats", "dollar", "dollars", "embassy", "envoy", "federal", "food",
    "forces", "general", "government", "high", "house", "human", "humanitarian", "intelligence",
    "justice", "marine", "marines", "middle", "military", "mission", "national", "navy",
    "office", "officials", "open", "peacekeepers", "peacekeeping", "president", "refugee",
    "representative", "republicans", "secretary", "secretary-general", "security", "senate",
    "senator", "special", "state", "supreme", "treasury", "troops", "undersecretary", "war",
    "world", "gmt", "utc", "est", "edt", "et", "pst", "local",
    // Bodies' names after "U.N.": "U.N. Support Mission in Libya", "U.N. Integrated Office in Haiti".
    "support", "integrated", "assistance", "stabilization", "stabilisation", "multidimensional", "interim",
    "observer", "observers", "monitoring", "verification", "relief", "population", "emergency", "political",
    "peace", "rights", "nuclear", "atomic", "joint", "naval", "coalition", "investigative", "independent"};

const WordSet& titles() { static const WordSet s(kTitles); return s; }
const WordSet& common() { static const WordSet s(kCommon); return s; }
const WordSet& continuations() { static const WordSet s(kContinuations); return s; }
const WordSet& starters() { static const WordSet s(kStarters); return s; }

}  // namespace

bool is_title(std::string_view word) { return titles().contains(word); }
bool is_common(std::string_view word) { return common().contains(word); }
bool is_sentence_starter(std::string_view word) { return starters().contains(word); }
bool continues_abbreviation(std::string_view word) {
  // "Secretary-General" is looked up whole; other hyphenated words by their head.
  if (continuations().contains(word)) return true;
  const size_t hyphen = word.find('-');
  return hyphen != std::string_view::npos && continuations().contains(word.substr(0, hyphen));
}

}  // namespace sift::abbreviations
