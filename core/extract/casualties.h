// Stage 3b: casualty facts. Each statement that people were killed, died,
// were executed, wounded, injured, arrested, detained, abducted or went
// missing becomes one fact: the count and its qualifier (extract/numbers.h),
// the outcome, the victims and their class, where, when, who says so, who
// did it and with what, and whether it reports an incident, a cumulative
// toll or history. Breakdowns ("..., among them 21 rebels and three women")
// become parts that point at their whole with `part_of`.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "extract/dates.h"
#include "extract/extraction.h"
#include "segment/repeats.h"
#include "segment/roles.h"
#include "segment/segment.h"

namespace sift {

struct CasualtyInput {
  std::string_view text;
  const Segmentation* segmentation;
  const Roles* roles;
  const std::vector<Repeat>* repeats;
  const std::vector<Entity>* entities;  // sorted by span.begin
  const std::vector<Quote>* quotes;     // quotations with their speakers
  std::optional<CivilDate> anchor;
};

std::vector<Casualty> extract_casualties(const CasualtyInput& in);

}  // namespace sift
