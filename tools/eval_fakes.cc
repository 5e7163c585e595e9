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

#include "fakes_labels.h"
#include "jsonl_rows.h"
#include "sift.h"

// The fact an article's annotation describes: its largest civilian toll,
// else its largest toll of anyone.
const sift::Casualty* main_fact(const std::vector<sift::Casualty>& facts) {
  const sift::Casualty* best = nullptr;
  for (const auto& c : facts) {
    if (c.outcome != "killed" || c.repeat || c.scope != "incident") continue;
    const bool civilian = c.victim_class == "civilian";
    const bool best_civilian = best && best->victim_class == "civilian";
    if (!best || (civilian && !best_civilian) || (civilian == best_civilian && c.count_min > best->count_min))
      best = &c;
  }
  return best;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: sift_eval_fakes fa_kes.jsonl [--misses N | --places N | --causes N | --actors N]\n");
    return 2;
  }
  JsonlRows rows(argv[1]);
  if (!rows.open_or_skip()) return 0;
  const std::string mode = argc > 2 ? argv[2] : "";
  const int show = argc > 3 ? std::atoi(argv[3]) : 0;
  int shown = 0;
  size_t total[2] = {0, 0}, equal[2] = {0, 0};
  size_t placed[2] = {0, 0}, verdicts[2][4] = {};
  size_t caused[2] = {0, 0}, cause_verdicts[2][3] = {};
  size_t acted[2] = {0, 0}, actor_verdicts[2][3] = {};
  nlohmann::json row;
  while (rows.next(row)) {
    if (!row.contains("article_content") || !row.contains("unit_id")) continue;
    const std::string id = row["unit_id"].get<std::string>();
    const int half = std::stoll(id) < 1924058218LL ? 0 : 1;
    sift::Batch batch;
    batch.articles.push_back({id, row["article_content"].get<std::string>(), fakes::publication_date(row.value("date", ""))});
    const sift::Report report = sift::analyze(batch);
    const auto& facts = report.articles[0].extraction.casualties;

    // The place of the main fact against the annotated governorate.
    const std::string governorate = row.value("location", "");
    if (const sift::Casualty* fact = main_fact(facts); fact && !governorate.empty()) {
      const auto verdict = fakes::judge_place(fact->location, governorate);
      ++placed[half];
      ++verdicts[half][static_cast<int>(verdict)];
      if (mode == "--places" && half == 0 && verdict != fakes::PlaceVerdict::kRight && shown++ < show)
        std::printf("PLACE %s gold %s got '%s'\n", id.c_str(), governorate.c_str(), fact->location.c_str());
    }

    // Its cause against the annotated class.
    const std::string gold_cause = row.value("cause_of_death", "");
    if (const sift::Casualty* fact = main_fact(facts); fact && !gold_cause.empty() && gold_cause != "unknown") {
      const std::string_view got = fakes::cause_class(fact->cause);
      ++caused[half];
      ++cause_verdicts[half][got.empty() ? 1 : got == gold_cause ? 0 : 2];
      if (mode == "--causes" && half == 0 && got != gold_cause && shown++ < show)
        std::printf("CAUSE %s gold %s got '%.*s' | %s\n", id.c_str(), gold_cause.c_str(), int(fact->cause.size()),
                    fact->cause.data(), fact->victims.c_str());
    }

    // Its perpetrator against the annotated actor.
    const std::string gold_actor = row.value("actor", "");
    if (const sift::Casualty* fact = main_fact(facts); fact && !gold_actor.empty() && gold_actor != "unknown") {
      const std::string_view got = fakes::actor_class(fact->perpetrator);
      ++acted[half];
      ++actor_verdicts[half][fact->perpetrator.empty() ? 1 : got == gold_actor ? 0 : 2];
      if (mode == "--actors" && half == 0 && got != gold_actor && shown++ < show)
        std::printf("ACTOR %s gold %s got '%s'\n", id.c_str(), gold_actor.c_str(), fact->perpetrator.c_str());
    }

    const auto annotated = fakes::annotated_count(row.value("nb_civilians", ""));
    if (!annotated) continue;
    const long long gold = *annotated;
    long long best = 0;
    for (const auto& c : facts)
      if (c.outcome == "killed" && c.victim_class == "civilian" && !c.repeat && c.scope == "incident")
        best = std::max<long long>(best, c.count_min);
    ++total[half];
    if (best == gold) ++equal[half];
    else if (mode == "--misses" && shown < show && half == 0) {
      ++shown;
      std::printf("MISS %s gold %lld got %lld\n", id.c_str(), gold, best);
    }
  }
  std::printf("FA-KES civilian death count equal to the annotation:\n");
  std::printf("  first half  (unit_id < 1924058218): %zu / %zu = %.3f\n", equal[0], total[0],
              total[0] ? double(equal[0]) / total[0] : 0.0);
  std::printf("  second half (held out):             %zu / %zu = %.3f\n", equal[1], total[1],
              total[1] ? double(equal[1]) / total[1] : 0.0);
  std::printf("Location of the main fact against the annotated governorate (right / country only / none / other):\n");
  for (int h = 0; h < 2; ++h)
    std::printf("  %s %zu / %zu / %zu / %zu of %zu: right %.3f\n", h ? "second half:" : "first half: ",
                verdicts[h][0], verdicts[h][1], verdicts[h][2], verdicts[h][3], placed[h],
                placed[h] ? double(verdicts[h][0]) / placed[h] : 0.0);
  std::printf("Cause of the main fact against the annotated class (right / none or unclassed / other):\n");
  for (int h = 0; h < 2; ++h)
    std::printf("  %s %zu / %zu / %zu of %zu: right %.3f\n", h ? "second half:" : "first half: ", cause_verdicts[h][0],
                cause_verdicts[h][1], cause_verdicts[h][2], caused[h],
                caused[h] ? double(cause_verdicts[h][0]) / caused[h] : 0.0);
  std::printf("Perpetrator of the main fact against the annotated actor (right / none / other):\n");
  for (int h = 0; h < 2; ++h)
    std::printf("  %s %zu / %zu / %zu of %zu: right %.3f\n", h ? "second half:" : "first half: ", actor_verdicts[h][0],
                actor_verdicts[h][1], actor_verdicts[h][2], acted[h],
                acted[h] ? double(actor_verdicts[h][0]) / acted[h] : 0.0);
  return 0;
}
