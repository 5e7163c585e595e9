#include "dedup/near_duplicates.h"

#include <algorithm>
#include <numeric>

#include "dedup/shingles.h"
#include "text/hash.h"

namespace sift {
namespace {

constexpr uint32_t kRows = 3;
constexpr uint32_t kBands = kSketchBins / kRows;
// A bucket larger than this pairs each member with its neighbours only, so
// 1,000 identical copies cost linear work.
constexpr size_t kMaxBucketPairs = 16;

// Sorts (band key, article) pairs as std::sort would, in linear time: a
// counting pass places them by the key's top bits (keys are mixed hashes,
// so those buckets hold a few pairs each), then each bucket is sorted.
// Sorting 42 keys per article outright was the near-duplicate stage's
// largest cost on a large batch.
void sort_band_keys(std::vector<std::pair<uint64_t, uint32_t>>& keys) {
  // About one bucket per key, at most 2^16 (a small batch needs no large table).
  uint32_t bits = 4;
  while (bits < 16 && (size_t{1} << bits) < keys.size()) ++bits;
  const uint32_t shift = 64 - bits;
  std::vector<uint32_t> starts((size_t{1} << bits) + 1, 0);
  for (const auto& k : keys) ++starts[(k.first >> shift) + 1];
  std::partial_sum(starts.begin(), starts.end(), starts.begin());
  std::vector<std::pair<uint64_t, uint32_t>> placed(keys.size());
  std::vector<uint32_t> next(starts.begin(), starts.end() - 1);
  for (const auto& k : keys) placed[next[k.first >> shift]++] = k;
  for (uint32_t b = 0; b + 1 < starts.size(); ++b)
    if (starts[b + 1] - starts[b] > 1) std::sort(placed.begin() + starts[b], placed.begin() + starts[b + 1]);
  keys.swap(placed);
}

// Paragraphs of `fp` whose shingles are mostly found in `other`.
std::vector<uint32_t> shared_paragraphs(const Fingerprint& fp, const std::vector<uint64_t>& other) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < fp.paragraph_index.size(); ++i) {
    const auto begin = fp.paragraph_shingles.begin() + fp.paragraph_offsets[i];
    const auto end = fp.paragraph_shingles.begin() + fp.paragraph_offsets[i + 1];
    if (begin == end) continue;
    size_t found = 0;
    for (auto it = begin; it != end; ++it) found += std::binary_search(other.begin(), other.end(), *it);
    if (found * 2 >= static_cast<size_t>(end - begin)) out.push_back(fp.paragraph_index[i]);
  }
  return out;
}

// True when the sketches rule the pair out: the share of equal bins
// estimates Jaccard with a standard error under 0.045, and a duplicate's
// Jaccard is at least 0.5, or, when containment decides, at least
// 0.8 s / (L + 0.2 s) for sizes s <= L. A margin of 0.25 (over five standard
// errors) keeps true duplicates; most chance band collisions are skipped
// without merging their shingle lists.
bool sketches_rule_out(const Fingerprint& a, const Fingerprint& b) {
  uint32_t equal = 0;
  for (uint32_t k = 0; k < kSketchBins; ++k) equal += a.sketch[k] == b.sketch[k];
  const double small = static_cast<double>(std::min(a.shingle_count, b.shingle_count));
  const double large = static_cast<double>(std::max(a.shingle_count, b.shingle_count));
  double least_jaccard = kDuplicateJaccard;
  if (small >= kMinShinglesForContainment)
    least_jaccard = std::min(least_jaccard, kDuplicateContainment * small / (large + (1 - kDuplicateContainment) * small));
  return equal < (least_jaccard - 0.25) * kSketchBins;
}

