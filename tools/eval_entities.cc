// sift_eval_entities: precision, recall and F1 per entity type.
//
//   sift_eval_entities re3d ../shared/data/ner/re3d_open.jsonl
//   sift_eval_entities gum  ../shared/data/ner/gum_news.jsonl
//
// re3d: Person, Organisation, Location, Temporal map to PERSON, ORG, LOC,
// DATE (Nationality to NORP); gold mentions without a capital letter or a
// digit ("the country", "all political parties") and pronouns ("We") are
// left out, since Sift marks names, not descriptions. GUM: person, organization, place, time
// mentions that contain a proper noun, on the held-out half (gum_split.h).
//
// Two matchings are reported: exact (same type, same span) and within (same
// type, the prediction lies inside a gold mention: GUM and re3d mark whole
// noun phrases such as "Iraqi President Fuad Masum" where Sift marks the
// name "Fuad Masum").
#include <cstdio>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "gum_split.h"
#include "jsonl_rows.h"
#include "sift.h"

namespace {

using nlohmann::json;

struct Mention {
  size_t start, end;
  std::string type;
};

struct Counts {
  size_t tp_exact = 0, tp_within = 0, predicted = 0, gold = 0, found_exact = 0, found_within = 0;
};

std::string map_type(const std::string& corpus, const std::string& t) {
  static const std::map<std::string, std::string> re3d = {
      {"Person", "PERSON"}, {"Organisation", "ORG"}, {"Location", "LOC"}, {"Temporal", "DATE"}, {"Nationality", "NORP"}};
  static const std::map<std::string, std::string> gum = {
      {"person", "PERSON"}, {"organization", "ORG"}, {"place", "LOC"}, {"time", "DATE"}};
  const auto& m = corpus == "re3d" ? re3d : gum;
  const auto it = m.find(t);
  return it == m.end() ? "" : it->second;
}

// Pronouns are annotated in re3d but are not names.
bool is_pronoun(const std::string& s) {
  for (const char* p : {"I", "He", "She", "We", "They", "It", "You", "His", "Her", "Their", "Its", "Our", "Us"})
    if (s == p) return true;
  return false;
}

bool has_capital_or_digit(const std::string& s) {
  for (char c : s)
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return false;
}

// Code-point offsets (the corpora's unit) of a UTF-16 offset in `text`.
std::vector<size_t> utf16_to_codepoint(const std::string& text) {
  std::vector<size_t> map;
  size_t cp = 0;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    map.push_back(cp);
    if (len == 4) map.push_back(cp);
    ++cp;
    i += len;
  }
  map.push_back(cp);
  return map;
}

// The code points [start, end) of UTF-8 `text`.
std::string slice(const std::string& text, size_t start, size_t end) {
  size_t cp = 0, from = text.size(), to = text.size();
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (cp == start) from = i;
    if (cp == end) { to = i; break; }
    ++cp;
  }
  return from < to ? text.substr(from, to - from) : std::string();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: sift_eval_entities re3d|gum FILE.jsonl [--errors | --errors-on-training]\n");
    return 2;
  }
  const std::string corpus = argv[1];
  // --errors lists every miss and false alarm (within matching), for error analysis.
  const bool show_errors = argc > 3 && std::string(argv[3]).rfind("--errors", 0) == 0;
  // --errors-on-training lists them for GUM's training half instead, so rules
  // are designed on text the figures are not measured on.
  const bool training_half = argc > 3 && std::string(argv[3]) == "--errors-on-training";
  JsonlRows rows(argv[2]);
  if (!rows.open_or_skip()) return 0;
  std::map<std::string, Counts> counts;
  size_t docs = 0, row_index = 0;
  json doc;
  while (rows.next(doc)) {
    if (corpus == "gum" && gum_row_is_for_training(row_index++) != training_half) continue;
    ++docs;
    const std::string text = doc["text"].get<std::string>();
    std::vector<Mention> gold;
    if (corpus == "re3d") {
      for (const auto& e : doc["entities"]) {
        const std::string type = map_type(corpus, e["type"].get<std::string>());
        const std::string value = e["value"].get<std::string>();
        if (type.empty() || !has_capital_or_digit(value) || is_pronoun(value)) continue;
        gold.push_back({e["begin"].get<size_t>(), e["end"].get<size_t>(), type});
      }
    } else {
      for (const auto& e : doc["entity_mentions"]) {
        const std::string type = map_type(corpus, e["etype"].get<std::string>());
        if (type.empty() || !e["has_propn"].get<bool>()) continue;
        gold.push_back({e["start"].get<size_t>(), e["end"].get<size_t>(), type});
      }
    }
    sift::Batch batch;
    batch.articles.push_back({"doc", text, std::nullopt});
    const json report = json::parse(sift::to_json(sift::analyze(batch)));
    const auto to_cp = utf16_to_codepoint(text);
    std::vector<Mention> predicted;
    for (const auto& e : report["articles"][0]["entities"]) {
      const size_t s = e["start"].get<size_t>(), t = e["end"].get<size_t>();
      predicted.push_back({to_cp[std::min(s, to_cp.size() - 1)], to_cp[std::min(t, to_cp.size() - 1)],
                           e["type"].get<std::string>()});
    }
    for (const auto& g : gold) {
      Counts& c = counts[g.type];
      ++c.gold;
      bool exact = false, within = false;
      for (const auto& p : predicted) {
        if (p.type != g.type) continue;
        if (p.start == g.start && p.end == g.end) exact = true;
        if (p.start >= g.start && p.end <= g.end) within = true;
      }
      c.found_exact += exact;
      c.found_within += within;
      if (show_errors && !within) std::printf("MISS %s\t%s\n", g.type.c_str(), slice(text, g.start, g.end).c_str());
    }
    for (const auto& p : predicted) {
      Counts& c = counts[p.type];
      ++c.predicted;
      bool exact = false, within = false;
      for (const auto& g : gold) {
        if (p.type != g.type) continue;
        if (p.start == g.start && p.end == g.end) exact = true;
        if (p.start >= g.start && p.end <= g.end) within = true;
      }
      c.tp_exact += exact;
      c.tp_within += within;
      if (show_errors && !within) std::printf("FALSE %s\t%s\n", p.type.c_str(), slice(text, p.start, p.end).c_str());
    }
  }
  std::printf("%s: %zu documents\n", corpus.c_str(), docs);
  std::printf("%-7s %6s %6s | %-17s | %-17s\n", "type", "gold", "pred", "exact P / R / F1", "within P / R / F1");
  for (const auto& [type, c] : counts) {
    auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
    const double pe = c.predicted ? double(c.tp_exact) / c.predicted : 0, re = c.gold ? double(c.found_exact) / c.gold : 0;
    const double pw = c.predicted ? double(c.tp_within) / c.predicted : 0, rw = c.gold ? double(c.found_within) / c.gold : 0;
    std::printf("%-7s %6zu %6zu | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f\n", type.c_str(), c.gold, c.predicted, pe, re,
                f1(pe, re), pw, rw, f1(pw, rw));
  }
  return 0;
}
