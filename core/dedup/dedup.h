// Stage 4 output: what the batch stages find across articles.
#pragma once
#include <vector>

#include "dedup/entity_index.h"
#include "dedup/incidents.h"
#include "dedup/near_duplicates.h"

namespace sift {

struct Deduplication {
  std::vector<BatchEntity> entities;
  NearDuplicates duplicates;
  std::vector<Incident> incidents;
};

}  // namespace sift
