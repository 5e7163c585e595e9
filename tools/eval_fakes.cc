// sift_eval_fakes: casualty counts against FA-KES crowd annotations.
//
//   sift_eval_fakes ../shared/data/casualties/fa_kes.jsonl
//
// For each article with an annotated civilian count (nb_civilians), the
// largest civilian death count Sift reports (count_min of a fact with outcome
// "killed", victim_class "civilian" and scope "incident", since users total
// incidents only; 0 when there is none) is compared
// with the annotation. Reported for the first half (unit_id below
// 1924058218, the half the rules may be tuned on) and the second half. Each
// article is analyzed with its publication date, so relative dates resolve.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "jsonl_rows.h"
#include "sift.h"

// FA-KES writes publication dates as M/D/YY ("4/5/17"); Sift takes
// YYYY-MM-DD, as a user's .jsonl would carry it.
std::optional<std::string> publication_date(const std::string& mdy) {
  int month = 0, day = 0, year = 0;
  if (std::sscanf(mdy.c_str(), "%d/%d/%d", &month, &day, &year) != 3 || month < 1 || month > 12 || day < 1 ||
      day > 31)
    return std::nullopt;
  if (year < 100) year += 2000;
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  return std::string(iso);
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: sift_eval_fakes fa_kes.jsonl [--misses N]\n");
    return 2;
  }
  JsonlRows rows(argv[1]);
  if (!rows.open_or_skip()) return 0;
  const int show_misses = argc > 3 ? std::atoi(argv[3]) : 0;
  int shown = 0;
  size_t total[2] = {0, 0}, equal[2] = {0, 0};
  nlohmann::json row;
  while (rows.next(row)) {
    if (!row.contains("nb_civilians")) continue;
    const std::string gold_text = row["nb_civilians"].get<std::string>();
    if (gold_text.empty() || gold_text.find_first_not_of("0123456789") != std::string::npos) continue;
    const long long gold = std::stoll(gold_text);
    const int half = std::stoll(row["unit_id"].get<std::string>()) < 1924058218LL ? 0 : 1;
    sift::Batch batch;
    batch.articles.push_back({row["unit_id"].get<std::string>(), row["article_content"].get<std::string>(),
                              publication_date(row.value("date", ""))});
    const sift::Report report = sift::analyze(batch);
    long long best = 0;
    for (const auto& c : report.articles[0].extraction.casualties)
      if (c.outcome == "killed" && c.victim_class == "civilian" && !c.repeat && c.scope == "incident")
        best = std::max<long long>(best, c.count_min);
    ++total[half];
    if (best == gold) ++equal[half];
    else if (shown < show_misses && half == 0) {
      ++shown;
      std::printf("MISS %s gold %lld got %lld\n", row["unit_id"].get<std::string>().c_str(), gold, best);
    }
  }
  std::printf("FA-KES civilian death count equal to the annotation:\n");
  std::printf("  first half  (unit_id < 1924058218): %zu / %zu = %.3f\n", equal[0], total[0],
              total[0] ? double(equal[0]) / total[0] : 0.0);
  std::printf("  second half (held out):             %zu / %zu = %.3f\n", equal[1], total[1],
              total[1] ? double(equal[1]) / total[1] : 0.0);
  return 0;
}
