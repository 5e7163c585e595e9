#include "sift.h"

#include "extract/casualties.h"
#include "extract/entities.h"
#include "extract/quotes.h"
#include "segment/recurring_lines.h"
#include "text/utf8.h"

namespace sift {
namespace {

// normalize -> segment -> paragraph roles, for one article.
ArticleAnalysis prepare_article(const ArticleInput& in) {
  ArticleAnalysis a;
  a.id = utf8::repair(in.id);
  a.date = in.date;
  a.input = utf8::repair(in.text);
  a.normalized = normalize(a.input);
  a.segmentation = segment(a.normalized.text);
  a.roles = classify_paragraphs(a.normalized.text, a.segmentation.paragraphs);
  return a;
}

}  // namespace

Report analyze(const Batch& batch) {
  Report report;
  report.articles.reserve(batch.articles.size());
  for (const auto& in : batch.articles) report.articles.push_back(prepare_article(in));

  // Lines that recur across the batch in different surroundings are boilerplate.
  std::vector<ArticleLines> lines;
  lines.reserve(report.articles.size());
  for (const auto& a : report.articles) lines.push_back({&a.segmentation.paragraphs});
  const auto recurring = find_recurring_lines(lines);
  for (size_t i = 0; i < report.articles.size(); ++i)
    for (uint32_t p : recurring[i]) {
      auto& role = report.articles[i].roles.paragraphs[p];
      if (role.kind == ParagraphKind::kBody || role.kind == ParagraphKind::kHeading ||
          role.kind == ParagraphKind::kTitle)
        role = {ParagraphKind::kBoilerplate, "short line recurring across articles of the batch"};
    }

  for (auto& a : report.articles) {
    a.repeats = find_repeats(a.normalized.text, a.segmentation.paragraphs);
    a.anchor_date = find_anchor_date(a.normalized.text, a.segmentation, a.date);
    a.extraction.entities =
        extract_entities({a.normalized.text, &a.segmentation, &a.roles, &a.repeats, a.anchor_date});
    const std::vector<Span> quoted = find_quoted_spans(a.normalized.text, a.segmentation, a.roles);
    a.extraction.quotes =
        extract_quotes({a.normalized.text, &a.segmentation, &a.roles, &a.repeats, &a.extraction.entities});
    a.extraction.casualties = extract_casualties({a.normalized.text, &a.segmentation, &a.roles, &a.repeats,
                                                  &a.extraction.entities, &quoted, &a.extraction.quotes,
                                                  a.anchor_date});
  }

  std::vector<ArticleEntities> entity_lists;
  entity_lists.reserve(report.articles.size());
  for (const auto& a : report.articles) entity_lists.push_back({a.normalized.text, &a.extraction.entities});
  report.dedup.entities = index_entities(entity_lists);
  return report;
}

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int m = (s[5] - '0') * 10 + (s[6] - '0');
  const int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

}  // namespace sift
