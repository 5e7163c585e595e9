// Batch stage: a short line that recurs across several articles in different
// surroundings is page furniture ("Sponsored links", a site's slogan),
// whatever its words. A heading that syndicated copies share keeps the same
// neighbours in each copy, so it is not marked.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/paragraphs.h"

namespace sift {

struct ArticleLines {
  const std::vector<Paragraph>* paragraphs;  // with words and folded_hash set
};

constexpr size_t kRecurringMinArticles = 3;
constexpr size_t kRecurringMaxWords = 12;

// For each article, the indexes of its paragraphs that are recurring lines.
std::vector<std::vector<uint32_t>> find_recurring_lines(const std::vector<ArticleLines>& articles);

}  // namespace sift
