// sift_train_entities: trains the entity model (an averaged perceptron over
// the features entities.cc gives each capitalised run) and prints its
// weights as C++ for core/extract/entity_model_weights.inc.
//
//   sift_train_entities ../shared/data/ner > core/extract/entity_model_weights.inc
//
// Training data: the GMB subset (news, CC BY), wikigold (CC BY 4.0) and the
// training half of GUM news (Wikinews, CC BY 2.5; annotations CC BY 4.0).
// re3d and GUM's other half stay out, so sift_eval_entities measures on
// unseen text.
// Deterministic: fixed epoch count, fixed shuffling seed, sorted output.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/entities.h"
#include "extract/lexicon.h"
#include "segment/repeats.h"
#include "segment/roles.h"
#include "segment/segment.h"
#include "text/normalize.h"

#include "gum_split.h"
#include "jsonl_rows.h"

namespace {

using sift::ModelClass;
constexpr int kClasses = sift::kModelClasses;

struct GoldSpan {
  size_t begin, end;
  ModelClass label;
};

struct Document {
  std::string text;
  std::vector<GoldSpan> gold;
};

struct Example {
  std::vector<uint32_t> features;
  int label;
};

// Joins tokens into running text the way a news page prints them, and
// records each token's byte offset.
class Detokenizer {
 public:
  void add(const std::string& token) {
    static const char* kNoSpaceBefore[] = {",", ".", ";", ":", "!", "?", "%", ")", "]", "'s", "'", "n't",
                                           "'re", "'ve", "'ll", "'d", "'m", "'S"};
    bool space = !text_.empty() && !text_.ends_with("\n") && !no_space_next_;
    for (const char* p : kNoSpaceBefore)
      if (token == p) space = false;
    const bool quote = token == "\"" || token == "``" || token == "''";
    if (quote && quote_open_) space = false;
    if (space) text_ += ' ';
    begins_.push_back(text_.size());
    text_ += quote ? "\"" : token;
    ends_.push_back(text_.size());
    no_space_next_ = token == "(" || token == "[" || token == "$" || (quote && !quote_open_);
    if (quote) quote_open_ = !quote_open_;
  }
  void end_sentence() { quote_open_ = false; }
  void end_paragraph() {
    if (!text_.empty()) text_ += "\n\n";
    no_space_next_ = false;
    quote_open_ = false;
  }
  // Byte offsets of token `i`, counted over the whole document.
  size_t begin(size_t i) const { return begins_[i]; }
  size_t end(size_t i) const { return ends_[i]; }
  size_t tokens() const { return begins_.size(); }
  std::string& text() { return text_; }

