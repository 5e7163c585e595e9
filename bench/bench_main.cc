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
