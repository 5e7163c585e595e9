// Stage 2: paragraphs, sentences and tokens of one normalized article.
#pragma once
#include <string_view>
#include <vector>

#include "segment/paragraphs.h"
#include "segment/tokens.h"
#include "text/span.h"

namespace sift {

struct Sentence {
  Span span;
  uint32_t paragraph;    // 0-based index into Segmentation::paragraphs
  uint32_t token_begin;  // [token_begin, token_end) in Segmentation::tokens
  uint32_t token_end;
};

struct Segmentation {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
};

Segmentation segment(std::string_view normalized);

// The same in two steps, for a batch: paragraphs and sentences first (token
// ranges empty), tokens only when an article's extraction runs, so a large
// batch never holds every article's tokens at once.
Segmentation segment_without_tokens(std::string_view normalized);
void tokenize_sentences(std::string_view normalized, Segmentation& seg);

}  // namespace sift
