// sift_eval_quotes: quotation recall and precision on GUM news.
//
//   sift_eval_quotes ../shared/data/ner/gum_news.jsonl
//
// A gold quotation is found when a Sift quote covers more than half of it;
// a Sift quote is right when it overlaps a gold quotation. GUM marks direct
// speech only, so scare quotes and titles Sift also marks count as wrong.
#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "jsonl_rows.h"
#include "sift.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: sift_eval_quotes gum_news.jsonl\n");
    return 2;
  }
  JsonlRows rows(argv[1]);
  if (!rows.open_or_skip()) return 0;
  size_t gold = 0, found = 0, predicted = 0, right = 0, with_speaker = 0;
  nlohmann::json doc;
  while (rows.next(doc)) {
    sift::Batch batch;
    batch.articles.push_back({"doc", doc["text"].get<std::string>(), std::nullopt});
    const auto report = nlohmann::json::parse(sift::to_json(sift::analyze(batch)));
    const auto& quotes = report["articles"][0]["quotes"];
    auto overlap = [](long a0, long a1, long b0, long b1) { return std::min(a1, b1) - std::max(a0, b0); };
    for (const auto& g : doc["quotes"]) {
      ++gold;
      const long s = g["start"], e = g["end"];
      for (const auto& q : quotes)
        if (overlap(s, e, q["start"], q["end"]) * 2 > e - s) { ++found; break; }
    }
    for (const auto& q : quotes) {
      ++predicted;
      with_speaker += !q["speaker"].is_null();
      for (const auto& g : doc["quotes"])
        if (overlap(q["start"], q["end"], g["start"], g["end"]) > 0) { ++right; break; }
    }
  }
  std::printf("GUM quotations: gold %zu, found %zu (recall %.3f); Sift quotes %zu, overlapping gold %zu (precision %.3f); "
              "with a speaker %zu (%.3f)\n",
              gold, found, gold ? double(found) / gold : 0.0, predicted, right, predicted ? double(right) / predicted : 0.0,
              with_speaker, predicted ? double(with_speaker) / predicted : 0.0);
  return 0;
}
