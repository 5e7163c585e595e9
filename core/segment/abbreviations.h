// Word lists the sentence splitter consults. Lower-case, without the period.
#pragma once
#include <string_view>

namespace sift::abbreviations {

// Titles written before a name ("Dr. Smith", "Lt. Col. Ahmed"): a period after
// one never ends a sentence.
bool is_title(std::string_view word);

// Other abbreviations ("Co.", "etc.", "Jan.", "No."): they end a sentence only
// when a capitalised word follows.
bool is_common(std::string_view word);

// Capitalised words that continue a name after "U.S." or "U.N." ("U.S.
// Government", "U.N. Security Council"): after a dotted abbreviation any
// other capitalised word opens a new sentence.
bool continues_abbreviation(std::string_view word);

// Words that usually open a sentence ("The", "How", "He"): after "U.S." or
// "a.m." they tell a boundary from a name ("U.S. Government").
bool is_sentence_starter(std::string_view word);

}  // namespace sift::abbreviations
