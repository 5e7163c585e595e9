// Stage 2e: paragraphs an article repeats (scraped pages often print a story
// twice). Exact repeats after folding are found by hash; near-exact ones
// (small edits) through a few shingle-sketch keys, verified by Jaccard.
// Linear in the article: each paragraph is hashed once and compared with at
// most a handful of candidates.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/paragraph_words.h"
#include "segment/paragraphs.h"

namespace sift {

struct Repeat {
  int32_t duplicate_of = -1;  // 0-based index of the first occurrence, or -1
  float similarity = 0;       // 1 for exact repeats, shingle Jaccard otherwise
};

// Near-exact repeats need at least this Jaccard of their folded word sets:
// two words edited in an 18-word paragraph still give 0.8; two different
// paragraphs on one topic in one article stay well below it.
constexpr double kNearRepeatJaccard = 0.75;

// `given` are the paragraphs' folded words when the caller has them already;
// without them they are folded here.
std::vector<Repeat> find_repeats(std::string_view text, const std::vector<Paragraph>& paragraphs,
                                 const ParagraphWords* given = nullptr);

}  // namespace sift
