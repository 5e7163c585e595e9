// The words casualty facts are made of: outcome words ("killed",
// "wounded"), victim nouns with their class ("civilians", "rebels") and the
// causes named near them ("shelling", "air strike").
#pragma once
#include <string_view>

namespace sift {

struct Trigger {
  std::string_view word;
  const char* outcome;  // "killed", "wounded", "executed", "arrested", ...
};

struct VictimNoun {
  std::string_view word;
  const char* victim_class;  // "civilian", "combatant" or "unknown"
};

const Trigger* trigger_of(std::string_view word);
const VictimNoun* victim_of(std::string_view word);

// The cause named by one word or by two ("air strike", "car bomb"); null if none.
const char* cause_of(std::string_view one, std::string_view two_words);

// A word naming a death without violence ("storm", "earthquake", "accident").
bool is_nonviolent_cause(std::string_view word);

}  // namespace sift
