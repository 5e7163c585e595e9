#include "extract/numbers.h"

#include "text/chars.h"
#include "text/word_map.h"
#include "text/word_set.h"

namespace sift {
namespace {

using chars::iequals;

struct Word {
  std::string_view word;
  int64_t value;
};

constexpr Word kUnits[] = {
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
    {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60},
    {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"a dozen", 12}, {"dozen", 12}};

constexpr size_t first_word_size(std::string_view words) {
  const size_t space = words.find(' ');
  return space == std::string_view::npos ? words.size() : space;
}

struct Vague {
  constexpr Vague(std::string_view w, int64_t lo, int64_t hi)
      : words(w), min(lo), max(hi), first_size(first_word_size(w)) {}
  std::string_view words;
  int64_t min, max;
  size_t first_size;  // a quick screen before the phrase is compared
};

// Longest first, so "tens of thousands" wins over "thousands".
constexpr Vague kVague[] = {
    {"hundreds of thousands", 100000, 999999}, {"tens of thousands", 10000, 99999},
    {"several dozen", 12, 99}, {"a few dozen", 12, 99},
    // ("put the toll at several hundred": hundreds, as "several dozen" is dozens.)
    {"several hundred", 100, 999}, {"a few hundred", 100, 999},
    {"several thousand", 1000, 9999}, {"a few thousand", 1000, 9999},
    {"a few", 2, 5}, {"several", 3, 9}, {"dozens", 12, 99}, {"scores", 20, 99},
    {"tens", 10, 99},  // "tens of wounded", as Arabic-language releases put it
    {"hundreds", 100, 999}, {"thousands", 1000, 9999}, {"a handful of", 2, 5}, {"a number of", 2, 9}};

struct Qualifier {
  enum Kind { kAtLeast, kMoreThan, kAbout, kUpTo, kFewerThan };
  constexpr Qualifier(std::string_view w, Kind k) : words(w), kind(k), first_size(first_word_size(w)) {}
  std::string_view words;
  Kind kind;
  size_t first_size;  // a quick screen before the phrase is compared
};

constexpr Qualifier kQualifiers[] = {
    {"at least", Qualifier::kAtLeast}, {"no fewer than", Qualifier::kAtLeast},
    {"no less than", Qualifier::kAtLeast}, {"a minimum of", Qualifier::kAtLeast}, {"no more than", Qualifier::kUpTo},
    {"more than", Qualifier::kMoreThan}, {"over", Qualifier::kMoreThan}, {"above", Qualifier::kMoreThan},
    {"upwards of", Qualifier::kMoreThan}, {"in excess of", Qualifier::kMoreThan},
    {"nearly", Qualifier::kAbout}, {"almost", Qualifier::kAbout}, {"about", Qualifier::kAbout},
    {"around", Qualifier::kAbout}, {"approximately", Qualifier::kAbout}, {"roughly", Qualifier::kAbout},
    {"some", Qualifier::kAbout}, {"an estimated", Qualifier::kAbout}, {"close to", Qualifier::kAbout},
    {"up to", Qualifier::kUpTo}, {"as many as", Qualifier::kUpTo}, {"fewer than", Qualifier::kFewerThan},
    {"less than", Qualifier::kFewerThan}, {"under", Qualifier::kFewerThan}};

// Does the phrase `words` (space-separated, lower-case) start at token i?
// Returns the number of tokens it spans, or 0. The first word is compared
// before the phrase is split: parse_count asks this of every qualifier and
// vague quantity at each token that may start a count.
uint32_t match_phrase(std::string_view text, const std::vector<Token>& tokens, uint32_t i, uint32_t end,
                      std::string_view words) {
  if (i >= end) return 0;
  const size_t first_space = words.find(' ');
  const std::string_view first = words.substr(0, first_space);
  if (!iequals(tokens[i].span.of(text), first)) return 0;
  if (first_space == std::string_view::npos) return 1;
  uint32_t n = 1;
  size_t start = first_space + 1;
  while (start < words.size()) {
    size_t space = words.find(' ', start);
    if (space == std::string_view::npos) space = words.size();
    if (i + n >= end || !iequals(tokens[i + n].span.of(text), words.substr(start, space - start))) return 0;
    ++n;
    start = space + 1;
  }
  return n;
}

// First words of every qualifier, vague quantity and number word: a token
// that is none of these (and no digit) cannot start a count.
bool may_start_count(std::string_view w) {
  static constexpr std::string_view kStarts[] = {
      "a", "about", "above", "almost", "an", "approximately", "around", "as", "at", "between", "both", "close", "dozen",
      "dozens", "eight", "eighteen", "eighty", "eleven", "fewer", "fifteen", "fifty", "five", "forty",
      "four", "fourteen", "half", "hundreds", "in", "less", "more", "nearly", "nine", "nineteen", "ninety", "no",
      "one", "over", "roughly", "scores", "seven", "seventeen", "seventy", "several", "six", "sixteen",
      "sixty", "some", "ten", "tens", "thirteen", "thirty", "thousands", "three", "twelve", "twenty",
      "two", "under", "up", "upwards"};
  static const WordSet set(kStarts);
  if (w.empty()) return false;
  if (chars::is_ascii_digit(w[0])) return true;
  const size_t hyphen = w.find('-');  // "twenty-five"
  return set.contains(hyphen == std::string_view::npos ? w : w.substr(0, hyphen));
}

}  // namespace

bool is_ordinal_suffix_at(std::string_view text, const std::vector<Token>& tokens, uint32_t k, uint32_t end) {
  if (k == 0 || k >= end || tokens[k].span.begin != tokens[k - 1].span.end) return false;
  const std::string_view w = tokens[k].span.of(text);
  return iequals(w, "th") || iequals(w, "st") || iequals(w, "nd") || iequals(w, "rd");
}

std::optional<int64_t> number_value(std::string_view w) {
  if (w.empty()) return std::nullopt;
  if (chars::is_ascii_digit(w[0])) {
    int64_t v = 0;
    for (char c : w) {
      if (c == ',') continue;
      if (!chars::is_ascii_digit(c)) return std::nullopt;
      if (v > 1'000'000'000'000LL) return std::nullopt;  // absurd figures are not counts
      v = v * 10 + (c - '0');
    }
    return v;
  }
  // "twenty-five"
  const size_t hyphen = w.find('-');
  if (hyphen != std::string_view::npos) {
    const auto tens = number_value(w.substr(0, hyphen));
    const auto units = number_value(w.substr(hyphen + 1));
    if (tens && units && *tens >= 20 && *tens % 10 == 0 && *units < 10) return *tens + *units;
    return std::nullopt;
  }
  static const auto units = WordMap<const Word*>::index(kUnits, &Word::word);
  if (const auto* u = units.find(w)) return (*u)->value;
  return std::nullopt;
}

// "10-07-2016", "9/11": a number glued by hyphens or slashes to two others,
// or by a slash to one, writes a date, never a count or a range.
namespace {
bool in_numeric_date(std::string_view text, const std::vector<Token>& tokens, uint32_t i, uint32_t end) {
  auto glued_link = [&](uint32_t link) {  // tokens[link] is '-' or '/' touching numbers on both sides
    if (link == 0 || link + 1 >= end) return false;
    const std::string_view w = tokens[link].span.of(text);
    return (w == "-" || w == "/") && tokens[link - 1].kind == TokenKind::kNumber &&
           tokens[link + 1].kind == TokenKind::kNumber && tokens[link - 1].span.end == tokens[link].span.begin &&
           tokens[link].span.end == tokens[link + 1].span.begin;
  };
  const bool left = i >= 1 && glued_link(i - 1);
  const bool right = glued_link(i + 1);
  if (left && right) return true;
  if (right && glued_link(i + 3)) return true;
  if (left && i >= 3 && glued_link(i - 3)) return true;
  // Two numbers joined by a slash are a date too; by a hyphen, a range ("10-15").
  return (left && tokens[i - 1].span.of(text) == "/") || (right && tokens[i + 1].span.of(text) == "/");
}
}  // namespace

std::optional<Count> parse_count(std::string_view text, const std::vector<Token>& tokens, uint32_t i,
                                 uint32_t end) {
  auto tok = [&](uint32_t k) { return k < end ? tokens[k].span.of(text) : std::string_view(); };
  if (i >= end || !may_start_count(tok(i))) return std::nullopt;
  if (tokens[i].kind == TokenKind::kNumber && in_numeric_date(text, tokens, i, end)) return std::nullopt;
  Count c;
  c.token_begin = i;
  std::optional<Qualifier::Kind> qual;
  const size_t first_size = tok(i).size();
  for (const auto& q : kQualifiers) {
    if (first_size != q.first_size) continue;  // most tokens end here
    if (const uint32_t n = match_phrase(text, tokens, i, end, q.words)) {
      qual = q.kind;
      c.qualifier = q.words;
      i += n;
      break;
    }
  }
  // Ranges: "between 10 and 15".
  bool between = false;
  if (!qual && iequals(tok(i), "between")) { between = true; ++i; }

  const size_t count_size = i < end ? tok(i).size() : 0;
  for (const auto& v : kVague)
    if (const uint32_t n = count_size == v.first_size ? match_phrase(text, tokens, i, end, v.words) : 0) {
      c.vague = v.words;
      c.min = v.min;
      c.max = v.max;
      c.token_end = i + n;
      // 'left "hundreds" wounded': a vague word in quote marks of its own is still the count.
      // ("'dozens' of fighters killed": single marks, as a headline writes them.)
      const bool marked = c.token_end < end && i > 0 && (tok(c.token_end) == "\"" || tok(c.token_end) == "'") &&
                          tokens[i - 1].span.of(text) == tok(c.token_end);
      if (marked && tokens[c.token_end].span.begin == tokens[c.token_end - 1].span.end) ++c.token_end;
      if (c.token_end < end && iequals(tok(c.token_end), "of")) ++c.token_end;
      return c;
    }

  std::optional<int64_t> value = number_value(tok(i));
  uint32_t j = i + 1;
  if (!value && iequals(tok(i), "a") && (iequals(tok(i + 1), "dozen") || iequals(tok(i + 1), "hundred"))) {
    value = iequals(tok(i + 1), "dozen") ? 12 : 100;
    j = i + 2;
  }
  // "half a dozen": six.
  if (!value && iequals(tok(i), "half") && iequals(tok(i + 1), "a") && iequals(tok(i + 2), "dozen")) {
    value = 6;
    j = i + 3;
  }
  // "Both pilots were killed" counts two; "both militants and civilians" joins two kinds.
  if (!value && iequals(tok(i), "both") && i + 1 < end && tokens[i + 1].kind == TokenKind::kWord) {
    bool joins = false;
    for (uint32_t k = i + 1; k < end && k <= i + 4; ++k) joins |= iequals(tok(k), "and");
    if (!joins) value = 2;
  }
  if (!value) return std::nullopt;
  // "a 16th person": an ordinal (its suffix glued to the digits) is no count.
  if (tokens[i].kind == TokenKind::kNumber && is_ordinal_suffix_at(text, tokens, i + 1, end)) return std::nullopt;
  // "two dozen", "three hundred", "7,500", "2 million"
  if (iequals(tok(j), "dozen")) { *value *= 12; ++j; }
  else if (iequals(tok(j), "hundred")) { *value *= 100; ++j; }
  else if (iequals(tok(j), "thousand")) { *value *= 1000; ++j; }
  else if (iequals(tok(j), "million")) { *value *= 1000000; ++j; }
  // "10 to 15", "10-15", "between 10 and 15"
  std::optional<int64_t> upper;
  const std::string_view link = tok(j);
  if (link == "-" || iequals(link, "to") || (between && iequals(link, "and"))) {
    if (auto hi = number_value(tok(j + 1)); hi && *hi > *value) {
      upper = hi;
      j += 2;
    }
  }
  c.token_end = j;
  if (c.token_end < end && iequals(tok(c.token_end), "of") && !upper) ++c.token_end;  // "four of the"
  if (upper) {
    c.min = *value;
    c.max = upper;
    return c;
  }
  if (!qual) {
    c.min = *value;
    c.max = *value;
    return c;
  }
  switch (*qual) {
    case Qualifier::kAtLeast: c.min = *value; break;
    case Qualifier::kMoreThan: c.min = *value; break;  // the stated figure, as ACLED records it
    case Qualifier::kAbout: c.min = *value; c.max = *value; break;
    case Qualifier::kUpTo: c.min = 1; c.max = *value; break;
    case Qualifier::kFewerThan: c.min = 1; c.max = *value > 1 ? *value - 1 : 1; break;
  }
  return c;
}

}  // namespace sift
