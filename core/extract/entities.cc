#include "extract/entities.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/attribution.h"
#include "extract/dates.h"
#include "extract/entity_model.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/numbers.h"
#include "segment/abbreviations.h"
#include "segment/tokens.h"
#include "text/chars.h"
#include "text/fold.h"
#include "text/word_set.h"

namespace sift {
namespace {

using utf8::LetterCase;

// What the rules could say of a run of capitalised words.
enum class Evidence : uint8_t { kNone, kWeak, kStrong };

struct Candidate {
  Span span;
  EntityType type = EntityType::kPerson;
  Evidence evidence = Evidence::kNone;
  bool titled = false;        // a person title stood before it
  Span title{};               // that title, when it opened the run ("President", "Foreign Minister")
  bool in_heading = false;    // from a title-case heading: keep only if confirmed
  bool repeat = false;
  uint32_t words = 0;
  uint32_t first = 0, last = 0;  // its tokens [first, last)
  uint32_t sentence = 0;
  bool lexicon_typed = false;  // a lexicon named it
  bool model_typed = false;    // the model, not the rules, chose its type
  bool bearing_dropped = false;  // a region the article named with a bearing ("Kordofan" after "North Kordofan")
  bool kunya = false;  // a person only because "Abu" or "Umm" opens it, which open place names too ("Abu Shouk")
};

using chars::iequals;
using chars::is_all_caps;
using chars::strip_possessive;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

// "al-Assad", "el-Sisi", "bin-Laden": a lower-case particle glued to a name.
bool is_particle_prefixed(std::string_view w) {
  // Particles are at most five letters ("della"): look for the hyphen there only.
  constexpr size_t kLongestParticle = 5;
  const size_t hyphen = w.substr(0, kLongestParticle + 1).find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= w.size()) return false;
  const std::string_view prefix = w.substr(0, hyphen);
  const size_t name_at = w[hyphen + 1] == '\'' ? hyphen + 2 : hyphen + 1;  // "al-'Ain": an ayn first
  return name_at < w.size() && (lexicon::is_name_particle(prefix) || lexicon::is_article_prefix(prefix)) &&
         chars::case_at(w, name_at) == LetterCase::kUpper;
}

// "Journalists", "Activists": a plural role, which titles nobody in
// particular but heads the names listed after it.
bool is_plural_role(std::string_view w) {
  return w.size() > 3 && w.back() == 's' && chars::case_at(w, 0) == LetterCase::kUpper &&
         lexicon::is_person_title(w.substr(0, w.size() - 1));
}

// "d'Information", "l'Homme": a French article elided onto a capitalised word, inside a name ("Agence
// d'Information du Burkina", "Côte d'Ivoire").
static bool is_elided_article_prefixed(std::string_view w) {
  return w.size() > 2 && (w[0] == 'd' || w[0] == 'l') && w[1] == '\'' && chars::case_at(w, 2) == LetterCase::kUpper;
}

bool is_capitalised(std::string_view w) {
  if (w.empty()) return false;
  return chars::case_at(w, 0) == LetterCase::kUpper || is_particle_prefixed(w) || is_elided_article_prefixed(w);
}

// "al" or "el" written apart before a name: "al Bab", "el Arish".
bool is_detached_article(std::string_view w) { return w == "al" || w == "el"; }

// "London-based", "Nato-backed": the name before the hyphen is an entity.
constexpr std::string_view kCompoundSuffixes[] = {"-based", "-backed", "-led", "-held", "-controlled",
                                                  "-born", "-funded", "-supported", "-run", "-bound",
                                                  "-allied", "-affiliated", "-linked", "-brokered",
                                                  "-populated", "-majority", "-dominated", "-inhabited",
                                                  "-speaking", "-aligned", "-sponsored", "-armed", "-occupied",
                                                  "-friendly", "-owned", "-trained", "-flagged", "-registered",
                                                  "-installed", "-appointed", "-annexed", "-made", "-built",
                                                  "-type", "-style",
                                                  "-supplied", "-imposed", "-recognised", "-recognized", "-mandated",
                                                  "-administered", "-governed", "-ruled", "-administrated"};

// "Barbados-flagged", "Panama-registered": a ship's country.
bool is_flag_compound(std::string_view w) { return ends_with(w, "-flagged") || ends_with(w, "-registered"); }

// "pro-Assad", "Anti-Houthi": the bytes of an allegiance prefix before a
// capitalised name, or 0.
size_t allegiance_prefix(std::string_view w) {
  for (std::string_view prefix : {"pro-", "anti-"})
    if (w.size() > prefix.size() + 1 && iequals(w.substr(0, prefix.size()), prefix) &&
        chars::is_ascii_upper(w[prefix.size()]))
      return prefix.size();
  return 0;
}

size_t compound_suffix(std::string_view w) {
  const size_t hyphen = w.rfind('-');
  if (hyphen == std::string_view::npos || hyphen < 2) return 0;  // most words: one scan, no list
  const std::string_view tail = w.substr(hyphen);
  for (auto s : kCompoundSuffixes)
    if (iequals(tail, s)) return s.size();
  return 0;
}

// Word lists the rules below ask of one word each (SIFT_WORD_LOOKUP builds
// each table on first use).
// Roles a person is described by, beside the titles: "Mulu Atsbaha, a health worker".
constexpr std::string_view kRoleNouns[] = {"worker", "teacher", "farmer", "vendor", "student", "mother", "father",
                                           "survivor", "volunteer", "driver", "shopkeeper", "trader", "engineer",
                                           "medic", "paramedic", "rescuer", "nurse", "pharmacist", "midwife",
                                           "fisherman", "teenager", "member"};
// Lower-case words that may follow a name but not a counted noun's number: "Unit 8200 was".
constexpr std::string_view kAfterName[] = {"and", "or", "which", "who", "that", "has", "had", "have",
                                           "said", "says", "claimed", "denied", "also"};
// Kinds of body an acronym may follow: "the UN mission MONUSCO".
constexpr std::string_view kBodyKinds[] = {"mission",   "agency",     "party",     "alliance", "coalition", "charity",
                                           "authority", "commission", "directorate", "watchdog", "service"};
// Sites named before their kind: "the al-Amal hospital".
constexpr std::string_view kSiteNouns[] = {"hospital", "mosque", "church", "market", "clinic", "stadium", "prison",
                                           "airport", "bakery", "synagogue", "shrine", "bridge", "checkpoint",
                                           "roundabout", "camp", "junction", "intersection", "crossroads",
                                           "restaurant", "hotel", "cafe", "beach", "convent", "monastery", "cathedral",
                                           "temple", "palace",
                                           // ("the Um Dabakir power station", "the Tishreen dam")
                                           "station", "dam", "refinery", "port"};
// Words telling what kind of place the noun after them is: "displacement camp", "border town".
constexpr std::string_view kPlaceKinds[] = {"refugee", "displacement", "border", "frontline", "front-line", "market",
                                            "coastal", "mountain", "desert", "farming", "fishing", "gas", "oil",
                                            "detention"};
// Heads a unit's number may follow or precede: "Front 33", "the 444 Brigade".
constexpr std::string_view kNumberedUnitHeads[] = {"Front", "Brigade", "Battalion", "Division", "Regiment",
                                                   "Unit", "Corps", "Squadron", "Army", "Group"};
// Plural nouns for groups after a list of names: "the Santa Rosa de Lima and Jalisco New Generation cartels".
constexpr std::string_view kPluralGroupNouns[] = {"cartels", "gangs", "militias", "groups", "factions", "movements",
                                                  "networks", "organisations", "organizations", "parties"};

SIFT_WORD_LOOKUP(is_role_noun, kRoleNouns)
SIFT_WORD_LOOKUP(may_follow_name, kAfterName)
SIFT_WORD_LOOKUP(is_body_kind_noun, kBodyKinds)
SIFT_WORD_LOOKUP(is_site_noun, kSiteNouns)
SIFT_WORD_LOOKUP(is_place_kind_word, kPlaceKinds)
SIFT_WORD_LOOKUP(is_numbered_unit_head, kNumberedUnitHeads)
SIFT_WORD_LOOKUP(is_plural_group_noun, kPluralGroupNouns)

// Lower-case nouns for a news outlet, after which its name comes.
bool is_outlet_noun(std::string_view w) {
  static constexpr std::string_view kOutlets[] = {"agency", "broadcaster", "newspaper", "daily", "channel",
                                                  "network", "website", "outlet", "weekly", "tabloid"};
  static const WordSet set(kOutlets);
  return !w.empty() && chars::is_ascii_lower(w[0]) && set.contains(w);
}

// Verbs of war whose object is a place: "shelled Qardaha", "captured Manbij".
bool is_verb_on_place(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"shelled", "captured", "recaptured", "seized", "stormed",
                                                "besieged", "overran", "liberated", "entered", "retook",
                                                "encircled", "bombarded", "shelling", "capturing", "recapturing",
                                                "seizing", "storming", "entering", "retaking", "encircling",
                                                "pounded", "pounding", "bombed", "raided", "bombarding", "besieging",
                                                "attacked", "attacking", "retaken", "fled", "fleeing",
                                                // ("Russian forces struck Huliaipole in Zaporizhzhia Oblast")
                                                "struck", "striking"};
  static const WordSet set(kVerbs);
  return !w.empty() && chars::is_ascii_lower(w[0]) && set.contains(w);
}

class EntityExtractor {
 public:
  explicit EntityExtractor(const EntityInput& in)
      : in_(in), text_(in.text), seg_(*in.segmentation), tokens_(seg_.tokens) {}

