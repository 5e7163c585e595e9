// sift_eval_facts: casualty facts against hand-written gold facts.
//
//   sift_eval_facts tests/fixtures/facts_gold.jsonl [--errors] [--require FACTS CONTEXT]
//
// Each line is an article written for the project ({"id", "split", "date",
// "text", "facts"}), its facts listed by hand before Sift was run on the
// "held-out" ones. A gold fact is found when a Sift fact outside repeated
// paragraphs has its outcome and exact count (count_min and count_max, null
// for "at least"); Sift facts pair with gold facts first come, first
// served, those at an allowed place first. Among found facts the location and the source are right when
// they are one of the forms the gold fact allows (null: none expected),
// compared without case or a leading "the". Printed per split: recall,
// precision, location, source and scope right. With --require the exit
// status is 1 when a split's recall or precision is under FACTS, or its
// location or source share under CONTEXT (ctest runs it so, with the
// issue's 0.9 and 0.8).
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "jsonl_rows.h"
#include "sift.h"

namespace {

using nlohmann::json;

struct Tally {
  size_t gold = 0, found = 0, predicted = 0, location = 0, source = 0, scope = 0;
};

std::string plain(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (s.rfind("the ", 0) == 0) s.erase(0, 4);
  return s;
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

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: sift_eval_facts facts_gold.jsonl [--errors] [--require FACTS CONTEXT]\n");
    return 2;
  }
  bool errors = false;
  double require_facts = 0, require_context = 0;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--errors") {
      errors = true;
    } else if (arg == "--require" && i + 2 < argc) {
      require_facts = std::atof(argv[i + 1]);
      require_context = std::atof(argv[i + 2]);
      i += 2;
    } else {
      std::fprintf(stderr, "sift_eval_facts: unknown argument %s\n", arg.c_str());
      return 2;
    }
  }
  JsonlRows rows(argv[1]);
  if (!rows.open_or_skip()) return 0;
  std::map<std::string, Tally> by_split;
  json doc;
  while (rows.next(doc)) {
    sift::Batch batch;
    batch.articles.push_back({doc["id"].get<std::string>(), doc["text"].get<std::string>(),
                              doc["date"].is_string() ? std::optional<std::string>(doc["date"].get<std::string>())
                                                      : std::nullopt});
    const json report = json::parse(sift::to_json(sift::analyze(batch)));
    std::vector<json> facts;
    for (const auto& c : report["articles"][0]["casualties"])
      if (!c["repeat"].get<bool>()) facts.push_back(c);
    Tally& t = by_split[doc["split"].get<std::string>()];
    std::vector<bool> taken(facts.size(), false);
    t.predicted += facts.size();
    const std::string id = doc["id"];
    for (const auto& g : doc["facts"]) {
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
  const auto share = [](size_t a, size_t b) { return b ? double(a) / b : 0.0; };
  bool below = false;
  for (const auto& [split, t] : by_split) {
    const double recall = share(t.found, t.gold), precision = share(t.found, t.predicted);
    const double location = share(t.location, t.found), source = share(t.source, t.found);
    std::printf("%-10s gold %zu, Sift %zu, found %zu: recall %.3f, precision %.3f; of those found, location %.3f, "
                "source %.3f, scope %.3f\n",
                split.c_str(), t.gold, t.predicted, t.found, recall, precision, location, source,
                share(t.scope, t.found));
    below |= recall < require_facts || precision < require_facts || location < require_context ||
             source < require_context;
  }
  if (below) std::printf("under the required %.2f (facts) or %.2f (location, source)\n", require_facts, require_context);
  return below ? 1 : 0;
}
