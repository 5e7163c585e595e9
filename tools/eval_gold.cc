// sift_eval_gold: casualty facts and quotations against hand-written gold.
//
//   sift_eval_gold tests/gold/articles.jsonl [--errors] [--require]
//
// Each line is an article written for the project: {"id", "split", "date",
// "text", "facts", "quotes"}. The facts and quotes of the "held-out" splits
// were listed by hand before Sift was run on them.
//
// Facts: a gold fact is found when a Sift fact outside repeated paragraphs
// has its outcome and exact count (count_min and count_max, null for "at
// least"). Sift facts pair with gold facts first come, first served, those
// at an allowed place first. Among found facts the location and the source
// are right when they are one of the forms the gold fact allows (null: none
// expected), compared without case or a leading article ("the", "a", "an").
//
// Quotes: a gold quote ({"starts", "speakers"}) is found when a Sift
// quotation opens with its words; its speaker is right when it is one of
// the allowed forms.
//
// Entities (on articles that list them): [text, type] pairs; every
// occurrence of the text in the article, as a whole word and outside a
// longer listed name, is a gold mention. A Sift entity is right when its
// span and type are a gold mention's (exact match), per type.
//
// Printed per split. With --require the exit status is 1 when any split
// falls under the bars: fact recall and precision 0.9, location and
// source 0.8, quote recall 0.9, speakers 0.85 (ctest runs it so).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "jsonl_rows.h"
#include "sift.h"

