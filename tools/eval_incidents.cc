// sift_eval_incidents: does the batch merge the reports FA-KES says are of
// one incident, and keep the others apart?
//
//   sift_eval_incidents ../shared/data/casualties/fa_kes.jsonl
//
// All articles are analyzed as one batch, each with its publication date.
// Two articles count as reporting one incident when the annotators give them
// the same governorate and the same civilian toll (three or more), and they
// were published within two days of each other; as reporting different ones
// when their governorates differ and they were published within two days.
// A pair is merged when some death fact of each lies in one incident.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "extract/dates.h"
#include "fakes_labels.h"
#include "jsonl_rows.h"
#include "sift.h"

namespace {

struct Labelled {
  std::string governorate;
  long long civilians = -1;  // -1: not annotated
  int64_t published = 0;     // days since 1970
  std::set<size_t> incidents;  // incidents holding one of its death facts
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: sift_eval_incidents fa_kes.jsonl [--misses N]\n");
    return 2;
  }
  JsonlRows rows(argv[1]);
  if (!rows.open_or_skip()) return 0;
  const int show_misses = argc > 3 && std::string(argv[2]) == "--misses" ? std::atoi(argv[3]) : 0;

  sift::Batch batch;
  std::vector<Labelled> labels;
  std::set<std::string> seen;
  nlohmann::json row;
  while (rows.next(row)) {
    if (!row.contains("article_content") || !row.contains("unit_id")) continue;
    const std::string id = row["unit_id"].get<std::string>();
    const auto date = fakes::publication_date(row.value("date", ""));
    if (!date || !seen.insert(id).second) continue;
    Labelled l;
    l.governorate = row.value("location", "");
    l.civilians = fakes::annotated_count(row.value("nb_civilians", "")).value_or(-1);
    l.published = sift::days_from_civil(*sift::parse_iso_date(*date));
    labels.push_back(std::move(l));
    batch.articles.push_back({id, row["article_content"].get<std::string>(), date});
  }
  const sift::Report report = sift::analyze(batch);
  for (size_t i = 0; i < report.dedup.incidents.size(); ++i) {
    const auto& inc = report.dedup.incidents[i];
    if (inc.outcome != "killed") continue;
    for (const auto& m : inc.mentions) labels[m.article].incidents.insert(i);
  }

  constexpr int64_t kDays = 2;
  constexpr long long kSmallestToll = 3;
  size_t same = 0, same_merged = 0, different = 0, different_merged = 0;
  int shown = 0;
  for (size_t x = 0; x < labels.size(); ++x)
    for (size_t y = x + 1; y < labels.size(); ++y) {
      const Labelled& a = labels[x];
      const Labelled& b = labels[y];
      if (std::llabs(a.published - b.published) > kDays || a.governorate.empty() || b.governorate.empty()) continue;
      const bool merged = std::any_of(a.incidents.begin(), a.incidents.end(),
                                      [&](size_t i) { return b.incidents.count(i) > 0; });
      if (a.governorate != b.governorate) {
        ++different;
        different_merged += merged;
      } else if (a.civilians >= kSmallestToll && a.civilians == b.civilians) {
        ++same;
        same_merged += merged;
        if (!merged && shown++ < show_misses)
          std::printf("APART %s %s (%s, %lld)\n", batch.articles[x].id.c_str(), batch.articles[y].id.c_str(),
                      a.governorate.c_str(), a.civilians);
      }
    }
  std::printf("FA-KES incidents across %zu articles, pairs published within %lld days:\n", labels.size(),
              static_cast<long long>(kDays));
  std::printf("  same governorate and civilian toll: %zu of %zu share an incident (%.3f)\n", same_merged, same,
              same ? double(same_merged) / same : 0.0);
  std::printf("  different governorates:            %zu of %zu share an incident (%.3f)\n", different_merged,
              different, different ? double(different_merged) / different : 0.0);
  return 0;
}
