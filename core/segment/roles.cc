#include "segment/roles.h"

#include <algorithm>
#include <string>

#include "text/chars.h"
#include "text/fold.h"

namespace sift {
namespace {

using chars::starts_with;

const char* kReasonNavigation = "navigation: a line of short links split by |, > or /";

struct Phrase {
  std::string_view folded;  // compared with the folded paragraph
  const char* reason;
};

// Whole-line boilerplate: these lines carry no reporting whatever the site.
constexpr Phrase kBoilerplateLines[] = {
    {"more from this section", "section navigation"},
    {"more from this author", "section navigation"},
    {"related stories", "links to other stories"},
    {"related articles", "links to other stories"},
    {"related content", "links to other stories"},
    {"related coverage", "links to other stories"},
    {"related news", "links to other stories"},
    {"related", "links to other stories"},
    {"more stories", "links to other stories"},
    {"more on this story", "links to other stories"},
    {"top stories", "links to other stories"},
    {"you may also like", "links to other stories"},
    {"recommended", "links to other stories"},
    {"recommended for you", "links to other stories"},
    {"most popular", "links to other stories"},
    {"most read", "links to other stories"},
    {"trending", "links to other stories"},
    {"see also", "links to other stories"},
    {"read more", "links to other stories"},
    {"read next", "links to other stories"},
    {"share", "share buttons"},
    {"share this", "share buttons"},
    {"share this article", "share buttons"},
    {"share this story", "share buttons"},
    {"share on facebook", "share buttons"},
    {"share on twitter", "share buttons"},
    {"tweet", "share buttons"},
    {"facebook twitter", "share buttons"},
    {"email", "share buttons"},
    {"print", "share buttons"},
    {"comments", "comment section"},
    {"leave a comment", "comment section"},
    {"show comments", "comment section"},
    {"advertisement", "advertising"},
    {"sponsored", "advertising"},
    {"sponsored content", "advertising"},
    {"skip to content", "navigation"},
    {"skip to main content", "navigation"},
    {"back to top", "navigation"},
    {"home", "navigation"},
    {"menu", "navigation"},
    {"loading", "page furniture"},
    {"subscribe", "newsletter or subscription prompt"},
    {"sign up", "newsletter or subscription prompt"},
    {"click here", "link prompt"},
};

// Prefixes of short boilerplate lines: "Read more: ...", "Follow us on ...".
constexpr Phrase kBoilerplatePrefixes[] = {
    {"read more", "links to other stories"},
    {"read also", "links to other stories"},
    {"also read", "links to other stories"},
    {"read next", "links to other stories"},
    {"you may also like", "links to other stories"},
    {"you might also like", "links to other stories"},
    {"more on this story", "links to other stories"},
    {"related", "links to other stories"},
    {"see also", "links to other stories"},
    {"more from", "links to other stories"},
    {"click here", "link prompt"},
    {"follow us", "social media prompt"},
    {"follow him on", "social media prompt"},
    {"follow her on", "social media prompt"},
    {"like us on", "social media prompt"},
    {"share this", "share buttons"},
    {"share on", "share buttons"},
    {"sign up", "newsletter or subscription prompt"},
    {"subscribe to", "newsletter or subscription prompt"},
    {"subscribe now", "newsletter or subscription prompt"},
    {"get our", "newsletter or subscription prompt"},
    {"get the latest", "newsletter or subscription prompt"},
    {"download our app", "app prompt"},
    {"copyright", "copyright notice"},
    {"c copyright", "copyright notice"},
    {"all rights reserved", "copyright notice"},
    {"this material may not be", "copyright notice"},
    {"we use cookies", "cookie notice"},
    {"terms of use", "legal links"},
    {"privacy policy", "legal links"},
    {"advertisement", "advertising"},
    {"image caption", "image caption label"},
    {"image copyright", "image credit"},
    {"photo credit", "image credit"},
    {"photograph", "image credit"},
    {"photo", "image credit"},
    {"getty images", "image credit"},
    {"watch", "video prompt"},
    {"listen to this article", "audio prompt"},
    {"forwarded message", "e-mail header"},
    {"original message", "e-mail header"},
    {"begin forwarded message", "e-mail header"},
};

// Header fields of a forwarded e-mail ("From: ...", "Subject: ...").
constexpr std::string_view kMailHeaders[] = {"From:", "To:", "Cc:", "Bcc:", "Sent:", "Date:",
                                             "Subject:", "Reply-To:"};

// Closing salutations: the line and the name under it sign off a message.
constexpr std::string_view kSalutations[] = {
    "best regards", "kind regards", "regards", "best wishes", "best", "thanks", "thank you",
    "many thanks", "sincerely", "yours sincerely", "yours faithfully", "cheers", "warm regards"};

// News agencies and outlets whose name alone ends a wire story.
constexpr std::string_view kAgencies[] = {
    "reuters", "afp", "ap", "associated press", "agence france presse", "dpa", "xinhua",
    "ansa", "efe", "upi", "anadolu", "sana", "bbc", "cnn", "al jazeera", "rfe rl",
    "agencies", "agency", "ians", "pti", "bloomberg", "itar tass", "tass", "ria novosti",
    "irna", "kuna", "wam", "mena", "aa", "ap afp", "afp ap", "reuters afp", "afp reuters",
    "ap reuters", "reuters ap", "afp reuters ap", "with agencies", "agencies contributed",
    // National agencies that open their stories with their acronym: "NNA - An Israeli drone strike ...".
    "nna", "ina", "qna", "spa", "petra", "ani", "apa",
};

// Sign-off formulas, at any position: "(Reporting by ...; Editing by ...)".
constexpr Phrase kSignoffPrefixes[] = {
    {"compiled from agency reports", "agency sign-off"},
    {"compiled from wire reports", "agency sign-off"},
    {"compiled by", "agency sign-off"},
    {"with agency inputs", "agency sign-off"},
    {"with inputs from", "agency sign-off"},
    {"additional reporting by", "credit line"},
    {"editing by", "credit line"},
    {"writing by", "credit line"},
    {"edited by", "credit line"},
    {"reporting by", "credit line"},
    {"contributed reporting", "credit line"},
    {"this story has been corrected", "editor's note"},
    {"this article was amended", "editor's note"},
    {"enditem", "wire's end-of-item marker"},  // Xinhua closes its items with "Enditem"
};

// No rule applies to a paragraph longer than this.
constexpr size_t kMaxRuleWords = 40;

bool ends_with_stop(std::string_view s) {
  while (!s.empty() && chars::is_closing(s.back())) s.remove_suffix(1);
  return !s.empty() && (chars::is_terminator(s.back()) || s.back() == ':' || s.back() == ';' ||
                        s.back() == ',');
}

// Share of words that start with a capital letter or a digit.
double capitalised_share(std::string_view s) {
  size_t words = 0, caps = 0;
  bool at_word_start = true;
  for (size_t i = 0; i < s.size(); ++i) {
    if (chars::is_space(s[i])) { at_word_start = true; continue; }
    if (!at_word_start) continue;
    at_word_start = false;
    if (!chars::is_word_at(s, i)) { at_word_start = true; continue; }
    ++words;
    const auto c = chars::case_at(s, i);
    if (c == utf8::LetterCase::kUpper || chars::is_ascii_digit(s[i])) ++caps;
  }
  return words == 0 ? 0.0 : static_cast<double>(caps) / static_cast<double>(words);
}

// A breadcrumb separator set off by spaces at s[i + 1]: "|", ">" or "/".
// ("»" is normalized to a quotation mark, which cannot tell.)
bool separator_at(std::string_view s, size_t i) {
  return s[i] == ' ' && i + 2 < s.size() && (s[i + 1] == '|' || s[i + 1] == '>' || s[i + 1] == '/') && s[i + 2] == ' ';
}

// "World | Middle East": two section names, every word capitalised, no
// digits (a dateline's "BEIRUT | Tue Mar 13, 2012" has some).
bool is_section_pair(std::string_view s) {
  constexpr size_t kMostWords = 4;
  size_t words = 0;
  bool at_word_start = true;
  for (size_t i = 0; i < s.size(); ++i) {
    if (chars::is_ascii_digit(s[i])) return false;
    if (chars::is_space(s[i]) || s[i] == '|' || s[i] == '>' || s[i] == '/') { at_word_start = true; continue; }
    if (!at_word_start) continue;
    at_word_start = false;
    if (s[i] == '&') continue;
    if (chars::case_at(s, i) != utf8::LetterCase::kUpper || ++words > kMostWords) return false;
  }
  return words >= 2;
}

bool is_navigation(std::string_view s) {
  size_t separators = 0;
  for (size_t i = 0; i + 2 < s.size(); ++i)
    if (separator_at(s, i)) ++separators;
  if (separators == 1) return is_section_pair(s);
  if (separators < 2) return false;  // most paragraphs: no need to count words
  size_t words = 0;
  for_each_folded_word(s, [&](uint64_t) { ++words; });
  return separators >= 2 && words <= (separators + 1) * 4;
}

const char* boilerplate_reason(std::string_view raw, const std::string& folded, size_t words) {
  for (const auto& p : kBoilerplateLines)
    if (folded == p.folded) return p.reason;
  if (words <= 25) {
    for (const auto& p : kBoilerplatePrefixes)
      if (starts_with(folded, p.folded) &&
          (folded.size() == p.folded.size() || folded[p.folded.size()] == ' '))
        return p.reason;
  }
  if (words <= 40 && (starts_with(raw, "\xC2\xA9") || starts_with(raw, "(c) ") ||
                      starts_with(raw, "(C) ") ||
                      folded.find("all rights reserved") != std::string::npos))
    return "copyright notice";
  if (is_navigation(raw)) return kReasonNavigation;
  if (words <= 20)
    for (auto h : kMailHeaders)
      if (starts_with(raw, h)) return "e-mail header";
  return nullptr;
}

bool is_salutation(const std::string& folded) {
  for (auto s : kSalutations)
    if (folded == s) return true;
  return false;
}

bool is_agency_line(const std::string& folded) {
  for (auto a : kAgencies)
    if (folded == a) return true;
  return false;
}

const char* signoff_reason(const std::string& folded, std::string_view raw, size_t words) {
  if (words > 40) return nullptr;
  // "(Reporting by ...; Editing by ...)" in brackets is the Reuters credit line.
  if (starts_with(raw, "(") && (folded.find("reporting by") != std::string::npos ||
                                folded.find("editing by") != std::string::npos ||
                                folded.find("writing by") != std::string::npos))
    return "credit line in brackets";
  for (const auto& p : kSignoffPrefixes)
    if (starts_with(folded, p.folded)) return p.reason;
  // "SOURCE: Al Jazeera and news agencies".
  if (words <= 8 && (chars::iequals(raw.substr(0, 7), "source:") || chars::iequals(raw.substr(0, 8), "sources:")))
    return "sources credited at the end";
  // "Associated Press writers Suzan Fraser in Ankara and Zeynep Bilginsoy in Istanbul contributed."
  if (words <= 30 && (chars::ends_with(folded, " contributed") || chars::ends_with(folded, " contributed to this report") ||
                      chars::ends_with(folded, " contributed reporting")))
    return "writers credited for their part";
  return nullptr;
}

// "14:05 BST", "1.05pm", "10:32 GMT": the time a live blog stamps on an entry.
bool is_time_line(std::string_view raw) {
  size_t i = 0;
  const auto digits = [&](size_t most) {
    const size_t from = i;
    while (i < raw.size() && chars::is_ascii_digit(raw[i]) && i - from < most) ++i;
    return i - from;
  };
  if (digits(2) == 0 || i >= raw.size() || (raw[i] != ':' && raw[i] != '.')) return false;
  ++i;
  if (digits(2) != 2) return false;
  std::string_view rest = raw.substr(i);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.empty()) return true;
  static constexpr std::string_view kZones[] = {"am", "pm", "BST", "GMT", "UTC", "CET", "CEST", "EST", "EDT", "ET",
                                                "am BST", "pm BST", "am GMT", "pm GMT", "am ET", "pm ET"};
  for (std::string_view zone : kZones)
    if (chars::iequals(rest, zone)) return true;
  return false;
}

// "Mark Townsend and Amira Saleh": names of one to three capitalised words
// each, joined by "and" or commas, and nothing else.
bool is_name_list(std::string_view raw) {
  constexpr size_t kMostWordsPerName = 3, kMostNames = 4;
  size_t in_name = 0, names = 0;
  size_t i = 0;
  while (i < raw.size()) {
    bool comma = false;  // "A, B and C": a comma ends a name too
    while (i < raw.size() && (raw[i] == ' ' || raw[i] == ',')) comma |= raw[i++] == ',';
    if (comma) {
      if (in_name == 0) return false;
      in_name = 0;
    }
    size_t j = i;
    while (j < raw.size() && raw[j] != ' ' && raw[j] != ',') ++j;
    if (j == i) break;
    const std::string_view w = raw.substr(i, j - i);
    if (w == "and" || w == "&") {
      if (in_name == 0) return false;
      in_name = 0;
    } else {
      if (chars::case_at(w, 0) != utf8::LetterCase::kUpper || w.find_first_of("0123456789.:;!?") != std::string_view::npos)
        return false;
      if (in_name == 0) ++names;
      if (++in_name > kMostWordsPerName) return false;
    }
    i = j;
  }
  return names >= 1 && names <= kMostNames && in_name >= 2;
}

// "Martin Chulov in Beirut": the names without where the writer files from
// (one or two capitalised words after the last " in ").
std::string_view without_filing_place(std::string_view raw) {
  const size_t in = raw.rfind(" in ");
  if (in == std::string_view::npos) return raw;
  const std::string_view place = raw.substr(in + 4);
  size_t words = 0;
  for (size_t i = 0; i < place.size(); ++i) {
    if (i == 0 || place[i - 1] == ' ') {
      if (chars::case_at(place, i) != utf8::LetterCase::kUpper) return raw;
      ++words;
    }
  }
  constexpr size_t kPlaceWords = 2;
  return words >= 1 && words <= kPlaceWords ? raw.substr(0, in) : raw;
}

bool is_byline(std::string_view raw, const std::string& folded, size_t words) {
  if (words < 2 || words > 14) return false;
  if (starts_with(raw, "By ") || starts_with(raw, "BY ")) {
    // The name after "By" is capitalised: "By Dominic Evans", "By Staff Writer".
    return raw.size() > 3 && chars::case_at(raw, 3) == utf8::LetterCase::kUpper;
  }
  // "Our Correspondent", "Web Desk": a newsroom's credit alone on its line, as Pakistani and Indian papers sign.
  static constexpr std::string_view kCredits[] = {"our correspondent", "our staff reporter",
                                                  "our special correspondent", "staff reporter", "staff report",
                                                  "our reporter", "news desk", "web desk", "monitoring desk",
                                                  "monitoring report"};
  for (const std::string_view credit : kCredits)
    if (folded == credit) return true;
  return starts_with(folded, "written by ") || starts_with(folded, "words by ") ||
         starts_with(folded, "story by ");
}

// "Published 14 June 2013", "Updated: Wed 05 Apr 2017 10:32 GMT", "March 3, 2012".
// "BEIRUT | Tue Mar 13, 2012 4:12pm EDT": the words of a place set off by a
// bar before a date line; 0 when the line has no such place.
size_t place_words_before_bar(std::string_view raw) {
  const size_t bar = raw.find('|');
  if (bar == std::string_view::npos || bar == 0 || bar > 40 || !chars::is_ascii_upper(raw[0])) return 0;
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < bar; ++i) {
    const char c = raw[i];
    if (c == ' ') {
      in_word = false;
    } else if (chars::is_ascii_alpha(c)) {  // letters only: the folded words must line up
      if (!in_word && !chars::is_ascii_upper(c)) return 0;  // every word capitalised
      if (!in_word) ++words;
      in_word = true;
    } else {
      return 0;
    }
  }
  return words <= 3 ? words : 0;
}

