// Stage 3 output: what the extractors find in one article. Spans are in the
// normalized text; the report maps them back to the input.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/iso_date.h"
#include "text/span.h"

namespace sift {

enum class EntityType : uint8_t { kPerson, kOrg, kLoc, kDate, kNorp };
const char* to_string(EntityType type);

struct Entity {
  Span span;
  Span title{};                     // the title before a person, outside the span ("President"); empty if none
  EntityType type = EntityType::kPerson;
  bool repeat = false;              // inside a repeated paragraph
  bool boilerplate = false;         // inside page furniture ("Related Topics", a navigation line)
  // The mention whose text names the entity in this article: the full name
  // for "Assad", the expansion for "SNC"; the span itself when it is the name.
  Span canonical{};
  IsoDate value;                    // ISO date for DATE entities, when resolvable
};

struct Casualty {
  Span span;  // the sentence (or clause) stating the fact
  int64_t count_min = 0;
  std::optional<int64_t> count_max;
  // Words from fixed vocabularies are views of static strings (a batch
  // holds tens of thousands of facts); phrases from the text are strings.
  std::string_view qualifier;     // "at least", "more than", ... or empty
  std::string_view vague;         // "dozens", "hundreds", ... or empty
  std::string_view outcome;       // killed, wounded, arrested, missing, ...
  std::string victims;            // the victim phrase as written
  std::string_view victim_class;  // civilian, combatant, unknown
  std::string location, date, source, perpetrator;
  std::string_view cause;              // shelling, air strike, sniper, bomb, ... or empty
  std::string_view scope = "incident";  // incident, cumulative, historical
  int32_t part_of = -1;            // index of the total this is a part of
  bool repeat = false;
};

struct Quote {
  Span span;  // the quoted words, marks included
  std::string speaker;
  Span speaker_span{};  // where the speaker is named: the phrase with the verb, or the earlier mention
  bool repeat = false;
};

struct Extraction {
  std::vector<Entity> entities;
  std::vector<Casualty> casualties;
  std::vector<Quote> quotes;
};

}  // namespace sift
