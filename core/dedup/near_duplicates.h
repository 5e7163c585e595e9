// Batch stage: near-duplicate and syndicated articles. Candidates come from
// LSH banding of the sketches (42 bands of 3 rows: never all pairs), and are
// verified on the exact shingle sets. A pair is a duplicate when its shingle
// Jaccard is at least kDuplicateJaccard, or when one article's shingles are
// contained in the other's at kDuplicateContainment or more (a copy that was
// trimmed, lost a paragraph or gained a headline, dateline or boilerplate).
// Thresholds were chosen on the labelled benchmark (tools/eval_dedup.cc).
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

#include "dedup/fingerprint.h"

namespace sift {

constexpr double kDuplicateJaccard = 0.5;
constexpr double kDuplicateContainment = 0.8;
constexpr size_t kMinShinglesForContainment = 12;

struct DuplicatePair {
  uint32_t a, b;  // article indexes, a < b
  double similarity;   // shingle Jaccard
  double containment;  // shared shingles over the smaller set
  std::vector<uint32_t> shared_a, shared_b;  // paragraph indexes that match in each
};

struct DuplicateCluster {
  uint32_t representative;        // the most complete version
  std::vector<uint32_t> members;  // ascending, representative included
};

struct NearDuplicates {
  std::vector<DuplicatePair> pairs;  // sorted by (a, b)
  std::vector<DuplicateCluster> clusters;
};

// Fingerprint `article` again, in full: for articles whose fingerprint was
// compacted.
using FingerprintRebuilder = std::function<Fingerprint(uint32_t article)>;

NearDuplicates find_near_duplicates(const std::vector<const Fingerprint*>& articles,
                                    const FingerprintRebuilder& rebuild = {});

}  // namespace sift
