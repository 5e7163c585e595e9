// Stage 3a: named entities (PERSON, ORG, LOC, DATE, NORP) with one canonical
// name per entity within the article.
//
// Rules, in order: date expressions; runs of capitalised words (joined over
// name particles, initials and "of"/"for" inside organisation names, split at
// "and" and punctuation); leading titles and trailing possessives trimmed
// off; each run typed by lexicon (countries, nationalities, known
// organisations), by its head word ("Council", "Province"), and by context
// ("spokesman X", "X said", "the town of X", "in X", "X province"); runs the
// rules leave open take the type of a typed run that shares their words.
// Canonical names join short and titled forms to the full name, acronyms to
// their expansion, and "the Observatory" to the organisation it heads.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "extract/dates.h"
#include "extract/entity_model.h"
#include "extract/extraction.h"
#include "segment/paragraph_words.h"
#include "segment/repeats.h"
#include "segment/roles.h"
#include "segment/segment.h"

namespace sift {

struct EntityInput {
  std::string_view text;  // normalized
  const Segmentation* segmentation;
  const Roles* roles;
  const std::vector<Repeat>* repeats;
  std::optional<CivilDate> anchor;  // the article's date, for relative dates
  const ParagraphWords* words = nullptr;  // the article's folded words, when the caller has them
};

std::vector<Entity> extract_entities(const EntityInput& in);

// The capitalised runs the rules find, each with the features the entity
// model types it by: the trainer's view of the stage.
struct EntityCandidate {
  Span span;
  FeatureList features;
  bool rules_sure = false;  // the rules' type stands; the model is not asked
};
std::vector<EntityCandidate> entity_candidates(const EntityInput& in);

// The article's anchor date: its given date, else a complete date in its
// dateline, its first paragraphs or the lines above its story (`roles`).
std::optional<CivilDate> find_anchor_date(std::string_view text, const Segmentation& seg,
                                          const std::optional<std::string>& given, const Roles* roles = nullptr);

}  // namespace sift
