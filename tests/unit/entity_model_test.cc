#include "extract/entity_model.h"

#include <doctest/doctest.h>
#include <string>

#include "extract/gazetteer.h"

using namespace sift;

TEST_CASE("FeatureList hashes case-insensitively and stops at its capacity") {
  FeatureList a, b;
  a.add(7, "Homs");
  b.add(7, "HOMS");
  REQUIRE(a.size() == 1);
  CHECK(*a.begin() == *b.begin());
  FeatureList c;
  c.add(8, "Homs");
  CHECK(*c.begin() != *a.begin());  // the template is part of the key
  FeatureList split1, split2;
  split1.add(3, "ab", "c");
  split2.add(3, "a", "bc");
  CHECK(*split1.begin() != *split2.begin());
  FeatureList full;
  for (int i = 0; i < 200; ++i) full.add(1, std::to_string(i));
  CHECK(full.size() == FeatureList::kCapacity);
}

TEST_CASE("score_entity: no features score zero, and the trained weights separate classes") {
  const FeatureList none;
  CHECK(score_entity(none) == ModelScores{});
  FeatureList bias;
  bias.add(1);  // the bias feature every candidate carries
  const ModelScores s = score_entity(bias);
  CHECK(s != ModelScores{});
}

TEST_CASE("best_class picks the highest score, the first on ties") {
  CHECK(best_class({0, 1, 5, 2, 0}) == ModelClass::kOrg);
  CHECK(best_class({0, 0, 0, 0, 0}) == ModelClass::kNone);
  CHECK(best_class({-3, -1, -2, -5, -4}) == ModelClass::kPerson);
}

TEST_CASE("gazetteers: places, big cities and human names, case-insensitive") {
  CHECK(gazetteer::is_place_name("Homs"));
  CHECK(gazetteer::is_place_name("deir ez-zor"));
  CHECK(gazetteer::is_big_city("Aleppo"));
  CHECK_FALSE(gazetteer::is_big_city("Qusayr"));
  CHECK(gazetteer::is_person_name("Kathryn"));
  CHECK(gazetteer::is_person_name("Moreau"));
  int false_places = 0;
  for (const char* w : {"xqzvv", "blorptown", "qqqq", "zzyzxq", "wvwvwv", "plimf", "gruntok", "vexmor"})
    false_places += gazetteer::is_place_name(w);
  CHECK(false_places <= 1);  // a Bloom filter errs rarely
}