// "Published 14 June 2013", "Posted on March 3": a publication word, then a date with a number.
static bool has_publication_lead(std::string_view raw, const std::string& folded) {
  static constexpr std::string_view kLeads[] = {"published", "updated", "last updated", "posted",
                                                "posted on", "first published"};
  for (auto lead : kLeads)
    if (starts_with(folded, lead) && folded.size() > lead.size() &&
        raw.find_first_of("0123456789") != std::string_view::npos)
      return true;
  return false;
}

bool is_publication_date_line(std::string_view raw, const std::string& folded, size_t words) {
  if (words == 0 || words > 12) return false;
  if (has_publication_lead(raw, folded)) return true;
  // Otherwise every word must be a number or a calendar word.
  static constexpr std::string_view kCalendar[] = {
      "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
      "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
      "november", "dec", "december", "mon", "monday", "tue", "tuesday", "wed", "wednesday",
      "thu", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "gmt", "utc",
      "am", "pm", "st", "nd", "rd", "th", "edt", "est", "et", "bst", "cet", "cest"};
  bool has_month_or_number = false;
  size_t start = 0;
  for (size_t skip = place_words_before_bar(raw); skip > 0 && start < folded.size(); --skip) {
    const size_t space = folded.find(' ', start);
    start = space == std::string::npos ? folded.size() : space + 1;
  }
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    const std::string_view w(folded.data() + start, end - start);
    bool ok = w.find_first_not_of("0123456789") == std::string_view::npos;
    if (ok) has_month_or_number = true;
    if (!ok) {
      // "22nd", "5th": a number with an ordinal suffix.
      const size_t digits = w.find_first_not_of("0123456789");
      const std::string_view rest = w.substr(digits);
      for (auto c : kCalendar)
        if (rest == c) { ok = true; break; }
    }
    if (!ok) return false;
    start = end + 1;
  }
  return has_month_or_number;
}

