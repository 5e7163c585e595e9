// Batch stage: casualty facts that report the same event, across articles
// and within one, merged into incidents with every report kept as evidence.
//
// Two facts join when their outcome is the same, their victim classes agree
// (or one is unknown), their places are the same or one contains the other
// (containment is learned from the batch's own text: "Baba Amro in Homs",
// "the Homs neighbourhood of Baba Amro", "Homs, Syria"), their resolved dates
// are within a day, and their counts are compatible (ranges overlap or the
// lower figures differ by at most half). Facts without resolved dates join
// when they come from the same article or name the same day ("Tuesday");
// otherwise a fact without a resolved date or place joins only on strong
// evidence: the same source and the same count.
// Only incident-scope facts that are not repeats become incidents; parts
// ("among them 21 rebels") attach to their whole's incident, so totals never
// count a report twice.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates.h"
#include "extract/extraction.h"

namespace sift {

struct IncidentMention {
  uint32_t article;
  uint32_t casualty;  // index in that article's casualties
};

struct Incident {
  std::string outcome, victim_class, location, date;
  int64_t count_min = 0;     // the lowest reported lower bound
  int64_t count_max = 0;     // the highest reported figure
  int64_t conservative = 0;  // the lowest credible figure (ACLED's rule)
  bool conflict = false;     // reports disagree on the count
  std::vector<std::string> sources;
  std::vector<IncidentMention> mentions;  // the reports of the whole
  std::vector<IncidentMention> parts;     // their breakdowns
};

struct ArticleFacts {
  std::string_view text;                 // normalized
  const std::vector<Casualty>* casualties;
  const std::vector<Entity>* entities;   // sorted by span.begin
  std::optional<CivilDate> published;    // the article's date, given or found in its lead
};

std::vector<Incident> merge_incidents(const std::vector<ArticleFacts>& articles);

}  // namespace sift
