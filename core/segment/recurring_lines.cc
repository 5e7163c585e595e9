#include "segment/recurring_lines.h"

#include <algorithm>
#include <unordered_map>

#include "text/fold.h"
#include "text/hash.h"

namespace sift {
namespace {

struct Occurrence {
  uint32_t article;
  uint32_t paragraph;
  uint64_t before;  // folded hash of the neighbouring paragraphs (0 at an edge)
  uint64_t after;
};

size_t distinct_count(std::vector<uint64_t>& v) {
  std::sort(v.begin(), v.end());
  return static_cast<size_t>(std::unique(v.begin(), v.end()) - v.begin());
}

}  // namespace

std::vector<std::vector<uint32_t>> find_recurring_lines(const std::vector<ArticleLines>& articles) {
  std::vector<std::vector<uint32_t>> marked(articles.size());
  if (articles.size() < kRecurringMinArticles) return marked;
  std::unordered_map<uint64_t, std::vector<Occurrence>> by_line;
  for (uint32_t a = 0; a < articles.size(); ++a) {
    const auto& paras = *articles[a].paragraphs;
    for (uint32_t p = 0; p < paras.size(); ++p) {
      if (paras[p].words == 0 || paras[p].words > kRecurringMaxWords) continue;
      by_line[paras[p].folded_hash].push_back(
          {a, p, p > 0 ? paras[p - 1].folded_hash : 0, p + 1 < paras.size() ? paras[p + 1].folded_hash : 0});
    }
  }
  std::vector<uint64_t> arts, befores, afters;
  for (auto& [line, occ] : by_line) {
    if (occ.size() < kRecurringMinArticles) continue;
    arts.clear(); befores.clear(); afters.clear();
    for (const auto& o : occ) {
      arts.push_back(o.article);
      befores.push_back(o.before);
      afters.push_back(o.after);
    }
    if (distinct_count(arts) < kRecurringMinArticles) continue;
    // Page furniture sits among different neighbours on at least one side (a
    // footer always ends the page, yet follows different text); a heading
    // shared by syndicated copies has the same neighbours on both sides.
    if (distinct_count(befores) < kRecurringMinArticles && distinct_count(afters) < kRecurringMinArticles)
      continue;
    for (const auto& o : occ) marked[o.article].push_back(o.paragraph);
  }
  for (auto& m : marked) std::sort(m.begin(), m.end());
  return marked;
}

}  // namespace sift
