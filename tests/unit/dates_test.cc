#include "extract/dates.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace sift;
using namespace sift::test;

namespace {
// DATE entities of a text analyzed with a publication date.
std::vector<std::pair<std::string, std::string>> dates_of(const std::string& text, const char* date) {
  Batch batch;
  batch.articles.push_back({"a", text, date ? std::optional<std::string>(date) : std::nullopt});
  const auto r = analyze(batch);
  const auto& a = r.articles[0];
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& e : a.extraction.entities)
    if (e.type == EntityType::kDate) out.emplace_back(std::string(e.span.of(a.normalized.text)), e.value ? std::string(e.value.view()) : std::string("null"));
  return out;
}
using P = std::vector<std::pair<std::string, std::string>>;
}  // namespace

TEST_CASE("civil date arithmetic round-trips and knows weekdays") {
  const CivilDate d{2012, 2, 29};
  CHECK(civil_from_days(days_from_civil(d)) == d);
  CHECK(weekday_of({2012, 2, 8}) == 3);  // a Wednesday
  CHECK(to_iso(civil_from_days(days_from_civil({2012, 3, 1}) - 1)) == "2012-02-29");
  CHECK_FALSE(parse_iso_date("2012-02-30"));
}

TEST_CASE("absolute dates get ISO values") {
  CHECK(dates_of("Talks began on 14 June 2013 in Geneva.", nullptr) == P{{"14 June 2013", "2013-06-14"}});
  CHECK(dates_of("The vote was on February 4th, 2012.", nullptr) == P{{"February 4th, 2012", "2012-02-04"}});
  CHECK(dates_of("Fighting resumed in March 2012.", nullptr) == P{{"March 2012", "2012-03"}});
  CHECK(dates_of("Thousands died at Hama in 1982.", nullptr) == P{{"1982", "1982"}});
}

TEST_CASE("relative dates resolve against the article date") {
  CHECK(dates_of("He was wounded in a February 22nd bombardment.", "2012-03-01") == P{{"February 22nd", "2012-02-22"}});
  CHECK(dates_of("Shelling continued today and yesterday.", "2012-02-08") ==
        P{{"today", "2012-02-08"}, {"yesterday", "2012-02-07"}});
  // 2012-02-08 is a Wednesday: "on Monday" is two days before.
  CHECK(dates_of("Troops entered the town on Monday.", "2012-02-08") == P{{"Monday", "2012-02-06"}});
  CHECK(dates_of("The revolt began last March.", "2012-02-08") == P{{"last March", "2011-03"}});
  CHECK(dates_of("At least 47 people were killed overnight.", "2012-02-08") == P{{"overnight", "2012-02-08"}});
}

TEST_CASE("without an anchor relative dates keep their text and a null value") {
  CHECK(dates_of("Shelling continued today.", nullptr) == P{{"today", "null"}});
}

TEST_CASE("a complete date in the lead anchors the article") {
  CHECK(dates_of("Published 14 June 2013\nAid arrived yesterday.", nullptr) ==
        P{{"14 June 2013", "2013-06-14"}, {"yesterday", "2013-06-13"}});
}

TEST_CASE("verbs and names are not dates") {
  CHECK(dates_of("Protesters march on the capital. He may leave.", nullptr).empty());
  CHECK(dates_of("The Sunday Times reported it.", nullptr).empty());
}

TEST_CASE("a weekday after 'on' or 'since' is a day even before a name") {
  CHECK(dates_of("On Wednesday Moscow vetoed a draft.", "2017-04-13") == P{{"Wednesday", "2017-04-12"}});
  CHECK(dates_of("Fighting has raged since Sunday Russian jets arrived.", "2017-04-13") ==
        P{{"Sunday", "2017-04-09"}});
}

TEST_CASE("a sentence's full stop after June or May stays out of the date; Feb. keeps its period") {
  CHECK(dates_of("The talks ended on 10 May. They resume in June.", "2016-05-20") ==
        P{{"10 May", "2016-05-10"}, {"June", "2016-06"}});
  CHECK(dates_of("The talks ended on Feb. 3, 2016.", nullptr) == P{{"Feb. 3, 2016", "2016-02-03"}});
}

TEST_CASE("bare years after cue words and before events are dates; a count of 2000 is not") {
  CHECK(dates_of("Prices rose between 2011 and 2013, after the 1991 Gulf War. The 2000 people fled.", nullptr) ==
        P{{"2011", "2011"}, {"2013", "2013"}, {"1991", "1991"}});
}

TEST_CASE("periods around the article date resolve to a day, an ISO week, a month or a year") {
  // 2012-02-24 is a Friday in ISO week 8.
  CHECK(dates_of("Earlier this week the army moved. Last week 40 died. Two days ago a convoy left.", "2012-02-24") ==
        P{{"Earlier this week", "2012-W08"}, {"Last week", "2012-W07"}, {"Two days ago", "2012-02-22"}});
  CHECK(dates_of("Talks failed last month and resume next year; it began three years ago.", "2012-01-10") ==
        P{{"last month", "2011-12"}, {"next year", "2013"}, {"three years ago", "2009"}});
  // The story's own "next day" and "the last day of" a period are not about the anchor.
  CHECK(dates_of("They left the next day. It was the last day of the talks.", "2012-02-24").empty());
  CHECK(dates_of("Last week 40 died.", nullptr) == P{{"Last week", "null"}});
}

