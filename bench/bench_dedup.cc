// sift_bench_dedup: near-duplicate detection at scale. Articles stream
// through normalize, segment, paragraph roles, repeats and fingerprint (only
// the fingerprints are kept), then the LSH stage runs over all of them.
//
//   build/native/sift_bench_dedup 100000      (articles; about 2 KB each)
//
// One article in ten gets a syndicated copy (trimmed, with a new headline),
// so there is real work for the verifier.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "corpus.h"
#include "dedup/fingerprint.h"
#include "dedup/near_duplicates.h"
#include "segment/repeats.h"
#include "segment/roles.h"
#include "segment/segment.h"
#include "text/normalize.h"

int main(int argc, char** argv) {
  const size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 10000;
  using Clock = std::chrono::steady_clock;
  // The corpus is made in chunks so its text never sits in memory all at once.
  std::vector<sift::Fingerprint> prints;
  prints.reserve(n + n / 10);
  double bytes = 0;
  double fingerprint_s = 0;
  size_t made = 0;
  uint64_t seed = 1;
  while (made < n) {
    const auto chunk = sift::bench::make_corpus(2000 * std::min<size_t>(1000, n - made), 2000, seed++);
    const auto t = Clock::now();
    for (size_t i = 0; i < chunk.size() && made < n; ++i, ++made) {
      std::string text = chunk[i];
      for (int copy = 0; copy < (made % 10 == 0 ? 2 : 1); ++copy) {
        if (copy == 1) text = "Syndicated headline\n" + chunk[i].substr(0, chunk[i].size() * 3 / 4);
        bytes += static_cast<double>(text.size());
        const sift::NormalizedText norm = sift::normalize(text);
        const sift::Segmentation seg = sift::segment(norm.text);
        const sift::Roles roles = sift::classify_paragraphs(norm.text, seg.paragraphs);
        const auto repeats = sift::find_repeats(norm.text, seg.paragraphs);
        prints.push_back(sift::fingerprint({norm.text, &seg.paragraphs, &roles, &repeats}));

      }
    }
    fingerprint_s += std::chrono::duration<double>(Clock::now() - t).count();
  }
  std::vector<const sift::Fingerprint*> ptrs;
  for (const auto& p : prints) ptrs.push_back(&p);
  const auto t = Clock::now();
  const auto result = sift::find_near_duplicates(ptrs);
  const double lsh_s = std::chrono::duration<double>(Clock::now() - t).count();
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  std::printf("articles %zu (%.0f MB): prepare+fingerprint %.2f s, LSH+verify %.2f s, total %.2f s; "
              "pairs %zu, clusters %zu; peak memory %.0f MB\n",
              prints.size(), bytes / 1e6, fingerprint_s, lsh_s, fingerprint_s + lsh_s, result.pairs.size(),
              result.clusters.size(), u.ru_maxrss / 1e3);
  return 0;
}
