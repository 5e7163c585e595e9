#include "dedup/shingles.h"

#include <algorithm>

#include "text/fold.h"
#include "text/hash.h"

namespace sift {

void word_shingles(std::string_view text, uint32_t width, std::vector<uint64_t>& out) {
  out.clear();
  // A ring of the last `width` word hashes; shingle = ordered combination.
  uint64_t ring[8] = {};
  if (width == 0 || width > 8) width = 3;
  uint64_t count = 0;
  for_each_folded_word(text, [&](uint64_t w) {
    ring[count % width] = w;
    ++count;
    if (count >= width) {
      uint64_t h = 0x2545f4914f6cdd1dULL;
      for (uint32_t k = 0; k < width; ++k) h = hash_combine(h, ring[(count + k) % width]);
      out.push_back(h);
    }
  });
  if (count > 0 && count < width) {
    uint64_t h = 0x2545f4914f6cdd1dULL;
    for (uint64_t k = 0; k < count; ++k) h = hash_combine(h, ring[k]);
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

Overlap overlap(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  Overlap o;
  if (a.empty() || b.empty()) return o;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else { ++o.shared; ++i; ++j; }
  }
  const double uni = static_cast<double>(a.size() + b.size() - o.shared);
  o.jaccard = o.shared / uni;
  o.containment = o.shared / static_cast<double>(std::min(a.size(), b.size()));
  return o;
}

}  // namespace sift
