// The three real scraped articles in ../shared/seeds.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace sift;
using namespace sift::test;

namespace {
std::optional<std::string> seed(const char* prefix) {
  for (const char* name : {"000_df580f8f1961ef87.txt", "001_9fec7f0c8395c4c2.txt", "002_e305a3e3bd9f1704.txt"})
    if (std::string(name).rfind(prefix, 0) == 0) return shared_file(std::string("seeds/") + name);
  return std::nullopt;
}
}  // namespace

TEST_CASE("seed 002 repeats paragraphs 2-19 as 20-37") {
  const auto text = seed("002");
  if (!text) { MESSAGE("skipped: ../shared/seeds not present"); return; }
  const auto a = analyze_text(*text);
  REQUIRE(a.repeats.size() >= 37);
  for (int p = 20; p <= 37; ++p) CHECK(a.repeats[p - 1].duplicate_of == p - 19);
  for (int p = 1; p <= 19; ++p) CHECK(a.repeats[p - 1].duplicate_of == -1);
  // "Lavrov Urges Talks" is a heading, and it is not mistaken for boilerplate.
  const auto t = paragraph_texts(a);
  const auto k = kinds(a);
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i] == "Lavrov Urges Talks") CHECK(k[i] == "heading");
}

TEST_CASE("seed 001 marks 'More From This Section' and nothing else") {
  const auto text = seed("001");
  if (!text) { MESSAGE("skipped: ../shared/seeds not present"); return; }
  const auto a = analyze_text(*text);
  const auto t = paragraph_texts(a);
  const auto k = kinds(a);
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == "More From This Section") CHECK(k[i] == "boilerplate");
    else CHECK_MESSAGE(k[i] == "body", t[i]);
  }
}

TEST_CASE("seed 000 ends with a Reuters sign-off; its reporting stays body") {
  const auto text = seed("000");
  if (!text) { MESSAGE("skipped: ../shared/seeds not present"); return; }
  const auto a = analyze_text(*text);
  const auto k = kinds(a);
  const auto t = paragraph_texts(a);
  CHECK(t.back() == "Reuters");
  CHECK(k.back() == "signoff");
  for (size_t i = 0; i + 1 < k.size(); ++i) CHECK_MESSAGE(k[i] == "body", t[i]);
}

TEST_CASE("no paragraph of real reporting in the seeds is marked") {
  for (const char* s : {"000", "001", "002"}) {
    const auto text = seed(s);
    if (!text) { MESSAGE("skipped: ../shared/seeds not present"); return; }
    const auto a = analyze_text(*text);
    const auto t = paragraph_texts(a);
    for (size_t i = 0; i < t.size(); ++i) {
      const bool long_prose = t[i].size() > 80;
      if (long_prose) CHECK_MESSAGE(a.roles.paragraphs[i].kind == ParagraphKind::kBody, t[i]);
    }
  }
}
