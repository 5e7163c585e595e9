#include "sift.h"

#include <unordered_map>

#include "extract/casualties.h"
#include "extract/entities.h"
#include "extract/quotes.h"
#include "segment/recurring_lines.h"
#include "text/utf8.h"

namespace sift {
namespace {

// normalize -> segment -> paragraph roles, for one article, whose text is
// taken over (valid UTF-8, the usual case) or repaired.
ArticleAnalysis prepare_article(ArticleInput&& in) {
  ArticleAnalysis a;
  a.id = utf8::is_valid(in.id) ? std::move(in.id) : utf8::repair(in.id);
  a.date = std::move(in.date);
  a.input = utf8::is_valid(in.text) ? std::move(in.text) : utf8::repair(in.text);
  std::string().swap(in.text);
  a.normalized = normalize(a.input);
  a.segmentation = segment_without_tokens(a.normalized.text);
  a.roles = classify_paragraphs(a.normalized.text, a.segmentation.paragraphs);
  return a;
}

// Ids name articles in pairs and incidents, so they must differ: a repeated
// id gets " (2)", " (3)", ...
void make_ids_unique(std::vector<ArticleAnalysis>& articles) {
  std::unordered_map<std::string, int> seen;
  for (auto& a : articles) {
    int& count = seen[a.id];
    if (++count == 1) continue;
    std::string candidate;
    do candidate = a.id + " (" + std::to_string(count++) + ")";
    while (seen.count(candidate));
    seen[candidate] = 1;
    a.id = candidate;
  }
}

}  // namespace

Report analyze(const Batch& batch) { return analyze(Batch(batch)); }

Report analyze(Batch&& batch) {
  Report report;
  report.articles.reserve(batch.articles.size());
  for (auto& in : batch.articles) report.articles.push_back(prepare_article(std::move(in)));
  batch = Batch();
  make_ids_unique(report.articles);

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

  auto fingerprint_input = [&](uint32_t i) -> FingerprintInput {
    const ArticleAnalysis& a = report.articles[i];
    return {a.normalized.text, &a.segmentation.paragraphs, &a.roles, &a.repeats};
  };
  // Compact fingerprints (a sketch each) are taken as each article passes;
  // the near-duplicate search runs on them after the loop.
  std::vector<Fingerprint> prints;
  prints.reserve(report.articles.size());
  FingerprintScratch scratch;
  for (uint32_t i = 0; i < report.articles.size(); ++i) {
    ArticleAnalysis& a = report.articles[i];
    tokenize_sentences(a.normalized.text, a.segmentation);
    // Repeats, the fingerprint and the entities' case evidence read the
    // same folded words: fold once.
    const ParagraphWords words = fold_paragraph_words(a.normalized.text, a.segmentation.paragraphs);
    a.repeats = find_repeats(a.normalized.text, a.segmentation.paragraphs, &words);
    FingerprintInput print_input = fingerprint_input(i);
    print_input.words = &words;
    prints.push_back(compact_fingerprint(print_input, scratch));
    a.anchor_date = find_anchor_date(a.normalized.text, a.segmentation, a.date, &a.roles);
    a.extraction.entities =
        extract_entities({a.normalized.text, &a.segmentation, &a.roles, &a.repeats, a.anchor_date, &words});
    a.extraction.quotes =
        extract_quotes({a.normalized.text, &a.segmentation, &a.roles, &a.repeats, &a.extraction.entities});
    a.extraction.casualties = extract_casualties({a.normalized.text, &a.segmentation, &a.roles, &a.repeats,
                                                  &a.extraction.entities, &a.extraction.quotes,
                                                  a.anchor_date});
    // Tokens serve extraction only and are the largest intermediate (12
    // bytes a word): release them so a large batch stays within memory.
    std::vector<Token>().swap(a.segmentation.tokens);
    // Lists grew by doubling; the report keeps them until it is written.
    a.extraction.entities.shrink_to_fit();
    a.extraction.casualties.shrink_to_fit();
    a.extraction.quotes.shrink_to_fit();
  }

  std::vector<ArticleEntities> entity_lists;
  entity_lists.reserve(report.articles.size());
  for (const auto& a : report.articles) entity_lists.push_back({a.normalized.text, &a.extraction.entities});
  report.dedup.entities = index_entities(entity_lists);

  // Near-duplicate articles, from fingerprints of their bodies (released
  // before incidents are merged).
  {
    auto fingerprint_of = [&](uint32_t i) { return fingerprint(fingerprint_input(i)); };
    std::vector<const Fingerprint*> print_ptrs;
    for (const auto& p : prints) print_ptrs.push_back(&p);
    report.dedup.duplicates = find_near_duplicates(print_ptrs, fingerprint_of);
    std::vector<Fingerprint>().swap(prints);
  }

  std::vector<ArticleFacts> facts;
  facts.reserve(report.articles.size());
  for (const auto& a : report.articles)
    facts.push_back({a.normalized.text, &a.extraction.casualties, &a.extraction.entities, a.anchor_date});
  report.dedup.incidents = merge_incidents(facts);
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