// The words of `text` are a date and nothing else: "14 March 2023", "Sept 25, 2019".
bool is_date_text(std::string_view text) {
  const std::string folded = fold(text);
  const size_t words = static_cast<size_t>(std::count(folded.begin(), folded.end(), ' ')) + 1;
  return is_publication_date_line(text, folded, words);
}

}  // namespace

const char* to_string(ParagraphKind kind) {
  switch (kind) {
    case ParagraphKind::kBody: return "body";
    case ParagraphKind::kTitle: return "title";
    case ParagraphKind::kHeading: return "heading";
    case ParagraphKind::kByline: return "byline";
    case ParagraphKind::kDateline: return "dateline";
    case ParagraphKind::kSignoff: return "signoff";
    case ParagraphKind::kBoilerplate: return "boilerplate";
  }
  return "body";
}

namespace {

// "(Erbil, July 9, 2017) - ": the bracketed place and date with which human
// rights groups open their releases.
std::optional<Dateline> parse_bracketed_dateline(std::string_view text, Span span) {
  const std::string_view s = span.of(text);
  constexpr size_t kLongest = 60;
  const size_t close = s.find(')');
  if (s.size() < 4 || s[0] != '(' || !chars::is_ascii_upper(s[1]) || close == std::string_view::npos || close > kLongest)
    return std::nullopt;
  const auto at = [&](size_t i) { return span.begin + static_cast<uint32_t>(i); };
  Dateline d;
  size_t i = 1;
  while (i < close && (chars::is_ascii_alpha(s[i]) || s[i] == '-' || s[i] == '\'' || s[i] == '.' ||
                       (s[i] == ' ' && i + 1 < close && chars::is_ascii_upper(s[i + 1]))))
    ++i;
  if (i - 1 < 3 || (i < close && s[i] != ',')) return std::nullopt;
  // ("(Reuters) - Syrian opposition activists ...": an agency in brackets is no place.)
  if (is_agency_line(fold(s.substr(1, i - 1)))) return std::nullopt;
  d.place = {at(1), at(i)};
  // ", July 9, 2017": the parts with digits are the date; others name a region.
  size_t date_begin = 0;
  while (i < close && s[i] == ',') {
    size_t j = i + 1;
    while (j < close && s[j] == ' ') ++j;
    const size_t part_begin = j;
    while (j < close && s[j] != ',') ++j;
    const std::string_view part = s.substr(part_begin, j - part_begin);
    if (part.empty()) return std::nullopt;
    if (part.find_first_of("0123456789") != std::string_view::npos) {
      if (!date_begin) date_begin = part_begin;
      d.date = {at(date_begin), at(j)};
    } else if (!chars::is_ascii_upper(part[0]) || date_begin) {
      return std::nullopt;
    }
    i = j;
  }
  // Then a dash: "-", "--" or a normalized long dash.
  size_t sep = close + 1;
  while (sep < s.size() && s[sep] == ' ') ++sep;
  const size_t dash = sep;
  while (sep < s.size() && s[sep] == '-') ++sep;
  if (sep == dash || sep >= s.size() || s[sep] != ' ') return std::nullopt;
  d.span = {span.begin, at(sep)};
  return d;
}

// "July 14, 2024 (EL FASHER) – ": the date, then the place in capitals and brackets, as Sudan Tribune opens
// its stories.
std::optional<Dateline> parse_date_then_bracketed_place(std::string_view text, Span span) {
  const std::string_view s = span.of(text);
  constexpr size_t kLongestDate = 30, kLongestPlace = 40, kShortestPlace = 3;
  const size_t open = s.substr(0, kLongestDate + 2).find(" (");  // a date's length read, not the paragraph
  if (open == std::string_view::npos || !is_date_text(s.substr(0, open))) return std::nullopt;
  const size_t place_begin = open + 2;
  size_t i = place_begin;
  while (i < s.size() && i - place_begin <= kLongestPlace &&
         (chars::is_ascii_upper(s[i]) || s[i] == ' ' || s[i] == '-' || s[i] == '\''))
    ++i;
  if (i - place_begin < kShortestPlace || i >= s.size() || s[i] != ')') return std::nullopt;
  size_t sep = i + 1;
  while (sep < s.size() && s[sep] == ' ') ++sep;
  const size_t dash = sep;
  while (sep < s.size() && s[sep] == '-') ++sep;
  if (sep == dash || sep >= s.size() || s[sep] != ' ') return std::nullopt;
  const auto at = [&](size_t k) { return span.begin + static_cast<uint32_t>(k); };
  Dateline d;
  d.date = {at(0), at(open)};
  d.place = {at(place_begin), at(i)};
  d.span = {span.begin, at(sep)};
  return d;
}

// "el-Balah" in "Deir el-Balah": an Arabic article joined to the capitalised
// rest of a place's name, at s[i].
bool is_particle_joined(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && j - i < 4 && chars::is_ascii_lower(s[j])) ++j;
  return j - i >= 2 && j - i <= 3 && j + 1 < s.size() && s[j] == '-' && chars::is_ascii_upper(s[j + 1]);
}

}  // namespace

