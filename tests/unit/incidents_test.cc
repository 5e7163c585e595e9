#include "dedup/incidents.h"

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
