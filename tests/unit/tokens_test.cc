#include "segment/tokens.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sift;

namespace {
std::vector<std::string> tokens_of(const std::string& text, std::vector<TokenKind>* kinds = nullptr) {
  std::vector<Token> toks;
  tokenize(text, {0, static_cast<uint32_t>(text.size())}, toks);
  std::vector<std::string> out;
  for (const auto& t : toks) {
    out.emplace_back(t.span.of(text));
    if (kinds) kinds->push_back(t.kind);
  }
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("tokenize keeps names, numbers and abbreviations whole") {
  std::vector<TokenKind> kinds;
  CHECK(tokens_of("Ban Ki-moon met al-Assad's envoy.", &kinds) ==
        V{"Ban", "Ki-moon", "met", "al-Assad's", "envoy", "."});
  CHECK(kinds.back() == TokenKind::kPunctuation);
  kinds.clear();
  CHECK(tokens_of("7,500 people, 2.5 km", &kinds) == V{"7,500", "people", ",", "2.5", "km"});
  CHECK(kinds[0] == TokenKind::kNumber);
  CHECK(tokens_of("the U.S. and U.N.") == V{"the", "U.S.", "and", "U.N."});
  CHECK(tokens_of("Mr. Smith") == V{"Mr", ".", "Smith"});
  CHECK(tokens_of("\xD8\xAD\xD9\x85\xD8\xB5 Homs") == V{"\xD8\xAD\xD9\x85\xD8\xB5", "Homs"});
}

TEST_CASE("tokenize keeps an ayn after the article's hyphen in the word") {
  const std::string text = "Ras al-'Ain fell.";
  std::vector<Token> tokens;
  tokenize(text, {0, static_cast<uint32_t>(text.size())}, tokens);
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[1].span.of(text) == "al-'Ain");
}

TEST_CASE("tokenize keeps a capitalised site's address whole (held-out-127's 'Actualite.cd')") {
  CHECK(tokens_of("told Actualite.cd that") == V{"told", "Actualite.cd", "that"});
  CHECK(tokens_of("Dawn.com | Published") == V{"Dawn.com", "|", "Published"});
  // Not a sentence's end before a lower-case word that is no domain, nor a domain running on.
  CHECK(tokens_of("Homs.then") == V{"Homs", ".", "then"});
  CHECK(tokens_of("Homs.com1") == V{"Homs", ".", "com1"});
  CHECK(is_web_site_word("Hiiraan.com"));
  CHECK_FALSE(is_web_site_word("U.S."));
}