 private:
  std::string text_;
  std::vector<size_t> begins_, ends_;
  bool no_space_next_ = false;
  bool quote_open_ = false;
};

ModelClass map_label(const std::string& type, const std::string& words) {
  if (type == "per" || type == "PER") return ModelClass::kPerson;
  if (type == "org" || type == "ORG") return ModelClass::kOrg;
  if (type == "geo" || type == "LOC") return ModelClass::kLoc;
  // GMB's gpe is mostly the adjective ("Iraqi"); wikigold's MISC holds
  // nationalities among titles and events.
  if (type == "gpe") return sift::lexicon::is_nationality(words) || words.ends_with("an") ? ModelClass::kNorp : ModelClass::kLoc;
  if (type == "MISC" && sift::lexicon::is_nationality(words)) return ModelClass::kNorp;
  return ModelClass::kNone;
}

// Adds one tagged sentence (BIO or IO tags) to the document being built.
void add_sentence(Document& doc, Detokenizer& detok, const std::vector<std::string>& tokens,
                  const std::vector<std::string>& tags) {
  const size_t base = detok.tokens();
  for (const auto& t : tokens) detok.add(t);
  detok.end_sentence();
  for (size_t i = 0; i < tokens.size();) {
    if (tags[i] == "O" || tags[i].size() < 3) { ++i; continue; }
    const std::string type = tags[i].substr(2);
    size_t j = i + 1;
    while (j < tokens.size() && tags[j].size() > 2 && tags[j][0] == 'I' && tags[j].substr(2) == type) ++j;
    const size_t begin = detok.begin(base + i), end = detok.end(base + j - 1);
    const std::string words = detok.text().substr(begin, end - begin);
    doc.gold.push_back({begin, end, map_label(type, words)});
    i = j;
  }
}

std::vector<Document> read_gmb(const std::string& path) {
  std::vector<Document> docs;
  JsonlRows rows(path);  // an absent file gives no documents, which main reports
  nlohmann::json j;
  Document doc;
  Detokenizer detok;
  size_t sentences = 0;
  while (rows.next(j)) {
    add_sentence(doc, detok, j["tokens"].get<std::vector<std::string>>(), j["tags"].get<std::vector<std::string>>());
    ++sentences;
    if (sentences % 2 == 0) detok.end_paragraph();  // news paragraphs hold a sentence or two
    if (sentences % 24 == 0) {
      doc.text = detok.text();
      docs.push_back(std::move(doc));
      doc = {};
      detok = {};
    }
  }
  if (!doc.gold.empty()) { doc.text = detok.text(); docs.push_back(std::move(doc)); }
  return docs;
}

std::vector<Document> read_wikigold(const std::string& path) {
  std::vector<Document> docs;
  std::ifstream in(path);
  std::string line;
  Document doc;
  Detokenizer detok;
  std::vector<std::string> tokens, tags;
  size_t sentences = 0;
  auto flush_sentence = [&] {
    if (tokens.empty()) return;
    add_sentence(doc, detok, tokens, tags);
    if (++sentences % 3 == 0) detok.end_paragraph();
    tokens.clear();
    tags.clear();
  };
  auto flush_doc = [&] {
    flush_sentence();
    if (!detok.text().empty()) {
      doc.text = detok.text();
      docs.push_back(std::move(doc));
    }
    doc = {};
    detok = {};
    sentences = 0;
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line = line.substr(3);
    if (line.rfind("-DOCSTART-", 0) == 0) { flush_doc(); continue; }
    if (line.empty()) { flush_sentence(); continue; }
    const size_t space = line.rfind(' ');
    if (space == std::string::npos) continue;
    tokens.push_back(line.substr(0, space));
    tags.push_back(line.substr(space + 1));
  }
  flush_doc();
  return docs;
}

// Byte offset of each code point in UTF-8 `text` (GUM counts code points),
// plus one past the end.
std::vector<size_t> codepoint_to_byte(const std::string& text) {
  std::vector<size_t> map;
  for (size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) map.push_back(i);
  map.push_back(text.size());
  return map;
}

// GUM marks whole noun phrases ("Iraqi President Fuad Masum") and nests them
// ("NASA" inside "NASA's Mars rover"); a candidate takes the type of the
// smallest mention around it, so the gold list is sorted smallest first.
// Only mentions holding a proper noun are names; others (event, object,
// abstract, "the president") teach "none".
std::vector<Document> read_gum_training_half(const std::string& path) {
  std::vector<Document> docs;
  JsonlRows rows(path);
  nlohmann::json j;
  for (size_t row_index = 0; rows.next(j); ++row_index) {
    if (!gum_row_is_for_training(row_index)) continue;
    Document doc;
    doc.text = j["text"].get<std::string>();
    const auto to_byte = codepoint_to_byte(doc.text);
    for (const auto& m : j["entity_mentions"]) {
      if (!m["has_propn"].get<bool>()) continue;
      const std::string type = m["etype"].get<std::string>();
      const ModelClass label = type == "person"         ? ModelClass::kPerson
                               : type == "organization" ? ModelClass::kOrg
                               : type == "place"        ? ModelClass::kLoc
                                                        : ModelClass::kNone;
      const size_t start = m["start"].get<size_t>(), end = m["end"].get<size_t>();
      if (start >= end || end >= to_byte.size()) continue;
      doc.gold.push_back({to_byte[start], to_byte[end], label});
    }
    std::stable_sort(doc.gold.begin(), doc.gold.end(),
                     [](const GoldSpan& a, const GoldSpan& b) { return a.end - a.begin < b.end - b.begin; });
    docs.push_back(std::move(doc));
  }
  return docs;
}

// Only the candidates the model will be asked about are learned from: runs
// the rules are sure of keep the rules' type.
// The label of a candidate: the type of the gold name it lies within.
// A nationality inside a larger name ("Iraqi" in "Iraqi President Fuad
// Masum") is a NORP, not a piece of the name.
int label_of(const sift::Span& span, std::string_view words, const std::vector<GoldSpan>& gold) {
  for (const auto& g : gold)
    if (g.begin <= span.begin && span.end <= g.end) {
      const bool whole = g.begin == span.begin && g.end == span.end;
      if (!whole && sift::lexicon::is_nationality(words)) return static_cast<int>(ModelClass::kNorp);
      return static_cast<int>(g.label);
    }
  return static_cast<int>(sift::lexicon::is_nationality(words) ? ModelClass::kNorp : ModelClass::kNone);
}

// Candidates are found on the normalized text, as in analyze; their spans go
// back to the input, where the gold offsets are.
std::vector<Example> examples_of(const Document& doc) {
  std::vector<Example> out;
  const sift::NormalizedText normalized = sift::normalize(doc.text);
  const sift::Segmentation seg = sift::segment(normalized.text);
  const sift::Roles roles = sift::classify_paragraphs(normalized.text, seg.paragraphs);
  const auto repeats = sift::find_repeats(normalized.text, seg.paragraphs);
  for (const auto& c : sift::entity_candidates({normalized.text, &seg, &roles, &repeats, std::nullopt})) {
    if (c.rules_sure) continue;
    const sift::Span in_input{normalized.to_input_begin(static_cast<uint32_t>(c.span.begin)),
                              normalized.to_input_end(static_cast<uint32_t>(c.span.end))};
    out.push_back({std::vector<uint32_t>(c.features.begin(), c.features.end()),
                   label_of(in_input, in_input.of(doc.text), doc.gold)});
  }
  return out;
}

// Averaged perceptron with the usual lazy averaging: each weight keeps the
// step of its last change and the running sum of its values.
class Perceptron {
 public:
  int predict(const std::vector<uint32_t>& features) const {
    std::array<double, kClasses> scores{};
    for (uint32_t f : features) {
      const auto it = weights_.find(f);
      if (it == weights_.end()) continue;
      for (int c = 0; c < kClasses; ++c) scores[c] += it->second.value[c];
    }
    return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
  }
  void update(const Example& e) {
    ++step_;
    const int guess = predict(e.features);
    if (guess == e.label) return;
    for (uint32_t f : e.features) {
      change(f, e.label, +1);
      change(f, guess, -1);
    }
  }
  // The averaged weights.
  std::vector<std::pair<uint32_t, std::array<double, kClasses>>> averaged() const {
    std::vector<std::pair<uint32_t, std::array<double, kClasses>>> out;
    for (const auto& [f, w] : weights_) {
      std::array<double, kClasses> avg{};
      for (int c = 0; c < kClasses; ++c)
        avg[c] = (w.total[c] + (step_ - w.stamp[c]) * w.value[c]) / std::max<uint64_t>(step_, 1);
      out.push_back({f, avg});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
  }

 private:
  struct Weight {
    std::array<double, kClasses> value{}, total{};
    std::array<uint64_t, kClasses> stamp{};
  };
  void change(uint32_t f, int c, double by) {
    Weight& w = weights_[f];
    w.total[c] += (step_ - w.stamp[c]) * w.value[c];
    w.stamp[c] = step_;
    w.value[c] += by;
  }
  std::unordered_map<uint32_t, Weight> weights_;
  uint64_t step_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: sift_train_entities NER_DATA_DIR > core/extract/entity_model_weights.inc\n");
    return 2;
  }
  const std::string dir = argv[1];
  std::vector<Document> docs = read_gmb(dir + "/gmb_subset.jsonl");
  const size_t gmb = docs.size();
  for (auto& d : read_wikigold(dir + "/wikigold.conll.txt")) docs.push_back(std::move(d));
  const size_t wikigold = docs.size() - gmb;
  for (auto& d : read_gum_training_half(dir + "/gum_news.jsonl")) docs.push_back(std::move(d));
  if (docs.empty()) {
    std::fprintf(stderr, "skipped: no training data in %s (../shared absent?)\n", dir.c_str());
    return 2;
  }
  std::vector<Example> examples;
  for (const auto& d : docs)
    for (auto& e : examples_of(d)) examples.push_back(std::move(e));
  std::array<size_t, kClasses> per_class{};
  for (const auto& e : examples) ++per_class[e.label];
  std::fprintf(stderr, "documents: %zu GMB + %zu wikigold + %zu GUM; candidates: %zu (none %zu, person %zu, org %zu, loc %zu, norp %zu)\n",
               gmb, wikigold, docs.size() - gmb - wikigold, examples.size(), per_class[0], per_class[1], per_class[2], per_class[3],
               per_class[4]);

