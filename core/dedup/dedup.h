// Stage 4 output: near-duplicate articles and incidents across the batch.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "dedup/entity_index.h"

namespace sift {

struct DuplicatePair {
  uint32_t a, b;  // article indexes, a < b
  double similarity;
  double containment;
};

struct IncidentMention {
  uint32_t article;
  uint32_t casualty;
};

struct Incident {
  std::string outcome, location, date;
  int64_t count_min = 0, count_max = 0;
  std::vector<IncidentMention> mentions;
};

struct Deduplication {
  std::vector<BatchEntity> entities;
  std::vector<DuplicatePair> duplicates;
  std::vector<Incident> incidents;
};

}  // namespace sift
