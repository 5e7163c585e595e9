#include "dedup/near_duplicates.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace sift;
using namespace sift::test;

namespace {
const std::string kStory =
    "Heavy fighting raged near Baba Amro in Homs today after elite Syrian troops attacked the rebel-held bastion.\n"
    "The motley band of army deserters and insurgents have sworn to fight to the last man, one activist told Reuters.\n"
    "Others said some of the unit's leaders had already made their escape from the shattered neighbourhood.\n"
    "The 4th Armoured Division has a reputation for ruthlessness burnished during the past year of revolt.\n"
    "Homs was without power or telephone links, Ahmed said, as diplomats spoke of a drive to finish off the rebels.\n"
    "YouTube footage posted by activists showed army trucks and tank carriers on a highway heading for Homs.\n";
}  // namespace

TEST_CASE("a syndicated copy with a new headline, dateline, boilerplate and a lost paragraph pairs") {
  const std::string copy =
      "Syria: assault on Homs bastion\nBEIRUT (Reuters) - "
      "Heavy fighting raged near Baba Amro in Homs today after elite Syrian troops attacked the rebel-held bastion.\n"
      "Share this article\n"
      "The motley band of army deserters and insurgents have sworn to fight to the last man, one activist told Reuters.\n"
      "The 4th Armoured Division has a reputation for ruthlessness burnished during the past year of revolt.\n"
      "Homs was without power or telephone links, Ahmed said, as diplomats spoke of a drive to finish off the rebels.\n"
      "Compiled from agency reports\n";
  const auto r = analyze_texts({kStory, copy});
  REQUIRE(r.dedup.duplicates.pairs.size() == 1);
  const auto& p = r.dedup.duplicates.pairs[0];
  CHECK(p.containment >= 0.8);
  CHECK(p.shared_a == std::vector<uint32_t>{0, 1, 3, 4});
  REQUIRE(r.dedup.duplicates.clusters.size() == 1);
  CHECK(r.dedup.duplicates.clusters[0].representative == 0);  // the more complete version
}

TEST_CASE("two reports on one topic in other words stay apart") {
  const std::string other =
      "Government forces shelled the Baba Amro district of Homs for a second day on Tuesday, activists said.\n"
      "Rebels in the neighbourhood said they would not surrender and called for international help.\n"
      "The army has brought tanks and armoured vehicles to the edges of the city, witnesses reported.\n"
      "Communications with Homs were cut and the fighting could not be independently verified.\n";
  const auto r = analyze_texts({kStory, other});
  CHECK(r.dedup.duplicates.pairs.empty());
}

TEST_CASE("identical texts always pair; empty articles never do") {
  const auto r = analyze_texts({kStory, "Reuters", kStory, ""});
  REQUIRE(r.dedup.duplicates.pairs.size() == 1);
  CHECK(r.dedup.duplicates.pairs[0].a == 0);
  CHECK(r.dedup.duplicates.pairs[0].b == 2);
  CHECK(r.dedup.duplicates.pairs[0].similarity == doctest::Approx(1.0));
}

TEST_CASE("a thousand copies cost linear work and form one cluster") {
  std::vector<std::string> texts(1000, kStory);
  const auto r = analyze_texts(texts);
  REQUIRE(r.dedup.duplicates.clusters.size() == 1);
  CHECK(r.dedup.duplicates.clusters[0].members.size() == 1000);
  CHECK(r.dedup.duplicates.pairs.size() < 40000);
}
