// The folded words of every paragraph of one article, hashed in one pass.
// Repeats and fingerprints both compare paragraphs word by word; folding the
// text once for both (rather than once per use) was a tenth of the run.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/paragraphs.h"

namespace sift {

struct ParagraphWords {
  std::vector<uint64_t> hashes;    // each folded word's hash (as for_each_folded_word gives it)
  std::vector<uint32_t> begins;    // each word's first byte in the text
  std::vector<uint32_t> offsets{0};  // paragraph p owns words [offsets[p], offsets[p + 1])

  uint32_t begin(uint32_t p) const { return offsets[p]; }
  uint32_t end(uint32_t p) const { return offsets[p + 1]; }
};

ParagraphWords fold_paragraph_words(std::string_view text, const std::vector<Paragraph>& paragraphs);

// The words a caller handed over, or else `own` filled by folding them here.
inline const ParagraphWords& given_or_folded(const ParagraphWords* given, ParagraphWords& own, std::string_view text,
                                             const std::vector<Paragraph>& paragraphs) {
  if (given) return *given;
  own = fold_paragraph_words(text, paragraphs);
  return own;
}

}  // namespace sift
