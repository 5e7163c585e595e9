// sift_eval_dedup: pair precision and recall of near-duplicate detection on a
// labelled benchmark generated from real article text.
//
//   sift_eval_dedup ../shared/data/casualties/fa_kes.jsonl [SEED]
//
// Each FA-KES article becomes paragraphs of three sentences. Half of them get
// one to three syndicated copies, each made by a random mix of: a trimmed
// tail, a dropped paragraph, a new headline, a dateline, boilerplate lines,
// and copy edits (a few words changed). True pairs: an article and its
// copies, copies among themselves, and FA-KES articles whose texts are equal.
// Every other pair is a negative; FA-KES holds many reports of the same events
// from different outlets, so "same topic, other words" is well represented.
// FA-KES also holds the same wire story republished by two outlets with small
// edits; those natural near-duplicates would be unlabelled positives, so an
// article whose 5-word shingle Jaccard with an earlier kept one reaches 0.2
// is left out of the base set (identical texts are kept, labelled positive).
#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "dedup/shingles.h"
#include "jsonl_rows.h"
#include "sift.h"

namespace {

class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed * 0x9e3779b97f4a7c15ULL + 7) {}
  uint64_t next() { s_ ^= s_ << 13; s_ ^= s_ >> 7; s_ ^= s_ << 17; return s_; }
  size_t below(size_t n) { return n ? static_cast<size_t>(next() % n) : 0; }
  bool chance(int percent) { return below(100) < static_cast<size_t>(percent); }

 private:
  uint64_t s_;
};

std::vector<std::string> to_paragraphs(const std::string& text) {
  std::vector<std::string> sentences;
  size_t start = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i)
    if (text[i] == '.' && text[i + 1] == ' ') {
      sentences.push_back(text.substr(start, i + 1 - start));
      start = i + 2;
    }
  if (start < text.size()) sentences.push_back(text.substr(start));
  std::vector<std::string> paras;
  for (size_t i = 0; i < sentences.size(); i += 3) {
    std::string p;
    for (size_t k = i; k < std::min(sentences.size(), i + 3); ++k) p += (p.empty() ? "" : " ") + sentences[k];
    paras.push_back(p);
  }
  return paras;
}

std::string join(const std::vector<std::string>& paras) {
  std::string out;
  for (const auto& p : paras) out += p + "\n";
  return out;
}

const char* kHeadlines[] = {"Syria: latest", "Deadly strikes reported", "Monitor reports new deaths",
                            "Fighting continues in the north", "Civilians caught in crossfire"};
const char* kDatelines[] = {"BEIRUT (Reuters) - ", "DAMASCUS (AFP) - ", "AMMAN, Jordan (AP) - ", "ISTANBUL (dpa) - "};
const char* kBoilerplate[] = {"Share this article", "Related stories", "More From This Section",
                              "Advertisement", "Compiled from agency reports", "Follow us on Twitter"};
const char* kEdits[] = {"reportedly", "also", "on Monday", "local", "several", "the", "said", "officials"};

