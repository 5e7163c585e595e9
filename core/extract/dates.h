// Date expressions and their ISO values: absolute ("February 22nd",
// "14 June 2013", "March 2012") and relative ("today", "yesterday",
// "overnight", "on Thursday", "last March"), resolved against an anchor (the
// article's date). Without an anchor a relative date keeps a null value.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "segment/tokens.h"

namespace sift {

struct CivilDate {
  int year = 0, month = 0, day = 0;
  bool operator==(const CivilDate& o) const { return year == o.year && month == o.month && day == o.day; }
};

std::optional<CivilDate> parse_iso_date(std::string_view s);
std::string to_iso(const CivilDate& d);                 // "2012-02-22"
int64_t days_from_civil(const CivilDate& d);             // days since 1970-01-01
CivilDate civil_from_days(int64_t days);
int weekday_of(const CivilDate& d);                      // 0 = Sunday
// "2011-W51": the Sunday that ends that ISO week, or none.
std::optional<CivilDate> last_day_of_iso_week(std::string_view s);

struct DateMention {
  uint32_t token_begin, token_end;  // tokens [begin, end) of the expression
  std::optional<std::string> value; // "2012-02-22", "2012-03", "1982", or null
  // A complete date found in the text (day, month and year): can anchor others.
  std::optional<CivilDate> absolute;
};

// "Ramadan", "New Year": a holiday's name, written as the date finder knows it.
bool is_holiday_name(std::string_view name);

// Date expressions among `tokens[begin, end)` (one sentence).
void find_dates(std::string_view text, const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                const std::optional<CivilDate>& anchor, std::vector<DateMention>& out);

}  // namespace sift
