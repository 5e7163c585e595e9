#include "extract/dates.h"

#include <cstdio>
#include <cstdlib>

#include "extract/lexicon.h"
#include "text/chars.h"
#include "text/word_set.h"

namespace sift {
namespace {

using chars::iequals;

int parse_int(std::string_view s, int max_digits) {
  if (s.empty() || static_cast<int>(s.size()) > max_digits) return -1;
  int v = 0;
  for (char c : s) {
    if (!chars::is_ascii_digit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

bool valid(const CivilDate& d) {
  return d.year >= 1 && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

std::string month_value(int y, int m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

// A plausible year written in full.
int year_of(std::string_view s) {
  const int y = s.size() == 4 ? parse_int(s, 4) : -1;
  return y >= 1900 && y <= 2100 ? y : -1;
}

// Day of month, with an ordinal suffix in the next token ("22" + "nd").
int day_of(std::string_view number, std::string_view suffix, bool* used_suffix) {
  const int d = parse_int(number, 2);
  if (d < 1 || d > 31) return -1;
  *used_suffix = iequals(suffix, "st") || iequals(suffix, "nd") || iequals(suffix, "rd") || iequals(suffix, "th");
  return d;
}

// The year that puts month/day nearest the anchor, not more than ~2 months ahead.
int infer_year(int month, int day, const CivilDate& anchor) {
  CivilDate same{anchor.year, month, day};
  if (!valid(same)) same.day = days_in_month(anchor.year, month);
  return days_from_civil(same) - days_from_civil(anchor) > 62 ? anchor.year - 1 : anchor.year;
}

}  // namespace

int64_t days_from_civil(const CivilDate& d) {
  // Howard Hinnant's days_from_civil algorithm.
  const int y = d.year - (d.month <= 2);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + static_cast<int64_t>(doe) - 719468;
}

CivilDate civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday_of(const CivilDate& d) {
  const int64_t z = days_from_civil(d);
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

std::optional<CivilDate> last_day_of_iso_week(std::string_view s) {
  if (s.size() != 8 || s[4] != '-' || s[5] != 'W') return std::nullopt;
  int year = 0, week = 0;
  for (size_t k = 0; k < 4; ++k) {
    if (s[k] < '0' || s[k] > '9') return std::nullopt;
    year = year * 10 + (s[k] - '0');
  }
  for (size_t k = 6; k < 8; ++k) {
    if (s[k] < '0' || s[k] > '9') return std::nullopt;
    week = week * 10 + (s[k] - '0');
  }
  if (week < 1 || week > 53) return std::nullopt;
  // January 4th always falls in week 1; its week's Monday starts week 1.
  const CivilDate jan4{year, 1, 4};
  const int monday_offset = (weekday_of(jan4) + 6) % 7;  // days since Monday
  const int64_t week1_monday = days_from_civil(jan4) - monday_offset;
  return civil_from_days(week1_monday + (week - 1) * 7 + 6);
}

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  const CivilDate d{parse_int(s.substr(0, 4), 4), parse_int(s.substr(5, 2), 2), parse_int(s.substr(8, 2), 2)};
  if (!valid(d)) return std::nullopt;
  return d;
}

std::string to_iso(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

namespace {

// "Feb", "Sept", "Apr": a period after them belongs to the month; after
// "May", "June" or "July" it ends the sentence.
bool is_abbreviated_month(std::string_view w) {
  return w.size() <= 4 && !iequals(w, "may") && !iequals(w, "june") && !iequals(w, "july");
}

// Words before a bare year that make it a date: "in 1982", "since 2011".
bool is_year_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {"in",     "since", "until", "by",    "of",  "from",    "during",
                                               "after",  "before", "early", "late", "mid", "between", "throughout",
                                               "copyright", "\xC2\xA9"};  // "Copyright 2012 AFP", "© 2012"
  for (std::string_view cue : kCues)
    if (iequals(before, cue)) return true;
  return false;
}

// The word after "the 2011": a capitalised name ("the 2016 UK-France
// Summit") or an event; "the 2000 people" is a count.
bool names_an_event(std::string_view next) {
  static constexpr std::string_view kEvents[] = {
      "uprising", "revolution", "war", "election", "elections", "attack", "attacks", "crackdown", "offensive",
      "invasion", "ceasefire", "truce", "agreement", "accord", "deal", "summit", "conference", "earthquake",
      "massacre", "siege", "coup", "protests", "referendum", "campaign", "bombing", "bombings", "talks", "peace",
      "assault", "raid", "strike", "airstrike", "shooting", "ambush", "blast", "explosion", "uprisings", "budget",
      "census", "season", "report"};
  if (next.empty()) return false;
  if (chars::is_ascii_upper(next[0])) return true;
  for (std::string_view e : kEvents)
    if (iequals(next, e)) return true;
  return false;
}

// Lower-case words that may start a date ("today", "last week", "two days
// ago" is found at "ago"). Every token passes here, so the first letter
// screens most of them out before any comparison.
bool may_start_relative_date(std::string_view w) {
  switch (w[0]) {
    case 't': return iequals(w, "today") || iequals(w, "tomorrow") || iequals(w, "tonight") || iequals(w, "this");
    case 'y': return iequals(w, "yesterday");
    case 'o': return iequals(w, "overnight");
    case 'l': return iequals(w, "last") || iequals(w, "later");
    case 'n': return iequals(w, "next");
    case 'p': return iequals(w, "past");
    case 'e': return iequals(w, "earlier");
    case 'a': return iequals(w, "ago");
    case 'm': return w.size() > 7 && w[3] == '-' && iequals(w.substr(0, 4), "mid-");  // "mid-February"
    default: return false;
  }
}

// "two" in "two days ago": small counts written as words or digits.
int small_count(std::string_view w) {
  static constexpr std::string_view kWords[] = {"a", "one", "two", "three", "four", "five", "six",
                                                "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (size_t k = 0; k < std::size(kWords); ++k)
    if (iequals(w, kWords[k])) return k == 0 ? 1 : static_cast<int>(k);
  if (iequals(w, "an")) return 1;
  return parse_int(w, 3);
}

enum class Period { kNone, kDay, kWeek, kMonth, kYear };

Period period_of(std::string_view w) {
  if (iequals(w, "day") || iequals(w, "days")) return Period::kDay;
  if (iequals(w, "week") || iequals(w, "weeks")) return Period::kWeek;
  if (iequals(w, "month") || iequals(w, "months")) return Period::kMonth;
  if (iequals(w, "year") || iequals(w, "years")) return Period::kYear;
  return Period::kNone;
}

// ISO 8601 week of a date: "2012-W08".
std::string iso_week(const CivilDate& d) {
  const int64_t days = days_from_civil(d);
  const int weekday = (weekday_of(d) + 6) % 7;  // 0 = Monday
  const CivilDate thursday = civil_from_days(days - weekday + 3);
  const int64_t week = (days_from_civil(thursday) - days_from_civil({thursday.year, 1, 1})) / 7 + 1;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.year, static_cast<int>(week));
  return buf;
}

// The period `shift` periods away from the anchor, as precise as the period:
// a day, an ISO week, a month or a year.
std::optional<std::string> period_value(const std::optional<CivilDate>& anchor, Period period, int shift) {
  if (!anchor) return std::nullopt;
  switch (period) {
    case Period::kDay: return to_iso(civil_from_days(days_from_civil(*anchor) + shift));
    case Period::kWeek: return iso_week(civil_from_days(days_from_civil(*anchor) + 7 * shift));
    case Period::kMonth: {
      const int months = anchor->year * 12 + (anchor->month - 1) + shift;
      return month_value(months / 12, months % 12 + 1);
    }
    case Period::kYear: return std::to_string(anchor->year + shift);
    case Period::kNone: break;
  }
  return std::nullopt;
}

// Words that make the weekday after them a day, whatever follows it.
bool after_day_preposition(std::string_view w) {
  return iequals(w, "on") || iequals(w, "since") || iequals(w, "until") || iequals(w, "by") || iequals(w, "from") ||
         iequals(w, "last") || iequals(w, "next") || iequals(w, "this") || iequals(w, "early") || iequals(w, "late");
}

// Longer names first: "Christmas Eve" before "Christmas".
constexpr std::string_view kHolidays[] = {
    "Eid al-Adha", "Eid al-Fitr", "Eid al-Adhha", "Eid ul-Adha", "Eid ul-Fitr", "Eid Milad-un-Nabi",
    "Eid al-Mawlid", "Eid", "Mawlid", "Ramadan", "Ramadhan",
    "Christmas Eve", "Christmas Day", "Christmas", "Easter Sunday", "Easter", "Palm Sunday", "Pentecost Sunday",
    "Pentecost", "Good Friday",
    "Ash Wednesday", "Maundy Thursday", "Nowruz", "Newroz", "Ashura",
    "Passover", "Hanukkah", "Yom Kippur", "Thanksgiving Day", "Thanksgiving", "New Year's Eve", "New Year's Day",
    "New Year", "Independence Day", "Memorial Day", "Veterans Day", "Labor Day", "Labour Day", "Victory Day",
    "Boxing Day", "Remembrance Day", "Armistice Day", "Nakba Day", "Quds Day"};

// The token after a holiday's name starting at token i ("Eid al-Adha",
// "Ramadan", "New Year's Eve"), or i when none starts there.
uint32_t holiday_end(std::string_view text, const std::vector<Token>& tokens, uint32_t i, uint32_t end) {
  const std::string_view w = tokens[i].span.of(text);
  // Most capitalised words open no holiday's name: one lookup turns them away.
  static constexpr std::string_view kFirstWords[] = {"Eid", "Ramadan", "Ramadhan", "Christmas", "Easter", "Nowruz",
                                                     "Newroz", "Ashura", "Passover", "Hanukkah", "Yom", "Thanksgiving",
                                                     "New", "Independence", "Memorial", "Veterans", "Labor", "Labour",
                                                     "Victory", "Boxing", "Remembrance", "Armistice", "Nakba", "Quds",
                                                     "Palm", "Good", "Ash", "Maundy", "Mawlid", "Pentecost"};
  static const WordSet first_words(kFirstWords);
  if (w.size() < 3 || !first_words.contains(w)) return i;
  for (std::string_view name : kHolidays) {
    if (!iequals(name.substr(0, std::min(name.size(), w.size())), w)) continue;
    const uint32_t from = tokens[i].span.begin;
    if (text.size() - from < name.size() || text.substr(from, name.size()) != name) continue;
    uint32_t j = i;
    while (j < end && tokens[j].span.end <= from + name.size()) ++j;
    if (j == i || tokens[j - 1].span.end != from + name.size()) continue;  // "Eid" of "Eidi"
    // A holiday opens no name: "Easter Island", "Ramadan Abdullah" are no dates.
    // ("during Pentecost Sunday Mass": a service on the holiday is no name.)
    if (j < end && tokens[j].kind == TokenKind::kWord && chars::is_ascii_upper(tokens[j].span.of(text)[0]) &&
        tokens[j].span.of(text) != "Mass")
      return i;
    // Nor does it end one ("Mohammed Eid"); "During Ramadan", "A Christmas truce" are dates.
    if (i > 0 && tokens[i - 1].kind == TokenKind::kWord && tokens[i - 1].span.end + 1 == from) {
      const std::string_view before = tokens[i - 1].span.of(text);
      if (chars::is_ascii_upper(before[0]) && !lexicon::is_preposition(before) && !iequals(before, "a") &&
          !iequals(before, "the") && !iequals(before, "this") && !iequals(before, "last") && !iequals(before, "next"))
        return i;
    }
    return j;
  }
  return i;
}

}  // namespace

bool is_holiday_name(std::string_view name) {
  static const WordSet holidays(kHolidays);  // asked of every entity candidate: one lookup
  return holidays.contains(name);
}

void find_dates(std::string_view text, const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                const std::optional<CivilDate>& anchor, std::vector<DateMention>& out) {
  auto tok = [&](uint32_t i) -> std::string_view {
    return i < end ? tokens[i].span.of(text) : std::string_view();
  };
  // Tokens glued together ("22" "nd") form one written word.
  auto glued = [&](uint32_t i) { return i + 1 < end && tokens[i].span.end == tokens[i + 1].span.begin; };
  auto shift_days = [&](int days) -> std::optional<std::string> {
    if (!anchor) return std::nullopt;
    return to_iso(civil_from_days(days_from_civil(*anchor) + days));
  };

  for (uint32_t i = begin; i < end;) {
    const std::string_view w = tok(i);
    // Dates start with a capital (month, weekday), a digit, or one of a few
    // relative words; everything else is skipped at once.
    if (w.empty() || !(chars::is_ascii_upper(w[0]) || chars::is_ascii_digit(w[0]) || may_start_relative_date(w))) {
      ++i;
      continue;
    }
    // "this morning", "last night", "in the past 24 hours": the anchor's day, or the eve of it.
    if (iequals(w, "this") || iequals(w, "last") || iequals(w, "past")) {
      const std::string_view next = tok(i + 1);
      const bool part_of_day = iequals(w, "this") && (iequals(next, "morning") || iequals(next, "afternoon") ||
                                                      iequals(next, "evening"));
      const bool last_night = iequals(w, "last") && iequals(next, "night");
      const bool past_day = !iequals(w, "this") && next == "24" && iequals(tok(i + 2), "hours");
      // "last weekend": the week before the anchor's (ISO weeks end on Sunday).
      if (!iequals(w, "past") && iequals(next, "weekend")) {
        out.push_back({i, i + 2, anchor ? period_value(anchor, Period::kWeek, iequals(w, "last") ? -1 : 0) : std::nullopt,
                       std::nullopt});
        i += 2;
        continue;
      }
      if (part_of_day || last_night || past_day) {
        const uint32_t after = past_day ? i + 3 : i + 2;
        out.push_back({i, after, shift_days(last_night ? -1 : 0), std::nullopt});
        i = after;
        continue;
      }
    }
    // "last week", "earlier this month", "next year": a period around the anchor.
    {
      uint32_t j = i;
      if ((iequals(w, "earlier") || iequals(w, "later")) && iequals(tok(i + 1), "this")) ++j;
      const std::string_view which = tok(j);
      // ("after last week's failed coup": its possessive too.)
      const Period period = period_of(chars::strip_possessive(tok(j + 1)));
      // Not "the next day" (the story's, not the anchor's) nor "the last day of the talks".
      const bool narrative = i > begin && (iequals(tok(i - 1), "the") || iequals(tok(i - 1), "that"));
      if (period != Period::kNone && (iequals(which, "last") || iequals(which, "this") || iequals(which, "next")) &&
          !narrative && !(j + 2 < end && iequals(tok(j + 2), "of"))) {
        const int shift = iequals(which, "last") ? -1 : iequals(which, "next") ? 1 : 0;
        out.push_back({i, j + 2, period_value(anchor, period, shift), std::nullopt});
        i = j + 2;
        continue;
      }
    }
    // "two days ago", "a week ago", "three years ago"; "two weeks earlier"
    // (told from the story's day, as "ago" is).
    const bool earlier = iequals(w, "earlier") && (i + 1 >= end || !iequals(tok(i + 1), "this"));
    if ((iequals(w, "ago") || earlier) && i >= begin + 2 && (out.empty() || out.back().token_end <= i - 2)) {
      const Period period = period_of(tok(i - 1));
      const int n = small_count(tok(i - 2));
      if (period != Period::kNone && n > 0) {
        out.push_back({i - 2, i + 1, period_value(anchor, period, -n), std::nullopt});
        ++i;
        continue;
      }
    }
    // "the late 1960s": a decade, its value left open.
    if (tokens[i].kind == TokenKind::kNumber && w.size() == 4 && w[3] == '0' && i + 1 < end && tok(i + 1) == "s" &&
        tokens[i].span.end == tokens[i + 1].span.begin) {
      out.push_back({i, i + 2, std::nullopt, std::nullopt});
      i += 2;
      continue;
    }
    int month = 0, weekday = 0;
    DateMention m{i, i + 1, std::nullopt, std::nullopt};
    bool found = false;

    // Feasts and holidays: dates the calendar alone cannot place, so their value stays null.
    if (const uint32_t after = holiday_end(text, tokens, i, end); after > i) {
      out.push_back({i, after, std::nullopt, std::nullopt});
      i = after;
      continue;
    }
    // "mid-February": the month, said with its own cue.
    const bool mid_month = w.size() > 7 && iequals(w.substr(0, 4), "mid-") && lexicon::is_month(w.substr(4));
    if (mid_month || (lexicon::is_month(w, &month) && !(iequals(w, "may") && w[0] == 'm') &&
                      !(iequals(w, "march") && w[0] == 'm'))) {
      if (mid_month) lexicon::is_month(w.substr(4), &month);
      // Month [day[suffix]] [,] [year] / Month year
      found = true;
      uint32_t j = i + 1;
      if (j < end && tok(j) == "." && is_abbreviated_month(w) && glued(i)) ++j;  // "Feb." but not "June."
      int day = -1, year = -1;
      bool suffix = false;
      if (j < end && tokens[j].kind == TokenKind::kNumber) {
        const int y = year_of(tok(j));
        if (y > 0) { year = y; ++j; }
        else if ((day = day_of(tok(j), glued(j) ? tok(j + 1) : std::string_view(), &suffix)) > 0) {
          j += suffix ? 2 : 1;
          uint32_t k = j;
          if (k < end && tok(k) == ",") ++k;
          if (k < end && year_of(tok(k)) > 0) { year = year_of(tok(k)); j = k + 1; }
        }
      }
      // A month name alone is a date only with a cue word before it
      // ("in March", "last March", "since February").
      const std::string_view before = i > begin ? tok(i - 1) : std::string_view();
      const bool cue = mid_month || iequals(before, "in") || iequals(before, "last") || iequals(before, "since") ||
                       iequals(before, "until") || iequals(before, "early") || iequals(before, "late") ||
                       iequals(before, "mid") || iequals(before, "next") || iequals(before, "this") ||
                       iequals(before, "of") || iequals(before, "by") || iequals(before, "from") ||
                       iequals(before, "between") || iequals(before, "during") || iequals(before, "before") ||
                       iequals(before, "after") || iequals(before, "through") || iequals(before, "throughout") ||
                       // ("talks planned for January"; not "voted for May", "calls for March".)
                       (iequals(before, "for") && !iequals(tok(i), "May") && !iequals(tok(i), "March"));
      // "in July, August and September", "from July to September": a month
      // listed after a month found is one too.
      const bool listed = !out.empty() && out.back().token_end + 1 == i && out.back().token_end > out.back().token_begin &&
                          lexicon::is_month(tok(out.back().token_end - 1)) &&
                          (before == "," || iequals(before, "and") || iequals(before, "or") || iequals(before, "to"));
      // ("a violation of the November ceasefire", "before the March elections": "the", the month, then an event
      // it dates.)
      static constexpr std::string_view kDatedEvents[] = {"ceasefire", "truce", "election", "elections", "attack",
                                                          "attacks", "offensive", "deal", "agreement", "coup",
                                                          "massacre", "vote", "referendum", "uprising"};
      static const WordSet dated_events(kDatedEvents);
      const bool dates_event = iequals(before, "the") && j == i + 1 && j < end && dated_events.contains(tok(j));
      if (day < 0 && year < 0 && !cue && !listed && !dates_event) found = false;
      // "in March last year", "in May this year": the year named after the month.
      int year_shift = 0;
      const bool year_after = day < 0 && year < 0 && j + 1 < end && iequals(tok(j + 1), "year") &&
                              (iequals(tok(j), "last") || iequals(tok(j), "this") || iequals(tok(j), "next"));
      if (found && year_after) {
        year_shift = iequals(tok(j), "last") ? -1 : iequals(tok(j), "next") ? 1 : 0;
        j += 2;
      }
      if (found) {
        m.token_end = j;
        const bool last = iequals(before, "last") || iequals(before, "next") || iequals(before, "this");
        if (last) m.token_begin = i - 1;
        if (year_after) {
          if (anchor) m.value = month_value(anchor->year + year_shift, month);
        } else if (day > 0 && year > 0) {
          const CivilDate d{year, month, day};
          if (valid(d)) { m.value = to_iso(d); m.absolute = d; }
        } else if (day > 0 && anchor) {
          const CivilDate d{infer_year(month, day, *anchor), month, day};
          if (valid(d)) m.value = to_iso(d);
        } else if (year > 0) {
          m.value = month_value(year, month);
        } else if (anchor) {
          int y = anchor->year;
          if (iequals(before, "last")) y = month < anchor->month ? anchor->year : anchor->year - 1;
          else if (iequals(before, "next")) y = month > anchor->month ? anchor->year : anchor->year + 1;
          else if (month > anchor->month + 2) y = anchor->year - 1;
          m.value = month_value(y, month);
        }
      }
    } else if (tokens[i].kind == TokenKind::kNumber) {
      // day [suffix] Month [year]: "14 June 2013", "05 Apr 2017", "22nd of February"
      bool suffix = false;
      const int day = day_of(w, glued(i) ? tok(i + 1) : std::string_view(), &suffix);
      uint32_t j = i + (suffix ? 2 : 1);
      if (day > 0 && j < end && iequals(tok(j), "of")) ++j;
      if (day > 0 && j < end && lexicon::is_month(tok(j), &month) && tok(j)[0] != 'm') {
        found = true;
        if (j + 1 < end && tok(j + 1) == "." && is_abbreviated_month(tok(j)) && glued(j)) ++j;  // "Apr."
        ++j;
        int year = -1;
        uint32_t k = j;
        if (k < end && tok(k) == ",") ++k;
        if (k < end && (year = year_of(tok(k))) > 0) j = k + 1;
        m.token_end = j;
        if (year > 0) {
          const CivilDate d{year, month, day};
          if (valid(d)) { m.value = to_iso(d); m.absolute = d; }
        } else if (anchor) {
          const CivilDate d{infer_year(month, day, *anchor), month, day};
          if (valid(d)) m.value = to_iso(d);
        }
      } else if (year_of(w) > 0 && i > begin && !(glued(i) && tokens[i + 1].kind != TokenKind::kPunctuation)) {
        // "in 1982", "since 2011", "between 2011 and 2013", "the 1991 Gulf
        // War": a bare year after a cue word.
        const std::string_view before = tok(i - 1);
        const bool second_of_pair = (iequals(before, "and") || before == "-" || iequals(before, "to")) &&
                                    i >= begin + 2 && year_of(tok(i - 2)) > 0;
        // ("for 2018 Douma attack", "after its 2011 uprising": a year before an event it dates.)
        // ("The 1998 embassy bombing": one word may describe the event.)
        const bool dates_event = (iequals(before, "the") || iequals(before, "for") || iequals(before, "after") ||
                                  iequals(before, "its") || iequals(before, "their") || iequals(before, "a")) &&
                                 i + 1 < end &&
                                 (names_an_event(tok(i + 1)) ||
                                  (i + 2 < end && chars::is_ascii_lower(tok(i + 1)[0]) && names_an_event(tok(i + 2))));
        // ("approves 2025 budget": a year before a noun only a year dates, whatever comes before.)
        const std::string_view after = i + 1 < end ? tok(i + 1) : std::string_view();
        const bool dates_yearly_noun = iequals(after, "budget") || iequals(after, "census") ||
                                       iequals(after, "election") || iequals(after, "elections");
        // ("says 2023 is on course to be the deadliest year": a year the subject of "is" or "was".)
        const bool year_as_subject = i + 1 < end && (iequals(tok(i + 1), "is") || iequals(tok(i + 1), "was"));
        // ("budget for 2023" closing its clause; "making 2023 the deadliest year": a year ranked.)
        const bool year_closing =
            iequals(before, "for") && (i + 1 >= end || tokens[i + 1].kind == TokenKind::kPunctuation);
        const bool year_ranked = i + 2 < end && iequals(tok(i + 1), "the") && chars::ends_with(tok(i + 2), "est");
        // ("Copyright © Rudaw 2015": the owner's name between the notice and its year.)
        constexpr uint32_t kOwnerWords = 4;
        bool copyright_year = false;
        for (uint32_t k = i - 1; k > begin && i - k <= kOwnerWords && !copyright_year; --k)
          copyright_year = iequals(tok(k - 1), "copyright") || tok(k - 1) == "\xC2\xA9";
        // ("(c) 2021 AFP": the notice's sign written in letters.)
        if (before == ")" && i >= begin + 3 && iequals(tok(i - 2), "c") && tok(i - 3) == "(") copyright_year = true;
        if (is_year_cue(before) || second_of_pair || dates_event || dates_yearly_noun || year_as_subject ||
            year_closing || year_ranked || copyright_year) {
          found = true;
          m.value = std::string(w);
        }
      }
    } else if (lexicon::is_weekday(chars::strip_possessive(w), &weekday) && chars::is_ascii_upper(w[0]) &&
               // ("Thu 24 Jun 2021", "Mon Mar 4, 2013": a short form only before the day's
               // number and its month; "Sun" alone is a paper.)
               (w.size() > 3 || (i + 2 < end && tokens[i + 1].kind == TokenKind::kNumber &&
                                 lexicon::is_month(tok(i + 2))) ||
                (i + 2 < end && lexicon::is_month(tok(i + 1)) && tokens[i + 2].kind == TokenKind::kNumber)) &&
               (after_day_preposition(i > begin ? tok(i - 1) : std::string_view()) ||
                // ("during Sunday Mass", "after Friday Prayers": the day's service, capitalised.)
                (i + 1 < end && (tok(i + 1) == "Mass" || tok(i + 1) == "Prayers")) ||
                !(i + 1 < end && tokens[i + 1].kind == TokenKind::kWord && chars::is_ascii_upper(tok(i + 1)[0]) &&
                  !lexicon::is_month(tok(i + 1))))) {  // "Sunday Times" is a name; "On Wednesday Moscow vetoed" a day
      // "on Thursday", "Thursday night": the latest such day up to the anchor.
      found = true;
      const std::string_view before = i > begin ? tok(i - 1) : std::string_view();
      if (iequals(before, "last") || iequals(before, "next") || iequals(before, "this")) m.token_begin = i - 1;
      if (anchor) {
        int back = (weekday_of(*anchor) - weekday + 7) % 7;
        if (iequals(before, "next")) back = back == 0 ? -7 : back - 7;
        else if (iequals(before, "last") && back == 0) back = 7;
        m.value = shift_days(-back);
      }
    } else if ((iequals(w, "today") || iequals(w, "tonight")) &&
               // ("L'Orient Today", "USA Today", "Russia Today": a capitalised name's last word.)
               !(w[0] == 'T' && i > begin && tokens[i - 1].kind == TokenKind::kWord &&
                 tokens[i - 1].span.end + 1 == tokens[i].span.begin && chars::is_ascii_upper(tok(i - 1)[0]) &&
                 !lexicon::is_month(tok(i - 1)) && !lexicon::is_weekday(tok(i - 1)))) {
      found = true;
      m.value = shift_days(0);
    } else if (iequals(w, "yesterday")) {
      found = true;
      m.value = shift_days(-1);
    } else if (iequals(w, "tomorrow")) {
      found = true;
      m.value = shift_days(1);
    } else if (iequals(w, "overnight")) {
      // Reports filed in the morning: the night ending on the anchor day.
      found = true;
      m.value = shift_days(0);
    }
    if (!found) {
      // ISO dates written in the text: 2012-02-08.
      if (tokens[i].kind == TokenKind::kNumber && w.size() == 4 && i + 4 < end && tok(i + 1) == "-" &&
          tok(i + 3) == "-") {
        const std::string iso = std::string(w) + "-" + std::string(tok(i + 2)) + "-" + std::string(tok(i + 4));
        if (auto d = parse_iso_date(iso)) {
          out.push_back({i, i + 5, to_iso(*d), *d});
          i += 5;
          continue;
        }
      }
      // "07.01.2017": dots part day, month and year (one number token), day
      // first, as the countries that write dates so do.
      // (Not "07.01.17": a two-digit year could be either century.)
      if (tokens[i].kind == TokenKind::kNumber && w.size() == 10 && w[2] == '.' && w[5] == '.') {
        const int day = parse_int(w.substr(0, 2), 2), month = parse_int(w.substr(3, 2), 2);
        const int year = parse_int(w.substr(6, 4), 4);
        if (const CivilDate d{year, month, day}; valid(d)) {
          out.push_back({i, i + 1, to_iso(d), d});
          ++i;
          continue;
        }
      }
      // "22/04/2018", "12/08/2021", "12-11-2019": day and month in either
      // order, told apart by a part above 12, else by the reading nearer the anchor.
      if (tokens[i].kind == TokenKind::kNumber && w.size() <= 2 && i + 4 < end &&
          (tok(i + 1) == "/" || tok(i + 1) == "-") && tok(i + 3) == tok(i + 1) && tok(i + 4).size() == 4 &&
          glued(i) && glued(i + 1) && glued(i + 2) && glued(i + 3)) {
        const int a = parse_int(w, 2), b = parse_int(tok(i + 2), 2), year = parse_int(tok(i + 4), 4);
        const CivilDate day_first{year, b, a}, month_first{year, a, b};
        std::optional<CivilDate> d;
        if (valid(day_first) && (a > 12 || !valid(month_first))) d = day_first;
        else if (valid(month_first) && (b > 12 || !valid(day_first))) d = month_first;
        else if (valid(day_first) && anchor)
          d = std::llabs(days_from_civil(day_first) - days_from_civil(*anchor)) <=
                      std::llabs(days_from_civil(month_first) - days_from_civil(*anchor))
                  ? day_first
                  : month_first;
        if (d || valid(day_first)) {
          out.push_back({i, i + 5, d ? std::optional<std::string>(to_iso(*d)) : std::nullopt,
                         d && (a > 12 || b > 12) ? d : std::nullopt});
          i += 5;
          continue;
        }
      }
      ++i;
      continue;
    }
    out.push_back(m);
    i = m.token_end > i ? m.token_end : i + 1;
  }
}

}  // namespace sift