std::string make_copy(const std::vector<std::string>& original, Rng& rng) {
  std::vector<std::string> p = original;
  if (p.size() > 3 && rng.chance(40)) p.resize(p.size() - std::max<size_t>(1, rng.below(p.size() / 3 + 1)));
  if (p.size() > 3 && rng.chance(40)) p.erase(p.begin() + static_cast<long>(1 + rng.below(p.size() - 1)));
  if (rng.chance(50)) {
    // Copy edits: swap a few words.
    for (auto& para : p) {
      if (!rng.chance(40)) continue;
      size_t pos = para.find(' ', rng.below(para.size()));
      if (pos != std::string::npos) para.insert(pos, std::string(" ") + kEdits[rng.below(8)]);
    }
  }
  if (!p.empty() && rng.chance(50)) p.front() = kDatelines[rng.below(4)] + p.front();
  if (rng.chance(50)) p.insert(p.begin(), kHeadlines[rng.below(5)]);
  if (rng.chance(50)) p.insert(p.begin() + static_cast<long>(rng.below(p.size() + 1)), kBoilerplate[rng.below(6)]);
  if (rng.chance(50)) p.push_back(kBoilerplate[rng.below(6)]);
  return join(p);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: sift_eval_dedup fa_kes.jsonl [SEED]\n");
    return 2;
  }
  JsonlRows rows(argv[1]);
  if (!rows.open_or_skip()) return 0;
  Rng rng(argc > 2 ? std::stoull(argv[2]) : 1);
  sift::Batch batch;
  std::vector<int> family;  // which original each article comes from
  std::map<std::string, int> by_text;
  std::vector<int> text_group;  // FA-KES articles with equal text share a group
  int originals = 0;
  size_t natural = 0;
  std::vector<std::vector<uint64_t>> kept_shingles;
  std::vector<std::string> kept_texts;
  nlohmann::json row;
  while (rows.next(row)) {
    const std::string text = row["article_content"].get<std::string>();
    std::vector<uint64_t> sh;
    sift::word_shingles(text, 5, sh);
    bool near_kept = false;
    for (size_t k = 0; k < kept_shingles.size() && !near_kept; ++k)
      near_kept = kept_texts[k] != text && sift::overlap(sh, kept_shingles[k]).jaccard >= 0.2;
    if (near_kept) { ++natural; continue; }
    kept_shingles.push_back(sh);
    kept_texts.push_back(text);
    const auto paras = to_paragraphs(text);
    const int id = originals++;
    const auto [it, inserted] = by_text.emplace(text, id);
    batch.articles.push_back({"o" + std::to_string(id), join(paras), std::nullopt});
    family.push_back(id);
    text_group.push_back(it->second);
    if (rng.chance(50)) {
      const size_t copies = 1 + rng.below(3);
      for (size_t c = 0; c < copies; ++c) {
        batch.articles.push_back({"o" + std::to_string(id) + "c" + std::to_string(c), make_copy(paras, rng), std::nullopt});
        family.push_back(id);
        text_group.push_back(it->second);
      }
    }
  }
  const sift::Report report = sift::analyze(batch);
  // True pairs: same text group (an original, its copies, equal FA-KES texts).
  std::set<std::pair<uint32_t, uint32_t>> truth;
  std::map<int, std::vector<uint32_t>> groups;
  for (uint32_t i = 0; i < text_group.size(); ++i) groups[text_group[i]].push_back(i);
  for (const auto& [g, members] : groups)
    for (size_t x = 0; x < members.size(); ++x)
      for (size_t y = x + 1; y < members.size(); ++y) truth.insert({members[x], members[y]});
  size_t tp = 0;
  const bool verbose = std::getenv("SIFT_EVAL_VERBOSE") != nullptr;
  for (const auto& p : report.dedup.duplicates.pairs) {
    const bool ok = truth.count({p.a, p.b}) > 0;
    tp += ok;
    if (!ok && verbose)
      std::printf("FP %s %s J=%.3f C=%.3f\n", batch.articles[p.a].id.c_str(), batch.articles[p.b].id.c_str(),
                  p.similarity, p.containment);
  }
  const double precision = report.dedup.duplicates.pairs.empty() ? 0 : double(tp) / report.dedup.duplicates.pairs.size();
  const double recall = truth.empty() ? 0 : double(tp) / truth.size();
  size_t identical = 0, identical_found = 0;
  for (const auto& [g, members] : groups) {
    std::vector<uint32_t> originals_only;
    for (uint32_t m : members)
      if (batch.articles[m].id.find('c') == std::string::npos) originals_only.push_back(m);
    for (size_t x = 0; x < originals_only.size(); ++x)
      for (size_t y = x + 1; y < originals_only.size(); ++y) {
        ++identical;
        for (const auto& p : report.dedup.duplicates.pairs)
          if (p.a == originals_only[x] && p.b == originals_only[y]) { ++identical_found; break; }
      }
  }
  std::printf("left out as natural near-duplicates of kept articles: %zu\n", natural);
  std::printf("articles %zu, true pairs %zu, predicted %zu\n", batch.articles.size(), truth.size(),
              report.dedup.duplicates.pairs.size());
  std::printf("pair precision %.4f recall %.4f F1 %.4f\n", precision, recall,
              precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0);
  std::printf("FA-KES articles with identical text paired: %zu / %zu\n", identical_found, identical);
  return 0;
}
