// Stage 2c: tokens with offsets, for the extraction stages.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace sift {

enum class TokenKind : uint8_t {
  kWord,         // letters, with inner apostrophes, hyphens and periods ("al-Assad", "U.S.", "Dawn.com")
  kNumber,       // digits with inner separators ("7,500", "2.5", "20km" is word+number)
  kPunctuation,  // any other single character
};

struct Token {
  Span span;
  TokenKind kind;
};

// Appends the tokens of `span` to `out`.
void tokenize(std::string_view text, Span span, std::vector<Token>& out);

// "Actualite.cd", "Dawn.com": a word token that ends in a web address's top-level domain.
bool is_web_site_word(std::string_view word);

}  // namespace sift
