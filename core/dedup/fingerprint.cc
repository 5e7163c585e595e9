#include "dedup/fingerprint.h"

#include <algorithm>

#include "text/fold.h"
#include "text/hash.h"

namespace sift {
namespace {

bool compared(ParagraphKind kind) { return kind == ParagraphKind::kBody || kind == ParagraphKind::kHeading; }

// Calls on_paragraph(p) as each compared paragraph starts, then
// on_shingle(hash) for each shingle ending in it. Shingles run across
// paragraph breaks of the compared body, so a copy that merges or splits
// paragraphs still matches.
template <typename OnParagraph, typename OnShingle>
void for_each_shingle(const FingerprintInput& in, OnParagraph&& on_paragraph, OnShingle&& on_shingle) {
  const auto& paras = *in.paragraphs;
  ParagraphWords own;
  const ParagraphWords* paragraph_words = &given_or_folded(in.words, own, in.text, paras);
  // A shingle's hash rolls: multiply by kBase, add the new word, take out the
  // word that left (its weight is kBase^kShingleWords); then one mix. Five
  // combines per shingle had been a tenth of this stage.
  constexpr uint64_t kBase = 0x9e3779b97f4a7c15ULL;
  uint64_t leaving_weight = 1;
  for (uint32_t k = 0; k < kShingleWords; ++k) leaving_weight *= kBase;
  uint64_t ring[kShingleWords] = {};
  uint32_t slot = 0;
  uint64_t words = 0, rolling = 0;
  for (uint32_t p = 0; p < paras.size(); ++p) {
    if (!compared(in.roles->paragraphs[p].kind) || (*in.repeats)[p].duplicate_of >= 0) continue;
    uint32_t first = paragraph_words->begin(p);
    const uint32_t last = paragraph_words->end(p);
    // A dateline opening the paragraph ("BEIRUT (Reuters) -") differs between outlets.
    if (in.roles->dateline && in.roles->dateline->paragraph == p)
      while (first < last && paragraph_words->begins[first] < in.roles->dateline->span.end) ++first;
    on_paragraph(p);
    for (uint32_t k = first; k < last; ++k) {
      const uint64_t w = paragraph_words->hashes[k];
      rolling = rolling * kBase + w - (words >= kShingleWords ? ring[slot] * leaving_weight : 0);
      ring[slot] = w;
      slot = slot + 1 == kShingleWords ? 0 : slot + 1;
      ++words;
      if (words >= kShingleWords) on_shingle(mix64(rolling));
    }
  }
}

// One-permutation MinHash of a shingle list (duplicates do not change a
// minimum, so the list need not be unique).
void fill_sketch(const std::vector<uint64_t>& shingles, Fingerprint& fp) {
  if (shingles.empty()) return;
  fp.empty = false;
  // The bin from the high bits, the value from the rest.
  constexpr uint64_t kEmpty = ~0ULL;
  fp.sketch.fill(kEmpty);
  for (uint64_t s : shingles) {
    const uint64_t h = mix64(s);
    const uint32_t bin = static_cast<uint32_t>((h >> 32) % kSketchBins);
    const uint64_t value = h & 0xffffffffULL;
    fp.sketch[bin] = std::min(fp.sketch[bin], value);
  }
  // Rotation densification: an empty bin borrows from the next filled bin.
  for (uint32_t b = 0; b < kSketchBins; ++b) {
    if (fp.sketch[b] != kEmpty) continue;
    for (uint32_t d = 1; d < kSketchBins; ++d) {
      const uint64_t v = fp.sketch[(b + d) % kSketchBins];
      if (v != kEmpty && v < (1ULL << 32)) {
        fp.sketch[b] = v + (static_cast<uint64_t>(d) << 32);  // the offset keeps borrowed values distinct
        break;
      }
    }
  }
}

void sort_unique(std::vector<uint64_t>::iterator begin, std::vector<uint64_t>& v) {
  std::sort(begin, v.end());
  v.erase(std::unique(begin, v.end()), v.end());
}

// The number of distinct values, by open addressing in a table of at least
// twice their count: linear, where sorting them had been a tenth of the stage.
// Shingle hashes are mixed already, so their low bits index the table.
uint32_t count_distinct(const std::vector<uint64_t>& values, std::vector<uint64_t>& table) {
  size_t size = 16;
  while (size < 2 * values.size()) size *= 2;
  table.assign(size, 0);  // 0 marks a free slot; the value 0 itself is counted apart
  const size_t mask = size - 1;
  uint32_t distinct = 0;
  bool zero_seen = false;
  for (const uint64_t v : values) {
    if (v == 0) {
      distinct += zero_seen ? 0 : 1;
      zero_seen = true;
      continue;
    }
    for (size_t slot = v & mask;; slot = (slot + 1) & mask) {
      if (table[slot] == v) break;
      if (table[slot] == 0) {
        table[slot] = v;
        ++distinct;
        break;
      }
    }
  }
  return distinct;
}

}  // namespace

Fingerprint fingerprint(const FingerprintInput& in) {
  Fingerprint fp;
  // At most one shingle per word: reserving that avoids a list's doubling
  // slack, which across a large batch held a tenth of peak memory.
  size_t compared_words = 0;
  for (uint32_t p = 0; p < in.paragraphs->size(); ++p)
    if (compared(in.roles->paragraphs[p].kind) && (*in.repeats)[p].duplicate_of < 0)
      compared_words += (*in.paragraphs)[p].words;
  fp.paragraph_shingles.reserve(compared_words);
  size_t own_begin = 0;
  auto close_paragraph = [&] {
    if (fp.paragraph_index.empty()) return;
    sort_unique(fp.paragraph_shingles.begin() + static_cast<long>(own_begin), fp.paragraph_shingles);
    fp.paragraph_offsets.push_back(static_cast<uint32_t>(fp.paragraph_shingles.size()));
  };
  for_each_shingle(
      in,
      [&](uint32_t p) {
        close_paragraph();
        own_begin = fp.paragraph_shingles.size();
        fp.paragraph_index.push_back(p);
      },
      [&](uint64_t shingle) { fp.paragraph_shingles.push_back(shingle); });
  close_paragraph();
  const std::vector<uint64_t> shingles = article_shingles(fp);
  fp.shingle_count = static_cast<uint32_t>(shingles.size());
  fill_sketch(shingles, fp);
  return fp;
}

Fingerprint compact_fingerprint(const FingerprintInput& in, FingerprintScratch& scratch) {
  Fingerprint fp;
  scratch.shingles.clear();
  for_each_shingle(in, [](uint32_t) {}, [&](uint64_t shingle) { scratch.shingles.push_back(shingle); });
  fill_sketch(scratch.shingles, fp);
  fp.shingle_count = count_distinct(scratch.shingles, scratch.table);
  fp.compact();
  return fp;
}

std::vector<uint64_t> article_shingles(const Fingerprint& fp) {
  std::vector<uint64_t> set = fp.paragraph_shingles;
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  return set;
}

}  // namespace sift
