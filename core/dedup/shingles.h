// Word shingles and set resemblance, shared by paragraph repeats and
// article near-duplicates.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace sift {

// Sorted, unique hashes of the `width`-word shingles of `text` (folded words).
// A text shorter than `width` words yields one shingle of all its words.
void word_shingles(std::string_view text, uint32_t width, std::vector<uint64_t>& out);

struct Overlap {
  uint32_t shared = 0;
  double jaccard = 0;       // |A ∩ B| / |A ∪ B|
  double containment = 0;   // |A ∩ B| / min(|A|, |B|)
};

// Both inputs sorted and unique.
Overlap overlap(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace sift
