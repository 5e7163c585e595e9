// The words casualty facts are made of: outcome words ("killed",
// "wounded"), victim nouns with their class ("civilians", "rebels") and the
// causes named near them ("shelling", "air strike"), and the smaller word
// classes the fact scan asks ("a fourth", "several of them seriously").
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

bool is_aircraft(std::string_view word);               // "helicopter", "warplanes": a side's machines
bool is_aside_opener(std::string_view word);           // "most" of "130 civilians, most of them shepherds,"
bool is_ordinal(std::string_view word);                // "a fourth was wounded": one more
bool is_severity_word(std::string_view word);          // "several of them seriously": how badly, no count
bool is_possessive_determiner(std::string_view word);  // "his", "its", "our": whose a relative or group is
bool is_group_of_counted(std::string_view noun);       // "a family of six", "its crew of four"
bool is_death_compound_head(std::string_view noun);    // "toll", "threats": "death" before it tells of no death
bool opens_relative_clause(std::string_view word);     // "where", "which", "who": a clause about the noun before

}  // namespace sift
