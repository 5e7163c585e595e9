#include "dedup/incidents.h"
#include "dedup/entity_index.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace sift;
using namespace sift::test;

namespace {
Report analyze_dated(const std::vector<std::pair<std::string, std::string>>& articles) {
  Batch batch;
  for (size_t i = 0; i < articles.size(); ++i)
    batch.articles.push_back({"a" + std::to_string(i + 1), articles[i].first, articles[i].second});
  return analyze(batch);
}
}  // namespace

TEST_CASE("two outlets reporting one incident merge, with the conflict shown") {
  const auto r = analyze_dated({
      {"At least 14 civilians were killed in Saraqeb on Tuesday when shells hit the market, the Observatory said.", "2016-05-04"},
      {"Fifteen people were killed when shells struck a crowded market in Saraqeb on Tuesday, activists said.", "2016-05-04"},
  });
  REQUIRE(r.dedup.incidents.size() == 1);
  const auto& inc = r.dedup.incidents[0];
  CHECK(inc.mentions.size() == 2);
  CHECK(inc.count_min == 14);
  CHECK(inc.count_max == 15);
  CHECK(inc.conservative == 14);
  CHECK(inc.conflict);
  CHECK(inc.location == "Saraqeb");
  CHECK(inc.sources.size() == 2);
}

TEST_CASE("a neighbourhood joins the city that contains it") {
  const auto r = analyze_dated({
      {"Shelling killed 20 people in Baba Amro in Homs on Monday, activists said.", "2012-02-06"},
      {"At least 20 people were killed by shelling in Homs on Monday, the Observatory said.", "2012-02-06"},
  });
  REQUIRE(r.dedup.incidents.size() == 1);
  CHECK(r.dedup.incidents[0].location == "Baba Amro");  // the most specific place
}

TEST_CASE("different days, places or counts stay apart") {
  const auto r = analyze_dated({
      {"At least 47 people were killed by shelling in Homs on Monday, activists said.", "2012-02-08"},
      {"At least 47 people were killed by shelling in Homs on Monday, activists said.", "2012-02-20"},
      {"At least 47 people were killed by shelling in Hama on Monday, activists said.", "2012-02-08"},
      {"At least 300 people were killed by shelling in Homs on Monday, activists said.", "2012-02-08"},
  });
  CHECK(r.dedup.incidents.size() == 4);
}

TEST_CASE("repeats and parts are not counted twice") {
  const auto r = analyze_dated({
      {"The Observatory said at least 52 people were killed in Qusayr on Sunday, among them 21 rebels and three women.\n"
       "The army denied it.\n"
       "The Observatory said at least 52 people were killed in Qusayr on Sunday, among them 21 rebels and three women.\n",
       "2013-05-19"},
  });
  REQUIRE(r.dedup.incidents.size() == 1);
  CHECK(r.dedup.incidents[0].mentions.size() == 1);
  CHECK(r.dedup.incidents[0].parts.size() == 2);
  CHECK(r.dedup.incidents[0].count_min == 52);
}

TEST_CASE("an incident lists each source once, whatever its case") {
  const auto r = analyze_dated({
      {"Activists said at least 47 people were killed in Homs on Tuesday.", "2012-02-08"},
      {"At least 50 people were killed in Homs on Tuesday, activists said.", "2012-02-08"},
  });
  REQUIRE(r.dedup.incidents.size() == 1);
  REQUIRE(r.dedup.incidents[0].sources.size() == 1);
  CHECK(r.dedup.incidents[0].sources[0] == "Activists");
}

TEST_CASE("a report that names only the country joins the one town's incident with the same toll and day") {
  const auto r = analyze_dated({
      {"At least 22 people were killed in air strikes on Raqa on Saturday, a monitor said.", "2015-07-05"},
      {"At least 22 people were killed in air strikes in Syria on Saturday, activists said.", "2015-07-05"},
      // Another toll in Syria that day is another event.
      {"Nine people were killed in shelling in Syria on Saturday, activists said.", "2015-07-05"},
  });
  REQUIRE(r.dedup.incidents.size() == 2);
  CHECK(r.dedup.incidents[0].mentions.size() == 2);
  CHECK(r.dedup.incidents[0].location == "Raqa");
  CHECK(r.dedup.incidents[1].count_min == 9);
}

TEST_CASE("a country-wide report stays apart when two towns fit it") {
  const auto r = analyze_dated({
      {"At least 12 people were killed in Idlib on Saturday, a monitor said.", "2015-07-05"},
      {"At least 12 people were killed in Daraa on Saturday, activists said.", "2015-07-05"},
      {"At least 12 people were killed in Syria on Saturday, activists said.", "2015-07-05"},
  });
  CHECK(r.dedup.incidents.size() == 3);
}

TEST_CASE("an undated report is of its article's day: same town and toll, published within two days") {
  const auto r = analyze_dated({
      {"A car bomb killed four people in Qardaha on Sunday, the Observatory said.", "2015-02-22"},
      {"At least four people were killed when a car bomb exploded in al-Qardaha, media reports said.", "2015-02-23"},
      {"At least four people were killed when a car bomb exploded in Qardaha, activists said.", "2015-03-20"},
  });
  REQUIRE(r.dedup.incidents.size() == 2);
  CHECK(r.dedup.incidents[0].mentions.size() == 2);
}

TEST_CASE("spellings of one place that differ by the Arabic feminine ending share a key") {
  CHECK(entity_key("Hasakeh", true) == entity_key("Hasaka", true));
  CHECK(entity_key("Khalidiyah", true) == entity_key("Khalidiya", true));
  CHECK(entity_key("Homs", true) != entity_key("Hama", true));
}
