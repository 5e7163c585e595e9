#include "segment/paragraphs.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace sift;
using sift::test::fixture;
using sift::test::paragraph_texts;

namespace {
std::vector<std::string> paragraphs_of(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& p : split_paragraphs(text)) out.emplace_back(p.span.of(text));
  return out;
}
}  // namespace

TEST_CASE("split_paragraphs: blank lines separate, each line of a scraped page is a paragraph") {
  CHECK(paragraphs_of("One.\n\nTwo.\n") == std::vector<std::string>{"One.", "Two."});
  CHECK(paragraphs_of("First line.\nSecond line.\nLavrov Urges Talks\nThird.") ==
        std::vector<std::string>{"First line.", "Second line.", "Lavrov Urges Talks", "Third."});
  CHECK(paragraphs_of("  \n\n  padded  \n\n").size() == 1);
  CHECK(paragraphs_of("").empty());
}

TEST_CASE("split_paragraphs joins hard-wrapped lines but keeps short list-like lines") {
  CHECK(paragraphs_of("This is a sentence\ncut off in the middle because pdf.") ==
        std::vector<std::string>{"This is a sentence\ncut off in the middle because pdf."});
  CHECK(paragraphs_of("It was a cold \nnight in the city.").size() == 1);
  CHECK(paragraphs_of("features\ncontact manager\nevents, activities\n") ==
        std::vector<std::string>{"features", "contact manager", "events, activities"});
}

TEST_CASE("split_paragraphs on a hard-wrapped PDF report keeps list items separate") {
  const std::string text = fixture("pdf_report.txt");
  const auto paras = paragraphs_of(text);
  REQUIRE(paras.size() == 7);
  CHECK(paras[0] == "SITUATION REPORT NO. 14");
  CHECK(paras[1].rfind("Between 1 and 7 May", 0) == 0);
  CHECK(paras[1].find("Jobar and Zamalka.") != std::string::npos);
  CHECK(paras[2].find("likely to be incomplete.") != std::string::npos);
  CHECK(paras[3] == "Recommendations:");
  CHECK(paras[4] == "1. Allow humanitarian access to all besieged areas.");
  CHECK(paras[6] == "3. Release detained aid workers without delay.");
}

TEST_CASE("split_paragraphs on a forwarded e-mail joins its wrapped lines") {
  const auto paras = paragraphs_of(fixture("forwarded_email.txt"));
  bool found_joined = false;
  for (const auto& p : paras)
    if (p.rfind("The contact also says", 0) == 0) {
      CHECK(p.find("Sunday.") != std::string::npos);
      found_joined = true;
    }
  CHECK(found_joined);
}

TEST_CASE("list_marker_length recognises bullets and numbering") {
  CHECK(list_marker_length("- item") == 2);
  CHECK(list_marker_length("12. item") == 4);
  CHECK(list_marker_length("3) item") == 3);
  CHECK(list_marker_length("b. item") == 3);
  CHECK(list_marker_length("1.) item") == 4);
  CHECK(list_marker_length("\xE2\x80\xA2 item") == 4);
  CHECK(list_marker_length("2.5 million") == 0);
  CHECK(list_marker_length("e.g. this") == 0);
  CHECK(list_marker_length("-5 degrees") == 0);
}