namespace {

using nlohmann::json;

constexpr double kFactBar = 0.9, kContextBar = 0.8, kQuoteBar = 0.9, kSpeakerBar = 0.85;

struct Counts {
  size_t gold = 0, predicted = 0, right = 0;
};

struct Tally {
  size_t gold = 0, found = 0, predicted = 0, location = 0, source = 0, scope = 0;
  size_t gold_quotes = 0, found_quotes = 0, speakers = 0;
  std::map<std::string, Counts> entities;  // by type
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string plain(const std::string& s) {
  std::string out = lower(s);
  for (const char* article : {"the ", "an ", "a "})
    if (out.rfind(article, 0) == 0) {
      out.erase(0, std::char_traits<char>::length(article));
      break;
    }
  return out;
}

// Is the Sift value (a string or null) one of the allowed forms?
bool allowed(const json& value, const json& forms) {
  for (const auto& f : forms) {
    if (f.is_null() && value.is_null()) return true;
    if (f.is_string() && value.is_string() && plain(f.get<std::string>()) == plain(value.get<std::string>())) return true;
  }
  return false;
}

std::string show(const json& v) { return v.is_null() ? "null" : v.dump(); }

// The quotation's words without its opening marks (straight or curly).
std::string opening_words(const std::string& quote) {
  size_t i = 0;
  while (i < quote.size()) {
    if (quote[i] == '"' || quote[i] == '\'') { ++i; continue; }
    if (quote.compare(i, 3, "\xE2\x80\x9C") == 0 || quote.compare(i, 3, "\xE2\x80\x98") == 0) { i += 3; continue; }
    break;
  }
  return lower(quote.substr(i));
}

void score_facts(const std::string& id, const json& gold, const json& casualties, bool errors, Tally& t) {
  std::vector<json> facts;
  for (const auto& c : casualties)
    if (!c["repeat"].get<bool>()) facts.push_back(c);
  std::vector<bool> taken(facts.size(), false);
  t.predicted += facts.size();
  for (const auto& g : gold) {
    ++t.gold;
    // A fact at one of the gold places first ("a police officer was killed
    // in Shiraz" over another death of one), then any with the count.
    size_t match = facts.size();
    for (const bool at_place : {true, false})
      for (size_t i = 0; i < facts.size() && match == facts.size(); ++i)
        if (!taken[i] && facts[i]["outcome"] == g["outcome"] && facts[i]["count_min"] == g["count_min"] &&
            facts[i]["count_max"] == g["count_max"] && (!at_place || allowed(facts[i]["location"], g["locations"])))
          match = i;
    if (match == facts.size()) {
      if (errors)
        std::printf("%s MISSED %s %s-%s\n", id.c_str(), g["outcome"].get<std::string>().c_str(),
                    show(g["count_min"]).c_str(), show(g["count_max"]).c_str());
      continue;
    }
    taken[match] = true;
    ++t.found;
    const json& f = facts[match];
    const bool location = allowed(f["location"], g["locations"]);
    const bool source = allowed(f["source"], g["sources"]);
    const bool scope = f["scope"] == g["scope"];
    t.location += location;
    t.source += source;
    t.scope += scope;
    if (errors && !(location && source && scope))
      std::printf("%s %s: location %s%s, source %s%s, scope %s%s\n", id.c_str(), f["text"].get<std::string>().c_str(),
                  show(f["location"]).c_str(), location ? "" : " (wrong)", show(f["source"]).c_str(),
                  source ? "" : " (wrong)", show(f["scope"]).c_str(), scope ? "" : " (wrong)");
  }
  for (size_t i = 0; i < facts.size(); ++i)
    if (errors && !taken[i])
      std::printf("%s EXTRA %s %s-%s: %s\n", id.c_str(), facts[i]["outcome"].get<std::string>().c_str(),
                  show(facts[i]["count_min"]).c_str(), show(facts[i]["count_max"]).c_str(),
                  facts[i]["text"].get<std::string>().c_str());
}

void score_quotes(const std::string& id, const json& gold, const json& quotes, bool errors, Tally& t) {
  for (const auto& g : gold) {
    ++t.gold_quotes;
    const std::string starts = lower(g["starts"].get<std::string>());
    const json* match = nullptr;
    for (const auto& q : quotes)
      if (opening_words(q["text"].get<std::string>()).rfind(starts, 0) == 0) { match = &q; break; }
    if (!match) {
      if (errors) std::printf("%s MISSED quote \"%s\"\n", id.c_str(), starts.c_str());
      continue;
    }
    ++t.found_quotes;
    const bool speaker = allowed((*match)["speaker"], g["speakers"]);
    t.speakers += speaker;
    if (errors && !speaker)
      std::printf("%s quote \"%s\": speaker %s (wrong)\n", id.c_str(), starts.c_str(), show((*match)["speaker"]).c_str());
  }
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80); }

// Curly quotes and apostrophes (U+2018, U+2019, U+201C, U+201D) bound words
// as straight ones do: "Annan’s" holds the name "Annan".
bool curly_mark_at(const std::string& text, size_t i) {
  return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
         static_cast<unsigned char>(text[i + 1]) == 0x80 &&
         (static_cast<unsigned char>(text[i + 2]) >= 0x98 && static_cast<unsigned char>(text[i + 2]) <= 0x9D);
}

// The byte ending at `end` (exclusive) is the last of a curly mark.
bool curly_mark_before(const std::string& text, size_t end) { return end >= 3 && curly_mark_at(text, end - 3); }

void score_entities(const std::string& id, const std::string& text, const json& gold, const json& found, bool errors,
                    Tally& t) {
  // Gold mentions: longer names first, so "Syrian Observatory for Human
  // Rights" keeps its "Syrian" from also counting as a nationality.
  std::vector<std::pair<std::string, std::string>> names;
  for (const auto& g : gold) names.emplace_back(g[0].get<std::string>(), g[1].get<std::string>());
  std::stable_sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::vector<std::tuple<size_t, size_t, std::string, std::string>> mentions;  // start, end, type, text
  std::vector<bool> covered(text.size(), false);
  for (const auto& [name, type] : names) {
    for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
      const size_t end = at + name.size();
      if ((at > 0 && word_char(text[at - 1]) && text[at - 1] != '-' && !curly_mark_before(text, at)) ||
          (end < text.size() && word_char(text[end]) && text[end] != '-' && !curly_mark_at(text, end)))
        continue;
      if (covered[at]) continue;
      for (size_t k = at; k < end; ++k) covered[k] = true;
      mentions.emplace_back(at, end, type, name);
    }
  }
  // Sift's offsets count UTF-16 code units: turn the byte offsets so.
  std::vector<size_t> utf16(text.size() + 1, 0);
  for (size_t i = 0, units = 0; i <= text.size(); ++i) {
    utf16[i] = units;
    if (i == text.size()) break;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  for (auto& m : mentions) {
    std::get<0>(m) = utf16[std::get<0>(m)];
    std::get<1>(m) = utf16[std::get<1>(m)];
  }
  std::vector<bool> matched(mentions.size(), false);
  for (const auto& m : mentions) ++t.entities[std::get<2>(m)].gold;
  for (const auto& e : found) {
    const std::string type = e["type"];
    ++t.entities[type].predicted;
    const size_t start = e["start"], end = e["end"];
    bool right = false;
    for (size_t i = 0; i < mentions.size() && !right; ++i)
      if (!matched[i] && std::get<0>(mentions[i]) == start && std::get<1>(mentions[i]) == end &&
          std::get<2>(mentions[i]) == type)
        right = matched[i] = true;
    t.entities[type].right += right;
    if (errors && !right)
      std::printf("%s EXTRA entity %s \"%s\"\n", id.c_str(), type.c_str(), e["text"].get<std::string>().c_str());
  }
  for (size_t i = 0; i < mentions.size(); ++i)
    if (errors && !matched[i])
      std::printf("%s MISSED entity %s \"%s\" at %zu-%zu\n", id.c_str(), std::get<2>(mentions[i]).c_str(),
                  std::get<3>(mentions[i]).c_str(), std::get<0>(mentions[i]), std::get<1>(mentions[i]));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: sift_eval_gold articles.jsonl [--errors] [--require]\n");
    return 2;
  }
  bool errors = false, require = false;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--errors") errors = true;
    else if (arg == "--require") require = true;
    else {
      std::fprintf(stderr, "sift_eval_gold: unknown argument %s\n", arg.c_str());
      return 2;
    }
  }
  JsonlRows rows(argv[1]);
  if (!rows.open_or_skip()) return 0;
  std::map<std::string, Tally> by_split;
  json doc;
  while (rows.next(doc)) {
    sift::Batch batch;
    const std::string id = doc["id"];
    batch.articles.push_back({id, doc["text"].get<std::string>(),
                              doc["date"].is_string() ? std::optional<std::string>(doc["date"].get<std::string>())
                                                      : std::nullopt});
    const json report = json::parse(sift::to_json(sift::analyze(batch)));
    Tally& t = by_split[doc["split"].get<std::string>()];
    score_facts(id, doc["facts"], report["articles"][0]["casualties"], errors, t);
    score_quotes(id, doc["quotes"], report["articles"][0]["quotes"], errors, t);
    if (doc.contains("entities"))
      score_entities(id, doc["text"].get<std::string>(), doc["entities"], report["articles"][0]["entities"], errors, t);
  }
  const auto share = [](size_t a, size_t b) { return b ? double(a) / b : 1.0; };
  bool below = false;
  for (const auto& [split, t] : by_split) {
    const double recall = share(t.found, t.gold), precision = share(t.found, t.predicted);
    const double location = share(t.location, t.found), source = share(t.source, t.found);
    const double quote_recall = share(t.found_quotes, t.gold_quotes), speakers = share(t.speakers, t.found_quotes);
    std::printf("%-10s facts: gold %zu, Sift %zu, found %zu: recall %.3f, precision %.3f; of those found, location "
                "%.3f, source %.3f, scope %.3f\n",
                split.c_str(), t.gold, t.predicted, t.found, recall, precision, location, source,
                share(t.scope, t.found));
    std::printf("%-10s quotes: gold %zu, found %zu: recall %.3f; speaker right %.3f\n", split.c_str(), t.gold_quotes,
                t.found_quotes, quote_recall, speakers);
    for (const auto& [type, c] : t.entities) {
      const double p = share(c.right, c.predicted), r = share(c.right, c.gold);
      std::printf("%-10s entities %-6s gold %zu, Sift %zu, right %zu: P %.3f R %.3f F1 %.3f\n", split.c_str(), type.c_str(),
                  c.gold, c.predicted, c.right, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    }
    below |= recall < kFactBar || precision < kFactBar || location < kContextBar || source < kContextBar ||
             quote_recall < kQuoteBar || speakers < kSpeakerBar;
  }
  if (require && below) {
    std::printf("under the bars: facts %.2f, location and source %.2f, quotes %.2f, speakers %.2f\n", kFactBar,
                kContextBar, kQuoteBar, kSpeakerBar);
    return 1;
  }
  return 0;
}