std::optional<Dateline> parse_dateline(std::string_view text, Span span) {
  const std::string_view s = span.of(text);
  if (!s.empty() && s[0] == '(') return parse_bracketed_dateline(text, span);
  if (auto d = parse_date_then_bracketed_place(text, span)) return d;
  size_t i = 0;
  // Place: capitalised words, optionally ", Country" ("HOMS, Syria", "Beirut").
  bool all_caps = true;
  size_t letters = 0;
  size_t first_place_end = 0;  // "CAIRO/JERUSALEM": two bureaus; the first is the place
  while (i < s.size() && i < 60) {
    const char c = s[i];
    if (c == '/' && i > 0 && chars::is_ascii_alpha(s[i - 1]) && i + 1 < s.size() && chars::is_ascii_upper(s[i + 1]) &&
        !first_place_end) {
      first_place_end = i++;
    } else if (chars::is_ascii_alpha(c)) {
      ++letters;
      if (chars::is_ascii_lower(c)) all_caps = false;
      ++i;
    } else if (const utf8::Decoded d = static_cast<unsigned char>(c) >= 0x80 ? utf8::decode(s, i) : utf8::Decoded{};
               d.length > 0 && (utf8::is_upper(d.cp) || utf8::is_lower(d.cp))) {
      // ("ŞANLIURFA", "AKÇAKALE": a place's letters beyond ASCII.)
      ++letters;
      if (utf8::is_lower(d.cp)) all_caps = false;
      i += d.length;
    } else if (c == ' ' || c == '-' || c == '\'' || c == '.') {
      if (c == ' ' && i + 1 < s.size() && chars::case_at(s, i + 1) != utf8::LetterCase::kUpper &&
          !is_particle_joined(s, i + 1))
        break;
      ++i;
    } else {
      break;
    }
  }
  size_t place_end = i;
  while (place_end > 0 && s[place_end - 1] == ' ') --place_end;
  if (letters < 3 || chars::case_at(s, 0) != utf8::LetterCase::kUpper) return std::nullopt;
  Dateline d;
  d.place = {span.begin, span.begin + static_cast<uint32_t>(first_place_end ? first_place_end : place_end)};
  // "QAMISHLO / ANHA 12-11-2019": an agency after a slash, then the date,
  // alone on the line.
  if (all_caps && s.substr(place_end, 3) == " / ") {
    size_t j = place_end + 3;
    const size_t agency_begin = j;
    while (j < s.size() && chars::is_ascii_upper(s[j])) ++j;
    const size_t agency_end = j;
    while (j < s.size() && (s[j] == ' ' || chars::is_ascii_digit(s[j]) || s[j] == '-' || s[j] == '/' || s[j] == '.')) ++j;
    if (agency_end - agency_begin >= 2 && j == s.size()) {
      d.agency = {span.begin + static_cast<uint32_t>(agency_begin), span.begin + static_cast<uint32_t>(agency_end)};
      d.span = span;
      return d;
    }
  }
  // Optional ", Country" and ", Feb 8" parts.
  bool region_part = false;  // ", Kenya": a capitalised part without digits
  // ("Cúcuta (Colombia), Jan 19 (EFE).-": the country in brackets, as EFE writes it.)
  if (s.substr(place_end, 2) == " (" && place_end + 2 < s.size() && chars::is_ascii_upper(s[place_end + 2])) {
    const size_t close = s.find(')', place_end);
    constexpr size_t kLongestCountry = 30;
    if (close != std::string_view::npos && close - place_end <= kLongestCountry && close + 1 < s.size() &&
        s[close + 1] == ',') {
      region_part = true;
      i = close + 1;
    }
  }
  while (i < s.size() && s[i] == ',') {
    size_t j = i + 1;
    while (j < s.size() && s[j] == ' ') ++j;
    const size_t part_begin = j;
    // ("DONETSK, July 20. /TASS/.": the date ends before the agency's slashes.)
    while (j < s.size() && s[j] != ',' && s[j] != '(' && s[j] != '-' && j - part_begin < 30 &&
           s.substr(j, 3) != ". /")
      ++j;
    size_t part_end = j;
    while (part_end > part_begin && s[part_end - 1] == ' ') --part_end;
    if (part_end == part_begin) return std::nullopt;
    const std::string_view part = s.substr(part_begin, part_end - part_begin);
    const bool has_digit = part.find_first_of("0123456789") != std::string_view::npos;
    // "Hama, SANA –": an agency's acronym after the place, as SANA writes its datelines.
    constexpr size_t kLongestAgencyAcronym = 6;
    const bool agency_acronym = !has_digit && part.size() >= 2 && part.size() <= kLongestAgencyAcronym &&
                                chars::is_all_caps(part) && d.agency.empty();
    if (has_digit) d.date = {span.begin + static_cast<uint32_t>(part_begin), span.begin + static_cast<uint32_t>(part_end)};
    else if (agency_acronym && !all_caps) d.agency = {span.begin + static_cast<uint32_t>(part_begin), span.begin + static_cast<uint32_t>(part_end)};
    else region_part |= chars::is_ascii_upper(part[0]);
    i = j;
  }
  // ". /TASS/." after the place and date: the agency between slashes ends the dateline.
  if (s.substr(i, 3) == ". /") {
    size_t k = i + 3;
    while (k < s.size() && chars::is_ascii_upper(s[k])) ++k;
    constexpr size_t kShortestAgency = 2;
    if (k - (i + 3) >= kShortestAgency && s.substr(k, 2) == "/.") {
      d.agency = {span.begin + static_cast<uint32_t>(i + 3), span.begin + static_cast<uint32_t>(k)};
      d.span = {span.begin, span.begin + static_cast<uint32_t>(k + 2)};
      return d;
    }
  }
  while (i < s.size() && s[i] == ' ') ++i;
  if (i < s.size() && s[i] == '(') {
    const size_t close = s.find(')', i);
    if (close == std::string_view::npos || close - i > 40) return std::nullopt;
    d.agency = {span.begin + static_cast<uint32_t>(i + 1), span.begin + static_cast<uint32_t>(close)};
    i = close + 1;
    while (i < s.size() && s[i] == ' ') ++i;
  }
  // ("YAOUNDÉ, Feb. 20" alone on its line under a byline: the place in capitals and the date fill it.)
  if (i == s.size() && all_caps && !d.date.empty() && place_end >= 3) {
    d.span = span;
    return d;
  }
  // The separator: "-", "--", or ":" followed by space or the end ("(EFE).-": after the agency's period too).
  if (!d.agency.empty() && s.substr(i, 2) == ".-") ++i;
  size_t sep = i;
  while (sep < s.size() && s[sep] == '-') ++sep;
  if (sep == i && i < s.size() && s[i] == ':') sep = i + 1;
  if (sep == i) return std::nullopt;
  if (sep < s.size() && s[sep] != ' ') return std::nullopt;
  // A mixed-case place needs an agency ("Homs, Syria (AP) -"), or its
  // country or the date and a long dash ("Nairobi, Kenya --", "Ouagadougou,
  // Aug 27 --", an em dash normalized).
  const bool long_dash = sep >= i + 2;
  // ("Deir el-Balah, Gaza – ": an en dash, normalized to one hyphen, after a
  // place and its region, as Al Jazeera writes its datelines.)
  const bool spaced_dash = sep == i + 1 && s[i] == '-' && i > 0 && s[i - 1] == ' ';
  // ("Addis Abeba, 9 October 2024 – A drone strike": or a whole date before the spaced dash.)
  const bool whole_date = !d.date.empty() && is_date_text(d.date.of(text));
  if (!all_caps && d.agency.empty() && !((region_part || !d.date.empty()) && long_dash) &&
      !((region_part || whole_date) && spaced_dash))
    return std::nullopt;
  if (all_caps && place_end < 3) return std::nullopt;
  d.span = {span.begin, span.begin + static_cast<uint32_t>(sep)};
  // ("NNA - An Israeli drone strike ...": an agency opening the story alone is no place.)
  if (all_caps && d.agency.empty() && d.date.empty() && !region_part && is_agency_line(fold(d.place.of(text)))) {
    d.agency = d.place;
    d.place = {};
  }
  // ("GAROWE, Somalia - 14 March 2023" alone on its line: the date after the dash fills it.)
  size_t rest = sep;
  while (rest < s.size() && s[rest] == ' ') ++rest;
  constexpr size_t kLongestDate = 40;
  if (d.date.empty() && rest < s.size() && s.size() - rest <= kLongestDate) {
    if (is_date_text(s.substr(rest))) {
      d.date = {span.begin + static_cast<uint32_t>(rest), span.end};
      d.span = span;
    }
  }
  return d;
}

