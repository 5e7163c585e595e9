// Gazetteers built from openly licensed npm data (see
// build-scripts/make-gazetteer.js): place names of 1,000+ people, cities of
// 100,000+, human given and family names, and common English words. Places and people are Bloom
// filters (about 1% false positives), so they serve as evidence for the
// entity model, never as the only reason to mark a name.
#pragma once
#include <string_view>

namespace sift::gazetteer {

bool is_place_name(std::string_view name);  // "Homs", "Deir ez-Zor", "Paris"
bool is_big_city(std::string_view name);    // exact: 100,000+ people
bool is_person_name(std::string_view word); // "Kathryn", "Moreau"
bool is_common_word(std::string_view word); // "regime", "afterwards": any case

}  // namespace sift::gazetteer