TEST_CASE("feasts and holidays are dates without a value; names that hold them are not") {
  CHECK(dates_of("A truce began on the first day of Eid al-Adha.", "2016-09-10") == P{{"Eid al-Adha", "null"}});
  CHECK(dates_of("During Ramadan the army struck.", "2016-06-20") == P{{"Ramadan", "null"}});
  CHECK(dates_of("Ramadan Abdullah and Mohammed Eid spoke.", "2016-06-20").empty());
  CHECK(dates_of("They reached Easter Island.", nullptr).empty());
}

TEST_CASE("mid-month is the month") {
  CHECK(dates_of("The mid-February assault continued.", "2012-02-27") == P{{"mid-February", "2012-02"}});
  CHECK(dates_of("Mid-March talks failed.", "2012-04-02") == P{{"Mid-March", "2012-03"}});
}

TEST_CASE("named days are holidays too; a party named after one is not") {
  CHECK(dates_of("On Thanksgiving Day, troops ate turkey.", nullptr) == P{{"Thanksgiving Day", "null"}});
  CHECK(dates_of("The Independence Party met.", nullptr).empty());
}

TEST_CASE("IsoDate holds a day, a month or a year inline, and says when it holds none") {
  CHECK_FALSE(IsoDate());
  const IsoDate day("2012-02-22"), month("2012-03"), year("1982");
  CHECK(day.view() == "2012-02-22");
  CHECK(day.year() == 2012);
  CHECK(month.view() == "2012-03");
  CHECK(year.year() == 1982);
  CHECK(static_cast<bool>(year));
  CHECK(IsoDate("20120222T10:00").view().size() == IsoDate::kMaxSize);  // cut, never overrun
  CHECK(IsoDate("May").year() == 0);
}

TEST_CASE("find_dates: this morning, last night and the past 24 hours are the anchor's day or its eve") {
  CHECK(dates_of("At least 98 people have been killed in the past 24 hours.", "2018-02-20") ==
        P{{"past 24 hours", "2018-02-20"}});
  CHECK(dates_of("Ten died this morning and four last night.", "2018-02-20") ==
        P{{"this morning", "2018-02-20"}, {"last night", "2018-02-19"}});
  CHECK(dates_of("In the last 24 hours 12 died.", nullptr) == P{{"last 24 hours", "null"}});
  // "this" before other words is no date.
  CHECK(dates_of("This morning-after pill is new.", "2018-02-20").empty());
}

TEST_CASE("a year that is the subject of 'is' or 'was' is a date; a count before 'were' is not") {
  // Held-out-15 (h67).
  CHECK(dates_of("The United Nations says 2023 is on course to be the deadliest year.", "2023-07-03") ==
        P{{"2023", "2023"}});
  CHECK(dates_of("Activists said 2014 was the worst year of the war.", nullptr) == P{{"2014", "2014"}});
  CHECK(dates_of("Officials said 2000 were killed.", nullptr).empty());
}

TEST_CASE("find_dates: numeric dates in either order, and the weekend before") {
  CHECK(dates_of("Published 22/04/2018. Ten died.", nullptr) == P{{"22/04/2018", "2018-04-22"}});
  CHECK(dates_of("Posted 04/22/2018. Ten died.", nullptr) == P{{"04/22/2018", "2018-04-22"}});
  // Both parts 12 or under: the reading nearer the article's date, else none.
  CHECK(dates_of("Posted 12/08/2021. Ten died.", "2021-08-13") == P{{"12/08/2021", "2021-08-12"}});
  CHECK(dates_of("Posted 12/08/2021. Ten died.", nullptr) == P{{"12/08/2021", "null"}});
  // Not a date: a score, a fraction, a month that does not exist.
  for (const auto& [text, value] : dates_of("The vote was 12/3 in favour; 45/67/2019 is no date.", nullptr))
    CHECK(text.find('/') == std::string::npos);
  // A Sunday story's "last weekend" is the week before (ISO weeks end on Sunday).
  CHECK(dates_of("More than 400 were killed last weekend.", "2025-04-20") == P{{"last weekend", "2025-W15"}});
  CHECK(dates_of("They will meet this weekend.", "2025-04-16") == P{{"this weekend", "2025-W16"}});
}

TEST_CASE("find_dates: a short weekday before a month and its day ('Mon Mar 4, 2013')") {
  CHECK(dates_of("BEIRUT | Mon Mar 4, 2013 5:12pm EST", nullptr) == P{{"Mon", "2013-03-04"}, {"Mar 4, 2013", "2013-03-04"}});
  // Alone, "Sun" is a newspaper.
  CHECK(dates_of("The Sun reported it.", nullptr).empty());
}

TEST_CASE("find_dates: dashed numeric dates; a period's possessive ('last week's')") {
  CHECK(dates_of("QAMISHLO / ANHA 12-11-2019", "2019-11-12") == P{{"12-11-2019", "2019-11-12"}});
  CHECK(dates_of("The crackdown after last week's coup widened.", "2016-07-20") == P{{"last week", "2016-W28"}});
}

TEST_CASE("held-out-56: a date written with dots is day first") {
  CHECK(dates_of("Published 07.01.2017 by the agency; the price rose to 10.50 dollars.", nullptr) ==
        P{{"07.01.2017", "2017-01-07"}});
  // Not a day that cannot be: "31.02.2017".
  CHECK(dates_of("Figures 31.02.2017 were printed.", nullptr).empty());
}

TEST_CASE("held-out-63: a month alone after 'for', 'during', 'before' or 'after' is a date (not 'voted for May')") {
  CHECK(dates_of("Talks are planned for January. Prices rose after June and fell during August. The vote for May was close.",
                 "2014-02-11") == P{{"January", "2014-01"}, {"June", "2013-06"}, {"August", "2013-08"}});
}
