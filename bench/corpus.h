// A deterministic generator of distinct news-like articles for benchmarks:
// wire-style paragraphs with varied names, places, numbers, quotes, headings,
// boilerplate and the odd repeated paragraph, as scraped pages carry them.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sift::bench {

// Articles of about `article_bytes` each until `total_bytes` is reached.
std::vector<std::string> make_corpus(size_t total_bytes, size_t article_bytes = 2000, uint64_t seed = 42);

}  // namespace sift::bench