  std::vector<Entity> run() {
    std::vector<Entity> out;
    find_candidates(out);
    if (!lower_case_words_ready_) collect_lower_case_words();
    // Names the rules are sure of somewhere in the article: the model may not
    // drop another mention of one ("... in Yemen's Hodeidah: residents" over
    // "the port city of Hodeidah").
    std::unordered_map<uint64_t, EntityType> sure_names;
    for (const Candidate& c : candidates_)
      if (c.evidence == Evidence::kStrong && !c.in_heading) sure_names.emplace(name_key(c.span.of(text_)), c.type);
    // (So may it drop a person's given name: "Maria Hernández ... 'Maria, Yohannes and Tedros were'".)
    for (const Candidate& c : candidates_)
      if (c.evidence == Evidence::kStrong && !c.in_heading && c.type == EntityType::kPerson && c.words >= 2 &&
          lexicon::is_given_name(tok(c.first)) && !c.kunya)
        sure_names.emplace(name_key(tok(c.first)), EntityType::kPerson);
    FeatureList features;
    for (Candidate& c : candidates_) {
      if (!model_may_type(c)) continue;
      describe(c, features);
      const ModelScores scores = score_entity(features);
      if (scores != ModelScores{}) {  // an empty model leaves the rules
        apply_model(c, scores);
        c.model_typed = true;
        if (c.evidence == Evidence::kNone)
          if (const auto sure = sure_names.find(name_key(c.span.of(text_))); sure != sure_names.end()) {
            c.type = sure->second;
            c.evidence = Evidence::kWeak;
          }
      }
    }
    keep_acronyms_named_elsewhere();
    type_brand_names();
    type_businesses_before_kind();
    keep_bases_the_model_dropped();
    keep_short_forms_of_places();
    type_homes_of_residents();
    type_member_republics();
    type_names_after_body_kinds();
    join_given_names_read_as_places();
    type_states_before_offices();
    trim_holidays_ending_names();
    trim_described_hyphen_endings();
    join_field_lists();
    drop_what_names_nothing();
    agree_within_lists();
    agree_within_place_lists();
    agree_on_types();
    for (const Candidate& c : candidates_) {
      if (c.evidence == Evidence::kNone) continue;
      Entity& e = out.emplace_back();
      e.span = c.span;
      e.type = c.type;
      e.repeat = c.repeat;
      e.boilerplate = in_.roles->paragraphs[seg_.sentences[c.sentence].paragraph].kind == ParagraphKind::kBoilerplate;
      if (c.type == EntityType::kPerson) e.title = c.title;
    }
    std::sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) {
      return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
    });
    assign_canonical_names(out);
    return out;
  }

  // "Congo: ADF rebels kill eight" where the body writes "ADF rebels have killed": an acronym in
  // capitals the model dropped in one place is the name it keeps in another.
  void keep_acronyms_named_elsewhere() {
    constexpr size_t kShortestAcronym = 3;
    const auto acronym = [&](const Candidate& c) {
      const std::string_view name = c.span.of(text_);
      return c.words == 1 && name.size() >= kShortestAcronym && is_all_caps(name);
    };
    std::unordered_map<uint64_t, EntityType> kept;
    for (const Candidate& c : candidates_)
      if (c.evidence != Evidence::kNone && acronym(c)) kept.emplace(name_key(c.span.of(text_)), c.type);
    if (kept.empty()) return;
    for (Candidate& c : candidates_) {
      if (c.evidence != Evidence::kNone || !acronym(c)) continue;
      if (const auto it = kept.find(name_key(c.span.of(text_))); it != kept.end()) {
        c.type = it->second;
        c.evidence = Evidence::kWeak;
      }
    }
  }

  // ("Darfur24", "Tamazuj24": a word run into a number is a brand, an outlet's name, whatever the model
  // decided. Asked after the model, so the rules it learns beside stay as they were.)
  void type_brand_names() {
    for (Candidate& c : candidates_)
      if (c.evidence == Evidence::kNone && c.words == 1 && names_brand_number(c.span.of(text_))) {
        c.type = EntityType::kOrg;
        c.evidence = Evidence::kWeak;
      }
  }

  // ("the Epicentr hardware store", "the Carrefour supermarket": a business named after "the" and before its
  // kind, a describing word may come between, is an organisation. Asked after the model, as brands are.)
  // ("the Marco Fidel Suarez military aviation school": so is a school, two describing words between.)
  void type_businesses_before_kind() {
    constexpr uint32_t kLongestName = 3, kDescribingWords = 2;
    for (Candidate& c : candidates_) {
      if (c.evidence == Evidence::kStrong || c.last - c.first > kLongestName) continue;
      const Sentence& sent = seg_.sentences[c.sentence];
      if (c.first <= sent.token_begin || !iequals(tok(c.first - 1), "the") || c.last >= sent.token_end) continue;
      uint32_t k = c.last;
      while (k < sent.token_end && k < c.last + kDescribingWords && !is_business_noun(tok(k)) &&
             tokens_[k].kind == TokenKind::kWord && chars::is_ascii_lower(tok(k)[0]))
        ++k;
      const bool kind_next =
          k < sent.token_end && is_business_noun(tok(k)) && (k <= c.last + 1 || is_school_noun(tok(k)));
      const std::string_view name = c.span.of(text_);
      if (!kind_next || lexicon::is_country_or_region(name) || lexicon::is_major_place(name) ||
          gazetteer::is_big_city(name) || gazetteer::is_place_name(name))
        continue;
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kWeak;
    }
  }

  // ("the Ohio-based group", "a Tbilisi-based monitor": what something is based in is a place, though the model,
  // which reads the name alone, drops an unknown one. Asked after the model, as brands are.)
  void keep_bases_the_model_dropped() {
    constexpr std::string_view kBased = "-based";
    constexpr uint32_t kLongestPlace = 3;  // "Rio de Janeiro-based"
    for (Candidate& c : candidates_) {
      if (c.evidence != Evidence::kNone || c.in_heading || c.last - c.first > kLongestPlace) continue;
      // (The candidate is the name before the suffix: its span stops short of the token's end by "-based".)
      if (!ends_with(tok(c.last - 1), kBased) || c.span.end + kBased.size() != tokens_[c.last - 1].span.end) continue;
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kWeak;
    }
  }

  // ("Moadamiyeh al-Sham ... Moadamiyeh has been under siege": a town named with its Arabic article's second part
  // keeps its first word alone where the model dropped it. Asked after the model, as brands are. Not "Deir",
  // "Kafr", "Ras": words of four letters or fewer open many places' names.)
  void keep_short_forms_of_places() {
    constexpr size_t kShortestForm = 5;
    std::unordered_set<uint64_t> forms;
    for (const Candidate& c : candidates_)
      if (c.evidence != Evidence::kNone && c.type == EntityType::kLoc && c.words == 2 && c.last - c.first == 2 &&
          tok(c.first).size() >= kShortestForm && opens_with_article_prefix(tok(c.first + 1)))
        forms.insert(name_key(tok(c.first)));
    if (forms.empty()) return;
    for (Candidate& c : candidates_) {
      if (c.evidence != Evidence::kNone || c.words != 1 || c.in_heading) continue;
      if (!forms.count(name_key(c.span.of(text_)))) continue;
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kWeak;
    }
  }

  // Weapons are no entities; dropped after the model, as brands are typed, so the trainer's runs stay.
  // ("The Police Public Relations Officer in the state, DSP Abubakar Sadiq Aliyu": nor is a post, whose holder
  // is named apart.)
  // ("a crowd celebrating New Year's": nor a holiday's name the date finder did not take, no place or person.)
  // ("Serbia school shooting: Boy, 13, kills eight": nor a word for a person a headline capitalises.)
  void drop_what_names_nothing() {
    for (Candidate& c : candidates_) {
      if (c.evidence == Evidence::kNone) continue;
      const std::string_view name = c.span.of(text_), last = tok(c.last - 1);
      const Sentence& sent = seg_.sentences[c.sentence];
      const bool opens = c.first == sent.token_begin || tok(c.first - 1) == ":";
      const bool person_word = c.words == 1 && opens && is_kin_word(name);
      // ("protests by Gen Z": a letter alone names no one.)
      const bool letter_alone = c.type == EntityType::kPerson && name.size() == 1;
      // ("Sunni Islamist militants": an ideology's adjective before its followers names no body.)
      const bool ideology = c.words == 1 && (name == "Islamist" || name == "Jihadist" || name == "Salafist") &&
                            c.last < sent.token_end && chars::is_ascii_lower(tok(c.last)[0]);
      if (lexicon::is_weapon_name(name) || last == "Officer" || last == "Officers" || is_holiday_name(name) ||
          person_word || letter_alone || ideology)
        c.evidence = Evidence::kNone;
    }
  }

  // ("a resident of Ban Phue in Surin province": where a resident lives is a place, though its first word reads as
  // a given name ("Ban"). Asked after the model, as brands are.)
  void type_homes_of_residents() {
    constexpr uint32_t kLongestPlace = 3;
    for (Candidate& c : candidates_) {
      if (c.evidence == Evidence::kNone || c.type != EntityType::kPerson || c.in_heading ||
          c.last - c.first > kLongestPlace)
        continue;
      const Sentence& sent = seg_.sentences[c.sentence];
      if (c.first < sent.token_begin + 2 || !iequals(tok(c.first - 1), "of")) continue;
      if (lexicon::is_local_person(tok(c.first - 2))) c.type = EntityType::kLoc;
    }
  }

  // ("the Russian republic of Dagestan": a federation's member republic is a place, though the model, which reads
  // an unknown name alone, may drop or misread it. Asked after the model, as brands are.)
  void type_member_republics() {
    constexpr uint32_t kLongestPlace = 3;
    for (Candidate& c : candidates_) {
      if (c.in_heading || c.last - c.first > kLongestPlace) continue;
      const Sentence& sent = seg_.sentences[c.sentence];
      if (c.first < sent.token_begin + 2 || !iequals(tok(c.first - 1), "of")) continue;
      const std::string_view noun = tok(c.first - 2);
      if (noun != "republic" && noun != "republics") continue;
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;  // as sure as "the town of": it outvotes the model's reads elsewhere
    }
  }

  // ("the US-based charity World Central Kitchen", "the ambulance service Magen David Adom": a name of several
  // words right after the kind of body it is names that body, whatever the model read in its words ("Kitchen").
  // Asked after the model, as brands are; sure, so it outvotes the model's reads elsewhere.)
  void type_names_after_body_kinds() {
    constexpr uint32_t kLongestName = 4;
    for (Candidate& c : candidates_) {
      if (c.in_heading || c.words < 2 || c.last - c.first > kLongestName) continue;
      const Sentence& sent = seg_.sentences[c.sentence];
      if (c.first <= sent.token_begin) continue;
      const std::string_view before = tok(c.first - 1);
      if (before.empty() || !chars::is_ascii_lower(before[0]) || !is_body_kind_noun(before)) continue;
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
    }
  }

  // ('said Sudan Gurung, one of the organisers', '"It is over," said Jordan Smith': a given name that is also a
  // place's, read as the place, then a surname read as a person alone. Asked after the model; only where a speech
  // verb or a comma stands at the pair, not after a preposition ("in Sudan").
  void join_given_names_read_as_places() {
    for (size_t i = 0; i + 1 < candidates_.size(); ++i) {
      Candidate& place = candidates_[i];
      Candidate& person = candidates_[i + 1];
      if (place.evidence == Evidence::kNone || person.evidence == Evidence::kNone || place.type != EntityType::kLoc ||
          person.type != EntityType::kPerson || place.words != 1 || person.words != 1 || place.in_heading ||
          person.first != place.last || place.sentence != person.sentence || person.titled ||
          place.span.end + 1 != person.span.begin)
        continue;
      const Sentence& sent = seg_.sentences[place.sentence];
      const bool spoken_before = place.first > sent.token_begin && is_speech_verb(tok(place.first - 1));
      const bool spoken_after = person.last < sent.token_end &&
                                (is_speech_verb(tok(person.last)) || tok(person.last) == ",");
      const bool opens =
          place.first == sent.token_begin || (place.first > sent.token_begin && tok(place.first - 1) == ",");
      if (!spoken_before && !(opens && spoken_after)) continue;
      place.span.end = person.span.end;
      place.last = person.last;
      place.words = 2;
      place.type = EntityType::kPerson;
      person.evidence = Evidence::kNone;
    }
  }

  // ("Saxony-Anhalt state premier Reiner Haseloff", "Kenscoff Mayor Massillon Jean": a one-word name right before
  // an office held over it, "state" between or not, then the holder's name, names the place, whatever the model
  // read in it. Asked after the model.)
  void type_states_before_offices() {
    for (size_t i = 0; i < candidates_.size(); ++i) {
      Candidate& c = candidates_[i];
      if (c.evidence == Evidence::kNone || c.type != EntityType::kPerson || c.in_heading || c.titled) continue;
      const Sentence& sent = seg_.sentences[c.sentence];
      if (c.last + 1 >= sent.token_end) continue;
      if (tok(c.last) == "state") {
        const std::string_view office = tok(c.last + 1);
        if (lexicon::is_person_title(office) && chars::is_ascii_lower(office[0])) c.type = EntityType::kLoc;
        continue;
      }
      const Candidate* holder = i + 1 < candidates_.size() ? &candidates_[i + 1] : nullptr;
      if (c.words == 1 && is_place_office(tok(c.last)) && holder && holder->first == c.last + 1 &&
          holder->type == EntityType::kPerson && holder->evidence != Evidence::kNone &&
          !lexicon::is_given_name(tok(c.first)))
        c.type = EntityType::kLoc;
    }
  }

  // Capitalised offices held over a place: "Kenscoff Mayor", "Kaduna Governor".
  static bool is_place_office(std::string_view w) { return w == "Mayor" || w == "Governor"; }

  // ("a Taylor Swift-themed dance class": a person's name ends before a hyphen that joins a describing word. The
  // run builder strips the compound suffixes it knows ("-led", "-style") before the model; these few are stripped
  // after it, since adding them there changes the trainer's candidates and so the model.)
  void trim_described_hyphen_endings() {
    static constexpr std::string_view kDescribing[] = {"themed", "inspired", "era"};
    static const WordSet describing(kDescribing);
    for (Candidate& c : candidates_) {
      if (c.evidence == Evidence::kNone || c.type != EntityType::kPerson || c.words < 2) continue;
      const std::string_view last = tok(c.last - 1);
      const size_t hyphen = last.rfind('-');
      if (hyphen == std::string_view::npos || hyphen == 0 || !describing.contains(last.substr(hyphen + 1))) continue;
      c.span.end = tokens_[c.last - 1].span.begin + static_cast<uint32_t>(hyphen);
    }
  }

  // ("Car driven into Magdeburg Christmas market": a holiday ending a name is the market's kind, not the name's.)
  void trim_holidays_ending_names() {
    for (Candidate& c : candidates_) {
      if (c.evidence == Evidence::kNone || c.words < 2 || c.last - c.first != c.words ||
          c.type == EntityType::kPerson || !is_holiday_name(tok(c.last - 1)))
        continue;
      --c.last;
      --c.words;
      c.span.end = tokens_[c.last - 1].span.end;
    }
  }

  // A body's name whose fields run on in a list takes the list in; the fields' own candidates go.
  void join_field_lists() {
    for (size_t n = 0; n < candidates_.size(); ++n) {
      Candidate& c = candidates_[n];
      const Sentence& sent = seg_.sentences[c.sentence];
      if (c.evidence == Evidence::kNone || c.type != EntityType::kOrg || c.in_heading || c.last >= sent.token_end ||
          tok(c.last) != "," || c.span.end != tokens_[c.last - 1].span.end)
        continue;
      const uint32_t end = field_list_end(c.first, c.last - 1, c.last, sent.token_end);
      if (!end) continue;
      // (Candidates come in the order of their tokens: the fields are the few right after it.)
      for (size_t k = n + 1; k < candidates_.size() && candidates_[k].sentence == c.sentence &&
                             candidates_[k].first < end;
           ++k)
        if (candidates_[k].first >= c.last) candidates_[k].evidence = Evidence::kNone;
      c.span.end = tokens_[end - 1].span.end;
      c.words += end - c.last;
      c.last = end;
    }
  }

  // The candidates with their features, before the model decides: what the trainer learns from.
  std::vector<EntityCandidate> candidates_for_training() {
    std::vector<Entity> dates;
    find_candidates(dates);
    if (!lower_case_words_ready_) collect_lower_case_words();
    std::vector<EntityCandidate> out;
    for (Candidate& c : candidates_) {
      EntityCandidate ec;
      ec.span = c.span;
      ec.rules_sure = c.evidence == Evidence::kStrong;
      describe(c, ec.features);
      out.push_back(ec);
    }
    return out;
  }

 private:
  // Three or more lower-case words of four letters or more, as a headline has ("shot", "down", "drone"): no
  // menu or label of capitalised items.
  bool reads_as_prose(const Sentence& sent) const {
    constexpr uint32_t kProseWords = 3, kShortest = 4;
    uint32_t lower = 0;
    for (uint32_t k = sent.token_begin; k < sent.token_end && lower < kProseWords; ++k)
      lower += tokens_[k].kind == TokenKind::kWord && tok(k).size() >= kShortest && chars::is_ascii_lower(tok(k)[0]);
    return lower >= kProseWords;
  }

  // ("a car into crowds at a Christmas market": a holiday naming the kind of market, no date; the word is then a
  // candidate, and holidays are dropped after the model.)
  bool holiday_names_a_market(const DateMention& d, const Sentence& sent) const {
    if (d.value || d.token_end >= sent.token_end || !is_holiday_name(tok(d.token_begin))) return false;
    const std::string_view next = tok(d.token_end);
    return next == "market" || next == "markets";
  }

  // Dates into `dates`; capitalised runs into candidates_, typed by the rules.
  void find_candidates(std::vector<Entity>& out) {
    std::vector<DateMention> dates;
    for (uint32_t s = 0; s < seg_.sentences.size(); ++s) {
      const Sentence& sent = seg_.sentences[s];
      // Page furniture is scanned too: its names are marked, not dropped.
      const auto kind = in_.roles->paragraphs[sent.paragraph].kind;
      const bool boilerplate = kind == ParagraphKind::kBoilerplate;
      const bool repeat = (*in_.repeats)[sent.paragraph].duplicate_of >= 0;
      used_.assign(sent.token_end - sent.token_begin, false);
      dates.clear();
      find_dates(text_, tokens_, sent.token_begin, sent.token_end, in_.anchor, dates);
      for (const auto& d : dates) {
        if (d.token_end == d.token_begin + 1 && weekday_as_given_name(d.token_begin, sent)) continue;
        if (holiday_names_a_market(d, sent)) continue;
        Entity& e = out.emplace_back();
        e.span = {tokens_[d.token_begin].span.begin, tokens_[d.token_end - 1].span.end};
        // "Monday's suicide bombing": the day, without its possessive.
        e.span.end -= static_cast<uint32_t>(tok(d.token_end - 1).size() - strip_possessive(tok(d.token_end - 1)).size());
        e.type = EntityType::kDate;
        e.canonical = e.span;
        if (d.value) e.value = IsoDate(*d.value);
        e.repeat = repeat;
        e.boilerplate = boilerplate;
        for (uint32_t t = d.token_begin; t < d.token_end; ++t) used_[t - sent.token_begin] = true;
      }
      const bool opens_paragraph = s == 0 || seg_.sentences[s - 1].paragraph != sent.paragraph;
      // A headline in sentence case ("Junta airstrike on Sagaing village kills
      // 100") capitalises only its first word and its names, like any
      // sentence: only a title-case one keeps its names tentative.
      const bool heading = ((kind == ParagraphKind::kTitle || kind == ParagraphKind::kHeading) &&
                            !writes_in_sentence_case(sent)) ||
                           (opens_paragraph && is_title_case(sent));
      sentence_ = s;
      // (A story's headline listed as a link reads as prose, "Houthis say they shot down US drone over Dhamar":
      // its names are names, where a menu's capitalised items are sections.)
      in_boilerplate_ = boilerplate && !reads_as_prose(sent);
      scan_sentence(sent, heading, repeat);
    }
    resolve_open_candidates();
    collect_article_evidence();
  }

  // A headline run into the text ("Nine Civilians Killed in Regime
  // Airstrikes on Rural Homs Today. Activists said ..."), asked only of a
  // paragraph's first sentence (a split after "U.S." can leave a run of
  // organisation names looking like one): every word but the
  // small ones is capitalised, and at least two capitalised words are words
  // the article also writes in lower case. A caption of names passes the
  // first test, not the second.
  bool is_title_case(const Sentence& sent) {
    constexpr uint32_t kMinCapitalised = 4, kMinCommonWords = 2;
    uint32_t capitalised = 0;
    for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
      if (tokens_[t].kind != TokenKind::kWord) continue;
      const std::string_view w = tok(t);
      if (is_capitalised(w)) { ++capitalised; continue; }
      if (!chars::is_ascii_lower(w[0])) continue;
      if (!is_small_title_word(w)) return false;
    }
    if (capitalised < kMinCapitalised) return false;
    if (!lower_case_words_ready_) collect_lower_case_words();
    uint32_t common = 0;
    for (uint32_t t = sent.token_begin + 1; t < sent.token_end && common < kMinCommonWords; ++t)
      if (tokens_[t].kind == TokenKind::kWord && is_capitalised(tok(t)) && written_in_lower_case(tok(t)))
        ++common;
    return common >= kMinCommonWords;
  }

  // Some word other than a small one is written in lower case: "kills", "village".
  bool writes_in_sentence_case(const Sentence& sent) const {
    for (uint32_t t = sent.token_begin + 1; t < sent.token_end; ++t) {
      if (tokens_[t].kind != TokenKind::kWord) continue;
      const std::string_view w = tok(t);
      if (chars::is_ascii_lower(w[0]) && !is_small_title_word(w)) return true;
    }
    return false;
  }

  // Words title case leaves in lower case.
  static bool is_small_title_word(std::string_view w) {
    return lexicon::is_preposition(w) || lexicon::is_name_particle(w) || w == "and" || w == "or" ||
           w == "but" || w == "the" || w == "a" || w == "an" || w == "as" || w == "vs";
  }

  // The article's words that open with a lower-case letter, as a small
  // open-addressing set of their folded hashes (from the caller's fold when
  // given): asked of a few candidates an article, built once.
  void collect_lower_case_words() {
    lower_case_words_ready_ = true;
    ParagraphWords own;
    const ParagraphWords& words = given_or_folded(in_.words, own, text_, seg_.paragraphs);
    size_t capacity = 64;
    while (capacity < words.hashes.size() * 2) capacity *= 2;
    lower_case_words_.assign(capacity, 0);
    for (size_t i = 0; i < words.hashes.size(); ++i) {
      if (!chars::is_ascii_lower(text_[words.begins[i]])) continue;
      const uint64_t h = words.hashes[i] | 1;  // 0 marks an empty slot
      for (size_t s = h & (capacity - 1);; s = (s + 1) & (capacity - 1)) {
        if (lower_case_words_[s] == h) break;
        if (lower_case_words_[s] == 0) { lower_case_words_[s] = h; break; }
      }
    }
  }

  // Does the article write `w` (any case) starting with a lower-case letter?
  bool written_in_lower_case(std::string_view w) const {
    uint64_t h = 0;
    bool first = true;
    for_each_folded_word(w, [&](uint64_t word) {
      if (first) h = word | 1;
      first = false;
    });
    if (first || lower_case_words_.empty()) return false;
    const size_t mask = lower_case_words_.size() - 1;
    for (size_t s = h & mask; lower_case_words_[s] != 0; s = (s + 1) & mask)
      if (lower_case_words_[s] == h) return true;
    return false;
  }

  // ---- the trained model ----------------------------------------------

  // What the article says elsewhere of a candidate's last word: titled,
  // strongly typed, after a place preposition. Names recur; one clear
  // mention types the rest.
  enum ArticleEvidence : uint8_t {
    kTitled = 1, kStrongPerson = 2, kStrongOrg = 4, kStrongLoc = 8, kPlaceBefore = 16, kSpeaker = 32
  };

  uint64_t last_word_key(const Candidate& c) const {
    const std::string_view name = c.span.of(text_);
    const size_t space = name.rfind(' ');
    return folded_hash(space == std::string_view::npos ? name : name.substr(space + 1));
  }

  void collect_article_evidence() {
    article_evidence_.clear();
    for (const Candidate& c : candidates_) {
      uint8_t bits = 0;
      if (c.titled) bits |= kTitled;
      if (c.evidence == Evidence::kStrong) {
        if (c.type == EntityType::kPerson) bits |= kStrongPerson;
        if (c.type == EntityType::kOrg) bits |= kStrongOrg;
        if (c.type == EntityType::kLoc) bits |= kStrongLoc;
      }
      const Sentence& sent = seg_.sentences[c.sentence];
      if (c.first > sent.token_begin && lexicon::is_place_preposition(tok(c.first - 1))) bits |= kPlaceBefore;
      if (c.last < sent.token_end && is_speech_verb(tok(c.last))) bits |= kSpeaker;
      article_evidence_[last_word_key(c)] |= bits;
    }
  }

  // Word shape: "Xx", "XX", "X.X.", "x-Xx", "dd".
  // Appends to a fixed buffer (`used` of 48 bytes) so describing allocates nothing.
  static void shape_of(std::string_view w, char* out, size_t& used) {
    char prev = 0;
    size_t written = 0;
    for (unsigned char c : w) {
      const char k = chars::is_ascii_upper(c) ? 'X' : chars::is_ascii_lower(c) ? 'x'
                     : (c >= '0' && c <= '9')  ? 'd' : c >= 0x80 ? 'u' : static_cast<char>(c);
      if (k == prev) continue;
      out[used++] = k;
      prev = k;
      if (++written == 5) break;
    }
  }

  // The features of a candidate, for the model (and its trainer).
  void describe(const Candidate& c, FeatureList& f) const {
    enum Kind : uint32_t {
      kBias = 1, kRule, kTitledF, kHeading, kSentenceStart, kWords, kWord, kFirst, kLast, kSuffix3, kSuffix2,
      kShape, kPrev, kPrev2, kNext, kNext2, kPrevNext, kLexicon, kOrgHead, kPlaceHead, kArticle,
      kPossessive, kPrefix3, kRuleWords, kLastRule
    };
    f.clear();
    const Sentence& sent = seg_.sentences[c.sentence];
    const uint32_t a = c.first, b = c.last;
    static constexpr std::string_view kTypeNames[] = {"person", "org", "loc", "date", "norp"};
    static constexpr std::string_view kEvidenceNames[] = {"none", "weak", "strong"};
    const std::string_view rule_type = kTypeNames[static_cast<int>(c.type)];
    const std::string_view rule_evidence = kEvidenceNames[static_cast<int>(c.evidence)];
    f.add(kBias);
    f.add(kRule, rule_type, rule_evidence);
    if (c.titled) f.add(kTitledF);
    if (c.in_heading) f.add(kHeading);
    if (starts_sentence(sent, a)) f.add(kSentenceStart);
    static constexpr std::string_view kCounts[] = {"0", "1", "2", "3", "4+"};
    const std::string_view words = kCounts[std::min<uint32_t>(c.words, 4)];
    f.add(kWords, words);
    f.add(kRuleWords, rule_type, words);
    const std::string_view name = c.span.of(text_);
    char shape[48];
    size_t shape_size = 0;
    for (uint32_t t = a; t < b && t < a + 6; ++t) {
      const std::string_view w = tok(t);
      if (tokens_[t].kind == TokenKind::kWord) f.add(kWord, w);
      if (shape_size > 0) shape[shape_size++] = ' ';
      shape_of(w, shape, shape_size);
      if (lexicon::is_org_head(w)) f.add(kOrgHead, w);
      if (lexicon::is_place_head(w)) f.add(kPlaceHead, w);
    }
    f.add(kShape, std::string_view(shape, shape_size));
    const std::string_view first = tok(a);
    std::string_view last = name;
    if (const size_t space = name.rfind(' '); space != std::string_view::npos) last = name.substr(space + 1);
    f.add(kFirst, first);
    f.add(kLast, last);
    f.add(kLastRule, last, rule_type);
    if (last.size() > 3) f.add(kSuffix3, last.substr(last.size() - 3));
    if (last.size() > 2) f.add(kSuffix2, last.substr(last.size() - 2));
    if (first.size() > 3) f.add(kPrefix3, first.substr(0, 3));
    const std::string_view none = "<none>";
    const std::string_view prev = a > sent.token_begin ? tok(a - 1) : none;
    const std::string_view prev2 = a > sent.token_begin + 1 ? tok(a - 2) : none;
    const std::string_view next = b < sent.token_end ? tok(b) : none;
    const std::string_view next2 = b + 1 < sent.token_end ? tok(b + 1) : none;
    f.add(kPrev, prev);
    f.add(kPrev2, prev2, prev);
    f.add(kNext, next);
    f.add(kNext2, next, next2);
    f.add(kPrevNext, prev, next);
    if (c.span.end < tokens_[b - 1].span.end) f.add(kPossessive);
    if (lexicon::is_known_org(name)) f.add(kLexicon, "known org");
    if (lexicon::is_country_or_region(name)) f.add(kLexicon, "country");
    if (lexicon::is_major_place(name)) f.add(kLexicon, "place");
    if (lexicon::is_location_acronym(name)) f.add(kLexicon, "place acronym");
    if (lexicon::is_nationality(name)) f.add(kLexicon, "nationality");
    if (lexicon::is_nationality(first)) f.add(kLexicon, "nationality first");
    if (lexicon::is_given_name(first)) f.add(kLexicon, "given name");
    if (lexicon::is_known_person(name) || lexicon::is_known_person(last)) f.add(kLexicon, "known person");
    if (lexicon::is_common_capitalised(first)) f.add(kLexicon, "common word");
    // "Regime media said", "Coalition forces": a first word the article
    // also writes in lower case is often capitalised only by its place.
    // (Not an acronym in capitals: "US intelligence agencies" beside "fell on us", "WHO" beside "who".)
    if (written_in_lower_case(first) && !(first.size() >= 2 && is_all_caps(first)))
      f.add(kLexicon, starts_sentence(sent, a) ? "lower elsewhere, at start" : "lower elsewhere");
    // An everyday English word ("Eyewitnesses", "Afterwards") is a name
    // mostly when it is not alone or not first.
    // (An acronym in capitals is no everyday word: "GNA", however the word list spells.)
    if (c.words == 1 && gazetteer::is_common_word(first) && !(first.size() <= 6 && is_all_caps(first)))
      f.add(kLexicon, starts_sentence(sent, a) ? "common english, at start" : "common english");
    if (lexicon::is_person_title(prev)) f.add(kLexicon, "title before");
    if (lexicon::is_place_noun(prev)) f.add(kLexicon, "place noun before");
    if (lexicon::is_place_noun(next)) f.add(kLexicon, "place noun after");
    if (is_speech_verb(next)) f.add(kLexicon, "speech after");
    if (lexicon::is_place_preposition(prev)) f.add(kLexicon, "place preposition before");
    if (gazetteer::is_place_name(name)) f.add(kLexicon, "gazetteer place");
    if (gazetteer::is_big_city(name)) f.add(kLexicon, "gazetteer city");
    if (c.words >= 2) {
      const bool first_name = gazetteer::is_person_name(first), last_name = gazetteer::is_person_name(last);
      if (first_name) f.add(kLexicon, "gazetteer first name");
      if (last_name) f.add(kLexicon, "gazetteer last name");
      if (first_name && last_name) f.add(kLexicon, "gazetteer full name");
    } else if (gazetteer::is_person_name(name)) {
      f.add(kLexicon, "gazetteer name");
    }
    const auto it = article_evidence_.find(last_word_key(c));
    if (it != article_evidence_.end()) {
      static constexpr std::string_view kBits[] = {"titled", "person", "org", "loc", "place prep", "speaker"};
      for (int bit = 0; bit < 6; ++bit)
        if (it->second & (1u << bit)) f.add(kArticle, kBits[bit]);
    }
  }

  // The model has the last word, except over names the rules are sure of.
  // The rules' sure types stand. Title-case headings capitalise every word:
  // only a name the article confirms elsewhere is one, and the model may
  // retype it, not raise it.
  static bool model_may_type(const Candidate& c) {
    return c.evidence != Evidence::kStrong && !(c.in_heading && c.evidence == Evidence::kNone);
  }

  void apply_model(Candidate& c, const ModelScores& scores) const {
    ModelClass m = best_class(scores);
    // A run of several capitalised words is rarely nothing in news text; the
    // model learned "nothing" mostly from single sentence-initial words. When
    // it is torn between person and organisation for a run without an
    // organisation or place word ("Romelu Lukaku"), a person's name is the
    // likelier reading in news.
    if (m == ModelClass::kNone && c.words >= 2) {
      ModelScores rest = scores;
      rest[0] = -1e30f;
      m = best_class(rest);
      const float person = scores[static_cast<size_t>(ModelClass::kPerson)];
      const float org = scores[static_cast<size_t>(ModelClass::kOrg)];
      constexpr float kCloseCall = 0.1f;  // of the "none" score
      if (m == ModelClass::kOrg && org - person < kCloseCall * std::fabs(scores[0]) && !run_has_head(c.first, c.last))
        m = ModelClass::kPerson;
    }
    // "Elkino Watson is killed": two or three words ending in a known
    // surname, with no organisation or place word, are a person's name
    // whenever the model ranks a person above nothing at all.
    if (m == ModelClass::kOrg && c.words >= 2 && c.words <= 3 && !run_has_head(c.first, c.last) &&
        scores[static_cast<size_t>(ModelClass::kPerson)] > scores[0] && ends_in_surname(c))
      m = ModelClass::kPerson;
    // The article named the region with a bearing ("North Kordofan"): the
    // model may retype "Kordofan", not drop it.
    if (m == ModelClass::kNone && c.bearing_dropped) return;
    if (m == ModelClass::kNone) {
      c.evidence = Evidence::kNone;
      return;
    }
    c.type = type_of(m);
    if (c.evidence == Evidence::kNone) c.evidence = Evidence::kWeak;
  }

  // The run's last word is a human name and its first no nationality or place.
  bool ends_in_surname(const Candidate& c) const {
    const std::string_view first = tok(c.first), last = tok(c.last - 1);
    return gazetteer::is_person_name(last) && !lexicon::is_nationality(first) &&
           !lexicon::is_country_or_region(first) && !lexicon::is_known_org(first) && !lexicon::is_major_place(first);
  }

  // Asked at nearly every step of every rule: always inlined.
  [[gnu::always_inline]] std::string_view tok(uint32_t i) const { return tokens_[i].span.of(text_); }
  // The text from token `first` through token `last`, as written.
  std::string_view words(uint32_t first, uint32_t last) const {
    return text_.substr(tokens_[first].span.begin, tokens_[last].span.end - tokens_[first].span.begin);
  }

  bool glued(uint32_t a, uint32_t b) const { return tokens_[a].span.end == tokens_[b].span.begin; }

  // Nouns after a language's name: "teacher", "lessons", "translation".
  static bool names_language_use(std::string_view w) {
    static constexpr std::string_view kWords[] = {"teacher", "teachers", "language", "lessons", "lesson",
                                                  "speaker", "speakers", "translation", "translator", "literature",
                                                  "classes", "class", "subtitles", "grammar"};
    static const WordSet words(kWords);
    return words.contains(w);
  }

  // "M5", "A1", "N7": one or two capitals, then digits.
  static bool is_road_number(std::string_view w) {
    size_t letters = 0;
    while (letters < w.size() && chars::is_ascii_upper(w[letters])) ++letters;
    if (letters == 0 || letters > 2 || letters == w.size() || w.size() > letters + 3) return false;
    for (size_t k = letters; k < w.size(); ++k)
      if (!chars::is_ascii_digit(w[k])) return false;
    return true;
  }

  // Capitalised words from k that end in a unit's head: "Special Mission Forces Division".
  bool unit_head_within(uint32_t k, uint32_t e) const {
    constexpr uint32_t kNameWords = 5;
    for (uint32_t m = k; m < e && m < k + kNameWords && is_capitalised(tok(m)); ++m)
      // ("the 22nd Infantry Division's headquarters": its possessive too.)
      if (is_numbered_unit_head(strip_possessive(tok(m)))) return true;
    return false;
  }

  // ---- runs of capitalised words ------------------------------------

  // Before the comma at `comma`: a lower-case role, "in" (or "at", "for", "to") and a capitalised place of
  // one or two words ("a police spokesman in Yobe", "the UN envoy for Syria").
  bool role_and_place_before(uint32_t comma, uint32_t sentence_begin) const {
    uint32_t k = comma;
    while (k > sentence_begin && comma - k < 2 && is_capitalised(tok(k - 1))) --k;
    if (k == comma || k < sentence_begin + 2) return false;
    // ("Russia's ambassador to the UN, Vitaly Churkin,": "the" before the body.)
    if (k >= sentence_begin + 3 && iequals(tok(k - 1), "the")) --k;
    const std::string_view preposition = tok(k - 1), role = tok(k - 2);
    // ("Iran's ambassador to Lebanon, Mojtaba Amani,": an envoy "to" a country.)
    return (iequals(preposition, "in") || iequals(preposition, "at") || iequals(preposition, "for") ||
            iequals(preposition, "to")) &&
           chars::is_ascii_lower(role[0]) && lexicon::is_person_title(role);
  }

  // "East", "Southern", "Central": a capitalised bearing that opens a region's name.
  static bool is_continent(std::string_view name) {
    static constexpr std::string_view kContinents[] = {"Africa", "Europe", "Asia", "America", "Mediterranean"};
    static const WordSet continents(kContinents);
    return continents.contains(name);
  }

  // ("Western Equatoria State", "Western Sahara": "Western" before a capitalised name that is no people and no
  // title opens a region's name, not the West's people.)
  bool western_region(uint32_t a, uint32_t b) const {
    return b - a >= 2 && tok(a) == "Western" && tokens_[a + 1].kind == TokenKind::kWord &&
           !lexicon::is_nationality(tok(a + 1)) && !lexicon::is_person_title(tok(a + 1)) &&
           !lexicon::is_title_modifier(tok(a + 1));
  }

  static bool is_region_bearing(std::string_view w) {
    static constexpr std::string_view kBearings[] = {"East", "West", "North", "South", "Central", "Eastern",
                                                     "Western", "Northern", "Southern"};
    static const WordSet bearings(kBearings);
    return is_capitalised(w) && bearings.contains(w);
  }

  // "Sunday Oche, a farmer from Ocholonya, said": a weekday opening the sentence at token k right before a
  // name and a description in commas is the name's first word (Nigerian and Ghanaian names), not a date.
  bool weekday_as_given_name(uint32_t k, const Sentence& sent) const {
    const uint32_t name = k + 1;
    if (k != sent.token_begin || name + 3 >= sent.token_end || !lexicon::is_weekday(tok(k))) return false;
    return tokens_[name].kind == TokenKind::kWord && is_capitalised(tok(name)) && !glued(k, name) &&
           !lexicon::is_month(tok(name)) && !lexicon::is_weekday(tok(name)) && tok(name + 1) == "," &&
           (tok(name + 2) == "a" || tok(name + 2) == "an");
  }

  void scan_sentence(const Sentence& sent, bool heading, bool repeat) {
    const uint32_t b = sent.token_begin, e = sent.token_end;
    uint32_t i = b;
    while (i < e) {
      // ("the 444 Brigade": a unit's number before its name.)
      // ("the 25th Special Mission Forces Division", "the 5th Corps": an
      // ordinal, its suffix a token of its own, before a unit's name.)
      const bool ordinal_unit = !used_[i - b] && tokens_[i].kind == TokenKind::kNumber && i + 2 < e &&
                                glued(i, i + 1) && is_ordinal_suffix_at(text_, tokens_, i + 1, e) &&
                                !glued(i + 1, i + 2) && !used_[i + 2 - b] && unit_head_within(i + 2, e);
      const bool numbered_gang = gang_number_at(i, e) && !used_[i - b] && !used_[i + 1 - b];
      const bool numbered_unit = ordinal_unit || numbered_gang ||
                                 (!used_[i - b] && tokens_[i].kind == TokenKind::kNumber && i + 1 < e && !used_[i + 1 - b] &&
                                  !glued(i, i + 1) && is_numbered_unit_head(tok(i + 1)) && !iequals(tok(i + 1), "Army") &&
                                  !iequals(tok(i + 1), "Group") && !iequals(tok(i + 1), "Unit"));
      const bool starts_name = is_capitalised(tok(i)) || numbered_unit ||
                               (is_detached_article(tok(i)) && i + 1 < e && !used_[i + 1 - b] && is_capitalised(tok(i + 1)));
      if (!numbered_unit && (used_[i - b] || tokens_[i].kind != TokenKind::kWord)) { ++i; continue; }
      // ("the pro-Assad forces", "pro-Islamic State militants": a lower-case
      // allegiance prefix before a name opens a run too.)
      if (!starts_name && !(tokens_[i].kind == TokenKind::kWord && allegiance_prefix(tok(i)) > 0)) { ++i; continue; }
      uint32_t j = ordinal_unit ? i + 2 : i + 1;
      uint32_t last = ordinal_unit ? i + 1 : i;  // last token of the run
      // A possessive ends a name, unless a place's head follows: "St Mary's Church".
      auto stop_after = [&](uint32_t t) {
        const std::string_view w = tok(t);
        const bool possessive = strip_possessive(w).size() < w.size();
        // (Not a country's: "Nigeria's Plateau state" is the country and its state.)
        const bool owns_place = possessive && t + 1 < e && !used_[t + 1 - b] && is_capitalised(tok(t + 1)) &&
                                lexicon::is_place_head(tok(t + 1)) && (t + 2 >= e || !is_capitalised(tok(t + 2))) &&
                                !lexicon::is_country_or_region(strip_possessive(w));
        // "Tigray People's Liberation Front", "Women's Protection Units": a
        // group's possessive inside a movement's name.
        const bool group_inside = possessive && t + 1 < e && !used_[t + 1 - b] && is_capitalised(tok(t + 1)) &&
                                  is_group_possessive(strip_possessive(w));
        // ("The Ombudsman's Office", "the Prosecutor General's Office": an officer's office, by its title.)
        const bool officers_office = possessive && t + 1 < e && !used_[t + 1 - b] &&
                                     (tok(t + 1) == "Office" || tok(t + 1) == "Department") &&
                                     lexicon::is_person_title(strip_possessive(w));
        return (possessive && !owns_place && !group_inside && !officers_office) || compound_suffix(w) > 0;
      };
      if (!stop_after(i)) {
        while (j < e && !used_[j - b]) {
          const std::string_view w = tok(j);
          if (tokens_[j].kind == TokenKind::kWord && is_capitalised(w)) {
            last = j++;
            if (stop_after(last)) break;
            continue;
          }
          // A nickname in quotation marks inside a name: 'Jimmy "Barbecue" Chérizier', 'Joaquin "El Chapo"
          // Guzman' (one or two capitalised words).
          if (w == "\"" && j + 3 < e && !glued(last, j) && tokens_[j + 1].kind == TokenKind::kWord &&
              is_capitalised(tok(j + 1))) {
            const bool two_words = j + 4 < e && tokens_[j + 2].kind == TokenKind::kWord && is_capitalised(tok(j + 2)) &&
                                   tok(j + 3) == "\"";
            const uint32_t close = tok(j + 2) == "\"" ? j + 2 : two_words ? j + 3 : 0;
            if (close && close + 1 < e && glued(close - 1, close) && !used_[close + 1 - b] &&
                tokens_[close + 1].kind == TokenKind::kWord && is_capitalised(tok(close + 1)) &&
                !glued(close, close + 1)) {
              last = close + 1;
              j = close + 2;
              if (stop_after(last)) break;
              continue;
            }
          }
          // A plural possessive inside a name: "Kurdistan Workers' Party", "Sudan Doctors' Union".
          // (Not a people's: "the Houthis' Supreme Political Council" is theirs.)
          if (w == "'" && glued(last, j) && tok(last).back() == 's' && j + 1 < e && !used_[j + 1 - b] &&
              !(last == i && lexicon::is_nationality(tok(last))) &&
              tokens_[j + 1].kind == TokenKind::kWord && is_capitalised(tok(j + 1))) {
            ++j;
            continue;
          }
          // "Ferdinand Marcos Jr.": a generational suffix keeps its period and ends the name.
          if (w == "." && glued(last, j) && (tok(last) == "Jr" || tok(last) == "Sr")) {
            last = j++;
            break;
          }
          // "Jonas E. Smith", "Lt. Col. Ahmed": an initial or abbreviated title and its period.
          if (w == "." && glued(last, j) && j + 1 < e && is_capitalised(tok(j + 1)) &&
              (tok(last).size() == 1 || abbreviations::is_title(tok(last)))) {
            ++j;
            continue;
          }
          // Name particles between names: "Osama bin Laden", "Ursula von der Leyen".
          // (And a Spanish body's "en" between capitalised words: "Causa en Común".)
          const bool spanish_link = w == "en" && j + 1 < e && is_capitalised(tok(j + 1));
          if (spanish_link || (lexicon::is_name_particle(w) && chars::is_ascii_lower(w[0]) && j + 1 < e &&
                               (is_capitalised(tok(j + 1)) || lexicon::is_name_particle(tok(j + 1))))) {
            ++j;
            continue;
          }
          // "East and Southern Africa", "West and Central Africa": two bearings of one region.
          if (w == "and" && last == i && j + 2 < e && is_region_bearing(tok(i)) && is_region_bearing(tok(j + 1)) &&
              !used_[j + 1 - b] && !used_[j + 2 - b] && is_capitalised(tok(j + 2)) &&
              lexicon::is_country_or_region(tok(j + 2))) {
            last = j + 2;
            j += 3;
            break;
          }
          // ("Zahedan, Sistan and Baluchestan province": one province of two names, a singular kind after it;
          // not "Idlib and Hama provinces".)
          if (w == "and" && last == i && j + 2 < e && !used_[j + 1 - b] && tokens_[j + 1].kind == TokenKind::kWord &&
              is_capitalised(tok(j + 1)) && !used_[j + 2 - b] && is_singular_unit(tok(j + 2)) &&
              !lexicon::is_country_or_region(tok(i)) && !lexicon::is_country_or_region(tok(j + 1)) &&
              !lexicon::is_major_place(tok(i)) && !lexicon::is_major_place(tok(j + 1)) &&
              !gazetteer::is_big_city(tok(i)) && !gazetteer::is_big_city(tok(j + 1))) {
            last = j + 1;
            j += 2;
            break;
          }
          // A longer name the lexicon knows, across "of" and a country:
          // "Islamic State of Iraq and the Levant"; across "in" only from a
          // known name ("Islamic State in Iraq and the Levant").
          // So is a country's: "Democratic Republic of Congo".
          // ("Save the Children": across "the" inside a known name.)
          // ("Armed Conflict Location and Event Data Project": across "and" too.)
          // ("Raqqa is Being Slaughtered Silently": across "is" too.)
          // ("Volunteers for the Defence of the Homeland": across "for" too.)
          // ("The Islamic State in West Africa Province claimed": a sentence's "The" is no part of it.)
          // ("By Press Trust of India": nor a byline's "By".)
          const uint32_t named_from = (iequals(tok(i), "the") || tok(i) == "By") && i < last ? i + 1 : i;
          if ((w == "of" || w == "the" || w == "and" || w == "&" || w == "is" || w == "for" ||
               (w == "in" && lexicon::is_known_org(words(named_from, last)))) &&
              j + 1 < e) {
            uint32_t known = 0;
            for (uint32_t m = std::min(e, j + 6); m > j + 1 && !known; --m)
              // ("Democratic Republic of Congo's North Kivu": the possessive is no part of the name.)
              // ("Jammu and Kashmir's Poonch district": a known place across "and" too.)
              if (lexicon::is_known_org(chars::strip_possessive(words(i, m - 1))) ||
                  lexicon::is_known_org(chars::strip_possessive(words(named_from, m - 1))) ||
                  ((w == "and" || w == "of") && lexicon::is_major_place(chars::strip_possessive(words(i, m - 1)))) ||
                  (w == "of" && lexicon::is_country_or_region(
                                    chars::strip_possessive(words(iequals(tok(i), "the") ? i + 1 : i, m - 1)))))
                known = m;
            if (known) {
              last = known - 1;
              j = known;
              break;
            }
          }
          // "U.N. Support Mission in Libya", "African Union Mission in Somalia":
          // a mission or an office is named with the country it serves; so
          // is a centre for a purpose ("Russian Center for Reconciliation of
          // the Opposing Sides in Syria").
          // (An office only of a body the lexicon knows: "U.N. Integrated Office in Haiti", not "the
          // Government Media Office in Gaza", which is in the place it names.)
          if (w == "in" && j + 1 < e &&
              (iequals(tok(last), "Mission") || (iequals(tok(last), "Office") && opens_with_known_body(i, last)) ||
               centre_for_purpose(i, last))) {
            uint32_t country_end = 0;
            constexpr uint32_t kLongestCountry = 4;  // "Democratic Republic of Congo"
            for (uint32_t m = std::min(e, j + 1 + kLongestCountry); m > j + 1 && !country_end; --m)
              if (lexicon::is_country_or_region(chars::strip_possessive(words(j + 1, m - 1)))) country_end = m;
            if (country_end) {
              last = country_end - 1;
              j = country_end;
              break;
            }
          }
          // ("the Center for Analysis and Research in Human Rights": across "in" from a body's name, to a field of
          // everyday capitalised words that names no place.)
          if (w == "in" && j + 1 < e && has_head(i, last)) {
            constexpr uint32_t kLongestField = 3;
            uint32_t m = j + 1;
            while (m < e && m < j + 1 + kLongestField && !used_[m - b] && is_capitalised(tok(m)) &&
                   gazetteer::is_common_word(tok(m)) && !gazetteer::is_place_name(tok(m)) &&
                   !lexicon::is_country_or_region(tok(m)) && !lexicon::is_major_place(tok(m)))
              ++m;
            const bool run_ends = m >= e || !is_capitalised(tok(m));
            if (m > j + 1 && run_ends && !gazetteer::is_place_name(words(j + 1, m - 1))) {
              last = m - 1;
              j = m;
              break;
            }
          }
          // Across "in" when an acronym in brackets (or commas) spells the whole: "United
          // Nations Assistance Mission in Afghanistan (UNAMA)".
          // ("Collective against Impunity and Stigmatisation of Communities (CISC)": "against" too.)
          if ((w == "in" || w == "of" || w == "for" || w == "and" || w == "against") && j + 1 < e) {
            if (const uint32_t spelled_end = spelled_by_acronym(i, j + 1, e)) {
              last = spelled_end - 1;
              j = spelled_end;
              break;
            }
          }
          // "of"/"for" inside organisation and place names: "Syrian Observatory
          // for Human Rights", "International Committee of the Red Cross".
          // "Ministry of Defence" also joins a place-free capitalised word;
          // "Council for Syria" stops before the country.
          // (Not after a U.N. title: "High Commissioner for Human Rights Volker Türk"; but the title's
          // "Office of the UN High Commissioner for Human Rights" is a body.)
          const bool titled_office =
              iequals(tok(i), "Office") || (iequals(tok(i), "The") && i + 1 < e && iequals(tok(i + 1), "Office"));
          // (Not a named place's head before the place holding it: "Tonj North County of Warrap State".)
          const bool place_in_place = w == "of" && last > i &&
                                      (tok(last) == "County" || tok(last) == "Territory" || tok(last) == "District");
          if ((w == "of" || w == "for" || w == "on") && j + 1 < e && has_head(i, last) && !place_in_place &&
              !(w == "for" && is_mandate_title(tok(last)) && !titled_office)) {
            uint32_t k = j + 1;
            if (k < e && (tok(k) == "the" || tok(k) == "and")) ++k;
            // "Bank of England", "University of Damascus": an organisation's head right
            // before "of" takes the place that names it. ("Government of Iraq" is the
            // country acting: the country stays a place.)
            const bool head_of_place = w == "of" && last - i <= 1 && lexicon::is_org_head(tok(last)) &&
                                       !iequals(tok(last), "Government") && !iequals(tok(last), "State");
            // ("Revolutionary Armed Forces of Colombia (FARC)": a bracketed
            // acronym after the country shows the country is in the name.)
            const bool acronym_after = k + 3 < e && tok(k + 1) == "(" && is_all_caps(tok(k + 2)) && tok(k + 3) == ")";
            // ("Central Committee of Sudan Doctors": the country names a body of its people, a capitalised noun
            // after it.)
            const bool country_of_body =
                k + 1 < e && tokens_[k + 1].kind == TokenKind::kWord && is_plural_role(tok(k + 1));
            if (k < e && tokens_[k].kind == TokenKind::kWord && is_capitalised(tok(k)) &&
                (head_of_place || acronym_after || country_of_body ||
                 (!lexicon::is_country_or_region(tok(k)) && !lexicon::is_major_place(tok(k))))) {
              j = k;
              continue;
            }
          }
          // "Voice of Lebanon radio": a station named for its country, its kind after it.
          if (w == "of" && j + 2 < e && tokens_[j + 1].kind == TokenKind::kWord && is_capitalised(tok(j + 1)) &&
              (tok(j + 2) == "radio" || tok(j + 2) == "television" || tok(j + 2) == "TV")) {
            last = j + 1;
            j += 2;
            break;
          }
          if (w == "&" && j + 1 < e && is_capitalised(tok(j + 1))) { ++j; continue; }
          // "Front 33", "Brigade 313", "Unit 8200": a unit's number ends its name.
          // ("Army 12 soldiers": a count of what follows.)
          if (tokens_[j].kind == TokenKind::kNumber && j == last + 1 && j > i && is_numbered_unit_head(tok(last)) &&
              (j + 1 >= e || tokens_[j + 1].kind != TokenKind::kWord || !chars::is_ascii_lower(tok(j + 1)[0]) ||
               ends_name_phrase(tok(j + 1)))) {
            last = j++;
            break;
          }
          // "Deir Ezzor 24", "France 24": a news network named so.
          // ("told Channel 12", "Israel's Channel 13": a channel's number is its name.)
          const bool channel_number = tokens_[j].kind == TokenKind::kNumber && j == last + 1 && j > i &&
                                      tok(j).size() <= 2 && iequals(tok(last), "Channel");
          const bool network_number = j == last + 1 && j > i && is_news_network_number(j, e) &&
                                      !(j == i + 1 && gazetteer::is_common_word(tok(i)));
          if (channel_number || network_number) {
            last = j++;
            // ("Channel 4 News": its programme's word after the number.)
            if (channel_number && j < e && !used_[j - b] && lexicon::is_outlet_word(tok(j))) last = j++;
            break;
          }
          // "North and East Syria": two bearings sharing the place after them.
          if (w == "and" && last == i && j + 2 < e && lexicon::is_compass_direction(tok(i)) &&
              lexicon::is_compass_direction(tok(j + 1)) && is_capitalised(tok(j + 1)) && is_capitalised(tok(j + 2)) &&
              lexicon::is_country_or_region(tok(j + 2))) {
            last = j + 2;
            j += 3;
            break;
          }
          if (w == "to") {
            if (const uint32_t purpose_end = purpose_after_to(last, j, e)) {
              last = purpose_end - 1;
              j = purpose_end;
              break;
            }
          }
          if (w == "and") {
            if (const uint32_t tail_end = name_continues_after_and(i, last, j, b, e)) {
              last = tail_end - 1;
              j = tail_end;
              continue;
            }
          }
          break;
        }
      }
      add_run(sent, i, last + 1, heading, repeat);
      i = std::max(j, last + 1);
    }
  }

  // "Committee to Protect Journalists", "UN Mission to Support the Hodeidah Agreement": a body's head, "to", a
  // capitalised verb of its purpose and what it serves (its "the" allowed). Returns the end of the name, or 0.
  uint32_t purpose_after_to(uint32_t last, uint32_t to_at, uint32_t e) const {
    const uint32_t verb = to_at + 1;
    if (!lexicon::is_org_head(tok(last)) || verb + 1 >= e || tokens_[verb].kind != TokenKind::kWord ||
        !is_capitalised(tok(verb)) || is_all_caps(tok(verb)) || lexicon::is_country_or_region(tok(verb)) ||
        lexicon::is_major_place(tok(verb)))
      return 0;
    uint32_t m = iequals(tok(verb + 1), "the") ? verb + 2 : verb + 1;
    constexpr uint32_t kLongestObject = 4;
    const uint32_t object = m;
    while (m < e && m < object + kLongestObject && tokens_[m].kind == TokenKind::kWord && is_capitalised(tok(m)) &&
           !is_all_caps(tok(m)))
      ++m;
    return m > object ? m : 0;
  }

  // Words [i, m] for some m before `last` are a body the lexicon knows ("U.N.", "United Nations").
  bool opens_with_known_body(uint32_t i, uint32_t last) const {
    if (i < last && iequals(tok(i), "the")) ++i;
    for (uint32_t m = i; m < last; ++m)
      if (lexicon::is_known_org(words(i, m))) return true;
    return false;
  }

  // The end of the capitalised words from `from` when a bracketed acronym
  // right after them spells the initials of the run from `begin` ("United
  // Nations Assistance Mission in Afghanistan (UNAMA)"); 0 otherwise.
  uint32_t spelled_by_acronym(uint32_t begin, uint32_t from, uint32_t e) const {
    constexpr uint32_t kLongestTail = 4;  // capitalised words
    constexpr uint32_t kLongestRun = 8;   // with the small words between ("Impunity and Stigmatisation of Communities")
    uint32_t end = from;
    if (end < e && iequals(tok(end), "the")) ++end;
    uint32_t capitals = 0;
    while (end < e && end < from + kLongestRun && capitals < kLongestTail && tokens_[end].kind == TokenKind::kWord) {
      if (is_capitalised(tok(end))) {
        ++end;
        ++capitals;
        continue;
      }
      // A small word goes on only before another capitalised word.
      const bool small = iequals(tok(end), "and") || iequals(tok(end), "of") || iequals(tok(end), "for") ||
                         iequals(tok(end), "in") || iequals(tok(end), "the");
      if (!small || end + 1 >= e || !is_capitalised(tok(end + 1)) || capitals == 0) break;
      ++end;
    }
    // ("The Islamic State in Khorasan Province, ISKP, claimed": the acronym between commas too.)
    return end > from && spelled_by_acronym_after(begin, end, e) ? end : 0;
  }

  // Does an acronym right after [begin, end), in brackets or between commas, spell it?
  bool spelled_by_acronym_after(uint32_t begin, uint32_t end, uint32_t e) const {
    if (end + 2 >= e || !((tok(end) == "(" && tok(end + 2) == ")") || (tok(end) == "," && tok(end + 2) == ",")))
      return false;
    const std::string_view acronym = tok(end + 1);
    return acronym.size() >= 3 && is_all_caps(acronym) && spells(acronym, begin, end);
  }

  // Do the words [k, end) spell `acronym`? A capitalised word gives its
  // initial or its first two or three letters (as "Interpol" takes from
  // "International Police"; an acronym inside, "UN", gives all its letters);
  // "in", "of", "for" and "and" may give theirs ("UN Support Mission in
  // Libya (UNSMIL)") or none; "the" none. One pass over the words with the
  // set of acronym positions reached so far as a bit mask: linear, whatever the run.
  bool spells(std::string_view acronym, uint32_t k, uint32_t end) const {
    constexpr size_t kLongestAcronym = 31;
    if (acronym.empty() || acronym.size() > kLongestAcronym) return false;
    const auto letter_at = [&](size_t p, char c) { return p < acronym.size() && (c & ~0x20) == acronym[p]; };
    uint32_t reached = 1;  // bit p: the words so far spell acronym[0, p)
    for (; k < end && reached; ++k) {
      const std::string_view w = tok(k);
      if (tokens_[k].kind != TokenKind::kWord || iequals(w, "the")) continue;
      uint32_t next = 0;
      const bool small_word = iequals(w, "in") || iequals(w, "of") || iequals(w, "for") || iequals(w, "and");
      for (size_t p = 0; p <= acronym.size(); ++p) {
        if (!(reached >> p & 1)) continue;
        if (!is_capitalised(w)) {
          next |= 1u << p;  // a lower-case word may give nothing
          if (small_word && letter_at(p, w[0])) next |= 1u << (p + 1);
        } else if (is_all_caps(w) && w.size() <= 4) {
          if (acronym.substr(p, w.size()) == w) next |= 1u << (p + w.size());
        } else {
          constexpr size_t kLongestPrefix = 3;
          for (size_t n = 1; n <= std::min(kLongestPrefix, w.size()) && letter_at(p + n - 1, w[n - 1]); ++n)
            next |= 1u << (p + n);
        }
      }
      reached = next;
    }
    return reached >> acronym.size() & 1;
  }

  // "state television", "state-run", "state news agency": "state" that owns an outlet or office.
  static bool is_state_media_word(std::string_view w) {
    static constexpr std::string_view kWords[] = {"media", "television", "tv", "news", "radio", "broadcaster",
                                                  "agency", "-", "run", "owned", "department", "security",
                                                  "prosecutor", "prosecutors", "officials", "newspaper", "daily"};
    static const WordSet words(kWords);
    return words.contains(w);
  }

  // "Group for the Support of Islam and Muslims", "Islamic Emergency and
  // Relief Corps": "and" inside an organisation's name, either in the
  // complement after its head ("of"/"for" ...) with a tail of no head of its
  // own, or before a tail that ends in the head the run lacks. Not "the
  // Syrian Observatory for Human Rights and Local Coordination Committees"
  // (two heads), nor "Hezbollah and Amal Movement" (a known name first).
  // Returns the end of the tail, or 0.
  uint32_t name_continues_after_and(uint32_t first, uint32_t last, uint32_t and_at, uint32_t b, uint32_t e) const {
    constexpr uint32_t kLongestTail = 3;
    uint32_t m = and_at + 1;
    while (m < e && m <= and_at + kLongestTail && !used_[m - b] && tokens_[m].kind == TokenKind::kWord &&
           is_capitalised(tok(m)))
      ++m;
    if (m == and_at + 1 || (m < e && tokens_[m].kind == TokenKind::kWord && is_capitalised(tok(m)))) return 0;
    const std::string_view tail_first = tok(and_at + 1);
    // ("The Times of Israel and The National": a second name's article opens a second name.)
    if (iequals(tail_first, "the") || lexicon::is_known_org(words(and_at + 1, m - 1)) ||
        lexicon::is_country_or_region(tail_first) ||
        lexicon::is_known_org(words(first, last)) || lexicon::is_country_or_region(words(first, last)))
      return 0;
    bool complement = false;
    for (uint32_t k = first; k < last && !complement; ++k) complement = tok(k) == "of" || tok(k) == "for";
    const bool run_head = has_head(first, last), tail_head = lexicon::is_org_head(tok(m - 1));
    if (run_head && complement && !has_head(and_at + 1, m - 1)) return m;
    if (!run_head && tail_head && !lexicon::is_nationality(tail_first)) return m;
    return 0;
  }

  // ("the Permanent Strategic Framework for Peace, Security and Development", "the Department for Environment, Food
  // and Rural Affairs": a body's name [first, last] ending in "of"/"for" and one field goes on across a comma
  // to the list of its other fields, the last after "and".) Returns the end of the name, or 0.
  // Asked after the model, as brands are: the runs the trainer learns from stay as they were.
  uint32_t field_list_end(uint32_t first, uint32_t last, uint32_t comma_at, uint32_t e) const {
    constexpr uint32_t kLongestField = 3, kMostFields = 5;
    const auto field_word = [&](uint32_t k) {
      const std::string_view w = tok(k);
      return k < e && tokens_[k].kind == TokenKind::kWord && is_capitalised(w) &&
             gazetteer::is_common_word(w) && !gazetteer::is_place_name(w) && !lexicon::is_country_or_region(w) &&
             !lexicon::is_major_place(w) && !lexicon::is_nationality(w);
    };
    // The field before the comma: one to three such words after "of"/"for", which follow a body's head.
    uint32_t link = last;
    while (link > first && last - link < kLongestField && field_word(link)) --link;
    if (link == last || link == first || (tok(link) != "of" && tok(link) != "for")) return 0;
    bool head = false;
    for (uint32_t k = first; k < link && !head; ++k) head = lexicon::is_org_head(tok(k));
    if (!head) return 0;
    uint32_t m = comma_at + 1;
    for (uint32_t fields = 0; fields < kMostFields; ++fields) {
      const uint32_t field_begin = m;
      while (m < field_begin + kLongestField && field_word(m)) ++m;
      if (m == field_begin || m >= e) return 0;
      if (tok(m) == "and") break;
      if (tok(m) != ",") return 0;
      ++m;
      if (m < e && tok(m) == "and") break;  // a serial comma
    }
    if (m >= e || tok(m) != "and") return 0;
    const uint32_t last_field = ++m;
    while (m < last_field + kLongestField && field_word(m)) ++m;
    if (m == last_field) return 0;
    // (The list ends the name: a capitalised word after it would be another name's.)
    return m < e && tokens_[m].kind == TokenKind::kWord && is_capitalised(tok(m)) ? 0 : m;
  }

  // "Center for Reconciliation of the Opposing Sides": a centre named for
  // what it does, [a, last] holding "Center" (or "Centre") then "for".
  bool centre_for_purpose(uint32_t a, uint32_t last) const {
    for (uint32_t k = a; k + 1 <= last; ++k)
      if ((tok(k) == "Center" || tok(k) == "Centre") && tok(k + 1) == "for") return true;
    return false;
  }

  // Does the run [a, b] hold an organisation or place head word?
  bool has_head(uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t <= b; ++t)
      if (lexicon::is_org_head(tok(t)) || lexicon::is_place_head(tok(t))) return true;
    return false;
  }

  // Token k opens the sentence, a quotation or a bracket (the model's notion of a start).
  // ("• In Idlib city, ...": a list item's bullet opens it too.)
  bool starts_sentence(const Sentence& sent, uint32_t k) const {
    if (k == sent.token_begin || tok(k - 1) == "\"" || tok(k - 1) == "(") return true;
    // "'Armed gangs' kill 120": a single mark after a space opens a quotation.
    if (tok(k - 1) == "'" && tokens_[k - 1].span.end == tokens_[k].span.begin &&
        (k - 1 == sent.token_begin || tokens_[k - 2].span.end < tokens_[k - 1].span.begin))
      return true;
    return k == sent.token_begin + 1 && is_bullet(tok(k - 1));
  }

  static bool is_bullet(std::string_view w) {
    return w == "\xE2\x80\xA2" || w == "*" || w == "-" || w == "\xC2\xB7" || w == "\xE2\x96\xAA";
  }

  // Or the text after a dateline's dash: "ALEPPO, Syria -- Regime helicopters".
  bool opens_clause(const Sentence& sent, uint32_t k) const {
    // ("SOURCE: News agencies": a label's colon capitalises the word after it.)
    return starts_sentence(sent, k) ||
           ((tok(k - 1) == "-" || tok(k - 1) == ":") && tokens_[k - 1].span.end < tokens_[k].span.begin);
  }

  // Lower-case words for a relative or a child: the name after one is a person's.
  static bool is_kin_noun(std::string_view w) { return !w.empty() && chars::is_ascii_lower(w[0]) && is_kin_word(w); }
  // The same words in any case ("Boy").
  static bool is_kin_word(std::string_view w) {
    static constexpr std::string_view kKin[] = {"child", "daughter", "son", "wife", "husband", "mother", "father",
                                                "brother", "sister", "cousin", "nephew", "niece", "uncle", "aunt",
                                                "grandson", "granddaughter", "grandmother", "grandfather", "widow",
                                                "boy", "girl", "baby", "toddler", "fiancee", "fiance",
                                                "daughters", "sons", "brothers", "sisters", "twins", "children"};
    static const WordSet kin(kKin);
    return kin.contains(w);
  }

  // A lone sentence-initial word that is everyday English and no name,
  // place or organisation word: "Eyewitnesses said", "Afterwards".
  static bool is_everyday_word(std::string_view w) {
    return gazetteer::is_common_word(w) && !gazetteer::is_person_name(w) && !gazetteer::is_place_name(w) &&
           !lexicon::is_org_head(w) && !lexicon::is_place_head(w) && !lexicon::is_known_org(w) &&
           !lexicon::is_nationality(w) && !lexicon::is_known_person(w);
  }

  // "Air strikes by the coalition killed": a common word opening a sentence
  // before a lower-case word, which the article writes in lower case too
  // ("air strikes" in its headline), though it is also someone's name.
  bool is_everyday_opening_word(const Sentence& sent, uint32_t a) {
    const std::string_view w = tok(a);
    // ("(GNA)": an acronym in brackets, however the word list spells it.)
    if (a > sent.token_begin && tok(a - 1) == "(" && is_all_caps(w)) return false;
    if (is_everyday_word(w)) return true;
    const bool lower_next = a + 1 < sent.token_end && tokens_[a + 1].kind == TokenKind::kWord &&
                            chars::is_ascii_lower(tok(a + 1)[0]);
    // "(AFP) - Air strikes hit", "International envoy Kofi Annan": a word
    // describing the lower-case attack or title after it needs no other
    // evidence ("Observatory director ..." keeps its body: only an adjective
    // in "-al" among the organisations' head words describes).
    const bool describes_next = lower_next && (lexicon::is_attack_noun(tok(a + 1)) || lexicon::is_person_title(tok(a + 1)));
    const bool adjective = w.size() > 4 && w.substr(w.size() - 2) == "al";
    const bool plural = everyday_plural(w);
    if (!lower_next || !(gazetteer::is_common_word(w) || plural) || gazetteer::is_big_city(w) || lexicon::is_major_place(w) ||
        lexicon::is_country_or_region(w) || (lexicon::is_org_head(w) && !(describes_next && adjective)) ||
        lexicon::is_place_head(w) || lexicon::is_known_org(w) || lexicon::is_nationality(w) ||
        lexicon::is_known_person(w))
      return false;
    if (describes_next) return !gazetteer::is_place_name(w);
    if (!lower_case_words_ready_) collect_lower_case_words();
    // (An acronym in capitals is no lower-case word capitalised by its place: "US intelligence
    // agencies" beside "fell on us".)
    return (written_in_lower_case(w) && !(w.size() >= 2 && is_all_caps(w))) || plural;
  }

  // "Hostilities continued to escalate": a plural whose singular is an everyday word, and no name.
  static bool everyday_plural(std::string_view w) {
    if (w.size() < 6 || gazetteer::is_place_name(w) || gazetteer::is_person_name(w)) return false;
    // (Letters only: "Niger's" is a possessive, no plural.)
    if (!std::all_of(w.begin(), w.end(), [](char ch) { return chars::is_ascii_alpha(ch); })) return false;
    char singular[32];
    if (w.size() >= sizeof singular) return false;
    size_t n = w.size();
    std::copy(w.begin(), w.end(), singular);
    if (chars::ends_with(w, "ies")) {
      n -= 3;
      singular[n++] = 'y';
    } else if (w.back() == 's' && w[w.size() - 2] != 's') {
      --n;
    } else {
      return false;
    }
    return gazetteer::is_common_word(std::string_view(singular, n));
  }

  bool split_joint_bodies(uint32_t a, uint32_t b, bool heading, bool repeat) {
    const std::string_view first = tok(a);
    const size_t hyphen = first.find('-');
    if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= first.size()) return false;
    const uint32_t right_begin = tokens_[a].span.begin + static_cast<uint32_t>(hyphen) + 1;
    const std::string_view right = text_.substr(right_begin, tokens_[b - 1].span.end - right_begin);
    // "UN-Arab", "US-Saudi", "Israel-Hezbollah": each side typed as the lexicon knows it.
    const auto known_type = [](std::string_view part) -> std::optional<EntityType> {
      if (lexicon::is_known_org(part)) return EntityType::kOrg;
      if (lexicon::is_country_or_region(part) || lexicon::is_location_acronym(part)) return EntityType::kLoc;
      if (lexicon::is_nationality(part) && chars::is_ascii_upper(part[0])) return EntityType::kNorp;
      return std::nullopt;
    };
    const std::string_view left = first.substr(0, hyphen);
    const auto left_type = known_type(left), right_type = known_type(right);
    if (!left_type || !right_type) return false;
    candidates_.push_back(known_candidate({tokens_[a].span.begin, right_begin - 1}, a, b, *left_type, heading, repeat));
    candidates_.push_back(known_candidate({right_begin, tokens_[b - 1].span.end}, a, b, *right_type, heading, repeat));
    return true;
  }

  // "Times of Israel", "National", "New York Times": a paper's title after "The".
  bool names_paper(uint32_t a, uint32_t b) const {
    static constexpr std::string_view kTitles[] = {"Times", "National", "Guardian", "Independent", "Telegraph",
                                                   "Economist", "Nation", "Observer", "Atlantic", "Hindu", "Star",
                                                   "Washington", "New", "Wall", "Daily", "Sunday", "Jerusalem"};
    static const WordSet titles(kTitles);
    return titles.contains(tok(a)) && (b - a == 1 || lexicon::is_newspaper_head(tok(b - 1)) || iequals(tok(a), "Times") ||
                                       iequals(tok(b - 1), "Times") || iequals(tok(b - 1), "Post") ||
                                       iequals(tok(b - 1), "Journal"));
  }
  // "24" after a name, then no lower-case word: the numbered name media in
  // the region take ("Deir Ezzor 24", "Raqqa 24"), not "Homs 24 hours"
  // (nor, after an everyday word, "Case 24.").
  bool is_news_network_number(uint32_t j, uint32_t e) const {
    // ("By FRANCE 24 with AFP": a credit's "with" after it.)
    return tok(j) == "24" && (j + 1 >= e || tokens_[j + 1].kind != TokenKind::kWord ||
                              !chars::is_ascii_lower(tok(j + 1)[0]) || is_speech_verb(tok(j + 1)) ||
                              iequals(tok(j + 1), "with"));
  }

  // The candidate closes its sentence after a bar that follows a number: "November 19, 2025 | Ukrainska Pravda".
  // ("Farah, Afghanistan | TOLOnews | May 16, 2018": or between bars, the date after.)
  bool ends_date_line(const Candidate& c) const {
    const Sentence& sent = seg_.sentences[c.sentence];
    const std::string_view name = c.span.of(text_);
    if (c.words > 4 || c.first < sent.token_begin + 2 || tok(c.first - 1) != "|" || lexicon::is_known_person(name) ||
        lexicon::is_country_or_region(name) || lexicon::is_major_place(name) || gazetteer::is_place_name(name))
      return false;
    const bool date_before = c.last == sent.token_end && tokens_[c.first - 2].kind == TokenKind::kNumber;
    const bool date_after = c.last + 1 < sent.token_end && tok(c.last) == "|" &&
                            (tokens_[c.last + 1].kind == TokenKind::kNumber || lexicon::is_month(tok(c.last + 1)));
    return date_before || date_after;
  }

  // The paragraph right after `paragraph` is the page's date line, or a byline over it ("Premium Times" over "By
  // Marcus Fatunmole" over "January 25, 2024").
  bool over_date_line(uint32_t paragraph) const {
    const auto& kinds = in_.roles->paragraphs;
    const uint32_t next = paragraph + 1;
    if (next >= kinds.size()) return false;
    if (kinds[next].kind == ParagraphKind::kDateline) return true;
    // ("Sudan Tribune" over "July 14, 2024 (EL FASHER) – Artillery shells ...": a story its date opens.)
    const auto& dateline = in_.roles->dateline;
    if (dateline && dateline->paragraph == next && !dateline->date.empty() &&
        dateline->date.begin == seg_.paragraphs[next].span.begin)
      return true;
    return kinds[next].kind == ParagraphKind::kByline && next + 1 < kinds.size() &&
           kinds[next + 1].kind == ParagraphKind::kDateline;
  }

  // Token a opens its sentence, or follows its opening "The" ("The Indian Express").
  bool opens_line_past_article(const Sentence& sent, uint32_t a) const {
    return a == sent.token_begin || (a == sent.token_begin + 1 && tok(sent.token_begin) == "The");
  }

  // The run [a, b) ends its sentence, which is a whole line under the title ("Myanmar Now").
  bool ends_line_under_title(const Sentence& sent, uint32_t b) const {
    return b == sent.token_end && sent.paragraph > 0 &&
           seg_.paragraphs[sent.paragraph].span.end == tokens_[b - 1].span.end;
  }

  // The run [a, b) fills its line, an article aside, right under the headline and over the story's first
  // paragraph.
  bool fills_line_between_title_and_story(const Sentence& sent, uint32_t a, uint32_t b) const {
    const auto& kinds = in_.roles->paragraphs;
    const uint32_t p = sent.paragraph;
    // (Not a dateline alone on its line: "ŞANLIURFA".)
    return opens_line_past_article(sent, a) && ends_line_under_title(sent, b) && p >= 1 && p + 1 < kinds.size() &&
           kinds[p - 1].kind == ParagraphKind::kTitle && kinds[p].kind != ParagraphKind::kDateline &&
           kinds[p + 1].kind == ParagraphKind::kBody;
  }

  // The run [a, b) fills its line, an article aside, on one of the page's lines over its date.
  bool fills_line_over_date(const Sentence& sent, uint32_t a, uint32_t b) const {
    return opens_line_past_article(sent, a) && ends_line_under_title(sent, b) && over_date_line(sent.paragraph);
  }

  // ("Mizzima" over "6 March 2024", "El Tiempo (English edition)" over "TUMACO, Colombia, Aug 22, 2023",
  // "Daily Nation | June 16, 2019": a name alone on one of a page's first lines, right before its date, is the
  // outlet; not a byline's author, whose first word is a given name.)
  bool names_outlet_line(const Candidate& c) const {
    const Sentence& sent = seg_.sentences[c.sentence];
    constexpr uint32_t kHeaderLines = 4;
    // ("The Indian Express": past an article.)
    if (c.words > 4 || !opens_line_past_article(sent, c.first) || sent.paragraph == 0 || sent.paragraph > kHeaderLines)
      return false;
    const std::string_view name = c.span.of(text_);
    const std::string_view first = tok(c.first);
    if (lexicon::is_known_person(name) || lexicon::is_country_or_region(name) || lexicon::is_major_place(name) ||
        gazetteer::is_place_name(name) || iequals(first, "By"))
      return false;
    // (A given name opens a byline's two or more words: not "Daily" or "El", an everyday word or an article, nor
    // one word alone, "Lusa".)
    const bool article = iequals(first, "El") || iequals(first, "Al") || iequals(first, "La") || iequals(first, "Le");
    // (Nor a country or place: "Sudan Tribune".)
    const bool place_first = lexicon::is_country_or_region(first) || gazetteer::is_place_name(first);
    // (Nor an acronym or a body's head: "SOS Medias Burundi"; nor before an outlet's word: "Mimi Mefo Info".)
    if (c.words >= 2 && !place_first && !is_all_caps(first) && !run_has_head(c.first, c.last) &&
        !lexicon::is_outlet_word(tok(c.last - 1)) &&
        (lexicon::is_given_name(first) ||
         (gazetteer::is_person_name(first) && !gazetteer::is_common_word(first) && !article)))
      return false;
    const uint32_t line_end = seg_.paragraphs[sent.paragraph].span.end;
    if (c.last + 1 < tokens_.size() && tokens_[c.last].span.end <= line_end && tok(c.last) == "|")
      return tokens_[c.last + 1].kind == TokenKind::kNumber || lexicon::is_month(tok(c.last + 1));
    // The rest of the line: nothing, an edition in brackets, or a second outlet after a slash ("Lusa / Zitamar
    // News").
    const auto second_outlet = [&] {
      if (tok(c.last) != "/" || c.last + 1 >= tokens_.size()) return false;
      for (uint32_t k = c.last + 1; k < tokens_.size() && tokens_[k].span.begin < line_end; ++k)
        if (tokens_[k].kind != TokenKind::kWord || !is_capitalised(tok(k))) return false;
      return true;
    };
    const bool ends_line = c.last >= tokens_.size() || tokens_[c.last].span.begin >= line_end ||
                           (tok(c.last) == "(" && text_.substr(line_end - 1, 1) == ")") || second_outlet();
    const uint32_t next = sent.paragraph + 1;
    if (!ends_line || next >= seg_.paragraphs.size()) return false;
    // ("The Irrawaddy" right under the headline, over the story's first paragraph.)
    if (over_date_line(sent.paragraph) || fills_line_between_title_and_story(sent, c.first, c.last)) return true;
    // ("North Press Agency" over "QAMISHLI, Jan. 9 (North Press) – A Turkish drone": a story opening on its
    // dateline.)
    if (c.sentence + 1 >= seg_.sentences.size() || seg_.sentences[c.sentence + 1].paragraph != next) return false;
    if (opens_on_dateline(seg_.sentences[c.sentence + 1])) return true;
    // ("Philippine News Agency" over "By Noel Punzalan" over "KIDAPAWAN CITY, Cotabato -- One soldier": a byline
    // may come between.)
    if (in_.roles->paragraphs[next].kind != ParagraphKind::kByline) return false;
    constexpr uint32_t kBylineSentences = 2;
    // ("HumAngle" right under the headline, over "By Abdulkareem Haruna" over the story: as sure.)
    const bool under_title = in_.roles->paragraphs[sent.paragraph - 1].kind == ParagraphKind::kTitle;
    for (uint32_t k = c.sentence + 2; k < seg_.sentences.size() && k <= c.sentence + 1 + kBylineSentences; ++k)
      if (seg_.sentences[k].paragraph == next + 1)
        return opens_on_dateline(seg_.sentences[k]) ||
               (under_title && in_.roles->paragraphs[next + 1].kind == ParagraphKind::kBody);
    return false;
  }

  // The sentence opens on a dateline: a place in capitals and a comma or a colon ("QAMISHLI, Jan. 9", "KIDAPAWAN
  // CITY, Cotabato --"), or it is a short line of its own ending in a year ("Dolow, Somalia - 22 August 2022").
  bool opens_on_dateline(const Sentence& opening) const {
    const uint32_t k = opening.token_begin;
    // ("TOLOnews" over "Kabul - An explosion ripped through ...": any dateline the page's roles found there.)
    if (const auto& dateline = in_.roles->dateline; dateline && dateline->span.begin == tokens_[k].span.begin)
      return true;
    constexpr size_t kDatelineShortest = 3;
    constexpr uint32_t kPlaceWords = 3;
    uint32_t place_end = k;
    while (place_end < opening.token_end && place_end < k + kPlaceWords &&
           tokens_[place_end].kind == TokenKind::kWord && is_all_caps(tok(place_end)))
      ++place_end;
    // ("QUETTA: At least nine passengers": or a colon, as Pakistani papers write it.)
    if (place_end > k && place_end < opening.token_end && tok(k).size() >= kDatelineShortest &&
        (tok(place_end) == "," || tok(place_end) == ":"))
      return true;
    constexpr uint32_t kShortLine = 10;
    const std::string_view year = tok(opening.token_end - 1);
    return opening.token_end - k <= kShortLine &&
           seg_.paragraphs[opening.paragraph].span.end == tokens_[opening.token_end - 1].span.end &&
           tokens_[opening.token_end - 1].kind == TokenKind::kNumber && year.size() == 4 &&
           (year.substr(0, 2) == "19" || year.substr(0, 2) == "20");
  }

  static bool is_vessel_noun(std::string_view w) {
    static constexpr std::string_view kVessels[] = {"ship", "ships", "vessel", "vessels", "frigate", "frigates",
                                                    "cruiser", "cruisers", "warship", "warships", "destroyer",
                                                    "submarine", "tanker", "tankers", "corvette", "ferry"};
    static const WordSet vessels(kVessels);
    return vessels.contains(w);
  }

  // The run at token a names a ship: right after the kind of ship, or listed after the kind and a comma.
  bool names_vessel(uint32_t a, const Sentence& sent) const {
    if (a == sent.token_begin) return false;
    if (is_vessel_noun(tok(a - 1))) return true;
    constexpr uint32_t kListReach = 8;  // ", the Saratov and the"
    for (uint32_t k = a; k > sent.token_begin + 1 && a - k < kListReach; --k) {
      const std::string_view w = tok(k - 1);
      if (w == "," && is_vessel_noun(tok(k - 2))) return true;
      if (!(w == "," || iequals(w, "the") || iequals(w, "and") || is_capitalised(w))) return false;
    }
    return false;
  }

  // ("The Indian Express reported", "the Syrian Observer": "the", a nationality and an outlet's word name a paper.)
  bool names_paper_after_nationality(const Sentence& sent, uint32_t a, uint32_t b) const {
    return b - a == 2 && a > sent.token_begin && iequals(tok(a - 1), "the") && lexicon::is_nationality(tok(a)) &&
           lexicon::is_outlet_word(tok(a + 1));
  }

  // An outlet's name by where a page sets it: on its date line, or alone on a line above it.
  // Layout rules take an unknown outlet's name of at most three words ("Premium Times", "EL COLOMBIANO").
  static constexpr uint32_t kOutletWords = 3;

  bool outlet_by_layout(const Candidate& c) const {
    return ends_date_line(c) || names_outlet_line(c) ||
           byline_outlet_after_bar(seg_.sentences[c.sentence], c.first, c.last);
  }

  // "By Laura Méndez | EL COLOMBIANO": tokens [a, b) closing the byline sentence `sent` after a bar are the
  // writer's outlet when they name no writer, role or place.
  // (Not a role: "By Jane Doe | Senior Correspondent"; nor a second writer whose first word is a given name.)
  bool byline_outlet_after_bar(const Sentence& sent, uint32_t a, uint32_t b) const {
    if (in_.roles->paragraphs[sent.paragraph].kind != ParagraphKind::kByline || b - a > kOutletWords ||
        a < sent.token_begin + 2 || tok(a - 1) != "|" || b != sent.token_end)
      return false;
    const std::string_view name = words(a, b - 1);
    return !lexicon::is_known_person(name) && !lexicon::is_given_name(tok(a)) &&
           !lexicon::is_byline_role_head(tok(b - 1)) && !lexicon::is_person_title(tok(a)) &&
           !lexicon::is_country_or_region(name) && !gazetteer::is_place_name(name);
  }

  // A candidate named `span` over tokens [first, last), not yet typed.
  Candidate span_candidate(Span span, uint32_t first, uint32_t last, bool heading, bool repeat) const {
    Candidate c;
    c.span = span;
    c.first = first;
    c.last = last;
    c.sentence = sentence_;
    c.in_heading = heading;
    c.repeat = repeat;
    c.words = last - first;
    return c;
  }

  // A candidate the lexicon names and types: tokens [first, last), sure.
  Candidate known_candidate(Span span, uint32_t first, uint32_t last, EntityType type, bool heading, bool repeat) const {
    Candidate c = span_candidate(span, first, last, heading, repeat);
    c.type = type;
    c.lexicon_typed = true;
    c.evidence = Evidence::kStrong;
    return c;
  }

  // "Mrauk-U", "Kyauk-Taw": two capitalised parts, neither a nationality.
  // "al-Hassakeh", "el-Fasher": a lower-case Arabic article, a hyphen and a capital.
  static bool opens_with_article_prefix(std::string_view w) {
    const size_t hyphen = w.find('-');
    return hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < w.size() && chars::is_ascii_lower(w[0]) &&
           lexicon::is_article_prefix(w.substr(0, hyphen)) && chars::is_ascii_upper(w[hyphen + 1]);
  }

  static bool is_hyphenated_name(std::string_view w) {
    const size_t hyphen = w.find('-');
    if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= w.size() || compound_suffix(w) > 0) return false;
    const std::string_view left = w.substr(0, hyphen), right = w.substr(hyphen + 1);
    return chars::is_ascii_upper(left[0]) && chars::is_ascii_upper(right[0]) && !lexicon::is_nationality(left) &&
           !lexicon::is_nationality(right) && !lexicon::is_country_or_region(left) &&
           !lexicon::is_country_or_region(right) && right.find('-') == std::string_view::npos;
  }

  // After ", known as", "nicknamed" or "dubbed": a full name opening with a given name.
  bool person_known_as(const Sentence& sent, uint32_t a) const {
    uint32_t k = a;
    if (k >= sent.token_begin + 2 && iequals(tok(k - 1), "as") && iequals(tok(k - 2), "known")) k -= 2;
    else if (k > sent.token_begin && (iequals(tok(k - 1), "nicknamed") || iequals(tok(k - 1), "dubbed"))) k -= 1;
    else return false;
    if (k < sent.token_begin + 3 || tok(k - 1) != ",") return false;
    // ("the gang leader, known as Izo": a person's role before the comma.)
    if (lexicon::is_person_title(tok(k - 2)) && chars::is_ascii_lower(tok(k - 2)[0])) return true;
    uint32_t first = k - 1;
    while (first > sent.token_begin && is_capitalised(tok(first - 1))) --first;
    return k - 1 - first >= 2 && lexicon::is_given_name(tok(first));
  }

  bool body_known_as(const Sentence& sent, uint32_t a) const {
    uint32_t k = a;
    if (k > sent.token_begin && iequals(tok(k - 1), "the")) --k;
    if (k < sent.token_begin + 3 || !iequals(tok(k - 1), "as") ||
        !(iequals(tok(k - 2), "known") || iequals(tok(k - 2), "called")))
      return false;
    k -= 2;
    if (k > sent.token_begin && tok(k - 1) == ",") --k;
    // ("The group's affiliate in Afghanistan, known as ISIS-K": past where it is.)
    if (k >= sent.token_begin + 3 && is_capitalised(tok(k - 1)) && iequals(tok(k - 2), "in")) k -= 2;
    if (k == sent.token_begin) return false;
    const std::string_view body = tok(k - 1);
    return is_group_noun(body) || iequals(body, "army") || iequals(body, "military") || iequals(body, "forces") ||
           iequals(body, "party") || iequals(body, "alliance") || iequals(body, "coalition") || iequals(body, "police") ||
           iequals(body, "affiliate") || iequals(body, "branch") || iequals(body, "offshoot") || iequals(body, "wing");
  }

  // Word tokens in [a, b): 'Jimmy "Barbecue" Chérizier' is three words.
  uint32_t word_count(uint32_t a, uint32_t b) const {
    uint32_t n = 0;
    for (uint32_t k = a; k < b; ++k) n += tokens_[k].kind == TokenKind::kWord;
    return n;
  }

  // A lower-case title within the first words of the apposition from k, past
  // a body's name or initials ("the U.N. special envoy", "the governor").
  // ("a former police officer": past modifiers, up to a preposition.)
  bool title_in_apposition(uint32_t k, const Sentence& sent) const {
    constexpr uint32_t kReach = 5;
    for (uint32_t m = k; m < sent.token_end && m < k + kReach; ++m) {
      const std::string_view w = tok(m);
      if (tokens_[m].kind != TokenKind::kWord) {
        if (w == ".") continue;  // "U.N."
        return false;
      }
      if (!chars::is_ascii_lower(w[0])) continue;
      // ("The Nyala Emergency Room, a volunteer network": the role describes a group's members.)
      if (lexicon::is_person_title(w) || is_role_noun(w))
        return !(m + 1 < sent.token_end && is_group_noun(tok(m + 1)));
      if (lexicon::is_preposition(w)) return false;
    }
    return false;
  }

  // The apposition from token k calls the name a place within a few
  // lower-case words ("El Fasher, the last major city in Darfur": "major"
  // there is no rank).
  bool place_in_apposition(uint32_t k, const Sentence& sent) const {
    constexpr uint32_t kReach = 4;
    for (uint32_t m = k; m < sent.token_end && m < k + kReach; ++m) {
      const std::string_view w = tok(m);
      if (tokens_[m].kind != TokenKind::kWord || !chars::is_ascii_lower(w[0]) || lexicon::is_preposition(w)) return false;
      // (The noun must head the apposition: "Mark Smith, the town mayor" is no place.)
      const bool head = m + 1 >= sent.token_end || tokens_[m + 1].kind != TokenKind::kWord ||
                        lexicon::is_preposition(tok(m + 1));
      if ((lexicon::is_settlement_noun(w) || w == "community") && head) return true;  // "a farming community in Jere"
    }
    return false;
  }

  // The apposition from token k ("Sunni militant group,") ends in a group noun within a few words.
  bool group_in_apposition(uint32_t k, const Sentence& sent) const {
    constexpr uint32_t kReach = 4;
    for (uint32_t m = k; m < sent.token_end && m < k + kReach; ++m) {
      // ("Kathryn Waters, a volunteer with the group": the volunteer heads it.)
      if (tokens_[m].kind != TokenKind::kWord || lexicon::is_preposition(tok(m))) return false;
      // ("Aknaf Beit al-Maqdis, a Palestinian group that had been defending it": a relative clause may follow.)
      // ("Abu Sayyaf, a militant group notorious for kidnappings": or a describing word, no person's noun.)
      // ("Kashmir Tigers, a shadow outfit of the Pakistan-based Jaish-e-Mohammed": or the body it belongs to.)
      if (is_group_noun(tok(m)))
        return m + 1 >= sent.token_end || tokens_[m + 1].kind != TokenKind::kWord || iequals(tok(m + 1), "that") ||
               iequals(tok(m + 1), "which") || iequals(tok(m + 1), "of") ||
               (chars::is_ascii_lower(tok(m + 1)[0]) && !lexicon::is_person_title(tok(m + 1)) && !is_role_noun(tok(m + 1)) &&
                !lexicon::is_preposition(tok(m + 1)));
    }
    return false;
  }

  // "II", "III", "IV", "VIII": a Roman number of two to four letters.
  static bool is_regnal_number(std::string_view w) {
    if (w.size() < 2 || w.size() > 4) return false;
    for (char ch : w)
      if (ch != 'I' && ch != 'V' && ch != 'X') return false;
    return true;
  }

  static bool is_lower_case_group_word(std::string_view w) {
    return w == "Jihadist" || w == "Jihadists" || w == "Islamist" || w == "Islamists" || w == "Salafist" ||
           w == "Salafists";
  }

  // A lower-case word that may follow a name but not a counted noun's
  // number: "Unit 8200 was", "Front 33, which", "Brigade 313 in".
  static bool ends_name_phrase(std::string_view w) {
    return may_follow_name(w) || lexicon::is_be_form(w) || lexicon::is_preposition(w);
  }

  static bool is_school_noun(std::string_view w) {
    return w == "school" || w == "university" || w == "college" || w == "academy";
  }

  // "the 400 Mawozo gang": a gang named with its number, the number at token k (before `e`).
  bool gang_number_at(uint32_t k, uint32_t e) const {
    return tokens_[k].kind == TokenKind::kNumber && k + 2 < e && !glued(k, k + 1) && is_capitalised(tok(k + 1)) &&
           iequals(tok(k + 2), "gang");
  }

  // A business named before its kind is an organisation: "the Epicentr hardware store".
  static bool is_business_noun(std::string_view w) {
    return w == "store" || w == "supermarket" || w == "hypermarket" || w == "company" || w == "firm" ||
           is_school_noun(w);
  }

  // A description in commas after the name ending at token b: a comma, a determiner ("the"; "a" and "an"
  // too when `indefinite`), then within a few words a noun `is_kind` accepts. The token of that noun, or 0.
  // (Before any other comma; `describing_only` asks that the words between only describe, in lower case or
  // as a people, with no preposition: not "Abu Rami, a resident of the town".)
  template <typename IsKind>
  uint32_t kind_described_after(const Sentence& sent, uint32_t b, bool indefinite, bool describing_only,
                                IsKind&& is_kind) const {
    if (b + 2 >= sent.token_end || tok(b) != ",") return 0;
    const std::string_view determiner = tok(b + 1);
    if (!(iequals(determiner, "the") || (indefinite && (iequals(determiner, "a") || iequals(determiner, "an")))))
      return 0;
    constexpr uint32_t kDescribingWords = 5;  // "last major rebel stronghold", "Kurdish internal security force"
    for (uint32_t k = b + 2; k < sent.token_end && k <= b + 2 + kDescribingWords; ++k) {
      const std::string_view w = tok(k);
      if (w == "," || w == "." || w == ";") return 0;
      if (describing_only && (lexicon::is_preposition(w) || !(chars::is_ascii_lower(w[0]) || lexicon::is_nationality(w))))
        return 0;
      if (is_kind(w)) return k;
    }
    return 0;
  }

  // ", the Kurdish internal security force": a group's kind described after the name.
  bool described_as_body_after(const Sentence& sent, uint32_t b) const {
    return kind_described_after(sent, b, false, false, [](std::string_view w) { return is_group_noun(w) || w == "forces"; });
  }

  // ", the last major rebel stronghold", "overran Mirza Olang, a mainly Shia Hazara village": a place's kind
  // ending the description (not "Amadou Togo, the village chief").
  bool described_as_place_after(const Sentence& sent, uint32_t b) const {
    static constexpr std::string_view kPlaces[] = {"stronghold", "bastion", "capital", "town", "city", "village",
                                                   "hub", "port"};
    static const WordSet places(kPlaces);
    const uint32_t k = kind_described_after(sent, b, true, true, [](std::string_view w) { return places.contains(w); });
    return k && (k + 1 >= sent.token_end || tokens_[k + 1].kind == TokenKind::kPunctuation ||
                 lexicon::is_preposition(tok(k + 1)));
  }

  // ", which had a prewar population of about 13,000", ", which has a population": a settlement's.
  bool population_told_after(const Sentence& sent, uint32_t b) const {
    if (b + 4 >= sent.token_end || tok(b) != "," || !iequals(tok(b + 1), "which") ||
        !(iequals(tok(b + 2), "had") || iequals(tok(b + 2), "has")) || !iequals(tok(b + 3), "a"))
      return false;
    constexpr uint32_t kModifiers = 1;  // "prewar", "total"
    for (uint32_t k = b + 4; k < sent.token_end && k <= b + 4 + kModifiers; ++k)
      if (iequals(tok(k), "population")) return true;
    return false;
  }

  static bool prefixed_group_word(std::string_view w) {
    const size_t first = w.find('-');
    if (first == std::string_view::npos || !lexicon::is_org_prefix(w.substr(0, first))) return false;
    const size_t second = w.find('-', first + 1);
    if (second == std::string_view::npos || second + 1 >= w.size()) return false;
    static constexpr std::string_view kParticles[] = {"e", "i", "ul", "al", "el", "ud", "un", "us", "ut", "ush", "as"};
    static const WordSet particles(kParticles);
    return particles.contains(w.substr(first + 1, second - first - 1)) && chars::is_ascii_upper(w[second + 1]);
  }

  static bool is_group_noun(std::string_view w) {
    static constexpr std::string_view kWords[] = {"group", "militia", "movement", "faction", "network", "gang",
                                                  "organisation", "organization", "brigade", "battalion", "front",
                                                  "force", "cartel", "cartels", "gangs", "militias", "association",
                                                  "outfit"};
    static const WordSet words(kWords);
    return words.contains(w);
  }

  static bool is_group_possessive(std::string_view w) {
    return w == "People" || w == "Women" || w == "Children" || w == "Martyrs" || w == "Workers" || w == "Peoples";
  }

  // The work a credit line names: "Reporting by", "Writing by", "Editing by".
  static bool is_credit_word(std::string_view w) {
    static constexpr std::string_view kWords[] = {"reporting", "writing", "editing", "written", "edited",
                                                  "compiled", "translated", "translation", "photos", "photo"};
    static const WordSet words(kWords);
    return words.contains(w);
  }

  // "Council member Hussam al-Abbar said", "Police chief Joseph Boinnet":
  // a body's generic word opening a sentence before a lower-case word;
  // not when it shortens a body named before ("Observatory director Rami
  // Abdel Rahman" after "the Syrian Observatory for Human Rights").
  // (A distinctive head, "Observatory chief Rami Abdel Rahman", names its body.)
  static constexpr std::string_view kGenericBodies[] = {
      "Council", "Police", "Army", "Ministry", "Government", "Committee", "Court", "Commission", "Agency",
      "Department", "Office", "Authority", "Military", "Navy", "Coalition", "Municipality", "Directorate"};
  bool is_generic_body(const Sentence& sent, uint32_t a) {
    const std::string_view w = tok(a);
    if (!(a + 1 < sent.token_end && tokens_[a + 1].kind == TokenKind::kWord && chars::is_ascii_lower(tok(a + 1)[0])))
      return false;
    const auto* body = std::find(std::begin(kGenericBodies), std::end(kGenericBodies), w);
    if (body == std::end(kGenericBodies)) return false;
    // Each word's search goes on from where it stopped: no candidate is read twice per word.
    GenericBodySearch& search = generic_body_search_[static_cast<size_t>(body - std::begin(kGenericBodies))];
    for (; search.scanned < candidates_.size() && !search.named; ++search.scanned) {
      const Candidate& c = candidates_[search.scanned];
      search.named = c.words > 1 && c.type == EntityType::kOrg && find_word_in(c.span.of(text_), w);
    }
    return !search.named;
  }
  struct GenericBodySearch {
    size_t scanned = 0;  // candidates read so far
    bool named = false;  // one of them holds the word
  };
  std::array<GenericBodySearch, std::size(kGenericBodies)> generic_body_search_{};

  static bool find_word_in(std::string_view name, std::string_view w) {
    bool found = false;
    for_each_word(name, [&](std::string_view word) {
      found = iequals(word, w);
      return !found;
    });
    return found;
  }

  // "Suspected Boko Haram fighters": an everyday word before a name the
  // lexicon knows, the whole run being no known name ("Free Syrian Army").
  bool known_after_everyday_word(uint32_t a, uint32_t b) const {
    if (b - a < 2 || !is_everyday_word(tok(a)) || lexicon::is_person_title(tok(a))) return false;
    const std::string_view whole = words(a, b - 1), rest = words(a + 1, b - 1);
    const auto known = [](std::string_view n) {
      return lexicon::is_known_org(n) || lexicon::is_country_or_region(n) || lexicon::is_major_place(n) ||
             lexicon::is_known_person(n);
    };
    return !known(whole) && known(rest);
  }

  static bool is_office_noun(std::string_view w) {
    static constexpr std::string_view kOffices[] = {"Director", "Representative", "Coordinator", "Commissioner",
                                                    "Minister", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson",
                                                    "Chairman", "Adviser", "Advisor", "Ambassador", "Secretary"};
    static const WordSet offices(kOffices);
    return offices.contains(w);
  }

  // "Garowe Online", "Myanmar Now": the word for an outlet's medium after its name.
  static bool is_outlet_tail(std::string_view w) { return w == "Online" || w == "Now"; }

  static bool is_singular_unit(std::string_view w) {
    return w == "province" || w == "region" || w == "governorate";
  }

  static bool is_weapon_kind(std::string_view w) {
    static constexpr std::string_view kKinds[] = {"rocket", "rockets", "missile", "missiles", "drone", "drones",
                                                  "launcher", "launchers"};
    static const WordSet kinds(kKinds);
    return kinds.contains(w);
  }

  // Trims a run and turns it into candidates.
  void add_run(const Sentence& sent, uint32_t a, uint32_t b, bool heading, bool repeat) {
    // ("Lamu County Police Commander Moses Murithi", "the Marsabit County Police": a county's or state's police is
    // the place's office; the place is the name.)
    constexpr uint32_t kLongestCountyName = 2;
    if (b - a >= 3 && b - a <= 2 + kLongestCountyName && tok(b - 1) == "Police" &&
        (tok(b - 2) == "County" || tok(b - 2) == "State") && all_capitalised(a, b - 2) &&
        !lexicon::is_known_org(words(a, b - 1))) {
      const Span county{tokens_[a].span.begin, tokens_[b - 3].span.end};
      candidates_.push_back(known_candidate(county, a, b - 2, EntityType::kLoc, heading, repeat));
      return;
    }
    // ("CALI, Colombia, June 10, 2024 (Colombia Reports) -": the dateline's agency whole, though a country opens it.)
    if (const auto& dateline = in_.roles->dateline; dateline && !dateline->agency.empty() &&
                                                    tokens_[a].span.begin == dateline->agency.begin &&
                                                    tokens_[b - 1].span.end == dateline->agency.end) {
      candidates_.push_back(known_candidate(dateline->agency, a, b, EntityType::kOrg, heading, repeat));
      return;
    }
    // ("the DG ISPR said", "the Director General ISPR": an office's title before a body's acronym; the body is
    // the name.)
    constexpr size_t kShortestBodyAcronym = 3, kLongestBodyAcronym = 6;
    if (b - a >= 2 && is_all_caps(tok(b - 1)) && tok(b - 1).size() >= kShortestBodyAcronym &&
        tok(b - 1).size() <= kLongestBodyAcronym && !lexicon::is_location_acronym(tok(b - 1)) &&
        !lexicon::is_country_or_region(tok(b - 1))) {
      bool titles_only = true;
      for (uint32_t k = a; k + 1 < b && titles_only; ++k)
        titles_only = lexicon::is_person_title(tok(k)) || lexicon::is_office_initials(tok(k));
      if (titles_only) {
        candidates_.push_back(known_candidate(tokens_[b - 1].span, b - 1, b, EntityType::kOrg, heading, repeat));
        return;
      }
    }
    // ("a Russian Su-25 jet", "MiG-29", "F-16": a model's letters joined to its number name a machine.)
    // (A nationality may open the run: "Russian Su": the model's letters leave, the nationality stays.)
    const bool model_number_after =
        b < sent.token_end && tok(b - 1).size() <= 4 && tokens_[b].span.begin == tokens_[b - 1].span.end &&
        ((tok(b) == "-" && b + 1 < sent.token_end && tokens_[b + 1].span.begin == tokens_[b].span.end &&
          tokens_[b + 1].kind == TokenKind::kNumber) ||
         (tokens_[b].kind == TokenKind::kNumber && tok(b).size() > 1 && tok(b)[0] == '-'));  // "-25" read as a sign
    if (model_number_after) {
      if (b - a == 1) return;
      --b;
    }
    // ("Amnesty International's Regional Director for the Middle East", "The Executive Director of UNICEF": a
    // title with its describing words and no name after names no one.)
    // (Only everyday words before an office's noun: "US Secretary of State John Kerry", "Abdi Sheikh" and "The
    // Civil Defence" stay.)
    if (b - a >= 2 && b - a <= 3 && is_office_noun(tok(b - 1)) && (b >= sent.token_end || !is_capitalised(tok(b))) &&
        !lexicon::is_known_org(words(a, b - 1)) && !lexicon::is_known_person(words(a, b - 1))) {
      bool everyday = true;
      for (uint32_t k = a; k + 1 < b && everyday; ++k)
        everyday = (gazetteer::is_common_word(tok(k)) || iequals(tok(k), "the")) && !is_all_caps(tok(k)) &&
                   !lexicon::is_given_name(tok(k)) &&
                   !lexicon::is_nationality(tok(k)) && !lexicon::is_country_or_region(tok(k));
      if (everyday) return;
    }
    // ("Grad rockets", "Kalibr missiles", "Shahed drones": a weapon's make before its kind names a machine, not a
    // place; a body's or a people's name there stays: "Hamas rockets", "Russian missiles".)
    if (b - a == 1 && b < sent.token_end && is_weapon_kind(tok(b)) && strip_possessive(tok(a)) == tok(a) &&
        !lexicon::is_known_org(tok(a)) && !lexicon::is_location_acronym(tok(a)) &&
        !lexicon::is_nationality(tok(a)) && !lexicon::is_country_or_region(tok(a)) && !lexicon::is_major_place(tok(a)))
      return;
    // "Tags Syria Idlib Russia airstrikes": a scraped page's tags, run together, are one-word names each.
    if (b - a >= 3 && tok(a) == "Tags") {
      for (uint32_t k = a + 1; k < b; ++k) add_run(sent, k, k + 1, heading, repeat);
      return;
    }
    // "Facebook Twitter WhatsApp": a share row's known names, run together, are one each.
    if (b - a >= 2 && !lexicon::is_known_org(words(a, b - 1))) {
      uint32_t k = a;
      while (k < b && tokens_[k].kind == TokenKind::kWord && lexicon::is_known_org(tok(k))) ++k;
      if (k == b) {
        for (k = a; k < b; ++k) add_run(sent, k, k + 1, heading, repeat);
        return;
      }
    }
    // "an English teacher", "Arabic lessons": a language, no people.
    if (b - a == 1 && b < sent.token_end && lexicon::is_nationality(tok(a)) && names_language_use(tok(b))) return;
    // "Dawn.com", "told Actualite.cd": a news site named by its address.
    if (b - a == 1 && is_web_site_word(tok(a))) {
      candidates_.push_back(known_candidate(tokens_[a].span, a, b, EntityType::kOrg, heading, repeat));
      return;
    }
    // "Dawn raids by police", "Dawn broke": an outlet's name that is an everyday word, opening a
    // sentence before a lower-case word other than a verb of saying, is that word ("Dawn reported" stays).
    // (Not "Pentagon spokesman John Kirby", "Dawn newspaper": a body's people or its kind after it.)
    if (b - a == 1 && a == sent.token_begin && b < sent.token_end && tokens_[b].kind == TokenKind::kWord &&
        chars::is_ascii_lower(tok(b)[0]) && !is_speech_verb(tok(b)) && !is_reporter_noun(tok(b)) &&
        !lexicon::is_person_title(tok(b)) && !is_outlet_noun(tok(b)) && lexicon::is_known_org(tok(a)) &&
        !is_all_caps(tok(a)) && gazetteer::is_common_word(tok(a)))
      return;
    // "Jeremy Bowen, International editor", "Security correspondent": a desk's everyday word before a
    // newsroom role names nothing ("Gaza correspondent", "Reuters reporter" stay).
    if (b - a == 1 && b < sent.token_end && is_newsroom_noun(tok(b)) && gazetteer::is_common_word(tok(a)) &&
        !gazetteer::is_place_name(tok(a)) && !lexicon::is_country_or_region(tok(a)) && !lexicon::is_nationality(tok(a)) &&
        !lexicon::is_known_org(tok(a)) && !lexicon::is_major_place(tok(a)))
      return;
    // "Our Standards: The Thomson Reuters Trust Principles.": a scraped Reuters page's footer names the
    // company; its principles are a document, and "Our Standards" a page's label.
    if (b - a >= 3 && tok(b - 1) == "Principles" && tok(b - 2) == "Trust") b -= 2;
    if (b - a == 2 && a == sent.token_begin && (tok(a) == "Our" || tok(a) == "Your") && b < sent.token_end &&
        tok(b) == ":")
      return;
    // "Six militants were also killed": a number word opening a sentence names no one.
    if (b - a == 1 && number_value(tok(a)).has_value()) return;
    // "Mi-8", "Su-24", "MiG-29": an aircraft's type, its letters glued to a number by a hyphen.
    if (b - a == 1 && b + 1 < sent.token_end && tok(b) == "-" && tokens_[b + 1].kind == TokenKind::kNumber &&
        tokens_[b].span.begin == tokens_[a].span.end && tokens_[b + 1].span.begin == tokens_[b].span.end &&
        tok(a).size() <= 3)
      return;
    // "Central Mali has been gripped by violence" where the article writes "central Mali": a bearing
    // capitalised only by the sentence's start is no part of the country's name.
    // ("Central Africa" is a region's own name; "South Sudan rebels" beside "further south" a country's.)
    const auto continent = [](std::string_view w) { return w == "Africa" || w == "Asia" || w == "America" || w == "Europe"; };
    if (b - a == 2 && a == sent.token_begin && is_region_bearing(tok(a)) && lexicon::is_country_or_region(tok(a + 1)) &&
        !continent(tok(a + 1)) && !lexicon::is_country_or_region(words(a, b - 1))) {
      if (!lower_case_words_ready_) collect_lower_case_words();
      if (written_in_lower_case(tok(a))) {
        add_run(sent, a + 1, b, heading, repeat);
        return;
      }
    }
    // "Storm Daniel", "Hurricane Katrina", "Cyclone Idai": weather, no person, body or place
    // (a headline's "Kurdish Forces Storm Raqqa" storms a place).
    if (b - a == 2 && is_named_storm_kind(tok(a))) {
      if (lexicon::is_major_place(tok(a + 1)) || gazetteer::is_big_city(tok(a + 1))) add_run(sent, a + 1, b, heading, repeat);
      return;
    }
    // "pro-Assad forces", "anti-Houthi tribes": the name after the prefix,
    // when the lexicon knows it as a person, a people or a body.
    if (allegiance_prefix(tok(a)) > 0) {
      const size_t prefix = allegiance_prefix(tok(a));
      // ("the pro-IS Dawlah Islamiyah group": the prefixed name alone, when the lexicon knows it and not the
      // whole run, and the group's own name after it.)
      if (b - a >= 2) {
        const auto name_begin = static_cast<uint32_t>(tokens_[a].span.begin + prefix);
        Candidate whole = span_candidate({name_begin, tokens_[b - 1].span.end}, a, b, heading, repeat);
        Candidate first = span_candidate({name_begin, tokens_[a].span.end}, a, a + 1, heading, repeat);
        // ("the pro-Assad National Defence Forces": so is a known person's name.)
        const bool first_person = lexicon::is_known_person(first.span.of(text_));
        if (first_person) {
          first.type = EntityType::kPerson;
          first.evidence = Evidence::kStrong;
        }
        if (!type_by_lexicon(whole.span.of(text_), whole) &&
            (first_person || type_by_lexicon(first.span.of(text_), first)) && first.type != EntityType::kLoc) {
          candidates_.push_back(first);
          add_run(sent, a + 1, b, heading, repeat);
          return;
        }
        // ("the pro-Hadi Southern Giants Brigades": a body's own name after a prefixed one the lexicon does not
        // know.)
        if (!whole.lexicon_typed && b - a >= 3 && run_has_org_head(a + 1, b)) {
          add_run(sent, a + 1, b, heading, repeat);
          return;
        }
      }
      Candidate c = span_candidate({static_cast<uint32_t>(tokens_[a].span.begin + prefix), tokens_[b - 1].span.end}, a,
                                   b, heading, repeat);
      const std::string_view name = c.span.of(text_);
      if (lexicon::is_known_person(name)) {
        c.type = EntityType::kPerson;
        c.evidence = Evidence::kStrong;
      } else if (lexicon::is_nationality(name)) {
        c.type = EntityType::kNorp;
        c.evidence = Evidence::kStrong;
      } else if (!type_by_lexicon(name, c) || c.type == EntityType::kLoc) {
        return;  // ("pro-Beijing" speaks of a government, no place)
      }
      candidates_.push_back(c);
      return;
    }
    // ("N21.83 trillion", "N1.32 trillion": a currency's letter before an amount, no name.)
    if (b - a == 1 && is_road_number(tok(a)) && b + 1 < sent.token_end && tok(b) == "." &&
        tokens_[b + 1].kind == TokenKind::kNumber && glued(a, b) && glued(b, b + 1))
      return;
    // "the M5 highway", "the M4 motorway": a road's letter and number.
    if (b - a == 1 && is_road_number(tok(a)) && b < sent.token_end &&
        (iequals(tok(b), "highway") || iequals(tok(b), "motorway") || iequals(tok(b), "road"))) {
      candidates_.push_back(known_candidate(tokens_[a].span, a, b, EntityType::kLoc, heading, repeat));
      return;
    }
    if (b - a == 4 && lexicon::is_compass_direction(tok(a)) && tok(a + 1) == "and" &&
        lexicon::is_compass_direction(tok(a + 2))) {  // "North and East Syria"
      candidates_.push_back(
          known_candidate({tokens_[a].span.begin, tokens_[b - 1].span.end}, a, b, EntityType::kLoc, heading, repeat));
      return;
    }
    // "By The Irrawaddy": an outlet credited alone on its byline keeps its "The", as "told The Irrawaddy" does.
    if (b - a >= 3 && tok(a) == "By" && tok(a + 1) == "The" && a == sent.token_begin && b == sent.token_end &&
        in_.roles->paragraphs[sent.paragraph].kind == ParagraphKind::kByline &&
        !lexicon::is_known_org(words(a + 2, b - 1))) {
      candidates_.push_back(known_candidate({tokens_[a + 1].span.begin, tokens_[b - 1].span.end}, a + 1, b,
                                            EntityType::kOrg, heading, repeat));
      return;
    }
    // ("By FRANCE 24 with AFP": a credit's "By" is no part of the name.)
    if (b - a >= 3 && (tok(a) == "By" || tok(a) == "BY") && is_news_network_number(b - 1, b)) ++a;
    if (b - a >= 2 && is_news_network_number(b - 1, b)) {
      candidates_.push_back(
          known_candidate({tokens_[a].span.begin, tokens_[b - 1].span.end}, a, b, EntityType::kOrg, heading, repeat));
      return;
    }
    // "UN-Arab League envoy Kofi Annan": two bodies joined by a hyphen.
    if (split_joint_bodies(a, b, heading, repeat)) return;
    // "told The National", "The Times of Israel reported": a paper whose
    // title opens with "The" (written so inside a sentence) keeps it.
    // So does one told something: "a resident told The Irrawaddy".
    const bool told_the = b - a >= 2 && tok(a) == "The" && a > sent.token_begin && iequals(tok(a - 1), "told") &&
                          !lexicon::is_known_org(words(a + 1, b - 1));
    // So does a line that is the paper's name alone ("By Antoine Amrieh / The Daily Star").
    const bool paper_line = b - a >= 2 && a == sent.token_begin && b == sent.token_end && names_paper(a + 1, b);
    if (b - a >= 2 && tok(a) == "The" && ((a > sent.token_begin && !opens_clause(sent, a)) || paper_line) &&
        (names_paper(a + 1, b) || told_the)) {
      candidates_.push_back(
          known_candidate({tokens_[a].span.begin, tokens_[b - 1].span.end}, a, b, EntityType::kOrg, heading, repeat));
      return;
    }
    // "The Hague", "THE HAGUE, Jan 27 (Reuters)": the article belongs to the name.
    if (b - a >= 2 && iequals(tok(a), "the") && lexicon::is_major_place(words(a, b - 1))) {
      candidates_.push_back(
          known_candidate({tokens_[a].span.begin, tokens_[b - 1].span.end}, a, b, EntityType::kLoc, heading, repeat));
      return;
    }
    // "the Jaffar Express to Peshawar", "The Jaffar Express, carrying about 440 people": a named train, no
    // paper and no organisation.
    if (b - a >= 2 && tok(b - 1) == "Express" && b + 1 < sent.token_end &&
        (tok(b) == "train" || tok(b) == "to" || tok(b) == "from" || (tok(b) == "," && tok(b + 1) == "carrying")))
      return;
    // "Home | News | Opinion | Video": a menu's one-word items are its sections, no names.
    // ("More From This Section": a label of everyday words names nothing.)
    // ("Copyright 2018 The Associated Press": a known body after "The" stays.)
    const uint32_t past_the = iequals(tok(a), "the") ? a + 1 : a;
    if (in_boilerplate_ && b - a >= 2 && all_common_words(a, b) && !lexicon::is_known_org(words(past_the, b - 1)) &&
        !lexicon::is_country_or_region(words(a, b - 1)) && !lexicon::is_major_place(words(a, b - 1)) &&
        !gazetteer::is_place_name(words(a, b - 1)))
      return;
    if (b - a == 1 && in_boilerplate_ && gazetteer::is_common_word(tok(a)) && !lexicon::is_known_org(tok(a)) &&
        !lexicon::is_country_or_region(tok(a)) && !lexicon::is_major_place(tok(a)) &&
        !lexicon::is_nationality(tok(a)) && !lexicon::is_known_person(tok(a)))
      return;
    // "U.N. High Commissioner for Refugees Antonio Guterres": the title
    // before its mandate is nobody's name; the body before it stays.
    // ("The Office of the UN High Commissioner" is a body's name: it stays.)
    if (b < sent.token_end && tok(b) == "for" && is_mandate_title(tok(b - 1))) {
      uint32_t title = b;
      while (title > a && (lexicon::is_person_title(tok(title - 1)) || lexicon::is_title_modifier(tok(title - 1)) ||
                           is_mandate_title(tok(title - 1)) || tok(title - 1) == "High"))
        --title;
      if (title == a || (title > a && iequals(tok(a), "the") && title == a + 1)) return;
      if (is_body_acronym(a, title)) b = title;
    }
    // "So-called Islamic State": the writer's distance is no part of the name.
    if (b - a >= 2 && iequals(tok(a), "so-called")) ++a;
    // "Syria Regime air strikes" (a headline's colon lost): the country alone.
    if (b - a >= 2 && iequals(tok(b - 1), "regime") && lexicon::is_country_or_region(words(a, b - 2))) --b;
    // The pronoun after an opening word: "Afterwards I heard", "Then I saw".
    if (b - a == 2 && opens_clause(sent, a) && tok(b - 1) == "I") --b;
    // "| By MEE staff": a byline's "By" opens no name; nor does "NGO" its name ("the NGO Acled").
    if (b - a >= 2 && (tok(a) == "By" || tok(a) == "NGO")) ++a;
    // "Jihadist violence has killed": words written in lower case inside a
    // sentence ("jihadists") are capitalised only by its start.
    if (b - a == 1 && opens_clause(sent, a) && is_lower_case_group_word(tok(a)) && a + 1 < sent.token_end &&
        tokens_[a + 1].kind == TokenKind::kWord && chars::is_ascii_lower(tok(a + 1)[0]))
      return;
    // Sentence-initial words capitalised only by position: "Heavy fighting",
    // "ALEPPO, Syria -- Regime helicopters", "Eyewitnesses said", "Fifteen
    // SARC volunteers", "Suspected Boko Haram fighters".
    // ("Doctors Without Borders said": a known name keeps its everyday first word.)
    // ("WHO: Attack on ...": an organisation's acronym in capitals is no opening word.)
    // ("NEW YORK/AMMAN -": a known place keeps its everyday first word too.)
    // ("Vanguard" alone on a line over the page's date: an outlet, however everyday its word.)
    const bool outlet_over_date = b - a == 1 && !is_desk_word(tok(a)) && fills_line_over_date(sent, a, b);
    // ("Tubas, 29 August 2024": a dated dateline's place, however everyday its word; not a bare line in capitals,
    // "HIGHLIGHTS", read as a place.)
    const auto& dateline = in_.roles->dateline;
    const bool dateline_place = dateline && !dateline->place.empty() && !dateline->date.empty() &&
                                tokens_[a].span.begin >= dateline->place.begin &&
                                tokens_[b - 1].span.end <= dateline->place.end;
    while (a < b && !outlet_over_date && !dateline_place && !western_region(a, b) &&
           !byline_outlet_after_bar(sent, a, b) && opens_clause(sent, a) &&
           !(b - a >= 2 && lexicon::is_known_org(words(a, b - 1))) &&
           !(b - a >= 2 &&
             (lexicon::is_major_place(words(a, b - 1)) || lexicon::is_country_or_region(words(a, b - 1)) ||
              gazetteer::is_big_city(words(a, b - 1)))) &&
           !(is_all_caps(tok(a)) && tok(a).size() >= 2 && lexicon::is_known_org(tok(a))) &&
           (lexicon::is_common_capitalised(tok(a)) || abbreviations::is_sentence_starter(tok(a)) ||
            (b - a == 1 && is_everyday_opening_word(sent, a)) || (b - a > 1 && number_value(tok(a))) ||
            (b - a == 1 && is_generic_body(sent, a)) ||
            known_after_everyday_word(a, b)) &&
           !lexicon::is_country_or_region(tok(a)) && !lexicon::is_country_without_apostrophe(tok(a)) &&
           !(b - a == 2 && weekday_as_given_name(a, sent)))
      ++a;
    // Every word was an opening word ("Shelling" at a text's end): nothing is left to read.
    if (a >= b) return;
    // ("Eastern Burkina Faso has been hit", "Northern Mali": a bearing capitalised by the sentence's start before a
    // country is no part of its name; "Southern Africa" and "Central Asia" are regions' names.)
    if (b - a >= 2 && opens_clause(sent, a) && tok(a).size() > 5 && ends_with(tok(a), "ern") &&
        is_region_bearing(tok(a)) &&
        lexicon::is_country_or_region(words(a + 1, b - 1)) && !is_continent(words(a + 1, b - 1)))
      ++a;
    // ("The Defence Minister, Iván Velásquez,", "the Defence Secretary": an office of title words alone names no
    // one and no body.)
    if (b - a >= 2) {
      bool titles_only = true;
      for (uint32_t k = a; k < b && titles_only; ++k)
        titles_only = lexicon::is_person_title(tok(k)) || lexicon::is_title_modifier(tok(k));
      // (Not "the General Staff", a body's head word last.)
      if (titles_only && !lexicon::is_known_org(words(a, b - 1)) && !lexicon::is_org_head(tok(b - 1))) return;
    }
    // ("the Russian landing ship Orsk", "two other ships, the Saratov and the Novocherkassk": a ship's name, though
    // a town's, names no place.)
    if (b - a <= 2 && names_vessel(a, sent)) return;
    // ("Enditem": a wire's end-of-item marker names nothing; nor does "Agencies" in a credit, "(SANA/Agencies)".)
    if (b - a == 1 && (iequals(tok(a), "Enditem") || tok(a) == "Agencies")) return;
    // ("El Tiempo (English edition)": the language an outlet's edition is in names no people.)
    // ("El Universal (English)": the language alone in brackets after the outlet's name on its line.)
    const bool bracketed_alone =
        a > sent.token_begin + 1 && tok(a - 1) == "(" && b + 1 == sent.token_end && tok(b) == ")";
    if (b - a == 1 && is_edition_language(tok(a)) && b < sent.token_end &&
        (tok(b) == "edition" || tok(b) == "version" || tok(b) == "service" || bracketed_alone))
      return;
    // ("the Chaman-Spin Boldak crossing", "the Kabul-Jalalabad highway": two known places joined by a hyphen
    // name a route or a border between them; each is a place.)
    if (const size_t hyphen = tok(a).find('-');
        hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < tok(a).size()) {
      const auto known_place = [](std::string_view name) {
        return gazetteer::is_place_name(name) || lexicon::is_major_place(name) || lexicon::is_country_or_region(name);
      };
      const auto news_place = [](std::string_view name) {
        return lexicon::is_major_place(name) || lexicon::is_country_or_region(name);
      };
      const Span whole{tokens_[a].span.begin, tokens_[b - 1].span.end};
      const Span left{whole.begin, static_cast<uint32_t>(whole.begin + hyphen)};
      const Span right{static_cast<uint32_t>(left.end + 1), whole.end};
      static constexpr std::string_view kRouteNouns[] = {"highway", "road", "crossing", "border", "motorway", "route",
                                                         "railway", "corridor", "axis", "frontier"};
      static const WordSet route_nouns(kRouteNouns);
      const bool route_after = b < sent.token_end && route_nouns.contains(tok(b));
      // (Not "Mai-Mai militias": a reduplicated name, each half a village somewhere.)
      if (chars::is_ascii_upper(tok(a)[0]) && chars::is_ascii_upper(tok(a)[hyphen + 1]) &&
          left.of(text_) != right.of(text_) &&
          ((route_after && known_place(left.of(text_))) ||
           (news_place(left.of(text_)) && news_place(right.of(text_))))) {
        candidates_.push_back(known_candidate(left, a, a + 1, EntityType::kLoc, heading, repeat));
        candidates_.push_back(known_candidate(right, a, b, EntityType::kLoc, heading, repeat));
        return;
      }
    }
    // ("May God protect our country": the wish's "May" before a name and its verb.)
    if (b - a == 2 && tok(a) == "May" && opens_clause(sent, a) && b < sent.token_end &&
        tokens_[b].kind == TokenKind::kWord && chars::is_ascii_lower(tok(b)[0]))
      ++a;
    // "backing Animal Assad": an everyday word before a known surname is an epithet, no given name.
    if (b - a == 2 && lexicon::is_known_person(tok(a + 1)) && gazetteer::is_common_word(tok(a)) &&
        !gazetteer::is_person_name(tok(a)) && !lexicon::is_given_name(tok(a)) && !lexicon::is_person_title(tok(a)))
      ++a;
    if (b - a == 1 && tok(a) == "I") return;  // "I" alone names nobody
    // 'The operation, dubbed "Euphrates Shield"': an operation's code name names no one.
    if (a >= sent.token_begin + 2 && tok(a - 1) == "\"" &&
        (iequals(tok(a - 2), "dubbed") || iequals(tok(a - 2), "codenamed") || iequals(tok(a - 2), "code-named")))
      return;
    // ("Zike village in Bassa Local Government Area of Plateau State": Nigeria's district is its name, as
    // "Hatay province" is Hatay; the state after "of" is a name of its own.)
    for (uint32_t k = a + 1; k + 2 < b; ++k)
      if (tok(k) == "Local" && tok(k + 1) == "Government" && tok(k + 2) == "Area") {
        add_run(sent, a, k, heading, repeat);
        if (k + 4 < b && tok(k + 3) == "of") {
          if (b - (k + 4) == 2 && tok(b - 1) == "State")  // "of Plateau State": the state's name
            candidates_.push_back(known_candidate(tokens_[k + 4].span, k + 4, k + 5, EntityType::kLoc, heading, repeat));
          else
            add_run(sent, k + 4, b, heading, repeat);
        }
        return;
      }
    // ("in neighbouring Maru LGA": the same area by its initials.)
    if (b - a >= 2 && tok(b - 1) == "LGA") {
      add_run(sent, a, b - 1, heading, repeat);
      return;
    }
    // A cry ("shouting 'Allahu Akbar'") names no one.
    if (b - a == 2 && tok(a) == "Allahu" && tok(a + 1) == "Akbar") return;
    // A press release's label ("Press release") names no press.
    if (b - a == 1 && tok(a) == "Press" && b < sent.token_end && iequals(tok(b), "release")) return;
    // "in Lakes State", "in Kachin State": a state after a place's preposition is the place its first
    // word names (as "Borno State" is Borno), an everyday word too.
    // ("in northern Kachin State": a bearing may come between.)
    // ("from neighbouring Warrap State": a word of nearness too.)
    const uint32_t preposition_at =
        a > sent.token_begin + 1 && (lexicon::is_bearing_adjective(tok(a - 1)) || lexicon::is_nearness_word(tok(a - 1)))
            ? a - 2
            : a - 1;
    // ("Nigeria's Borno State": after its country's possessive too.)
    const auto country_possessive = [&](std::string_view w) {
      const std::string_view owner = strip_possessive(w);
      return owner.size() < w.size() && lexicon::is_country_or_region(owner);
    };
    // ("Jonglei State's Duk County": so is a state owning the place after it.)
    const bool state_owning = b - a == 2 && tok(b - 1) == "State's" && b < sent.token_end && is_capitalised(tok(b));
    if (b - a == 2 && (tok(b - 1) == "State" || state_owning) &&
        (state_owning || (a > sent.token_begin && preposition_at >= sent.token_begin &&
                          (lexicon::is_place_preposition(tok(preposition_at)) || country_possessive(tok(preposition_at))))) &&
        !lexicon::is_known_org(words(a, b - 1)) &&
        !lexicon::is_nationality(tok(a))) {
      candidates_.push_back(known_candidate(tokens_[a].span, a, a + 1, EntityType::kLoc, heading, repeat));
      return;
    }
    // "Idleb Governorate", "Idlib Province": the unit's kind stays out, as "Hatay province" leaves "province".
    // (Not "Islamic State West Africa Province", a group's name: only one word, or a known place, before it.)
    // "Al-Manar TV", "Reuters Staff": a known body's medium or newsroom after its name stays out.
    // ("Al Masirah TV", "Al-Masirah TV": an Arabic channel's name, its article first, before "TV".)
    const bool arabic_channel = tok(b - 1) == "TV" && (tok(a) == "Al" || tok(a).substr(0, 3) == "Al-" || tok(a).substr(0, 3) == "al-");
    // ("Myanmar Now", "Garowe Online": an outlet named by its place and the word for its medium; in a heading,
    // only alone on a line under the title.)
    const bool line_of_its_own = a == sent.token_begin && ends_line_under_title(sent, b);
    if (b - a == 2 && is_outlet_tail(tok(b - 1)) && (!heading || line_of_its_own)) {
      candidates_.push_back(known_candidate({tokens_[a].span.begin, tokens_[b - 1].span.end}, a, b, EntityType::kOrg,
                                            heading, repeat));
      return;
    }
    // ("By Scroll Staff", "By Premium Times Staff": a byline's outlet before its newsroom, known or not.)
    // (Not a desk: "By Sports Staff".)
    const bool byline_staff = b - a >= 2 && b - a <= kOutletWords + 1 && tok(b - 1) == "Staff" &&
                              a > sent.token_begin && tok(a - 1) == "By" &&
                              !is_desk_word(tok(a));
    if (b - a >= 2 && (tok(b - 1) == "TV" || tok(b - 1) == "Staff") &&
        (lexicon::is_known_org(words(a, b - 2)) || byline_staff))
      --b;
    else if (b - a >= 2 && arabic_channel && !(b - a == 2 && tok(a) == "Al")) {
      candidates_.push_back(known_candidate({tokens_[a].span.begin, tokens_[b - 2].span.end}, a, b - 1, EntityType::kOrg,
                                            heading, repeat));
      return;
    }
    // ("Borno State", "Rakhine State": "State" only after a known place; "Islamic State" is a group.)
    const bool known_place_before = b - a >= 2 && (lexicon::is_major_place(words(a, b - 2)) || gazetteer::is_place_name(words(a, b - 2)));
    // ("Benue State", "Kachin State", "River Nile State": one or two unknown words before it are a state's name,
    // the last no everyday word; not "Islamic State", "The Islamic State" or "Unity State".)
    if ((b - a == 2 || b - a == 3) && tok(b - 1) == "State" && !known_place_before &&
        !gazetteer::is_common_word(tok(b - 2)) && !iequals(tok(a), "the") && !iequals(tok(a), "an") &&
        !iequals(tok(a), "a") && !is_detached_article(tok(a)) &&
        (!lexicon::is_nationality(tok(a)) || western_region(a, b)) &&
        !lexicon::is_nationality(tok(b - 2)) && !lexicon::is_known_org(words(a, b - 1)) &&
        !lexicon::is_known_org(words(b - 2, b - 1)) && !lexicon::is_given_name(tok(a))) {
      candidates_.push_back(known_candidate({tokens_[a].span.begin, tokens_[b - 2].span.end}, a, b - 1,
                                            EntityType::kLoc, heading, repeat));
      return;
    }
    // ("Lamu County", a Kenyan county: not "Orange County", a place's whole name.)
    // ("Tonj North County", "Grand Gedeh County": a two-word county's name too, one of its words everyday at most.)
    // ("Moroto District", a Ugandan district: not "Federal District" or "Lake District".)
    const bool county = tok(b - 1) == "County" &&
                        ((b - a == 2 && !gazetteer::is_common_word(tok(a))) ||
                         (b - a == 3 && !(gazetteer::is_common_word(tok(a)) && gazetteer::is_common_word(tok(a + 1)))));
    // ("Barangay Gayola", a Philippine village: the unit's kind before the name stays out, as "village" does.)
    if (b - a >= 2 && b - a <= 3 && (tok(a) == "Barangay" || tok(a) == "Brgy") && all_capitalised(a + 1, b)) {
      candidates_.push_back(known_candidate({tokens_[a + 1].span.begin, tokens_[b - 1].span.end}, a + 1, b,
                                            EntityType::kLoc, heading, repeat));
      return;
    }
    const bool district = tok(b - 1) == "District" && b - a == 2 && !gazetteer::is_common_word(tok(a));
    if (county || district) {
      // (Typed here: a title's word may open the name, "Grand" of "Grand Gedeh".)
      candidates_.push_back(known_candidate({tokens_[a].span.begin, tokens_[b - 2].span.end}, a, b - 1,
                                            EntityType::kLoc, heading, repeat));
      return;
    }
    if (b - a >= 2 && (((tok(b - 1) == "Governorate" || tok(b - 1) == "Province") && (b - a == 2 || known_place_before)) ||
                       (tok(b - 1) == "State" && known_place_before && !gazetteer::is_common_word(words(a, b - 2)))))
      --b;
    // ("H. Said / Manar": an initial cut off from its name names no one; "said on X" is read later.)
    if (b - a == 1 && tok(a).size() == 1 && tok(a) != "X") return;
    // "... chemical attack New toll": words that only open names ("New
    // York", "Upper Nile", "Greater Pibor") name nothing alone.
    if (b - a == 1 && (tok(a) == "New" || tok(a) == "Upper" || tok(a) == "Lower" || tok(a) == "Greater")) return;
    // "SOURCE: News agencies": a paper's last word alone is an everyday word.
    if (b - a == 1 && opens_clause(sent, a) && lexicon::is_newspaper_head(tok(a))) return;
    // A month the date finder could not read ("Last updated at Jul 262016")
    // names no place; "May" may be a surname.
    if (b - a == 1 && lexicon::is_month(tok(a)) && !iequals(tok(a), "May")) return;
    // A headline's event: "58 Killed in Suspected Gas Attack in Idlib" names
    // no place; "Russian Airstrikes" keeps the nationality.
    if (b - a > 1 && chars::is_ascii_upper(tok(b - 1)[0]) && lexicon::is_attack_noun(tok(b - 1)) &&
        !lexicon::is_known_org(words(a, b - 1))) {
      --b;
      while (b > a && gazetteer::is_common_word(tok(b - 1)) && !lexicon::is_nationality(tok(b - 1)) &&
             !lexicon::is_country_or_region(tok(b - 1)))
        --b;
      if (b == a) return;
    }
    // "Mondays attack": a weekday's possessive that lost its apostrophe.
    if (b - a == 1 && lexicon::is_weekday_possessive(tok(a))) return;
    // "killed on Monday-and scores injured": dashes lost their spaces; a day
    // glued to the next word is no name.
    if (b - a == 1 && tok(a).find('-') != std::string_view::npos &&
        lexicon::is_weekday(tok(a).substr(0, tok(a).find('-'))))
      return;
    // A name starts with a capital: trimming "Forces" off "Forces of Syrian
    // Democratic Forces" must not leave "of ...".
    // ("444 Brigade", "25th Special Mission Forces Division": a unit's number stays.)
    const bool ordinal_first = tokens_[a].kind == TokenKind::kNumber && is_ordinal_suffix_at(text_, tokens_, a + 1, b);
    while (a < b && !ordinal_first &&
           (iequals(tok(a), "the") || tok(a) == "." ||
            (!is_capitalised(tok(a)) && !(is_detached_article(tok(a)) && a + 1 < b) &&
             !(tokens_[a].kind == TokenKind::kNumber && a + 1 < b && is_numbered_unit_head(tok(a + 1))) &&
             !(b == a + 2 && gang_number_at(a, sent.token_end)))))
      ++a;
    if (a >= b) return;

    // Compound adjectives: "London-based", "New York-based", "Nato-backed".
    if (compound_suffix(tok(b - 1)) > 0) {
      const std::string_view w = tok(b - 1);
      // ("the English-speaking regions": a language, which Sift does not mark.)
      if (ends_with(w, "-speaking")) return;
      const size_t suffix = compound_suffix(w);
      Candidate c = span_candidate({tokens_[a].span.begin, static_cast<uint32_t>(tokens_[b - 1].span.end - suffix)}, a,
                                   b, heading, repeat);
      const std::string_view name = c.span.of(text_);
      if (!type_by_lexicon(name, c)) {
        // ("London-based": a place; "Nato-backed": a body; "Barbados-flagged":
        // surely a country, whose ships fly its flag.)
        const bool flag = is_flag_compound(w);
        c.type = ends_with(w, "-based") || flag ? EntityType::kLoc : EntityType::kOrg;
        c.evidence = flag ? Evidence::kStrong : Evidence::kWeak;
      }
      candidates_.push_back(c);
      return;
    }

    // Ships, military operations, events, languages and faiths are not the
    // entities Sift marks ("Gulf War", "Arabic"); an organisation named
    // after one keeps its head word ("Ministry of War"). A name right after a
    // flag ("the Barbados-flagged True Confidence") is a ship's.
    if (iequals(tok(a), "USS") || iequals(tok(a), "HMS") || iequals(tok(a), "FS") ||
        iequals(tok(a), "Operation") || iequals(tok(a), "Exercise") ||
        (a > sent.token_begin && is_flag_compound(tok(a - 1))))
      return;
    // ("Operation Euphrates Shield", "the Euphrates Shield zone", "the Operation Peace Spring area": a military
    // operation's code name is no place, body or person.)
    {
      static constexpr std::string_view kCodeNameHeads[] = {"Shield", "Spring", "Branch", "Claw", "Storm", "Sword",
                                                            "Dawn", "Resolve", "Fury", "Lock", "Thunder", "Hammer"};
      static const WordSet code_name_heads(kCodeNameHeads);
      const bool after_operation = (a > sent.token_begin && tok(a - 1) == "Operation") || tok(a) == "Operation";
      const bool before_zone = b < sent.token_end && (tok(b) == "zone" || tok(b) == "area" || tok(b) == "operation" ||
                                                      tok(b) == "region" || tok(b) == "forces");
      if (b - a >= 2 && code_name_heads.contains(tok(b - 1)) && (after_operation || before_zone)) return;
    }
    // "UN Security Council Resolution 2254": the council, not its resolution.
    if (b - a >= 2 && (tok(b - 1) == "Resolution" || tok(b - 1) == "Resolutions")) --b;
    // ("8:00PM GMT", "5:48 AM EDT": a clock's half and its time zone.)
    const bool clock_and_zone = b - a == 2 && lexicon::is_non_name(tok(a)) && lexicon::is_non_name(tok(a + 1));
    if ((b - a == 1 && lexicon::is_non_name(tok(a))) || clock_and_zone ||
        (lexicon::is_non_name_head(tok(b - 1)) && !run_has_org_head(a, b)))
      return;
    // ("Maoist ambush", "Marxist rebels": an ideology's adjective no list knows names no one.)
    if (b - a == 1 && (ends_with(tok(a), "ist") || ends_with(tok(a), "ists")) && tok(a).size() > 5 &&
        !lexicon::is_nationality(tok(a)) && !lexicon::is_known_org(tok(a)) && !gazetteer::is_place_name(tok(a)) &&
        !gazetteer::is_person_name(tok(a)))
      return;
    // "By Staff Reporter", "Our Correspondent": a byline's role, after "By" or on its own.
    // ("By Our Special Correspondent": one describing word between.)
    if (b - a <= 3 && lexicon::is_byline_role_head(tok(b - 1)) &&
        (b - a == 1 || (a > sent.token_begin && iequals(tok(a - 1), "by")) || iequals(tok(a), "Staff") ||
         iequals(tok(a), "Our") || iequals(tok(a), "Web") || iequals(tok(a), "News")) &&
        (b - a <= 2 || iequals(tok(a), "Our") || iequals(tok(a), "Staff")))
      return;
    // A known place or organisation opening a longer run is its own entity
    // when the rest is a name or a title: "UN Secretary-General Ban Ki-moon",
    // "Middle East Tobias Ellwood", "Foreign Office Minister Tobias Ellwood".
    bool titled = false;
    // Words in the longest known name that may open a run ("Syrian Observatory for Human Rights").
    constexpr uint32_t kLongestKnownPrefix = 6;
    // "Saudi Arabia", "Gaza Strip": a known whole is never split at a nationality or a known part.
    // (A one-word run has nothing to split.)
    const std::string_view whole = strip_possessive(words(a, b - 1));
    // ("the Islamic State in the Greater Sahara (ISGS)": nor one its acronym spells after it.)
    const bool whole_known = b - a >= 2 && (lexicon::is_known_org(whole) || lexicon::is_country_or_region(whole) ||
                                            lexicon::is_major_place(whole) || spelled_by_acronym_after(a, b, sent.token_end));
    for (uint32_t len = std::min<uint32_t>(kLongestKnownPrefix, b - a - 1); len >= 1 && b - a >= 2 && !whole_known; --len) {
      const std::string_view prefix = words(a, a + len - 1);
      Candidate probe;
      if (lexicon::is_nationality(prefix) || !type_by_lexicon(prefix, probe)) continue;
      if (run_has_head(a + len, b)) break;  // "Damascus University" is one name
      // ("the Sudan Emergency Lawyers group": a body of three words or more a country opens, a group's noun after.)
      if (b - a >= 3 && b < sent.token_end && chars::is_ascii_lower(tok(b)[0]) && is_group_noun(tok(b)) &&
          all_capitalised(a + len, b))
        break;
      // "Rudaw English", "BBC Arabic": an outlet's edition in a language is the outlet.
      if (probe.type == EntityType::kOrg && a + len + 1 == b && is_edition_language(tok(a + len))) {
        candidates_.push_back(
            known_candidate({tokens_[a].span.begin, tokens_[b - 1].span.end}, a, b, EntityType::kOrg, heading, repeat));
        return;
      }
      // "Daraa al-Balad", "Homs al-Qadima": a town and one "al-" word name its quarter.
      if (probe.type == EntityType::kLoc && a + len + 1 == b && is_particle_prefixed(tok(a + len)) &&
          chars::is_ascii_lower(tok(a + len)[0])) {
        candidates_.push_back(
            known_candidate({tokens_[a].span.begin, tokens_[b - 1].span.end}, a, b, EntityType::kLoc, heading, repeat));
        return;
      }
      // ("Colombia One", "Haiti Libre" alone on their line over the page's date: an outlet a country names; not
      // "Nairobi Kenya", two places.)
      const std::string_view rest = words(a + len, b - 1);
      // ("Haiti Libre" right under the headline, over the story's first paragraph: as sure.)
      if (probe.type == EntityType::kLoc && b - a <= kOutletWords &&
          (fills_line_over_date(sent, a, b) || fills_line_between_title_and_story(sent, a, b)) &&
          !lexicon::is_country_or_region(rest) && !lexicon::is_major_place(rest) && !gazetteer::is_place_name(rest)) {
        candidates_.push_back(
            known_candidate({tokens_[a].span.begin, tokens_[b - 1].span.end}, a, b, EntityType::kOrg, heading, repeat));
        return;
      }
      // "President of Colombia Juan Manuel Santos": the place ends a title (below).
      if (len == 1 && probe.type == EntityType::kLoc && b - a >= 3 && a >= sent.token_begin + 2 &&
          tok(a - 1) == "of" && lexicon::is_person_title(tok(a - 2)))
        break;
      candidates_.push_back(known_candidate({tokens_[a].span.begin, tokens_[a + len - 1].span.end}, a, a + len,
                                            probe.type, heading, repeat));
      a += len;
      while (a < b && (iequals(tok(a), "for") || iequals(tok(a), "of") || iequals(tok(a), "the") || tok(a) == "in")) ++a;
      break;
    }
    if (a >= b) return;
    // A leading nationality before a title, or in a run without an
    // organisation or place word, is its own entity: "Russian Foreign
    // Minister Sergei Lavrov", "Syrian Kurds"; not in "Syrian Arab News Agency".
    // ("Russian Defense Ministry": a title's word before a body's head is the body's.)
    // ("the Yemeni Landmine Records group": a body of two or more words the nationality opens, a group's
    // noun after it; not "the Russian Wagner group", a known name after the nationality.)
    const bool group_named_with_nationality =
        b - a >= 3 && b < sent.token_end && chars::is_ascii_lower(tok(b)[0]) && is_group_noun(tok(b)) &&
        lexicon::is_nationality(tok(a)) && !lexicon::is_nationality(tok(a + 1)) &&
        !lexicon::is_known_org(words(a + 1, b - 1)) && all_capitalised(a + 1, b);
    // ("Indian Express" alone on its line over the date: an outlet the nationality opens.)
    const bool outlet_line = b - a >= 2 && fills_line_over_date(sent, a, b);
    const bool outlet_named_with_nationality = names_paper_after_nationality(sent, a, b);
    const bool bearing_of_region = western_region(a, b);
    while (!whole_known && !group_named_with_nationality && !outlet_line && !outlet_named_with_nationality &&
           !bearing_of_region && a < b &&
           lexicon::is_nationality(tok(a)) &&
           (b - a == 1 || (lexicon::is_person_title(tok(a + 1)) && !run_has_org_head(a + 1, b)) ||
            !run_has_head(a, b))) {
      push_single(a, EntityType::kNorp, heading, repeat);
      ++a;
      while (a < b && tokens_[a].kind != TokenKind::kWord) ++a;  // "Kurds' Peshmerga"
    }
    if (a >= b) return;
    // A name the run ends on that the lexicon knows in capitals is its own
    // entity: "Hasakeh AFP", "Syrian Arab News Agency SANA".
    if (!whole_known && b - a >= 2 && is_all_caps(tok(b - 1)) && lexicon::is_known_org(tok(b - 1))) {
      add_run(sent, a, b - 1, heading, repeat);
      add_run(sent, b - 1, b, heading, repeat);
      return;
    }
    // A byline runs the writer into the agency: "By SAMY MAGDY Associated Press".
    if (!whole_known && b - a >= 2 && in_.roles->paragraphs[sent.paragraph].kind == ParagraphKind::kByline) {
      constexpr uint32_t kLongestAgency = 3;  // "Agence France Presse"
      for (uint32_t k = b - std::min(b - a - 1, kLongestAgency); k < b; ++k)
        if (lexicon::is_known_org(words(k, b - 1))) {
          add_run(sent, a, k, heading, repeat);
          add_run(sent, k, b, heading, repeat);
          return;
        }
    }
    // An organisation's head word, then a person's name: "the UN Security
    // Council Amr Abdellatif Aboulatta".
    if (b - a >= 4) {
      for (uint32_t h = b - 2; h > a; --h) {
        if (!lexicon::is_org_head(tok(h))) continue;
        // (Not a title after the head, "District Police Officer Iqbal Momand": the rule below reads it.)
        if (b - (h + 1) >= 2 && b - (h + 1) <= 4 && !run_has_head(h + 1, b) && all_capitalised(h + 1, b) &&
            (lexicon::is_given_name(tok(h + 1)) || gazetteer::is_person_name(tok(h + 1))) &&
            !lexicon::is_person_title(tok(h + 1))) {
          add_run(sent, a, h + 1, heading, repeat);
          add_run(sent, h + 1, b, heading, repeat);
          return;
        }
        break;
      }
    }
    // An organisation, a title and a name in one run: "Navy Capt. Jeff Davis",
    // "Pentagon Press Secretary Peter Cook". The title block splits them; the
    // name after it must hold no head word ("Prince Sultan Air Base").
    if (b - a >= 3) {
      uint32_t k = b - 1;
      while (k > a && !lexicon::is_person_title(tok(k))) --k;
      // (A name after the title opens with a capital: "High Commissioner for Human Rights" is a mandate.)
      const uint32_t name_at = k + 1 < b && tok(k + 1) == "." ? k + 2 : k + 1;  // past "Capt."
      if (k > a && k + 1 < b && !run_has_head(k + 1, b) && name_at < b && chars::is_ascii_upper(tok(name_at)[0])) {
        uint32_t f = k;
        while (f > a && (lexicon::is_person_title(tok(f - 1)) || tok(f - 1) == "." ||
                         lexicon::is_title_modifier(tok(f - 1))))
          --f;
        // "Ministry of Foreign Affairs": a portfolio after "of" (or "for") belongs to the organisation.
        // ("Hassan Sheikh Mohamud", "Mohamed Haji Ali": an honorific after a given name is the name's.)
        const bool honorific_in_name = f == k && is_inner_honorific(tok(k)) &&
                                       (lexicon::is_given_name(tok(k - 1)) || gazetteer::is_person_name(tok(k - 1))) &&
                                       !lexicon::is_major_place(tok(k - 1)) &&
                                       (k - 1 == a || lexicon::is_person_title(tok(k - 2)));
        // ("District Police Officer Iqbal Momand": a police rank in South Asia, no body.)
        if (f > a && tok(f - 1) != "of" && tok(f - 1) != "for" && !honorific_in_name && !(f == a + 2 && police_rank_at(a))) {
          add_run(sent, a, f, heading, repeat);
          a = f;
        }
      }
    }
    // "The Benue State Governor, Samuel Ortom,", "the Kharkiv Governor said": a place and its title, no name
    // after it in the run; the place alone is a name.
    // (An office's holder only: not the portfolio word of "Syria Civil Defence".)
    static constexpr std::string_view kHolders[] = {"Governor", "Mayor", "Commissioner", "Administrator", "Premier",
                                                    "Prefect", "Minister", "President", "Senator", "Commander"};
    static const WordSet holders(kHolders);
    if (b - a >= 2 && holders.contains(tok(b - 1)) && !lexicon::is_known_org(words(a, b - 1))) {
      uint32_t f = b - 1;
      // (A place's head is no title's word: "State" in "Benue State Governor".)
      const auto place_head = [&](uint32_t k) { return lexicon::is_place_head(tok(k)) || tok(k) == "State"; };
      while (f > a && (lexicon::is_person_title(tok(f - 1)) || lexicon::is_title_modifier(tok(f - 1))) &&
             !place_head(f - 1))
        --f;
      constexpr uint32_t kPlaceWords = 3;  // "Benue State", "Nineveh provincial"
      const std::string_view first = tok(a);
      if (f > a && f - a <= kPlaceWords && tok(f - 1) != "of" && tok(f - 1) != "for" &&
          (gazetteer::is_place_name(first) || lexicon::is_major_place(first) || lexicon::is_country_or_region(first) ||
           (f - a >= 2 && place_head(f - 1))) &&
          !lexicon::is_known_org(words(a, f - 1))) {
        add_run(sent, a, f, heading, repeat);
        return;
      }
    }
    // "Secretary of State John Kerry", "Governor of Arizona Doug Ducey": the
    // department or the place ends the title when a name follows it.
    Span title{};
    if (a >= sent.token_begin + 2 &&
        ((tok(a - 1) == "of" && lexicon::is_person_title(tok(a - 2))) || (tok(a - 1) == "for" && is_mandate_title(tok(a - 2))))) {
      // "the Secretary of State said": the portfolio alone is the title's.
      bool portfolio_only = true;
      for (uint32_t k = a; k < b && portfolio_only; ++k)
        portfolio_only = is_department_word(tok(k)) || lexicon::is_portfolio_word(tok(k));
      if (portfolio_only) return;
      // ("The governor of Norte de Santander, William Villamizar": the region whole, no name inside it.)
      if (const uint32_t name = names_spanish_region(a, b) ? a : name_after_title_of(a, b); name > a) {
        title = {tokens_[a - 2].span.begin, tokens_[name - 1].span.end};
        a = name;
        titled = true;
      }
    }
    // Leading titles: "President", "Dr", "Lt. Col.", "Foreign Minister"; at
    // the start of a sentence also a capitalised role ("Journalists William
    // Daniels and Edith Bouvier").
    uint32_t t = a;
    // "the neighbourhood of Sheikh Said": a title word opening a place's name stays in it.
    // Asked before titles are trimmed: a title trimmed makes the run a person whatever stands before it.
    const Settlement settlement = names_settlement(sent, a);
    // ("clashes in Sheikh Maskin", "near Sheikh Najjar": a sheikh's name after "in" is a place's.)
    // ("the Sheikh Maqsoud district": so is one before a quarter's noun, and the same name later in the
    // article: "rockets on Sheikh Maqsoud".)
    const bool opens_with_sheikh = b - a >= 2 && (iequals(tok(a), "Sheikh") || iequals(tok(a), "Shaikh"));
    const uint64_t sheikh_key = opens_with_sheikh ? name_key(words(a, b - 1)) : 0;
    const bool known_sheikh_place =
        opens_with_sheikh && std::find(sheikh_places_.begin(), sheikh_places_.end(), sheikh_key) != sheikh_places_.end();
    const bool place_named_for_sheikh =
        opens_with_sheikh &&
        ((a > sent.token_begin &&
          (iequals(tok(a - 1), "in") || iequals(tok(a - 1), "near") || iequals(tok(a - 1), "outside"))) ||
         (b < sent.token_end && is_quarter_noun(tok(b))) || known_sheikh_place);
    if (place_named_for_sheikh && !known_sheikh_place) sheikh_places_.push_back(sheikh_key);
    // ("the Imam Bargah mosque", "the King Fahd hospital": a title opening a site's name before its kind stays.)
    const bool site_named_for_title = b - a >= 2 && a > sent.token_begin && iequals(tok(a - 1), "the") &&
                                      b < sent.token_end && is_site_noun(tok(b)) && lexicon::is_person_title(tok(a));
    if (settlement != Settlement::kNamed && !place_named_for_sheikh && !site_named_for_title) {
      if (t == sent.token_begin && b - t >= 2 && is_plural_role(tok(t)) && !whole_known &&
          !lexicon::is_preposition(tok(t + 1)))
        ++t;
      // ("Sultan al-Arada": before a lone family name "Sultan" is a given name.)
      const auto given_name_not_title = [&](uint32_t k) {
        return iequals(tok(k), "Sultan") && k + 2 == b && is_particle_prefixed(tok(k + 1));
      };
      // ("DR Congo": a known name keeps its first word, title or not.)
      while (t < b && !whole_known && !given_name_not_title(t) &&
             (modifiers_before_title(t, b) ||
              (!lexicon::is_org_head(tok(t)) && (lexicon::is_person_title(tok(t)) || tok(t) == "."))))
        ++t;
    }
    // Titles alone name nobody: "Prime Minister's Questions".
    if (t == b - 1 && lexicon::is_person_title(strip_possessive(tok(t)))) return;
    // (A title run in apposition to the name before it describes that person: "said Mark Cutts, Deputy
    // Regional Humanitarian Coordinator".)
    if (t == b && t > a && a >= sent.token_begin + 2 && tok(a - 1) == "," && !candidates_.empty() &&
        candidates_.back().type == EntityType::kPerson && candidates_.back().last + 1 == a)
      return;
    // Nor does a title before "of": "Minister of Foreign Affairs Walid al-Muallem"
    // gives the name its whole title.
    if (t == b && b + 1 < sent.token_end && tok(b) == "of") {
      uint32_t next_end = b + 1;
      while (next_end < sent.token_end && is_capitalised(tok(next_end))) ++next_end;
      if (name_after_title_of(b + 1, next_end) > b + 1) return;
    }
    // ("the General Coordination for Displaced Persons": a rank before an
    // abstract noun opens a body's name, not a person's.)
    if (t > a && t < b && !run_has_head(t, b) && !is_abstract_noun(tok(t))) {
      titled = true;
      title = {tokens_[a].span.begin, tokens_[t - 1].span.end};
      a = t;
      while (a < b && tok(a) == ".") ++a;
      // ("Deputy Commissioner Noshki Habibullah Musakhel": a commissioner's district between the title and a
      // name that opens with a given name.)
      const auto given = [&](std::string_view w) { return lexicon::is_given_name(w) || gazetteer::is_person_name(w); };
      if (b - a >= 3 && tok(a - 1) == "Commissioner" && !given(tok(a)) && given(tok(a + 1)) &&
          !gazetteer::is_common_word(tok(a + 1))) {
        candidates_.push_back(known_candidate(tokens_[a].span, a, a + 1, EntityType::kLoc, heading, repeat));
        title.end = tokens_[a].span.end;
        ++a;
      }
    }
    if (a >= b) return;
    // A lower-case role right before the name: "ICRC spokesman Hicham Hassan".
    if (title.empty() && a > sent.token_begin && chars::is_ascii_lower(tok(a - 1)[0]) &&
        lexicon::is_person_title(tok(a - 1)))
      title = tokens_[a - 1].span;

    Candidate c = span_candidate({tokens_[a].span.begin, tokens_[b - 1].span.end}, a, b, heading, repeat);
    // Possessives stay outside the span: "al-Assad's" -> "al-Assad".
    const std::string_view last = tok(b - 1);
    c.span.end -= static_cast<uint32_t>(last.size() - strip_possessive(last).size());
    c.titled = titled;
    c.title = title;
    classify(c, sent, a, b, settlement);
    candidates_.push_back(c);
  }

  // A newsroom's desk or a page's section: "Sports", "World", "Politics".
  static bool is_desk_word(std::string_view w) {
    static constexpr std::string_view kDesks[] = {"Sports", "News", "Business", "World", "Foreign", "Metro", "Politics",
                                                  "Culture", "National", "International", "Online", "Digital", "Web",
                                                  "Opinion", "Security", "Latest", "Breaking", "Home", "Local"};
    static const WordSet desks(kDesks);
    return desks.contains(w);
  }

  static bool is_newsroom_noun(std::string_view w) {
    static constexpr std::string_view kNouns[] = {"staff", "correspondent", "correspondents", "reporter", "reporters",
                                                  "journalist", "journalists", "photographer", "editor", "editors"};
    static const WordSet nouns(kNouns);
    return !w.empty() && chars::is_ascii_lower(w[0]) && nouns.contains(w);
  }

  // From token k: ", name", "and name" ... then a lower-case place noun.
  bool list_ends_in_place_noun(uint32_t k, uint32_t end) const {
    constexpr uint32_t kLongestList = 12;
    for (uint32_t m = k; m < end && m < k + kLongestList; ++m) {
      const std::string_view w = tok(m);
      if (w == "," || w == "and") continue;
      if (is_capitalised(w)) continue;
      return m > k && lexicon::is_place_noun(w) && chars::is_ascii_lower(w[0]);
    }
    return false;
  }

  // The article's last line, a few capitalised names (initials allowed) split by " / ".
  bool slashed_names_line(uint32_t paragraph) const {
    if (paragraph + 1 != seg_.paragraphs.size()) return false;
    const std::string_view line = seg_.paragraphs[paragraph].span.of(text_);
    constexpr size_t kLongest = 40;
    if (line.size() > kLongest || line.find(" / ") == std::string_view::npos) return false;
    bool at_word = true;
    for (size_t i = 0; i < line.size(); ++i) {
      const char ch = line[i];
      if (ch == ' ' || ch == '/' || ch == '.') { at_word = true; continue; }
      if (at_word && !chars::is_ascii_upper(ch)) return false;
      if (!chars::is_ascii_alpha(ch) && ch != '-' && ch != '\'') return false;
      at_word = false;
    }
    return true;
  }

  bool credits_image(uint32_t paragraph) const {
    const std::string_view line = seg_.paragraphs[paragraph].span.of(text_);
    return chars::starts_with(line, "Photograph:") || chars::starts_with(line, "Photo:") ||
           chars::starts_with(line, "Picture:") || chars::starts_with(line, "Photograph by");
  }

  bool names_writers(uint32_t paragraph) const {
    const ParagraphKind kind = in_.roles->paragraphs[paragraph].kind;
    if (kind == ParagraphKind::kByline) return true;
    if (kind != ParagraphKind::kSignoff) return false;
    std::string_view line = seg_.paragraphs[paragraph].span.of(text_);
    while (!line.empty() && (line.back() == '.' || line.back() == ' ')) line.remove_suffix(1);
    // ("(Reporting by Ellen Francis in Beirut and Tuvan Gumrukcu in Ankara; ...)": a credit line.)
    if (!line.empty() && line.front() == '(') line.remove_prefix(1);
    return chars::ends_with(line, " contributed") || chars::ends_with(line, " contributed to this report") ||
           chars::ends_with(line, " contributed reporting") || chars::starts_with(line, "Reporting by ") ||
           chars::starts_with(line, "Additional reporting by ");
  }

  // "Coordination", "Development", "Authority": no one's name ends so.
  static bool is_abstract_noun(std::string_view w) {
    static constexpr std::string_view kSuffixes[] = {"tion", "sion", "ment", "ity", "ance", "ence", "ship", "ism"};
    if (w.size() < 6) return false;
    for (std::string_view suffix : kSuffixes)
      if (w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix) return true;
    return false;
  }

  // A government's title opens at k: "Chief Minister", "Governor", "Law Minister", "Home Minister".
  bool heads_territory_title(uint32_t k, uint32_t e) const {
    if (k < e && tok(k) == "Governor") return true;
    if (k + 1 < e && tok(k) == "Chief" && tok(k + 1) == "Minister") return true;
    uint32_t m = k;
    while (m < e && m < k + 2 && lexicon::is_title_modifier(tok(m))) ++m;
    return m > k && m < e && tok(m) == "Minister";
  }


  static bool is_named_storm_kind(std::string_view w) {
    return w == "Storm" || w == "Hurricane" || w == "Cyclone" || w == "Typhoon";
  }

  // Lower-case nouns for a city's quarters: "neighborhood", "district", "quarter".
  static bool is_quarter_noun(std::string_view w) {
    static constexpr std::string_view kQuarters[] = {"neighborhood", "neighbourhood", "neighborhoods",
                                                     "neighbourhoods", "district", "quarter"};
    static const WordSet quarters(kQuarters);
    return !w.empty() && chars::is_ascii_lower(w[0]) && quarters.contains(w);
  }

  // Honorifics that Somali and Arabic names carry inside them: "Hassan Sheikh Mohamud".
  static bool is_inner_honorific(std::string_view w) {
    return iequals(w, "Sheikh") || iequals(w, "Shaikh") || iequals(w, "Haji") || iequals(w, "Hajji");
  }

  // Modifiers that open a title block: "Shadow Home Secretary", "Press
  // Secretary"; only when a title word follows them.
  bool modifiers_before_title(uint32_t t, uint32_t b) const {
    uint32_t m = t;
    while (m < b && (lexicon::is_title_modifier(tok(m)) || police_rank_at(m) || (m > 0 && police_rank_at(m - 1) && tok(m) == "Police")))
      ++m;
    return m > t && m < b && lexicon::is_person_title(tok(m));
  }

  // "District Police" before "Officer", "Station House" ...: the first words of a South Asian police rank.
  bool police_rank_at(uint32_t m) const {
    if (m + 1 >= tokens_.size() || tok(m + 1) != "Police") return false;
    const std::string_view w = tok(m);
    return w == "District" || w == "City" || w == "Provincial" || w == "Station";
  }

  // "of", "the", "for", "and" inside the run: "Information Office of the Bab Saba" is a body's name.
  bool joins_words(uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t < b; ++t)
      if (iequals(tok(t), "of") || iequals(tok(t), "the") || iequals(tok(t), "for") || iequals(tok(t), "and")) return true;
    return false;
  }

  bool all_capitalised(uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t < b; ++t)
      if (!is_capitalised(tok(t))) return false;
    return true;
  }

  // ("the Pakistan Air Force's training base": a head word owning what follows is still the head.)
  bool run_has_org_head(uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t < b; ++t)
      if (lexicon::is_org_head(strip_possessive(tok(t)))) return true;
    return false;
  }

  bool run_has_place_head(uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t < b; ++t)
      if (lexicon::is_place_head(tok(t))) return true;
    return false;
  }

  bool run_has_head(uint32_t a, uint32_t b) const { return run_has_org_head(a, b) || run_has_place_head(a, b); }

  void push_single(uint32_t t, EntityType type, bool heading, bool repeat) {
    candidates_.push_back(known_candidate(tokens_[t].span, t, t + 1, type, heading, repeat));
  }

  // The run [a, b) after "TITLE of" may finish the title before a name:
  // "Secretary of State John Kerry", "Governor of Arizona Doug Ducey",
  // "Secretary of Homeland Security Jeh Johnson". The name's first token, or `a`.
  uint32_t name_after_title_of(uint32_t a, uint32_t b) const {
    if (b - a < 2) return a;
    if (is_department_word(tok(a)) || (b - a >= 3 && names_jurisdiction(tok(a), tok(a + 1)))) return a + 1;
    return portfolio_end(a, b);
  }

  // After "TITLE of": the token where a person's name follows a portfolio of
  // one to three words ("Homeland Security", "Foreign Affairs"), or `a`. The
  // portfolio is known words, or the name opens with a given name and runs
  // two or three words.
  uint32_t portfolio_end(uint32_t a, uint32_t b) const {
    constexpr uint32_t kLongestPortfolio = 3, kLongestName = 3;
    uint32_t known = a;
    while (known < b && known < a + kLongestPortfolio && lexicon::is_portfolio_word(tok(known))) ++known;
    if (known > a && known < b && b - known <= kLongestName) return known;
    for (uint32_t name = a + 1; name <= a + kLongestPortfolio && name + 2 <= b; ++name) {
      if (b - name > kLongestName) continue;
      const std::string_view first = tok(name);
      if (lexicon::is_given_name(first) || gazetteer::is_person_name(first)) return name;
    }
    return a;
  }

  bool all_common_words(uint32_t a, uint32_t b) const {
    for (uint32_t k = a; k < b; ++k)
      if (tokens_[k].kind != TokenKind::kWord || !gazetteer::is_common_word(tok(k)) || lexicon::is_country_or_region(tok(k)) ||
          lexicon::is_major_place(tok(k)) || lexicon::is_nationality(tok(k)))
        return false;
    return true;
  }

  // "U.N.", "UN", "EU": tokens [a, b) spell a body's acronym (its dots included).
  bool is_body_acronym(uint32_t a, uint32_t b) const {
    if (a >= b || b - a > 4) return false;
    for (uint32_t k = a; k < b; ++k) {
      const std::string_view w = tok(k);
      if (w != "." && !(tokens_[k].kind == TokenKind::kWord && is_all_caps(w))) return false;
    }
    return true;
  }

  // ("Norte de Santander", "Sur del Cesar": a Spanish bearing and "de" open a region's name.)
  bool names_spanish_region(uint32_t a, uint32_t b) const {
    return b - a >= 3 && (tok(a) == "Norte" || tok(a) == "Sur") && (tok(a + 1) == "de" || tok(a + 1) == "del");
  }

  // "Darfur24": a capital, three lower-case letters or more, then one to three digits (not "Covid19", nor the
  // hotel "DusitD2").
  static bool names_brand_number(std::string_view w) {
    constexpr size_t kShortestWord = 4, kMostDigits = 3;
    if (w.empty()) return false;
    size_t letters = 1;
    while (letters < w.size() && chars::is_ascii_lower(w[letters])) ++letters;
    const size_t digits = w.size() - letters;
    if (letters < kShortestWord || digits == 0 || digits > kMostDigits || !chars::is_ascii_upper(w[0])) return false;
    for (size_t k = letters; k < w.size(); ++k)
      if (!chars::is_ascii_digit(w[k])) return false;
    return !iequals(w.substr(0, letters), "covid");
  }

  // Titles a mandate follows with "for": "High Commissioner for Human Rights", "Special Envoy for Syria".
  static bool is_mandate_title(std::string_view w) {
    return w == "Commissioner" || w == "Envoy" || w == "Rapporteur" || w == "Representative" || w == "Coordinator";
  }

  static bool is_edition_language(std::string_view w) {
    return w == "English" || w == "Arabic" || w == "Persian" || w == "Turkish" || w == "French" || w == "Russian";
  }

  static bool is_department_word(std::string_view w) { return w == "State" || w == "Defense" || w == "Defence"; }

  // A place a title belongs to. A gazetteer place counts only before a given
  // name: "Secretary of Homeland Security Jeh Johnson" keeps its department.
  static bool names_jurisdiction(std::string_view w, std::string_view next) {
    if (lexicon::is_country_or_region(w) || lexicon::is_major_place(w)) return true;
    return gazetteer::is_place_name(w) && (lexicon::is_given_name(next) || gazetteer::is_person_name(next));
  }

  // Lexicon types: true when the name is known.
  bool type_by_lexicon(std::string_view name, Candidate& c) const {
    c.lexicon_typed = true;
    if (lexicon::is_known_org(name)) { c.type = EntityType::kOrg; c.evidence = Evidence::kStrong; return true; }
    if (lexicon::is_location_acronym(name) || lexicon::is_country_or_region(name) || lexicon::is_major_place(name)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return true;
    }
    if (lexicon::is_nationality(name) || is_regional_nationality(name)) {
      c.type = EntityType::kNorp;
      c.evidence = Evidence::kStrong;
      return true;
    }
    c.lexicon_typed = false;
    return false;
  }

  // "West African", "North Korean", "South Sudanese": a compass point and a nationality.
  static bool is_regional_nationality(std::string_view name) {
    const size_t space = name.find(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view first = name.substr(0, space);
    const bool compass = first == "West" || first == "East" || first == "North" || first == "South" ||
                         first == "Central" || first == "Northern" || first == "Southern";
    return compass && lexicon::is_nationality(name.substr(space + 1));
  }

  // "Church of Scientology", "the Catholic Church", "Syriac Orthodox
  // Church": a church as a body of believers, an organisation. "St Mary's
  // Church" is a building, a place, and so is "the Church of St. Mary of Zion".
  bool names_church_body(uint32_t a, uint32_t b) const {
    static constexpr std::string_view kDenominations[] = {
        "Catholic", "Orthodox", "Anglican", "Coptic", "Syriac", "Maronite", "Apostolic", "Methodist",
        "Lutheran", "Presbyterian", "Baptist", "Evangelical", "Episcopal", "Protestant", "Roman", "Chaldean",
        "Assyrian", "Pentecostal", "Melkite", "Reformed", "Adventist", "Mormon", "Unification", "Greek"};
    static const WordSet denominations(kDenominations);
    for (uint32_t t = a; t < b; ++t) {
      if (!iequals(tok(t), "Church") && !iequals(tok(t), "Churches")) continue;
      if (t + 1 < b && tok(t + 1) == "of")
        return !(t + 2 < b && (iequals(tok(t + 2), "St") || iequals(tok(t + 2), "Saint") || iequals(tok(t + 2), "Our")));
      if (t + 1 != b || t == a) return false;
      for (uint32_t k = a; k < t; ++k)
        if (!denominations.contains(tok(k)) && !lexicon::is_nationality(tok(k))) return false;
      return true;
    }
    return false;
  }

  // "the town of X", "the villages of X, Y and Z": the run at `a` names a
  // settlement or district. Walks back over the list's names and separators.
  // A list member only counts when nothing after it makes it a speaker:
  // "the city of Aleppo, Ahmed said".
  enum class Settlement : uint8_t { kNo, kNamed, kListed };
  Settlement names_settlement(const Sentence& sent, uint32_t a) const {
    constexpr uint32_t kMaxReach = 16;
    // "the Yemeni capital, Sana'a", "Tajikistan's capital Dushanbe".
    if (a > sent.token_begin && tok(a - 1) == "capital") return Settlement::kNamed;
    if (a > sent.token_begin + 1 && tok(a - 1) == "," && tok(a - 2) == "capital") return Settlement::kNamed;
    for (uint32_t t = a; t > sent.token_begin + 1 && a - t < kMaxReach; --t) {
      const std::string_view w = tok(t - 1);
      if (w == "of") {
        if (!lexicon::is_settlement_noun(tok(t - 2))) return Settlement::kNo;
        return t == a ? Settlement::kNamed : Settlement::kListed;
      }
      const bool list_word = w == "," || w == "and" || is_capitalised(w) || lexicon::is_name_particle(w);
      if (!list_word) return Settlement::kNo;
    }
    return Settlement::kNo;
  }

  // A part of an area named after "of": "parts of Gondar", "the outskirts of Homs".
  static bool is_area_word(std::string_view w) {
    // (Not "centre": "a center of Syria's rescuers" is a building.)
    static constexpr std::string_view kWords[] = {"parts", "part", "outskirts", "suburbs", "edge", "streets",
                                                  "countryside", "areas"};
    static const WordSet words(kWords);
    return !w.empty() && chars::is_ascii_lower(w[0]) && words.contains(w);
  }

  // A bearing from token k: "north of", "35 km southwest of", "about 20 miles east of".
  bool placed_by_bearing(uint32_t k, uint32_t e) const {
    constexpr uint32_t kMostDistanceWords = 3;  // "about 35 km"
    const uint32_t limit = std::min(e, k + kMostDistanceWords + 2);
    for (uint32_t m = k; m + 1 < limit; ++m) {
      const std::string_view w = tok(m);
      if (lexicon::is_compass_direction(w) && chars::is_ascii_lower(w[0])) return iequals(tok(m + 1), "of");
      const bool distance = tokens_[m].kind == TokenKind::kNumber || is_distance_word(w);
      if (!distance) return false;
    }
    return false;
  }

  static bool is_distance_word(std::string_view w) {
    static constexpr std::string_view kWords[] = {"km", "kilometres", "kilometers", "kilometre", "kilometer",
                                                  "miles", "mile", "about", "some", "around", "roughly", "nearly"};
    static const WordSet words(kWords);
    return words.contains(w);
  }

  // "Nad Ali and Marja districts": the run ending at b is joined by "and"
  // to a name that a settlement noun follows.
  bool listed_before_settlement_noun(const Sentence& sent, uint32_t b) const {
    const uint32_t k = noun_after_listed_name(sent, b);
    return k && (lexicon::is_settlement_noun(tok(k)) || tok(k) == "camps");  // "the Lac Vert and Mugunga camps"
  }

  // "the Santa Rosa de Lima and Jalisco New Generation cartels": both name groups.
  bool listed_before_group_noun(const Sentence& sent, uint32_t b) const {
    const uint32_t k = noun_after_listed_name(sent, b);
    return k && is_plural_group_noun(tok(k));
  }

  // After "and" and a capitalised run at b, the lower-case noun that follows, or 0.
  uint32_t noun_after_listed_name(const Sentence& sent, uint32_t b) const {
    if (b + 2 >= sent.token_end || tok(b) != "and") return 0;
    uint32_t k = b + 1;
    while (k < sent.token_end && is_capitalised(tok(k))) ++k;
    return k > b + 1 && k < sent.token_end && chars::is_ascii_lower(tok(k)[0]) ? k : 0;
  }

  void classify(Candidate& c, const Sentence& sent, uint32_t a, uint32_t b, Settlement settlement) const {
    const std::string_view name = c.span.of(text_);
    const std::string_view head = tok(b - 1);
    const std::string_view before = a > sent.token_begin ? tok(a - 1) : std::string_view();
    const std::string_view before2 = a > sent.token_begin + 1 ? tok(a - 2) : std::string_view();
    const std::string_view before3 = a > sent.token_begin + 2 ? tok(a - 3) : std::string_view();
    const std::string_view after = b < sent.token_end ? tok(b) : std::string_view();
    const std::string_view after2 = b + 1 < sent.token_end ? tok(b + 1) : std::string_view();

    if (c.titled) { c.type = EntityType::kPerson; c.evidence = Evidence::kStrong; return; }
    if (outlet_by_layout(c) || names_paper_after_nationality(sent, a, b)) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ('Monel "Mikano" Felix', 'Jimmy "Barbecue" Cherizier': a nickname in quotation marks inside a name is a person's.)
    // (Not an event's name: 'the Najla Habriri "Chemical" Massacre'.)
    if (b - a >= 3 && name.find('"') != std::string_view::npos && !lexicon::is_known_org(name) && !run_has_head(a, b) &&
        !lexicon::is_attack_noun(head) && !iequals(head, "Massacre")) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    if (names_spanish_region(a, b)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("Los Chapitos", "Los Zetas", "Los Choneros": a gang named with a Spanish plural article; not "Los Angeles".)
    if (b - a >= 2 && (tok(a) == "Los" || tok(a) == "Las") && !gazetteer::is_place_name(name) &&
        !lexicon::is_major_place(name)) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("Imphal East", "Imphal West": a district named by its town and a bearing.)
    if (b - a == 2 && is_capitalised(tok(b - 1)) && lexicon::is_compass_direction(tok(b - 1)) &&
        (gazetteer::is_place_name(tok(a)) || lexicon::is_major_place(tok(a))) && !lexicon::is_country_or_region(tok(a))) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("from Thailand's Mae Sot": a town of several words the gazetteer knows, after its country's possessive;
    // not "Syria's Bashar al-Assad".)
    if (b - a >= 2 && b - a <= 3 && strip_possessive(before).size() < before.size() &&
        lexicon::is_country_or_region(strip_possessive(before)) && gazetteer::is_place_name(name) &&
        !gazetteer::is_person_name(name) && !lexicon::is_known_person(name) && !run_has_head(a, b)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("fled to Aizawl in neighbouring Mizoram": a word of nearness after a place's preposition.)
    if (b - a <= 2 && lexicon::is_nearness_word(before) &&
        lexicon::is_place_preposition(before2) && !lexicon::is_known_org(name) && !lexicon::is_known_person(name) &&
        !lexicon::is_nationality(tok(a))) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "Muhammadu Sanusi II", "King Abdullah II": a given name and a regnal number name a ruler (not
    // "World War II").
    if (b - a >= 2 && is_regnal_number(head) && (lexicon::is_given_name(tok(a)) || gazetteer::is_person_name(tok(a))) &&
        !run_has_head(a, b)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "to take Yabroud, the last major rebel stronghold": a name a place's description follows in commas.
    if (b - a <= 2 && (described_as_place_after(sent, b) || population_told_after(sent, b)) &&
        !lexicon::is_known_org(name) &&
        !lexicon::is_known_person(name) && !lexicon::is_nationality(name)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur", "Kano Governor Abba Yusuf", "Khyber
    // Pakhtunkhwa Law Minister Aftab Alam": the territory a minister or a governor serves.
    // (Not "Syria's National Reconciliation Minister": an everyday word opening the portfolio.)
    if (heads_territory_title(b, sent.token_end) && !run_has_head(a, b) && !lexicon::is_known_org(name) &&
        !lexicon::is_known_person(name) && !lexicon::is_nationality(name) &&
        !(b - a == 1 && gazetteer::is_common_word(name))) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("named the brothers as Reda and Hamza Bisharat": a given name before "and" and a full name, its surname
    // shared, in a list of the named.)
    if (b - a == 1 && after == "and" && (iequals(before, "as") || lexicon::is_be_form(before)) &&
        b + 2 < sent.token_end && is_capitalised(tok(b + 1)) && is_capitalised(tok(b + 2)) &&
        (lexicon::is_given_name(tok(b + 1)) || gazetteer::is_person_name(tok(b + 1))) &&
        !lexicon::is_country_or_region(name) && !lexicon::is_major_place(name) && !lexicon::is_known_org(name)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "from the al-Yatim family", "the Hamoud clan": a family's name.
    if (iequals(before, "the") && (after == "family" || after == "clan") && b - a <= 2 &&
        !lexicon::is_known_org(name) && !lexicon::is_country_or_region(name)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "By Vanguard with agency reports": one name a byline credits along with others' reports is the outlet.
    // ("By Scroll Staff": so is one before its newsroom.)
    if (before == "By" && b - a == 1 && (after == "with" || after == "Staff") && !lexicon::is_given_name(name) &&
        !lexicon::is_known_person(name)) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "(Reporting by Mohammed Ghobari; Writing by Aziz El Yaakoubi)": a credit names people.
    if (iequals(before, "by") && is_credit_word(before2) && !lexicon::is_known_org(name)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "By QASSIM ABDUL-ZAHRA and SAMEER N. YACOUB": a byline's names are its
    // writers; so are those of a closing credit ("... writers Suzan Fraser in
    // Ankara and Zeynep Bilginsoy in Istanbul contributed").
    if (names_writers(sent.paragraph) && word_count(a, b) >= 2 &&
        word_count(a, b) <= 4 && (iequals(before, "by") || before == "and" || before == ",") &&
        !lexicon::is_known_org(name) && !run_has_head(a, b)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "By MEE staff", "an AFP correspondent": an acronym before the newsroom's
    // people is the outlet.
    // (Not a country's: "a US journalist".)
    if (b - a == 1 && is_all_caps(head) && head.size() >= 2 && is_newsroom_noun(after) && !lexicon::is_known_person(name) &&
        !lexicon::is_country_or_region(name) && !lexicon::is_location_acronym(name)) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "the Roman amphitheatre", "Ottoman rule": a people of history before a
    // common noun ("Roman Abramovich" is a man).
    if (b - a == 1 && (head == "Roman" || head == "Ottoman" || head == "Byzantine") && !after.empty() &&
        chars::is_ascii_lower(after[0])) {
      c.type = EntityType::kNorp;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "H. Said / Manar" closing a SANA story: its editors, split by slashes.
    if ((before == "/" || after == "/") && slashed_names_line(sent.paragraph) && !lexicon::is_known_org(name)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "Photograph: Bassam Khabieh/Reuters": the photographer, then the agency.
    if (b - a >= 2 && after == "/" && credits_image(sent.paragraph) && !lexicon::is_known_org(name)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "Benghazi Medical Center", "Al-Shifa Medical Complex": a hospital, a
    // place like any named hospital.
    if (b - a >= 2 && tok(b - 2) == "Medical" && (head == "Center" || head == "Centre" || head == "Complex")) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "Syrias state news agency": a country whose possessive lost its apostrophe.
    if (b - a == 1 && lexicon::is_country_without_apostrophe(head)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "KYIV (Reuters) -": the dateline's place and agency say what they are.
    if (const auto& dateline = in_.roles->dateline) {
      const auto within = [&](Span s) { return !s.empty() && c.span.begin >= s.begin && c.span.end <= s.end; };
      if (within(dateline->place) || within(dateline->agency)) {
        c.type = within(dateline->place) ? EntityType::kLoc : EntityType::kOrg;
        c.evidence = Evidence::kStrong;
        return;
      }
    }
    if (type_by_lexicon(name, c)) return;
    // "the Syrian Human Rights Organisation (Sawasiah)": a one-word name in
    // brackets after an organisation is its short name.
    if (b - a == 1 && before == "(" && after == ")" && a >= sent.token_begin + 2 && !candidates_.empty() &&
        candidates_.back().last + 1 == a && candidates_.back().type == EntityType::kOrg) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "the Government of National Accord (GNA)": an acronym in brackets
    // spelling the name before it is that name's kind (an organisation
    // unless the name is a place: "Democratic Republic of Congo (DRC)").
    if (b - a == 1 && before == "(" && after == ")" && !candidates_.empty() && candidates_.back().last + 1 == a &&
        is_all_caps(head) && head.size() >= 2 && spells(head, candidates_.back().first, candidates_.back().last)) {
      const Candidate& named = candidates_.back();
      c.type = named.evidence != Evidence::kNone && named.type == EntityType::kLoc ? EntityType::kLoc : EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    if (settlement == Settlement::kNamed) { c.type = EntityType::kLoc; c.evidence = Evidence::kStrong; return; }
    // "Bara, north of El Obeid", "Qusair, 35 km southwest of Homs": a name
    // placed by a bearing from another is a place.
    if (after == "," && placed_by_bearing(b + 1, sent.token_end) && !lexicon::is_known_person(name)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    if (names_church_body(a, b)) { c.type = EntityType::kOrg; c.evidence = Evidence::kStrong; return; }
    // A known group's name opening a longer one is a branch of it: "Islamic
    // State West Africa Province", "Islamic State Khorasan Province".
    for (uint32_t m = a + 2; m < b; ++m)
      if (lexicon::is_known_org(words(a, m - 1))) {
        c.type = EntityType::kOrg;
        c.evidence = Evidence::kStrong;
        return;
      }
    // "West Africa Province (ISWAP)": a name whose acronym in brackets is a known body is that body.
    if (b - a > 1 && after == "(" && b + 2 < sent.token_end && tok(b + 2) == ")" && is_all_caps(tok(b + 1)) &&
        lexicon::is_known_org(tok(b + 1)) && !lexicon::is_location_acronym(tok(b + 1))) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "al-Zahraa Association neighborhood": a quarter named after a body is a place.
    if (b - a > 1 && is_quarter_noun(after) && !lexicon::is_known_org(name) && !joins_words(a, b)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // Head words: "Arab League", "Homs Province", "Tahrir Square".
    // ("Sagaing Region's Kanbalu Township": the possessive is no part of the head.)
    for (uint32_t t = b; t-- > a;) {
      const std::string_view word = strip_possessive(tok(t));
      // ("Garowe Online": an outlet's tail, a head only after its name; not "Online, a statement said".)
      if (lexicon::is_org_head(word) || (t > a && is_outlet_tail(word))) {
        c.type = EntityType::kOrg;
        c.evidence = Evidence::kStrong;
        return;
      }
      if (lexicon::is_place_head(word) && b - a > 1) {
        c.type = EntityType::kLoc;
        c.evidence = Evidence::kStrong;
        return;
      }
    }
    // ("Tehreek-e-Taliban Pakistan": the prefix may open a hyphen-joined word.)
    // (Not a town: one the gazetteer knows, or one after a place's preposition ("killed in Lashkar
    // Gah"), its second word no "al-" name's.)
    const bool at_place = b - a > 1 && a > sent.token_begin && lexicon::is_place_preposition(tok(a - 1)) &&
                          tok(a).find('-') == std::string_view::npos && !is_particle_prefixed(tok(a + 1));
    if (b - a > 1 && (lexicon::is_org_prefix(tok(a)) || lexicon::is_org_prefix(tok(a).substr(0, tok(a).find('-')))) &&
        !gazetteer::is_place_name(words(a, b - 1)) && !at_place) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("Jamaat-ul-Ahrar", "Lashkar-e-Jhangvi", "Jaish-al-Adl": one hyphen-joined word, the prefix, a
    // particle, then the name.)
    if (b - a == 1 && prefixed_group_word(tok(a))) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    if (b - a > 1 && lexicon::is_place_prefix(tok(a))) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("the CODECO militia": an acronym before its kind is sure.)
    // ("the group's affiliate in Afghanistan, known as ISIS-K": as sure.)
    // ("18 LNA fighters": as sure before the fighters it fields, unless a country's: "US troops".)
    // ("the prison authority SNAI said": as sure after the kind of body it is.)
    if (b - a == 1 && is_all_caps(head) && head.size() <= 6) {
      const bool fields_fighters = (iequals(after, "fighters") || iequals(after, "militants") || iequals(after, "militiamen")) &&
                                   !lexicon::is_location_acronym(name) && !lexicon::is_country_or_region(name);
      const bool after_body_kind = !before.empty() && chars::is_ascii_lower(before[0]) && is_body_kind_noun(before);
      c.type = EntityType::kOrg;
      c.evidence = (!after.empty() && chars::is_ascii_lower(after[0]) && is_group_noun(after)) || body_known_as(sent, a) ||
                           fields_fighters || after_body_kind
                       ? Evidence::kStrong
                       : Evidence::kWeak;
      return;
    }
    // "their nine-month-old child, Gloria", "his daughter Gloria": a name
    // after a word for a relative or a child is that person's.
    if (b - a <= 3 && (is_kin_noun(before) || (before == "," && is_kin_noun(before2)))) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "Toronto Star", "Daily Mail", "San Francisco Chronicle": newspapers,
    // whose last words alone are everyday words ("Star players").
    if (b - a >= 2 && lexicon::is_newspaper_head(head)) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "the Assads", "the Kennedys": a family, by a known surname in the plural.
    if (b - a == 1 && iequals(before, "the") && head.size() > 3 && head.back() == 's' &&
        lexicon::is_known_person(head.substr(0, head.size() - 1))) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    const bool apposition = after == "," && b + 2 < sent.token_end &&
                            (iequals(after2, "the") || iequals(after2, "a") || iequals(after2, "an")) && word_count(a, b) <= 4;
    if (apposition && place_in_apposition(b + 2, sent)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "said Babagana Zulum, the governor of Borno", "María Isabel Salvador,
    // the U.N. special envoy": a name in apposition to a title.
    if (apposition && title_in_apposition(b + 2, sent)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "said Corinne Dufka, Sahel director at Human Rights Watch": a title
    // after a place or body in the apposition.
    // (Not a place's name: "kill three in Selydove, Donetsk governor says", "attack on Huliaipole, Zaporizhzhia
    // governor says".)
    const bool after_attack_noun = (iequals(before, "on") || iequals(before, "of")) && !before2.empty() &&
                                   chars::is_ascii_lower(before2[0]) && lexicon::is_attack_noun(before2);
    if (after == "," && b + 3 < sent.token_end && word_count(a, b) <= 4 && is_capitalised(after2) &&
        chars::is_ascii_lower(tok(b + 2)[0]) && lexicon::is_person_title(tok(b + 2)) && !lexicon::is_known_org(name) &&
        !lexicon::is_country_or_region(name) && !lexicon::is_place_preposition(before) && !after_attack_noun) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "who gave only his first name, Tesfaye", "his name is Ahmed": a name said to be one.
    // ("who gave his name only as Khaled", "identified himself as Abu Rami".)
    const std::string_view named_as = iequals(before, "as") && iequals(before2, "only") ? before3 : before2;
    if ((before == "," && iequals(before2, "name")) ||
        (iequals(before, "is") && iequals(before2, "name")) || (iequals(before, "name") && iequals(before2, "first")) ||
        // ("a woman who asked to be identified only as Maria".)
        (iequals(before, "as") && (iequals(named_as, "name") || iequals(named_as, "himself") || iequals(named_as, "herself") ||
                                   iequals(named_as, "identified")))) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "residents of Fuah and Kefraya": the people of a place.
    if (iequals(before, "of") && b - a <= 3 &&
        (iequals(before2, "residents") || iequals(before2, "inhabitants") || iequals(before2, "villagers")) &&
        !lexicon::is_known_person(name)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "seized parts of Gondar", "the outskirts of Lalibela": a part of an area.
    if (iequals(before, "of") && is_area_word(before2) && b - a <= 3 && !lexicon::is_known_person(name)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // Context.
    const bool place_before =
        lexicon::is_place_preposition(before) ||
        (iequals(before, "of") && lexicon::is_place_noun(before2)) ||
        (lexicon::is_place_noun(before) && !lexicon::is_person_title(before));
    // ("the Mennigh military airport", "the Hmeimim air base": a base named after its place.)
    const bool base_after = (iequals(after, "military") || iequals(after, "air")) && !after2.empty() &&
                            (iequals(after2, "airport") || iequals(after2, "base") || iequals(after2, "airbase") ||
                             iequals(after2, "air"));
    // "Borno state", "Nigeria's Kaduna state"; not "state television" after a name.
    const bool state_of_media = iequals(after, "state") && !after2.empty() && is_state_media_word(after2);
    // ("the Zamzam displacement camp", "the Bab al-Hawa border crossing": a kind of place between.)
    // ("the Bokkos local government area": Nigeria's districts.)
    // ("the Khor Mor gas field".)
    // ("the Tajoura detention centre".)
    const bool kind_then_place = (is_place_kind_word(after) && !after2.empty() &&
                                  (lexicon::is_place_noun(after2) || after2 == "field" || after2 == "fields" ||
                                   after2 == "centre" || after2 == "center" || after2 == "facility") &&
                                  chars::is_ascii_lower(after2[0])) ||
                                 (iequals(after, "local") && iequals(after2, "government"));
    // ("Nineveh provincial council member Hossam al-Abbar": a province's body or office.)
    const bool province_office = iequals(after, "provincial") && !after2.empty() && chars::is_ascii_lower(after2[0]);
    // ("The Kandahar police said": "the", a name of a word or two, then the place's police or authorities.)
    const bool town_force = iequals(before, "the") && b - a <= 2 && (after == "police" || after == "authorities") &&
                            !lexicon::is_known_org(name) && !lexicon::is_nationality(tok(a)) &&
                            !gazetteer::is_person_name(name) && !is_all_caps(tok(a));
    const bool place_after = ((lexicon::is_place_noun(after) && chars::is_ascii_lower(after[0])) || base_after ||
                              kind_then_place || province_office || town_force) &&
                             !state_of_media && !iequals(after, "country");
    const bool person_before = !before.empty() && chars::is_ascii_lower(before[0]) && lexicon::is_person_title(before);
    // "Ahmed said", "Lavrov, who ...": a speaker.
    const bool speech_after = is_speech_verb(after) ||
                              (after == "," && (iequals(after2, "who") || is_speech_verb(after2)));
    const bool given = (lexicon::is_given_name(tok(a)) && b - a >= 2) || lexicon::is_known_person(name) ||
                       (b - a == 1 && (iequals(after, "regime") || iequals(after, "loyalists")));
    if (person_before) { c.type = EntityType::kPerson; c.evidence = Evidence::kStrong; return; }
    // "in Mrauk-U", "near Kyauk-Taw": a hyphenated name after a place's
    // preposition is a place (the model, trained on "Iran-Iraq", doubts them).
    // (So is "in al-Hassakeh", an Arabic article before the name.)
    // (Not the attackers of "killed in Mai-Mai attack on Kirumba".)
    if (b - a == 1 && lexicon::is_place_preposition(before) && !lexicon::is_attack_noun(after) &&
        (is_hyphenated_name(tok(a)) || opens_with_article_prefix(tok(a)))) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("shells on al-Midan, al-Sulaimaniyeh and al-Jamiliyeh neighborhoods": such
    // names listed before a kind of place are places.)
    if (b - a == 1 && opens_with_article_prefix(tok(a)) && list_ends_in_place_noun(b, sent.token_end)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("the director of al-Quds hospital": such a name before a building's noun names the building.)
    // ("destroyed Haydan hospital", "strikes Lal Shahbaz Qalandar shrine", "the shrine of Lal Shahbaz
    // Qalandar": any name of a few words, not a body's, a people's or an acronym.)
    // (The whole name: not "Pizza" of "the RIA Pizza restaurant"; "At St Sebastian's church" opens a sentence.)
    const bool whole_name = before.empty() || !chars::is_ascii_upper(before[0]) || a == sent.token_begin + 1;
    const bool names_building = (b - a <= 3 && whole_name && !after.empty() && chars::is_ascii_lower(after[0]) &&
                                 (is_site_noun(after) || after == "square")) ||
                                (iequals(before, "of") && iequals(before2, "shrine"));
    if (names_building && (opens_with_article_prefix(tok(a)) ||
                           (!lexicon::is_known_org(name) && !lexicon::is_nationality(tok(a)) && !is_all_caps(tok(a)) &&
                            !lexicon::is_country_or_region(name) && !run_has_head(a, b)))) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "Al-Shabaab's military spokesman, Abdiaziz Abu Musab, said": a name in
    // commas after a role is that person's.
    if (before == "," && after == "," && b - a <= 4 && !before2.empty() && chars::is_ascii_lower(before2[0]) &&
        lexicon::is_person_title(before2) && !lexicon::is_known_org(name)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("The assault on the camp at Inates", "a checkpoint near Afgooye": a site's place; "a woman from Karnataka
    // told local television": where a person is from, not who speaks, though a speech verb follows.)
    // (Only people of a place, not of a body: "a commander from Ahrar al-Sham said".)
    static constexpr std::string_view kPeopleOfPlace[] = {"woman", "man", "women", "men", "resident", "residents",
                                                          "villager", "villagers", "mother", "father", "farmer",
                                                          "refugee", "refugees", "family", "student", "teacher"};
    static const WordSet people_of_place(kPeopleOfPlace);
    // ("targeted a patrol near Mir Ali": a name of a few words after "near" is where, whatever its words.)
    const bool near_name =
        before == "near" && c.span.end == tokens_[b - 1].span.end && !lexicon::is_nationality(tok(a));
    const bool site_place =
        ((before == "at" || before == "near" || before == "in") && is_site_noun(before2)) || near_name;
    const bool home_place = (before == "from" || before == "in") && people_of_place.contains(before2);
    if ((site_place || home_place) && !before2.empty() && b - a <= 3 && !lexicon::is_known_org(name) &&
        !lexicon::is_known_person(name) && !run_has_head(a, b) && !lexicon::is_given_name(tok(a))) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ('"...," said Murtaza, a worshipper who was hit': a name a speech verb brings in, described in commas.)
    if (!before.empty() && chars::is_ascii_lower(before[0]) && is_speech_verb(before) && after == "," &&
        (iequals(after2, "a") || iequals(after2, "an")) && b - a <= 3 && !lexicon::is_known_org(name) &&
        !lexicon::is_country_or_region(name) && !run_has_head(a, b)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("The Benue State Governor, Samuel Ortom, described": a name in commas after a title is the title's holder.)
    if (before == "," && after == "," && lexicon::is_person_title(before2) && b - a >= 2 && b - a <= 4 &&
        !lexicon::is_known_org(name) && !lexicon::is_country_or_region(name) && !run_has_head(a, b)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "The attackers struck Tchoma Bangou, where 70 people were killed": a name ", where" goes on from is a
    // place.
    if (after == "," && iequals(after2, "where") && b - a <= 4 && !lexicon::is_known_org(name) &&
        !lexicon::is_known_person(name) && !lexicon::is_nationality(name) && !run_has_head(a, b)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("the Twic Dinka of Warrap and the Ngok Dinka of Abyei": a people's section by its own name and the people's.)
    if (b - a == 2 && iequals(before, "the") && lexicon::is_nationality(tok(b - 1)) && !lexicon::is_nationality(tok(a)) &&
        !gazetteer::is_common_word(tok(a)) && !opens_with_article_prefix(tok(a)) && !lexicon::is_known_org(name) &&
        !lexicon::is_country_or_region(tok(a)) && !run_has_head(a, b) && (b >= sent.token_end || !is_site_noun(after))) {
      c.type = EntityType::kNorp;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("A Fulani rights group, Kisal, said": a name in commas after a group's noun is the group's.)
    static constexpr std::string_view kGroupNouns[] = {"group", "organisation", "organization", "network", "association",
                                                       "coalition", "movement", "collective"};
    static const WordSet group_nouns(kGroupNouns);
    if (before == "," && after == "," && b - a <= 4 && group_nouns.contains(before2) && !lexicon::is_known_person(name) &&
        !lexicon::is_given_name(tok(a)) && !lexicon::is_country_or_region(name)) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("the civil organization Causa en Común", "the monitoring group Airwars": a name right after "the", a
    // word or two describing a body, and the body's noun.)
    if (group_nouns.contains(before) && b - a <= 4 && !lexicon::is_known_person(name) &&
        !lexicon::is_given_name(tok(a)) && !lexicon::is_country_or_region(name) &&
        (iequals(before2, "the") ||
         (iequals(before3, "the") && chars::is_ascii_lower(before2[0])) ||
         (a > sent.token_begin + 3 && iequals(tok(a - 4), "the") && chars::is_ascii_lower(before2[0]) &&
          chars::is_ascii_lower(before3[0])))) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("the Burundian rebels of RED-Tabara": fighters "of" a name that is no place are its members; "armed
    // groups including the Mai-Mai": the first group of a list of them.)
    static constexpr std::string_view kFighterNouns[] = {"rebels", "fighters", "militants", "militiamen", "insurgents"};
    static const WordSet fighter_nouns(kFighterNouns);
    const bool members_of = (before == "of" && fighter_nouns.contains(before2)) ||
                            // ("rebels from the SPLA-IO", an acronym; not "militants from the North Caucasus")
                            (iequals(before, "the") && before2 == "from" && fighter_nouns.contains(before3) &&
                             tok(a).size() >= 2 && chars::is_ascii_upper(tok(a)[1]));
    // ("former Seleka rebels", "M23 fighters": a group's name before its fighters.)
    // (Not "Pro-government fighters", "Popular ..." or "North Caucasus militants".)
    // ("the RED-Tabara rebel group", "the Wazalendo militia", "the Indepaz think tank": a group's kind after its
    // name.)
    const bool kind_of_group = ((after == "rebel" || after == "armed" || after == "militant" || after == "jihadist" ||
                                 after == "insurgent") &&
                                (after2 == "group" || after2 == "movement")) ||
                               after == "militia" || (after == "think" && after2 == "tank");
    const bool names_fighters = (fighter_nouns.contains(after) || kind_of_group) && b - a <= 2 &&
                                !lexicon::is_nationality(tok(a)) &&
                                !lexicon::is_nationality(name) && !is_region_bearing(tok(a)) &&
                                !lexicon::is_compass_direction(tok(a)) && !iequals(tok(a).substr(0, 4), "pro-") &&
                                !iequals(tok(a).substr(0, 5), "anti-") &&
                                !(b - a == 1 && gazetteer::is_common_word(tok(a)));
    const bool groups_including = iequals(before, "the") && before2 == "including" && a >= sent.token_begin + 3 &&
                                  iequals(tok(a - 3), "groups");
    if ((members_of || groups_including || names_fighters) && b - a <= 4 && !gazetteer::is_place_name(name) &&
        !lexicon::is_country_or_region(name) && !lexicon::is_major_place(name) && !lexicon::is_nationality(name) &&
        !lexicon::is_known_person(name) && !run_has_place_head(a, b)) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // ("A volunteer who took part in the rescue, Abdulkafi Hamdo, said": a name in commas after a person's
    // description, right before a speech verb, is the speaker's.)
    if (before == "," && after == "," && b + 1 < sent.token_end && is_speech_verb(after2) &&
        chars::is_ascii_lower(after2[0]) &&
        !before2.empty() && chars::is_ascii_lower(before2[0]) && !group_nouns.contains(before2) && b - a >= 2 &&
        b - a <= 3 && !lexicon::is_known_org(name) && !lexicon::is_country_or_region(name) && !run_has_head(a, b) &&
        !lexicon::is_nationality(tok(a))) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "Lashkar-e-Jhangvi, a Sunni militant group,": a name the apposition calls a group.
    if (after == "," && (iequals(after2, "a") || iequals(after2, "an")) && b - a <= 4 && group_in_apposition(b + 2, sent)) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "the al-Tabi'in school", "the al-Amal hospital": a site named before
    // its kind, unless the name is a known place ("the Gaza hospital").
    // Schools are organisations, hospitals and other sites places.
    // ("Gaza's al-Shifa hospital": after a possessive too.)
    // ("the busy Zobe junction": one describing word between.)
    // ("the 400-bed Sardar Mohammad Daud Khan hospital": a hyphened modifier between.)
    const bool hyphened_modifier = a >= sent.token_begin + 4 && !before.empty() && chars::is_ascii_lower(before[0]) &&
                                   before2 == "-" && iequals(tok(a - 4), "the");
    const bool after_determiner = iequals(before, "the") || (before.size() > 2 && before.substr(before.size() - 2) == "'s") ||
                                  (iequals(before2, "the") && !before.empty() && chars::is_ascii_lower(before[0])) ||
                                  hyphened_modifier;
    // (A site's name may run to four words before its kind: "Sardar Mohammad Daud Khan hospital".)
    const uint32_t longest_site_name = is_site_noun(after) ? 4 : 3;
    const bool named_site = b - a <= longest_site_name && after_determiner && !after.empty() && chars::is_ascii_lower(after[0]) &&
                            !lexicon::is_country_or_region(name) && !lexicon::is_major_place(name) &&
                            !lexicon::is_known_org(name) && !gazetteer::is_big_city(name);
    if (named_site && is_school_noun(after)) { c.type = EntityType::kOrg; c.evidence = Evidence::kStrong; return; }
    if (named_site && is_site_noun(after)) { c.type = EntityType::kLoc; c.evidence = Evidence::kStrong; return; }
    // ("the Maashiq presidential palace": a describing word before the site's noun.)
    if (named_site && b + 1 < sent.token_end && chars::is_ascii_lower(after[0]) && is_site_noun(after2) &&
        !is_school_noun(after2) && !lexicon::is_preposition(after)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "Mohamed Hamdan Dagalo, known as Hemedti": the name a person goes by.
    if (b - a <= 2 && person_known_as(sent, a)) { c.type = EntityType::kPerson; c.evidence = Evidence::kStrong; return; }
    // "the UAE-based Dana Gas": what is based somewhere, named after it, is a body.
    if (b - a <= 3 && before.size() > 6 && iequals(before.substr(before.size() - 6), "-based") && !lexicon::is_given_name(tok(a))) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "A police spokesman in Yobe, Abdulmaliki Sunmonu, said": a name in commas after a role and its place.
    if (before == "," && after == "," && b - a >= 2 && b - a <= 4 && !lexicon::is_known_org(name) &&
        role_and_place_before(a - 1, sent.token_begin)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "East and Southern Africa", "Central Africa": bearings before a continent or country name a region.
    if (b - a >= 2 && is_region_bearing(tok(a)) && lexicon::is_country_or_region(head)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "most of them ethnic Amhara": a people after "ethnic".
    if (b - a == 1 && iequals(before, "ethnic")) {
      c.type = EntityType::kNorp;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "the Masalit ethnic group", "the Hema community", "the Shilluk and Dinka communities": a people
    // (not "the Houston community": a place's people).
    static constexpr std::string_view kPeopleNouns[] = {"ethnic", "tribe", "tribes", "clan", "clans", "tribesmen",
                                                        "community", "communities"};
    static const WordSet people_nouns(kPeopleNouns);
    const bool first_of_two_peoples = after == "and" && b + 2 < sent.token_end && chars::is_ascii_upper(after2[0]) &&
                                      people_nouns.contains(tok(b + 2));
    // ("the Beni Amer and Nuba tribes": a people of two words, first of two.)
    if (b - a == 2 && first_of_two_peoples && iequals(before, "the") && !lexicon::is_known_org(name) &&
        !gazetteer::is_place_name(name) && !lexicon::is_country_or_region(name)) {
      c.type = EntityType::kNorp;
      c.evidence = Evidence::kStrong;
      return;
    }
    // (Not "attack on Agatu communities", "miners in Plateau community": the villages of a place, after "on",
    // "in" or "across".)
    const bool places_communities = (iequals(after, "communities") || iequals(after, "community")) &&
                                    (iequals(before, "on") || iequals(before, "in") || iequals(before, "across"));
    if (b - a == 1 && (people_nouns.contains(after) || first_of_two_peoples) && !places_communities &&
        !gazetteer::is_place_name(name) && !lexicon::is_country_or_region(name) && !lexicon::is_major_place(name)) {
      c.type = EntityType::kNorp;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "said on X", "posted a map on X": the platform (a one-letter name only there).
    const auto posted_before = [&] {
      constexpr uint32_t kObjectWords = 3;  // "posted a map on"
      for (uint32_t k = a - 1; k-- > sent.token_begin && a - 1 - k <= kObjectWords;)
        // ("said in a post on X")
        if (is_speech_verb(tok(k)) || iequals(tok(k), "posted") || iequals(tok(k), "wrote") || iequals(tok(k), "post"))
          return true;
      return false;
    };
    if (b - a == 1 && tok(a) == "X" && before == "on" && a >= sent.token_begin + 2 && posted_before()) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "the UN mission MONUSCO", "the rebel group HTS": an acronym after the kind of body it is.
    if (b - a == 1 && is_all_caps(tok(a)) && tok(a).size() >= 3 && !before.empty() && chars::is_ascii_lower(before[0]) &&
        (is_group_noun(before) || is_body_kind_noun(before))) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "said Olena, 54, who lived on the fifth floor", "Umm Ahmed, 41,": an age in commas after a name.
    if (b - a <= 3 && after == "," && b + 2 < sent.token_end && tokens_[b + 1].kind == TokenKind::kNumber &&
        tok(b + 2) == "," && tok(b + 1).size() <= 3 && !lexicon::is_country_or_region(name) &&
        !lexicon::is_known_org(name)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "four-year-old Liza", "14-year-old Ahmad": a name after an age is a person's (not "a
    // 14-year-old Syrian", a people).
    if (b - a <= 3 && !before.empty() && chars::ends_with(before, "-year-old") && !lexicon::is_nationality(tok(a)) &&
        !lexicon::is_country_or_region(name)) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "the extremist group al-Mourabitoun", "the militant group Hayat Tahrir al-Sham": a name after the
    // kind of group it is (no given name: "the group's leader" is no "group Ahmed").
    if (b - a <= 4 && !before.empty() && chars::is_ascii_lower(before[0]) && is_group_noun(before) &&
        !lexicon::is_given_name(tok(a)) && !gazetteer::is_person_name(tok(a)) && !lexicon::is_nationality(tok(a)) &&
        !lexicon::is_country_or_region(name)) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "the army, known as the Tatmadaw": the name a body is known by.
    if (b - a <= 3 && body_known_as(sent, a)) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    if (b - a <= 4 && listed_before_group_noun(sent, b)) { c.type = EntityType::kOrg; c.evidence = Evidence::kStrong; return; }
    // "the Samri group", "the Haqqani network", "the Fano militia": a group named before its kind.
    // ("the Santa Rosa de Lima gang": four words with a particle.)
    if (b - a <= 4 && !after.empty() && chars::is_ascii_lower(after[0]) && is_group_noun(after) &&
        !lexicon::is_nationality(tok(a))) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // One word no list knows as a people or a place, for the two rules after.
    const bool unknown_word = b - a == 1 && !lexicon::is_nationality(tok(a)) && !lexicon::is_country_or_region(name) &&
                              !lexicon::is_major_place(name) && !gazetteer::is_place_name(name);
    // "a member of the Asayish, the Kurdish internal security forces", "A spokesman for the Asayish": one
    // word a person belongs to or speaks for, a body.
    static constexpr std::string_view kMembers[] = {"member", "members", "spokesman", "spokeswoman", "spokesperson",
                                                    "commander", "commanders", "fighters"};
    static const WordSet members(kMembers);
    // (Not "a spokesman for the Helmand governor", "for the Odesa regional administration": a place
    // owning the office after it.)
    const bool ends_phrase = after.empty() || !chars::is_ascii_lower(after[0]) || is_speech_verb(after);
    if (unknown_word && iequals(before, "the") && (iequals(before2, "of") || iequals(before2, "for")) &&
        members.contains(before3) && (ends_phrase || iequals(before3, "member") || iequals(before3, "members"))) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "a protest by Hezbollah and its ally Amal": a body's ally, one word no list knows, is a body.
    if (unknown_word && (iequals(before, "ally") || iequals(before, "allies")) && iequals(before2, "its")) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "the headquarters of the Asayish, the Kurdish internal security force": one word a description of a
    // body follows in commas.
    if (unknown_word && iequals(before, "the") && described_as_body_after(sent, b)) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "28 Hizbullah fighters", "the Nujaba militants": one word before the fighters it fields is their group.
    // (Not "Pro-government militiamen": a word that ends in a lower-case part describes them.)
    const size_t hyphen = tok(a).rfind('-');
    const bool described = hyphen != std::string_view::npos && hyphen + 1 < tok(a).size() &&
                           chars::is_ascii_lower(tok(a)[hyphen + 1]);
    if (unknown_word && !described &&
        (iequals(after, "fighters") || iequals(after, "militants") || iequals(after, "militiamen"))) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "state news agency Saba", "the Kurdish daily Rudaw": an outlet named after its kind.
    if (is_outlet_noun(before) && b - a <= 3) { c.type = EntityType::kOrg; c.evidence = Evidence::kStrong; return; }
    // "its Andalus radio", "the Amaq news agency": an outlet named before its kind.
    // ("its Aamaq news agency": "news" before the kind.)
    const bool news_outlet = after == "news" && is_outlet_noun(after2);
    // ("Voice of Lebanon radio": a name with "of".)
    const bool of_name = b - a == 3 && iequals(tok(a + 1), "of");
    if ((b - a <= 2 || of_name) &&
        (iequals(after, "radio") || iequals(after, "television") || news_outlet ||
         (is_outlet_noun(after) && !iequals(after, "network"))) &&
        !lexicon::is_country_or_region(name) && !lexicon::is_nationality(tok(a))) {
      c.type = EntityType::kOrg;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "the Tariq al-Sadd neighbourhood", "the Salah al-Din district": places
    // are often named after people; the noun after says which this is
    // ("the Nad Ali and Marja districts" for both).
    if ((lexicon::is_settlement_noun(after) && chars::is_ascii_lower(after[0])) || listed_before_settlement_noun(sent, b)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    // "Abu" and "Umm" open kunyas and place names alike ("Abu Ahmad", "Abu Shouk", "Umm Qasr"):
    // a name it opens is a person unless the article's sure mentions say otherwise.
    // ("in Abu Kamal", "entered Umm Qasr": such a name where a place goes is a town's, not "in Abu Ahmad's house".)
    const bool kunya = (iequals(tok(a), "Abu") || iequals(tok(a), "Umm")) && !lexicon::is_known_person(name);
    const bool possessive = c.span.end < text_.size() && text_[c.span.end] == '\'';
    // (So is one in a list of towns: "in the towns of Ghranij, Abu Hamam and Kishkiyeh".)
    if (given && kunya && !possessive && !speech_after &&
        ((lexicon::is_place_preposition(before) && !iequals(before, "to") && !iequals(before, "from")) ||
         is_verb_on_place(before) || settlement != Settlement::kNo)) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    if (given) {
      c.type = EntityType::kPerson;
      c.evidence = Evidence::kStrong;
      c.kunya = kunya;
      return;
    }
    if (settlement == Settlement::kListed && !speech_after) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    if (place_after) { c.type = EntityType::kLoc; c.evidence = Evidence::kStrong; return; }
    // "shelled Qardaha", "captured Manbij", "air strikes on Raqa", "the siege
    // of Madaya"; not "stormed Assad's palace" nor a person's name.
    const bool attack_target = (iequals(before, "on") || iequals(before, "of")) && !before2.empty() &&
                               chars::is_ascii_lower(before2[0]) && lexicon::is_attack_noun(before2);
    if ((is_verb_on_place(before) || attack_target) && !(after.size() >= 2 && after[0] == '\'') &&
        !gazetteer::is_person_name(tok(a)) && !lexicon::is_known_person(tok(a))) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    if (speech_after && b - a <= 4) { c.type = EntityType::kPerson; c.evidence = Evidence::kWeak; return; }
    // "Kafr Nabl and Ma'arrat", "Homs, Hama and Talbiseh": a name listed
    // right after a place the rules are sure of is a place too.
    if ((before == "and" || before == ",") && !candidates_.empty() && candidates_.back().last + 1 == a &&
        candidates_.back().type == EntityType::kLoc && candidates_.back().evidence == Evidence::kStrong &&
        !gazetteer::is_person_name(tok(a)) && !lexicon::is_known_person(tok(a))) {
      c.type = EntityType::kLoc;
      c.evidence = Evidence::kStrong;
      return;
    }
    if (place_before) { c.type = EntityType::kLoc; c.evidence = Evidence::kWeak; return; }
    if (b - a >= 2 && b - a <= 4) { c.type = EntityType::kPerson; c.evidence = Evidence::kWeak; return; }
    c.evidence = Evidence::kNone;  // decided later from the rest of the article
  }

  // The space-separated words of a name, in order, until `on_word` says stop.
  template <typename OnWord>
  static void for_each_word(std::string_view name, OnWord&& on_word) {
    size_t start = 0;
    while (start < name.size()) {
      size_t space = name.find(' ', start);
      if (space == std::string_view::npos) space = name.size();
      if (!on_word(name.substr(start, space - start))) return;
      start = space + 1;
    }
  }

  // The hash for_each_folded_word gives a single word.
  static uint64_t word_hash_of(std::string_view word) {
    uint64_t h = 0;
    for_each_folded_word(word, [&](uint64_t w) { h = w; });
    return h;
  }

  // A name's folded words hashed, a leading "al" or "el" particle left out.
  static uint64_t name_key(std::string_view name) {
    static const uint64_t kAl = word_hash_of("al"), kEl = word_hash_of("el");
    uint64_t h = 0x51afd7ed558ccd00ULL, leading_particle = 0;
    uint32_t words = 0;
    for_each_folded_word(name, [&](uint64_t w) {
      if (words++ == 0 && (w == kAl || w == kEl)) leading_particle = w;  // dropped if a name follows
      else h = hash_combine(h, w);
    });
    return words == 1 && leading_particle ? hash_combine(h, leading_particle) : h;
  }

  // "attacked Masala and Mahini in Beni territory": one-word names listed
  // together are of one kind, so one the model typed takes the kind of a
  // place the rules are sure of beside it (the model reads a lone unknown
  // name after "and" as almost anything).
  // Two candidates of one sentence with only ",", "and" or "or" between them.
  bool listed_together(const Candidate& x, const Candidate& y) const {
    return x.sentence == y.sentence && x.last + 1 == y.first &&
           (tok(x.last) == "and" || tok(x.last) == "," || tok(x.last) == "or");
  }

  void agree_within_lists() {
    auto open_to_change = [&](const Candidate& c) {
      if (!c.model_typed || c.words != 1 || c.evidence == Evidence::kNone) return false;
      const std::string_view w = tok(c.first);
      return !gazetteer::is_person_name(w) && !lexicon::is_known_person(w) && !lexicon::is_given_name(w);
    };
    auto rules_place = [](const Candidate& c) {
      return c.type == EntityType::kLoc && c.evidence == Evidence::kStrong && !c.model_typed;
    };
    // ("in Bani Zaid and al-Ashrafiyeh": an "al-" name the model left out,
    // listed with a place, is a place too.)
    auto left_out_al_name = [&](const Candidate& c) {
      return c.evidence == Evidence::kNone && c.words == 1 && chars::is_ascii_lower(tok(c.first)[0]) &&
             is_particle_prefixed(tok(c.first));
    };
    auto left_out_name = [&](const Candidate& c) {
      if (c.evidence != Evidence::kNone || c.words != 1) return false;
      const std::string_view w = tok(c.first);
      return !gazetteer::is_person_name(w) && !lexicon::is_known_person(w) && !lexicon::is_given_name(w) &&
             !gazetteer::is_common_word(w) && !lexicon::is_known_org(w) && !lexicon::is_nationality(w) &&
             !is_all_caps(w);
    };
    for (size_t i = 1; i < candidates_.size(); ++i) {
      Candidate& x = candidates_[i - 1];
      Candidate& y = candidates_[i];
      if (!listed_together(x, y)) continue;
      // ("shot in Kishishe and Bambo in Rutshuru territory": two names after "in", the first a place.)
      // ("along the road between Sinuni and Khanasor".)
      const bool after_place_word =
          x.first > 0 && (tok(x.first - 1) == "in" || tok(x.first - 1) == "near" || tok(x.first - 1) == "between");
      // ("recovered in Bushushu and Nyabibwe", "in Orikhiv or Stepnohirsk": so is an unknown word the model left
      // out, after "in X and" or "in X or".)
      const bool joined = tok(x.last) == "and" || tok(x.last) == "or";
      const bool left_out_place = after_place_word && joined && left_out_name(y);
      if (x.type == EntityType::kLoc && x.evidence != Evidence::kNone && (left_out_al_name(y) || left_out_place)) {
        y.type = EntityType::kLoc;
        y.evidence = Evidence::kWeak;
        continue;
      }
      if (x.type == y.type) continue;
      if ((rules_place(x) || (x.type == EntityType::kLoc && after_place_word && joined)) && open_to_change(y)) {
        y.type = EntityType::kLoc;
      } else if (rules_place(y) && open_to_change(x)) {
        x.type = EntityType::kLoc;
      }
    }
  }

  // ("along the frontier, including Angoor Adda, Bajaur, Kurram and Dir": in a list of three or more names
  // joined by commas and a last "and" or "or", two of them places, a name the model left out or read as a
  // person's (two words at most, no known person's and no given name first) is a place too.)
  void agree_within_place_lists() {
    constexpr size_t kShortestList = 3, kPlacesListed = 2;
    constexpr uint32_t kLongestName = 2;
    const auto listed_place = [](const Candidate& c) {
      return c.type == EntityType::kLoc && c.evidence != Evidence::kNone;
    };
    const auto may_be_place = [&](const Candidate& c) {
      if (c.type == EntityType::kLoc || c.words > kLongestName || c.in_heading) return false;
      if (c.evidence != Evidence::kNone && !(c.model_typed && c.type == EntityType::kPerson)) return false;
      const std::string_view name = c.span.of(text_), first = tok(c.first);
      return !lexicon::is_known_person(name) && !lexicon::is_given_name(first) && !gazetteer::is_common_word(first) &&
             !lexicon::is_known_org(name) && !lexicon::is_nationality(name) && !is_all_caps(first);
    };
    for (size_t begin = 0; begin < candidates_.size();) {
      size_t end = begin + 1;
      while (end < candidates_.size() && listed_together(candidates_[end - 1], candidates_[end])) ++end;
      const bool ends_with_and = end - begin >= kShortestList && tok(candidates_[end - 2].last) != ",";
      size_t places = 0;
      for (size_t k = begin; k < end; ++k) places += listed_place(candidates_[k]);
      if (ends_with_and && places >= kPlacesListed)
        for (size_t k = begin; k < end; ++k)
          if (may_be_place(candidates_[k])) {
            candidates_[k].type = EntityType::kLoc;
            candidates_[k].evidence = Evidence::kWeak;
          }
      begin = end;
    }
  }

  static EntityType type_of(ModelClass m) {
    switch (m) {
      case ModelClass::kOrg: return EntityType::kOrg;
      case ModelClass::kLoc: return EntityType::kLoc;
      case ModelClass::kNorp: return EntityType::kNorp;
      default: return EntityType::kPerson;
    }
  }

  // Runs left open take the type of a typed run sharing a word ("Lavrov" after
  // "Sergei Lavrov"); heading runs are kept only when so confirmed.
  void resolve_open_candidates() {
    // Keys are hashes of the folded words, a leading "al"/"el" left out, so
    // "al-Assad" and "Assad" meet; nothing is allocated per name.
    std::unordered_map<uint64_t, std::pair<EntityType, Evidence>> by_word;
    by_word.reserve(candidates_.size() * 2);
    std::vector<uint64_t> bearing_tails;  // keys of regions named with a bearing, without it
    for (const auto& c : candidates_) {
      if (c.evidence == Evidence::kNone || c.in_heading) continue;
      const std::string_view name = c.span.of(text_);
      auto remember = [&](uint64_t k) {
        auto [it, inserted] = by_word.emplace(k, std::make_pair(c.type, c.evidence));
        if (!inserted && c.evidence > it->second.second) it->second = {c.type, c.evidence};
      };
      remember(name_key(name));
      // "the Observatory" after "Syrian Observatory for Human Rights".
      if (c.type == EntityType::kOrg && name.find(' ') != std::string_view::npos) {
        for_each_word(name, [&](std::string_view w) {
          if (lexicon::is_org_head(w)) {
            remember(name_key(w));
            return false;
          }
          return true;
        });
      }
      if (c.type == EntityType::kPerson) {
        for_each_word(name, [&](std::string_view w) {
          if (!lexicon::is_name_particle(w) && w.size() > 1) remember(name_key(w));
          return true;
        });
      }
      // "parts of Kordofan" after "North Kordofan": the region without its
      // bearing (not "Bank" of "West Bank", an everyday word).
      if (c.type == EntityType::kLoc && c.words == 2 && lexicon::is_compass_direction(tok(c.first)) &&
          !gazetteer::is_common_word(tok(c.first + 1))) {
        remember(name_key(tok(c.first + 1)));
        bearing_tails.push_back(name_key(tok(c.first + 1)));
      }
    }
    std::vector<Candidate> named_in_headings;
    for (auto& c : candidates_) {
      if (c.evidence != Evidence::kNone && !c.in_heading) continue;
      // (A name its own form types stays: "Dawn.com | Published March 5, 2025".)
      if (c.in_heading && c.evidence == Evidence::kStrong && c.lexicon_typed) continue;
      // ("Ukrinform" on its line over the date, "November 19, 2025 | Ukrainska Pravda": a page's outlet by its
      // layout, first, though the body's "Ukrinform reported" reads as a person.)
      if (c.in_heading && outlet_by_layout(c)) {
        c.type = EntityType::kOrg;
        c.evidence = Evidence::kStrong;
        continue;
      }
      const uint64_t key = name_key(c.span.of(text_));
      const auto it = by_word.find(key);
      if (it != by_word.end()) {
        c.type = it->second.first;
        c.bearing_dropped = c.type == EntityType::kLoc &&
                            std::find(bearing_tails.begin(), bearing_tails.end(), key) != bearing_tails.end();
        // A headline name the body's rules are sure of is as sure: the
        // headline's odd context ("in Yemen's Hodeidah: residents") says less.
        c.evidence = c.in_heading && it->second.second == Evidence::kStrong ? Evidence::kStrong : Evidence::kWeak;
      } else if (c.in_heading) {
        Candidate probe = c;
        c.evidence = type_by_lexicon(c.span.of(text_), probe) ? Evidence::kStrong : Evidence::kNone;
        c.type = probe.type;
        c.lexicon_typed = probe.lexicon_typed;
        // "Gulf News" on a line of its own at a page's foot: a paper's name, the whole line.
        if (c.evidence == Evidence::kNone && c.words >= 2 && lexicon::is_newspaper_head(tok(c.last - 1)) &&
            seg_.paragraphs[seg_.sentences[c.sentence].paragraph].span.of(text_) == c.span.of(text_)) {
          c.type = EntityType::kOrg;
          c.evidence = Evidence::kStrong;
        }
        if (c.evidence == Evidence::kNone) find_body_names_in(c, by_word, named_in_headings);
      }
    }
    candidates_.insert(candidates_.end(), named_in_headings.begin(), named_in_headings.end());
  }

  // "Lavrov Urges Talks": a title-case heading is one run of capitals; the
  // names the body gives inside it, longest first, are its entities.
  template <typename ByWord>
  void find_body_names_in(const Candidate& heading, const ByWord& by_word, std::vector<Candidate>& out) const {
    for (uint32_t t = heading.first; t < heading.last;) {
      uint32_t matched = 0;
      for (uint32_t end = heading.last; end > t && !matched; --end) {
        if (end - t == heading.last - heading.first) continue;  // the whole run was asked already
        if (tokens_[t].kind != TokenKind::kWord || tokens_[end - 1].kind != TokenKind::kWord) continue;
        const auto it = by_word.find(name_key(words(t, end - 1)));
        if (it == by_word.end()) continue;
        Candidate part = heading;
        part.first = t;
        part.last = end;
        part.words = end - t;
        part.span = {tokens_[t].span.begin, static_cast<uint32_t>(tokens_[end - 1].span.begin +
                                                                 strip_possessive(tok(end - 1)).size())};
        part.type = it->second.first;
        part.evidence = Evidence::kWeak;
        part.titled = false;
        part.title = {};
        out.push_back(part);
        matched = end - t;
      }
      t += matched ? matched : 1;
    }
  }

  bool in_title(const Candidate& c) const {
    return in_.roles->paragraphs[seg_.sentences[c.sentence].paragraph].kind == ParagraphKind::kTitle;
  }

  // One name, one type within an article: a mention the model typed alone
  // takes the type the article gives that name more often, counting sure
  // mentions three times and a full person's name for its surname ("LOC
  // Warhol" beside "Andy Warhol" and "Warhol said").
  void agree_on_types() {
    constexpr size_t kTypes = 5;
    std::unordered_map<uint64_t, std::array<uint16_t, kTypes>> votes;
    votes.reserve(candidates_.size() * 2);
    for (const Candidate& c : candidates_) {
      // (A heading's sure name votes too: "Ukrinform" on its line over the date, then "Ukrinform reported".)
      // (A headline's unsure one does not: it takes the body's type below, "Dagestan attacks: ...".)
      if (c.evidence == Evidence::kNone || ((c.in_heading || in_title(c)) && c.evidence != Evidence::kStrong)) continue;
      const uint16_t weight = c.evidence == Evidence::kStrong && !c.kunya ? 3 : 1;
      const std::string_view name = c.span.of(text_);
      votes[name_key(name)][static_cast<size_t>(c.type)] += weight;
      if (c.type == EntityType::kPerson && name.find(' ') != std::string_view::npos)
        votes[surname_key(name)][static_cast<size_t>(EntityType::kPerson)] += 2;
    }
    // A headline's names take the type the body gives them ("... raid Deraa").
    // (So does a title's name the model left untyped: "Karamoja: Warriors kill four soldiers" over "the Karamoja
    // sub-region".)
    for (Candidate& c : candidates_) {
      const bool untyped_title = c.evidence == Evidence::kNone && in_title(c);
      if (c.evidence != Evidence::kWeak && !c.kunya && !untyped_title) continue;
      const auto it = votes.find(name_key(c.span.of(text_)));
      if (it == votes.end()) continue;
      const auto& v = it->second;
      const size_t best = static_cast<size_t>(std::max_element(v.begin(), v.end()) - v.begin());
      if (untyped_title) {
        c.type = static_cast<EntityType>(best);
        c.evidence = Evidence::kWeak;
      } else if (v[best] > v[static_cast<size_t>(c.type)]) {
        c.type = static_cast<EntityType>(best);
      }
    }
    retype_surnames_known_as_places();
  }

  // A lone word that is the surname of a person named in full in this
  // article is that person, even where the lexicon knows a place of that
  // name ("Valeska Paris ... Paris said"), unless its own context makes it a
  // place ("in Paris") or it names a country.
  void retype_surnames_known_as_places() {
    std::unordered_set<uint64_t> surnames;
    for (const Candidate& c : candidates_)
      if (c.type == EntityType::kPerson && c.evidence != Evidence::kNone && !c.in_heading && c.words >= 2)
        surnames.insert(surname_key(c.span.of(text_)));
    if (surnames.empty()) return;
    for (Candidate& c : candidates_) {
      if (c.type != EntityType::kLoc || c.words != 1 || c.evidence == Evidence::kNone) continue;
      const std::string_view name = c.span.of(text_);
      if (lexicon::is_country_or_region(name) || !surnames.count(name_key(name))) continue;
      const Sentence& sent = seg_.sentences[c.sentence];
      const std::string_view before = c.first > sent.token_begin ? tok(c.first - 1) : std::string_view();
      const std::string_view after = c.last < sent.token_end ? tok(c.last) : std::string_view();
      if (lexicon::is_place_preposition(before) || lexicon::is_place_noun(before) || lexicon::is_place_noun(after)) continue;
      c.type = EntityType::kPerson;
    }
  }

  // ---- canonical names ------------------------------------------------

  // The last word's key: "Assad" finds "Bashar al-Assad".
  static uint64_t surname_key(std::string_view name) {
    const size_t space = name.rfind(' ');
    return name_key(space == std::string_view::npos ? name : name.substr(space + 1));
  }

  static std::string initials_of(std::string_view name) {
    std::string out;
    for_each_word(name, [&](std::string_view w) {
      if (!w.empty() && chars::is_ascii_upper(w[0]) && !iequals(w, "of") && !iequals(w, "for") &&
          !iequals(w, "the") && !iequals(w, "and"))
        out += w[0];
      return true;
    });
    return out;
  }

  void assign_canonical_names(std::vector<Entity>& ents) const {
    // Full person names, first occurrence first, by surname.
    std::unordered_map<uint64_t, Span> person_by_surname, org_by_head;  // by name_key
    std::unordered_map<std::string, Span> org_by_acronym;
    // Names as written in running text, by type and folded words: "ALEPPO"
    // in a dateline is the "Aleppo" of the story.
    std::unordered_map<uint64_t, Span> mixed_case_by_key;
    auto typed_key = [](const Entity& e, std::string_view name) {
      return hash_combine(static_cast<uint64_t>(e.type), name_key(name));
    };
    // Longer than an acronym ("UN", "SANA" stay as they are).
    constexpr size_t kMinShoutedName = 5;
    auto shouted = [&](std::string_view name) { return name.size() >= kMinShoutedName && is_all_caps(name); };
    // Most articles have no such name: then no key is made.
    const bool any_shouted = std::any_of(ents.begin(), ents.end(), [&](const Entity& e) {
      return e.type != EntityType::kDate && shouted(e.span.of(text_));
    });
    for (size_t i = 0; i < ents.size(); ++i) {
      const Entity& e = ents[i];
      const std::string_view name = e.span.of(text_);
      if (any_shouted && e.type != EntityType::kDate && !is_all_caps(name))
        mixed_case_by_key.emplace(typed_key(e, name), e.span);
      if (e.type == EntityType::kPerson && name.find(' ') != std::string_view::npos)
        person_by_surname.emplace(surname_key(name), e.span);
      if (e.type == EntityType::kOrg && name.find(' ') != std::string_view::npos) {
        const std::string initials = initials_of(name);
        if (initials.size() >= 2) org_by_acronym.emplace(initials, e.span);
        // Every head word names it too: "the Observatory", "the Committee".
        // ("the Army" is a nation's army, "Syrian Arab Army", not "New People's Army", a rebel group.)
        const std::string_view first_word = name.substr(0, name.find(' '));
        const bool national = lexicon::is_nationality(first_word) || lexicon::is_country_or_region(first_word);
        for_each_word(name, [&](std::string_view w) {
          if (lexicon::is_org_head(w) && (w != "Army" || national)) org_by_head.emplace(name_key(w), e.span);
          return true;
        });
        // "Syrian National Council (SNC)": the bracketed acronym names it.
        const size_t after = e.span.end;
        if (after + 2 < text_.size() && text_[after] == ' ' && text_[after + 1] == '(') {
          const size_t close = text_.find(')', after + 2);
          if (close != std::string_view::npos && close - after - 2 <= 8)
            org_by_acronym[std::string(text_.substr(after + 2, close - after - 2))] = e.span;
        }
      }
    }
    for (Entity& e : ents) {
      if (e.type == EntityType::kDate) continue;
      const std::string_view name = e.span.of(text_);
      e.canonical = e.span;
      if (any_shouted && shouted(name)) {
        const auto written = mixed_case_by_key.find(typed_key(e, name));
        if (written != mixed_case_by_key.end()) { e.canonical = written->second; continue; }
      }
      // A full name is its own canonical name ("Maher al-Assad" is not "Bashar al-Assad").
      if (e.type == EntityType::kPerson && name.find(' ') == std::string_view::npos) {
        const auto it = person_by_surname.find(surname_key(name));
        if (it != person_by_surname.end() && it->second.size() >= name.size()) e.canonical = it->second;
      } else if (e.type == EntityType::kOrg) {
        const auto acr = org_by_acronym.find(std::string(name));
        if (acr != org_by_acronym.end()) { e.canonical = acr->second; continue; }
        if (name.find(' ') == std::string_view::npos) {
          const auto head = org_by_head.find(name_key(name));
          if (head != org_by_head.end()) e.canonical = head->second;
        }
      }
    }
  }

  const EntityInput& in_;
  std::string_view text_;
  const Segmentation& seg_;
  const std::vector<Token>& tokens_;
  std::vector<bool> used_;
  std::vector<Candidate> candidates_;
  uint32_t sentence_ = 0;
  bool in_boilerplate_ = false;  // the sentence scanned is page furniture, not a headline listed as a link
  std::unordered_map<uint64_t, uint8_t> article_evidence_;  // by folded last word
  // Folded hashes (| 1) of the words the article writes in lower case: an open-addressing set.
  std::vector<uint64_t> lower_case_words_;
  bool lower_case_words_ready_ = false;
  std::vector<uint64_t> sheikh_places_;  // keys of places named after a sheikh ("Sheikh Maqsoud"), as met
};

}  // namespace

std::vector<Entity> extract_entities(const EntityInput& in) { return EntityExtractor(in).run(); }

std::vector<EntityCandidate> entity_candidates(const EntityInput& in) {
  return EntityExtractor(in).candidates_for_training();
}

std::optional<CivilDate> find_anchor_date(std::string_view text, const Segmentation& seg,
                                          const std::optional<std::string>& given, const Roles* roles) {
  if (given)
    if (auto d = parse_iso_date(*given)) return d;
  // A complete date near the top: "Published 14 June 2013", "Wed 05 Apr 2017";
  // below a scraped page's menu, title and byline it may come later.
  constexpr uint32_t kTopParagraphs = 3, kMostHeaderLines = 10;
  auto above_story = [&](uint32_t p) {
    if (!roles || p >= kMostHeaderLines || p >= roles->paragraphs.size()) return false;
    for (uint32_t q = 0; q <= p; ++q)
      if (roles->paragraphs[q].kind == ParagraphKind::kBody) return false;
    return true;
  };
  std::vector<DateMention> found;
  for (const Sentence& s : seg.sentences) {
    if (s.paragraph > kTopParagraphs && !above_story(s.paragraph)) break;
    find_dates(text, seg.tokens, s.token_begin, s.token_end, std::nullopt, found);
    for (const auto& d : found)
      if (d.absolute) return d.absolute;
    found.clear();
  }
  return std::nullopt;
}

}  // namespace sift