  // Several perceptrons, each over its own shuffles, averaged: one alone
  // swings with the order it sees, so a small change of features moved
  // single names between types from one training to the next.
  constexpr int kEpochs = 10, kRuns = 5;
  std::map<uint32_t, std::array<double, kClasses>> summed;
  uint64_t seed = 20261121;
  for (int run = 0; run < kRuns; ++run) {
    Perceptron model;
    std::vector<size_t> order(examples.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (int epoch = 0; epoch < kEpochs; ++epoch) {
      for (size_t i = order.size(); i > 1; --i) {  // Fisher-Yates with a fixed LCG
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        std::swap(order[i - 1], order[(seed >> 33) % i]);
      }
      for (size_t i : order) model.update(examples[i]);
    }
    for (const auto& [f, w] : model.averaged())
      for (int c = 0; c < kClasses; ++c) summed[f][c] += w[c] / kRuns;
  }

  // Quantize to int16 with one scale; rows that round to zero are dropped.
  const auto& weights = summed;
  double largest = 0;
  for (const auto& [f, w] : weights)
    for (double v : w) largest = std::max(largest, std::fabs(v));
  const double scale = largest > 0 ? 32000.0 / largest : 1.0;
  std::ostringstream keys, rows;
  size_t kept = 0;
  for (const auto& [f, w] : weights) {
    std::array<long, kClasses> q{};
    bool any = false;
    for (int c = 0; c < kClasses; ++c) {
      q[c] = std::lround(w[c] * scale);
      any |= std::abs(q[c]) >= 8;
    }
    if (!any) continue;
    keys << f << "u,";
    rows << "{" << q[0] << "," << q[1] << "," << q[2] << "," << q[3] << "," << q[4] << "},";
    if (++kept % 8 == 0) { keys << "\n"; rows << "\n"; }
  }
  std::printf("// Generated by sift_train_entities from the GMB subset (CC BY), wikigold (CC BY 4.0) and half of GUM news (CC BY);\n"
              "// %zu candidates, %d perceptrons of %d epochs averaged. Regenerate: see README, \"Entity model and gazetteers\".\n",
              examples.size(), kRuns, kEpochs);
  std::printf("constexpr uint32_t kModelKeys[] = {\n%s};\n", keys.str().c_str());
  std::printf("constexpr int16_t kModelWeights[][kModelClasses] = {\n%s};\n", rows.str().c_str());
  std::fprintf(stderr, "features: %zu, kept %zu\n", weights.size(), kept);
  return 0;
}
