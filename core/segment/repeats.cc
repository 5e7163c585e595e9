#include "segment/repeats.h"

#include <algorithm>
#include <unordered_map>

#include "dedup/shingles.h"
#include "text/fold.h"
#include "text/hash.h"

namespace sift {
namespace {

// Paragraphs shorter than this many words repeat by accident ("Reuters",
// "Share"): only exact repeats count for them.
constexpr size_t kMinWordsForNear = 8;
constexpr size_t kSketchKeys = 4;
constexpr size_t kMaxCandidatesPerKey = 8;

struct IdentityHash {
  size_t operator()(uint64_t h) const { return static_cast<size_t>(h); }
};

}  // namespace

std::vector<Repeat> find_repeats(std::string_view text, const std::vector<Paragraph>& paragraphs) {
  const size_t n = paragraphs.size();
  std::vector<Repeat> out(n);
  std::unordered_map<uint64_t, uint32_t, IdentityHash> first_exact;
  // key -> paragraphs whose sketch holds it (first occurrences only)
  std::unordered_map<uint64_t, std::vector<uint32_t>, IdentityHash> by_key;
  std::vector<std::vector<uint64_t>> shingles(n);
  std::vector<uint32_t> candidates;
  first_exact.reserve(n);
  for (uint32_t p = 0; p < n; ++p) {
    const std::string_view para = paragraphs[p].span.of(text);
    const uint64_t exact = folded_hash(para);
    auto [it, inserted] = first_exact.emplace(exact, p);
    if (!inserted) {
      out[p] = {static_cast<int32_t>(it->second), 1.0f};
      continue;
    }
    word_shingles(para, 1, shingles[p]);
    const auto& sh = shingles[p];
    if (sh.size() < kMinWordsForNear) continue;
    // Sketch: the smallest shingle hashes under one mixing; similar sets share
    // most of them.
    uint64_t keys[kSketchKeys];
    std::fill(std::begin(keys), std::end(keys), ~0ULL);
    for (uint64_t s : sh) {
      const uint64_t m = mix64(s);
      const size_t bin = m % kSketchKeys;
      keys[bin] = std::min(keys[bin], m);
    }
    candidates.clear();
    for (size_t k = 0; k < kSketchKeys; ++k) {
      if (keys[k] == ~0ULL) continue;
      auto& list = by_key[hash_combine(k, keys[k])];
      for (uint32_t c : list) candidates.push_back(c);
      if (list.size() < kMaxCandidatesPerKey) list.push_back(p);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    int32_t best = -1;
    double best_j = 0;
    for (uint32_t c : candidates) {
      const double j = overlap(sh, shingles[c]).jaccard;
      if (j >= kNearRepeatJaccard && j > best_j) { best = static_cast<int32_t>(c); best_j = j; }
    }
    if (best >= 0) out[p] = {best, static_cast<float>(best_j)};
  }
  // Point every repeat at the first occurrence, not at another repeat.
  for (auto& r : out)
    if (r.duplicate_of >= 0 && out[r.duplicate_of].duplicate_of >= 0)
      r.duplicate_of = out[r.duplicate_of].duplicate_of;
  return out;
}

}  // namespace sift
