#include "segment/repeats.h"

#include <algorithm>

#include "dedup/shingles.h"
#include "text/hash.h"

namespace sift {
namespace {

// Paragraphs shorter than this many words repeat by accident ("Reuters",
// "Share"): only exact repeats count for them.
constexpr uint32_t kMinWordsForNear = 8;
constexpr size_t kSketchKeys = 8;
// A candidate must share this many sketch keys. Keys come from word pairs, so
// stop words shared by every paragraph ("the", "said") do not make
// candidates; two edits in 18 words leave a pair Jaccard of about 0.6, and
// such a repeat still shares two of eight keys 99.5% of the time.
constexpr size_t kMinSharedKeys = 2;
constexpr size_t kMaxCandidatesPerKey = 8;

// The smallest hash of adjacent word pairs in each of kSketchKeys bins:
// paragraphs with alike wording share most of these keys.
void sketch(const uint64_t* words, const uint64_t* words_end, uint64_t (&keys)[kSketchKeys]) {
  std::fill(std::begin(keys), std::end(keys), ~0ULL);
  uint64_t previous = 0;
  for (const uint64_t* w = words; w != words_end; ++w) {
    const uint64_t m = hash_combine(previous, *w);
    previous = *w;
    uint64_t& slot = keys[m & (kSketchKeys - 1)];
    slot = std::min(slot, m);
  }
}

}  // namespace

std::vector<Repeat> find_repeats(std::string_view text, const std::vector<Paragraph>& paragraphs,
                                 const ParagraphWords* given) {
  ParagraphWords own;
  const ParagraphWords* words = &given_or_folded(given, own, text, paragraphs);
  const uint64_t* hashes = words->hashes.data();
  const uint32_t n = static_cast<uint32_t>(paragraphs.size());
  std::vector<Repeat> out(n);
  // Exact repeats: sort (hash, index); each group points at its first member.
  std::vector<std::pair<uint64_t, uint32_t>> keyed;
  keyed.reserve(n);
  for (uint32_t p = 0; p < n; ++p) keyed.emplace_back(paragraphs[p].folded_hash, p);
  std::sort(keyed.begin(), keyed.end());
  for (size_t i = 1; i < keyed.size(); ++i)
    if (keyed[i].first == keyed[i - 1].first) {
      const uint32_t first = out[keyed[i - 1].second].duplicate_of >= 0
                                 ? static_cast<uint32_t>(out[keyed[i - 1].second].duplicate_of)
                                 : keyed[i - 1].second;
      out[keyed[i].second] = {static_cast<int32_t>(first), 1.0f};
    }

  // Near-exact repeats: paragraphs sharing sketch keys become candidate pairs
  // (later, earlier); a pair needs kMinSharedKeys keys before it is verified.
  keyed.clear();
  for (uint32_t p = 0; p < n; ++p) {
    if (out[p].duplicate_of >= 0 || paragraphs[p].words < kMinWordsForNear) continue;
    uint64_t keys[kSketchKeys];
    sketch(hashes + words->begin(p), hashes + words->end(p), keys);
    for (size_t k = 0; k < kSketchKeys; ++k)
      if (keys[k] != ~0ULL) keyed.emplace_back(hash_combine(k, keys[k]), p);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (size_t i = 0; i < keyed.size();) {
    size_t j = i;
    while (j < keyed.size() && keyed[j].first == keyed[i].first) ++j;
    for (size_t later = i + 1; later < j; ++later)
      for (size_t earlier = later > i + kMaxCandidatesPerKey ? later - kMaxCandidatesPerKey : i; earlier < later; ++earlier)
        pairs.emplace_back(keyed[later].second, keyed[earlier].second);
    i = j;
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<std::vector<uint64_t>> word_sets(n);  // built only for candidates
  auto words_of = [&](uint32_t p) -> const std::vector<uint64_t>& {
    std::vector<uint64_t>& set = word_sets[p];
    if (set.empty()) {
      set.assign(hashes + words->begin(p), hashes + words->end(p));
      std::sort(set.begin(), set.end());
      set.erase(std::unique(set.begin(), set.end()), set.end());
    }
    return set;
  };
  std::vector<double> best(n, 0.0);
  for (size_t i = 0; i < pairs.size();) {
    size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    const auto [p, c] = pairs[i];
    const size_t shared = j - i;
    i = j;
    if (shared < kMinSharedKeys) continue;
    // Jaccard can reach the threshold only if the sizes are close enough.
    const double small = std::min(paragraphs[p].words, paragraphs[c].words);
    const double large = std::max(paragraphs[p].words, paragraphs[c].words);
    if (small < kNearRepeatJaccard * large * 0.5) continue;
    const double jac = overlap(words_of(p), words_of(c)).jaccard;
    if (jac >= kNearRepeatJaccard && jac > best[p]) {
      best[p] = jac;
      out[p] = {static_cast<int32_t>(c), static_cast<float>(jac)};
    }
  }
  // Point every repeat at the first occurrence, not at another repeat.
  for (auto& r : out)
    if (r.duplicate_of >= 0 && out[r.duplicate_of].duplicate_of >= 0)
      r.duplicate_of = out[r.duplicate_of].duplicate_of;
  return out;
}

}  // namespace sift
