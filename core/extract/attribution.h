// Who says so: the speaker or source a sentence names with a speech verb
// ("the Observatory said", "said Abu Khaled", "X told Reuters", "according
// to Western media reports"). Shared by quotes and casualty facts.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "segment/segment.h"
#include "segment/tokens.h"

namespace sift {

struct Attribution {
  Span span;          // the noun phrase as written
  std::string name;   // canonical entity name when the phrase holds one, else the phrase
  bool pronoun = false;  // "he", "she", "they": the caller resolves it
  uint32_t verb_token = 0;
};

struct AttributionContext {
  std::string_view text;
  const std::vector<Token>* tokens;
  const std::vector<Entity>* entities;  // sorted by span.begin
  const std::vector<Span>* quoted;      // spans inside quotation marks, skipped
};

// The attribution in tokens [begin, end) whose speech verb is nearest to
// the text offset `near`.
std::optional<Attribution> find_attribution(const AttributionContext& ctx, uint32_t begin, uint32_t end,
                                            uint32_t near);

// "the diplomat said", "the spokesman added": the earlier mention a definite
// description points back to, as a name (the person last given that title:
// "Ahmed al-Mismari") or as written ("A senior Western diplomat"), if any.
std::optional<std::string> resolve_definite_description(const AttributionContext& ctx, Span mention);

// The unnamed person who speaks in the sentence before the one at `at`, in its paragraph ("A doctor at
// one of the city's hospitals ... said"), if any. Shared by quotes and casualty sources.
std::optional<Attribution> described_speaker_before(const AttributionContext& ctx, const Segmentation& seg, uint32_t at);

// What "it" at `pronoun` stands for: the organisation or "the <noun>" ("The
// government", "The Israeli military") that opens its sentence, or the
// sentence before when "it" opens its own. Shared by quotes and casualty sources.
std::optional<Span> body_opening_sentence_before(std::string_view text, const Segmentation& seg,
                                                 const std::vector<Entity>& ents, Span pronoun);

// Nouns for people and bodies who report: "activists", "officials", "police".
bool is_reporter_noun(std::string_view word);
// "video", "footage", "photos": what shows, never who tells.
bool is_media_noun(std::string_view word);

// True for a speech verb: said, says, told, reported, claimed, ...
bool is_speech_verb(std::string_view word);

// A noun for a body that speaks as one: "government", "army", "ministry", "council".
bool is_body_noun(std::string_view word);

}  // namespace sift
