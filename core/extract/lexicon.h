// Word lists the entity and casualty extractors consult. They were written
// for Sift (no list is copied from another project) and are small on
// purpose: context rules carry most of the weight, lists settle the common
// cases (countries, nationalities, titles, organisation and place words).
#pragma once
#include <string_view>

namespace sift::lexicon {

// All lookups are case-insensitive on ASCII.
bool is_country_or_region(std::string_view phrase);  // "Syria", "Lebanon", "Middle East"
bool is_major_place(std::string_view phrase);       // cities and districts often in the news
bool is_nationality(std::string_view word);         // "Syrian", "Alawite", "Sunni", "Western"
bool is_known_org(std::string_view phrase);         // "Hezbollah", "Reuters", "Nato", "UN"
bool is_location_acronym(std::string_view word);    // "US", "UK", "UAE"
bool is_country_level(std::string_view place);      // either of the two above: no town's place
bool is_country_without_apostrophe(std::string_view word);  // "Syrias": a possessive a scrape lost
std::string_view capital_of(std::string_view country_or_adjective);  // "Libya's", "Somali" -> "Tripoli", "Mogadishu"
bool is_capital_city(std::string_view city);                         // "Baghdad", "Tripoli"
std::string_view country_of_adjective(std::string_view adjective);   // "Syrian" -> "Syria", via the capitals table
bool is_org_head(std::string_view word);            // "Council", "Brigade", "Observatory"
bool is_place_head(std::string_view word);          // "Province", "Mountains", "Square"
bool is_newspaper_head(std::string_view word);     // "Star", "Mail": ends a paper's name, alone no name
bool is_outlet_word(std::string_view word);        // "Online", "Times", "Info": a word news outlets name themselves with
bool is_weapon_name(std::string_view name);        // "Black Hawk", "Shahed", "Iskander": a weapon's, no entity's
bool is_local_person(std::string_view word);       // "villager", "residents": one of the people of a place
bool is_office_initials(std::string_view word);     // "DG", "IG": an office's title by its initials ("the DG ISPR")
bool is_place_prefix(std::string_view word);        // first word of a place: "Kafr", "Tal", "Deir"
bool is_org_prefix(std::string_view word);          // first word of an armed group: "Jaish", "Jabhat", "Liwa"
bool is_place_noun(std::string_view word);          // lower-case: "town", "province", "village"
bool is_nearness_word(std::string_view word);       // "nearby", "neighbouring": "in nearby Inchinane"
bool is_settlement_noun(std::string_view word);     // lower-case and names only places: "town", "district"
bool is_person_title(std::string_view word);        // "President", "Dr", "spokesman", "Gen"
bool is_title_modifier(std::string_view word);      // "Press" Secretary, "Petty" Officer, "Senior" Chief
bool is_portfolio_word(std::string_view word);      // Minister of "Foreign Affairs", Secretary of "Homeland Security"
bool is_given_name(std::string_view word);          // "Ahmed", "Sergei", "William"
bool is_known_person(std::string_view word);        // "Assad", "Putin": surnames used alone
bool is_article_prefix(std::string_view word);     // "ez" of "ez-Zor", "at" of "at-Tanf"
bool is_name_particle(std::string_view word);       // "al", "bin", "abu", "de", "van"
bool is_common_capitalised(std::string_view word);  // sentence starters that are no names
bool is_non_name(std::string_view word);            // "Arabic", "Islam", "God": no entity of Sift's types
bool is_non_name_head(std::string_view word);       // "War", "Summit": ends an event's name
bool is_byline_role_head(std::string_view word);    // "Reporter" of "Staff Reporter": no one's name
bool is_preposition(std::string_view word);         // "in", "on", "of", "against"
bool is_place_preposition(std::string_view word);  // "in", "near", "outside": before a place
bool is_compass_direction(std::string_view word);  // "north", "south-west": a bearing ("north of El Obeid")
bool is_bearing_adjective(std::string_view word);  // "northern", "south-eastern": a bearing before a place
bool is_be_form(std::string_view word);             // "is", "was", "been": a passive's auxiliary
bool is_attack_noun(std::string_view word);         // "attack", "offensive", "air strikes", "shelling", "blast"
bool is_month(std::string_view word, int* month = nullptr);    // "March", "Feb", "Sept."
bool is_weekday(std::string_view word, int* weekday = nullptr); // 0 = Sunday
bool is_weekday_possessive(std::string_view word);  // "Monday's", or "Mondays" with its apostrophe lost

}  // namespace sift::lexicon
