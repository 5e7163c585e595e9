// sift_bench: throughput of each stage and of analyze end to end, on a
// generated corpus of distinct news-like articles.
//
//   build/native/sift_bench [MEGABYTES]   (default 20)
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "corpus.h"
#include "dedup/entity_index.h"
#include "dedup/fingerprint.h"
#include "dedup/incidents.h"
#include "dedup/near_duplicates.h"
#include "extract/casualties.h"
#include "extract/entities.h"
#include "extract/quotes.h"
#include "segment/repeats.h"
#include "segment/roles.h"
#include "segment/segment.h"
#include "segment/sentences.h"
#include "text/fold.h"
#include "sift.h"
#include "text/normalize.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

void report(const char* stage, double bytes, double seconds) {
  std::printf("%-22s %9.1f MB/s  (%.3f s)\n", stage, bytes / 1e6 / seconds, seconds);
}

}  // namespace

int main(int argc, char** argv) {
  const double megabytes = argc > 1 ? std::atof(argv[1]) : 20.0;
  const auto corpus = sift::bench::make_corpus(static_cast<size_t>(megabytes * 1e6));
  // --write-corpus FILE: the same articles as .jsonl, for the JS benchmarks.
  if (argc > 3 && std::string(argv[2]) == "--write-corpus") {
    std::FILE* f = std::fopen(argv[3], "wb");
    if (!f) { std::perror(argv[3]); return 1; }
    for (size_t i = 0; i < corpus.size(); ++i) {
      std::string line = "{\"id\":\"a" + std::to_string(i) + "\",\"text\":\"";
      for (char c : corpus[i]) {
        if (c == '"' || c == '\\') line += '\\';
        if (c == '\n') { line += "\\n"; continue; }
        line += c;
      }
      line += "\"}\n";
      std::fwrite(line.data(), 1, line.size(), f);
    }
    std::fclose(f);
    std::printf("wrote %zu articles to %s\n", corpus.size(), argv[3]);
    return 0;
  }
  double bytes = 0;
  for (const auto& a : corpus) bytes += static_cast<double>(a.size());
  std::printf("corpus: %zu articles, %.1f MB\n", corpus.size(), bytes / 1e6);

  // Stage by stage, each on the previous stage's output.
  std::vector<sift::NormalizedText> normalized;
  normalized.reserve(corpus.size());
  auto t = Clock::now();
  for (const auto& a : corpus) normalized.push_back(sift::normalize(a));
  report("normalize", bytes, seconds_since(t));

  // Segmentation proper (paragraphs and sentences), then the other parts of
  // the segment stage on their own, then the whole stage as analyze runs it.
  {
    std::vector<sift::Span> sentences;
    std::vector<sift::Token> tokens;
    size_t count = 0;
    t = Clock::now();
    std::vector<std::vector<sift::Paragraph>> paragraphs;
    paragraphs.reserve(normalized.size());
    for (const auto& n : normalized) {
      paragraphs.push_back(sift::split_paragraphs(n.text));
      for (const auto& p : paragraphs.back()) {
        sentences.clear();
        sift::split_sentences(n.text, p.span, sentences);
        count += sentences.size();
      }
    }
    report("paragraphs+sentences", bytes, seconds_since(t));
    t = Clock::now();
    for (size_t i = 0; i < normalized.size(); ++i)
      for (const auto& p : paragraphs[i]) {
        tokens.clear();
        sift::tokenize(normalized[i].text, p.span, tokens);
        count += tokens.size();
      }
    report("tokens", bytes, seconds_since(t));
    t = Clock::now();
    for (size_t i = 0; i < normalized.size(); ++i)
      for (const auto& p : paragraphs[i]) count += sift::folded_hash(p.span.of(normalized[i].text)) & 1;
    report("paragraph fingerprints", bytes, seconds_since(t));
    if (count == 0) std::printf("(empty corpus)\n");
  }
  std::vector<sift::Segmentation> segs;
  segs.reserve(corpus.size());
  t = Clock::now();
  for (const auto& n : normalized) segs.push_back(sift::segment(n.text));
  report("segment stage", bytes, seconds_since(t));

  t = Clock::now();
  size_t kinds = 0;
  for (size_t i = 0; i < segs.size(); ++i)
    kinds += sift::classify_paragraphs(normalized[i].text, segs[i].paragraphs).paragraphs.size();
  report("paragraph roles", bytes, seconds_since(t));

  t = Clock::now();
  size_t repeats = 0;
  for (size_t i = 0; i < segs.size(); ++i)
    for (const auto& r : sift::find_repeats(normalized[i].text, segs[i].paragraphs))
      repeats += r.duplicate_of >= 0;
  report("repeated paragraphs", bytes, seconds_since(t));

  // Extraction stages, each on its own, on the stages before it.
  std::vector<sift::Roles> roles;
  std::vector<std::vector<sift::Repeat>> reps;
  for (size_t i = 0; i < segs.size(); ++i) {
    roles.push_back(sift::classify_paragraphs(normalized[i].text, segs[i].paragraphs));
    reps.push_back(sift::find_repeats(normalized[i].text, segs[i].paragraphs));
  }
  std::vector<std::vector<sift::Entity>> entities(segs.size());
  std::vector<std::optional<sift::CivilDate>> anchors(segs.size());
  t = Clock::now();
  for (size_t i = 0; i < segs.size(); ++i) {
    anchors[i] = sift::find_anchor_date(normalized[i].text, segs[i], std::nullopt);
    entities[i] = sift::extract_entities({normalized[i].text, &segs[i], &roles[i], &reps[i], anchors[i]});
  }
  report("entities", bytes, seconds_since(t));
  std::vector<std::vector<sift::Quote>> quotes(segs.size());
  t = Clock::now();
  for (size_t i = 0; i < segs.size(); ++i)
    quotes[i] = sift::extract_quotes({normalized[i].text, &segs[i], &roles[i], &reps[i], &entities[i]});
  report("quotes", bytes, seconds_since(t));
  size_t facts = 0;
  std::vector<std::vector<sift::Casualty>> casualty_lists(segs.size());
  t = Clock::now();
  for (size_t i = 0; i < segs.size(); ++i) {
    casualty_lists[i] =
        sift::extract_casualties({normalized[i].text, &segs[i], &roles[i], &reps[i], &entities[i], &quotes[i], anchors[i]});
    facts += casualty_lists[i].size();
  }
  report("casualties", bytes, seconds_since(t));
  std::vector<sift::Fingerprint> prints;
  t = Clock::now();
  // As analyze does it: compact sketches first, full fingerprints only for
  // the pairs the sketches let through.
  auto input_of = [&](uint32_t i) -> sift::FingerprintInput {
    return {normalized[i].text, &segs[i].paragraphs, &roles[i], &reps[i]};
  };
  sift::FingerprintScratch scratch;
  for (uint32_t i = 0; i < segs.size(); ++i) prints.push_back(sift::compact_fingerprint(input_of(i), scratch));
  std::vector<const sift::Fingerprint*> ptrs;
  for (const auto& p : prints) ptrs.push_back(&p);
  const auto dups = sift::find_near_duplicates(ptrs, [&](uint32_t i) { return sift::fingerprint(input_of(i)); });
  report("near-duplicates", bytes, seconds_since(t));
  t = Clock::now();
  std::vector<sift::ArticleEntities> entity_lists;
  for (size_t i = 0; i < segs.size(); ++i) entity_lists.push_back({normalized[i].text, &entities[i]});
  const auto index = sift::index_entities(entity_lists);
  report("batch entity list", bytes, seconds_since(t));
  t = Clock::now();
  std::vector<sift::ArticleFacts> fact_lists;
  for (size_t i = 0; i < segs.size(); ++i) fact_lists.push_back({normalized[i].text, &casualty_lists[i], &entities[i]});
  const auto incidents = sift::merge_incidents(fact_lists);
  report("incidents", bytes, seconds_since(t));
  std::printf("casualty facts %zu, duplicate pairs %zu, batch entities %zu, incidents %zu\n", facts, dups.pairs.size(),
              index.size(), incidents.size());
  segs.clear();
  normalized.clear();

  sift::Batch batch;
  for (size_t i = 0; i < corpus.size(); ++i) batch.articles.push_back({"a" + std::to_string(i), corpus[i], std::nullopt});
  t = Clock::now();
  const sift::Report r = sift::analyze(batch);
  const double analyze_s = seconds_since(t);
  report("analyze", bytes, analyze_s);
  t = Clock::now();
  const std::string json = sift::to_json(r);
  const double json_s = seconds_since(t);
  report("to_json", bytes, json_s);
  report("end to end", bytes, analyze_s + json_s);
  std::printf("paragraph kinds %zu, repeats %zu, json %.1f MB\n", kinds, repeats, json.size() / 1e6);
  std::printf("peak memory: %.1f MB (%.1fx input)\n", peak_rss_kb() / 1e3, peak_rss_kb() * 1e3 / bytes);
  return 0;
}