// s[0, end) is one to three capitalised words of letters (beyond ASCII too), hyphens and apostrophes: a place.
static bool is_capitalised_place(std::string_view s, size_t end) {
  constexpr size_t kMostPlaceWords = 3;
  size_t words = 0;
  for (size_t i = 0; i < end;) {
    const bool starts_word = i == 0 || s[i - 1] == ' ';
    if (starts_word && s[i] != ' ') {
      if (chars::case_at(s, i) != utf8::LetterCase::kUpper) return false;
      ++words;
    }
    // ("Ségou, 22 January 2024": a place's letters beyond ASCII, decoded as parse_dateline decodes them.)
    if (static_cast<unsigned char>(s[i]) >= 0x80) {
      const utf8::Decoded d = utf8::decode(s, i);
      if (d.length == 0 || !utf8::is_letter(d.cp)) return false;
      i += d.length;
      continue;
    }
    if (!chars::is_ascii_alpha(s[i]) && s[i] != ' ' && s[i] != '-' && s[i] != '\'') return false;
    ++i;
  }
  return words > 0 && words <= kMostPlaceWords;
}

// "Addis Abeba, 18 December 2023": one to three capitalised words, a comma and a date, and nothing else.
static std::optional<Dateline> place_then_date_line(std::string_view text, Span span) {
  const std::string_view s = span.of(text);
  const size_t comma = s.find(',');
  constexpr size_t kLongestPlace = 40;
  if (comma == std::string_view::npos || comma == 0 || comma > kLongestPlace || !is_capitalised_place(s, comma))
    return std::nullopt;
  size_t rest = comma + 1;
  while (rest < s.size() && s[rest] == ' ') ++rest;
  if (rest >= s.size()) return std::nullopt;
  const std::string_view date = s.substr(rest);
  if (date.find_first_of("0123456789") == std::string_view::npos || !is_date_text(date)) return std::nullopt;
  Dateline d;
  d.span = span;
  d.place = {span.begin, span.begin + static_cast<uint32_t>(comma)};
  d.date = {span.begin + static_cast<uint32_t>(rest), span.end};
  return d;
}