struct UnionFind {
  std::vector<uint32_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(uint32_t a, uint32_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// What verification needs of one article: its full fingerprint (rebuilt
// when the batch kept only the sketch) and its sorted shingle set.
struct Verified {
  uint32_t article = 0;
  bool filled = false;
  Fingerprint rebuilt;             // used when the given fingerprint was compacted
  const Fingerprint* full = nullptr;
  std::vector<uint64_t> set;
};

// Candidate pairs come sorted by (a, b), and a duplicate's partners lie
// near it in the batch: one cache for the a side and a small direct-mapped
// one for the b side build each article's set about once, and a pair's two
// sides never evict each other.
class VerifiedCache {
 public:
  VerifiedCache(const std::vector<const Fingerprint*>& articles, const FingerprintRebuilder& rebuild, uint32_t slots)
      : articles_(articles), rebuild_(rebuild), slots_(slots) {}

  const Verified& of(uint32_t article) {
    Verified& v = slots_[article % slots_.size()];
    if (v.filled && v.article == article) return v;
    v.article = article;
    v.filled = true;
    const Fingerprint& given = *articles_[article];
    if (given.compacted && rebuild_) {
      v.rebuilt = rebuild_(article);
      v.full = &v.rebuilt;
    } else {
      v.full = &given;
    }
    v.set = article_shingles(*v.full);
    return v;
  }

 private:
  const std::vector<const Fingerprint*>& articles_;
  const FingerprintRebuilder& rebuild_;
  std::vector<Verified> slots_;
};

}  // namespace

NearDuplicates find_near_duplicates(const std::vector<const Fingerprint*>& articles,
                                    const FingerprintRebuilder& rebuild) {
  NearDuplicates out;
  const uint32_t n = static_cast<uint32_t>(articles.size());
  // (band key, article): sorting groups the articles that share a band.
  std::vector<std::pair<uint64_t, uint32_t>> keys;
  keys.reserve(static_cast<size_t>(n) * kBands);
  for (uint32_t i = 0; i < n; ++i) {
    const Fingerprint& fp = *articles[i];
    if (fp.empty) continue;
    for (uint32_t band = 0; band < kBands; ++band) {
      uint64_t h = 0x51ed270b27e1b4e3ULL + band;
      for (uint32_t r = 0; r < kRows; ++r) h = hash_combine(h, fp.sketch[band * kRows + r]);
      keys.emplace_back(h, i);
    }
  }
  sort_band_keys(keys);
  std::vector<std::pair<uint32_t, uint32_t>> candidates;
  for (size_t i = 0; i < keys.size();) {
    size_t j = i;
    while (j < keys.size() && keys[j].first == keys[i].first) ++j;
    for (size_t k = i + 1; k < j; ++k) {
      const size_t from = k > i + kMaxBucketPairs ? k - kMaxBucketPairs : i;
      for (size_t m = from; m < k; ++m)
        if (keys[m].second != keys[k].second) candidates.emplace_back(keys[m].second, keys[k].second);
      if (k > i + kMaxBucketPairs) candidates.emplace_back(keys[i].second, keys[k].second);
    }
    i = j;
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  UnionFind clusters(n);
  VerifiedCache a_side(articles, rebuild, 1), b_side(articles, rebuild, 64);
  for (const auto& [a, b] : candidates) {
    if (sketches_rule_out(*articles[a], *articles[b])) continue;
    const Verified& va = a_side.of(a);
    const Verified& vb = b_side.of(b);
    const Overlap o = overlap(va.set, vb.set);
    const size_t smaller = std::min(va.set.size(), vb.set.size());
    const bool duplicate = o.jaccard >= kDuplicateJaccard ||
                           (o.containment >= kDuplicateContainment && smaller >= kMinShinglesForContainment);
    if (!duplicate) continue;
    out.pairs.push_back({a, b, o.jaccard, o.containment, shared_paragraphs(*va.full, vb.set),
                         shared_paragraphs(*vb.full, va.set)});
    clusters.join(a, b);
  }

  // Clusters of two or more; the representative has the most body shingles.
  std::vector<std::vector<uint32_t>> groups(n);
  for (uint32_t i = 0; i < n; ++i) groups[clusters.find(i)].push_back(i);
  for (auto& g : groups) {
    if (g.size() < 2) continue;
    uint32_t rep = g.front();
    for (uint32_t m : g)
      if (articles[m]->shingle_count > articles[rep]->shingle_count) rep = m;
    out.clusters.push_back({rep, g});
  }
  return out;
}

}  // namespace sift
