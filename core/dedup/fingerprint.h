// A fingerprint of one article's body for near-duplicate detection: its word
// shingles (boilerplate, bylines, datelines, sign-offs, titles and repeated
// paragraphs left out) and a one-permutation MinHash sketch of them.
//
// One-permutation hashing (Li, Owen, Zhang 2012) puts each shingle hash into
// one of kBins bins by its top bits and keeps the minimum per bin: O(1) work
// per shingle instead of k hash functions. Empty bins are filled by
// rotation densification (Shrivastava 2017): an empty bin takes the value of
// the next non-empty bin to its right, offset by the distance, so sketches of
// short texts stay comparable.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/paragraph_words.h"
#include "segment/paragraphs.h"
#include "segment/repeats.h"
#include "segment/roles.h"

namespace sift {

constexpr uint32_t kShingleWords = 5;
constexpr uint32_t kSketchBins = 126;  // 42 LSH bands of 3 rows

struct Fingerprint {
  // The article's set is the union of its paragraphs' sets. It is built
  // again (article_shingles) only for the few pairs the sketches let
  // through, so a large batch does not hold every word twice.
  uint32_t shingle_count = 0;            // size of the article's set
  std::array<uint64_t, kSketchBins> sketch{};
  bool empty = true;                     // no body text to compare
  // Per compared paragraph: its own shingles (sorted, unique), for shared
  // passages; paragraph k owns paragraph_shingles[offsets[k], offsets[k+1]).
  std::vector<uint64_t> paragraph_shingles;
  std::vector<uint32_t> paragraph_offsets{0};
  std::vector<uint32_t> paragraph_index;  // the paragraph each range belongs to
  bool compacted = false;                 // the paragraph lists were dropped (see compact)

  // Keeps the sketch and the count only: a batch holds every article's
  // sketch, while shingles are needed for the few pairs that get verified
  // (find_near_duplicates builds those again).
  void compact() {
    std::vector<uint64_t>().swap(paragraph_shingles);
    std::vector<uint32_t>().swap(paragraph_offsets);
    std::vector<uint32_t>().swap(paragraph_index);
    compacted = true;
  }
};

struct FingerprintInput {
  std::string_view text;  // normalized
  const std::vector<Paragraph>* paragraphs;
  const Roles* roles;
  const std::vector<Repeat>* repeats;
  // The paragraphs' folded words when the caller has them already; without
  // them they are folded here.
  const ParagraphWords* words = nullptr;
};

Fingerprint fingerprint(const FingerprintInput& in);

// Buffers compact_fingerprint reuses from one article to the next.
struct FingerprintScratch {
  std::vector<uint64_t> shingles;
  std::vector<uint64_t> table;
};

// The same, already compacted: the sketch and the count, without the
// per-paragraph lists that cost a sort each.
Fingerprint compact_fingerprint(const FingerprintInput& in, FingerprintScratch& scratch);

// The article's shingle set, sorted and unique.
std::vector<uint64_t> article_shingles(const Fingerprint& fp);

}  // namespace sift