// "Kabul - An explosion ripped through ...": a place in title case and a spaced dash opening the story, as
// TOLOnews files. (Asked only under the outlet's line.)
static std::optional<Dateline> place_dash_opening(std::string_view text, Span span) {
  const std::string_view s = span.of(text);
  constexpr size_t kLongestPlace = 40;
  const size_t dash = s.substr(0, kLongestPlace + 3).find(" - ");  // a place's length read, not the paragraph
  if (dash == std::string_view::npos || dash == 0 || !is_capitalised_place(s, dash) ||
      dash + 3 >= s.size() || chars::case_at(s, dash + 3) != utf8::LetterCase::kUpper)
    return std::nullopt;
  Dateline d;
  d.place = {span.begin, span.begin + static_cast<uint32_t>(dash)};
  d.span = {span.begin, span.begin + static_cast<uint32_t>(dash + 2)};
  return d;
}

// One to three words in capitals and nothing else: "ANKARA", "DEIR EZZOR"
// (not a newsroom's label: "EXCLUSIVE", "ANALYSIS", "LIVE UPDATES").
bool is_bare_place_line(std::string_view raw, size_t words) {
  constexpr size_t kMostWords = 3;
  if (words == 0 || words > kMostWords || !chars::is_all_caps(raw)) return false;
  static constexpr std::string_view kLabels[] = {"exclusive", "breaking", "analysis", "update", "updated", "live",
                                                 "opinion", "comment", "feature", "watch", "video", "photos",
                                                 "news", "world", "report", "interview", "explainer", "editorial"};
  const std::string folded = fold(raw);
  const std::string_view words_of(folded);
  const std::string_view first = words_of.substr(0, words_of.find(' '));
  const std::string_view last = words_of.substr(words_of.rfind(' ') + 1);
  for (std::string_view label : kLabels)
    if (first == label || last == label) return false;
  for (size_t i = 0; i < raw.size();) {
    const utf8::Decoded d = utf8::decode(raw, i);
    if (!utf8::is_letter(d.cp) && d.cp != ' ' && d.cp != '-') return false;
    if (utf8::is_lower(d.cp)) return false;
    i += d.length;
  }
  return true;
}

Roles classify_paragraphs(std::string_view text, const std::vector<Paragraph>& paragraphs) {
  Roles roles;
  roles.paragraphs.resize(paragraphs.size());
  const size_t n = paragraphs.size();
  // Index of the last paragraph that is not boilerplate: sign-offs sit there.
  // Every rule below is about short lines: only those are folded.
  std::vector<std::string> folded(n);
  std::vector<size_t> words(n);
  for (size_t p = 0; p < n; ++p) {
    words[p] = paragraphs[p].words;
    if (words[p] > kMaxRuleWords) continue;
    const std::string_view raw = paragraphs[p].span.of(text);
    folded[p] = fold(raw);
    if (const char* why = boilerplate_reason(raw, folded[p], words[p]))
      roles.paragraphs[p] = {ParagraphKind::kBoilerplate, why};
  }
  // "Related Topics" / "Syrian civil war" / "Russia": short unstopped lines
  // listed under a label of links are links too.
  for (size_t p = 0; p + 1 < n; ++p) {
    const char* why = roles.paragraphs[p].reason;
    const bool links_label = roles.paragraphs[p].kind == ParagraphKind::kBoilerplate && words[p] <= 4 && why &&
                             (std::string_view(why) == "links to other stories" ||
                              std::string_view(why) == "section navigation");
    if (!links_label) continue;
    // (A story's headline under "Related:" runs longer than a topic's name: "Sudan army says it broke siege
    // of El Obeid".)
    constexpr size_t kTopicWords = 8, kHeadlineWords = 16;
    const size_t longest = std::string_view(why) == "links to other stories" ? kHeadlineWords : kTopicWords;
    for (size_t q = p + 1; q < n && roles.paragraphs[q].kind == ParagraphKind::kBody; ++q) {
      const std::string_view raw = paragraphs[q].span.of(text);
      if (words[q] == 0 || words[q] > longest || ends_with_stop(raw) || raw.front() == '"' || is_agency_line(folded[q]))
        break;
      roles.paragraphs[q] = {ParagraphKind::kBoilerplate, "link listed under a label of links"};
    }
  }
  // Sign-offs: an agency name alone among the last lines, or a credit formula.
  bool tail = true;
  for (size_t p = n; p-- > 0;) {
    auto& role = roles.paragraphs[p];
    if (role.kind == ParagraphKind::kBoilerplate) continue;
    const std::string_view raw = paragraphs[p].span.of(text);
    if (tail && is_agency_line(folded[p]) && words[p] <= 6 && p > 0) {
      role = {ParagraphKind::kSignoff, "agency name alone at the end of the story"};
      continue;
    }
    // "Best regards," and the short name line under it close an e-mail.
    if (p + 3 >= n && p > 0 && is_salutation(folded[p])) {
      role = {ParagraphKind::kSignoff, "closing salutation"};
      if (p + 1 < n && words[p + 1] <= 4 && roles.paragraphs[p + 1].kind == ParagraphKind::kBody)
        roles.paragraphs[p + 1] = {ParagraphKind::kSignoff, "name under a closing salutation"};
      continue;
    }
    if (const char* why = signoff_reason(folded[p], raw, words[p])) {
      // "Reporting by X" under the headline is a byline; at the end it signs off.
      if (starts_with(folded[p], "reporting by") && p < 3 && n > 3)
        role = {ParagraphKind::kByline, "credit line at the top of the story"};
      else
        role = {ParagraphKind::kSignoff, why};
      continue;
    }
    tail = false;
  }
  // Top to bottom: byline, dateline and title come before the story starts;
  // headings only inside it.
  bool story_started = false, title_done = false;
  for (size_t p = 0; p < n; ++p) {
    auto& role = roles.paragraphs[p];
    if (role.kind != ParagraphKind::kBody) continue;
    const std::string_view raw = paragraphs[p].span.of(text);
    if (is_byline(raw, folded[p], words[p]) && p < 6) {
      role = {ParagraphKind::kByline, "\"By\" and a name near the top"};
      continue;
    }
    // Live blogs: "13:40 BST" over each entry, and the entry's headline under it.
    if (is_time_line(raw)) {
      role = {ParagraphKind::kDateline, "time of a live entry"};
      continue;
    }
    if (p > 0 && roles.paragraphs[p - 1].kind == ParagraphKind::kDateline &&
        is_time_line(paragraphs[p - 1].span.of(text)) && p + 1 < n && words[p] <= 20 && words[p] > 0 &&
        !ends_with_stop(raw) && !paragraphs[p].list_item) {
      role = {ParagraphKind::kHeading, "headline of a live entry"};
      continue;
    }
    // "Mark Townsend and Amira Saleh" right over the publication date: the
    // writers, named without "By".
    if (p < 6 && p + 1 < n && words[p] >= 2 && words[p] <= 12 && is_name_list(without_filing_place(raw)) &&
        is_publication_date_line(paragraphs[p + 1].span.of(text), folded[p + 1], words[p + 1])) {
      role = {ParagraphKind::kByline, "names right over the publication date"};
      continue;
    }
    // A line that is only a date is no reporting wherever it stands near the
    // top (under a standfirst, say).
    constexpr size_t kTopLines = 5;
    if ((!story_started || p < kTopLines) && is_publication_date_line(raw, folded[p], words[p])) {
      role = {ParagraphKind::kDateline, "publication date line near the top"};
      continue;
    }
    // "By Sarah Jones" / "BBC News, Beirut": the short unstopped line under a
    // byline names the writer's outlet or post.
    // (Not "YAOUNDÉ, Feb. 20" or "Moroto, 12 October 2022": a place and a date filling the line are a dateline.)
    const auto dated_place_line = [&] {
      const auto d = parse_dateline(text, paragraphs[p].span);
      return (d && !d->date.empty() && d->span.end + 2 >= paragraphs[p].span.end) ||
             place_then_date_line(text, paragraphs[p].span).has_value();
    };
    if (!story_started && p > 0 && roles.paragraphs[p - 1].kind == ParagraphKind::kByline && words[p] <= 5 &&
        !ends_with_stop(raw) && raw.front() != '"' && !dated_place_line()) {
      role = {ParagraphKind::kByline, "outlet or post under a byline"};
      continue;
    }
    // (Past a deck the parser took for the story's start, "Three children
    // among 42 injured; rescuers search rubble", a dateline with its agency
    // or date still opens the story.)
    constexpr size_t kDatelineParagraphs = 4;
    // "Addis Abeba, 18 December 2023" under the outlet's line ("Addis Standard"): a place in title case and
    // the date fill the line. (Not under the headline itself: "Daily Nation, June 16, 2019" may be the outlet.)
    // (Or under the byline: "Daily Monitor" over "By Steven Ariong" over "Moroto, 12 October 2022".)
    const ParagraphKind above = p > 0 ? roles.paragraphs[p - 1].kind : ParagraphKind::kBody;
    if (!roles.dateline && !story_started && p >= 2 &&
        (above == ParagraphKind::kHeading || above == ParagraphKind::kByline)) {
      if (auto d = place_then_date_line(text, paragraphs[p].span)) {
        d->paragraph = static_cast<uint32_t>(p);
        roles.dateline = d;
        role = {ParagraphKind::kDateline, "place and date under the outlet's line"};
        continue;
      }
      if (auto d = place_dash_opening(text, paragraphs[p].span)) {
        d->paragraph = static_cast<uint32_t>(p);
        roles.dateline = d;
      }
    }
    // "ANKARA" or "ŞANLIURFA" alone on its line under the headline, as
    // Anadolu files: the place the story is filed from.
    // (Not an agency's name alone: "TASS" over "DONETSK, July 20. /TASS/.".)
    // (Nor an outlet over the place and date: "WAFA" over "Tubas, 29 August 2024".)
    // (Nor an outlet over its publication line: "DAWN" over "Published September 14, 2024".)
    if (!roles.dateline && !story_started && title_done && is_bare_place_line(raw, words[p]) &&
        !is_agency_line(folded[p]) && !(p + 1 < n && place_then_date_line(text, paragraphs[p + 1].span)) &&
        !(p + 1 < n && has_publication_lead(paragraphs[p + 1].span.of(text), folded[p + 1]))) {
      Dateline d;
      d.span = d.place = paragraphs[p].span;
      d.paragraph = static_cast<uint32_t>(p);
      roles.dateline = d;
      role = {ParagraphKind::kDateline, "place alone on its line under the headline"};
      continue;
    }
    if (!roles.dateline && (!story_started || p < kDatelineParagraphs)) {
      // ("WHO: Attack on El Fasher hospital kills 70": a headline's speaker
      // before a colon is no dateline; a dateline opens a story's paragraph.)
      constexpr size_t kHeadlineWords = 15;
      const bool headline_like = words[p] <= kHeadlineWords && !ends_with_stop(raw);
      if (auto d = parse_dateline(text, paragraphs[p].span);
          d && !(headline_like && d->agency.empty() && d->date.empty() && d->span.end + 2 < paragraphs[p].span.end) &&
          (!story_started || !d->agency.empty() || !d->date.empty())) {
        d->paragraph = static_cast<uint32_t>(p);
        roles.dateline = d;
        if (d->span.end + 2 >= paragraphs[p].span.end) {
          role = {ParagraphKind::kDateline, "place and agency before the story"};
          continue;
        }
      }
    }
    const bool last = p + 1 == n;
    const bool short_unstopped = words[p] > 0 && !ends_with_stop(raw) && !paragraphs[p].list_item;
    // "Sudan" or "Enab Baladi" over the headline: a section's or outlet's
    // label, when the next line that is no furniture reads as a headline.
    constexpr size_t kLabelWords = 2, kHeadlineWords = 4;
    // (Every word of a label is capitalised: "Strikes resume" is a headline.)
    if (!story_started && !title_done && p == 0 && words[p] <= kLabelWords && short_unstopped &&
        capitalised_share(raw) == 1.0) {
      size_t next = p + 1;
      while (next < n && roles.paragraphs[next].kind == ParagraphKind::kBoilerplate) ++next;
      const std::string_view next_raw = next < n ? paragraphs[next].span.of(text) : std::string_view();
      if (next + 1 < n && words[next] >= kHeadlineWords && words[next] <= 25 && !ends_with_stop(next_raw) &&
          !paragraphs[next].list_item && !is_name_list(next_raw) && !is_byline(next_raw, folded[next], words[next])) {
        role = {ParagraphKind::kBoilerplate, "section or outlet label above the headline"};
        continue;
      }
    }
    if (!story_started && !title_done && !last && words[p] <= 25 && short_unstopped) {
      role = {ParagraphKind::kTitle, "short first line without a full stop"};
      title_done = true;
      continue;
    }
    // "Coalition Should Investigate, Compensate Victims": a title-case deck
    // right under the headline; a dateline may still open the story after it.
    const bool opens_with_dateline = roles.dateline && roles.dateline->paragraph == p;
    if (!story_started && title_done && p > 0 && roles.paragraphs[p - 1].kind == ParagraphKind::kTitle && !last &&
        !opens_with_dateline &&
        words[p] <= 25 && short_unstopped && chars::case_at(raw, 0) == utf8::LetterCase::kUpper &&
        capitalised_share(raw) >= 0.5) {
      role = {ParagraphKind::kHeading, "title-case line under the headline"};
      continue;
    }
    if (story_started && !last && words[p] <= 12 && short_unstopped && raw.front() != '"' &&
        chars::case_at(raw, 0) == utf8::LetterCase::kUpper &&
        (capitalised_share(raw) >= 0.5 || words[p] <= 5)) {
      role = {ParagraphKind::kHeading, "short capitalised line between paragraphs"};
      continue;
    }
    story_started = true;
  }
  return roles;
}

}  // namespace sift
