#include "extract/casualties.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "extract/attribution.h"
#include "extract/casualty_words.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/numbers.h"
#include "extract/quotes.h"
#include "text/chars.h"
#include "text/phrase_scan.h"
#include "text/word_map.h"
#include "text/word_set.h"
#include "text/span_index.h"

namespace sift {
namespace {

using chars::iequals;
Span entity_span(const Entity& e) { return e.span; }
Span token_span(const Token& t) { return t.span; }
Span sentence_span(const Sentence& s) { return s.span; }

// Words that make a toll cumulative ("since the uprising began"). Not "so
// far": "we have buried 42 bodies so far" is one attack's running toll; a
// war's tally says so by its other words ("in the conflict so far", "so far
// this year").
constexpr std::string_view kCumulativeCues[] = {
    "since", "in total", "total of", "overall", "to date", "throughout", "over the past",
    "in the past", "over the last", "in the last", "in recent days", "in recent weeks", "days of",
    "weeks of", "months of", "years of", "this year", "last year", "last month", "conflict", "uprising",
    "revolt", "revolution", "war", "crackdown", "crisis", "altogether", "cumulative", "unrest",
    "first half", "second half", "first six months", "first quarter", "of the year",
    "whole weekend",
    // "... since Moscow began its air campaign. The ministry has acknowledged
    // the deaths of about 40 servicemen in that period": the span just told.
    "in that period", "during that period", "over that period", "in the same period", "during that time",
    // "more than 300 people had been arrested across the province in a week": a week's tally.
    "in a week", "in one week", "within a week"};

// Words that put a sentence's toll before the story's own events ("an attack
// earlier this week"). "Days after" places only the toll it introduces: see
// recalled_after_period.
constexpr std::string_view kBackgroundCues[] = {"earlier this week", "earlier this month", "earlier in the week",
                                                "earlier in the month", "last week", "a week ago", "days ago",
                                                "weeks ago", "months ago", "years ago", "previous attack",
                                                "earlier attack", "previous deadliest"};
// Of those, the ones a lead uses for the story's own event, reported days
// later: "Ten children were among 48 people killed in a village earlier
// this week, a monitor said Saturday."
constexpr std::string_view kRecentCues[] = {"earlier this week", "earlier this month", "earlier in the week",
                                            "earlier in the month", "last week", "days ago"};
// A lead is the article's first sentences (a headline and dateline may open the first).
constexpr size_t kLeadSentences = 3;

// Actors: "government forces", "the army", "rebels".
constexpr std::string_view kActorHeads[] = {
    "forces", "troops", "army", "regime", "government", "rebels", "militants", "jihadists", "gunmen",
    "gunman", "militia", "militias", "fighters", "soldiers", "aircraft", "warplanes", "warplane", "jets",
    "snipers", "sniper", "police", "insurgents", "coalition", "shabiha", "bomber", "bombers", "attackers",
    "assailants", "drones", "helicopters"};
// Words that may lead an actor's name: "Syrian government", "pro-regime militias".
constexpr std::string_view kActorModifiers[] = {"government", "regime", "pro-government", "pro-regime",
                                                "opposition", "rebel", "security", "suicide", "armed",
                                                "masked", "unidentified", "unknown", "allied", "coalition"};

bool is_actor_modifier(std::string_view w) {
  static const WordSet modifiers(kActorModifiers);
  return modifiers.contains(w);
}

// People named as victims ("Elkino Watson was killed"): who they were is not said.
constexpr VictimNoun kNamedVictim{"", "unknown"};

// How far after the previous fact a bare count may repeat its verb and people.
// ("16 bodies were kept in the mortuary of the Churachandpur district hospital and 15 at ...": 12 words between.)
constexpr uint32_t kElidedReach = 14;

// How far into its sentence "N of them" may open a part of the toll told before: "The injured were taken to
// al-Qardaha National Hospital, where two of them ...".
constexpr uint32_t kOfThemOpening = 16;
constexpr uint32_t kOfThemStateReach = 6;  // "of them are in a critical condition"
// How far back a bare "one" looks for the people it is one of: "all five attackers had been killed, and one".
constexpr uint32_t kOneOfThemReach = 10;

class CasualtyExtractor {
 public:
  explicit CasualtyExtractor(const CasualtyInput& in)
      : in_(in), text_(in.text), seg_(*in.segmentation), tokens_(seg_.tokens), quoted_(quoted_spans(*in.quotes)),
        ctx_{in.text, &seg_.tokens, in.entities, &quoted_} {}

  std::vector<Casualty> run() {
    const auto& sentences = seg_.sentences;
    const uint32_t lead = lead_paragraph();
    for (size_t i = 0; i < sentences.size(); ++i) {
      const Sentence& s = sentences[i];
      if (in_.roles->paragraphs[s.paragraph].kind == ParagraphKind::kBoilerplate) continue;
      // (The lead's first sentence too, however many lines a headline, a byline and a date took.)
      in_lead_ = i < kLeadSentences || (s.paragraph == lead && (i == 0 || sentences[i - 1].paragraph != lead));
      const size_t first = out_.size();
      scan(s);
      link_among_earlier(first, s.paragraph);
      link_parts_summing_to_earlier(first);
      const bool said_mostly_civilians =
          out_.size() > first && (says_mostly_civilians(s) ||
                                  (i + 1 < sentences.size() && says_mostly_civilians(sentences[i + 1])));
      classify_generic_victims(first, said_mostly_civilians);
    }
    unmark_mixed_tolls();
    place_restated_tolls();
    agree_with_headline();
    keep_recalled_events_background();
    // A part belongs to its whole's time: "a day after strikes left 35
    // people including 22 children dead" recalls the children too.
    for (Casualty& c : out_) {
      if (c.part_of < 0) continue;
      const Casualty& whole = out_[static_cast<size_t>(c.part_of)];
      c.scope = whole.scope;
      if (c.perpetrator.empty()) c.perpetrator = whole.perpetrator;
      if (c.cause.empty()) c.cause = whole.cause;
      if (c.source.empty()) c.source = whole.source;  // "Among the dead were five members of one family"
      if (c.date.empty()) c.date = whole.date;
      // ("killed 97 civilians, including 25 children" in "northwestern Yemen", the whole placed in Hajjah by
      // the sentence after: a part placed only by its country is where its whole is.)
      if (lexicon::is_country_level(c.location) && !whole.location.empty() && !lexicon::is_country_level(whole.location))
        c.location = whole.location;
    }
    drop_restated_tolls();
    return std::move(out_);
  }

  // Drops the tolls a teller restated in a quotation (see restates_tellers_toll) and the parts told in that
  // quotation, and renumbers the parts that remain. A part told outside it ("The other aid worker said the
  // dead included a woman") becomes a part of the toll first told.
  void drop_restated_tolls() {
    if (restated_.empty()) return;
    std::vector<bool> dropped(out_.size(), false);
    std::vector<int32_t> first_telling(out_.size(), -1);
    for (const auto& [quoted, told] : restated_) {
      dropped[quoted] = true;
      first_telling[quoted] = static_cast<int32_t>(told);
    }
    for (size_t k = 0; k < out_.size(); ++k) {  // a part comes after its whole
      Casualty& part = out_[k];
      if (part.part_of < 0 || !dropped[static_cast<size_t>(part.part_of)]) continue;
      const size_t whole = static_cast<size_t>(part.part_of);
      const Quote* quote = quote_holding(out_[whole].span);
      if (quote_holding(part.span) == quote) {
        dropped[k] = true;
        continue;
      }
      part.part_of = first_telling[whole];
    }
    std::vector<int32_t> renumbered(out_.size(), -1);
    size_t kept = 0;
    for (size_t k = 0; k < out_.size(); ++k) {
      if (dropped[k]) continue;
      renumbered[k] = static_cast<int32_t>(kept);
      if (kept != k) out_[kept] = std::move(out_[k]);
      ++kept;
    }
    out_.resize(kept);
    for (Casualty& c : out_)
      if (c.part_of >= 0) c.part_of = renumbered[static_cast<size_t>(c.part_of)];
  }

  // "At least 30 people including 24 civilians were killed": when the
  // article breaks a toll down into civilians or combatants, the same toll
  // told elsewhere without that breakdown ("strikes killing at least 30
  // people") is not all civilians, whatever the weapon.
  void unmark_mixed_tolls() {
    if (civilian_by_cause_.empty()) return;
    // Outcome and figure: "22 dead" in a headline is the "at least 22" of the text.
    using Toll = std::pair<std::string_view, int64_t>;
    std::vector<Toll> mixed;
    for (const Casualty& part : out_) {
      if (part.part_of < 0) continue;
      const Casualty& whole = out_[static_cast<size_t>(part.part_of)];
      if ((part.victim_class == "combatant" || is_civilians_word(part.victims)) && part.count_min < whole.count_min)
        mixed.emplace_back(whole.outcome, whole.count_min);
    }
    std::sort(mixed.begin(), mixed.end());
    for (size_t k : civilian_by_cause_) {
      Casualty& c = out_[k];
      if (std::binary_search(mixed.begin(), mixed.end(), Toll{c.outcome, c.count_min}))
        c.victim_class = "unknown";
    }
  }

  // "Suicide bombing kills at least 16 in northeast Syria" over "... killed
  // at least 16 people in the city of Hasaka": a toll told again with only
  // the country, or no place, is the one the article places, when one
  // place alone has that outcome and figure.
  void place_restated_tolls() {
    constexpr int64_t kSmallestToll = 3;  // "one killed" recurs by chance
    auto vague = [](const Casualty& c) { return c.location.empty() || lexicon::is_country_level(c.location); };
    // Outcome and figure -> the one place given them, or null when two are.
    std::map<std::pair<std::string_view, int64_t>, const std::string*> place_of;
    for (const Casualty& c : out_) {
      if (c.scope != "incident" || c.count_min < kSmallestToll || vague(c)) continue;
      const auto [it, first] = place_of.emplace(std::make_pair(c.outcome, c.count_min), &c.location);
      if (!first && it->second && *it->second != c.location) it->second = nullptr;
    }
    if (place_of.empty()) return;
    for (size_t i = 0; i < out_.size(); ++i) {
      Casualty& c = out_[i];
      // (A part goes with its whole, not with another toll of its figure: "38 people across Syria,
      // among them ... 3 children" is no "3 civilians were killed" in Idlib.)
      if (c.scope != "incident" || c.count_min < kSmallestToll || !vague(c) || c.part_of >= 0) continue;
      const auto it = place_of.find({c.outcome, c.count_min});
      if (it == place_of.end() || !it->second) continue;
      // Its parts placed as vaguely go with it: "toll rises to 116, six of them beheaded" (parts follow their
      // whole); so do the facts after it in its paragraph placed as vaguely ("killing 10 officers and
      // wounding six others" in "northwest Pakistan").
      for (size_t j = i + 1; j < out_.size() && fact_paragraph_[j] == fact_paragraph_[i]; ++j)
        if (out_[j].location == c.location && out_[j].scope == "incident") out_[j].location = *it->second;
      c.location = *it->second;
    }
  }

  // A headline toll and the body's same toll are one report: "Fighting
  // around Tripoli has killed 392, WHO says" is the tally "since early
  // April" of the lead; and the lead's massacre "on Nov. 9", told on Nov.
  // 24 under a headline about it, is the story's own incident, not background.
  void agree_with_headline() {
    constexpr int64_t kStoryLagDays = 31;
    std::vector<size_t> headline;
    for (size_t i = 0; i < out_.size(); ++i)
      if (in_.roles->paragraphs[fact_paragraph_[i]].kind == ParagraphKind::kTitle) headline.push_back(i);
    if (headline.empty()) return;
    const uint32_t lead = lead_paragraph();
    std::vector<bool> matched(headline.size(), false);
    for (size_t i = 0; i < out_.size(); ++i) {
      Casualty& body = out_[i];
      if (in_.roles->paragraphs[fact_paragraph_[i]].kind == ParagraphKind::kTitle || body.repeat) continue;
      for (size_t h = 0; h < headline.size(); ++h) {
        Casualty& head = out_[headline[h]];
        if (matched[h] || !same_toll_outcome(head.outcome, body.outcome) || head.count_min != body.count_min) continue;
        matched[h] = true;
        // (A month's tally in a headline is the body's: "102 civilians killed in Syria in June 2023".)
        if ((head.scope == "incident" || head.scope == "historical") && body.scope == "cumulative") head.scope = body.scope;
        const auto day = parse_iso_date(body.date);
        // ("UN says M23 rebels killed at least 131 civilians", then the lead's "... last month" in a story of
        // December 8: the month before the story's, of the toll its headline tells.)
        const bool month_before = !day && body.date.size() == 7 && body.date[4] == '-' && in_.anchor &&
                                  month_index(body.date) + 1 == in_.anchor->year * 12 + in_.anchor->month;
        if (head.scope == "incident" && body.scope == "historical" && fact_paragraph_[i] == lead && in_.anchor &&
            ((day && days_from_civil(*in_.anchor) - days_from_civil(*day) <= kStoryLagDays) || month_before)) {
          body.scope = "incident";
          // (Placed, as an incident of the lead is, by the town the next paragraph tells it in.)
          if (lexicon::is_country_level(body.location))
            if (const Entity* town = town_of_event_told_after_lead()) body.location = std::string(town->canonical.of(text_));
        }
        // ("DR Congo: UN says M23 rebels killed at least 131 civilians": the headline's country is where the
        // body's same toll is.)
        if (head.scope == body.scope && lexicon::is_country_level(head.location) && !body.location.empty() &&
            !lexicon::is_country_level(body.location))
          head.location = body.location;
        // ("Pakistan says Indian strikes killed 26 civilians; India reports 12 dead in shelling", then "shelling
        // ... killed 12 civilians and a soldier in Poonch district": a headline's toll that names no place takes
        // the place of the body's same toll told after the lead, not the lead's.)
        const std::string_view title = seg_.paragraphs[fact_paragraph_[headline[h]]].span.of(text_);
        if (head.scope == body.scope && fact_paragraph_[i] != lead && !body.location.empty() &&
            body.location != head.location && !head.location.empty() &&
            title.find(head.location) == std::string_view::npos && !title_names_a_place(fact_paragraph_[headline[h]]))
          head.location = body.location;
        break;
      }
    }
  }

  // Does the title paragraph `p` name a place below a country's level ("Poonch", not "Pakistan", which a title
  // may name as a teller)?
  bool title_names_a_place(uint32_t p) const {
    const Span title = seg_.paragraphs[p].span;
    const auto& ents = *in_.entities;
    for (size_t i = first_at_or_after(ents, title.begin, entity_span); i < ents.size() && ents[i].span.end <= title.end;
         ++i)
      if (ents[i].type == EntityType::kLoc && !lexicon::is_country_level(ents[i].canonical.of(text_))) return true;
    return false;
  }

  // "Blast in Mazar-i-Sharif kills 31 ..., a day after bombings in Kabul killed six schoolboys", then
  // "On Tuesday, two explosions ... in western Kabul killed at least six people and wounded 11" and "whose
  // nephew was wounded in the Kabul blasts": an earlier event the story recalled as background, told
  // again away from the story's own place, stays background.
  void keep_recalled_events_background() {
    const std::string* story_place = nullptr;  // where the first incident is: the title's or the lead's
    for (const Casualty& c : out_)
      if (c.scope == "incident" && !c.location.empty()) {
        story_place = &c.location;
        break;
      }
    if (!story_place) return;
    // Outcome and figure -> the place of the recalled event with them.
    std::map<std::pair<std::string_view, int64_t>, std::string_view> recalled;
    std::vector<std::string_view> recalled_places;
    constexpr size_t kMostRecalledPlaces = 8;  // each later fact asks them all
    const auto recall = [&](const Casualty& c) {
      recalled.emplace(std::make_pair(std::string_view(c.outcome), c.count_min), c.location);
      if (recalled_places.size() < kMostRecalledPlaces &&
          std::find(recalled_places.begin(), recalled_places.end(), c.location) == recalled_places.end())
        recalled_places.push_back(c.location);
    };
    const uint32_t lead = lead_paragraph();
    uint32_t moved_sentence_end = 0;  // the sentence whose toll was found recalled: its other facts there follow
    std::string_view moved_place;
    for (size_t i = 0; i < out_.size(); ++i) {
      Casualty& c = out_[i];
      if (c.location.empty() || c.location == *story_place) continue;
      if (c.scope == "historical") {
        recall(c);
        continue;
      }
      if (c.scope != "incident" || c.repeat || c.part_of >= 0 || fact_paragraph_[i] == lead ||
          in_.roles->paragraphs[fact_paragraph_[i]].kind == ParagraphKind::kTitle)
        continue;
      // (A run-on "sentence" is read only near the fact: the pass stays linear.)
      constexpr uint32_t kLongestSentence = 600;  // bytes
      const Sentence* held = holding(seg_.sentences, c.span, sentence_span);
      const Span sentence = held && held->span.end - held->span.begin <= kLongestSentence ? held->span : c.span;
      const std::string_view said = sentence.of(text_);
      bool again = c.span.begin < moved_sentence_end && c.location == moved_place;
      if (!again)
        if (const auto it = recalled.find({c.outcome, c.count_min}); it != recalled.end())
          again = it->second == c.location || find_word(said, it->second, 0) != std::string_view::npos;
      if (!again && c.date.empty())
        for (const std::string_view place : recalled_places)
          if (place == c.location && names_event_by_place(said, place)) again = true;
      if (!again) continue;
      c.scope = "historical";
      recall(c);
      moved_sentence_end = sentence.end;
      moved_place = c.location;
    }
  }

  // "the Kabul blasts", "the Homs bombing": an event called by its place.
  static bool names_event_by_place(std::string_view sentence, std::string_view place) {
    for (size_t at = find_word(sentence, place, 0); at != std::string_view::npos; at = find_word(sentence, place, at + 1)) {
      if (at < 4 || !chars::iequals(sentence.substr(at - 4, 4), "the ")) continue;
      const size_t next = at + place.size() + 1;
      if (next >= sentence.size() || sentence[next - 1] != ' ') continue;
      const size_t end = sentence.find_first_of(" ,.;", next);
      std::string_view noun = sentence.substr(next, end == std::string_view::npos ? std::string_view::npos : end - next);
      if (noun.size() > 1 && noun.back() == 's' && lexicon::is_attack_noun(noun.substr(0, noun.size() - 1))) return true;
      if (lexicon::is_attack_noun(noun)) return true;
    }
    return false;
  }

  // "the number of people seized", "the total of hostages taken": a count of people right before
  // the verb at `k`, no further back than `b`.
  bool number_of_people_before(uint32_t k, uint32_t b) const {
    constexpr uint32_t kPeopleWords = 2;  // "the number of [foreign] [workers] seized"
    for (uint32_t m = k; m > b + 1 && k - m <= kPeopleWords; --m)
      if (iequals(tok(m - 1), "of"))
        return k - m >= 1 && (iequals(tok(m - 2), "number") || iequals(tok(m - 2), "count") || iequals(tok(m - 2), "total"));
    return false;
  }

  // The outcome verb before a list of people named without counts ("the chief, his son") that ends at
  // `list_end` ("and"): "killing the chief, his son and four others".
  const Trigger* verb_before_people_list(uint32_t list_end, uint32_t b, uint32_t* at) const {
    constexpr uint32_t kListTokens = 10;
    bool person = false;
    for (uint32_t k = list_end; k > b && list_end - k <= kListTokens; --k) {
      const std::string_view w = tok(k - 1);
      // (The verb in the active: "killed the chief", not "were killed".)
      if (const Trigger* t = outcome_word(k - 1, list_end); t && !(k >= 2 && lexicon::is_be_form(tok(k - 2)))) {
        if (!person) return nullptr;
        *at = k - 1;
        return t;
      }
      if (w == "," || iequals(w, "and") || iequals(w, "the") || iequals(w, "his") || iequals(w, "her") ||
          iequals(w, "their"))
        continue;
      if (tokens_[k - 1].kind != TokenKind::kWord || !chars::is_ascii_lower(w[0]) || w.back() == 's' ||
          !(victim_of(w) || lexicon::is_person_title(w)))
        return nullptr;
      person = true;
    }
    return nullptr;
  }

  // The outcome of "among the <outcome> were" before a list of uncounted people ending at `list_end`.
  const Trigger* among_outcome_before_list(uint32_t list_end, uint32_t b, uint32_t* at) const {
    constexpr uint32_t kListTokens = 10;
    for (uint32_t k = list_end; k > b + 2 && list_end - k <= kListTokens; --k) {
      if (!is_auxiliary(tok(k - 1))) continue;
      const uint32_t outcome_at = k - 2;
      if (!among_the(outcome_at) || !uncounted_list_between(k - 1, list_end)) return nullptr;
      const Trigger* t = outcome_word(outcome_at, list_end);
      if (t) *at = outcome_at;
      return t;
    }
    return nullptr;
  }

  // [from, to) is an auxiliary ("were") and a list of uncounted people: "children, pregnant women".
  bool uncounted_list_between(uint32_t from, uint32_t to) const {
    constexpr uint32_t kListTokens = 10;
    if (from >= to || to - from > kListTokens || !is_auxiliary(tok(from))) return false;
    bool people = false;
    for (uint32_t k = from + 1; k < to; ++k) {
      const std::string_view w = tok(k);
      if (w == "," || iequals(w, "and")) continue;
      if (tokens_[k].kind != TokenKind::kWord || !chars::is_ascii_lower(w[0]) || parse_count(text_, tokens_, k, to)) return false;
      people |= victim_of(w) != nullptr;
    }
    return people;
  }

  // "four attackers killed" from k: a count, its victims, an outcome told of them.
  bool counted_at_outcome(uint32_t k, uint32_t e) const {
    const auto counted = parse_count(text_, tokens_, k, e);
    if (!counted) return false;
    constexpr uint32_t kVictimWords = 2;  // "four attackers", "two Syrian soldiers"
    uint32_t m = counted->token_end;
    while (m < e && m < counted->token_end + kVictimWords && tokens_[m].kind == TokenKind::kWord && !outcome_word(m, e) &&
           !iequals(tok(m), "among"))
      ++m;
    // ("mother and three daughters among seven killed": the whole they are among, then its outcome.)
    if (m + 1 < e && iequals(tok(m), "among"))
      if (const auto whole = parse_count(text_, tokens_, m + 1, e)) m = whole->token_end;
    return m < e && outcome_word(m, e) && is_done_to_them(tok(m));
  }

  // Has the article told of people abducted yet?
  // (Read on from where the last question stopped: linear over the article.)
  bool told_abduction_before() const {
    for (; !abduction_told_ && abduction_checked_ < out_.size(); ++abduction_checked_)
      abduction_told_ = out_[abduction_checked_].outcome == "abducted";
    return abduction_told_;
  }

  // One outcome for totals: the same word, or two words for deaths ("'executed 700'" over "have killed 700").
  static bool same_toll_outcome(std::string_view a, std::string_view b) {
    const auto death = [](std::string_view o) { return o == "killed" || o == "executed"; };
    return a == b || (death(a) && death(b));
  }

  static bool is_civilians_word(std::string_view victims) {
    return chars::iequals(victims, "civilians") || chars::iequals(victims, "civilian");
  }

  // "People" (or no victim word) killed by shelling, air strikes, bombs or
  // attacks are counted as civilians, as casualty recorders code them,
  // unless the same sentence names combatants or gives its own figure for
  // civilians ("six civilians were among at least 22 people killed");
  // children and women among them ("100 people including 25 children")
  // agree with it. So are people the text calls mostly civilians.
  void classify_generic_victims(size_t first, bool said_mostly_civilians) {
    for (size_t i = first; i < out_.size(); ++i) {
      const Casualty& c = out_[i];
      // One fighter killed apart from the toll ("a downed pilot was killed")
      // says nothing of who the toll's people were.
      const bool lone_fighter = c.count_min == 1 && c.count_max == 1 && c.part_of < 0;
      if (c.victim_class == "combatant" && !lone_fighter) return;
      // ("Killed seven people and injured dozens more civilians": "more"
      // says the seven were civilians too.)
      if (c.victim_class == "civilian" && is_civilians_word(c.victims) && !adds_more(c)) return;
    }
    for (size_t i = first; i < out_.size(); ++i) {
      Casualty& c = out_[i];
      const bool generic = c.victims.empty() || chars::iequals(c.victims, "people") ||
                           chars::iequals(c.victims, "persons") || chars::iequals(c.victims, "person") ||
                           chars::iequals(c.victims, "others");
      if (c.victim_class == "unknown" && generic &&
          ((indiscriminate(c.cause) && !cause_told_before_of_[i]) || said_mostly_civilians)) {
        c.victim_class = "civilian";
        civilian_by_cause_.push_back(i);
      }
    }
  }

 private:
  // Asked at nearly every step of every rule: always inlined.
  [[gnu::always_inline]] std::string_view tok(uint32_t i) const { return tokens_[i].span.of(text_); }
  // The text from token `first` through token `last`, as written.
  std::string_view words(uint32_t first, uint32_t last) const {
    return text_.substr(tokens_[first].span.begin, tokens_[last].span.end - tokens_[first].span.begin);
  }

  // "dozens more civilians", "four more injured" (not "more than 20").
  bool adds_more(const Casualty& c) const {
    return c.qualifier.rfind("more", 0) != 0 && find_word(c.span.of(text_), "more", 0) != std::string_view::npos;
  }

  bool is_negated(uint32_t count_token, uint32_t b) const {
    // "no one", "nobody", "none", "no casualties", "without casualties"
    for (uint32_t k = count_token > b + 3 ? count_token - 3 : b; k <= count_token && k < tokens_.size(); ++k) {
      const std::string_view w = tok(k);
      // ("Reporters Without Borders said 12 ...": a capital inside a name negates
      // nothing; one after a quotation mark opens a sentence: '"No one was hurt'.)
      if (k != b && chars::is_ascii_upper(w[0]) && tokens_[k - 1].kind != TokenKind::kPunctuation) continue;
      // ("the toll was no more than 150": a qualifier, no negation.)
      const bool qualifier = iequals(w, "no") && k + 2 < tokens_.size() && iequals(tok(k + 2), "than") &&
                             (iequals(tok(k + 1), "more") || iequals(tok(k + 1), "fewer") || iequals(tok(k + 1), "less"));
      if (qualifier) continue;
      if (iequals(w, "no") || iequals(w, "nobody") || iequals(w, "none") || iequals(w, "without") ||
          iequals(w, "not"))
        return true;
    }
    return false;
  }

  // "Earlier reports that 30 people had been killed ... were wrong", "denied
  // reports that 30 were killed": a report the sentence refutes is no fact.
  bool refuted_report(uint32_t count_token, uint32_t b, uint32_t e) const {
    constexpr uint32_t kReportReach = 6;
    uint32_t report = UINT32_MAX;
    for (uint32_t k = count_token > b + kReportReach ? count_token - kReportReach : b; k + 1 < count_token; ++k)
      if ((iequals(tok(k), "reports") || iequals(tok(k), "report") || iequals(tok(k), "claims")) &&
          (iequals(tok(k + 1), "that") || iequals(tok(k + 1), "of")))
        report = k;
    if (report == UINT32_MAX) return false;
    static constexpr std::string_view kRefuting[] = {"denied", "dismissed", "rejected", "refuted"};
    static const WordSet refuting(kRefuting);
    for (uint32_t k = report > b + 2 ? report - 2 : b; k < report; ++k)
      if (refuting.contains(tok(k))) return true;
    static constexpr std::string_view kFalse[] = {"wrong", "false", "untrue", "incorrect", "unfounded", "baseless",
                                                  "fabricated", "inaccurate"};
    static const WordSet untrue(kFalse);
    for (uint32_t k = count_token + 1; k + 1 < e; ++k)
      if (lexicon::is_be_form(tok(k)) && untrue.contains(tok(k + 1))) return true;
    return false;
  }

  // The victim phrase after a count: adjectives up to a victim noun ("18
  // prematurely born babies", "of the group's members", "armed men").
  struct Victims {
    uint32_t begin = 0, end = 0;
    const VictimNoun* noun = nullptr;
    bool armed = false;  // "armed men", "armed civilians" are fighters
    bool of_phrase = false;  // runs on through "of" ("members of one family")
    bool named = false;      // people named: "Elkino Watson and Ruhul Amin"
    bool of_name = false;    // the "of" phrase names whom they belong to ("students of Benadir University")
    uint32_t head_end = 0;   // the end of the head noun, before any "of" phrase
  };

  // Verbs, prepositions, adverbs and time words that come after a victim
  // phrase, never inside it: "kill 45 after rebel fire", "killed 20 last
  // week", "a militant was killed". ("And" and "or" may join modifiers of
  // one noun: "regime and allied fighters".)
  static bool ends_victim_phrase(std::string_view w) {
    static constexpr std::string_view kEnders[] = {
        "were", "was", "is", "have", "has", "had", "been", "who", "as", "with", "among", "in", "on", "by",
        "after", "before", "at", "from", "near", "during", "since", "following", "amid", "across", "inside",
        "outside", "over", "to", "for", "into", "around", "when", "while", "last", "this", "today",
        "yesterday", "overnight", "later", "critically", "seriously", "also", "reportedly", "shot", "found",
        "lightly", "moderately", "gravely", "severely"};
    static const WordSet enders(kEnders);
    // Lower case only: "kill 8 IS militants" names the group, not a verb.
    return !w.empty() && chars::is_ascii_lower(w[0]) && enders.contains(w);
  }

  // The token after an age written before a noun ("17-year-old",
  // "five-year-old", "six-month-old"), or k when none starts at k.
  uint32_t age_end(uint32_t k, uint32_t e) const {
    static constexpr std::string_view kUnits[] = {"year-old", "month-old", "week-old", "day-old"};
    auto is_unit = [](std::string_view w) {
      for (auto unit : kUnits)
        if (w.size() >= unit.size() && iequals(w.substr(w.size() - unit.size()), unit) &&
            (w.size() == unit.size() || w[w.size() - unit.size() - 1] == '-'))
          return true;
      return false;
    };
    if (tokens_[k].kind == TokenKind::kWord) {
      const std::string_view w = tok(k);
      const bool ends_old = w.size() > 9 && iequals(w.substr(w.size() - 4), "-old");  // the cheap test first
      return ends_old && is_unit(w) ? k + 1 : k;
    }
    // "17-year-old": the digits, the hyphen and the word, glued.
    if (tokens_[k].kind == TokenKind::kNumber && k + 2 < e && tok(k + 1) == "-" &&
        tokens_[k].span.end == tokens_[k + 1].span.begin && tokens_[k + 1].span.end == tokens_[k + 2].span.begin &&
        is_unit(tok(k + 2)))
      return k + 3;
    return k;
  }

  // From token k to `outcome_at`: "from the primary school were", "from
  // Uruguay were": an origin, then auxiliaries.
  bool origin_then_outcome(uint32_t k, uint32_t outcome_at) const {
    if (k + 1 >= outcome_at || !iequals(tok(k), "from")) return false;
    const bool named = is_capitalised_word(k + 1);
    const uint32_t from = named ? k + 1 : k + 2;
    if (!named && (!iequals(tok(k + 1), "the") || from >= outcome_at)) return false;
    uint32_t m = from;
    constexpr uint32_t kPlaceWords = 3;
    while (m < outcome_at && m < from + kPlaceWords && tokens_[m].kind == TokenKind::kWord &&
           (named ? is_capitalised_word(m) : chars::is_ascii_lower(tok(m)[0]) && !is_auxiliary(tok(m))))
      ++m;
    return m > from && only_auxiliaries_between(m, outcome_at);
  }

  // "in critical condition", "seriously": how badly, within a few words of k.
  bool tells_condition(uint32_t k, uint32_t e) const {
    constexpr uint32_t kReach = 4;
    for (uint32_t m = k; m < e && m < k + kReach; ++m) {
      const std::string_view w = tok(m);
      if (is_severity_word(w) || iequals(w, "critical") || iequals(w, "serious") || iequals(w, "condition")) return true;
    }
    return false;
  }

  // A number glued by a hyphen to a unit ("30-hour", "5-km", "10-storey"):
  // `after_number` is the token after the number.
  bool measures_something(uint32_t after_number, uint32_t e) const {
    if (after_number + 1 >= e || after_number == 0 || tok(after_number) != "-" ||
        tokens_[after_number - 1].kind != TokenKind::kNumber || !glued(after_number - 1, after_number) ||
        !glued(after_number, after_number + 1))
      return false;
    static constexpr std::string_view kUnits[] = {
        "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "minute", "minutes",
        "second", "seconds", "mile", "miles", "km", "kilometre", "kilometer", "metre", "meter", "storey", "story",
        "floor", "point", "ton", "tonne", "kg", "page", "bed", "lane", "kilogram", "kilo", "inch", "foot", "feet"};
    static const WordSet units(kUnits);
    return units.contains(tok(after_number + 1));
  }

  bool glued(uint32_t a, uint32_t b) const { return tokens_[a].span.end == tokens_[b].span.begin; }

  static bool is_wreckage_word(std::string_view w) {
    static constexpr std::string_view kWords[] = {"rubble", "debris", "ruins", "wreckage", "remains", "river", "sea", "water"};
    static const WordSet words(kWords);
    return words.contains(w);
  }

  Victims victims_after(uint32_t i, uint32_t e) const {
    Victims v;
    v.begin = i;
    // "three days of national mourning", "two years of war": a span of time counts no one.
    if (i < e && is_time_unit(tok(i))) return v;
    uint32_t reach = i + 5;
    // '203 "terrorists"': a word set in quotation marks is still the noun.
    if (i + 1 < e && tok(i) == "\"" && tokens_[i + 1].kind == TokenKind::kWord && victim_of(tok(i + 1))) {
      v.begin = ++i;
      ++reach;
    }
    for (uint32_t k = i; k < e && k < reach; ++k) {
      // "a 17-year-old girl", "two five-year-old boys": the age is a modifier.
      if (const uint32_t after_age = age_end(k, e); after_age > k) {
        reach += after_age - k;
        k = after_age - 1;
        continue;
      }
      const std::string_view w = tok(k);
      if (iequals(w, "armed")) v.armed = true;
      // "A British national and an American were among the dead": a
      // nationality ending the phrase names a person.
      // ("Witnesses say more than 200 Amhara killed": a people the article names, before the outcome.)
      const bool nationality_noun = k == i && chars::is_ascii_upper(w[0]) &&
                                    (lexicon::is_nationality(w) || (k + 1 < e && trigger_of(tok(k + 1)) && names_people_at(k))) &&
                                    (k + 1 >= e || tokens_[k + 1].kind != TokenKind::kWord ||
                                     is_auxiliary(tok(k + 1)) || iequals(tok(k + 1), "and") || trigger_of(tok(k + 1)));
      // "14 innocent lives were lost": the lives are the people.
      if (nationality_noun || (iequals(w, "lives") && lost_after(k + 1, e))) {
        v.noun = victim_of("people");
        v.end = v.head_end = k + 1;
        return v;
      }
      if (const VictimNoun* n = victim_of(w)) {
        // "jihadist fighters", "rescue workers": the last noun heads the phrase.
        // A head that says nothing of the side keeps its modifier's: "displaced people".
        // ("took 15 workers hostage": the hostage word is the verb's, not the victims'.)
        while (k + 1 < e && tokens_[k + 1].kind == TokenKind::kWord && victim_of(tok(k + 1)) &&
               !is_hostage_word(tok(k + 1))) {
          const VictimNoun* head = victim_of(tok(++k));
          if (std::string_view(head->victim_class) != "unknown" || std::string_view(n->victim_class) == "unknown")
            n = head;
        }
        // ("a Druze vegetable merchant": a people's name before a modifier and the noun is the modifier's.)
        constexpr uint32_t kModifiers = 2;
        if (chars::is_ascii_upper(w[0]) && k == i)
          for (uint32_t m = k + 1; m < e && m <= k + kModifiers + 1 && tokens_[m].kind == TokenKind::kWord &&
                                   chars::is_ascii_lower(tok(m)[0]) && !is_auxiliary(tok(m)) && !outcome_word(m, e);
               ++m)
            if (const VictimNoun* head = victim_of(tok(m)); head && m > k + 1 && !is_hostage_word(tok(m))) {
              n = head;
              k = m;
              break;
            }
        v.noun = n;
        v.end = v.head_end = k + 1;
        // "members of the Free Syrian Army": keep the "of" phrase.
        // ("a member of staff": one of them.)
        if (k + 1 < e && iequals(tok(k + 1), "of") && (iequals(w, "members") || iequals(w, "family") || iequals(w, "member"))) {
          uint32_t m = k + 2;
          // ("four members of the Free Syrian Army near al-Bab": "near" ends it.)
          // ("two members of a Yazidi group and two medical staff": "and" with a count opens the next;
          // so does one person: "three members of the PKK and a civilian driver".)
          // ("members of the U.S.-backed Syrian Democratic Forces": an abbreviation's dots and
          // a compound's hyphen are inside the words.)
          constexpr uint32_t kMostWords = 6;
          // ("the Kurdistan Workers' Party (PKK)": a plural possessive's mark inside the name.)
          const auto possessive_mark = [&](uint32_t k2) {
            return tok(k2) == "'" && k2 > 0 && tokens_[k2].span.begin == tokens_[k2 - 1].span.end &&
                   tok(k2 - 1).back() == 's' && chars::is_ascii_upper(tok(k2 - 1)[0]);
          };
          for (uint32_t words = 0;
               m < e && words < kMostWords && (tokens_[m].kind == TokenKind::kWord || inside_word(m, e) || possessive_mark(m)) &&
               !outcome_word(m, e) && !is_auxiliary(tok(m)) && (iequals(tok(m), "of") || !lexicon::is_preposition(tok(m))) &&
               !(iequals(tok(m), "and") && (parse_count(text_, tokens_, m + 1, e) || single_victim_at(m + 1, e))) &&
               // ("12 members of his family said the gunmen had looted shops": a speech verb ends it.)
               !(chars::is_ascii_lower(tok(m)[0]) && is_speech_verb(tok(m)));
               ++m)
            words += tokens_[m].kind == TokenKind::kWord ? 1 : 0;
          // ("members of the Iraqi security forces and wounded 30": "and" before the next verb ends it.)
          while (m > k + 2 && iequals(tok(m - 1), "and")) --m;
          // ("... Party (PKK)": the name's acronym in brackets.)
          if (m + 2 < e && tok(m) == "(" && tok(m + 2) == ")" && chars::is_all_caps(tok(m + 1))) m += 3;
          v.end = m;
          v.of_phrase = true;
          v.of_name = iequals(w, "member");  // one person, whatever the group
          // "members of the Hayat Tahrir al-Sham alliance" are fighters;
          // "members of one family" take the side of the family.
          for (uint32_t g = k + 2; g < m; ++g) {
            v.armed |= names_armed_group(tok(g)) || iequals(tok(g), "armed");
            const VictimNoun* inner = victim_of(tok(g));
            if (inner && std::string_view(v.noun->victim_class) == "unknown") v.noun = inner;
          }
        }
        // "187 students from the secondary school": where they come from is part of the phrase.
        // ("recovered the bodies of a man and his son from the rubble": where they were found.)
        if (!v.of_phrase && k + 3 < e && iequals(tok(k + 1), "from") && iequals(tok(k + 2), "the") &&
            !is_wreckage_word(tok(k + 3))) {
          uint32_t m = k + 3;
          constexpr uint32_t kPlaceWords = 3;
          while (m < e && m < k + 3 + kPlaceWords && tokens_[m].kind == TokenKind::kWord &&
                 chars::is_ascii_lower(tok(m)[0]) && !outcome_word(m, e) && !is_auxiliary(tok(m)) &&
                 !iequals(tok(m), "and") && !lexicon::is_preposition(tok(m)))
            ++m;
          if (m > k + 3) {
            v.end = m;
            v.of_phrase = true;
          }
        }
        // "16 students of Benadir University": the name they belong to is part of the phrase.
        if (!v.of_phrase && k + 2 < e && iequals(tok(k + 1), "of")) {
          uint32_t m = k + 2;
          if (iequals(tok(m), "the") && m + 1 < e) ++m;
          if (is_capitalised_word(m)) {
            const uint32_t name_begin = m;
            // ("a commander of Jaish al-Islam": "al-" inside the name.)
            while (m < e && (is_capitalised_word(m) || (m > name_begin && particle_name_word(m)) ||
                             ((iequals(tok(m), "of") || iequals(tok(m), "for")) && m + 1 < e && is_capitalised_word(m + 1))))
              ++m;
            // Not "officers of the Western and Arab-backed rebel army": a
            // nationality or a hyphenated modifier describes a name yet to come.
            const bool modifier = (m < e && tok(m) == "-") ||
                                  (m == name_begin + 1 && lexicon::is_nationality(tok(name_begin)));
            if (!modifier) {
              v.end = m;
              v.of_phrase = v.of_name = true;
            }
          }
        }
        return v;
      }
      // "30 regime and allied fighters": "and" joins two modifiers of one
      // victim noun, not two counts or two clauses.
      // ("19 Hamas and Islamic Jihad militants": two names may be the modifiers.)
      const auto modifier_then_victim = [&](uint32_t m) {
        if (m >= e || tokens_[m].kind != TokenKind::kWord || trigger_of(tok(m))) return false;
        if (m + 1 < e && victim_of(tok(m + 1))) return true;
        return is_capitalised_word(m) && m + 2 < e && is_capitalised_word(m + 1) && victim_of(tok(m + 2));
      };
      const bool joins_modifiers = (iequals(w, "and") || iequals(w, "or")) && k > i && modifier_then_victim(k + 1);
      // A number word starts another count: "4 Syrian Towns Resumes Six people".
      if (tokens_[k].kind != TokenKind::kWord || trigger_of(w) || ends_victim_phrase(w) ||
          (iequals(w, "and") && !joins_modifiers) || (k > i && number_value(w)))
        break;
    }
    return v;
  }

  // A word naming an armed group or force: "alliance", "forces", "Hezbollah".
  static bool names_armed_group(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "alliance", "militia", "militias", "army", "brigade", "brigades", "battalion", "battalions", "front",
        "forces", "faction", "factions", "guard", "guards", "regiment", "division", "corps", "hezbollah",
        "isis", "isil", "daesh", "nusra", "ypg", "sdf", "pkk", "fsa", "taliban", "shabiha", "peshmerga",
        "al-qaeda", "al-qaida", "qaeda", "jihadist", "rebel", "insurgent"};
    static const WordSet words(kWords);
    return words.contains(w);
  }

  // Words opening a time after a count: "on Sunday", "this morning", "overnight".
  static bool is_time_opener(std::string_view w) {
    static constexpr std::string_view kOpeners[] = {"on", "this", "yesterday", "today", "overnight", "later", "last",
                                                    "early", "late", "by", "during"};
    static const WordSet openers(kOpeners);
    return openers.contains(w);
  }

  // "Hundreds more", "dozens more": a vague count that adds to a toll (not a timeline's "Thousands more
  // civilians killed": the caller asks of counts under a thousand).
  bool vague_then_more(Span fact) const {
    const size_t at = first_at_or_after(tokens_, fact.begin, token_span);
    return at + 1 < tokens_.size() && iequals(tok(static_cast<uint32_t>(at + 1)), "more");
  }

  // Does the quoted fact `c` give again a toll of the story's first facts, told by the same teller outside
  // any quotation? The teller is the same by name ("Idriss Deby", "Deby") or by a word of who they are (the
  // lead's "military and security sources", then "a military officer in Monguno"; "a civil society leader",
  // then "Dieudonne Duranthabo, a civil society coordinator").
  // Returns the first telling's index, or nothing.
  std::optional<size_t> restates_tellers_toll(const Casualty& c, const Quote& q) const {
    if (q.speaker.empty()) return std::nullopt;
    constexpr size_t kLeadFacts = 8;
    for (size_t j = 0; j < out_.size() && j < kLeadFacts; ++j) {
      const Casualty& told = out_[j];
      // ("at least 43 people", then "We have counted 43 bodies": the same figure, its floor said plainly.)
      if (told.outcome != c.outcome || told.count_min != c.count_min ||
          (told.count_max != c.count_max && told.count_max.has_value()) ||
          !told.vague.empty() || told.source.empty() || told.scope != "incident" || quote_holding(told.span))
        continue;
      if (same_teller(told.source, q)) return j;
    }
    return std::nullopt;
  }

  // Does `pred` hold for a word of `phrase` (words split at spaces, commas and periods)?
  template <typename Pred>
  static bool any_word_of(std::string_view phrase, Pred&& pred) {
    for (size_t at = 0; at < phrase.size();) {
      const size_t end = std::min(phrase.find_first_of(" ,.", at), phrase.size());
      if (pred(phrase.substr(at, end - at))) return true;
      at = end + 1;
    }
    return false;
  }

  // `word` in `source`, or its plural: the lead's "two humanitarian workers", then "the aid worker".
  static bool has_word_or_plural(std::string_view source, std::string_view word) {
    return any_word_of(source, [&](std::string_view told) {
      const bool plural = told.size() == word.size() + 1 && (told.back() == 's' || told.back() == 'S');
      return chars::iequals(told, word) || (plural && chars::iequals(told.substr(0, word.size()), word));
    });
  }

  bool same_teller(std::string_view source, const Quote& q) const {
    const std::string_view speaker = q.speaker;
    if (iequals(source, speaker)) return true;
    const size_t space = speaker.rfind(' ');
    const std::string_view surname = space == std::string_view::npos ? speaker : speaker.substr(space + 1);
    // (Not a description opening with its article: "The spokesman", "A villager".)
    const bool named = !speaker.empty() && chars::is_ascii_upper(speaker[0]) &&
                       !iequals(speaker.substr(0, 4), "the ") && !iequals(speaker.substr(0, 2), "a ") &&
                       !iequals(speaker.substr(0, 3), "an ");
    if (named && surname.size() >= 3 && find_word(source, surname, 0) != std::string_view::npos) return true;
    // Who the speaker is: the description itself, or the one in commas after the name's first mention.
    std::string_view who = named ? description_after_name(speaker) : speaker;
    static constexpr std::string_view kPlainWords[] = {"said", "says", "told", "local", "senior", "from", "with",
                                                       "that", "this", "their", "there", "area", "also"};
    static const WordSet plain(kPlainWords);
    return any_word_of(who, [&](std::string_view word) {
      return word.size() >= 4 && chars::is_ascii_lower(word[0]) && !plain.contains(word) &&
             (has_word_or_plural(source, word) ||
              (lexicon::is_local_person(word) && any_word_of(source, lexicon::is_local_person)));
    });
  }

  // ", a civil society coordinator in Komanda" or ", president of civil society in the Bapere sector" after
  // the first mention of `name`: the words up to a comma or a period (at most 80 bytes).
  // (Asked once a name: the search runs through the text.)
  std::string_view description_after_name(std::string_view name) const {
    const auto cached = descriptions_.find(std::string(name));
    if (cached != descriptions_.end()) return cached->second;
    std::string_view description;
    if (const size_t at = text_.find(name); at != std::string_view::npos) {
      std::string_view rest = text_.substr(at + name.size(), 84);
      const auto first_word = [&](size_t from) {
        return rest.substr(from, std::min(rest.find(' ', from), rest.size()) - from);
      };
      const bool with_article = rest.rfind(", a ", 0) == 0 || rest.rfind(", an ", 0) == 0;
      const bool bare_title = rest.rfind(", ", 0) == 0 && rest.size() > 2 && chars::is_ascii_lower(rest[2]) &&
                              lexicon::is_person_title(first_word(2));
      if (with_article || bare_title) {
        rest.remove_prefix(bare_title ? 2 : rest[3] == ' ' ? 4 : 5);
        description = rest.substr(0, std::min(rest.find_first_of(",.\n"), rest.size()));
      }
    }
    descriptions_.emplace(std::string(name), description);
    return description;
  }

  // A present verb between tokens [from, to): "are", "is", "remain".
  bool state_now(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to; ++k)
      if (iequals(tok(k), "are") || iequals(tok(k), "is") || iequals(tok(k), "remain") || iequals(tok(k), "remains"))
        return true;
    return false;
  }

  // From token i after a sentence's opening "The": one person by a singular noun, told in the passive of an
  // outcome ("driver was killed"), an "of" phrase or a "where" clause on it allowed between ("owner of the
  // shop where I drink tea every morning was killed"). The victims run to the "was". Not one the story
  // counted before ("A soldier died ... The soldier was killed by a sniper"). So is one who died ("where the
  // boy later died").
  std::optional<Victims> the_one_at_outcome(uint32_t i, uint32_t e) const {
    Victims v = victims_after(i, e);
    if (!v.noun || v.named || v.head_end > i + 2) return std::nullopt;
    const std::string_view head = tok(v.head_end - 1);
    if (head.back() == 's' || is_group_of_counted(head) || !chars::is_ascii_lower(head[0])) return std::nullopt;
    const auto is_adverb_of_time = [&](uint32_t k) { return iequals(tok(k), "also") || iequals(tok(k), "later"); };
    const uint32_t died_at = v.end < e && is_adverb_of_time(v.end) ? v.end + 1 : v.end;
    if (died_at < e && iequals(tok(died_at), "died") && !counted_before(head)) {
      v.end = died_at;
      return v;
    }
    uint32_t was = v.end;
    // (Not "The child who was killed had been visiting ...": the one the clause tells of was counted before.)
    if (was < e && (iequals(tok(was), "where") || iequals(tok(was), "of"))) {
      constexpr uint32_t kClauseWords = 10;  // "where I drink tea every morning"
      while (was < e && was < v.end + kClauseWords && !iequals(tok(was), "was") && tokens_[was].kind == TokenKind::kWord) ++was;
    }
    // ("The mayor of Chilpancingo, the capital of the southern Mexican state of Guerrero, was killed": an apposition
    // on the place, opened by "the".)
    if (was + 1 < e && tok(was) == "," && iequals(tok(was + 1), "the")) {
      constexpr uint32_t kApposedTokens = 12;
      uint32_t k = was + 2;
      while (k < e && k < was + kApposedTokens && tokens_[k].kind == TokenKind::kWord) ++k;
      if (k + 1 < e && tok(k) == "," && iequals(tok(k + 1), "was")) was = k + 1;
    }
    // ("The attacker, who drove a car at people ... and then stabbed a security guard, was shot dead": or a relative
    // clause in commas.)
    if (was + 1 < e && tok(was) == "," && iequals(tok(was + 1), "who"))
      if (const uint32_t after = after_relative_clause_of_other_doings(was + 2, e, kLongClauseTokens)) was = after;
    // ("The suspect, a 50-year-old doctor from Saudi Arabia who had lived in Germany since 2006, was arrested": or a
    // description in commas.)
    if (was + 1 < e && tok(was) == "," && (iequals(tok(was + 1), "a") || iequals(tok(was + 1), "an")))
      if (const uint32_t after = after_apposition_in_commas(was, e)) was = after;
    if (was + 1 >= e || !iequals(tok(was), "was")) return std::nullopt;
    const uint32_t verb = is_adverb_of_time(was + 1) ? was + 2 : was + 1;
    // ("was shot dead": the manner, then the outcome.)
    const uint32_t outcome_at = past_manner_of_killing(verb, e);
    if (verb >= e || !outcome_word(outcome_at, e) || (outcome_at == verb && !chars::ends_with(tok(verb), "ed")) ||
        counted_before(head))
      return std::nullopt;
    v.end = was;
    return v;
  }

  // Is the noun among the victims of the last few facts?
  // (Not a headline's: "Mayor of Mexican state capital killed", then the lead's "The mayor of Chilpancingo ... was
  // killed", tell the one death twice, and each telling is a report.)
  bool counted_before(std::string_view head) const {
    constexpr size_t kFactsBack = 5;
    for (size_t j = out_.size(); j-- > 0 && out_.size() - j <= kFactsBack;)
      if (in_.roles->paragraphs[fact_paragraph_[j]].kind != ParagraphKind::kTitle &&
          find_word(out_[j].victims, head, 0) != std::string_view::npos)
        return true;
    return false;
  }

  // From token k: past a manner of killing to its outcome ("shot dead", "stabbed to death", "shot and killed"),
  // or past the finding of the dead ("found dead"); the outcome's token, k when neither opens there.
  uint32_t past_manner_of_killing(uint32_t k, uint32_t e) const {
    if (k + 1 < e && iequals(tok(k), "found") && iequals(tok(k + 1), "dead")) return k + 1;
    if (k >= e || !is_manner_of_killing(tok(k))) return k;
    if (k + 1 < e && iequals(tok(k + 1), "dead")) return k + 1;
    if (k + 2 < e && iequals(tok(k + 1), "to") && iequals(tok(k + 2), "death")) return k + 2;
    if (k + 2 < e && iequals(tok(k + 1), "and") && outcome_word(k + 2, e)) return k + 2;
    return k;
  }

  // Token i, "he" or "she", opens a clause after "before", "after", "until" or "when" in a sentence that told the
  // attacker's killings by a participle ("killing 14 people and injuring 25 before he was found dead"): the pronoun
  // is the attacker, one dead if a passive outcome follows ("was killed", "was later shot dead").
  bool attacker_dies_after_killings(uint32_t i, uint32_t b, uint32_t e) const {
    if (i < b + 2 || i + 2 >= e || !iequals(tok(i + 1), "was")) return false;
    const std::string_view link = tok(i - 1);
    if (!iequals(link, "before") && !iequals(link, "after") && !iequals(link, "until") && !iequals(link, "when"))
      return false;
    constexpr uint32_t kKillingsReach = 40;  // tokens back: bounded on a run-on sentence
    bool killings_told = false;
    for (uint32_t k = i > b + kKillingsReach ? i - kKillingsReach : b; k + 1 < i && !killings_told; ++k)
      killings_told = ends_with_ing(tok(k)) && outcome_word(k, e);
    if (!killings_told) return false;
    const uint32_t verb = iequals(tok(i + 2), "later") ? i + 3 : i + 2;
    const uint32_t outcome_at = past_manner_of_killing(verb, e);
    return outcome_at < e && (outcome_at > verb || chars::ends_with(tok(verb), "ed")) && outcome_word(outcome_at, e) &&
           is_done_to_them(tok(outcome_at));
  }

  // Inside a relative clause on the one counted, within the fact's own words ("The suspect, a doctor who had lived
  // in Germany since 2006, was arrested"): what it names tells of the person, not of the event.
  bool in_victims_relative_clause(Span fact, Span inner) const {
    return inner.begin >= fact.begin && inner.end <= fact.end &&
           find_word(text_.substr(fact.begin, inner.begin - fact.begin), "who", 0) != std::string_view::npos;
  }

  // A passive opening at token k: "was", "were", or "has been" ("The minister, Khalil Haqqani, has been killed").
  bool opens_passive(uint32_t k, uint32_t e) const {
    return k < e && (lexicon::is_be_form(tok(k)) || (k + 1 < e && is_auxiliary(tok(k)) && iequals(tok(k + 1), "been")));
  }

  // A "who" with a singular verb ("who has", "who was") in tokens [from, to).
  bool singular_relative_between(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k + 1 < to; ++k)
      if (iequals(tok(k), "who") &&
          (iequals(tok(k + 1), "has") || iequals(tok(k + 1), "was") || iequals(tok(k + 1), "is")))
        return true;
    return false;
  }

  // Does an object open at token k, after a verb: a count ("eight people"), a determiner or a possessive?
  bool object_after_verb(uint32_t k, uint32_t e) const {
    if (k >= e) return false;
    const std::string_view w = tok(k);
    return parse_count(text_, tokens_, k, e).has_value() || iequals(w, "a") || iequals(w, "an") || iequals(w, "the") ||
           is_possessive_determiner(w);
  }

  // From token k: "of", up to four words, then an outcome told of its subject's own fate ("of Mexican state capital
  // killed"); the outcome's token, or 0.
  uint32_t of_phrase_then_done_to_them(uint32_t k, uint32_t e) const {
    constexpr uint32_t kOfWords = 4;
    if (k + 2 >= e || !iequals(tok(k), "of")) return 0;
    for (uint32_t m = k + 1; m < e && m <= k + kOfWords + 1; ++m) {
      if (tokens_[m].kind != TokenKind::kWord) return 0;
      if (m > k + 1 && outcome_word(m, e)) return is_done_to_them(tok(m)) ? m : 0;
    }
    return 0;
  }

  // From token k after one victim in a headline: past "and" and up to two words of others named but not
  // counted ("priest and police officers among dead"), a plural last; k when none follow.
  uint32_t uncounted_others_end(uint32_t k, uint32_t e) const {
    constexpr uint32_t kOtherWords = 2;  // "police officers"
    if (k + 2 >= e || !iequals(tok(k), "and")) return k;
    for (uint32_t m = k + 1; m < e && m <= k + kOtherWords; ++m) {
      if (tokens_[m].kind != TokenKind::kWord || !chars::is_ascii_lower(tok(m)[0]) || parse_count(text_, tokens_, m, e))
        return k;
      if (reads_plural(tok(m)) && m + 1 < e && iequals(tok(m + 1), "among")) return m + 1;
    }
    return k;
  }

  // "a child", "an elderly man": one victim named by a singular noun.
  bool single_victim_at(uint32_t i, uint32_t e) const {
    if (i >= e) return false;
    // ("a child and his father were among the dead": a relative by a possessive.)
    // ("A woman and her two-year-old daughter have died": an age between.)
    if (is_possessive_determiner(tok(i)) && i + 1 < e) {
      const uint32_t noun = age_end(i + 1, e);
      if (noun < e && is_relative(tok(noun))) return true;
    }
    // ("his cousin and the cousin's wife": an owner named by a noun.)
    if (iequals(tok(i), "the") && i + 2 < e && chars::strip_possessive(tok(i + 1)).size() < tok(i + 1).size() &&
        is_relative(tok(i + 2)))
      return true;
    if (!(iequals(tok(i), "a") || iequals(tok(i), "an"))) return false;
    const Victims v = victims_after(i + 1, e);
    return v.noun != nullptr;
  }

  // Tokens from k read "<one> and <one> die", each a singular victim noun: a headline's two dead.
  bool pair_dies_at(uint32_t k, uint32_t e) const {
    if (k + 3 >= e || !iequals(tok(k + 1), "and") || !iequals(tok(k + 3), "die")) return false;
    const auto one = [&](uint32_t m) { return victim_of(tok(m)) && !reads_plural(tok(m)); };
    return one(k) && one(k + 2);
  }

  // An outcome word after the victims, within the clause: "were killed",
  // "have been wounded", "who died", "dead".
  const Trigger* outcome_after(uint32_t i, uint32_t e, uint32_t* at) const {
    // The reach counts words, not punctuation: an em dash is two tokens.
    constexpr uint32_t kReach = 10;
    // "130 civilians, most of them truffle hunters and shepherds, had been
    // killed": an aside on who they were may join words with "and".
    bool in_aside = i + 1 < e && tok(i) == "," && is_aside_opener(tok(i + 1));
    // (The aside's words do not count against the reach, after it closes too: "About 500 people,
    // both civilians and members of the security forces, have been killed".)
    constexpr uint32_t kAsideWords = 6;
    const uint32_t reach = kReach + (in_aside ? kAsideWords : 0);
    // (The joined counts below start the reach again; a long list of them is read only so far: bounded.)
    constexpr uint32_t kMostTokens = 48, kMostResets = 2;
    uint32_t resets = 0;
    for (uint32_t k = i, seen = 0; k < e && seen < reach && k < i + kMostTokens; ++k) {
      // (A name is one word: "27 fighters and 19 members of the National
      // Liberation Front (NLF) had died".)
      if (tokens_[k].kind != TokenKind::kPunctuation && !(k > i && is_capitalised_word(k) && is_capitalised_word(k - 1)))
        ++seen;
      const std::string_view w = tok(k);
      if (in_aside && k > i && w == ",") in_aside = false;
      if (in_aside && iequals(w, "and")) continue;
      // "her daughter, 17, had been detained": an age in commas; so is a name or a description.
      if (w == "," && k == i && is_age_in_commas(k)) {
        k += 2;
        continue;
      }
      // ("Alejandro Arcos, who was sworn in on Sept. 30, was killed": past a clause of other doings, the verb after
      // its closing comma.)
      if (w == "," && k == i && k + 2 < e && iequals(tok(k + 1), "who"))
        if (const uint32_t after = after_relative_clause_of_other_doings(k + 2, e)) {
          k = after - 1;
          continue;
        }
      // ("Ali Hussein, who was wounded in the legs": a relative clause in the passive tells what was done.)
      if (w == "," && k == i && k + 2 < e && iequals(tok(k + 1), "who") && !active_clause_at(k + 2, e)) {
        ++k;
        continue;
      }
      if (w == "," && k == i)
        if (const uint32_t after_name = after_apposition_in_commas(k, e)) {
          k = after_name - 1;
          continue;
        }
      if (iequals(w, "lost") && i > 0 && iequals(tok(i - 1), "lives")) {
        *at = k;
        return &kLivesLost;
      }
      // ("Attack kills at least 19, Taliban commander among dead": past a comma, "among" opens another
      // subject's clause; its outcome is that subject's.)
      // (Not "Her cousin, a driver, was among the wounded": the count's own "was among".)
      if (iequals(w, "among") && !in_aside && k > i + 1 && tok(i) == "," && !is_aside_opener(tok(i + 1)) &&
          !lexicon::is_be_form(tok(k - 1)))
        return nullptr;
      // "Three protesters were shot and killed": the manner, then the outcome after "and".
      if (k + 2 < e && tok(k + 1) == "and" && is_manner_of_killing(w))
        if (const Trigger* t = outcome_word(k + 2, e); t && t != outcome_word(k, e)) {
          *at = k + 2;
          return t;
        }
      if (const Trigger* t = outcome_word(k, e)) {
        if (iequals(w, "lives") && !(k > 0 && (iequals(tok(k - 1), "their") || iequals(tok(k - 1), "lost"))) &&
            !takes_lives(k, 0))
          return nullptr;
        // ("a vegetable seller who lost his brother": the brother is the dead, counted on his own.)
        if ((iequals(w, "lost") || iequals(w, "loses")) && k + 1 < e && is_possessive_determiner(tok(k + 1))) return nullptr;
        if (is_round_word(w) && !(k + 1 < e && iequals(tok(k + 1), "up"))) return nullptr;
        // "four missing files", "the dead poets": an adjective before a noun
        // for things describes them; it is no outcome.
        // ("48 dead adding that ...": a participle starts a clause of its own.)
        if ((iequals(w, "dead") || iequals(w, "missing")) && counts_things(k + 1, e) && !victim_of(tok(k + 1)) &&
            !ends_with_ing(tok(k + 1)))
          return nullptr;
        *at = k;
        return t;
      }
      // "33 militants who had seized a train": in an active relative clause
      // the people counted act ("20 people who were killed" are victims).
      // ("a second man who helped him had been arrested": past a short active clause, the main verb's
      // passive outcome is the counted people's.)
      if ((iequals(w, "who") || iequals(w, "which")) && active_clause_at(k + 1, e)) {
        const uint32_t main_verb = passive_after_relative(k + 1, e);
        if (!main_verb) return nullptr;
        *at = main_verb;
        return outcome_word(main_verb, e);
      }
      // "Dozens of residents said 12 people were killed": the counted speak
      // ("five were reported killed" is a passive).
      // ("Twelve people, the army said, were killed": a source in commas.)
      // ("nine men it said were killed": a teller's pronoun between; the verb goes on.)
      const bool teller_between = k > i && is_telling_pronoun(tok(k - 1)) && k + 1 < e && is_auxiliary(tok(k + 1));
      if ((iequals(w, "said") || iequals(w, "say") || iequals(w, "says") || iequals(w, "told")) && k > 0 &&
          !is_auxiliary(tok(k - 1)) && !comma_between(i, k) && !teller_between)
        return nullptr;
      // "leaving 23 civilians and 16 fighters dead": a joined count shares the outcome.
      // So does a single victim: "25 people including seven women and a child were killed",
      // ('"We buried 30 people yesterday, among them children, and some people are still missing"': ", and" then an
      // uncounted subject of its own opens another clause, whose outcome is that subject's.)
      if (iequals(w, "and") && k > i && tok(k - 1) == "," && k + 2 < e &&
          (is_vague_share(tok(k + 1)) || iequals(tok(k + 1), "others")) && !outcome_word(k + 2, e))
        return nullptr;
      // and uncounted victims: "16 civilians including women and children were killed".
      // (The reach counts on from the joined count: "Three women and six children from a Mormon
      // community with US citizenship were killed".)
      if (iequals(w, "and") && k + 1 < e &&
          (parse_count(text_, tokens_, k + 1, e) || single_victim_at(k + 1, e) || possessive_count_at(k + 1, e) ||
           victims_then_outcome(k + 1, e))) {
        if (const auto joined = resets < kMostResets ? parse_count(text_, tokens_, k + 1, e) : std::nullopt) {
          ++resets;
          seen = 0;
          k = joined->token_end - 1;  // past the joined count; its victims' words count as the first's did
          if (joined->token_end < e && victim_of(tok(joined->token_end))) ++k;
        }
        continue;
      }
      // ("Eight other children survived, some of them with gunshot wounds": the outcome is an
      // uncounted part's.)
      if (w == "," && k > i && k + 3 < e && (iequals(tok(k - 1), "survived") || iequals(tok(k - 1), "escaped")) &&
          is_vague_share(tok(k + 1)) && iequals(tok(k + 2), "of") && is_breakdown_pronoun(tok(k + 3)))
        return nullptr;
      // ("rescued 12 others, some of whom were seriously injured": so is one a relative clause gives the share;
      // not "12 people, most of them women, were killed", an aside before the count's own verb.)
      // ("had received 179 patients, 21 of whom were declared dead on arrival": a counted share too.)
      if (w == "," && k + 4 < e &&
          (is_vague_share(tok(k + 1)) || parse_count(text_, tokens_, k + 1, e).has_value())) {
        // (The share's words, "21", "twenty-one", "some", end within a few tokens, at its "of".)
        constexpr uint32_t kShareTokens = 3;
        uint32_t of_at = k + 2;
        while (of_at < k + 1 + kShareTokens && of_at < e && !iequals(tok(of_at), "of")) ++of_at;
        if (of_at + 2 < e && iequals(tok(of_at), "of") &&
            (iequals(tok(of_at + 1), "whom") || is_breakdown_pronoun(tok(of_at + 1)))) {
          uint32_t m = of_at + 2;
          if (lexicon::is_be_form(tok(m))) ++m;
          while (m < e && (is_severity_word(tok(m)) || chars::ends_with(tok(m), "ly") || iequals(tok(m), "later") ||
                           iequals(tok(m), "declared") || iequals(tok(m), "pronounced")))
            ++m;
          if (m < e && outcome_word(m, e)) return nullptr;
        }
      }
      // Names in apposition: "two ISIS militants, Reyaad Khan and Ruhul Amin, were killed".
      if (iequals(w, "and") && k > i && k + 1 < e && is_capitalised_word(k - 1) && is_capitalised_word(k + 1)) continue;
      // ("11 fighters of the rebel and Islamic factions were killed": two modifiers of one noun after "of the".)
      if (iequals(w, "and") && k >= i + 3 && k + 2 < e && iequals(tok(k - 2), "the") && iequals(tok(k - 3), "of") &&
          chars::is_ascii_lower(tok(k - 1)[0]) && is_capitalised_word(k + 1) && chars::is_ascii_lower(tok(k + 2)[0]) &&
          !outcome_word(k + 2, e))
        continue;
      // "20 terrorists who had arrived for evacuating those injured": "those"
      // opens a group of its own ("among those killed" is the count's).
      if (iequals(w, "those") && !(k > 0 && (iequals(tok(k - 1), "among") || iequals(tok(k - 1), "of"))))
        return nullptr;
      // An opening quote mark starts someone's words; a closing one ('"hundreds" more were wounded') does not,
      // nor one around the outcome word itself ('40 attackers were "neutralised"').
      // ('four of whom "succumbed to their injuries"': nor one opening a quotation on the outcome word.)
      // (Right after the counted only: not 'a statement that the army had "neutralised"'.)
      const bool quotation_opens_on_outcome = k == i && k + 1 < e && tokens_[k].span.end == tokens_[k + 1].span.begin;
      const bool quoted_outcome = k + 2 < e && outcome_word(k + 1, e) &&
                                  (tok(k + 2) == "\"" || quotation_opens_on_outcome);
      const bool opens_quote = w == "\"" && k > 0 && tokens_[k].span.begin > tokens_[k - 1].span.end && !quoted_outcome;
      // ("rose to 100 on Tuesday, as rescuers pulled more bodies": "as" opens
      // another clause; "12 people, as well as three soldiers, were killed" goes on.)
      // ("one person is reported as missing": "as" before the outcome itself is no clause.)
      const bool as_clause = iequals(w, "as") && k + 1 < e && !iequals(tok(k + 1), "well") &&
                             !outcome_word(k + 1, e) && !(k >= 2 && iequals(tok(k - 1), "well") && iequals(tok(k - 2), "as"));
      // ("400,000 people have been displaced since the rebels seized Goma": the outcome is the subject's
      // of a clause the conjunction opens; not "100 people since the war began have been killed".)
      if (opens_subordinate_clause(k, e)) return nullptr;
      // ("pulled 17 people alive from the rubble, and nine were taken to hospital": the living are no toll.)
      if (w == "." || w == ";" || w == ":" || opens_quote || iequals(w, "and") || iequals(w, "but") || iequals(w, "while") ||
          as_clause || starts_other_clause(w) || iequals(w, "alive"))
        return nullptr;
    }
    return nullptr;
  }

  // "since the rebels seized", "when they killed": a conjunction, a subject of a few words and its active
  // outcome verb in the past. The subject opens with a determiner or pronoun; a passive or perfect outcome ("since the
  // war began have been killed") is still the count's. Bounded by the few words a subject takes.
  bool opens_subordinate_clause(uint32_t k, uint32_t e) const {
    static constexpr std::string_view kConjunctions[] = {"since", "when", "after", "before", "until", "once"};
    static constexpr std::string_view kSubjectOpeners[] = {"the", "a", "an", "its", "their", "his", "her", "our",
                                                           "they", "he", "she", "it", "we", "gunmen", "militants"};
    static const WordSet conjunctions(kConjunctions), openers(kSubjectOpeners);
    if (k + 2 >= e || !conjunctions.contains(tok(k)) || !openers.contains(tok(k + 1))) return false;
    constexpr uint32_t kSubjectWords = 5;
    for (uint32_t m = k + 2; m < e && m <= k + 1 + kSubjectWords; ++m) {
      if (tokens_[m].kind == TokenKind::kPunctuation) return false;
      if (is_auxiliary(tok(m)) || lexicon::is_be_form(tok(m))) return false;
      // (A verb in the past: "after a massacre" is a phrase, no clause.)
      if (outcome_word(m, e)) return chars::ends_with(tok(m), "ed") || iequals(tok(m), "shot");
    }
    return false;
  }

  // ("Fighting in Sweida in April and May killed more than 100": the capitalised month is no modal.)
  static bool is_modal(std::string_view w) {
    return iequals(w, "would") || iequals(w, "could") || iequals(w, "might") || w == "may" || iequals(w, "can") ||
           iequals(w, "will");
  }

  static bool is_vague_share(std::string_view w) {
    return iequals(w, "some") || iequals(w, "many") || iequals(w, "most") || iequals(w, "several") ||
           iequals(w, "few");
  }

  static bool is_intransitive_outcome(std::string_view w) {
    static constexpr std::string_view kWords[] = {"died", "die", "dies", "dying", "perished", "succumbed", "drowned",
                                                  "disappeared", "missing", "dead"};
    static const WordSet words(kWords);
    return words.contains(w);
  }

  // From k: "had seized", "seized" (a verb of theirs), not "were killed",
  // "had been abducted" (what was done to them).
  bool active_clause_at(uint32_t k, uint32_t e) const {
    constexpr uint32_t kReach = 3;
    for (uint32_t m = k; m < e && m < k + kReach; ++m) {
      const std::string_view w = tok(m);
      if (lexicon::is_be_form(w)) return false;
      // ("seven who died": the dying are the victims.)
      if (trigger_of(w)) return !is_intransitive_outcome(w);
      if (!is_auxiliary(w)) return false;
    }
    return false;
  }

  // "14 innocent lives were lost", "lives have been lost": the loss after the lives.
  bool lost_after(uint32_t k, uint32_t e) const {
    for (uint32_t m = k; m < e && m < k + 3; ++m) {
      if (iequals(tok(m), "lost")) return true;
      if (!is_auxiliary(tok(m))) return false;
    }
    return false;
  }

  // A death told within a few words after `k`: "shot dead", "shot and killed", "shot in the head and died".
  bool killed_soon_after(uint32_t k, uint32_t e) const {
    constexpr uint32_t kReach = 6;
    for (uint32_t m = k; m < e && m < k + kReach; ++m) {
      const std::string_view w = tok(m);
      if (iequals(w, "dead") || iequals(w, "killed") || iequals(w, "died") || iequals(w, "death")) return true;
    }
    return false;
  }

  // "were shot at by soldiers", "were shot at, but": fired upon, not hit ("shot at border protests" were hit).
  bool fired_upon(uint32_t k, uint32_t e) const {
    if (!iequals(tok(k), "at")) return false;
    return k + 1 >= e || iequals(tok(k + 1), "by") || tokens_[k + 1].kind == TokenKind::kPunctuation;
  }

  // A killing told in the few words before `k`: "one woman has been beheaded and two men were shot".
  bool killing_told_just_before(uint32_t k) const {
    constexpr uint32_t kReach = 8;
    for (uint32_t m = k; m-- > 0 && k - m <= kReach;) {
      if (tok(m) == "." || tok(m) == ";") return false;
      const Trigger* t = trigger_of(tok(m));
      if (t && (std::string_view(t->outcome) == "killed" || std::string_view(t->outcome) == "executed")) return true;
    }
    return false;
  }

  // ("The victims included a police officer and a mother who was shot as she tried to flee": the list names the
  // dead, and "shot" tells how one died.)
  bool lists_the_dead_before(uint32_t k) const {
    constexpr uint32_t kReach = 16;
    for (uint32_t m = k; m-- > 1 && k - m <= kReach;) {
      if (tok(m) == "." || tok(m) == ";") return false;
      const std::string_view w = tok(m);
      if ((iequals(w, "included") || iequals(w, "include") || iequals(w, "includes")) &&
          (iequals(tok(m - 1), "victims") || iequals(tok(m - 1), "dead")))
        return true;
    }
    return false;
  }

  // "rounded up", "round up": an outcome only with its "up".
  static bool is_round_word(std::string_view w) {
    return iequals(w, "rounded") || iequals(w, "round") || iequals(w, "rounds");
  }

  // The end of the outcome words at `at`: "gunned down", "rounded up" and "taken hostage" take their second word.
  uint32_t outcome_end(uint32_t at, uint32_t e) const {
    const bool particle = at + 1 < e && ((iequals(tok(at), "gunned") && iequals(tok(at + 1), "down")) ||
                                         (is_round_word(tok(at)) && iequals(tok(at + 1), "up")) ||
                                         (iequals(tok(at), "taken") && is_hostage_word(tok(at + 1))));
    // ("is in hospital": the verb with where one lies.)
    if (at + 2 < e && iequals(tok(at + 1), "in") && iequals(tok(at + 2), "hospital") &&
        (iequals(tok(at), "is") || iequals(tok(at), "are")))
      return at + 3;
    return at + (particle ? 2 : 1);
  }

  // The outcome token k states, if any. "Martyrs" in a group's name ("the
  // Martyrs Brigade", "Martyrs of Islam") tells of no death; "four martyrs" does.
  const Trigger* outcome_word(uint32_t k, uint32_t e) const {
    const std::string_view w = tok(k);
    const Trigger* t = trigger_of(w);
    // ("the delay would hurt thousands of contractors", "could kill": a modal's verb tells what may happen, no
    // toll; "who would die of his wounds a day later" tells one.)
    if (t && k > 0 && is_modal(tok(k - 1)) && !iequals(w, "die")) return nullptr;
    // "a heavy civilian death toll", "death threats": the death is another noun's modifier.
    if (t && k + 1 < e && (iequals(w, "death") || iequals(w, "deaths")) && is_death_compound_head(tok(k + 1))) return nullptr;
    // "Security forces round up hundreds": the present tense, only with its "up" ("In the second
    // round 30 people voted"), so it is not in the word table.
    static constexpr Trigger kRoundUp{"round", "detained"};
    if (!t && is_round_word(w) && k + 1 < e && iequals(tok(k + 1), "up")) return &kRoundUp;
    // "13 staff members and patients were treated for breathing difficulties": the injured, in the passive.
    // ("nine people suffered from suffocation", "suffered burns": hurt, by what they suffered.)
    // ("a third was nursing gunshot wounds": by the wounds one tends.)
    static constexpr Trigger kSufferedInjury{"suffered", "wounded"};
    if (!t && (iequals(w, "suffered") || iequals(w, "suffering") || iequals(w, "nursing")) && k + 1 < e) {
      static constexpr std::string_view kInjuries[] = {"injuries", "wounds", "burns", "suffocation", "fractures"};
      static const WordSet injuries(kInjuries);
      const uint32_t what = iequals(tok(k + 1), "from") && k + 2 < e ? k + 2 : k + 1;
      constexpr uint32_t kModifiers = 2;  // "suffered serious head injuries"
      for (uint32_t m = what; m < e && m <= what + kModifiers && tokens_[m].kind == TokenKind::kWord; ++m)
        if (injuries.contains(tok(m))) return &kSufferedInjury;
    }
    // ("11 treated for breathing problems after suspected chlorine attack": a headline drops the "were".)
    if (!t && iequals(w, "treated") && k > 0 &&
        (lexicon::is_be_form(tok(k - 1)) || iequals(tok(k - 1), "being") || tokens_[k - 1].kind == TokenKind::kNumber) &&
        treated_for_injuries(k + 1))
      return &kTreatedInjured;
    // ("at least 10 people had been taken by the attackers": carried off, in the passive, by armed men.)
    static constexpr Trigger kTakenByAttackers{"taken", "abducted"};
    if (!t && iequals(w, "taken") && k > 0 && (lexicon::is_be_form(tok(k - 1)) || iequals(tok(k - 1), "been")) &&
        k + 2 < e && iequals(tok(k + 1), "by")) {
      static constexpr std::string_view kTakers[] = {"attackers", "assailants", "gunmen", "militants", "rebels",
                                                     "kidnappers", "bandits", "jihadists", "insurgents", "fighters"};
      static const WordSet takers(kTakers);
      const uint32_t who = iequals(tok(k + 2), "the") && k + 3 < e ? k + 3 : k + 2;
      if (takers.contains(tok(who))) return &kTakenByAttackers;
    }
    // "at least 178 cases of arbitrary arrest or detention": people taken, counted as cases.
    if (!t && iequals(w, "cases") && k + 2 < e && iequals(tok(k + 1), "of"))
      if (const Trigger* taken = custody_noun_at(k + 2, e)) return taken;
    // "nine were taken to hospital", "12 people were hospitalised": the hurt, by their care (not
    // "the bodies were taken to hospital", the dead).
    static constexpr Trigger kHospitalised{"hospitalised", "wounded"};
    if (!t && k > 0 && (lexicon::is_be_form(tok(k - 1)) || iequals(tok(k - 1), "been")) && !bodies_just_before(k) &&
        (iequals(w, "hospitalised") || iequals(w, "hospitalized") ||
         (iequals(w, "taken") && k + 2 < e && iequals(tok(k + 1), "to") &&
          (iequals(tok(k + 2), "hospital") || (k + 3 < e && iequals(tok(k + 2), "the") && iequals(tok(k + 3), "hospital"))))))
      return &kHospitalised;
    // ("66 people were receiving treatment at hospitals in Kaduna": the hurt, by the care they are under.)
    static constexpr Trigger kUnderTreatment{"receiving", "wounded"};
    if (!t && iequals(w, "receiving") && k > 0 && lexicon::is_be_form(tok(k - 1)) && k + 1 < e &&
        iequals(tok(k + 1), "treatment") && !bodies_just_before(k))
      return &kUnderTreatment;
    // ("His son is in hospital in Mogadishu": hurt, by where one lies; the verb is the outcome's word.)
    static constexpr Trigger kInHospital{"hospital", "wounded"};
    // ("Four others are at the hospital in Sabon Birni": at or in "the" hospital too.)
    const uint32_t hospital_at = k + 3 < e && (iequals(tok(k + 2), "the") || iequals(tok(k + 2), "a")) ? k + 3 : k + 2;
    if (!t && (iequals(w, "is") || iequals(w, "are")) && hospital_at < e &&
        (iequals(tok(k + 1), "in") || (iequals(tok(k + 1), "at") && hospital_at == k + 3)) &&
        iequals(tok(hospital_at), "hospital") && !bodies_just_before(k))
      return &kInHospital;
    // "Three staff members and 12 of their relatives were also taken", after students abducted: the
    // taken in a story of abduction (not "taken to hospital", above, nor "taken into account").
    static constexpr Trigger kTakenCaptive{"taken", "abducted"};
    if (!t && iequals(w, "taken") && k > 1 && k + 1 < e && told_abduction_before() &&
        (lexicon::is_be_form(tok(k - 1)) || iequals(tok(k - 1), "been") ||
         (iequals(tok(k - 1), "also") && lexicon::is_be_form(tok(k - 2)))) &&
        (tok(k + 1) == "," || tok(k + 1) == "." || iequals(tok(k + 1), "away") || iequals(tok(k + 1), "from")))
      return &kTakenCaptive;
    // ('"My two wives are among those taken," he said': the taken of the story's abduction.)
    if (!t && iequals(w, "taken") && k > 1 && iequals(tok(k - 1), "those") && iequals(tok(k - 2), "among") &&
        (k + 1 >= e || tokens_[k + 1].kind == TokenKind::kPunctuation) && told_abduction_before())
      return &kTakenCaptive;
    // ("eight terrorists were sent to hell": the Pakistani military's word for those it killed.)
    static constexpr Trigger kSentToHell{"sent", "killed"};
    if (!t && iequals(w, "sent") && k + 2 < e && iequals(tok(k + 1), "to") && iequals(tok(k + 2), "hell"))
      return &kSentToHell;
    // ("They took away 25 worshippers, mostly women and children, into the forest", after the abduction was told:
    // the taken, counted at once.)
    if (!t && (iequals(w, "took") || iequals(w, "take") || iequals(w, "takes")) && k + 2 < e &&
        iequals(tok(k + 1), "away") && parse_count(text_, tokens_, k + 2, e) && told_abduction_before())
      return &kTakenCaptive;
    // "Rescuers have recovered 48 bodies ... Among the victims was a nine-year-old boy": the victims of
    // the toll just told, its outcome.
    // (Of "killed at least 26 people and injured 30", the dead.)
    if (!t && iequals(w, "victims") && among_the(k) && !out_.empty()) {
      constexpr size_t kFactsBack = 3;
      for (size_t j = out_.size(); j-- > 0 && out_.size() - j <= kFactsBack;)
        if (out_[j].outcome == "killed") return trigger_of("killed");
      return trigger_of(out_.back().outcome);
    }
    // "280 people had been buried in mass graves": the dead, by their burial (not "buried under
    // the rubble", who may live).
    static constexpr Trigger kBuriedDead{"buried", "killed"};
    if (!t && iequals(w, "buried") && k > 0 && (lexicon::is_be_form(tok(k - 1)) || iequals(tok(k - 1), "been")) &&
        buried_in_graves(k + 1, e))
      return &kBuriedDead;
    // "More than 100 of the Chibok girls are still held by the group": captives, in the passive
    // (not "talks were held by the two sides": only with people counted before, as the scan asks).
    static constexpr Trigger kHeldCaptive{"held", "abducted"};
    if (!t && iequals(w, "held") && k + 1 < e && iequals(tok(k + 1), "by") && k > 1 &&
        (lexicon::is_be_form(tok(k - 1)) || (iequals(tok(k - 1), "still") && lexicon::is_be_form(tok(k - 2)))))
      return &kHeldCaptive;
    // "militants captured up to 1,700 air force recruits": taken, when a count follows at once
    // (not "massacring dozens of captured Iraqi soldiers", nor "captured the town").
    // Taken by the state's own forces ("Security forces killed five of the attackers and captured
    // one alive") is an arrest.
    static constexpr Trigger kCaptured{"captured", "abducted"};
    static constexpr Trigger kCapturedArrested{"captured", "arrested"};
    if (!t && (iequals(w, "captured") || iequals(w, "capture") || iequals(w, "captures")) &&
        parse_count(text_, tokens_, k + 1, e))
      return state_forces_before(k) ? &kCapturedArrested : &kCaptured;
    // "Five militants were captured", "18 LNA fighters had been captured": in the passive, the state's
    // enemies counted just before are arrested; anyone else is taken.
    // ("all five attackers had been killed, and one was captured alive": "one" of the attackers named before.)
    if (!t && iequals(w, "captured") && k > 1 && (lexicon::is_be_form(tok(k - 1)) || iequals(tok(k - 1), "been")))
      return insurgents_just_before(k) || (k > 2 && iequals(tok(k - 2), "one") && insurgents_just_before(k - 2, kOneOfThemReach))
                 ? &kCapturedArrested
                 : &kCaptured;
    // "a vegetable seller who lost his brother in the strike": a relative lost is one dead.
    // ("said he had buried his 12-year-old son": so is one buried; an age may come between. Not a witness's
    // "We have buried my sister", which h454's gold leaves to the toll, as h285's "We buried".)
    static constexpr Trigger kLostKin{"lost", "killed"};
    static constexpr Trigger kBuriedKin{"buried", "killed"};
    const bool buried = iequals(w, "buried") || iequals(w, "buries");
    // ("He said he had lost a cousin": one relative by an article too.)
    if (!t && (iequals(w, "lost") || iequals(w, "loses")) && k + 2 < e &&
        (iequals(tok(k + 1), "a") || iequals(tok(k + 1), "an")) && is_relative(tok(k + 2)))
      return &kLostKin;
    if (!t && (iequals(w, "lost") || iequals(w, "loses") || buried) && k + 2 < e &&
        is_possessive_determiner(tok(k + 1)) && !(k > 0 && iequals(tok(k - 1), "we")) &&
        !(buried && k > 1 && iequals(tok(k - 2), "we") && (iequals(tok(k - 1), "have") || iequals(tok(k - 1), "had")))) {
      const uint32_t aged = age_end(k + 2, e);
      // ("I lost my younger brother": a word of the relative's age or rank between.)
      const bool described = k + 3 < e && is_kin_adjective(tok(k + 2)) && is_relative(tok(k + 3));
      if (is_relative(tok(k + 2)) || described || (aged > k + 2 && aged < e && is_relative(tok(aged))))
        return buried ? &kBuriedKin : &kLostKin;
    }
    // "Eight people were in critical condition", "Five of the wounded children were in a serious condition":
    // hurt, by the state they are in.
    static constexpr Trigger kInCondition{"condition", "wounded"};
    if (!t && iequals(w, "condition") && in_grave_condition(k)) return &kInCondition;
    // "a worshipper who was hit in the leg by shrapnel": hurt by what struck a person (a passive "hit", then
    // "by" and a projectile within a few words; not "the market was hit by an air strike").
    static constexpr Trigger kHitByShrapnel{"hit", "wounded"};
    if (!t && (iequals(w, "hit") || iequals(w, "struck")) && k > 0 && lexicon::is_be_form(tok(k - 1))) {
      constexpr uint32_t kReach = 5;  // "hit in the left leg by"
      for (uint32_t m = k + 1; m + 1 < e && m <= k + kReach; ++m) {
        if (tokens_[m].kind == TokenKind::kPunctuation) break;
        if (!iequals(tok(m), "by")) continue;
        const uint32_t what = m + 2 < e && (iequals(tok(m + 1), "a") || iequals(tok(m + 1), "stray")) ? m + 2 : m + 1;
        if (iequals(tok(what), "shrapnel") || iequals(tok(what), "bullet") || iequals(tok(what), "bullets") ||
            iequals(tok(what), "gunfire"))
          return &kHitByShrapnel;
        break;
      }
    }
    // "hundreds are shot at border protests", "among those shot in the leg": shot, and not killed, is
    // wounded; only in the passive ("police shot five protesters" may have killed them).
    // (Not "shot down", "shot at"; nor "one woman has been beheaded and two men were shot", among killings.)
    static constexpr Trigger kShotWounded{"shot", "wounded"};
    if (!t && iequals(w, "shot") && k > 0 &&
        (lexicon::is_be_form(tok(k - 1)) || iequals(tok(k - 1), "been") || iequals(tok(k - 1), "those")) &&
        !(k + 1 < e && (iequals(tok(k + 1), "down") || fired_upon(k + 1, e))) && !killed_soon_after(k + 1, e) &&
        !killing_told_just_before(k) && !lists_the_dead_before(k))
      return &kShotWounded;
    if (!t || !iequals(w, "martyrs") || !chars::is_ascii_upper(w[0]) || k + 1 >= e) return t;
    const std::string_view next = tok(k + 1);
    const bool group_name = iequals(next, "of") || (tokens_[k + 1].kind == TokenKind::kWord && chars::is_ascii_upper(next[0]));
    return group_name ? nullptr : t;
  }

  // "arrest", "arbitrary arrest", "enforced disappearance" at k: the outcome a case of it counts.
  const Trigger* custody_noun_at(uint32_t k, uint32_t e) const {
    static constexpr Trigger kArrest{"arrest", "arrested"}, kDetention{"detention", "detained"},
        kAbduction{"abduction", "abducted"}, kDisappearance{"disappearance", "missing"};
    constexpr uint32_t kModifiers = 2;  // "arbitrary", "enforced"
    for (uint32_t m = k; m < e && m <= k + kModifiers; ++m) {
      const std::string_view w = tok(m);
      if (iequals(w, "arrest") || iequals(w, "arrests")) return &kArrest;
      if (iequals(w, "detention") || iequals(w, "detentions")) return &kDetention;
      if (iequals(w, "abduction") || iequals(w, "kidnapping") || iequals(w, "abductions")) return &kAbduction;
      if (iequals(w, "disappearance") || iequals(w, "disappearances")) return &kDisappearance;
      if (tokens_[m].kind != TokenKind::kWord || !chars::is_ascii_lower(w[0])) return nullptr;
    }
    return nullptr;
  }

  // "were in critical condition", "are in a serious condition": a grave state after "in" and a form of "be",
  // the word "condition" at k.
  bool in_grave_condition(uint32_t k) const {
    if (k < 3) return false;
    const std::string_view state = tok(k - 1);
    if (!(iequals(state, "critical") || iequals(state, "serious") || iequals(state, "grave") ||
          iequals(state, "stable") || iequals(state, "bad") || iequals(state, "poor")))
      return false;
    uint32_t in_at = k - 2;
    if (iequals(tok(in_at), "a") && in_at > 1) --in_at;
    return iequals(tok(in_at), "in") && (lexicon::is_be_form(tok(in_at - 1)) || iequals(tok(in_at - 1), "remained") ||
                                         iequals(tok(in_at - 1), "remain") || iequals(tok(in_at - 1), "remains"));
  }

  // "militants", "fighters", "attackers" a few words before k, in its sentence.
  bool insurgents_just_before(uint32_t k, uint32_t reach = 4) const {
    static constexpr std::string_view kInsurgents[] = {"militants", "fighters", "insurgents", "attackers", "assailants",
                                                       "gunmen", "jihadists", "rebels", "terrorists", "suspects",
                                                       "militant", "fighter", "insurgent", "attacker", "gunman",
                                                       "terrorist", "rebel", "jihadist", "suspect"};
    static const WordSet insurgents(kInsurgents);
    // (`reach`: 4 for "18 LNA fighters had been"; more back to the noun a bare "one" stands for.)
    for (uint32_t m = k; m-- > 0 && k - m <= reach;) {
      // ("seven pro-government fighters had been captured": the state's own, taken by its enemies.)
      if (insurgents.contains(tok(m)))
        return !(m > 0 && (iequals(tok(m - 1), "pro-government") || iequals(tok(m - 1), "pro-regime") ||
                           iequals(tok(m - 1), "government") || iequals(tok(m - 1), "army")));
      if (tok(m) == "." || tok(m) == ";") return false;
    }
    return false;
  }

  bool bodies_just_before(uint32_t k) const {
    constexpr uint32_t kReach = 6;  // "the bodies of nine people were"
    for (uint32_t m = k; m-- > 0 && k - m <= kReach;) {
      if (iequals(tok(m), "bodies") || iequals(tok(m), "dead") || iequals(tok(m), "body")) return true;
      if (tok(m) == "." || tok(m) == ";") return false;
    }
    return false;
  }

  // "in mass graves", "in a mass grave", "in the town's cemetery", "in makeshift graves" at `k`.
  bool buried_in_graves(uint32_t k, uint32_t e) const {
    constexpr uint32_t kReach = 5;
    if (k >= e || !iequals(tok(k), "in")) return false;
    for (uint32_t m = k + 1; m < e && m <= k + kReach; ++m) {
      const std::string_view w = tok(m);
      if (iequals(w, "grave") || iequals(w, "graves") || iequals(w, "cemetery") || iequals(w, "cemeteries")) return true;
      if (tokens_[m].kind == TokenKind::kPunctuation && w != "'") return false;
    }
    return false;
  }

  // The sentence's subject before `k` is the state's forces: "Security forces", "police", "troops",
  // "the army" (not "rebels", "gunmen").
  // (In "the group had killed 63 soldiers and captured several others" the soldiers are the object of
  // the verb before "and": the subject stands before that verb.)
  bool state_forces_before(uint32_t k) const {
    constexpr uint32_t kReach = 10;
    bool past_object = !(k > 0 && iequals(tok(k - 1), "and"));
    for (uint32_t m = k; m-- > 0 && k - m <= kReach;) {
      const std::string_view w = tok(m);
      if (w == "." || w == ";") return false;
      if (!past_object) {
        past_object = m + 1 < k && (trigger_of(w) != nullptr || chars::ends_with(w, "ed"));
        continue;
      }
      if (iequals(w, "police") || iequals(w, "troops") || iequals(w, "army") || iequals(w, "soldiers") ||
          (iequals(w, "forces") && m > 0 && (iequals(tok(m - 1), "security") || iequals(tok(m - 1), "government"))))
        return true;
    }
    return false;
  }

  // "women and children were killed": uncounted victims that the outcome
  // word follows; not "and rebels shelled the city", a clause of its own.
  bool victims_then_outcome(uint32_t at, uint32_t e) const {
    // Up to two modifiers before the noun: "dozens of government loyalists and ISIL militants killed".
    constexpr uint32_t kMaxWords = 3;
    const Victims v = victims_after(at, e);
    if (!v.noun || v.end - at > kMaxWords) return false;
    const uint32_t next = v.end;
    // A dash or bracket closes an aside: "400 people - mainly women and children - have been
    // injured" (an em dash is normalized to "--", two "-" tokens).
    return next >= e || trigger_of(tok(next)) || is_auxiliary(tok(next)) || iequals(tok(next), "and") ||
           tok(next) == "-" || tok(next) == ")";
  }

  // Words that open a clause about something else: "40 people attended the
  // launch, where the firm injured its reputation".
  static bool starts_other_clause(std::string_view w) {
    // ("Put the toll at 26, saying another 40 were wounded": a reporting verb's
    // participle opens the reporter's next statement.)
    static constexpr std::string_view kWords[] = {"where", "which", "whose", "although", "though", "because",
                                                  "whereas", "unless", "if", "saying", "adding", "noting"};
    static const WordSet words(kWords);
    return words.contains(w);
  }

  // "killed two birds", "cut 300 jobs": a bare count followed by a noun that
  // names no person is no toll. Function words, times and capitalised names
  // may follow a toll ("killing 12 in Homs", "killed 20 overnight", "killed
  // 30 Yazidis").
  bool counts_things(uint32_t next, uint32_t e) const {
    if (next >= e || tokens_[next].kind != TokenKind::kWord) return false;
    const std::string_view w = tok(next);
    if (!chars::is_ascii_lower(w[0]) || trigger_of(w)) return false;
    static constexpr std::string_view kFollowers[] = {
        "in", "on", "at", "near", "and", "or", "but", "as", "when", "while", "after", "before", "during",
        "since", "across", "around", "inside", "outside", "overnight", "yesterday", "today", "tonight",
        "including", "among", "more", "others", "other", "of", "with", "from", "by", "for", "this", "last",
        "earlier", "later", "early", "late", "following", "so", "far", "according", "said", "say", "says",
        "were", "was", "are", "have", "had", "has", "who", "that", "there", "throughout", "within",
        "between", "over", "into", "amid", "under", "beneath", "underneath", "behind", "along", "aboard",
        "off", "the", "a", "an", "people", "altogether", "total", "overall", "alive",
        "dead", "alone", "only", "mostly", "most", "all", "each", "elsewhere", "nationwide", "instantly",
        "immediately", "per", "every", "then", "again", "too", "also", "it", "he", "she", "they", "we",
        "activists", "officials", "witnesses", "sources", "residents", "them", "those"};
    static const WordSet followers(kFollowers);
    return !followers.contains(w);
  }

  // Only list separators between the previous fact's last word and a count:
  // "50 militants and eight civilians", "34 militants, four civilians, and two soldiers".
  bool joins_previous(uint32_t last_fact_end, uint32_t count_begin) const {
    // "a commander, Said Hassan, and his nephew": past the name in commas.
    if (last_fact_end + 3 < count_begin && tok(last_fact_end + 1) == ",")
      if (const Entity* name = entity_starting_at(last_fact_end + 2, EntityType::kPerson)) {
        const uint32_t after = token_after(*name, last_fact_end + 2, count_begin);
        if (after < count_begin && tok(after) == ",") last_fact_end = after;
      }
    // "five fighters of the U.S.-backed Syrian Democratic Forces and 10
    // civilians": past the group the counted belong to.
    constexpr uint32_t kGroupReach = 12;
    if (last_fact_end + 3 < count_begin && count_begin - last_fact_end <= kGroupReach &&
        (iequals(tok(last_fact_end + 1), "of") || iequals(tok(last_fact_end + 1), "from")))
      for (uint32_t x = count_begin - 2; x > last_fact_end + 1; --x) {
        const Entity* group = org_ending_at(x, last_fact_end + 1);
        if (!group) continue;
        bool plain = true;  // no list separator inside the phrase
        for (uint32_t k = last_fact_end + 2; k <= x && plain; ++k) plain = tok(k) != "," && !iequals(tok(k), "and");
        if (plain) last_fact_end = x;
        break;
      }
    // "39 members of the Syrian Democratic Forces (SDF) and prison guards, and seven civilians": past
    // the group's acronym and the people joined to the counted ones.
    if (last_fact_end + 3 < count_begin && tok(last_fact_end + 1) == "(" && tok(last_fact_end + 3) == ")")
      last_fact_end += 3;
    if (last_fact_end + 4 < count_begin && iequals(tok(last_fact_end + 1), "and")) {
      uint32_t k = last_fact_end + 2;
      constexpr uint32_t kJoinedWords = 3;  // "prison guards"
      while (k < count_begin && k < last_fact_end + 2 + kJoinedWords && tokens_[k].kind == TokenKind::kWord &&
             chars::is_ascii_lower(tok(k)[0]) && !parse_count(text_, tokens_, k, count_begin))
        ++k;
      if (k > last_fact_end + 2 && victim_of(tok(k - 1)) && tok(k) == ",") last_fact_end = k - 1;
    }
    // ("kills cleric known as 'father of the Taliban' and five others": past the name the one is known by.)
    constexpr uint32_t kKnownAsTokens = 10;
    if (last_fact_end + 4 < count_begin && count_begin <= last_fact_end + 3 + kKnownAsTokens &&
        iequals(tok(last_fact_end + 1), "known") && iequals(tok(last_fact_end + 2), "as")) {
      uint32_t k = last_fact_end + 3;
      while (k < count_begin && !iequals(tok(k), "and") && tok(k) != ",") ++k;
      if (k > last_fact_end + 3 && k < count_begin) last_fact_end = k - 1;
    }
    // "killed 20 civilians(,) as well as 12 soldiers".
    const uint32_t as_well = last_fact_end + 1 + (tok(last_fact_end + 1) == "," ? 1 : 0);
    if (count_begin == as_well + 3 && iequals(tok(as_well), "as") && iequals(tok(as_well + 1), "well") &&
        iequals(tok(as_well + 2), "as"))
      return true;
    if (count_begin <= last_fact_end + 1 || count_begin > last_fact_end + 4) return false;
    // "a mother and her three children": a possessive may follow "and"; so
    // may a possessive noun ("his neighbour and the neighbour's two sons").
    const std::string_view before = tok(count_begin - 1);
    const bool owner_noun = chars::is_ascii_lower(before[0]) && chars::strip_possessive(before).size() < before.size();
    const bool possessive = is_possessive_determiner(before) || owner_noun;  // "and my two brothers"
    uint32_t list_end = possessive ? count_begin - 1 : count_begin;
    if (owner_noun && list_end > last_fact_end + 2 && iequals(tok(list_end - 1), "the")) --list_end;
    if (possessive && !iequals(tok(list_end - 1), "and")) return false;
    if (list_end > last_fact_end + 3) return false;
    for (uint32_t k = last_fact_end + 1; k < list_end; ++k)
      if (!(tok(k) == "," || iequals(tok(k), "and"))) return false;
    return true;
  }

  // "a court sentences five men to death", "sentenced two to death and
  // seven others to life imprisonment for attacks that killed": a sentence
  // passed on the people counted, not a death. `after` is the first token
  // after the count and its victims.
  bool sentenced(uint32_t count_begin, uint32_t after, uint32_t b, uint32_t e) const {
    if (after >= e || !iequals(tok(after), "to")) return false;
    constexpr uint32_t kReach = 10;  // "sentenced two men to death and seven others"
    for (uint32_t k = count_begin; k-- > b && count_begin - k <= kReach;) {
      const std::string_view w = tok(k);
      if (iequals(w.substr(0, 8), "sentence") || iequals(w, "condemned")) return true;
      if (w == "." || w == ";" || w == ":") return false;
    }
    return false;
  }

  static bool superlative_between(std::string_view sentence, size_t from, size_t to) {
    // ("most" is left out: "20 people, most of them civilians, since March" is a tally.)
    static constexpr std::string_view kSuperlatives[] = {"deadliest", "bloodiest", "worst", "largest",
                                                         "biggest", "heaviest", "highest"};
    if (from >= to || to > sentence.size()) return false;
    const std::string_view between = sentence.substr(from, to - from);
    for (auto w : kSuperlatives)
      if (find_word(between, w, 0) != std::string_view::npos) return true;
    return false;
  }

  static bool is_breakdown_pronoun(std::string_view w) {
    return iequals(w, "them") || iequals(w, "whom") || iequals(w, "which");
  }

  bool is_capitalised_word(uint32_t k) const {
    return tokens_[k].kind == TokenKind::kWord && chars::case_at(tok(k), 0) == utf8::LetterCase::kUpper;
  }

  // "al-Islam", "bin Laden"'s "bin": a name's lower-case particle, joined or before a capital.
  bool particle_name_word(uint32_t k) const {
    const std::string_view w = tok(k);
    const size_t dash = w.find('-');
    if (dash != std::string_view::npos && dash + 1 < w.size())
      return lexicon::is_name_particle(w.substr(0, dash)) && chars::case_at(w, dash + 1) == utf8::LetterCase::kUpper;
    return lexicon::is_name_particle(w) && k + 1 < tokens_.size() && is_capitalised_word(k + 1);
  }

  // The one-word name at token k is a people (NORP) somewhere in the article: "ethnic Amhara".
  // (The article's peoples are listed once, sorted, when first asked.)
  bool names_people_at(uint32_t k) const {
    if (!peoples_listed_) {
      for (const Entity& e : *in_.entities)
        if (e.type == EntityType::kNorp) peoples_.push_back(e.span.of(text_));
      std::sort(peoples_.begin(), peoples_.end());
      peoples_listed_ = true;
    }
    return std::binary_search(peoples_.begin(), peoples_.end(), tok(k));
  }

  // "20 were killed", "three have been wounded": only auxiliary verbs
  // stand between a bare count and its outcome word.
  // A lower-case word in "-ed" or "-s", read as a verb of its own clause ("and caused", "as army pushes").
  static bool looks_like_verb(std::string_view w, bool third_person_too) {
    if (w.size() <= 3 || !chars::is_ascii_lower(w[0])) return false;
    return w.substr(w.size() - 2) == "ed" || (third_person_too && w.back() == 's');
  }

  static bool is_care_verb(std::string_view w) {
    return iequals(w, "treated") || iequals(w, "treating") || iequals(w, "received") || iequals(w, "receiving") ||
           iequals(w, "admitted");
  }

  static bool passes_figure(std::string_view w) {
    static constexpr std::string_view kPassing[] = {"passes", "passed", "tops", "topped", "exceeds", "exceeded",
                                                    "surpasses", "surpassed", "crosses", "crossed"};
    static const WordSet passing(kPassing);
    return passing.contains(w);
  }

  static bool is_evacuating_verb(std::string_view w) {
    // ("had taken 16 of the wounded to hospitals", "rushed 20 of the injured to Kabul")
    return iequals(w, "flew") || iequals(w, "airlifted") || iequals(w, "evacuated") || iequals(w, "transferred") ||
           iequals(w, "taken") || iequals(w, "took") || iequals(w, "rushed");
  }

  static bool is_telling_pronoun(std::string_view w) {
    return iequals(w, "it") || iequals(w, "he") || iequals(w, "she") || iequals(w, "they");
  }

  bool only_auxiliaries_between(uint32_t from, uint32_t to) const {
    if (from < to && is_age_in_commas(from)) from += 3;  // "a man, 45, was killed"
    // "It named nine men it said were killed": the teller's words between.
    if (from + 2 < to && is_telling_pronoun(tok(from)) &&
        (iequals(tok(from + 1), "said") || iequals(tok(from + 1), "says")))
      from += 2;
    if (to <= from || to - from > 4) return false;
    for (uint32_t k = from; k < to; ++k) {
      // "was shot dead", "were beaten to death": the manner comes before the outcome word.
      // ("was shot and wounded", "were beaten and killed": the manner joined to the outcome by "and".)
      // (Passive only: "a gunman shot and killed two brothers" is no one shot.)
      const bool passive_and = k + 2 == to && iequals(tok(k + 1), "and") && k > from && is_auxiliary(tok(k - 1));
      const bool manner = k + 1 == to || (k + 2 == to && iequals(tok(k + 1), "to")) || passive_and;
      if (manner && is_manner_of_killing(tok(k))) continue;
      // ("were pronounced dead", "was declared dead": a doctor's word before the outcome.)
      if (k + 1 == to && (iequals(tok(k), "pronounced") || iequals(tok(k), "declared"))) continue;
      if (iequals(tok(k), "and") && k + 1 == to && k >= from + 2 && is_manner_of_killing(tok(k - 1)) &&
          is_auxiliary(tok(k - 2)))
        continue;
      if (iequals(tok(k), "to") && k + 1 == to && iequals(tok(to), "death")) continue;
      // ("1,400 have been reported missing", "were confirmed dead": how it is known, after an auxiliary.)
      if ((iequals(tok(k), "reported") || iequals(tok(k), "confirmed")) && k + 1 == to && k > from &&
          is_auxiliary(tok(k - 1)))
        continue;
      // ('four of whom "succumbed to their injuries"': a quotation opening on the outcome.)
      // (Right after the counted only: not 'a statement that the army had "neutralised"'.)
      if (tok(k) == "\"" && k == from && k + 1 == to && tokens_[k].span.end == tokens_[to].span.begin) continue;
      if (!is_auxiliary(tok(k))) return false;
    }
    return true;
  }

  // A speech verb in [from, to) followed by words of a clause (a subject),
  // not a parenthesis: "said her brother was" but not ", a doctor said, were".
  bool speech_opens_clause_between(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to; ++k) {
      // (Not "had been admitted with shrapnel wounds": a passive, no one speaking.)
      if (!is_speech_verb(tok(k)) || (k > from && is_auxiliary(tok(k - 1)))) continue;
      uint32_t m = k + 1;
      if (m < to && (iequals(tok(m), "that") || tok(m) == ",")) ++m;
      if (m < to && lexicon::is_preposition(tok(m))) continue;
      for (; m < to; ++m)
        if (tokens_[m].kind == TokenKind::kWord && !is_auxiliary(tok(m)) && !is_manner_of_killing(tok(m))) return true;
    }
    return false;
  }

  static bool is_manner_of_killing(std::string_view w) {
    static constexpr std::string_view kManners[] = {"shot", "stabbed", "beaten", "tortured", "stoned",
                                                    "burned", "burnt", "hacked", "starved", "gunned"};
    static const WordSet manners(kManners);
    return manners.contains(w);
  }

  // Auxiliaries, a relative pronoun and adverbs that sit between victims and
  // their outcome word: "who were critically wounded".
  static bool is_auxiliary(std::string_view w) {
    static constexpr std::string_view kAuxiliaries[] = {
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "who", "reportedly", "also",
        "later", "critically", "seriously", "fatally", "badly", "slightly", "found", "remain", "remains",
        "remained", "still", "lightly", "moderately", "gravely", "mortally", "severely",
        // A headline's hedge: "Hundreds feared killed", "Dozens believed dead".
        "feared", "believed", "presumed"};
    static const WordSet auxiliaries(kAuxiliaries);
    return auxiliaries.contains(w);
  }

  // After "a nurse", "a militant": the noun ends its phrase ("a militant
  // was killed"), rather than modifying another noun ("a militant website",
  // "an activist collective").
  bool ends_noun_phrase(uint32_t next, uint32_t e) const {
    if (next >= e || tokens_[next].kind != TokenKind::kWord) return true;
    const std::string_view w = tok(next);
    if (!chars::is_ascii_lower(w[0]) || trigger_of(w)) return true;
    // "a senior commander of Islamic Jihad", "a commander of the group's
    // Radwan force": the body he belonged to follows.
    // ("a member of a civilian self-defence group" too.)
    if (iequals(w, "of") && next + 1 < e &&
        (chars::is_ascii_upper(tok(next + 1)[0]) || iequals(tok(next + 1), "the") || iequals(tok(next + 1), "its") ||
         iequals(tok(next + 1), "a")))
      return true;
    // "detained a man suspected of helping to direct the strike": a participle describing him.
    return ends_victim_phrase(w) || iequals(w, "and") || iequals(w, "or") || is_describing_participle(w);
  }

  // From token k right after "the dead": the listing verb ("included", "were"), past "also" or the dead's noun
  // ("the dead militants included"), if it comes before token `limit`; kNoToken otherwise.
  uint32_t listing_verb_after(uint32_t k, uint32_t limit) const {
    if (k >= limit) return kNoToken;
    if (is_listing_verb(tok(k))) return k;
    if ((iequals(tok(k), "also") || victim_of(tok(k))) && k + 1 < limit && is_listing_verb(tok(k + 1))) return k + 1;
    return kNoToken;
  }

  static bool is_describing_participle(std::string_view w) {
    static constexpr std::string_view kWords[] = {"suspected", "accused", "believed", "alleged", "wanted", "thought",
                                                  "linked", "tied"};
    static const WordSet words(kWords);
    return words.contains(w);
  }

  // "killing a nurse", 'killing "a woman', "the death of a child", "a
  // policeman was shot dead", "a child was among those killed", "a woman
  // and two children had been killed".
  bool single_at_outcome(uint32_t count_begin, uint32_t victims_end, uint32_t trigger_at, uint32_t e) const {
    // "Among the dead was a doctor".
    if (trigger_at + 3 < count_begin && among_the(trigger_at + 2) && only_auxiliaries_between(trigger_at + 3, count_begin))
      return true;
    if (count_begin > 0 && inverted_outcome_before(count_begin - 1, e) == trigger_at) return true;
    // ("Among the dead were children, pregnant women and a member of a civilian militia": after uncounted
    // people listed, the one closing the list.)
    if (trigger_at + 3 < count_begin && among_the(trigger_at) && iequals(tok(count_begin - 1), "and") &&
        uncounted_list_between(trigger_at + 1, count_begin - 1))
      return true;
    // "the dead included a child", "the dead militants included a bomb expert".
    if (trigger_at > 0 && iequals(tok(trigger_at - 1), "the")) {
      const uint32_t verb = listing_verb_after(trigger_at + 1, count_begin);
      if (verb != kNoToken && verb + 1 == count_begin) return true;
    }
    if (trigger_at < count_begin) {
      // "shot dead a policeman": "dead" closes the verb.
      const uint32_t closed = trigger_at + 1 < count_begin && iequals(tok(trigger_at), "shot") &&
                                      iequals(tok(trigger_at + 1), "dead")
                                  ? trigger_at + 1
                                  : trigger_at;
      // (A headline's bare "kills senior al-Qaeda leader": its describing words between.)
      if (outcome_before_modifiers(count_begin, trigger_at, e) && !iequals(tok(count_begin), "a") &&
          !iequals(tok(count_begin), "an") && !iequals(tok(count_begin), "one"))
        return true;
      // ('"..., they killed," a resident told': a closing mark ends the quoted verb.)
      for (uint32_t k = closed + 1; k < count_begin; ++k)
        if (!(tokens_[k].kind == TokenKind::kPunctuation || iequals(tok(k), "of")) ||
            tok(k).find('"') != std::string_view::npos)
          return false;
      return count_begin - trigger_at <= 3;
    }
    // (Not "A gunman killed eight people": the verb right after the one, with an object, is what the one did.)
    if (trigger_at == victims_end && object_after_verb(trigger_at + 1, e)) return false;
    if (trigger_at == victims_end || only_auxiliaries_between(victims_end, trigger_at)) return true;
    // ("Letminthang Haokip was dragged from his car and killed by a mob": the subject's second passive verb.)
    if (passive_verb_then_outcome(victims_end, trigger_at)) return true;
    // ("a second man who helped him had been arrested": past a short active relative clause.)
    if (victims_end < trigger_at && iequals(tok(victims_end), "who") && passive_after_relative(victims_end, e) == trigger_at)
      return true;
    // ("his daughter, Zahra, was missing", "Her cousin, a driver, was among the wounded".)
    uint32_t from = victims_end;
    if (const uint32_t after = after_apposition_in_commas(victims_end, e); after && after <= trigger_at) from = after;
    // ("Mahmoud Hamza, who had been detained"; "Adnan al-Bursh, died in a prison", a comma left after a description.)
    // ("Alejandro Arcos, who was sworn in on Sept. 30, was killed": past a clause of other doings.)
    if (from + 1 < trigger_at && tok(from) == "," && iequals(tok(from + 1), "who")) {
      from += 2;
      if (const uint32_t after = after_relative_clause_of_other_doings(from, trigger_at)) from = after;
    }
    // ("its director, Omar Barakat, was among those killed", "The minister, Khalil Haqqani, has been killed": the
    // name in apposition.)
    else if (from + 1 < trigger_at && tok(from) == "," && comma_before_name(count_begin) &&
             opens_passive(from + 1, trigger_at))
      ++from;
    if (from + 1 == trigger_at && tok(from) == ",") return true;
    if (only_auxiliaries_between(from, trigger_at)) return true;
    // ("A security guard at the church was also killed": where the one was, then the outcome.)
    if (const uint32_t past = past_short_place_phrase(from, trigger_at);
        past && only_auxiliaries_between(past, trigger_at))
      return true;
    uint32_t k = from;
    while (k < e && k < from + 3 && is_auxiliary(tok(k))) ++k;
    if (k < e && iequals(tok(k), "among")) return true;
    // (A headline's "priest and police officers among dead": past others named but not counted.)
    if (uncounted_others_end(victims_end, e) != victims_end) return true;
    // (A headline's "soldier, four attackers killed": listed before counted ones at the outcome.)
    if (victims_end + 1 < e && tok(victims_end) == "," && counted_at_outcome(victims_end + 1, e)) return true;
    if (pair_dies_at(count_begin, e)) return true;  // (A headline's "Mother and daughter die".)
    if (victims_end + 1 >= e || !iequals(tok(victims_end), "and")) return false;
    // ("a woman and her two sons were among the dead": a count after the possessive.)
    const uint32_t next = victims_end + 1;
    return parse_count(text_, tokens_, next, e) || single_victim_at(next, e) || possessive_count_at(next, e);
  }

  // From token k: past a short phrase of place ("at the church", "in the car", "near Kabul") up to the
  // auxiliary before `to`; 0 when none is there.
  uint32_t past_short_place_phrase(uint32_t k, uint32_t to) const {
    constexpr uint32_t kPlaceWords = 6;  // "in the West Bank town of Jericho"
    if (k + 2 > to || !lexicon::is_place_preposition(tok(k))) return 0;
    uint32_t m = k + 1;
    if (iequals(tok(m), "the") || iequals(tok(m), "a") || iequals(tok(m), "an") || is_possessive_determiner(tok(m)))
      ++m;
    const uint32_t words_from = m;
    while (m < to && m < words_from + kPlaceWords && tokens_[m].kind == TokenKind::kWord && !is_auxiliary(tok(m)))
      ++m;
    // ("A 17-year-old boy from Banks, Lancashire, was arrested": the place's region in commas.)
    constexpr uint32_t kRegionWords = 2;
    if (m > words_from && m + 2 < to && tok(m) == "," && is_capitalised_word(m + 1)) {
      uint32_t r = m + 1;
      while (r < to && r < m + 1 + kRegionWords && is_capitalised_word(r)) ++r;
      if (r + 1 < to && tok(r) == "," && is_auxiliary(tok(r + 1))) m = r + 1;
    }
    return m > words_from && m < to && is_auxiliary(tok(m)) ? m : 0;
  }

  // Punctuation inside a written word: the dots of "U.S." and the hyphen of
  // "U.S.-backed" (touching the token before, and a letter or the next token after).
  bool inside_word(uint32_t m, uint32_t e) const {
    if (tokens_[m].kind != TokenKind::kPunctuation || m == 0 || tokens_[m - 1].span.end != tokens_[m].span.begin) return false;
    const std::string_view w = tok(m);
    if (w == ".") return tok(m - 1).size() == 1 && chars::is_ascii_upper(tok(m - 1)[0]);
    return w == "-" && m + 1 < e && tokens_[m + 1].span.begin == tokens_[m].span.end;
  }

  // A headline's "kills senior al-Qaeda leader": the outcome word before a
  // singular victim and up to three words describing it (a name, "senior").
  bool outcome_before_modifiers(uint32_t i, uint32_t b, uint32_t e) const {
    constexpr uint32_t kModifiers = 3;
    for (uint32_t k = i; k > b && i - k < kModifiers;) {
      const std::string_view w = tok(--k);
      if (k < i - 1 && outcome_word(k, e) && !is_toll_noun(w)) return true;
      const bool describes = tokens_[k].kind == TokenKind::kWord &&
                             (chars::is_ascii_upper(w[0]) || iequals(w, "senior") || iequals(w, "top") ||
                              iequals(w, "former") || iequals(w, "key") || w.find('-') != std::string_view::npos);
      if (!describes) return false;
    }
    return false;
  }

  // "her two sons", "their three children": a count after a possessive.
  bool possessive_count_at(uint32_t i, uint32_t e) const {
    return i + 1 < e && is_possessive_determiner(tok(i)) && parse_count(text_, tokens_, i + 1, e).has_value();
  }

  bool count_between(uint32_t from, uint32_t to, uint32_t e) const {
    for (uint32_t k = from; k < to; ++k)
      if (parse_count(text_, tokens_, k, e)) return true;
    return false;
  }

  // A "with" and a count of its own in [from, to): ", with 147 wounded".
  bool with_count_between(uint32_t from, uint32_t to, uint32_t e) const {
    for (uint32_t k = from; k < to; ++k)
      if (iequals(tok(k), "with")) return count_between(k + 1, to, e);
    return false;
  }

  bool only_punctuation_between(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to; ++k)
      if (tokens_[k].kind != TokenKind::kPunctuation) return false;
    return true;
  }

  bool comma_between(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to; ++k)
      if (tok(k) == ",") return true;
    return false;
  }

  // An outcome word just before the count: "killing at least 12", "killed 20",
  // "the death toll to 52", "leaving 15 dead".
  const Trigger* outcome_before(uint32_t i, uint32_t b, uint32_t* at) const {
    for (uint32_t k = i; k > b && i - k < 6; --k) {
      const std::string_view w = tok(k - 1);
      // ("was shot and wounded by two men on a motorcycle": a count after "by" is of the agents.)
      if (k == i && iequals(w, "by")) return nullptr;
      // (An opening mark right before the count is no end: 'the wounded included "between 15 and 20 people'.)
      const bool opens_quote_at_count = k == i && w == "\"" && tokens_[k - 1].span.end == tokens_[i].span.begin &&
                                        k - 1 > b && tokens_[k - 2].span.end < tokens_[k - 1].span.begin;
      if (opens_quote_at_count) continue;
      // '"It was a massacre," one rescuer said': a closing mark ends the
      // quoted words (not 'had "neutralised" 203', the outcome word quoted).
      if (w.find('"') != std::string_view::npos && k - 1 > b && !outcome_word(k - 2, tokens_.size())) return nullptr;
      // ("... and 12 wounded when hundreds of jihadists attacked": a clause of its own opens between.)
      if (iequals(w, "when") || iequals(w, "while") || iequals(w, "after") || iequals(w, "as")) return nullptr;
      // "a mass grave containing the remains of about 100 people": remains are bodies
      // (and so in a headline: "Remains of 470 Speicher victims found").
      if (iequals(w, "remains") && k + 1 == i && iequals(tok(i - 1), "of") &&
          (k - 1 == b || iequals(tok(k - 2), "the") || tok(k - 2) == ":")) {
        *at = k - 1;
        return &kRemains;
      }
      // ("the fate of about 150 others remained unknown": the missing.)
      static constexpr Trigger kFateUnknown{"fate", "missing"};
      constexpr uint32_t kFateWords = 6;  // "of about 150 others remained unknown"
      if (iequals(w, "fate") && k + 1 == i && iequals(tok(i - 1), "of") &&
          word_within(i, static_cast<uint32_t>(tokens_.size()), "unknown", kFateWords)) {
        *at = k - 1;
        return &kFateUnknown;
      }
      // "documented the names of 50 victims": the victims named are the dead.
      if (iequals(w, "names") && k + 1 == i && iequals(tok(i - 1), "of") && names_victims_at(i)) {
        *at = k - 1;
        return trigger_of("killed");
      }
      // ("A Fulani rights group, Kisal, said it had counted 22 victims": victims a monitor counts are the dead.)
      if ((iequals(w, "counted") || iequals(w, "documented")) && k == i && names_victims_at(i)) {
        *at = k - 1;
        return trigger_of("killed");
      }
      // "Idris Yahaya, who lost four relatives": kin lost are dead; so are the
      // people a witness says "we" lost ("We lost two nurses and a patient").
      const bool we_lost = k - 1 > b && (iequals(tok(k - 2), "we") || iequals(tok(k - 2), "I"));
      // ("Afghan security forces lose more than 20 men a day": the state's forces losing their men.)
      const bool forces_lose = (iequals(w, "lose") || iequals(w, "losing") || iequals(w, "lost") || iequals(w, "loses")) &&
                               k - 1 > b && state_forces_before(k - 1) && people_counted_at(i);
      // ("A resident who buried 12 members of his family": kin buried are dead too.)
      // (Not a witness's own "We buried 17 of the children", which restates a toll, as h285's gold has it.)
      const bool buried_kin = (iequals(w, "buried") || iequals(w, "buries")) && !we_lost && kin_counted_at(i);
      if ((iequals(w, "lost") || iequals(w, "loses") || forces_lose || buried_kin) && k == i &&
          (kin_counted_at(i) || fighters_counted_at(i) || (we_lost && people_counted_at(i)) || forces_lose)) {
        *at = k - 1;
        return trigger_of("killed");
      }
      // "treated more than 3,600 patients with symptoms of exposure": the injured, by their care.
      if (iequals(w, "treated") && k == i && (treated_for_injuries(i) || patients_treated_by_hospital(i, b))) {
        *at = k - 1;
        return &kTreatedInjured;
      }
      // "slit the throats of at least 110 farmers": a killing, told by its manner.
      if (iequals(w, "throats") && k + 1 == i && iequals(tok(i - 1), "of") && k >= b + 3 &&
          iequals(tok(k - 2), "the") && is_throat_cutting_verb(tok(k - 3))) {
        *at = k - 3;
        return &kThroatsCut;
      }
      if (const Trigger* t = outcome_word(k - 1, tokens_.size())) {
        // "killed or injured more than 2,500 people": one figure for both,
        // told under the first outcome (as "casualties" are).
        if (k >= b + 3 && iequals(tok(k - 2), "or"))
          if (const Trigger* first = outcome_word(k - 3, tokens_.size())) {
            *at = k - 3;
            return first;
          }
        // 'had "neutralised" 203': a euphemism counts only right before its
        // count, not in "neutralised the threat posed by 30 fighters".
        if (iequals(w.substr(0, 8), "neutrali") && !only_punctuation_between(k, i)) return nullptr;
        // "the bodies of 40 men": bodies count only right before "of" ("The bodies of the three rebels": or
        // "of the").
        const bool of_the = k + 2 == i && iequals(tok(i - 1), "the") && iequals(tok(i - 2), "of");
        if (iequals(w, "bodies") && ((k + 1 == i && iequals(tok(i - 1), "of")) || of_the)) {
          *at = k - 1;
          return t;
        }
        // "shot dead five protesters", "shoot dead 13": "dead" closes the verb.
        if (iequals(w, "dead") && k - 1 > b &&
            (iequals(tok(k - 2), "shot") || iequals(tok(k - 2), "shoot") || iequals(tok(k - 2), "shoots"))) {
          *at = k - 2;
          return t;
        }
        // "claimed the lives of three citizens", not "saved the lives of 20".
        if (iequals(w, "lives") && k + 1 == i && iequals(tok(i - 1), "of") && takes_lives(k - 1, b)) {
          *at = k - 1;
          return t;
        }
        // "Among the dead were three children", "among the wounded was a nurse":
        // the evidence starts at "among", which makes the count a part.
        if (among_the(k - 1) && k - 1 > b + 1) {
          *at = k - 3;
          return t;
        }
        // "The dead included 11 children", "the wounded were mostly women".
        // ("the dead also included five fighters", "the dead militants included a bomb expert".)
        if (k - 1 > b && iequals(tok(k - 2), "the") && listing_verb_after(k, i) != kNoToken) {
          *at = k - 1;
          return t;
        }
        if (iequals(w, "dead") || iequals(w, "missing") || iequals(w, "lives") || iequals(w, "bodies")) return nullptr;
        // "evacuate the injured with one man carrying a child": after "the"
        // the word is a noun, which governs no count after it ("the killing
        // of two activists" reaches its count through "of").
        // ("the arrest in February of 15 schoolchildren": a date between.)
        if (k - 1 > b && iequals(tok(k - 2), "the") && !(k < i && iequals(tok(k), "of")) && !dated_then_of(k, i))
          return nullptr;
        *at = k - 1;
        return t;
      }
      if (is_toll_noun(w)) {
        // ("the toll could exceed 100": what a toll may come to is no toll.)
        for (uint32_t m = k; m < i; ++m)
          if (is_modal(tok(m))) return nullptr;
        *at = k - 1;
        return &kToll;
      }
      // "killing himself and two guards": the bomber is no count, the guards are the verb's.
      if (iequals(w, "and") && k >= b + 3 && is_reflexive(tok(k - 2)) && outcome_word(k - 3, tokens_.size())) continue;
      // "The dead include civilians and five former fighters": the list goes on from uncounted victims.
      if (iequals(w, "and"))
        if (const uint32_t listed_at = outcome_listing_uncounted_before(k - 1, b); listed_at) {
          *at = listed_at;
          return outcome_word(listed_at, tokens_.size());
        }
      // "27 people were wounded as hundreds of soldiers moved in": "as" opens another clause.
      if (w == "." || w == ";" || iequals(w, "and") || iequals(w, "but") || iequals(w, "as") ||
          tokens_[k - 1].kind == TokenKind::kNumber || starts_other_clause(w))
        return nullptr;
    }
    return nullptr;
  }

  // Tokens [k, count) are "in" or "on", a date, then "of": "in February of".
  bool dated_then_of(uint32_t k, uint32_t count) const {
    if (k + 3 > count || !iequals(tok(count - 1), "of") || !(iequals(tok(k), "in") || iequals(tok(k), "on"))) return false;
    const auto& ents = *in_.entities;
    const size_t d = first_at_or_after(ents, tokens_[k + 1].span.begin, entity_span);
    return d < ents.size() && ents[d].type == EntityType::kDate && ents[d].span.begin == tokens_[k + 1].span.begin &&
           ents[d].span.end == tokens_[count - 2].span.end;
  }

  // From the "and" at `and_at` back over uncounted victims ("civilians",
  // "women, children") to "the dead include": the outcome word's position, or 0.
  uint32_t outcome_listing_uncounted_before(uint32_t and_at, uint32_t b) const {
    constexpr uint32_t kListReach = 5;
    uint32_t k = and_at;
    while (k > b && and_at - k < kListReach &&
           (victim_of(tok(k - 1)) || tok(k - 1) == "," || iequals(tok(k - 1), "and")))
      --k;
    if (k == and_at || k < b + 3 || !is_listing_verb(tok(k - 1)) || !iequals(tok(k - 3), "the")) return 0;
    return outcome_word(k - 2, tokens_.size()) ? k - 2 : 0;
  }

  // A count of victims at token i: "50 victims", "more than 80 victims".
  bool names_victims_at(uint32_t i) const {
    const uint32_t e = static_cast<uint32_t>(tokens_.size());
    const auto count = parse_count(text_, tokens_, i, e);
    return count && count->token_end < e && iequals(tok(count->token_end), "victims");
  }

  // A count of kin at token i: "four relatives", "two of his sons".
  // The victims a count at token i names ("two nurses", "two of his sons");
  // no noun when there is no count.
  Victims victims_counted_at(uint32_t i) const {
    const uint32_t e = static_cast<uint32_t>(tokens_.size());
    const auto count = parse_count(text_, tokens_, i, e);
    if (!count) return Victims{};
    uint32_t k = count->token_end;
    if (k + 1 < e && iequals(tok(k), "of") && is_possessive_determiner(tok(k + 1))) ++k;  // "two of its men"
    if (k < e && is_possessive_determiner(tok(k))) ++k;  // "two of his sons"
    return victims_after(k, e);
  }

  bool people_counted_at(uint32_t i) const { return victims_counted_at(i).noun != nullptr; }

  // "lost 11 fighters", "lost two of its men": a side's fighters lost are its dead.
  bool fighters_counted_at(uint32_t i) const {
    const Victims v = victims_counted_at(i);
    if (!v.noun) return false;
    return std::string_view(v.noun->victim_class) == "combatant" || iequals(tok(v.head_end - 1), "men");
  }

  bool kin_counted_at(uint32_t i) const {
    const Victims v = victims_counted_at(i);
    if (!v.noun) return false;
    const std::string_view head = tok(v.head_end - 1);
    // ("12 members of his family": kin by the family they are members of.)
    const uint32_t of = v.head_end;
    const bool family_members = iequals(head, "members") && of + 2 < tokens_.size() && iequals(tok(of), "of") &&
                                is_possessive_determiner(tok(of + 1)) && iequals(tok(of + 2), "family");
    return is_relative(head) || (head.size() > 3 && head.back() == 's' && is_relative(head.substr(0, head.size() - 1))) ||
           iequals(head, "relatives") || iequals(head, "children") || family_members;
  }

  static bool is_including_verb(std::string_view w) {
    return iequals(w, "included") || iequals(w, "include") || iequals(w, "includes");
  }

  static bool is_listing_verb(std::string_view w) {
    return is_including_verb(w) || iequals(w, "were") || iequals(w, "are");
  }

  static bool is_reflexive(std::string_view w) {
    return iequals(w, "himself") || iequals(w, "herself") || iequals(w, "themselves");
  }

  // A verb of taking before "lives" (at token `lives`), within the clause:
  // "claimed the lives of", "took the lives of", "claimed 20 lives", "cost
  // more than 100 civilian lives"; not "saved the lives of 20".
  bool takes_lives(uint32_t lives, uint32_t b) const {
    static constexpr std::string_view kVerbs[] = {"claimed", "claiming", "claim", "claims", "took", "taken", "taking",
                                                  "take", "takes", "cost", "costing", "costs", "ended", "ending"};
    static const WordSet verbs(kVerbs);
    constexpr uint32_t kReach = 6;  // "claimed more than 100 civilian lives"
    for (uint32_t k = lives; k-- > b && lives - k <= kReach;) {
      const std::string_view w = tok(k);
      if (verbs.contains(w)) return true;
      // Another verb ("saved", "saving") or punctuation ends the search.
      if (tokens_[k].kind == TokenKind::kPunctuation || ends_with_ing(w) ||
          (w.size() > 3 && iequals(w.substr(w.size() - 2), "ed")))
        return false;
    }
    return false;
  }

  // A word of a relative's age or rank: "my younger brother", "her eldest son".
  static bool is_kin_adjective(std::string_view w) {
    static constexpr std::string_view kWords[] = {"younger", "elder", "older", "little", "baby",
                                                  "youngest", "eldest", "oldest", "only", "beloved"};
    static const WordSet words(kWords);
    return words.contains(w);
  }

  static bool is_relative(std::string_view w) {
    static constexpr std::string_view kKin[] = {"son", "daughter", "wife", "husband", "brother", "sister", "father",
                                                "mother", "grandson", "granddaughter", "cousin", "nephew", "niece",
                                                "uncle", "aunt", "child", "baby", "bodyguard", "driver",
                                                // ("a mother and her infant": a relative by age.)
                                                "infant", "toddler", "newborn", "grandchild", "grandmother",
                                                "grandfather", "stepson", "stepdaughter",
                                                // ("my neighbour was killed": one person the speaker knew.)
                                                "neighbour", "neighbor", "friend", "colleague"};
    static const WordSet kin(kKin);
    return kin.contains(w);
  }

  // "Killed on the government side was Cpl. Jessie Mendoza", "Wounded in the blast was a policeman": an outcome's
  // participle opening the sentence, a short phrase from a preposition, then "was" or "were" at `verb`. The
  // participle's token, else kNoToken.
  static constexpr uint32_t kInvertedPhraseTokens = 6;  // "on the government side"
  uint32_t inverted_outcome_before(uint32_t verb, uint32_t e) const {
    if (verb >= e || !(iequals(tok(verb), "was") || iequals(tok(verb), "were"))) return kNoToken;
    const Sentence* s = sentence_holding(tokens_[verb].span);
    if (!s || verb < s->token_begin + 2 || verb - s->token_begin > kInvertedPhraseTokens + 1) return kNoToken;
    const uint32_t participle = s->token_begin;
    if (!chars::is_ascii_upper(tok(participle)[0]) || !chars::ends_with(tok(participle), "ed") ||
        !outcome_word(participle, e) || !lexicon::is_preposition(tok(participle + 1)))
      return kNoToken;
    for (uint32_t m = participle + 1; m < verb; ++m)
      if (tokens_[m].kind != TokenKind::kWord) return kNoToken;
    return participle;
  }

  // "Among the dead were three children": the outcome word as a noun before the count.
  bool among_the(uint32_t k) const {
    return k >= 2 && iequals(tok(k - 1), "the") && iequals(tok(k - 2), "among");
  }

  // "wounded toll" is rare; a toll is of the dead unless a word says otherwise.
  static constexpr Trigger kToll{"toll", "killed"};
  static constexpr Trigger kHostage{"hostage", "abducted"};
  static constexpr Trigger kRemains{"remains", "killed"};
  static constexpr Trigger kThroatsCut{"slit", "killed"};
  static constexpr Trigger kLivesLost{"lost", "killed"};
  static constexpr Trigger kTreatedInjured{"treated", "wounded"};
  // After the count at i, "for"/"with" and a word for an injury within a few words.
  bool treated_for_injuries(uint32_t i) const {
    static constexpr std::string_view kInjuries[] = {"injuries", "wounds", "symptoms", "burns", "shrapnel",
                                                     "gunshot", "breathing", "suffocation", "exposure", "inhalation"};
    static const WordSet injuries(kInjuries);
    constexpr uint32_t kReach = 8;
    constexpr uint32_t kWordsToInjury = 3;  // "for tear gas inhalation"
    for (uint32_t k = i; k < tokens_.size() && k < i + kReach; ++k) {
      if (tok(k) == "." || tok(k) == ";") return false;
      if (!(iequals(tok(k), "for") || iequals(tok(k), "with"))) continue;
      for (uint32_t m = k + 1; m < tokens_.size() && m <= k + kWordsToInjury && tokens_[m].kind == TokenKind::kWord; ++m)
        if (injuries.contains(tok(m))) return true;
    }
    return false;
  }
  // ("Central Maine Medical Center said it had treated 14 patients, some of them in critical condition": a
  // hospital's patients, after an attack, are its injured; not "treated 3,000 patients for cholera".)
  bool patients_treated_by_hospital(uint32_t i, uint32_t b) const {
    constexpr uint32_t kCountTokens = 3;  // "more than 14"
    uint32_t k = i;
    while (k < tokens_.size() && k < i + kCountTokens && !iequals(tok(k), "patients")) ++k;
    if (k >= tokens_.size() || !iequals(tok(k), "patients")) return false;
    if (k + 1 < tokens_.size() && iequals(tok(k + 1), "for") && !treated_for_injuries(k)) return false;
    constexpr uint32_t kTellerReach = 24;  // "Central Maine Medical Center said it had": bounded on a run-on sentence
    for (uint32_t m = i > b + kTellerReach ? i - kTellerReach : b; m < i; ++m)
      if (iequals(tok(m), "hospital") || iequals(tok(m), "Center") || iequals(tok(m), "Centre")) return true;
    return false;
  }
  static bool is_throat_cutting_verb(std::string_view w) {
    return iequals(w, "slit") || iequals(w, "slitting") || iequals(w, "slits") || iequals(w, "cut") ||
           iequals(w, "cutting") || iequals(w, "slashed");
  }

  // "took 20 hostages", "seized 15 people hostage", "20 workers were taken
  // hostage": hostages are abducted, though no verb of abduction is said.
  const Trigger* taken_hostage(const Count& count, const Victims& v, uint32_t b, uint32_t e, uint32_t* at) const {
    static constexpr std::string_view kTaking[] = {"took", "taken", "taking", "take", "takes", "seized", "held"};
    static const WordSet taking(kTaking);
    auto is_hostage = [&](uint32_t k) { return k < e && is_hostage_word(tok(k)); };
    // ("taken several prisoners", "took 20 captives": the plural counted by a verb of taking, not "held".)
    const auto captives_taken = [&] {
      const std::string_view verb = tok(count.token_begin - 1);
      const std::string_view noun = tok(v.end - 1);
      return !iequals(verb, "held") && (iequals(noun, "prisoners") || iequals(noun, "captives"));
    };
    // The verb before the count, the hostage word as its victims or right after them.
    if (count.token_begin > b && taking.contains(tok(count.token_begin - 1)) && v.noun &&
        (is_hostage(v.end - 1) || is_hostage(v.end) || captives_taken())) {
      *at = count.token_begin - 1;
      return &kHostage;
    }
    // ("some 240 taken hostage": the words read as its victims are the outcome.)
    if (v.noun && v.begin == count.token_end && v.begin + 1 < e && taking.contains(tok(v.begin)) && is_hostage(v.begin + 1)) {
      *at = v.begin;
      return &kHostage;
    }
    // "were taken hostage" after the victims.
    const uint32_t after = v.noun ? v.end : count.token_end;
    for (uint32_t k = after; k + 1 < e && k < after + 3; ++k)
      if (taking.contains(tok(k)) && is_hostage(k + 1) && (k == after || only_auxiliaries_between(after, k))) {
        *at = k;
        return &kHostage;
      }
    return nullptr;
  }
  // "taken hostage", "seized 15 hostages", "taken captive", "taken prisoner".
  static bool is_hostage_word(std::string_view w) {
    return iequals(w, "hostage") || iequals(w, "hostages") || iequals(w, "captive") || iequals(w, "prisoner");
  }
  static bool is_toll_noun(std::string_view w) { return iequals(w, "toll") || iequals(w, "tally"); }

  // "put the figure above 7,000", "puts the figure at 90": a toll restated by another's count.
  bool restates_figure(uint32_t k) const {
    if (k < 2 || !iequals(tok(k), "figure") || !iequals(tok(k - 1), "the")) return false;
    const std::string_view verb = tok(k - 2);
    return iequals(verb, "put") || iequals(verb, "puts") || iequals(verb, "putting");
  }

  // "The death toll from Sunday's bombing in Homs has risen to 57", "the
  // number of people killed reached 57": a toll named as a noun governs the
  // count a verb of reaching brings it to, however long the noun phrase.
  const Trigger* named_toll_before(uint32_t count_begin, uint32_t b, uint32_t* at) const {
    // ("gave a lower toll of 33 for the day": "of" right after the toll noun.)
    static constexpr std::string_view kReaching[] = {"to", "at", "reached", "hit", "topped", "passed", "exceeded",
                                                      "surpassed", "now", "stood", "stands", "is", "was", "of"};
    static const WordSet reaching(kReaching);
    // ("Activists put the figure above 7,000": another count of the toll just told; so is 'put the
    // figure at "a few dozen"', a count quoted after "at".)
    uint32_t figure = count_begin > b + 3 ? count_begin - 1 : b;
    if (figure > b + 3 && tok(figure) == "\"") --figure;  // (curly marks are straight after normalizing)
    if (figure > b + 3 && iequals(tok(figure), "at")) --figure;
    if (figure > b + 2 && restates_figure(figure) && !out_.empty()) {
      constexpr uint32_t kTellingReach = 300;  // bytes back to the toll "the figure" restates
      const Casualty& told = out_.back();
      if (told.span.end + kTellingReach < tokens_[b].span.begin) return nullptr;
      *at = count_begin - 1;
      return trigger_of(told.outcome);
    }
    // ("The toll had stood at 15 on July 10 and 33 on July 11": a second figure of the toll, its own day.)
    if (count_begin > b + 4 && iequals(tok(count_begin - 1), "and")) {
      constexpr uint32_t kDateTokens = 4;  // "on July 10", "by Sunday"
      for (uint32_t k = count_begin - 2; k > b + 1 && count_begin - 2 - k <= kDateTokens; --k)
        if (tokens_[k].kind == TokenKind::kNumber && (iequals(tok(k + 1), "on") || iequals(tok(k + 1), "by")) &&
            (iequals(tok(k - 1), "at") || iequals(tok(k - 1), "to")))
          return named_toll_before(k, b, at);
    }
    // ('put the toll at "around forty"': a count quoted after its word of reaching.)
    if (count_begin > b + 2 && tok(count_begin - 1) == "\"" && reaching.contains(tok(count_begin - 2)))
      --count_begin;
    if (count_begin <= b + 1 || !reaching.contains(tok(count_begin - 1))) return nullptr;
    // ("the number of dead could rise to more than 200": what a toll may come to is no toll.)
    if (count_begin > b + 3 && iequals(tok(count_begin - 1), "to") && is_modal(tok(count_begin - 3))) return nullptr;
    if (iequals(tok(count_begin - 1), "of")) {
      if (!is_toll_noun(tok(count_begin - 2))) return nullptr;
      *at = count_begin - 2;
      return &kToll;
    }
    // ("The number of people killed when a Nigerian air force jet mistakenly bombed a camp for displaced people
    // in the northeastern town of Rann has risen to 76".)
    constexpr uint32_t kTollReach = 32;  // "raised the death toll from airstrikes on a market in a ... town ... to 61"
    for (uint32_t k = count_begin - 1; k > b && count_begin - k < kTollReach; --k) {
      const std::string_view w = tok(k - 1);
      if (is_toll_noun(w)) {
        *at = k - 1;
        return &kToll;
      }
      // ("It brings the ministry's count of Palestinians killed since 7 October to 34,183".)
      if ((iequals(w, "number") || iequals(w, "count")) && iequals(tok(k), "of")) {
        // ("the number of Turkish soldiers killed since ... to 41": two words may name them.)
        for (uint32_t j = k + 1; j < count_begin && j < k + 4; ++j) {
          if (const Trigger* t = trigger_of(tok(j))) {
            *at = k - 1;
            return t;
          }
        }
        return nullptr;
      }
      if ((w == "." && !ends_abbreviation(k - 1)) || w == ";" || w == ":" || iequals(w, "but") || iequals(w, "while"))
        return nullptr;
    }
    return nullptr;
  }

  // "on Jan. 20", "Gen. Kahwaji": a period right after a short capitalised word is its abbreviation's.
  bool ends_abbreviation(uint32_t period) const {
    if (period == 0 || tokens_[period - 1].span.end != tokens_[period].span.begin) return false;
    const std::string_view w = tok(period - 1);
    return w.size() <= 4 && chars::is_ascii_upper(w[0]);
  }

  // From k: a short list of victims holding a count, a comma, then the outcome ("a woman and four
  // children, had died"; not "The two attackers, a man and a woman, were also killed", which only
  // describes the two).
  bool list_closes_before_outcome(uint32_t k, uint32_t e) const {
    const uint32_t comma = comma_closing_counted_list(k, e);
    if (comma == 0) return false;
    uint32_t after = comma + 1;
    while (after < e && is_auxiliary(tok(after))) ++after;
    return after > comma + 1 && after < e && outcome_word(after, e);
  }

  // From k: the comma closing a short list of victims that holds a count ("two men and a woman,"), else 0.
  uint32_t comma_closing_counted_list(uint32_t k, uint32_t e) const {
    constexpr uint32_t kListWords = 8;  // "a woman and four children"
    bool counted = false;
    for (uint32_t m = k; m < e && m <= k + kListWords; ++m) {
      const std::string_view w = tok(m);
      if (w == "." || w == ";") return 0;
      counted = counted || tokens_[m].kind == TokenKind::kNumber || number_value(w);
      if (w == ",") return counted ? m : 0;
    }
    return 0;
  }

  // The list from k is closed by a comma and tells no outcome of its own: it describes the counted.
  bool list_in_commas(uint32_t k, uint32_t e) const {
    const uint32_t comma = comma_closing_counted_list(k, e);
    if (comma == 0) return false;
    for (uint32_t m = k; m < comma; ++m)
      if (outcome_word(m, e)) return false;
    return true;
  }

  // Every fact needs an outcome word, a named toll, hostages, remains or "of the victims" in its own sentence, so
  // a sentence without one (most of them) skips the count-by-count scan.
  bool may_state_outcome(uint32_t b, uint32_t e) const {
    for (uint32_t i = b; i < e; ++i) {
      if (tokens_[i].kind != TokenKind::kWord) continue;
      const std::string_view w = tok(i);
      // (One probe for the words beside the outcome table; "figure", "round" and "shot" state an
      // outcome only in some phrases, which the scan asks; a screen may let a sentence through.)
      static constexpr std::string_view kScreen[] = {"toll", "tally", "hostage", "hostages", "captive", "prisoner",
                                                     "remains", "victims", "throats", "treated", "lost", "loses",
                                                     "lose", "losing", "suffered", "suffering",
                                                     "figure", "round", "rounds", "shot", "captured", "capture",
                                                     "captures", "held", "buried", "hospitalised",
                                                     "hospitalized", "taken", "took", "cases", "condition", "shrapnel",
                                                     "fate", "hell",
                                                     "bullet", "bullets", "gunfire", "hospital"};
      static const WordSet screen(kScreen);
      if (trigger_of(w) || screen.contains(w)) return true;
      // "the 82 included ...": parts of a toll told before.
      if (i >= b + 2 && tokens_[i - 1].kind == TokenKind::kNumber && iequals(tok(i - 2), "the") && is_including_verb(w))
        return true;
    }
    return false;
  }

  void scan(const Sentence& s) {
    const size_t first_fact = out_.size();
    const uint32_t b = s.token_begin, e = s.token_end;
    if (!may_state_outcome(b, e)) return;
    const bool repeat = (*in_.repeats)[s.paragraph].duplicate_of >= 0;
    int32_t whole = -1;  // the fact the sentence's next parts belong to
    const Trigger* whole_trigger = nullptr;  // and the outcome word that made it
    const Trigger* last_trigger = nullptr;   // the previous fact's outcome word
    uint32_t last_trigger_at = 0, last_fact_end = 0;
    bool last_fact_named = false;  // the previous fact counted people by name
    bool last_of_the_dead = false;  // the previous fact was a part "of the dead"
    bool breakdown = false;
    int32_t part_awaiting_whole = -1;  // a part told before its whole ("53 of the 225 injured")
    bool seen_among = false;           // "among" came: names after "Among the dead were" may follow
    bool apposition_parts = false;     // inside "five civilians, a woman and four children,": the whole's parts
    bool parts_by_place = false;       // a part by place came: "including 60 in Homs", "45 ... fell in Damascus"
    uint32_t bare_title_single_end = 0;  // after a headline's "kills police officer": where it ends
    bool place_list_of_earlier_dead = false;  // ... and it was a part of a toll told before
    // "Most of the dead were civilians, ..., while about 20 were suspected members of armed groups": the outcome
    // word of a sentence opening on most of a toll, whose later counts are its parts.
    const uint32_t most_of_toll_at = b + 4 < e && iequals(tok(b), "most") && iequals(tok(b + 1), "of") &&
                                             iequals(tok(b + 2), "the") && outcome_word(b + 3, e)
                                         ? b + 3
                                         : kNoToken;
    // "Killed on the government side was ...": the "was" after the sentence's opening participle, if any.
    uint32_t inverted_verb = kNoToken;
    for (uint32_t k = b + 2; k < e && k <= b + kInvertedPhraseTokens + 1 && inverted_verb == kNoToken; ++k)
      if (inverted_outcome_before(k, e) == b) inverted_verb = k;
    int nonviolent = -1;  // does the sentence tell of deaths without violence? (-1: not yet asked)
    // (A live blog's entries are headed like stories: "Israeli military says soldier killed in northern Gaza".)
    const bool in_title = in_.roles->paragraphs[s.paragraph].kind == ParagraphKind::kTitle ||
                          in_.roles->paragraphs[s.paragraph].kind == ParagraphKind::kHeading;
    in_title_ = in_title;
    for (uint32_t i = b; i < e; ++i) {
      const std::string_view w = tok(i);
      // ("put the death toll at 11, saying it included two soldiers and nine fighters".)
      if (iequals(w, "among") || iequals(w, "including") || iequals(w, "includes") || iequals(w, "include") ||
          (iequals(w, "of") && i + 1 < e && is_breakdown_pronoun(tok(i + 1))) ||
          (iequals(w, "included") && i > b && (iequals(tok(i - 1), "it") || iequals(tok(i - 1), "which"))))
        breakdown = whole >= 0;
      seen_among = seen_among || iequals(w, "among");
      // ("five civilians, a woman and four children, had died": the whole's parts listed in commas
      // right after its victims.)
      // ("The bodies of the three rebels, two men and a woman, were recovered": or after a toll told by its
      // bodies, the list closed by a comma.)
      if (w == "," && whole >= 0 && !breakdown && i > b && victim_of(tok(i - 1)) && i + 1 < e &&
          (single_victim_at(i + 1, e) || parse_count(text_, tokens_, i + 1, e)) &&
          (list_closes_before_outcome(i + 1, e) ||
           (iequals(tok(last_trigger_at), "bodies") && list_in_commas(i + 1, e)))) {
        breakdown = true;
        apposition_parts = true;
      }
      if (w == "," && apposition_parts && i > b && !victim_of(tok(i - 1))) apposition_parts = false;
      // ("killed six, including three children, and caused breathing problems for dozens": a verb of
      // its own after "and" ends the list of parts.)
      if (breakdown && iequals(w, "and") && i + 1 < e && tok(i + 1).size() > 4 && looks_like_verb(tok(i + 1), false) &&
          !outcome_word(i + 1, e) && !victim_of(tok(i + 1)))
        breakdown = false;
      // ("Two people, including a boy, were killed ... by an Afghan man": "by" after the outcome names the doers.)
      if (breakdown && iequals(w, "by") && out_.size() > first_fact && i > last_trigger_at) breakdown = false;
      auto count = parse_count(text_, tokens_, i, e);
      // ("killed since January 20 to 41": a date's day counts no one.)
      if (count && tokens_[i].kind == TokenKind::kNumber && inside_date(i)) count.reset();
      // ("Hillel and Yagel Yaniv, aged 21 and 19, were killed": ages count no one.)
      // ("the three men, aged 19, 22 and 25": each of a list of ages.)
      if (count && i > b && (iequals(tok(i - 1), "aged") || in_list_of_ages(i, b))) count.reset();
      // "killed two dozen people, half of them children": half the whole just counted.
      if (!count && whole >= 0 && iequals(w, "half") && i + 2 < e && iequals(tok(i + 1), "of") &&
          is_breakdown_pronoun(tok(i + 2))) {
        const Casualty& counted = out_[static_cast<size_t>(whole)];
        if (counted.count_max == counted.count_min && counted.count_min >= 2 && counted.count_min % 2 == 0)
          count = Count{i, i + 2, counted.count_min / 2, counted.count_min / 2, "", ""};
      }
      // "the 82 included 11 women and 13 children": a toll told before, named
      // by its count; the counts after the verb are its parts.
      if (count && whole < 0 && i > b && iequals(tok(i - 1), "the") && count->token_end < e &&
          is_including_verb(tok(count->token_end)) && count->max == count->min)
        if (const int32_t told = fact_counting(count->min, s.paragraph); told >= 0) {
          whole = told;
          whole_trigger = trigger_of(out_[static_cast<size_t>(told)].outcome);
          breakdown = whole_trigger != nullptr;
          i = count->token_end;
          continue;
        }
      // "the victims included two children", "the dead include a nurse": the toll last told, named by
      // its people; the counts after the verb are its parts. ("The victims - 102 men, 17 women and 12
      // children - were shot": or after a dash.)
      // ("evacuated the victims, among them three of its own members": the latest toll of any outcome.)
      const bool victims_among_them = i + 3 < e && iequals(w, "victims") && tok(i + 1) == "," &&
                                      iequals(tok(i + 2), "among") && iequals(tok(i + 3), "them");
      // ("The victims were a 63-year-old man and two women": "were" lists them too, before one or a count.)
      // (Not "Among the dead are at least 40 foreigners, including eight British citizens": "among" reads those.)
      const bool victims_were = i + 2 < e && (iequals(tok(i + 1), "were") || iequals(tok(i + 1), "are")) &&
                                !(i >= b + 2 && iequals(tok(i - 2), "among")) &&
                                (iequals(tok(i + 2), "a") || iequals(tok(i + 2), "an") ||
                                 parse_count(text_, tokens_, i + 2, e).has_value());
      if (!count && whole < 0 && i > b && i + 1 < e && iequals(tok(i - 1), "the") &&
          (iequals(w, "victims") || iequals(w, "dead")) &&
          (is_including_verb(tok(i + 1)) || tok(i + 1) == "-" || victims_among_them || victims_were))
        if (const int32_t told = victims_among_them ? last_whole_toll(s.paragraph) : last_toll_of_the_dead(s.paragraph);
            told >= 0) {
          whole = told;
          whole_trigger = trigger_of(out_[static_cast<size_t>(told)].outcome);
          breakdown = whole_trigger != nullptr;
          i += 1;
          continue;
        }
      std::optional<Victims> single_victims;  // "a man was killed": a count of one with a singular victim
      // One victim at token i, its words [from, to): "a man", "the bride", "Taliban commander".
      const auto count_one = [&](uint32_t from, uint32_t to, const VictimNoun* noun) {
        Victims one;
        one.begin = from;
        one.end = one.head_end = to;
        one.noun = noun;
        count = Count{i, i + 1, 1, 1, "", ""};
        single_victims = one;
      };
      bool counted_group = false;              // "a family of seven": many, though one noun
      // "the wounded civilians, among them a 7-year-old boy, were taken": one
      // of a toll the story told before.
      uint32_t told_outcome_at = 0;
      bool one_among_told = false;
      if (!count && whole < 0 && (single_victims = one_among_told_toll(i, b, e, &told_outcome_at))) {
        count = Count{i, i + 1, 1, 1, "", ""};
        one_among_told = true;
      }
      // "His grandson was also killed": a possessive before a relative is one victim too.
      // ("whose 16-year-old daughter", "their civilian driver": an age or a modifier between.)
      // ("his cousin and the cousin's wife": a possessive noun, as "his" is; "including the pastor's wife": a
      // role's too.)
      // (Not after the sentence's opening "The": "The children's mother was wounded" is read from "The", once.)
      // ("including a vigilante commander and the village head's son": a role of one word before the owner; not
      // in apposition, "Hafez al-Assad, the current president's father, killed".)
      const bool owner_after_the = i > b + 1 && (iequals(tok(i - 1), "the") ||
                                                 (i > b + 3 && iequals(tok(i - 2), "the") && tok(i - 3) != "," &&
                                                  tokens_[i - 1].kind == TokenKind::kWord &&
                                                  chars::is_ascii_lower(tok(i - 1)[0]) &&
                                                  lexicon::is_person_title(chars::strip_possessive(w))));
      const bool possessive_noun = owner_after_the && chars::is_ascii_lower(w[0]) &&
                                   chars::strip_possessive(w).size() < w.size() &&
                                   (is_relative(chars::strip_possessive(w)) || victim_of(chars::strip_possessive(w)) ||
                                    lexicon::is_person_title(chars::strip_possessive(w)));
      const bool possessive_kin = (is_possessive_determiner(w) || possessive_noun) && i + 1 < e &&
                                  (is_relative(tok(i + 1)) || (age_end(i + 1, e) > i + 1 && age_end(i + 1, e) < e &&
                                                               is_relative(tok(age_end(i + 1, e)))) ||
                                   (i + 2 < e && chars::is_ascii_lower(tok(i + 1)[0]) &&
                                    (victim_of(tok(i + 1)) || is_kin_adjective(tok(i + 1))) &&
                                    is_relative(tok(i + 2))) ||
                                   // ("My neighbour's son was killed": a possessive noun between.)
                                   (is_possessive_determiner(w) && i + 2 < e && chars::is_ascii_lower(tok(i + 1)[0]) &&
                                    chars::strip_possessive(tok(i + 1)).size() < tok(i + 1).size() && is_relative(tok(i + 2))));
      // ("shot down a Russian jet over Saraqib and killed its pilot": the object of an outcome verb, by a role
      // "its" or "their" gives.)
      const bool possessive_role = (iequals(w, "its") || iequals(w, "their")) && i > b && i + 1 < e &&
                                   outcome_word(i - 1, e) && victim_of(tok(i + 1)) && tok(i + 1).back() != 's';
      // ("... and one was a local man": the one counted before "was", described, not another victim.)
      const bool describes_one = i >= b + 2 && lexicon::is_be_form(tok(i - 1)) && iequals(tok(i - 2), "one");
      // ("The dead included the local chief and a soldier": one by a definite role, listed among the dead.)
      const bool listed_by_role = iequals(w, "the") && i > b && is_including_verb(tok(i - 1));
      // ('mourned one of the dead, Hassan Ali Fakih, as a fighter "martyred on the road"': one described, not
      // counted.)
      const bool described_as = (iequals(w, "a") || iequals(w, "an")) && i > b && iequals(tok(i - 1), "as");
      if (!count && !describes_one && !described_as &&
          (iequals(w, "a") || iequals(w, "an") || iequals(w, "one") || possessive_kin || possessive_role ||
           listed_by_role || (iequals(w, "another") && i == b && i + 1 < e && !parse_count(text_, tokens_, i + 1, e))) &&
          i + 1 < e) {
        // "a commander", "a rebel commander", "a Hezbollah commander": up to
        // two modifiers before one singular victim noun. ("A 16th person
        // died", "a fifth victim": an ordinal first.)
        constexpr uint32_t kMaxSingleVictimWords = 4;
        const uint32_t after_ordinal = is_ordinal_suffix_at(text_, tokens_, i + 2, e) ? i + 3
                                       : !possessive_kin && is_ordinal(tok(i + 1))   ? i + 2
                                                                                     : i + 1;
        const Victims sv = victims_after(after_ordinal, e);
        const std::string_view head = sv.noun ? tok(sv.head_end - 1) : std::string_view();
        const uint32_t age_tokens = age_end(after_ordinal, e) - after_ordinal;  // "a 17-year-old girl": three tokens, one word
        // "a Syrian Arab Red Crescent staff member": a name is one modifier.
        const uint32_t name_tokens = sv.noun ? extra_name_tokens(after_ordinal, sv.head_end) : 0;
        // ("the martyrs are from one family": a group's noun counts no one person.)
        if (sv.noun && !is_group_of_counted(head) &&
            sv.head_end - after_ordinal <= kMaxSingleVictimWords + (age_tokens > 1 ? age_tokens - 1 : 0) + name_tokens &&
            (head.back() != 's' || iequals(head, "police"))) {
          // Not "a family of five": that one noun stands for several people
          // ("a commander of Islamic Jihad" is one).
          // Nor "a resident, Musa Ari, told Reuters": the speaker.
          // Nor "including Ahmed Ali, a teacher,": the name's apposition.
          // (Nor "according to Abdulrahman Hallaq, a rescue worker at the scene": a speaker's description.)
          // (But "said Ali Ahmed, a recruit who was wounded": the description's own outcome after it.)
          const bool describes_name = (last_fact_named && i >= 2 && last_fact_end + 2 == i && tok(i - 1) == ",") ||
                                      (i >= b + 2 && tok(i - 1) == "," && entity_ending_at(i - 2, b, EntityType::kPerson) &&
                                       !outcome_later_in(sv.end, e));
          // Nor "The two attackers, a man and a woman, were also killed": the counted, described.
          // (So are "2 women (a nurse and a hospital employee)".)
          // (And a single one among the parts listed in commas: "five civilians, four children and a woman,".)
          const bool describes_count = out_.size() > first_fact && i >= 2 && last_fact_end + 2 == i &&
                                       ((tok(i - 1) == "," && after_apposition_in_commas(i - 1, e) > 0) ||
                                        tok(i - 1) == "(" || (apposition_parts && iequals(tok(i - 1), "and")));
          if ((!sv.of_phrase || sv.of_name) && ends_noun_phrase(sv.end, e) && !speaks_next(sv.end, e) &&
              !describes_name && !describes_count) {
            count = Count{i, i + 1, 1, 1, "", ""};
            single_victims = sv;
          }
        }
      }
      // ("Car bomb in Jamundí kills police officer and civilian": a headline drops the article before one
      // victim right after its outcome verb, and before a second joined by "and" or a comma: "kills woman, child".)
      // ("Boy, 13, kills eight pupils and guard in Belgrade": or joined to the victims of a count just read.)
      if (!count && in_title && i > b && tokens_[i].kind == TokenKind::kWord && chars::is_ascii_lower(w[0]) &&
          (outcome_word(i - 1, e) ||
           ((iequals(tok(i - 1), "and") || tok(i - 1) == ",") && bare_title_single_end + 1 == i) ||
           (iequals(tok(i - 1), "and") && out_.size() > first_fact && last_fact_end + 2 == i))) {
        constexpr uint32_t kBareVictimWords = 2;  // "police officer"
        const Victims sv = victims_after(i, e);
        const std::string_view head = sv.noun ? tok(sv.head_end - 1) : std::string_view();
        if (sv.noun && !sv.of_phrase && sv.head_end - i <= kBareVictimWords && head.back() != 's' &&
            !reads_plural(head) && !is_group_of_counted(head) && ends_noun_phrase(sv.end, e)) {
          count = Count{i, i + 1, 1, 1, "", ""};
          single_victims = sv;
          bare_title_single_end = sv.end;
        }
      }
      // "killing 11 people, including a 16-year-old": an age standing for the person.
      if (!count && (iequals(w, "a") || iequals(w, "an")) && i + 1 < e) {
        const uint32_t after_age = age_end(i + 1, e);
        if (after_age > i + 1 && (after_age >= e || tokens_[after_age].kind == TokenKind::kPunctuation ||
                                  iequals(tok(after_age), "and") || is_auxiliary(tok(after_age)))) {
          count_one(i + 1, after_age, victim_of("person"));
        }
      }
      // ("Russian shelling killed one person and injured another": one more person, right after the outcome.)
      if (!count && iequals(w, "another") && i > b && outcome_word(i - 1, e) &&
          (i + 1 >= e || tokens_[i + 1].kind == TokenKind::kPunctuation || lexicon::is_preposition(tok(i + 1))))
        count_one(i, i + 1, victim_of("person"));
      // ("the strike killed two people and wounded a third, a passer-by": so is an ordinal right after it.)
      if (!count && iequals(w, "a") && i > b && i + 1 < e && is_ordinal(tok(i + 1)) && outcome_word(i - 1, e) &&
          (i + 2 >= e || tokens_[i + 2].kind == TokenKind::kPunctuation || lexicon::is_preposition(tok(i + 2))))
        count_one(i + 1, i + 2, victim_of("person"));
      // ('"Three of the terrorists were killed at the scene and the fourth died of his wounds"': an ordinal
      // standing for the one more person, at its outcome.)
      if (!count && (iequals(w, "the") || iequals(w, "a")) && i + 2 < e && is_ordinal(tok(i + 1)) &&
          !iequals(tok(i + 1), "first") && (outcome_word(i + 2, e) || lexicon::is_be_form(tok(i + 2))))
        count_one(i + 1, i + 2, victim_of("person"));
      // "The driver was killed, he said", "The owner of the shop where I drink tea every morning was killed":
      // a sentence opening on one person, by a singular noun, in the passive of an outcome.
      // (Or a clause of the place the wounded were taken to: "taken to Bardera hospital, where the boy later died".)
      // ("MEXICO CITY (AP) — The mayor of Chilpancingo ... was killed": or opening the lead after its dateline's dash,
      // normalized to "-".)
      const bool after_dateline_dash = i > b && (tok(i - 1) == "-" || tok(i - 1) == "--") && in_lead_;
      if (!count && (i == b || (i == b + 1 && tok(b) == "\"") || (i > b && iequals(tok(i - 1), "where")) ||
                     after_dateline_dash) &&
          iequals(w, "the") && i + 1 < e)
        if (const auto one = the_one_at_outcome(i + 1, e)) {
          count = Count{i, i + 1, 1, 1, "", ""};
          single_victims = one;
        }
      // ("struck a car, killing the driver and injuring three passengers", "Among the dead was the driver": one
      // person by a definite singular role, right after an active outcome verb or the dead's "was".)
      if (!count && iequals(w, "the") && i > b && i + 2 < e && chars::is_ascii_lower(tok(i + 1)[0]) &&
          (tokens_[i + 2].kind == TokenKind::kPunctuation || iequals(tok(i + 2), "and"))) {
        const std::string_view role = tok(i + 1);
        const VictimNoun* noun = victim_of(role);
        const bool after_verb = outcome_word(i - 1, e) && ends_with_ing(tok(i - 1));
        const bool among_dead = i >= b + 4 && lexicon::is_be_form(tok(i - 1)) && iequals(tok(i - 4), "among") &&
                                iequals(tok(i - 3), "the") && outcome_word(i - 2, e);
        // (Not the first of a list: "killing the chief, his son and four others" counts the four.)
        const uint32_t next = i + 2;
        const bool list_goes_on = next + 1 < e && (tok(next) == "," || iequals(tok(next), "and")) &&
                                  (is_possessive_determiner(tok(next + 1)) || single_victim_at(next + 1, e) ||
                                   parse_count(text_, tokens_, next + 1, e).has_value());
        if (noun && role.back() != 's' && !is_group_of_counted(role) && (after_verb || among_dead) &&
            !list_goes_on && !counted_before(role))
          count_one(i + 1, i + 2, noun);
      }
      // ("drove into a crowd, killing at least 14 people ... before he was killed in a shootout": the attacker, by
      // a pronoun after his killings, is one more dead.)
      if (!count && (iequals(w, "he") || iequals(w, "she")) && attacker_dies_after_killings(i, b, e))
        count_one(i, i + 1, victim_of("person"));
      // A headline's "Russian shelling kills woman, 64, injures husband",
      // "hospital director dies": a bare singular victim right at its outcome is one.
      // (Not a plural without its "s": "Four policemen martyred".)
      // ("soldier, four attackers killed": or listed before counted ones at the outcome.)
      if (!count && in_title && tokens_[i].kind == TokenKind::kWord && (chars::is_ascii_lower(w[0]) || i == b) &&
          !reads_plural(w) && (victim_of(w) || lexicon::is_person_title(w)) &&
          !is_group_of_counted(w) &&  // ("kill family of seven": a group)
          // ("40 CRPF personnel killed": a mass noun, counted before.)
          !iequals(w, "personnel") && !iequals(w, "staff") && !iequals(w, "crew") &&
          ((i > b && outcome_word(i - 1, e) && !is_toll_noun(tok(i - 1))) || outcome_before_modifiers(i, b, e) ||
           (i + 1 < e && outcome_word(i + 1, e) && is_done_to_them(tok(i + 1)) &&
            !(i > b && is_determiner_word(tok(i - 1)))) ||
           // ("Mayor of Mexican state capital killed days after taking office": its "of" phrase between.)
           (i == b && of_phrase_then_done_to_them(i + 1, e)) ||
           (i + 2 < e && (tok(i + 1) == "," || iequals(tok(i + 1), "and")) && counted_at_outcome(i + 2, e)) ||
           // ("Mother and daughter die after car ramming": two joined, each one, at the plural verb.)
           pair_dies_at(i, e) || (i >= b + 2 && iequals(tok(i - 1), "and") && pair_dies_at(i - 2, e)))) {
        count_one(i, i + 1, victim_of(w) ? victim_of(w) : victim_of("person"));
        // (The "of" phrase is the one's description: no count starts inside it, "Head of Syrian army killed".)
        if (const uint32_t outcome_at = i == b ? of_phrase_then_done_to_them(i + 1, e) : 0) {
          single_victims->end = outcome_at;
          single_victims->of_phrase = true;
        }
      }
      // "Two guards were killed and another wounded": one more of those just counted.
      // ("Bomb kills two rangers in Pattani, another wounded in Yala": a headline's comma for its "and".)
      const bool headline_comma =
          i > b && tok(i - 1) == "," && in_.roles->paragraphs[s.paragraph].kind == ParagraphKind::kTitle;
      if (!count && out_.size() > first_fact && iequals(w, "another") && i > b &&
          (iequals(tok(i - 1), "and") || headline_comma) && i + 1 < e) {
        const uint32_t outcome_at = i + 1 < e && is_auxiliary(tok(i + 1)) ? i + 2 : i + 1;
        if (outcome_at < e && outcome_word(outcome_at, e) && is_done_to_them(tok(outcome_at))) {
          count_one(i, i + 1, victim_of("person"));
        }
      }
      // A headline's "Kabul hospital attack kills at least 19, Taliban commander among dead": one victim, the
      // article dropped as headlines drop it.
      // ("Dagestan attacks: priest and police officers among dead": after a colon too, others named uncounted
      // between; the outcome is read at "among".)
      uint32_t title_outcome_at = 0;
      if (!count && i > b && (tok(i - 1) == "," || tok(i - 1) == ":") && i + 2 < e &&
          in_.roles->paragraphs[s.paragraph].kind == ParagraphKind::kTitle) {
        const uint32_t noun_at = chars::is_ascii_upper(w[0]) && i + 3 < e && chars::is_ascii_lower(tok(i + 1)[0]) ? i + 1 : i;
        const std::string_view noun = tok(noun_at);
        const uint32_t among_at = uncounted_others_end(noun_at + 1, e);
        const uint32_t outcome_at = among_at + 1 < e && iequals(tok(among_at + 1), "the") ? among_at + 2 : among_at + 1;
        if (!reads_plural(noun) && (victim_of(noun) || lexicon::is_person_title(noun)) && among_at < e &&
            iequals(tok(among_at), "among") && outcome_at < e && outcome_word(outcome_at, e)) {
          count_one(i, noun_at + 1, victim_of(noun) ? victim_of(noun) : victim_of("person"));
          breakdown = whole >= 0;  // one of the toll the headline told before it
          if (among_at > noun_at + 1) title_outcome_at = outcome_at;
        }
      }
      // A headline's "kills 14 at petrol station, including child": a bare
      // singular victim after "including" is one; so is "the bride" in
      // "killing at least 31 people, among them the bride", and "including the mayor".
      // ("including the village chief": a lower-case word may describe the role; "Sixty-nine people, among
      // them a local mayor, were killed": "a" for one role no victim noun names, "a prominent cleric"
      // being counted as a victim already.)
      const auto article = [&](uint32_t k) {
        return iequals(tok(k), "the") ||
               ((iequals(tok(k), "a") || iequals(tok(k), "an")) && lexicon::is_person_title(w) && !victim_of(w));
      };
      // ("including a provincial police chief": up to two lower-case words between.)
      uint32_t determiner = i > b && article(i - 1) ? 1 : 0;
      constexpr uint32_t kRoleModifiers = 2;
      for (uint32_t d = 2; !determiner && lexicon::is_person_title(w) && d <= kRoleModifiers + 1 && i >= b + d; ++d) {
        const uint32_t m = i - d + 1;  // the modifier farthest from the role
        if (tokens_[m].kind != TokenKind::kWord || !chars::is_ascii_lower(tok(m)[0])) break;
        if (article(i - d)) determiner = d;
      }
      if (!count && breakdown && whole >= 0 && i > b + determiner &&
          (iequals(tok(i - 1 - determiner), "including") ||
           (determiner >= 1 && i > b + 1 + determiner && iequals(tok(i - 1 - determiner), "them") &&
            iequals(tok(i - 2 - determiner), "among"))) &&
          (i + 1 >= e || tokens_[i + 1].kind != TokenKind::kWord)) {
        // ("killing 16 people including the mayor": a role after "the" is one person too.)
        const bool one_role = determiner && chars::is_ascii_lower(w[0]) && w.back() != 's' &&
                              lexicon::is_person_title(w) && !iequals(w, "opposition");
        const VictimNoun* noun = victim_of(w) ? victim_of(w) : one_role ? victim_of("person") : nullptr;
        if (noun && (names_one_person(w) || one_role)) {
          count_one(i, i + 1, noun);
        }
      }
      // "Three shepherds were killed and a fourth was wounded": one more of them.
      if (!count && iequals(w, "a") && i + 2 < e && is_ordinal(tok(i + 1)) && is_auxiliary(tok(i + 2)) &&
          out_.size() > first_fact) {
        const std::string& earlier = out_.back().victims;
        const VictimNoun* noun = victim_of(std::string_view(earlier).substr(earlier.rfind(' ') + 1));
        if (!noun) noun = victim_of("people");
        Victims one;
        one.begin = i + 1;
        one.end = i + 2;
        one.noun = noun;
        count = Count{i, i + 1, 1, 1, "", ""};
        single_victims = one;
      }
      // "a family of six", "its crew of four": the number after "of" counts the group.
      if (!count && i + 3 < e && is_group_of_counted(tok(i + 1)) && iequals(tok(i + 2), "of") &&
          (iequals(w, "a") || is_possessive_determiner(w))) {
        const int64_t members = number_value(tok(i + 3)).value_or(0);
        const bool number_ends_phrase = i + 4 >= e || tokens_[i + 4].kind != TokenKind::kWord ||
                                        lexicon::is_preposition(tok(i + 4)) || ends_victim_phrase(tok(i + 4));
        if (const VictimNoun* noun = victim_of(tok(i + 1)); noun && members > 1 && number_ends_phrase) {
          Victims group;
          group.begin = i + 1;
          group.end = i + 4;
          group.noun = noun;
          group.of_phrase = true;
          count = Count{i, i + 1, members, members, "", ""};
          single_victims = group;
          counted_group = true;
        }
      }
      // Names after punctuation may restate victims already counted: "two
      // journalists, X and Y were killed".
      const bool may_restate = out_.size() > first_fact && i > b && tokens_[i - 1].kind == TokenKind::kPunctuation;
      bool named_among = false;  // named after "Among the dead were" (the outcome at among_outcome_at)
      uint32_t among_outcome_at = 0;
      bool named_in_uncounted = false;  // named after ", including" an uncounted toll's outcome word
      uint32_t uncounted_outcome_at = 0;
      if (!count) {
        uint32_t names = 0;
        if ((single_victims = named_victims_at(i, e, &names))) {
          if (may_restate) {
            i = single_victims->end - 1;
            continue;
          }
          count = Count{i, i + 1, names, names, "", ""};
        } else if (breakdown && whole >= 0 && (single_victims = named_part_at(i, e))) {
          // "killed a number of terrorists, among them Abu Hamza al-Sheikh": a named part.
          count = Count{i, i + 1, 1, 1, "", ""};
        } else if (whole < 0 && i >= b + 3 && iequals(tok(i - 1), "including") && tok(i - 2) == "," &&
                   (single_victims = named_part_at(i, e))) {
          // "killing most of its members, including Ahmad Hamdan al-Masalmeh":
          // named among dead the sentence does not count.
          if (outcome_before(i - 2, b, &uncounted_outcome_at)) {
            count = Count{i, i + 1, 1, 1, "", ""};
            named_in_uncounted = true;
          } else {
            single_victims.reset();
          }
        } else if ((seen_among || (inverted_verb != kNoToken && i > inverted_verb)) &&
                   (single_victims = named_among_the_outcome(i, e, &names, &among_outcome_at))) {
          // "Among the dead was Mustafa Baraka": named parts of a toll told before.
          count = Count{i, i + 1, names, names, "", ""};
          named_among = true;
        }
      }
      const bool single = single_victims.has_value();
      if (!count) continue;
      // "a 14-year-old boy": an age is no count; nor is a measure ("a 30-hour siege").
      if (!single && age_end(count->token_begin, e) > count->token_begin) continue;
      if (!single && measures_something(count->token_end, e)) continue;
      if (is_negated(count->token_begin, b) || refuted_report(count->token_begin, b, e)) { i = count->token_end; continue; }
      // Years and dates are not counts: "in 1982", "February 22".
      if (count->token_end == count->token_begin + 1 && !single && looks_like_date_number(count->token_begin, b, e))
        continue;
      // "Two people, one of them a child, were killed": a part of the toll
      // before it, whose victims follow "of them".
      // "Five of the dead were children", "three of those killed were
      // women": a part of the toll told before, its victims after "were".
      const uint32_t ce = count->token_end;
      // ("14 of the victims were children": the dead by another name.)
      // ("its teams had received 22 of the wounded": the object of a verb of care.)
      // (An exact count: "had treated several of the wounded" tells no number.)
      // ("Turkey flew 35 of the most seriously wounded to Ankara": carried away for care.)
      const bool cared_for = count->token_begin > b &&
                             (is_care_verb(tok(count->token_begin - 1)) || is_evacuating_verb(tok(count->token_begin - 1))) &&
                             count->vague.empty();
      uint32_t of_outcome = ce + 1;  // "of the dead", "of the most seriously wounded"
      while (cared_for && of_outcome + 1 < e && (iequals(tok(of_outcome), "most") || is_severity_word(tok(of_outcome))))
        ++of_outcome;
      // ("Five of the wounded children were in a serious condition": the victims' noun after the outcome.)
      // ("About 76 of the injured service members have returned to duty": or a noun of two words.)
      const auto noun_then_verb = [&](uint32_t noun) {
        return noun + 1 < e && victim_of(tok(noun)) &&
               (lexicon::is_be_form(tok(noun + 1)) || is_auxiliary(tok(noun + 1)));
      };
      const uint32_t noun_skip = cared_for || ce + 4 >= e ? 0
                                 : noun_then_verb(ce + 2) ? 1
                                 : chars::is_ascii_lower(tok(ce + 2)[0]) && noun_then_verb(ce + 3) ? 2
                                                                                                   : 0;
      // ("Two of the wounded died overnight", "two of the injured later died": the dead among the hurt.)
      uint32_t died_at = ce + 2;
      while (died_at < e && died_at < ce + 4 && (iequals(tok(died_at), "later") || iequals(tok(died_at), "subsequently") ||
                                                 iequals(tok(died_at), "have") || iequals(tok(died_at), "had")))
        ++died_at;
      const bool hurt_then_died = !single && !cared_for && died_at < e && iequals(tok(ce - 1), "of") &&
                                  iequals(tok(ce), "the") && (iequals(tok(ce + 1), "wounded") || iequals(tok(ce + 1), "injured")) &&
                                  (iequals(tok(died_at), "died") || iequals(tok(died_at), "succumbed"));
      if (hurt_then_died) of_outcome = died_at;
      // ("Eighteen of the injured, among them eight children, were in hospital": an aside before the verb.)
      bool aside_then_verb = false;
      if (!single && ce + 4 < e && tok(ce + 2) == "," && (iequals(tok(ce + 3), "among") || iequals(tok(ce + 3), "including"))) {
        constexpr uint32_t kAsideWords = 6;  // "among them eight children"
        for (uint32_t m = ce + 4; m + 1 < e && m <= ce + 4 + kAsideWords; ++m)
          if (tok(m) == ",") {
            aside_then_verb = lexicon::is_be_form(tok(m + 1));
            break;
          }
      }
      const bool fell_in_place = ce + 3 + noun_skip < e && iequals(tok(ce + 2 + noun_skip), "fell") &&
                                 iequals(tok(ce + 3 + noun_skip), "in");
      const bool of_the_dead = !single && (cared_for ? of_outcome + 1 <= e : ce + 3 < e) && iequals(tok(ce - 1), "of") &&
                               (iequals(tok(ce), "the") || iequals(tok(ce), "those")) &&
                               (outcome_word(of_outcome, e) || iequals(tok(of_outcome), "victims")) &&
                               // ("dozens of the dead had yet to be identified")
                               (cared_for || hurt_then_died || aside_then_verb || lexicon::is_be_form(tok(ce + 2 + noun_skip)) ||
                                is_auxiliary(tok(ce + 2 + noun_skip)) ||
                                // ("45 of the martyrs fell in Damascus": where they fell.)
                                fell_in_place ||
                                // ("named one of the dead as a commander, Said Hassan")
                                (iequals(tok(ce + 2), "as") && count->token_begin > b &&
                                 (iequals(tok(count->token_begin - 1), "named") ||
                                  iequals(tok(count->token_begin - 1), "identified"))));
      if (of_the_dead) breakdown = whole >= 0;
      // "48 of the dead were fighters and four were civilians": the next part, "of the dead" unsaid.
      // ("Twenty-five of the dead were Indian tourists and one was a local pony operator": one, described by
      // any role.)
      const auto one_described = [&]() {
        if (count->min != 1 || ce + 2 >= e || !(iequals(tok(ce + 1), "a") || iequals(tok(ce + 1), "an"))) return false;
        constexpr uint32_t kDescriptionWords = 4;
        uint32_t m = ce + 2;
        while (m < e && m < ce + 2 + kDescriptionWords && tokens_[m].kind == TokenKind::kWord &&
               chars::is_ascii_lower(tok(m)[0]))
          ++m;
        return m > ce + 2;
      };
      const std::string_view joiner = count->token_begin > b ? tok(count->token_begin - 1) : std::string_view();
      const bool after_most_of_toll = most_of_toll_at != kNoToken && count->token_begin > most_of_toll_at &&
                                      (iequals(joiner, "while") || iequals(joiner, "whereas") ||
                                       iequals(joiner, "but") || iequals(joiner, "and"));
      const bool after_part_of_dead = last_of_the_dead && last_trigger && iequals(joiner, "and");
      const bool joined_dead_part = !single && !of_the_dead && (after_part_of_dead || after_most_of_toll) &&
                                    ce + 1 < e && lexicon::is_be_form(tok(ce)) &&
                                    (victims_after(ce + 1, e).noun || one_described());
      if (joined_dead_part) breakdown = whole >= 0;
      // "several of the wounded were in critical condition": how badly, no
      // count (as "several of them seriously"); an exact number is a part.
      if (of_the_dead && !count->vague.empty() && tells_condition(ce + 3, e)) {
        i = count->token_end;
        continue;
      }
      // "53 of the 225 injured were still being treated": a part of the toll
      // the sentence gives right after it, under that toll's outcome.
      std::optional<Count> whole_after;
      if (!single && !of_the_dead && ce + 2 < e && iequals(tok(ce - 1), "of") && iequals(tok(ce), "the"))
        whole_after = parse_count(text_, tokens_, ce + 1, e);
      // "30 of the 48 wounded brought there were also children": a part of a toll told before, which the
      // sentence only names again (it counts no new whole).
      int32_t told_whole = -1;
      if (whole_after && whole_after->vague.empty() && whole_after->token_end < e && count->max &&
          *count->max < whole_after->min)
        if (const Trigger* named = outcome_word(whole_after->token_end, e))
          if (const int32_t j = fact_counting(whole_after->min, s.paragraph);
              j >= 0 && out_[static_cast<size_t>(j)].outcome == named->outcome)
            told_whole = j;
      // (Not "two of the four missing files": the outcome word ends the phrase.)
      const bool part_of_whole_after =
          told_whole < 0 && whole_after && whole_after->vague.empty() && whole_after->token_end < e &&
          outcome_word(whole_after->token_end, e) && count->max && *count->max < whole_after->min &&
          (whole_after->token_end + 1 >= e || is_auxiliary(tok(whole_after->token_end + 1)) ||
           tokens_[whole_after->token_end + 1].kind == TokenKind::kPunctuation);
      const bool of_them = !of_the_dead && !single && count->token_end < e && iequals(tok(count->token_end - 1), "of") &&
                           (is_breakdown_pronoun(tok(count->token_end)) || iequals(tok(count->token_end), "those"));
      // ("..., one of them said": the teller, no part.)
      if (of_them && count->token_end + 1 < e && is_speech_verb(tok(count->token_end + 1))) {
        i = count->token_end - 1;
        continue;
      }
      // ("Seven people were injured. ... where two of them are in critical condition": "of them" in a sentence of
      // its own points back to the latest toll, which the count is a part of.)
      // (Not after a count of the sentence's own: "the wounded included six federal policemen and that four of
      // them were in a critical condition" are of the six.)
      // (Only with the part's own state a few words on: not "when one of them stepped on the mine".)
      const bool part_state_told = of_them && part_state_after(count->token_end + 1, e);
      bool of_them_told_before = false;
      if (of_them && part_state_told && whole < 0 && out_.size() == first_fact && count->max && count->vague.empty() &&
          count->token_begin <= b + kOfThemOpening)
        if (const int32_t told = last_whole_toll(s.paragraph);
            told >= 0 && *count->max < out_[static_cast<size_t>(told)].count_min) {
          whole = told;
          whole_trigger = trigger_of(out_[static_cast<size_t>(told)].outcome);
          of_them_told_before = true;
        }
      // ("The wounded were taken to the Prince Regent Charles hospital, where a doctor said six of them were in a
      // critical condition": "them" are the toll the sentence opens on, by its outcome, though others came since.)
      // ("The wounded were airlifted to the Mpeketoni hospital, where two were said to be in critical condition":
      // a bare count, its state a few words on.)
      const bool bare_in_condition = !of_them && !single && count->token_end + 1 < e &&
                                     lexicon::is_be_form(tok(count->token_end)) &&
                                     condition_within(count->token_end, e);
      // ("He said the injured had been taken to Tambura County Hospital, where three of them ...": past the
      // reporting clause.)
      const uint32_t opening_at = past_reporting_clause(b, e);
      if (((of_them && part_state_told) || bare_in_condition) && whole < 0 && out_.size() == first_fact && count->max &&
          count->vague.empty() && opening_at + 1 < e && iequals(tok(opening_at), "the"))
        if (const Trigger* opening = outcome_word(opening_at + 1, e))
          if (const int32_t told = last_toll_with_outcome(s.paragraph, opening->outcome);
              told >= 0 && *count->max < out_[static_cast<size_t>(told)].count_min) {
            whole = told;
            whole_trigger = trigger_of(out_[static_cast<size_t>(told)].outcome);
            of_them_told_before = true;
          }
      if (of_them) breakdown = whole >= 0;
      // "21 were wounded, several of them seriously": how badly, not another
      // count; "27 were wounded, three of them critically" counts a part.
      // ("65 people had been wounded, several of whom were in critical condition": so is a condition.)
      // ("30 of the injured remained in hospital, several of them in critical condition": a state after "in".)
      if (of_them && !count->vague.empty() && count->token_end + 1 < e &&
          (is_severity_word(tok(count->token_end + 1)) ||
           ((is_auxiliary(tok(count->token_end + 1)) || iequals(tok(count->token_end + 1), "in")) &&
            tells_condition(count->token_end + 2, e)))) {
        i = count->token_end;
        continue;
      }
      // "Of the 30 killed, 20 were children": after the whole a sentence opens
      // with, a count and "were" name a part.
      const bool part_after_of_the = !of_them && !single && whole >= 0 && b + 1 < e && iequals(tok(b), "of") &&
                                     iequals(tok(b + 1), "the") && count->token_end + 1 < e &&
                                     lexicon::is_be_form(tok(count->token_end)) &&
                                     out_.size() > first_fact && count->token_begin > 0 &&
                                     (tok(count->token_begin - 1) == "," || iequals(tok(count->token_begin - 1), "and"));
      if (part_after_of_the) breakdown = true;
      // "Of the dead, 13 were police officers": a sentence opening on the
      // dead of a toll told before names a part of it.
      const bool part_of_earlier_dead = !of_them && !single && whole < 0 && b + 3 < e && iequals(tok(b), "of") &&
                                        iequals(tok(b + 1), "the") && outcome_word(b + 2, e) &&
                                        count->token_begin <= b + 4 && count->token_end + 1 < e &&
                                        lexicon::is_be_form(tok(count->token_end));
      // ("Of the casualties, 81 were children": the dead and the wounded together, a share of no one outcome.)
      if (part_of_earlier_dead && iequals(tok(b + 2), "casualties")) {
        i = count->token_end - 1;
        continue;
      }
      // "four more injured", "two more soldiers": "more" adds to the count's
      // victims, it is no word of theirs.
      const bool more = !of_them && !single && count->token_end < e && iequals(tok(count->token_end), "more");
      // "13 of whom were women": the verb before the victims is no part of them.
      uint32_t victims_from = of_the_dead        ? of_outcome + 2
                              : joined_dead_part ? ce + 1
                                                 : count->token_end + (of_them || more || part_after_of_the || part_of_earlier_dead ? 1 : 0);
      if (of_them && victims_from < e && is_auxiliary(tok(victims_from))) ++victims_from;
      Victims v = single ? *single_victims : victims_after(victims_from, e);
      // "the martyrs are from one family", "two families were killed": a
      // count of households counts no people.
      if (!single && v.noun && !v.of_phrase && counts_households(tok(v.head_end - 1))) {
        i = count->token_end - 1;
        continue;
      }
      uint32_t trigger_at = 0;
      const Trigger* t = nullptr;
      const uint32_t after = v.noun ? v.end : count->token_end + (of_them || more ? 1 : 0);
      t = outcome_after(after, e, &trigger_at);
      // ("two sons of a local district head, who has since been detained": a relative clause in the singular
      // tells of the "of" phrase's one, not of the counted.)
      if (t && !single && count->min > 1 && singular_relative_between(after, trigger_at)) t = nullptr;
      // ("Letminthang Haokip was dragged from his car and killed by a mob": past a first passive verb.)
      if (!t && v.noun && v.end + 1 < e && lexicon::is_be_form(tok(v.end)))
        if (const uint32_t second = second_passive_verb(v.end + 1, e)) {
          t = outcome_word(second, e);
          trigger_at = second;
        }
      // ("three others took position in a building ... and were killed later": the subject's second predicate.)
      if (!t && v.noun)
        if (const uint32_t second = outcome_of_second_predicate(v.end, e)) {
          t = outcome_word(second, e);
          trigger_at = second;
        }
      // "killed 30 people injured 90" (its commas lost), "killed 4 people,
      // claiming 4 martyrs and 13 injured": the verb right before the count
      // governs it, not a bare participle after its victims or a later count's.
      // So does "kill 83 Injured 100" (a headline without its comma).
      // A bare count keeps an outcome word after it only right there ("15
      // dead", "20 were killed"), and not when that word has a count of its
      // own: "killed 5, wounded 20" gives 5 to "killed".
      // (The outcome word may close the sentence: a headline's "Strike kills 40, 16 hurt".)
      const bool bare_count_loosely_after =
          t && !v.noun &&
          ((trigger_at == after && trigger_at + 1 < e && parse_count(text_, tokens_, trigger_at + 1, e)) ||
           (trigger_at != after && !only_auxiliaries_between(after, trigger_at)));
      // An outcome word after the victims governs them only when just auxiliaries come between
      // ("20 were killed"); right after them ("killed 30 people injured 90") or further
      // ("killing at least one person with the extent of other injuries unknown") the verb
      // before the count wins.
      const bool victims_loosely_before = t && v.noun && !only_auxiliaries_between(v.end, trigger_at);
      if (victims_loosely_before || bare_count_loosely_after) {
        uint32_t before_at = 0;
        if (const Trigger* before = outcome_before(count->token_begin, b, &before_at);
            before && !is_toll_noun(tok(before_at)) &&
            (before_at + 1 == count->token_begin ||
             (before_at + 2 == count->token_begin && iequals(tok(before_at + 1), "of")))) {
          t = before;
          trigger_at = before_at;
        }
      }
      // "Umm Ahmed, who reached the camp with her three daughters, said her
      // brother was shot dead": what the speaker said has a subject of its own.
      if (t && v.noun && trigger_at > v.end && speech_opens_clause_between(v.end, trigger_at)) t = nullptr;
      // "Two gunmen opened fire at worshippers, killing one": an outcome word
      // with a count of its own after it governs that count, not the subject's.
      if (t && v.noun && trigger_at > v.end && tok(trigger_at - 1) == "," &&
          !only_auxiliaries_between(v.end, trigger_at) && trigger_at + 1 < e &&
          (parse_count(text_, tokens_, trigger_at + 1, e) || single_victim_at(trigger_at + 1, e)))
        t = nullptr;
      // "rescued 19 people with more than 40 missing": "with" opens a clause
      // of its own, and its outcome word is its own count's. (Lists and
      // breakdowns share theirs: "23 civilians - including nine children -
      // and 16 fighters dead".)
      if (t && v.noun && trigger_at > v.end && iequals(tok(v.end), "with") && count_between(after, trigger_at, e))
        t = nullptr;
      // So does "rose to 85 on Sunday, with 147 wounded" after a bare count.
      if (t && !v.noun && trigger_at > after && with_count_between(after, trigger_at, e)) t = nullptr;
      // ("Bodies of three more missing persons found": the missing, found dead.)
      if (t && std::string_view(t->outcome) == "missing" && count->token_begin >= b + 2 &&
          iequals(tok(count->token_begin - 1), "of") && iequals(tok(count->token_begin - 2), "bodies")) {
        uint32_t bodies_at = 0;
        if (const Trigger* dead = outcome_before(count->token_begin, b, &bodies_at)) {
          t = dead;
          trigger_at = bodies_at;
        }
      }
      if (!t) {
        t = outcome_before(count->token_begin, b, &trigger_at);
        // "Of the 30 who were killed, 20 were children": a bare count after
        // a comma starts a new clause.
        if (t && !v.noun && comma_between(trigger_at, count->token_begin)) t = nullptr;
      }
      // ("Among the dead were children, pregnant women and a member of a militia": past the list.)
      if (!t && single && count->token_begin > b + 4 && iequals(tok(count->token_begin - 1), "and"))
        t = among_outcome_before_list(count->token_begin - 1, b, &trigger_at);
      // ("killing the chief, his son and four others": a count closing a list of people after the verb.)
      if (!t && count->token_begin > b + 4 && iequals(tok(count->token_begin - 1), "and"))
        t = verb_before_people_list(count->token_begin - 1, b, &trigger_at);
      if (!t && part_of_earlier_dead) {
        t = outcome_word(b + 2, e);
        trigger_at = b + 2;
      }
      if (of_the_dead) {
        t = outcome_word(of_outcome, e);
        if (!t) t = trigger_of("killed");  // "of the victims"
        trigger_at = of_outcome;
      }
      if (joined_dead_part) {
        const bool of_last = last_of_the_dead && last_trigger;
        t = of_last ? last_trigger : outcome_word(most_of_toll_at, e);
        trigger_at = of_last ? last_trigger_at : most_of_toll_at;
      }
      if (part_of_whole_after || told_whole >= 0) {
        trigger_at = whole_after->token_end;
        t = outcome_word(trigger_at, e);
      }
      if (named_among) {
        t = outcome_word(among_outcome_at, e);
        // The evidence starts at "among", as for counted parts (or at the opening participle: "Killed on the
        // government side was ...").
        trigger_at = among_the(among_outcome_at) ? among_outcome_at - 2 : among_outcome_at;
      }
      if (title_outcome_at) {
        t = outcome_word(title_outcome_at, e);
        trigger_at = title_outcome_at;
      }
      if (one_among_told) {
        t = outcome_word(told_outcome_at, e);
        trigger_at = iequals(tok(i - 1), "including") ? i - 1 : i - 2;  // "including", "among them"
      }
      if (named_in_uncounted) {
        t = outcome_word(uncounted_outcome_at, e);
        trigger_at = uncounted_outcome_at;
      }
      bool named_toll = false;
      // "the death toll rose to 116 on Thursday, making it the worst
      // massacre", "toll rises to 116, six of them beheaded": a toll the count
      // is brought to governs it over an outcome word further on.
      const bool outcome_loosely_after = t && !v.noun && trigger_at > count->token_end &&
                                         !only_auxiliaries_between(count->token_end, trigger_at);
      if (!t || outcome_loosely_after) {
        uint32_t toll_at = 0;
        if (const Trigger* toll = named_toll_before(count->token_begin, b, &toll_at)) {
          t = toll;
          trigger_at = toll_at;
          named_toll = true;
          // "put the death toll among Islamic State fighters at 37": the toll's victims.
          if (!v.noun && toll_at + 2 < count->token_begin && iequals(tok(toll_at + 1), "among"))
            if (const Victims among = victims_after(toll_at + 2, count->token_begin); among.noun) v = among;
        }
      }
      // ("revised down to 35 the death toll from an attack": the toll named right after its new figure.)
      if (!t && !v.noun && count->token_begin > b && iequals(tok(count->token_begin - 1), "to") &&
          count->token_end + 1 < e && iequals(tok(count->token_end), "the")) {
        const uint32_t noun = iequals(tok(count->token_end + 1), "death") && count->token_end + 2 < e ? count->token_end + 2
                                                                                                      : count->token_end + 1;
        if (is_toll_noun(tok(noun))) {
          t = &kToll;
          trigger_at = noun;
          named_toll = true;
        }
      }
      // ("about 1,200 people were killed and some 240 taken hostage": "taken hostage" right after the
      // count is its own outcome, over the verb of the count before.)
      uint32_t hostage_at = 0;
      // (Not "massacred 250 Syrian troops taken hostage": a verb right before the count is the count's.)
      const bool joined_by_and = count->token_begin > b && iequals(tok(count->token_begin - 1), "and");
      if (const Trigger* hostage = (!t || joined_by_and) ? taken_hostage(*count, v, b, e, &hostage_at) : nullptr;
          hostage && hostage_at >= count->token_end) {
        t = hostage;
        trigger_at = hostage_at;
      }
      if (!t) t = taken_hostage(*count, v, b, e, &trigger_at);
      // "killed 50 militants and eight civilians": a count joined to the
      // previous fact's victims shares its outcome word.
      // So does a count the same verb reached across the previous fact.
      bool borrowed_outcome = t && v.noun && last_trigger && trigger_at == last_trigger_at && trigger_at < last_fact_end;
      // ("... had been killed since the offensive began on Saturday, along
      // with 19 Turkish-backed rebels": "along with" adds to the toll told.)
      const bool along_with = count->token_begin >= b + 2 && iequals(tok(count->token_begin - 1), "with") &&
                              iequals(tok(count->token_begin - 2), "along");
      // (Not "wounding 19, two humanitarian workers told AFP": the count that speaks is the teller; but "20
      // children and nine women, said Observatory director Rami Abdel Rahman" are counted.)
      const bool count_speaks = speaks_next(v.end, e) &&
                                !(v.end + 1 < e && is_speech_verb(tok(v.end)) && !iequals(tok(v.end), "told") &&
                                  names_speaker_at(v.end + 1));
      if (count_speaks && v.noun && last_trigger && count->token_begin >= 1 &&
          joins_previous(last_fact_end, count->token_begin)) {
        i = count->token_end - 1;
        continue;
      }
      if (!t && v.noun && last_trigger && count->token_begin >= 1 &&
          (joins_previous(last_fact_end, count->token_begin) || along_with)) {
        t = last_trigger;
        trigger_at = last_trigger_at;
        borrowed_outcome = true;
      }
      // "killed 45 civilians in and around Aleppo and 22 in neighbouring Idlib":
      // a bare count after "and" with a place of its own repeats the verb and the people.
      // ("18 people were killed in Deir ez-Zor and two dozen more in other towns": "more" between.)
      const uint32_t place_word = count->token_end < e && iequals(tok(count->token_end), "more") ? count->token_end + 1
                                                                                                 : count->token_end;
      // ("... killed in Lebanon, most of them fighters, and at least 45 on the Israeli side": a side for a place.)
      const bool on_a_side = place_word + 3 < e && iequals(tok(place_word), "on") && iequals(tok(place_word + 1), "the") &&
                             iequals(tok(place_word + 3), "side");
      // ("We recovered 38 bodies on Saturday and two more this morning": "more" with a time of its own.)
      const bool more_then_time = place_word > count->token_end &&
                                  (place_word >= e || tokens_[place_word].kind == TokenKind::kPunctuation ||
                                   is_time_opener(tok(place_word)));
      const bool elided_victims = !t && !v.noun && whole >= 0 && last_trigger && count->token_begin > b &&
                                  iequals(tok(count->token_begin - 1), "and") &&
                                  // ("16 bodies were kept in the mortuary of ... and 15 at the ... Institute": "at" too.)
                                  ((place_word < e && (lexicon::is_place_preposition(tok(place_word)) || on_a_side ||
                                                       iequals(tok(place_word), "at"))) ||
                                   more_then_time) &&
                                  count->token_begin - last_fact_end <= kElidedReach;
      // ("Fifteen people died at the scene, and two others in hospital": "others", then a place of their own.)
      const bool elided_for_others = !t && v.noun && whole >= 0 && last_trigger && count->token_begin > b &&
                                     iequals(tok(count->token_begin - 1), "and") && count->token_end + 1 < e &&
                                     iequals(tok(count->token_end), "others") &&
                                     lexicon::is_place_preposition(tok(count->token_end + 1)) &&
                                     count->token_begin - last_fact_end <= kElidedReach;
      if (elided_victims || elided_for_others) {
        t = last_trigger;
        trigger_at = last_trigger_at;
        borrowed_outcome = true;
      }
      // "20 people were killed including 13 civilians and more than 30
      // wounded": a part named in a breakdown keeps its whole's outcome over
      // one that a later count's list reaches.
      const bool other_outcome_across_list = t && v.noun && breakdown && whole >= 0 && trigger_at > v.end &&
                                             std::string_view(t->outcome) != whole_trigger->outcome &&
                                             !only_auxiliaries_between(v.end, trigger_at) &&
                                             count_between(v.end, trigger_at, e);
      bool part_without_outcome = false;
      // "80 people were killed across Syria, including 60 in Homs": a part by place
      // (or by side: "73 fighters ..., among them 43 from the Nusra Front").
      const bool opens_part = count->token_begin > b &&
                              (iequals(tok(count->token_begin - 1), "including") ||
                               (count->token_begin >= b + 2 && iequals(tok(count->token_begin - 1), "them") &&
                                iequals(tok(count->token_begin - 2), "among")));
      // ("45 of the martyrs fell in Damascus ..., 30 in Aleppo, 20 in Idlib and 7 in Daraa": the list goes on
      // after a comma or "and".)
      const bool continues_place_list = parts_by_place && count->token_begin > b &&
                                        (tok(count->token_begin - 1) == "," ||
                                         iequals(tok(count->token_begin - 1), "and"));
      const bool part_in_place = !v.noun && !single && breakdown && (opens_part || continues_place_list) &&
                                 count->token_end + 1 < e &&
                                 (iequals(tok(count->token_end), "in") || iequals(tok(count->token_end), "from"));
      parts_by_place = parts_by_place || part_in_place || (of_the_dead && fell_in_place);
      // "four other crew were wounded, including three critically": a part by how badly.
      const bool part_by_severity = !v.noun && !single && breakdown && count->token_begin > b &&
                                    iequals(tok(count->token_begin - 1), "including") && count->token_end < e &&
                                    is_severity_word(tok(count->token_end));
      // ("who was shot while trying to wrest a rifle from one of the gunmen": a count after "from" is where
      // something came from, no part of the toll.)
      const bool after_from = count->token_begin > b && iequals(tok(count->token_begin - 1), "from");
      // ("between 30 and 40 people were hurt, including three who were in serious condition": a part by its
      // state.)
      const bool part_in_condition = !v.noun && !single && breakdown && opens_part && count->token_end + 2 < e &&
                                     iequals(tok(count->token_end), "who") &&
                                     lexicon::is_be_form(tok(count->token_end + 1)) &&
                                     iequals(tok(count->token_end + 2), "in") &&
                                     tells_condition(count->token_end + 3, e);
      if ((!t || other_outcome_across_list || (part_after_of_the && v.noun) || part_in_condition) && breakdown &&
          !after_from && (v.noun || of_them || part_in_place || part_by_severity || part_in_condition) && whole >= 0) {
        // A part of the whole: "among them at least 21 rebels" takes its
        // outcome, and so does "40 of them in Homs".
        t = whole_trigger;
        part_without_outcome = true;
        trigger_at = v.noun ? v.end - 1 : (part_in_place ? count->token_end - 1 : count->token_end);
        // (The evidence runs to the state: "three who were in serious condition".)
        constexpr uint32_t kStateWords = 4;
        if (part_in_condition)
          for (uint32_t k = count->token_end + 3; k < e && k < count->token_end + 3 + kStateWords; ++k)
            if (iequals(tok(k), "condition")) trigger_at = k;
      }
      // ("45 of the martyrs fell in Damascus ..., 30 in Aleppo": after a part of a toll told before, the list's
      // next places are parts of the same.)
      const bool next_place_of_earlier_dead = (!t || t == last_trigger) && !v.noun && !single &&
                                              place_list_of_earlier_dead && last_trigger &&
                                              continues_place_list && count->token_end + 1 < e &&
                                              iequals(tok(count->token_end), "in");
      if (next_place_of_earlier_dead) {
        t = last_trigger;
        trigger_at = count->token_end - 1;
      }
      // ("seized power in July, declared three days of mourning": seizing counts people only; "alive"
      // or a toll told before in the sentence makes the count people's: "killed five of the attackers
      // and captured one alive".)
      const bool counts_people_taken = (count->token_end < e && iequals(tok(count->token_end), "alive")) ||
                                       (out_.size() > first_fact && !iequals(tok(trigger_at).substr(0, 4), "seiz"));
      // ("bringing the number of people seized to 42": the toll's own noun names them.)
      if (t && !v.noun && is_seizing(tok(trigger_at)) && !counts_people_taken && !named_toll &&
          !number_of_people_before(trigger_at, b))
        t = nullptr;
      // ("beheaded the 82-year-old antiquities scholar Khaled al-Asaad": the
      // verb before a long description, out of outcome_before's reach.)
      uint32_t object_verb = 0;
      const bool names_after_verb = single && v.named && named_after_outcome_verb(count->token_begin, v.end, e, &object_verb);
      if (!t && names_after_verb) {
        t = outcome_word(object_verb, e);
        trigger_at = object_verb;
      }
      // ("killed three Palestinians ... The ministry said the three men, aged 19, 22 and 25, were shot in the
      // head": the dead counted before, by "the" and their count, told how they died.)
      const bool dead_told_how = t && std::string_view(t->outcome) == "wounded" && count->token_begin > b &&
                                 iequals(tok(count->token_begin - 1), "the") && count->max == count->min &&
                                 dead_counted_before(count->min, s.paragraph);
      if (!t || dead_told_how || sentenced(count->token_begin, v.noun ? v.end : count->token_end, b, e)) {
        i = count->token_end - 1;
        continue;
      }
      // A count needs victims, or must sit right at the outcome ("15 dead", "killing 12").
      const bool toll = named_toll || is_toll_noun(tok(trigger_at));
      // "187 students from the secondary school and 100 from the primary
      // school were missing": a bare count after "and", told where from.
      const bool elided_with_origin = !v.noun && count->token_begin > b && iequals(tok(count->token_begin - 1), "and") &&
                                      trigger_at > count->token_end && origin_then_outcome(count->token_end, trigger_at);
      const bool adjacent = toll || part_without_outcome || next_place_of_earlier_dead || elided_victims ||
                            of_the_dead || joined_dead_part ||
                            part_of_whole_after || told_whole >= 0 ||
                            named_among || one_among_told || elided_with_origin ||
                            trigger_at == after ||
                            // ("where two of them are in critical condition": a part of the toll before, its state a
                            // few words on; so in the toll's own sentence, in the present: "Eleven others were
                            // injured, and four of them are in serious condition", not h263's "the wounded included
                            // six federal policemen and that four of them were in a critical condition".)
                            // ("Eleven people were wounded ..., adding that three of them were in a serious
                            // condition": in the past too, when no other count came between the whole and them.)
                            (trigger_at > count->token_end && trigger_at - count->token_end <= kOfThemStateReach &&
                             (of_them_told_before ||
                              (of_them && whole >= 0 &&
                               (state_now(count->token_end, trigger_at) ||
                                (static_cast<size_t>(whole) + 1 == out_.size() &&
                                 iequals(tok(trigger_at), "condition") &&
                                 !lists_parts(out_[static_cast<size_t>(whole)].span)))))) ||
                            trigger_at + 1 == count->token_begin ||
                            (trigger_at < count->token_begin && count->token_begin - trigger_at <= 3) ||
                            only_auxiliaries_between(after, trigger_at);
      if (!v.noun && !adjacent) { i = count->token_end - 1; continue; }
      if (!v.noun && trigger_at < count->token_begin && counts_things(count->token_end, e)) {
        i = count->token_end - 1;
        continue;
      }
      // One victim named by a singular noun is a fact only right at its
      // outcome word ("killing a nurse", "a policeman was shot dead") or as
      // a part of a toll ("among them a nurse").
      // ("killed American reporter Marie Colvin": names right after the verb and their description.)
      const bool named_object = names_after_verb && trigger_at < count->token_begin;
      if (single && !counted_group && !part_without_outcome && !borrowed_outcome && !named_among && !one_among_told &&
          !named_object && !named_in_uncounted && !(breakdown && whole >= 0) &&
          !single_at_outcome(count->token_begin, v.end, trigger_at, e)) {
        i = count->token_end - 1;
        continue;
      }
      // (Not "a 50-year-old doctor, was arrested" again after "The suspect, a 50-year-old doctor, was arrested":
      // one inside the last fact, at its outcome word, is that fact's.)
      if (single && last_trigger && trigger_at == last_trigger_at && count->token_begin < last_fact_end) {
        i = count->token_end - 1;
        continue;
      }
      if (!v.noun && iequals(tok(trigger_at), "lives") && !takes_lives(trigger_at, b)) {
        i = count->token_end - 1;
        continue;
      }
      // "65 bodies of civilians", "deaths of 12 children": the victims follow "of".
      if (!v.noun && trigger_at == after && trigger_at + 2 < e && iequals(tok(trigger_at + 1), "of")) {
        Victims after_of = victims_after(trigger_at + 2, e);
        if (after_of.noun) v = after_of;
      }

      if (nonviolent < 0) nonviolent = tells_nonviolent_deaths(s) || (tells_of_nonviolence_only() && !names_a_cause(s)) ? 1 : 0;
      if (nonviolent == 1) { i = count->token_end - 1; continue; }

      Casualty c;
      // The evidence is the count with its victims and outcome word; a
      // borrowed outcome word stays with the fact that owns it.
      // (A toll's victims may come before its count: the evidence runs on to the count.)
      uint32_t victims_end = v.noun ? std::max(v.end, count->token_end) : count->token_end + (of_them || more ? 1 : 0);  // "dozens of them", "two more"
      // "took 15 workers hostage": the hostage word after the victims is evidence too.
      if (t == &kHostage && victims_end < e && is_hostage_word(tok(victims_end))) ++victims_end;
      const uint32_t first = borrowed_outcome ? count->token_begin : std::min(count->token_begin, trigger_at);
      const uint32_t last = borrowed_outcome ? victims_end : std::max(victims_end, outcome_end(trigger_at, e));
      c.span = {tokens_[first].span.begin, tokens_[last - 1].span.end};
      c.count_min = count->min;
      c.count_max = count->max;
      c.qualifier = count->qualifier;
      // "Mogadishu truck bomb toll passes 300": a toll gone past a figure is more than it.
      if (toll && count->qualifier.empty() && count->vague.empty() && count->token_begin > b &&
          passes_figure(tok(count->token_begin - 1))) {
        c.count_max.reset();
        c.qualifier = "more than";
      }
      c.vague = count->vague;
      c.outcome = t->outcome;
      if (v.noun) c.victims = std::string(words(v.begin, v.end - 1));
      c.victim_class = v.noun ? (v.armed ? "combatant" : v.noun->victim_class) : "unknown";
      if (!v.noun && (((of_them || part_in_place) && part_without_outcome) || elided_victims ||
                      (elided_with_origin && whole >= 0))) {  // "40 of them", "one from Uruguay": the whole's people
        // (Not the whole's origin: "187 students from the secondary school and 100 from the primary school".)
        const std::string& whole_victims = out_[static_cast<size_t>(whole)].victims;
        c.victims = whole_victims.substr(0, elided_with_origin ? whole_victims.find(" from ") : std::string::npos);
        c.victim_class = out_[static_cast<size_t>(whole)].victim_class;
      }
      c.repeat = repeat;
      const bool told_as_part = c.part_of >= 0 || part_without_outcome || next_place_of_earlier_dead || of_the_dead ||
                                joined_dead_part ||
                                part_of_earlier_dead || named_among || one_among_told;
      const bool cause_told_before = fill_context(c, s, trigger_at, told_as_part);
      // ("toll rises to 116, six of them beheaded": an execution is one of the deaths.)
      const auto death = [](std::string_view outcome) { return outcome == "killed" || outcome == "executed"; };
      if (part_without_outcome) c.part_of = whole;
      else if (of_them && whole >= 0 && c.outcome != out_[static_cast<size_t>(whole)].outcome && death(c.outcome) &&
               death(out_[static_cast<size_t>(whole)].outcome) && c.count_min <= out_[static_cast<size_t>(whole)].count_min)
        c.part_of = whole;
      else if (breakdown && whole >= 0 && c.outcome == out_[static_cast<size_t>(whole)].outcome &&
               c.count_min <= out_[static_cast<size_t>(whole)].count_min &&
               same_side(c.victim_class, out_[static_cast<size_t>(whole)].victim_class))
        c.part_of = whole;
      if (told_whole >= 0) c.part_of = told_whole;
      // A part told in its whole's sentence has the whole's source ("...,
      // killing more than 20 people, including 14 foreigners").
      if (c.part_of >= 0 && static_cast<size_t>(c.part_of) >= first_fact)
        c.source = out_[static_cast<size_t>(c.part_of)].source;
      // ("killing seven people and wounding 18, a security official and a health official said": the one
      // after the count speaks.)
      // (A named witness telling of his own wound stays: 'said Ali Hussein, 35, who was wounded in the legs'.)
      // (So does one's own wound in a relative clause: "a passenger who was injured told Reuters".)
      const bool own_wound_clause = trigger_at >= v.end + 2 && iequals(tok(v.end), "who") && trigger_at <= v.end + 3;
      if (single && v.noun && !v.named && !c.source.empty() && !own_wound_clause &&
          c.source.find(words(count->token_begin, v.end - 1)) != std::string::npos) {
        i = count->token_end;
        continue;
      }
      // ('"We lost 92 of our soldiers, including a major and several officers," Mr Deby said', after the lead's
      // "have killed 92 soldiers ..., President Idriss Deby has said": the lead's teller, quoted, gives the
      // same toll again; one report, no second fact, and its parts go with it. Another teller's quote
      // ("We buried 37 bodies this morning," said a militia leader) stays a report of its own.)
      // (Marked here, dropped at the end: its parts still find it as their whole.)
      if (c.part_of < 0)
        if (const Quote* q = quote_holding(c.span))
          if (const std::optional<size_t> told = restates_tellers_toll(c, *q))
            restated_.emplace_back(out_.size(), *told);
      last_trigger = t;
      last_trigger_at = trigger_at;
      last_fact_end = v.noun ? v.end - 1 : count->token_end - 1;
      last_fact_named = v.named;
      const bool of_earlier_dead = of_the_dead || joined_dead_part || part_of_earlier_dead || named_among ||
                                   one_among_told || next_place_of_earlier_dead;
      if (of_earlier_dead && c.part_of < 0) parts_of_earlier_dead_.push_back(out_.size());
      place_list_of_earlier_dead = ((of_the_dead && fell_in_place) || next_place_of_earlier_dead) && c.part_of < 0;
      last_of_the_dead = of_the_dead || joined_dead_part;
      // The whole a part before it awaited ("53 of the 225 injured").
      if (part_awaiting_whole >= 0 && c.part_of < 0 &&
          c.outcome == out_[static_cast<size_t>(part_awaiting_whole)].outcome)
        out_[static_cast<size_t>(part_awaiting_whole)].part_of = static_cast<int32_t>(out_.size());
      part_awaiting_whole = part_of_whole_after ? static_cast<int32_t>(out_.size()) : -1;
      out_.push_back(std::move(c));
      fact_paragraph_.push_back(s.paragraph);
      cause_told_before_of_.push_back(cause_told_before);
      // The latest fact that is no part is what a breakdown after it splits:
      // "six children were killed, a day after strikes left 35 people
      // including 22 children dead".
      if (c.part_of < 0) {
        whole = static_cast<int32_t>(out_.size() - 1);
        whole_trigger = t;
        breakdown = false;
      }
      if (of_them) breakdown = false;  // "one of them a child" names one part only
      // Go on right after the count: "Three children were among at least 19
      // civilians killed" holds a second count before the outcome word. A
      // count inside the victims' "of" phrase ("members of one family") is
      // part of their description.
      i = v.noun && (v.of_phrase || of_them || v.named) ? v.end - 1 : count->token_end - 1;
      if (part_of_whole_after) i = ce;  // the whole's count comes next
      if (told_whole >= 0) i = whole_after->token_end;  // past the whole named again
    }
    link_among(first_fact);
  }

  // "The storm left 12 dead", "five died in a road accident": a sentence
  // naming a death without violence, and no weapon or attack, states no
  // casualty fact.
  bool tells_nonviolent_deaths(const Sentence& s) const {
    auto words_where = [&](auto pred) {
      for (uint32_t k = s.token_begin; k < s.token_end; ++k)
        if (tokens_[k].kind == TokenKind::kWord && pred(tok(k))) return true;
      return false;
    };
    // Most sentences name no storm or accident: one lookup per word settles them.
    bool nonviolent = false;
    for (uint32_t k = s.token_begin; k < s.token_end && !nonviolent; ++k)
      nonviolent = tokens_[k].kind == TokenKind::kWord && nonviolent_cause_at(k, s.token_end);
    if (!nonviolent) return false;
    return !words_where(names_a_weapon_or_violence);
  }

  // A cause that is violence: any but a crash ("a plane crash killed 12").
  static bool names_a_weapon_or_violence(std::string_view w) {
    const char* cause = cause_of(w, {});
    return cause && std::string_view(cause) != "crash";
  }

  // The word at `k` names a death without violence: not the verb of "Gunmen
  // storm a village", nor the "cold" of "killed in cold blood".
  bool nonviolent_cause_at(uint32_t k, uint32_t end) const {
    if (!is_nonviolent_cause(tok(k)) || storms_a_place(k, end)) return false;
    return !(iequals(tok(k), "cold") && k + 1 < end && iequals(tok(k + 1), "blood"));
  }

  // "Gunmen storm a village, kill 22", "tried to storm it": the verb, no weather ("a storm hit").
  bool storms_a_place(uint32_t k, uint32_t end) const {
    const std::string_view w = tok(k);
    if (!iequals(w, "storm") && !iequals(w, "storms")) return false;
    if (chars::is_ascii_upper(w[0]) || (k > 0 && (iequals(tok(k - 1), "a") || iequals(tok(k - 1), "the"))))
      return false;  // "a storm", "Tropical Storm Nate"
    // ("tried to storm it", "storm their positions": an object pronoun or possessive.)
    static constexpr std::string_view kObjects[] = {"a", "an", "the", "it", "them", "its", "their", "his", "her"};
    static const WordSet objects(kObjects);
    // ("militants storm police station", "Seven killed as gunmen storm displaced camp": armed men before it, in a
    // headline without articles.)
    if (k > 0 && ((victim_of(tok(k - 1)) && chars::is_ascii_lower(tok(k - 1)[0]) && tok(k - 1).back() == 's') ||
                  is_actor_head(tok(k - 1)) || is_raider_noun(tok(k - 1))))
      return true;
    return k + 1 < end && (objects.contains(tok(k + 1)) ||
                           (chars::is_ascii_upper(tok(k + 1)[0]) && !lexicon::is_weekday(tok(k + 1)) &&
                            !lexicon::is_month(tok(k + 1))));  // "storm Burkina village", not "storm Monday"
  }

  // "Dozens of migrants drown off Libya after boat capsizes ... At least 20
  // women were among the dead": an article that tells deaths without
  // violence and names no weapon or attack anywhere. Asked once per article.
  bool tells_of_nonviolence_only() {
    if (nonviolent_article_ < 0) {
      bool nonviolent = false, violent = false;
      for (uint32_t k = 0; k < tokens_.size() && !violent; ++k) {
        if (tokens_[k].kind != TokenKind::kWord) continue;
        const std::string_view w = tok(k);
        nonviolent |= nonviolent_cause_at(k, static_cast<uint32_t>(tokens_.size()));
        violent |= names_a_weapon_or_violence(w) || lexicon::is_attack_noun(w);
      }
      nonviolent_article_ = nonviolent && !violent ? 1 : 0;
    }
    return nonviolent_article_ == 1;
  }

  bool names_a_cause(const Sentence& s) const {
    for (uint32_t k = s.token_begin; k < s.token_end; ++k)
      if (tokens_[k].kind == TokenKind::kWord && cause_of(tok(k), {})) return true;
    return false;
  }

  // "Three children were among at least 19 civilians killed": the first
  // count is a part of the second.
  void link_among(size_t first) {
    for (size_t i = first; i < out_.size(); ++i) {
      Casualty& a = out_[i];
      if (a.part_of >= 0) continue;
      for (size_t j = i + 1; j < out_.size() && j < i + 8; ++j) {
        const Casualty& b = out_[j];
        if (b.outcome != a.outcome || b.count_min < a.count_min || b.part_of >= 0) continue;
        const std::string_view between = text_.substr(a.span.begin, b.span.begin > a.span.begin ? b.span.begin - a.span.begin : 0);
        if (between.find(" among ") != std::string_view::npos) {
          a.part_of = static_cast<int32_t>(j);
          break;
        }
      }
    }
  }

  // "Air strikes killed at least 20 people. Eight children were among the
  // dead.": a count "among" the dead, with no total of its own in its
  // sentence, is a part of the toll told just before, in the same or one of
  // the two paragraphs before.
  // "... have killed 700 members of a Syrian tribe", then "it had documented the deaths of 600
  // civilians and 100 fighters from the tribe": a sentence's exact counts that add up to a toll told
  // just before are its parts (and take its scope).
  void link_parts_summing_to_earlier(size_t first) {
    constexpr size_t kEarlierFacts = 8;
    if (first == 0 || out_.size() < first + 2) return;
    // (Parts of different people: not "A person injured ... A person was injured", one told twice.)
    int64_t sum = 0;
    for (size_t i = first; i < out_.size(); ++i) {
      const Casualty& part = out_[i];
      if (part.part_of >= 0 || part.count_max != part.count_min || !same_toll_outcome(part.outcome, out_[first].outcome) ||
          (i > first && part.victims == out_[i - 1].victims))
        return;
      sum += part.count_min;
    }
    for (size_t j = first; j-- > 0 && first - j <= kEarlierFacts;) {
      const Casualty& whole = out_[j];
      if (whole.part_of >= 0 || whole.repeat || whole.count_min != sum || whole.count_max != sum ||
          !same_toll_outcome(whole.outcome, out_[first].outcome))
        continue;
      for (size_t i = first; i < out_.size(); ++i) out_[i].part_of = static_cast<int32_t>(j);
      return;
    }
  }

  void link_among_earlier(size_t first, uint32_t paragraph) {
    for (size_t i = first; i < out_.size(); ++i) {
      Casualty& part = out_[i];
      const std::string_view evidence = part.span.of(text_);
      if (part.part_of >= 0) continue;
      // "The dead included four women" lists a part as "among the dead" does.
      // ("the dead militants included a bomb expert": past the dead's noun.)
      const size_t space = evidence.find(' ');
      const auto word_after = [&](size_t at) { return evidence.substr(at + 1, evidence.find(' ', at + 1) - at - 1); };
      const size_t verb_space =
          space != std::string_view::npos && victim_of(word_after(space)) ? evidence.find(' ', space + 1) : space;
      const bool opens_with_listing = verb_space != std::string_view::npos && trigger_of(evidence.substr(0, space)) &&
                                      is_listing_verb(word_after(verb_space));
      // "Of the dead, 13 were police officers.", "Five of the dead were children."
      const bool after_of_the = std::find(parts_of_earlier_dead_.begin(), parts_of_earlier_dead_.end(), i) !=
                                parts_of_earlier_dead_.end();
      const bool opens_with_among = evidence.size() > 6 && iequals(evidence.substr(0, 6), "among ");
      if (!opens_with_listing && !after_of_the) {
        const size_t among = opens_with_among ? 0 : evidence.find(" among ");
        if (among == std::string_view::npos) continue;
        // "the death toll among fighters ... at 37" names the toll's own victims.
        if (among >= 4 && is_toll_noun(evidence.substr(among - 4, 4)) && !opens_with_among) continue;
        // "10 civilians among them children were killed": the count is a whole.
        const std::string_view next = evidence.substr(among + (opens_with_among ? 6 : 7), 5);
        if (iequals(next.substr(0, 4), "them") || iequals(next.substr(0, 4), "whom")) continue;
      }
      constexpr size_t kOtherOutcomesPast = 8;  // bounded on a paragraph of many tolls
      size_t other_outcomes = 0;
      for (size_t j = first; j-- > 0;) {
        const Casualty& whole = out_[j];
        if (whole.part_of >= 0) continue;
        // A quote may stand between the toll and its parts; "the dead included" may come a paragraph later still.
        const uint32_t paragraphs_back = opens_with_listing ? 3 : 2;
        if (fact_paragraph_[j] + paragraphs_back < paragraph) break;
        // ("killing five people and wounding 17 others ... Among the dead were two children": past a toll of
        // another outcome.)
        if (whole.outcome != part.outcome) {
          if (++other_outcomes > kOtherOutcomesPast) break;
          continue;
        }
        // ("... has killed at least 120 people since Thursday. ... the dead included 77 IS militants":
        // the dead a list names are the latest total's, whatever its scope; the part takes it. So are those
        // "Among the dead".)
        if (whole.count_min >= part.count_min && (whole.scope == part.scope || opens_with_listing || opens_with_among) &&
            (same_side(part.victim_class, whole.victim_class) || names_no_side(whole.victims))) {
          part.part_of = static_cast<int32_t>(j);
          // "the dead included 77 IS militants, 39 members of the SDF and seven civilians": the
          // list's later counts in the sentence are parts of the same total.
          // (So do "Among the dead were two children and a woman" lists.)
          constexpr size_t kListItems = 12;  // a list longer than this is no breakdown
          if (opens_with_listing || opens_with_among)
            for (size_t k = i + 1; k < out_.size() && k <= i + kListItems; ++k)
              if (out_[k].part_of < 0 && out_[k].outcome == part.outcome && out_[k].count_min <= whole.count_min &&
                  (same_side(out_[k].victim_class, whole.victim_class) || names_no_side(whole.victims)))
                out_[k].part_of = static_cast<int32_t>(j);
          // ("25 of the dead were tourists and one was a local man": the sentence's next part, made a part of
          // this one while the whole was not yet known, is the whole's too.)
          // (Not "50 of the dead were civilians, 10 of them children", "Eighteen of the injured, among them eight
          // children", "at least 40 foreigners, including eight British citizens": a part of the part.)
          for (size_t k = i + 1; k < out_.size(); ++k) {
            const std::string_view said = out_[k].span.of(text_);
            const std::string_view before = text_.substr(0, out_[k].span.begin);
            const std::string_view lead_in = before.substr(before.size() - std::min<size_t>(before.size(), 12));
            const bool opens_subpart = chars::ends_with(lead_in, "including ") ||
                                       chars::ends_with(lead_in, "among them ") ||
                                       chars::ends_with(lead_in, "among them, ");
            if (out_[k].part_of == static_cast<int32_t>(i) && !opens_subpart &&
                find_word(said, "of them", 0) == std::string_view::npos &&
                find_word(said, "of whom", 0) == std::string_view::npos &&
                find_word(said, "among them", 0) == std::string_view::npos)
              out_[k].part_of = static_cast<int32_t>(j);
          }
        }
        break;  // only the latest total
      }
    }
  }

  // "17 people": a toll whose own words say nothing of the side, whatever
  // class the sentence gave it; its parts may be of either side.
  static bool names_no_side(std::string_view victims) {
    const size_t space = victims.rfind(' ');
    const VictimNoun* noun = victim_of(space == std::string_view::npos ? victims : victims.substr(space + 1));
    return noun && std::string_view(noun->victim_class) == "unknown";
  }

  // Fighters are never a part of a civilian toll, nor civilians of a combatant one.
  static bool same_side(std::string_view part, std::string_view whole) {
    return part == "unknown" || whole == "unknown" || part == whole;
  }

  // "mostly civilians", "most of them civilians", "most of the dead were civilians".
  bool says_mostly_civilians(const Sentence& s) const {
    for (uint32_t k = s.token_begin; k + 1 < s.token_end; ++k) {
      const std::string_view w = tok(k);
      if (iequals(w, "mostly") && is_civilians_word(tok(k + 1))) return true;
      if (!(iequals(w, "most") || iequals(w, "majority")) || !iequals(tok(k + 1), "of")) continue;
      for (uint32_t m = k + 2; m < s.token_end && m < k + 7; ++m)
        if (is_civilians_word(tok(m))) return true;
    }
    return false;
  }

  static bool indiscriminate(std::string_view cause) {
    return cause == "shelling" || cause == "air strike" || cause == "barrel bomb" || cause == "car bomb" ||
           cause == "suicide bombing" || cause == "bomb" || cause == "explosion" || cause == "rocket" ||
           cause == "missile" || cause == "chemical attack" || cause == "mortar" || cause == "massacre" ||
           cause == "attack";
  }

  // (Within the sentence [b, e): a headline's "kills 26" is no "26 Aug" of the dateline under it.)
  bool looks_like_date_number(uint32_t i, uint32_t b, uint32_t e) const {
    const std::string_view w = tok(i);
    if (w.size() == 4 && (w[0] == '1' || w[0] == '2') && w.find(',') == std::string_view::npos) {
      const int y = std::atoi(std::string(w).c_str());
      if (y >= 1900 && y <= 2100) return true;
    }
    if (i > b && lexicon::is_month(tok(i - 1))) return true;
    if (i + 1 < e && lexicon::is_month(tok(i + 1))) return true;
    return false;
  }

  // Location, date, source, perpetrator, cause and scope from the sentence.
  // The part of the sentence around a fact that its context comes from: the
  // whole sentence unless that is very long (a 20 MB line without a stop).
  static Span context_window(const Casualty& c, const Sentence& s) {
    constexpr uint32_t kReach = 300;
    return {std::max(s.span.begin, c.span.begin > kReach ? c.span.begin - kReach : 0),
            std::min(s.span.end, c.span.end + kReach)};
  }

  // "Separately, ...", "Elsewhere, ...", "In another attack, ...": the
  // sentence turns to another story, so no source or place carries into it.
  bool opens_other_story(const Sentence& s) const {
    const std::string_view first = tok(s.token_begin);
    if (iequals(first, "separately") || iequals(first, "elsewhere") || iequals(first, "meanwhile")) return true;
    if (!iequals(first, "in") || s.token_begin + 1 >= s.token_end) return false;
    const std::string_view second = tok(s.token_begin + 1);
    return iequals(second, "another") || (iequals(second, "a") && s.token_begin + 2 < s.token_end &&
                                          iequals(tok(s.token_begin + 2), "separate"));
  }

  // "Al-Shabaab claimed the attack in a statement on its Andalus radio, saying it had killed 13 police
  // officers": the body opening the sentence, when ", saying it" goes on after its own verb.
  // (Read a few words back from the fact's start: "saying it had killed".)
  const Entity* body_saying_it(const Sentence& s, uint32_t fact_begin) const {
    constexpr uint32_t kWordsBack = 6;
    const uint32_t at = token_at(s, fact_begin);
    uint32_t pronoun_at = 0;
    for (uint32_t k = at; k > s.token_begin + 2 && at - k <= kWordsBack; --k)
      if (iequals(tok(k), "it") && tok(k - 2) == "," && (iequals(tok(k - 1), "saying") || iequals(tok(k - 1), "adding"))) {
        pronoun_at = k;
        break;
      }
    if (pronoun_at == 0) return nullptr;
    const auto& ents = *in_.entities;
    // ("The Islamic State group claimed the attack ..., saying it had killed 30 soldiers": past an opening "The".)
    const uint32_t opening = iequals(tok(s.token_begin), "the") && s.token_begin + 1 < s.token_end ? s.token_begin + 1
                                                                                                  : s.token_begin;
    const size_t i = first_at_or_after(ents, tokens_[opening].span.begin, entity_span);
    return i < ents.size() && ents[i].span.begin == tokens_[opening].span.begin && ents[i].type == EntityType::kOrg
               ? &ents[i]
               : nullptr;
  }

  // "recovered at least 112 bodies from the ruins of homes in al-Jadida, where residents say an air strike
  // brought down ...": who speaks as the subject of a relative clause on the fact's place tells what happened
  // there, not the count (not "..., where thousands had gathered, the Pentagon said").
  bool speaks_in_where_clause_after(Span fact, Span speaker) const {
    if (speaker.begin <= fact.end) return false;
    constexpr uint32_t kClauseReach = 40;  // tokens after the fact
    const size_t first = first_at_or_after(tokens_, fact.end, token_span);
    for (size_t k = first; k + 1 < tokens_.size() && k < first + kClauseReach; ++k) {
      if (tokens_[k].span.begin >= speaker.begin) return false;
      if (tok(static_cast<uint32_t>(k)) == "," && iequals(tok(static_cast<uint32_t>(k + 1)), "where"))
        return k + 2 < tokens_.size() && tokens_[k + 2].span.begin == speaker.begin;
    }
    return false;
  }

  // Fills in the fact's context; says whether its cause came from a
  // sentence before it. `told_as_part`: the fact is a part of a toll told before or in its sentence.
  bool fill_context(Casualty& c, const Sentence& s, uint32_t trigger_at, bool told_as_part) {
    const Span window = context_window(c, s);
    // Once a sentence: its own first toll may set them for the next.
    if (turned_at_ != &s && opens_other_story(s)) {
      turned_at_ = &s;
      last_source_.clear();
      last_place_.clear();
      last_dated_place_.clear();
    }
    auto source = find_attribution(ctx_, s.token_begin, s.token_end, c.span.begin);
    if (source && speaks_in_where_clause_after(c.span, source->span)) source.reset();
    bool sourced_here = false;
    Span source_span{};
    Span speaker_affiliation{};
    const Quote* quote = quote_holding(c.span);
    if (quote && !quote->speaker.empty()) {
      c.source = quote->speaker;  // a figure inside a quotation is its speaker's
    } else if (source && !source->pronoun) {
      // "the spokesman said": the person last titled so, or who brought him in.
      auto earlier = resolve_definite_description(ctx_, source->span);
      c.source = earlier ? std::move(*earlier) : source->name;
      source_span = source->span;
      // ("Dr Mohammad Akbar of the Emergency surgical hospital in the city said": where the speaker
      // works, between the name and the verb, is the speaker's.)
      if (source->verb_token < tokens_.size() && tokens_[source->verb_token].span.begin > source_span.end) {
        const size_t next = first_at_or_after(tokens_, source_span.end, token_span);
        const std::string_view link = next < source->verb_token ? tok(static_cast<uint32_t>(next)) : std::string_view();
        if (iequals(link, "of") || iequals(link, "from") || iequals(link, "at"))
          speaker_affiliation = {source_span.end, tokens_[source->verb_token].span.begin};
      }
      last_source_ = source->name;
      last_source_paragraph_ = s.paragraph;
      sourced_here = true;
    } else if (source && source->pronoun) {
      // "Two police officers were among the dead, he said": the person the
      // sentence before names ("Police Col. Hussein Ali said ..."); "It said
      // 19 militants were killed" after "The Israeli military disputed the figure."
      std::string named;
      // "The UN observer mission confirmed it had counted 32": the subject of
      // a speech verb before the pronoun in its own sentence.
      const uint32_t pronoun_at = token_at(s, source->span.begin);
      const auto governing = pronoun_at > s.token_begin + 1
                                 ? find_attribution(ctx_, s.token_begin, pronoun_at, source->span.begin)
                                 : std::nullopt;
      // ("The Israeli military said it had struck a Hamas compound. It named
      // nine men it said were killed": a sentence opening with "It" goes on
      // about the body that spoke in the sentence before, not the last one named.)
      // (The body named last goes on when it spoke: "..., said the Observatory. It added that".)
      const Entity* person = person_named_before(s, source->span, c.span);
      const bool opens_with_it = iequals(source->span.of(text_), "it") && iequals(tok(s.token_begin), "it");
      // ("Islamic State lost at least 346 of its fighters in the fighting, it said": a body counting its own
      // losses is not the one that tells them; "it" is the body that spoke before.)
      const bool own_losses = iequals(source->span.of(text_), "it") && find_word(c.span.of(text_), "its", 0) !=
                                                                           std::string_view::npos;
      std::string spoke_before = (opens_with_it || own_losses) && !(person && speaks(*person))
                                     ? source_of_sentence_before(s)
                                     : std::string();
      // ("A senior police officer, who asked not to be named, put the death toll at 64. He said angry
      // residents had killed four of the gunmen": the unnamed speaker of the sentence before, when no one
      // was named since.)
      const bool he_or_she = iequals(source->span.of(text_), "he") || iequals(source->span.of(text_), "she");
      const auto described = he_or_she ? described_speaker_before(ctx_, seg_, source->span.begin) : std::nullopt;
      if (governing && !governing->pronoun)
        named = governing->name;
      else if (!spoke_before.empty())
        named = std::move(spoke_before);
      else if (described && (!person || person->span.end <= described->span.begin))
        named = described->name;
      else if (person)
        named = std::string(person->canonical.of(text_));
      else if (iequals(source->span.of(text_), "it"))
        if (const auto body = body_opening_sentence_before(text_, seg_, *in_.entities, source->span))
          named = std::string(body->of(text_));
      if (!named.empty()) {
        c.source = named;
        last_source_ = std::move(named);
        last_source_paragraph_ = s.paragraph;
        sourced_here = true;
      }
    }
    // ("a sharply higher figure than the toll of 773 dead given by the Congolese government": the toll's own
    // teller, named right after it, over the sentence's.)
    if (!quote)
      if (const std::string_view given = teller_given_after(c.span, s); !given.empty()) {
        c.source = std::string(given);
        sourced_here = true;
      }
    if (c.source.empty() && !quote)
      if (const Entity* body = body_saying_it(s, c.span.begin)) {
        c.source = std::string(body->canonical.of(text_));
        last_source_ = c.source;
        last_source_paragraph_ = s.paragraph;
        sourced_here = true;
      }
    // "The White Helmets said its teams pulled 11 survivors from the rubble.
    // Three of its volunteers were wounded ...": the account the sentence
    // before gave goes on, though it told no toll.
    if (c.source.empty() && !quote && !opens_other_story(s)) {
      // Asked once a sentence, however many tolls it tells.
      if (told_before_for_ != &s) {
        told_before_for_ = &s;
        told_before_ = source_of_sentence_before(s);
      }
      if (!told_before_.empty() && told_before_ != last_source_) {
        last_source_ = told_before_;
        last_source_paragraph_ = s.paragraph;
        last_source_place_.clear();
      }
    }
    // "WHO: Attack on El Fasher hospital kills 70": a headline's speaker before its colon.
    if (c.source.empty() && !quote && in_.roles->paragraphs[s.paragraph].kind == ParagraphKind::kTitle) {
      if (const Entity* speaker = headline_speaker(s)) c.source = std::string(speaker->canonical.of(text_));
      else c.source = headline_reporter(s);
    }
    // "It brings the ministry's count of Palestinians killed ... to 34,183":
    // whose count it is says who tells it (the ministry the story named).
    // (The body the story just quoted, when the owner is named by its head:
    // "the ministry" after "The Hamas-run health ministry in Gaza".) Later
    // tolls of the sentence ("..., with 77,143 wounded") are the same count's.
    bool owned_count = false;
    if (c.source.empty() && !quote) {
      std::optional<Span> owner = owner_of_count(c.span);
      if (!owner) owner = subject_owning_toll(c.span, s);
      if (owner) {
        const std::string_view words = owner->of(text_);
        const std::string_view head = words.substr(words.rfind(' ') + 1);
        const auto earlier = resolve_definite_description(ctx_, *owner);
        c.source = earlier                                                                       ? *earlier
                   : !last_source_.empty() && find_word(last_source_, head, 0) != std::string_view::npos ? last_source_
                                                                                                 : std::string(words);
        owned_count = true;
        owned_count_of_ = &s;
        owned_count_source_ = c.source;
      } else if (owned_count_of_ == &s) {
        c.source = owned_count_source_;
        owned_count = true;
      }
    }
    // "... have been killed since the war began on October 7, 2023, when
    // militants attacked southern Israel, killing about 1,200": the writer
    // recalls how the war began; no one's report.
    const bool recalled_start = tells_how_it_began(c.span, s);
    if (recalled_start) c.source.clear();
    // Otherwise the source of the story's last reported toll, nearby, goes
    // on (below); background and war tallies are the writer's own.
    // (Nor does it go on to what footage shows: "Amateur videos posted online
    // showed the bodies of at least 10 children" is no one's report.)
    const bool carried_source = c.source.empty() && !recalled_start && !last_source_.empty() &&
                                last_source_paragraph_ + 1 >= s.paragraph && !shown_in_footage(s);
    // The first place named in the sentence outside the source phrase.
    const Entity* place = nullptr;
    const Entity* source_place = nullptr;
    const Entity* source_reach = nullptr;  // "the Gaza health ministry": the place its office covers
    const Entity* date = nullptr;
    const Entity* venue = nullptr;
    bool places_only_parts = false;  // "seven killed, including two in Saqqez": Saqqez is the part's
    // "... were wounded and were being treated in hospitals in Turkey, said the
    // governor of Hatay": the source speaks for where they are cared for.
    bool cared_for_elsewhere = false;
    const auto& ents = *in_.entities;
    const size_t first_in_window = first_at_or_after(ents, window.begin, entity_span);
    for (size_t i = first_in_window; i < ents.size() && ents[i].span.begin < window.end && !cared_for_elsewhere; ++i)
      cared_for_elsewhere = ents[i].type == EntityType::kLoc && ents[i].span.end <= window.end && place_of_care(ents[i], s);
    for (size_t i = first_in_window; i < ents.size() && ents[i].span.begin < window.end; ++i) {
      const Entity& e = ents[i];
      if (e.span.end > window.end) continue;
      const bool in_source = !source_span.empty() && ((e.span.begin >= source_span.begin && e.span.end <= source_span.end) ||
                                                      place_of_role_before(e, source_span) ||
                                                      (e.span.begin >= speaker_affiliation.begin &&
                                                       e.span.end <= speaker_affiliation.end));
      const bool parts_place = e.type == EntityType::kLoc && belongs_to_later_count(c.span, e.span, s) &&
                               !place_of_care(e, s);
      places_only_parts |= parts_place;
      // ('"Fifteen people died at the scene," Mahamat Chetima Abba, the mayor of the Mozogo district, told
      // AFP': a quotation's toll is placed by the quotation, not by its speaker's description.)
      const bool outside_quote = quote && (e.span.begin < quote->span.begin || e.span.end > quote->span.end);
      if (e.type == EntityType::kLoc && !in_source && !outside_quote && !based_compound(e) && !in_dateline(e) &&
          !place_of_share_after(c.span, e) &&
          !owns_weapon(e, s) && !is_bare_compass_point(e) && !parts_place && !where_spoken(e) &&
          !belongs_to_later_clause(c.span, e.span, s) && !place_of_care(e, s) && !of_another_subject(c.span, e.span) &&
          !flight_destination(e, s.token_begin) && !names_institution(e) && !describes_unnamed_place(e) &&
          !victims_origin(e) && !country_of_victims(e) && !country_owning_thing(e) && !(cared_for_elsewhere && describes_source(e.span, source_span)) &&
          !serves_there(e) && !positioned_there(e) && !speaks_as_subject(e) && !reference_point(e) && !across_border(e) &&
          !ranked_within(e) && !told_for_earlier_count(c.span, e.span, s) &&
          !in_victims_relative_clause(c.span, e.span) &&
          !landmark_of_the_town(e) && !named_as_culprit(e) && !fortunes_of(e) && !covered_by_role(e) &&
          !owns_the_attack(e) && !(recalled_start && e.span.end <= recall_clause_begin(c.span, s)) &&
          !subject_after_since(e) && !iequals(word_after(e), "operation") &&
          (!place || better_place(e, *place, c.span)))
        place = &e;
      // ("the Westgate mall siege in 2013, in which 67 people were killed": a venue the story's town
      // would own, kept for a past event told in its own clause; see below.)
      if (e.type == EntityType::kLoc && !in_source && e.span.end <= c.span.begin && landmark_of_the_town(e)) venue = &e;
      // "Rebels in Daraa said ...": the source's own place, if the sentence names no other.
      // ("Russia says ..." names a speaker, not where it happened; nor does
      // "Ukraine's Prosecutor General": a country there is whose official speaks.)
      if (e.type == EntityType::kLoc && in_source && !source_place && !based_compound(e) && !where_spoken(e) &&
          !is_country(e) && !described_as_elsewhere(e) && (!(names_institution(e) || names_described_hospital(e)) || heads_place(e)) &&
          !care_institution_name(e) &&  // ("A doctor at the Federal Medical Centre in Owo said": Owo, not the centre)
          !is_bare_compass_point(e) && !flight_destination(e, s.token_begin) &&  // ("Residents who fled to ... Pemba said")
          !titles_office(e) &&
          (e.span.begin != source_span.begin || e.span.end != source_span.end))
        source_place = &e;
      // (Or cited in the sentence: "Guterres said, citing figures from the Gaza health ministry".)
      // (Not a defence ministry's: "Turkey's defense ministry said 415 'terrorists' had been
      // 'neutralized'" counts its enemies abroad.)
      // ("The Hamas-run health ministry in Gaza says ...": an office in the place.)
      if (e.type == EntityType::kLoc && !source_reach && (names_institution(e) || office_in(e)) && !names_defence_office(e))
        source_reach = &e;
      // The date nearest the fact: "the second time this month ... after 17
      // people were killed in an October 2 attack" happened on October 2.
      // English puts the time after the verb ("were killed on Tuesday"), so
      // a date just after the fact outranks one before it; a date of the
      // saying ("killed at least 27 civilians, Human Rights Watch said
      // today") only when no other dates the fact.
      if (e.type == EntityType::kDate && !of_another_subject(c.span, e.span) && !in_other_quote(e.span, c.span) &&
          !in_victims_relative_clause(c.span, e.span) &&
          !dates_another_event(e, c.span) && !dates_next_conjunct(e.span, c.span) &&
          (!date || fact_date_rank(e, c.span) < fact_date_rank(*date, c.span)))
        date = &e;
    }
    // ("A police spokesman in Yobe ... said one of the schoolgirls had been found dead", under a lead
    // on "the town of Dapchi in Yobe state": the speaker's region holds the story's town.)
    // (Nor the capital a source speaks from after the story's town was told: "..., a security source in the
    // capital N'Djamena said", after the attack on Ngouboua.)
    const bool speaks_from_capital = source_place && lexicon::is_capital_city(source_place->canonical.of(text_)) &&
                                     !last_place_.empty() && last_place_paragraph_ + 1 >= s.paragraph;
    // (Nor the region whose office the speaker holds, after the story's place was told: "Puntland's security
    // minister, Abdi Hirsi Ali, told reporters ... that 57 militants had been killed", after the attack in the Cal
    // Miskaad mountains.)
    const bool office_of_region = source_place &&
                                  (place_of_role_before(*source_place, source_span) ||
                                   owns_title_opening(*source_place, source_span)) &&
                                  !last_place_.empty() && last_place_paragraph_ + 1 >= s.paragraph;
    // (But "Civil society in Lubero said at least 40 people had been killed in the territory since the beginning
    // of the year": a tally "in the territory" is of the speaker's region, though it holds the story's town.)
    const bool tally_in_region = source_place && find_word(window.of(text_), "since", 0) != std::string_view::npos &&
                                 names_unit_as_the(window);
    if (!place && !cared_for_elsewhere && !(source_place && holds_lead_town(*source_place) && !tally_in_region) &&
        !speaks_from_capital && !office_of_region)
      place = source_place;
    // ("Turkish strikes kill 9 civilians in northern Iraq village": the village the body names, "the
    // village of Zakho".)
    if (!place && !source_place)
      if (const std::string_view noun = unnamed_settlement_in_title(window); !noun.empty()) place = settlement_called(noun);
    // "strikes kill 38 across Ukraine": the extent the fact names right after it wins.
    if (const Entity* extent = extent_after(c.span, window); extent) place = extent;
    // "killing at least 41 people across the country": no one town's toll,
    // whatever town the sentence names first.
    const bool across_country = countrywide_after(c.span, window);
    if (across_country) place = nullptr;
    if (date) c.date = date->value ? date->value.view() : date->canonical.of(text_);
    c.scope = scope_of(c, s, window, date);
    bool continues_past_event = false;  // the undated toll goes on about the past event told just before
    // ("More than 1,400 people were killed when rockets ... struck Zamalka ... on August 21, 2013 ... The Syrian
    // Network for Human Rights has documented 1,144 deaths": an undated toll in the next sentence of the paragraph
    // of a toll dated in an earlier year, with no words of time of its own, tells the same past event.)
    if (c.scope == "incident" && c.date.empty() && !out_.empty() && out_.back().scope == "historical" &&
        fact_paragraph_.back() == s.paragraph && out_.back().span.end <= s.span.begin && in_.anchor &&
        out_.back().date.size() >= 4 && std::atoi(out_.back().date.substr(0, 4).c_str()) < in_.anchor->year &&
        !has_any_cue_word(window)) {
      c.scope = "historical";
      continues_past_event = true;
    }
    // ("killed in Gaza since Hamas's attack on Israel on 7 October, in which about 1,400 people were
    // killed": the recalled event's toll is where that event was.)
    if (c.scope == "historical")
      if (const Entity* recalled = place_of_event_after_since(c, window)) place = recalled;
    // ("the 1983 bombing of the U.S. Embassy in Beirut, which killed 63 people": where the attack the relative
    // clause tells of struck.)
    if (c.scope == "historical")
      if (const Entity* struck = place_of_attack_before_which(c)) place = struck;
    // (A past event is not the story's town: its venue beats a country, within the fact's own conjunct.)
    constexpr uint32_t kVenueReach = 160;  // bytes: bounded on run-on text
    if (c.scope == "historical" && venue && (!place || is_country(*place)) && c.span.begin - venue->span.end < kVenueReach &&
        text_.substr(venue->span.end, c.span.begin - venue->span.end).find(", and ") == std::string_view::npos)
      place = venue;
    // "Government forces were responsible for the deaths of 945 civilians,
    // the report said. Extremist groups killed 97, it added.": a report's
    // breakdown of the tally it told just before, and of its place.
    const bool report_breakdown = c.date.empty() && breaks_down_report_tally(c, s, source.has_value() && source->pronoun);
    if (report_breakdown) c.scope = "cumulative";
    // ("Activists put the figure above 7,000": the restated toll's scope.)
    if (const uint32_t k = token_at(s, c.span.begin); k < s.token_end && restates_figure(k))
      for (size_t i = out_.size(); i-- > 0;)
        if (out_[i].span.end <= c.span.begin) {
          c.scope = out_[i].scope;
          break;
        }
    // "in Libya's capital", "the Somali capital": that city, when no town is named.
    // ("..., a security source in the capital N'Djamena said": not the capital the source speaks from.)
    std::string_view capital;
    if (!place || is_country(*place)) {
      const uint32_t from = token_at(s, window.begin), to = token_at(s, window.end);
      if (source_span.empty() || source_span.end <= window.begin || source_span.begin >= window.end) {
        capital = capital_named(from, to);
      } else {
        capital = capital_named(from, token_at(s, source_span.begin));
        if (capital.empty()) capital = capital_named(token_at(s, source_span.end), to);
      }
    }
    // "At least 140 Palestinians were killed there": where the sentence before was.
    if (!place && capital.empty()) place = place_there_points_to(s, window);
    // "killed in the camp": the camp the article named ("the Zamzam displacement camp").
    // ("Her neighbour in the camp, ..., says three of his students were
    // killed": the camp is where the speaker is, before the words said.)
    // (Past the speaker's words, and where the speaker works: "Dr Mohammad Akbar of the Emergency
    // surgical hospital in the city said".)
    const uint32_t speaker_end = std::max(source_span.end, speaker_affiliation.end);
    const bool source_first = !source_span.empty() && speaker_end <= c.span.begin && speaker_end > window.begin;
    const Span after_speaker = source_first ? Span{speaker_end, window.end} : window;
    if (!place && capital.empty()) place = place_the_noun_points_to(c.span, after_speaker);
    // "Two explosions struck Aleppo University": the town a school is named after.
    const std::string_view institution_town =
        !place && capital.empty() ? town_naming_institution(speaker_affiliation.empty() ? window : after_speaker)
                                  : std::string_view();
    // Without a place of its own an incident happened where the paragraph's
    // last one did ("... in Deir ez-Zor, killing nine soldiers. Three others
    // are missing."), else where the story's lead says; "across the
    // country" is no one place.
    if (report_breakdown && !place) {
      c.location = report_tally_place_;
    } else if (place || !capital.empty() || !institution_town.empty()) {
      c.location = !capital.empty()            ? std::string(capital)
                   : !institution_town.empty() ? std::string(institution_town)
                                               : std::string(place->canonical.of(text_));
      // "a car bomb that tore through buses ... in Syria has risen to 126", then "The blast
      // struck a convoy at the Rashidin transit point": a lead's country is where its town is.
      if (c.scope == "incident" && lexicon::is_country_level(c.location) &&
          s.paragraph == lead_paragraph() && !nationwide(window))
        if (const Entity* town = town_of_event_told_after_lead()) c.location = std::string(town->canonical.of(text_));
      // (Not a part's own place: "eight of the victims were civilians shot in their homes in the Hasaheisa
      // camp. Four others ... were killed as they tried to defend the market" are of the whole's town.)
      // (Only a place told after the part's count, in its own words: not "blew himself up in the Salihiah
      // neighbourhood ..., adding that 15 of the wounded were in critical condition".)
      const bool parts_own_place = told_as_part && place && place->span.begin > c.span.begin && !last_place_.empty() &&
                                   last_place_ != c.location;
      if (parts_own_place) {
        part_place_ = c.location;
        part_whole_place_ = last_place_;
        part_place_paragraph_ = s.paragraph;
      } else if (c.scope == "incident") {
        last_place_ = c.location;
        last_place_paragraph_ = s.paragraph;
      }
    } else if (const StoryPlace story = c.scope != "incident" ? names_the_town(window, s) : StoryPlace::kNone;
               story != StoryPlace::kNone) {
      // "rounded up hundreds of men at the town's market on March 27": the
      // town the story is about, though the toll is of another day.
      // ("... the offensive to retake Mosul. The battle has killed thousands":
      // the town the sentence before fought for.)
      // ("Jamundi has suffered repeated attacks this year. In April, two soldiers were killed ... on the outskirts
      // of the town": the town the sentence before names, over the last toll's place.)
      const Entity* fought_for = town_of_sentence_before(s);
      if (story == StoryPlace::kTown && fought_for && !opens_its_sentence(*fought_for)) fought_for = nullptr;
      if (const Entity* subject = town_as_subject_of(s)) fought_for = subject;
      c.location = story == StoryPlace::kTown && !fought_for && !last_place_.empty() &&
                           last_place_paragraph_ + 1 >= s.paragraph
                       ? last_place_
                   : fought_for ? std::string(fought_for->canonical.of(text_))
                                : std::string(lead_place());
    } else if (c.scope == "incident" && !nationwide(window) && !places_only_parts) {
      // ("They recovered two bodies from the site": the scene the story just told, a paragraph or two back.)
      // (Nor do "26 people wounded in the strikes" leave the strikes the story just told.)
      const bool at_the_scene = find_word(window.of(text_), "the site", 0) != std::string_view::npos ||
                                find_word(window.of(text_), "the scene", 0) != std::string_view::npos ||
                                in_the_told_attack(window);
      // ("most of the dead were in Hamouriyeh, ..., and in Saqba and Kafr Batna. More than 200 people
      // were wounded": after a sentence spreading the toll over three towns or more, the lead's area.)
      // ("... killing three officers [in Valle Hermoso]. About an hour later, two more officers were killed ... at a
      // checkpoint on the road to Juventino Rosas": a scene of its own on a road, not the sentence before's.)
      const bool own_road_scene = holds_any(window.of(text_), {"on the road to", "on the highway to"});
      if (!last_place_.empty() && last_place_paragraph_ == s.paragraph && !lead_place().empty() &&
          (sentence_before_spans_towns(s) || own_road_scene))
        c.location = lead_place();
      else if (!last_place_.empty() &&
          (last_place_paragraph_ == s.paragraph ||
           (at_the_scene && last_place_paragraph_ + 2 >= s.paragraph && !lexicon::is_country_level(last_place_))))
        c.location = last_place_;
      // ('..., killing at least 40 herders, according to Babakura Kolo ... "We recovered 38 bodies on Saturday,"':
      // the teller of the toll before, quoted, goes on about its place.)
      else if (quote && !quote->speaker.empty() && quote->speaker == last_source_ && !last_source_place_.empty() &&
               last_source_paragraph_ + 2 >= s.paragraph && !lexicon::is_country_level(last_source_place_))
        c.location = last_source_place_;
      // (Not "The Gaza health ministry said 29 Palestinians had been killed ... over the previous 24 hours": a
      // day's toll its office counts over the place it covers, not the lead's scene; placed below.)
      // ('"Whole families have been wiped out," a resident of Baniyas told AFP. He said he had seen the bodies of
      // 20 men': what a resident tells, by a pronoun in the next sentence, is of where the resident lives.)
      else if (const Entity* home = source && source->pronoun ? home_of_resident_before(s) : nullptr)
        c.location = std::string(home->canonical.of(text_));
      else if (!opens_other_story(s) &&
               !(source_reach && holds_any(window.of(text_), {"24 hours"}) && !holds_lead_town(*source_reach))) {
        const Entity* town = town_of_sentence_before(s);
        c.location = town ? std::string(town->canonical.of(text_)) : lead_place();
        if (town && part_place_paragraph_ == s.paragraph && c.location == part_place_) c.location = part_whole_place_;
        if (town) {
          last_place_ = c.location;
          last_place_paragraph_ = s.paragraph;
        }
      }
    }
    // ("one grave held the bodies of 17 Ukrainian soldiers": a grave at the burial site the lead tells of.)
    if (c.location.empty() && exhumed_or_held_by_grave(c.span)) c.location = lead_place();
    if (c.scope == "cumulative" && !c.location.empty() &&
        (report_breakdown || names_report(c.source) || find_word(window.of(text_), "report", 0) != std::string_view::npos)) {
      report_tally_paragraph_ = s.paragraph;
      if (!report_breakdown) report_tally_place_ = c.location;  // the tally's own place, not a part's
    }
    // "The Gaza health ministry says more than 39,700 Palestinians have been
    // killed in the war": a tally of no other place covers the office's.
    // So does an incident's that nothing else places: "Gaza health ministry
    // says 41 killed in past 24 hours" (a government's office; not "a doctor
    // from the al-Shifa hospital").
    // (Not when the sentence names where the wounded are cared for: "Turkey's
    // health ministry says 29 of the wounded have been brought to hospitals
    // in Reyhanli" were hurt elsewhere.)
    // (Not a region holding the lead's town, for a count there: "Serhii Bolvinov, the head of the Kharkiv
    // regional police's investigations department" under a lead on "the city of Izium in Kharkiv Oblast".)
    // ("... when Hamas-led gunmen killed about 1,200 people in southern Israel and took 253 hostages":
    // a recalled start's next toll shares the place of the one before it in its clause, over the place of a
    // teller opening the sentence, "The Gaza health ministry says".)
    if (c.location.empty() && recalled_start && !out_.empty() &&
        out_.back().span.begin >= recall_clause_begin(c.span, s))
      c.location = out_.back().location;
    if (c.location.empty() && source_reach && !cared_for_elsewhere &&
        (c.scope == "cumulative" || (!names_care_place(*source_reach) && !holds_lead_town(*source_reach))))
      c.location = std::string(source_reach->canonical.of(text_));
    // "The war ..., which began in April 2023, has killed tens of thousands":
    // a tally that names no place is of the country whose war the story names.
    // ("... in Syria since Moscow began its campaign. The ministry has acknowledged
    // the deaths of 40 servicemen in the country": the country named just before.)
    if (c.location.empty() && c.scope == "cumulative" && find_word(window.of(text_), "the country", 0) != std::string_view::npos)
      if (const Entity* country = country_named_before(c.span.begin, s.paragraph))
        c.location = std::string(country->canonical.of(text_));
    // ("Douma is the last town held by rebels in the Eastern Ghouta region. ... More than 1,600 civilians
    // have been killed in the region since ...": the place the story last called a region.)
    // (So are "19 residents of the camp": the place last called a camp.)
    struct KindOfPlace {
      std::string_view phrase, kind;  // the window's phrase, the word after the place it names
    };
    // ("More than 100 people have been killed in the county since ...": the place last called a county, or a
    // province.)
    static constexpr KindOfPlace kKindsOfPlace[] = {{"in the region", "region"}, {"the camp", "camp"},
                                                    {"in the county", "county"}, {"in the province", "province"}};
    // ("A Turkish drone strike on the camp in June 2021 killed three civilians": an earlier attack on the story's
    // camp is there too.)
    // (Its sentence names no place of its own, so the place carried from before is not it.)
    if (c.scope == "historical" && find_word(window.of(text_), "the camp", 0) != std::string_view::npos &&
        !names_a_place(window))
      if (const Entity* camp = place_called_before(c.span.begin, "camp"))
        c.location = std::string(camp->canonical.of(text_));
    // ("Air strikes ... on a village near the Iraqi border killed 14 civilians", then "The strikes hit houses in the
    // village of al-Susa": a lead that names no place has its event's town told next.)
    if (c.location.empty() && c.scope == "incident" && s.paragraph == lead_paragraph())
      if (const Entity* town = town_of_event_told_after_lead()) c.location = std::string(town->canonical.of(text_));
    // ("In 2019, a jihadist attack on the same post killed 24 soldiers": an earlier attack on the story's site.)
    if (c.location.empty() && c.scope == "historical" && !names_a_place(window) &&
        holds_any(window.of(text_), {"the same post", "the same base", "the same position", "the same village",
                                     "the same town", "the same camp", "the same market", "the same mosque",
                                     "the same checkpoint", "the same church", "the same school", "the same district"}))
      c.location = lead_place();
    if (c.location.empty() && c.scope == "cumulative")
      for (const KindOfPlace& k : kKindsOfPlace)
        if (find_word(window.of(text_), k.phrase, 0) != std::string_view::npos) {
          if (const Entity* place = place_called_before(c.span.begin, k.kind)) c.location = std::string(place->canonical.of(text_));
          break;
        }
    // ("at least 55 soldiers had been killed since the militants launched their assault last week": a
    // tally of the assault the story tells, where it is.)
    if (c.location.empty() && c.scope == "cumulative" && since_the_told_attack(window, c.span)) c.location = lead_place();
    if (c.location.empty() && c.scope == "cumulative") c.location = std::string(story_country());
    // ("Russia's invasion, which has killed thousands of civilians": a war's tally, where the lead's town is;
    // not "17 ... troops killed in clashes ... since last week".)
    constexpr int64_t kWarTally = 1000;
    if (c.location.empty() && c.scope == "cumulative" && c.count_min >= kWarTally) c.location = std::string(lead_town_country());
    // ("Sri Lanka's civil war ended in 2009 after 26 years of fighting in which at least 100,000 people
    // were killed": a past war's toll is of the country whose war it was.)
    if (c.location.empty() && continues_past_event) c.location = out_.back().location;
    if (c.location.empty() && c.scope == "historical") {
      constexpr uint32_t kNearFact = 300;  // bytes before the fact read: bounded on run-on text
      const Span near{std::max(window.begin, c.span.begin > kNearFact ? c.span.begin - kNearFact : 0), c.span.end};
      if (const Entity* country = country_owning_war_in(near)) c.location = std::string(country->canonical.of(text_));
    }
    // "11 fighters ... were killed in clashes ... in Sheikh Maskin, while 6 members of regime forces
    // were killed in the same clashes": the place of the fact before, in the same sentence.
    if (!out_.empty() && out_.back().span.begin >= s.span.begin && out_.back().span.end <= c.span.begin &&
        !out_.back().location.empty() && names_same_event(window))
      c.location = out_.back().location;
    // An undated toll of the place the story just dated happened that day:
    // "... shelled Aleppo on Tuesday, killing 23. Another 40 were wounded."
    if (c.scope == "incident") {
      if (c.date.empty() && !c.location.empty() && c.location == last_dated_place_ &&
          last_dated_paragraph_ + 1 >= s.paragraph)
        c.date = last_date_;
      if (!c.date.empty() && !c.location.empty()) {
        last_date_ = c.date;
        last_dated_place_ = c.location;
        last_dated_paragraph_ = s.paragraph;
      }
    }
    // A source goes on to the toll's own incident, not to one elsewhere:
    // "... in Kabul, the ministry said. A day earlier, a blast in Kunduz killed dozens."
    // (A count owned by the source of the toll just told is of that toll's place.)
    if (owned_count && c.location.empty() && c.source == last_source_ && last_source_paragraph_ + 1 >= s.paragraph)
      c.location = last_source_place_;
    if (sourced_here) last_source_place_ = c.location;
    if (carried_source && c.scope == "incident" &&
        (c.location.empty() || last_source_place_.empty() || c.location == last_source_place_))
      c.source = last_source_;
    c.perpetrator = subject_actor(s, trigger_at, c.span.begin);
    // Cause and perpetrator words anywhere in the sentence.
    const uint32_t window_end = token_at(s, window.end);
    // The cause word nearest the fact wins ("shot dead five protesters,
    // while two soldiers died in clashes"); a bare "attack" only when no
    // weapon is named ("a bomb attack hit the convoy").
    uint64_t cause_rank = UINT64_MAX;
    uint32_t cause_token = 0;
    for (uint32_t k = token_at(s, window.begin); k < window_end; ++k) {
      const std::string_view w = tok(k);
      // Arrests and abductions have no weapon: "arrested in raids" are no air strikes.
      if (!is_custody_outcome(c.outcome)) {
        bool pair = false;
        const char* cause = k + 1 < window_end ? sentence_cause_at(s, k, &pair) : cause_at(k, window_end, &pair);
        // A two-word cause is as near as its nearer word.
        const uint32_t last = pair ? k + 1 : k;
        const uint32_t distance = last < trigger_at ? trigger_at - last : (k > trigger_at ? k - trigger_at : 0);
        const uint64_t rank = (uint64_t{cause && is_bare_attack(cause)} << 32) | distance;
        if (cause && rank < cause_rank) {
          c.cause = cause;
          cause_rank = rank;
          cause_token = k;
        }
      }
      // "killed by government forces": the agent right after the outcome.
      if (c.perpetrator.empty() && iequals(w, "by") && k + 1 < window_end && k > trigger_at &&
          k - trigger_at <= 6)
        c.perpetrator = agent_after_by(s, k, window_end);
    }
    // Else whoever the sentence says owns or used the weapon: "in fresh air
    // strikes by the US-led coalition", "a missile fired by Syrian forces",
    // "in Assad regime airstrikes", "a two-day opposition offensive".
    if (c.perpetrator.empty() && !is_custody_outcome(c.outcome))
      c.perpetrator = weapon_agent(s, token_at(s, window.begin), window_end, trigger_at);
    // "A suicide bomber blew himself up outside a bakery. Police put the
    // death toll at 16.": a toll said alone is of the attack just told.
    // So is a toll that names no cause: '... raids carried out by Russian
    // jets targeted the village. "Twelve people were killed," he said.'
    // Only a toll said alone takes the told attack's victims too: the
    // others may have died in what the sentence goes on to tell.
    bool cause_told_before = false;
    if (c.cause.empty() && !is_custody_outcome(c.outcome) && (opens_with_toll_noun(c) || c.scope == "incident")) {
      c.cause = recent_cause(s);
      cause_told_before = !c.cause.empty() && !opens_with_toll_noun(c);
      // "The Observatory put the death toll at 34": the toll of the
      // attack the lead tells, when it is of the lead's place.
      if (c.cause.empty() && opens_with_toll_noun(c) && c.scope == "incident" && !opens_other_story(s) &&
          !c.location.empty() && c.location == lead_place())
        c.cause = lead_cause();
    }
    // "the attack killed more than 100": the attack the story has told of,
    // by the weapon it named last, else the one its lead names.
    const bool told_attack = !c.cause.empty() && refers_back(s, cause_token);
    if (is_bare_attack(c.cause) && c.scope == "incident" && told_attack) {
      if (const std::string_view told = recent_cause(s, /*weapon_only=*/true); !told.empty()) c.cause = told;
      else if (!opens_other_story(s)) c.cause = lead_cause();
    }
    // "Russian jets struck the market. The raids killed 12": whoever the
    // story just said carried out the attack its fact refers back to.
    // (Never the victims themselves: "Nusra Front fighters attacked ...
    // The clashes killed six Nusra Front fighters".)
    if (c.perpetrator.empty() && c.scope == "incident" && (told_attack || cause_told_before)) {
      std::string agent = recent_agent(s);
      const std::string_view head = std::string_view(agent).substr(agent.rfind(' ') + 1);
      if (!head.empty() && find_word(c.victims, head, 0) == std::string_view::npos) c.perpetrator = std::move(agent);
    }
    return cause_told_before;
  }

  // The side the two sentences before `s`, in its paragraph, name last as
  // attacking: an actor with its modifiers ("Russian jets", "regime
  // forces") or the owner of a weapon ("Assad regime airstrikes").
  std::string recent_agent(const Sentence& s) const {
    return from_sentences_before(s, [&](const Sentence& before) {
      std::string found;
      if (tells_arrests(before)) return found;  // those who arrest are no attackers of a later toll
      for (uint32_t k = before.token_begin; k < before.token_end; ++k) {
        if (!is_actor_head(tok(k)) || !chars::is_ascii_lower(tok(k)[0])) continue;
        // ("Opposition forces said ...": a speaker, not the attacker.)
        if (k + 1 < before.token_end && is_speech_verb(tok(k + 1))) continue;
        const uint32_t start = actor_start(before, k);
        if (start < k) found = std::string(words(start, k));
      }
      return found.empty() ? weapon_agent(before, before.token_begin, before.token_end, before.token_end) : found;
    });
  }

  static bool is_bare_attack(std::string_view cause) { return cause == "attack"; }

  // "the attack", "the suspected attack", "Saturday's convoy attack": one
  // the reader has been told of. A word or two may stand between.
  bool refers_back(const Sentence& s, uint32_t noun) const {
    constexpr uint32_t kWordsBetween = 2;
    for (uint32_t k = noun; k > s.token_begin && noun - k <= kWordsBetween; --k) {
      const std::string_view w = tok(k - 1);
      if (iequals(w, "the") || iequals(w, "this") || iequals(w, "that")) return true;
      if (lexicon::is_weekday_possessive(w) || iequals(w, "yesterday's")) return true;
      if (tokens_[k - 1].kind != TokenKind::kWord || !chars::is_ascii_lower(w[0])) return false;
    }
    return false;
  }

  bool opens_with_toll_noun(const Casualty& c) const {
    const std::string_view evidence = c.span.of(text_);
    return is_toll_noun(evidence.substr(0, evidence.find(' ')));
  }

  // The cause the two sentences before `s`, in its paragraph, name last
  // (only a weapon, never a bare "attack", when `weapon_only`).
  std::string_view recent_cause(const Sentence& s, bool weapon_only = false) const {
    return from_sentences_before(s, [&](const Sentence& before) {
      std::string_view found;
      if (tells_arrests(before)) return found;  // "arrested dozens in raids": no weapon was used
      bool pair = false;
      for (uint32_t k = before.token_begin; k < before.token_end; ++k)
        if (const char* cause = cause_at(k, before.token_end, &pair); cause && !(weapon_only && is_bare_attack(cause)))
          found = cause;
      return found;
    });
  }

  // The capital a phrase names by its country: "Libya's capital", "the
  // Somali capital" (tokens [begin, end)); empty when none.
  // ("the Islamic State group's de facto Syrian capital" is no Damascus:
  // an adjective needs "the" right before it.)
  std::string_view capital_named(uint32_t begin, uint32_t end) const {
    for (uint32_t k = begin + 1; k < end; ++k) {
      if (tok(k) != "capital") continue;
      const std::string_view country = tok(k - 1);
      // "three bombings in the capital killed more than 90": the capital the story is filed from.
      // (Not "an ambush north of the capital": only in it or across it.)
      if (iequals(country, "the") && k >= begin + 2 &&
          (iequals(tok(k - 2), "in") || iequals(tok(k - 2), "across") || iequals(tok(k - 2), "inside")) &&
          (k + 1 >= end || tokens_[k + 1].kind != TokenKind::kWord || chars::is_ascii_lower(tok(k + 1)[0])))
        if (const auto& dateline = in_.roles->dateline; dateline && !dateline->place.empty()) {
          const std::string_view filed_from = dateline->place.of(text_);
          if (lexicon::is_capital_city(filed_from))
            return filed_from;
        }
      const bool possessive = chars::strip_possessive(country).size() < country.size();
      if (!possessive && !(k >= begin + 2 && iequals(tok(k - 2), "the"))) continue;
      if (const std::string_view city = lexicon::capital_of(country); !city.empty()) return city;
    }
    return {};
  }

  // "arrested across the country", "nationwide": no one place.
  bool nationwide(Span window) const {
    const std::string_view words = window.of(text_);
    // ("had killed more than 1,200 Ukrainian soldiers over the past day": a
    // day's claim along a front, no one town's.)
    return find_word(words, "nationwide", 0) != std::string_view::npos ||
           words.find("across the country") != std::string_view::npos ||
           words.find("across the nation") != std::string_view::npos ||
           words.find("over the past day") != std::string_view::npos;
  }

  // "told reporters in Ankara", "a news conference in Geneva": where the
  // source spoke, not where the toll happened.
  bool where_spoken(const Entity& place) const {
    static constexpr std::string_view kAudiences[] = {"reporters", "journalists", "conference", "briefing",
                                                      "interview", "speaking", "summit"};
    static const WordSet audiences(kAudiences);
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    return at >= 2 && iequals(tok(at - 1), "in") && audiences.contains(tok(at - 2));
  }

  // "Babil provincial council member Falah al-Khazali said", "Khyber Pakhtunkhwa Law Minister Aftab
  // Alam put": a place in the title before a person's name tells the office, not where things happened.
  bool titles_office(const Entity& place) const {
    constexpr uint32_t kTitleWords = 4;  // "provincial council member"
    auto k = static_cast<uint32_t>(first_at_or_after(tokens_, place.span.end, token_span));
    const uint32_t first = k;
    // ("Khyber Pakhtunkhwa Law Minister Aftab Alam": a title in capitals, its portfolio first.)
    const auto title_word = [&](uint32_t m) {
      const std::string_view w = tok(m);
      return chars::is_ascii_lower(w[0]) || lexicon::is_title_modifier(w) || lexicon::is_person_title(w) || w == "Chief";
    };
    while (k < tokens_.size() && k < first + kTitleWords && tokens_[k].kind == TokenKind::kWord && title_word(k)) {
      if ((lexicon::is_person_title(tok(k)) || iequals(tok(k), "member")) && k + 1 < tokens_.size() &&
          is_capitalised_word(k + 1))
        return true;
      ++k;
    }
    return false;
  }

  // "Rahmi Dogan, the governor of Turkey's Hatay province, said": a place
  // in the apposition after the source's name.
  bool describes_source(Span place, Span source) const {
    if (source.empty() || place.begin <= source.end) return false;
    const std::string_view between = text_.substr(source.end, place.begin - source.end);
    return between.rfind(", the ", 0) == 0 && between.find(',', 1) == std::string_view::npos;
  }

  // "Russia has denied targeting civilians in the war, which has killed
  // ...": a country that speaks is no place of the toll.
  // Nor is one that attacks: "a day after Russia fired more than 120 missiles".
  bool speaks_as_subject(const Entity& place) const {
    static constexpr std::string_view kAttacks[] = {"fired", "launched", "shelled", "bombed", "struck", "attacked"};
    static const WordSet attacks(kAttacks);
    size_t k = first_at_or_after(tokens_, place.span.end, token_span);
    while (k < tokens_.size() && is_auxiliary(tok(static_cast<uint32_t>(k)))) ++k;
    if (k >= tokens_.size()) return false;
    const std::string_view verb = tok(static_cast<uint32_t>(k));
    // ("Moscow says its jets have flown 9,000 sorties": a capital speaks for its government.)
    // (Not "killed 20 in Aleppo said the Observatory", its comma lost: the capital must open the clause;
    // nor a headline's "... near Syria's Aleppo: Reports" or its last word over the next line's "Posted".)
    if (!is_country(place)) {
      const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
      const bool after_preposition = at > 0 && lexicon::is_preposition(tok(static_cast<uint32_t>(at - 1)));
      const bool same_line =
          text_.substr(place.span.end, tokens_[k].span.begin - place.span.end).find('\n') == std::string_view::npos;
      return is_speech_verb(verb) && chars::is_ascii_lower(verb[0]) && same_line && !after_preposition &&
             lexicon::is_major_place(place.canonical.of(text_));
    }
    // ("Turkey flew 35 of the most seriously wounded to Ankara": a country that carries them away.)
    return is_speech_verb(verb) || attacks.contains(verb) || is_evacuating_verb(verb);
  }

  // "strikes near the city's Old Clock Tower": a landmark of the town the
  // story is about; the toll is that town's.
  // (Not a district: "the capital's Bab Sharqi district" is where.)
  bool landmark_of_the_town(const Entity& place) const {
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    if (named_venue(place, at)) return true;
    if (at < 1) return false;
    const std::string_view owner = tok(static_cast<uint32_t>(at - 1));
    // ("Hama's Assi Square": a town named as the owner.)
    const bool town_owner = place.span.begin >= 4 && text_.substr(place.span.begin - 3, 3) == "'s " &&
                            entity_ending_at_byte(place.span.begin - 3, 0, EntityType::kLoc) != nullptr;
    if (!town_owner && (at < 2 || !iequals(tok(static_cast<uint32_t>(at - 2)), "the") ||
                        (!iequals(owner, "city's") && !iequals(owner, "town's") && !iequals(owner, "village's"))))
      return false;
    static constexpr std::string_view kLandmarks[] = {"Tower", "Square", "Roundabout", "Mosque", "Church", "Market",
                                                      "Bridge", "Gate", "Citadel", "Museum", "Stadium", "Hotel",
                                                      "Palace", "Souk", "Bakery"};
    static const WordSet landmarks(kLandmarks);
    const std::string_view name = place.span.of(text_);
    return landmarks.contains(name.substr(name.rfind(' ') + 1));
  }

  // "... and accused Turkey of targeting the Yazidi people": a country blamed acts; it is no scene.
  bool named_as_culprit(const Entity& place) const {
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    if (at == 0) return false;
    static constexpr std::string_view kBlaming[] = {"accused", "accuses", "accusing", "blamed", "blames", "blaming"};
    static const WordSet blaming(kBlaming);
    return blaming.contains(tok(static_cast<uint32_t>(at - 1)));
  }

  // "in one of Moscow's deadliest attacks on civilians", "Israel's bombardment": the place whose
  // attack it is, no scene (up to two describing words between).
  bool owns_the_attack(const Entity& place) const {
    if (text_.substr(place.span.end, 2) != "'s") return false;
    auto k = static_cast<uint32_t>(first_at_or_after(tokens_, place.span.end + 2, token_span));
    for (uint32_t words = 0; k < tokens_.size() && words < 3; ++k, ++words) {
      const std::string_view w = tok(k);
      if (tokens_[k].kind != TokenKind::kWord || !chars::is_ascii_lower(w[0])) return false;
      if (lexicon::is_attack_noun(w) || iequals(w, "attacks") || iequals(w, "strikes") || iequals(w, "bombardment"))
        return true;
    }
    return false;
  }

  // "Amnesty's director for East and Southern Africa", "the UN envoy for Syria":
  // the region a role covers, no scene.
  // ("deputy for Mideast and North Africa": the second of two regions too.)
  bool covered_by_role(const Entity& place) const {
    auto at = static_cast<uint32_t>(first_at_or_after(tokens_, place.span.begin, token_span));
    constexpr uint32_t kListWords = 5;  // "the Middle East and"
    for (uint32_t back = 0; at >= 2 && back < kListWords && !iequals(tok(at - 1), "for"); ++back, --at) {
      const std::string_view w = tok(at - 1);
      if (!(iequals(w, "and") || iequals(w, "the") || chars::is_ascii_upper(w[0]))) return false;
    }
    return at >= 2 && iequals(tok(at - 1), "for") && lexicon::is_person_title(tok(at - 2)) &&
           chars::is_ascii_lower(tok(at - 2)[0]);
  }

  // ("its Euphrates Shield operation": a place's name naming an operation is no scene either.)
  // "since Ankara launched its Euphrates Shield operation": a government named by its capital, the
  // subject of the clause "since" opens, acts; it is no scene.
  bool subject_after_since(const Entity& place) const {
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    const size_t after = first_at_or_after(tokens_, place.span.end, token_span);
    return at > 0 && iequals(tok(static_cast<uint32_t>(at - 1)), "since") && after < tokens_.size() &&
           looks_like_verb(tok(static_cast<uint32_t>(after)), false);
  }

  // "the heaviest single loss for Tehran", "a blow to Moscow": a government's
  // fortunes told by its place's name; no scene.
  bool fortunes_of(const Entity& place) const {
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    if (at < 2 || !(iequals(tok(static_cast<uint32_t>(at - 1)), "for") || iequals(tok(static_cast<uint32_t>(at - 1)), "to")))
      return false;
    static constexpr std::string_view kFortunes[] = {"loss", "losses", "blow", "setback", "defeat", "victory",
                                                     "gain", "gains", "boost", "win", "success", "embarrassment"};
    static const WordSet fortunes(kFortunes);
    return fortunes.contains(tok(static_cast<uint32_t>(at - 2)));
  }

  // "the Palace of the Princes restaurant", "next to Khaled Bin Walid mosque": a name before a word for a
  // venue, no known town ("the Douma market" is Douma's).
  // ("the shrine of Lal Shahbaz Qalandar in Sehwan": a saint's shrine, by his name.)
  bool named_venue(const Entity& place, size_t at) const {
    if (at == 0) return false;
    const auto shrine = [](std::string_view w) { return iequals(w, "shrine") || iequals(w, "tomb"); };
    if (at >= 2 && iequals(tok(static_cast<uint32_t>(at - 1)), "of") && shrine(tok(static_cast<uint32_t>(at - 2))))
      return true;
    const size_t after = first_at_or_after(tokens_, place.span.end, token_span);
    if (after >= tokens_.size() || tokens_[after].span.begin != place.span.end + 1) return false;
    const std::string_view venue = tok(static_cast<uint32_t>(after));
    static constexpr std::string_view kVenues[] = {"restaurant", "hotel", "cafe", "café", "bakery", "market", "mall",
                                                   "mosque", "church", "school", "stadium", "hall", "cinema", "club",
                                                   "shrine", "tomb"};
    static const WordSet venues(kVenues);
    return venues.contains(venue) && !gazetteer::is_place_name(place.canonical.of(text_));
  }

  // "the town of Talbiseh, north of Homs": the city a place is told by is no
  // place of the toll ("Talbiseh, 10 km north of Homs" too).
  // One violent event, as a lead tells it and a later paragraph names it again ("The blast").
  static bool is_event_noun(std::string_view w) {
    static constexpr std::string_view kEvents[] = {"attack", "blast", "explosion", "bombing", "bomb",    "strike",
                                                   "raid",   "massacre", "assault", "incident"};
    static const WordSet events(kEvents);
    return events.contains(w);
  }

  // "the strikes have killed ...": many attacks, a few words before the perfect "have"/"has" that opens
  // the fact (not "Obama has asked ... military strikes against ... an attack that killed").
  // "strikes", "raids", "bombings": many attacks in one word.
  static bool is_attacks_noun(std::string_view w) {
    static constexpr std::string_view kAttacks[] = {"strikes", "airstrikes", "attacks", "raids", "bombings", "bombardments"};
    static const WordSet attacks(kAttacks);
    return attacks.contains(w);
  }

  bool attacks_have_killed(Span fact) const {
    const auto k = static_cast<uint32_t>(first_at_or_after(tokens_, fact.begin, token_span));
    if (k < 2 || !(iequals(tok(k - 1), "have") || iequals(tok(k - 1), "has"))) return false;
    constexpr uint32_t kSubjectWords = 4;  // "Russian air strikes have killed"
    for (uint32_t m = k - 1; m-- > 0 && k - 1 - m <= kSubjectWords;)
      if (is_attacks_noun(tok(m))) return true;
    return false;
  }

  // "the deadliest attack in the Sahel nation since ...": the place a
  // superlative ranks the attack within, not where it happened.
  bool ranked_within(const Entity& place) const {
    auto k = static_cast<uint32_t>(first_at_or_after(tokens_, place.span.begin, token_span));
    if (k > 0 && iequals(tok(k - 1), "the")) --k;
    constexpr uint32_t kReach = 3;  // "deadliest single attack in"
    if (k < kReach + 1 || !iequals(tok(k - 1), "in")) return false;
    // (An event ranked: not "the highest toll was in Douma", nor "the largest town in the Eastern Ghouta".)
    const std::string_view ranked = tok(k - 2);
    if (!is_event_noun(ranked) && !iequals(ranked, "attacks") && !iequals(ranked, "day")) return false;
    const uint32_t from = tokens_[k - 1 - kReach].span.begin;
    return superlative_between(text_, from, tokens_[k - 1].span.begin);
  }

  // "in Sunday's attack near the border with Niger and Burkina Faso": the countries a border is
  // shared with say where the scene lies, not where it is.
  bool across_border(const Entity& place) const {
    auto k = static_cast<uint32_t>(first_at_or_after(tokens_, place.span.begin, token_span));
    const auto& ents = *in_.entities;
    constexpr int kListedCountries = 3;  // "with Niger, Mali and Burkina Faso"
    for (int listed = 0; listed < kListedCountries && k >= 2; ++listed) {
      if (iequals(tok(k - 1), "with")) return iequals(tok(k - 2), "border") || iequals(tok(k - 2), "borders");
      if (!(iequals(tok(k - 1), "and") || tok(k - 1) == ",")) return false;
      // The place before the list word: a listed country.
      const size_t i = first_at_or_after(ents, tokens_[k - 2].span.begin > 40 ? tokens_[k - 2].span.begin - 40 : 0, entity_span);
      const Entity* before = nullptr;
      for (size_t j = i; j < ents.size() && ents[j].span.end <= tokens_[k - 1].span.begin; ++j)
        if (ents[j].type == EntityType::kLoc && ents[j].span.end == tokens_[k - 2].span.end) before = &ents[j];
      if (!before) return false;
      k = static_cast<uint32_t>(first_at_or_after(tokens_, before->span.begin, token_span));
    }
    return false;
  }

  bool reference_point(const Entity& place) const {
    const size_t found = first_at_or_after(tokens_, place.span.begin, token_span);
    if (found < 4) return false;
    auto k = static_cast<uint32_t>(found);
    // ("an attack ... on a village near Damascus" in the lead: the village, which the story names next,
    // is the scene; the city only places it.)
    if (iequals(tok(k - 1), "near") && (iequals(tok(k - 2), "village") || iequals(tok(k - 2), "town")) &&
        iequals(tok(k - 3), "a") && lead_paragraph() < seg_.paragraphs.size() &&
        seg_.paragraphs[lead_paragraph()].span.begin <= place.span.begin &&
        place.span.end <= seg_.paragraphs[lead_paragraph()].span.end && settlement_named_after(lead_paragraph()))
      return true;
    if (!iequals(tok(k - 1), "of") || !lexicon::is_compass_direction(tok(k - 2))) return false;
    k -= 2;
    // ("the assault on the cluster of villages northwest of Homs": settlements the story told, described;
    // a city's "suburbs" and "countryside" are its own.)
    if (k >= 2 && (iequals(tok(k - 1), "villages") || iequals(tok(k - 1), "towns"))) {
      constexpr uint32_t kDescriptionWords = 4;  // "the cluster of villages"
      for (uint32_t m = k - 1; m-- > 0 && k - 1 - m <= kDescriptionWords;)
        if (iequals(tok(m), "the")) return true;
    }
    // A distance before the direction: "10 km", "30 kilometres".
    if (k >= 2 && tokens_[k - 2].kind == TokenKind::kNumber) k -= 2;
    if (k < 2 || tok(k - 1) != ",") return false;
    const auto& ents = *in_.entities;
    const uint32_t before_comma = tokens_[k - 2].span.end;
    for (size_t i = first_at_or_after(ents, tokens_[k - 2].span.begin > 60 ? tokens_[k - 2].span.begin - 60 : 0, entity_span);
         i < ents.size() && ents[i].span.begin < before_comma; ++i)
      if (ents[i].type == EntityType::kLoc && ents[i].span.end == before_comma) return true;
    return false;
  }

  // "a field hospital in Hammam al-Alil, south of the city", "in the nearby
  // town of Labweh": a place the story sets apart from its own, so a source
  // there speaks from elsewhere (of the wounded brought in, say).
  bool described_as_elsewhere(const Entity& place) const {
    const size_t found = first_at_or_after(tokens_, place.span.begin, token_span);
    auto k = static_cast<uint32_t>(found);
    while (k < tokens_.size() && tokens_[k].span.end <= place.span.end) ++k;
    if (k + 4 < tokens_.size() && tok(k) == "," && lexicon::is_compass_direction(tok(k + 1)) && iequals(tok(k + 2), "of") &&
        iequals(tok(k + 3), "the") && (iequals(tok(k + 4), "city") || iequals(tok(k + 4), "town") || iequals(tok(k + 4), "capital")))
      return true;
    const auto b = static_cast<uint32_t>(found);
    if (b >= 4 && iequals(tok(b - 1), "of") && (iequals(tok(b - 2), "town") || iequals(tok(b - 2), "village") || iequals(tok(b - 2), "city")))
      return lexicon::is_nearness_word(tok(b - 3));
    return b >= 1 && lexicon::is_nearness_word(tok(b - 1));
  }

  // "Terrorist organizations positioned in Idleb countryside targeted
  // Mhardeh": where the attackers are is no place of the toll.
  bool positioned_there(const Entity& place) const {
    static constexpr std::string_view kStations[] = {"positioned", "stationed", "entrenched", "deployed", "holed"};
    static const WordSet stations(kStations);
    return after_word_and_in(place, stations, /*over_area=*/true);
  }

  // "The U.N. peacekeeping mission in Congo": where a body serves, named
  // in its description, is no place of the toll it reports.
  bool serves_there(const Entity& place) const {
    static constexpr std::string_view kBodies[] = {"mission", "office", "embassy", "envoy", "representative",
                                                   "coordinator", "delegation", "operations"};
    static const WordSet bodies(kBodies);
    if (!after_word_and_in(place, bodies)) return false;
    // ("head of operations in Ituri" is a role; "killed 30 in operations in
    // Aleppo countryside" tells where the army fought.)
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    return !iequals(tok(static_cast<uint32_t>(at - 2)), "operations") ||
           (at >= 3 && iequals(tok(static_cast<uint32_t>(at - 3)), "of"));
  }

  // Does "<one of words> in" come right before the place?
  // (`over_area`: also past "the northern countryside of" before the place.)
  bool after_word_and_in(const Entity& place, const WordSet& words, bool over_area = false) const {
    size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    // ("positioned in Bani Zaid and al-Ashrafiyeh": back to the list's first place.)
    constexpr int kListedPlaces = 4;
    for (int listed = 0; listed < kListedPlaces && at >= 2 &&
                         (iequals(tok(static_cast<uint32_t>(at - 1)), "and") || tok(static_cast<uint32_t>(at - 1)) == ",");
         ++listed) {
      const Entity* before = entity_ending_at(static_cast<uint32_t>(at - 2), 0, EntityType::kLoc);
      if (!before) break;
      at = first_at_or_after(tokens_, before->span.begin, token_span);
    }
    // ("positioned in the northern countryside of Hama": back over the area's words.)
    if (over_area && at >= 4 && iequals(tok(static_cast<uint32_t>(at - 1)), "of") &&
        lexicon::is_settlement_noun(tok(static_cast<uint32_t>(at - 2)))) {
      size_t k = at - 2;
      constexpr int kAreaWords = 2;  // "northern", "rural"
      for (int n = 0; n < kAreaWords && k > 0 && chars::is_ascii_lower(tok(static_cast<uint32_t>(k - 1))[0]) &&
                      !iequals(tok(static_cast<uint32_t>(k - 1)), "in");
           ++n)
        --k;
      at = k;
    }
    return at >= 2 && iequals(tok(static_cast<uint32_t>(at - 1)), "in") && words.contains(tok(static_cast<uint32_t>(at - 2)));
  }

  // "Three peacekeepers from South Africa and one from Uruguay were
  // killed": where the victims came from, not where they died.
  // So is where attackers came from: "the raiders, from the neighbouring
  // Greater Pibor Administrative Area, had also abducted nine women".
  bool victims_origin(const Entity& place) const {
    size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    const auto word = [&](size_t k) { return tok(static_cast<uint32_t>(k)); };
    // ("A boy from Banks, Lancashire,": the region of the home, in commas after it.)
    if (at >= 2 && word(at - 1) == "," && is_capitalised_word(static_cast<uint32_t>(at - 2))) {
      size_t home = at - 2;
      while (home > 0 && is_capitalised_word(static_cast<uint32_t>(home - 1)) && at - home < 4) --home;
      if (home >= 1 && iequals(word(home - 1), "from")) at = home;
    }
    if (at >= 1 && lexicon::is_nearness_word(word(at - 1))) --at;
    // ("A senior doctor from Gaza's al-Shifa hospital": past the owner's possessive.)
    if (at >= 1 && chars::strip_possessive(word(at - 1)).size() < word(at - 1).size()) --at;
    if (at >= 1 && iequals(word(at - 1), "the")) --at;
    if (at < 2 || !iequals(word(at - 1), "from")) return false;
    size_t before = at - 2;
    if (word(before) == "," && before > 0) --before;
    const std::string_view who = word(before);
    // ("armed youth from the Greater Pibor Administrative Area attacked": the raiders' home.)
    return victim_of(who) != nullptr || number_value(who).has_value() || is_actor_head(who) || is_raider_noun(who);
  }

  // "two U.S. service members", "a U.S. contractor": a country before the
  // victims' noun says whose they are, not where they fell.
  bool country_of_victims(const Entity& place) const { return is_country(place) && names_counted_victims(place); }

  // A place between a count and the victims' noun says whose they are: "10 Puntland soldiers", "two U.S. service
  // members", "a U.S. contractor".
  bool names_counted_victims(const Entity& place) const {
    const uint32_t at = static_cast<uint32_t>(first_at_or_after(tokens_, place.span.begin, token_span));
    const uint32_t after = static_cast<uint32_t>(first_at_or_after(tokens_, place.span.end, token_span));
    if (at == 0 || after >= tokens_.size()) return false;
    const std::string_view before = tok(at - 1);
    const bool counted = tokens_[at - 1].kind == TokenKind::kNumber || number_value(before).has_value() ||
                         iequals(before, "a") || iequals(before, "an") || iequals(before, "other");
    if (!counted) return false;
    if (victim_of(tok(after))) return true;
    return after + 1 < tokens_.size() && chars::is_ascii_lower(tok(after)[0]) && victim_of(tok(after + 1));
  }

  // "Syria's civil war", "Syrias rebels" (its apostrophe lost): a country
  // owning something other than a place says nothing of where.
  // ("Syria's Idlib province", "Syria's north" still place.)
  bool country_owning_thing(const Entity& place) const {
    if (!is_country(place)) return false;
    const std::string_view name = place.span.of(text_);
    const bool lost_apostrophe = lexicon::is_country_without_apostrophe(name);
    const bool possessive = lost_apostrophe || text_.substr(place.span.end, 2) == "'s";
    if (!possessive) return false;
    // ("killed in Syria's three-year-old conflict": the war's country is its place.)
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    if (at > 0 && (iequals(tok(static_cast<uint32_t>(at - 1)), "in") || iequals(tok(static_cast<uint32_t>(at - 1)), "across") ||
                   iequals(tok(static_cast<uint32_t>(at - 1)), "throughout")))
      return false;
    // The word after the name and its "'s" (a token of its own or not).
    const size_t next = first_at_or_after(tokens_, place.span.end + (lost_apostrophe ? 0 : 2), token_span);
    if (next >= tokens_.size() || tokens_[next].kind != TokenKind::kWord) return false;
    const std::string_view w = tok(static_cast<uint32_t>(next));
    // "Syria's Idlib province": a place named next; but "Iran's Revolutionary Guards" is a body it owns.
    if (!chars::is_ascii_lower(w[0])) return entity_starting_at(static_cast<uint32_t>(next), EntityType::kOrg) != nullptr;
    return !lexicon::is_settlement_noun(w) && !lexicon::is_compass_direction(w) && !lexicon::is_place_noun(w) &&
           !is_region_adjective(w);
  }

  // "in Syria", "Syria: ...", "Syria's dead", "Sudan's war": a country
  // named as where things happen, or owning its own dead or war.
  bool names_country_as_place(const Entity& country) const {
    const size_t at = first_at_or_after(tokens_, country.span.begin, token_span);
    if (at > 0 && lexicon::is_preposition(tok(static_cast<uint32_t>(at - 1)))) return true;
    if (text_.substr(country.span.end, 1) == ":") return true;
    if (text_.substr(country.span.end, 2) != "'s") return false;
    const size_t next = first_at_or_after(tokens_, country.span.end + 2, token_span);
    if (next >= tokens_.size()) return false;
    const std::string_view w = tok(static_cast<uint32_t>(next));
    return iequals(w, "dead") || iequals(w, "war") || iequals(w, "conflict") || iequals(w, "civil") || victim_of(w);
  }

  // "northern", "coastal", "eastern": words that place what follows.
  static bool is_region_adjective(std::string_view w) {
    static constexpr std::string_view kWords[] = {"coastal", "border", "capital", "second", "largest", "biggest"};
    static const WordSet words(kWords);
    return lexicon::is_bearing_adjective(w) || words.contains(w);
  }

  // "nearby Leon", "the neighbouring Greater Pibor Administrative Area".
  // "kill 38 across Ukraine", "throughout the south of Lebanon": a place
  // after "across" or "throughout" just after the fact is its extent.
  // "<preposition> the <noun>" within a few words after the fact, inside its window.
  bool the_phrase_after(Span fact, Span window, const WordSet& prepositions, const WordSet& nouns) const {
    constexpr uint32_t kReach = 3;
    const size_t from = first_at_or_after(tokens_, fact.end, token_span);
    for (size_t k = from; k + 2 < tokens_.size() && k < from + kReach && tokens_[k + 2].span.end <= window.end; ++k) {
      const auto at = static_cast<uint32_t>(k);
      if (prepositions.contains(tok(at)) && iequals(tok(at + 1), "the") && nouns.contains(tok(at + 2))) return true;
    }
    return false;
  }

  bool countrywide_after(Span fact, Span window) const {
    static constexpr std::string_view kAcross[] = {"across", "throughout"}, kCountry[] = {"country"};
    static const WordSet across(kAcross), country(kCountry);
    return the_phrase_after(fact, window, across, country);
  }

  const Entity* extent_after(Span fact, Span window) const {
    constexpr uint32_t kReach = 3;  // tokens from the fact's end to the extent word
    const size_t from = first_at_or_after(tokens_, fact.end, token_span);
    for (size_t k = from; k < tokens_.size() && k < from + kReach && tokens_[k].span.end <= window.end; ++k) {
      const std::string_view w = tok(static_cast<uint32_t>(k));
      if (!iequals(w, "across") && !iequals(w, "throughout")) continue;
      const auto& ents = *in_.entities;
      const size_t at = first_at_or_after(ents, tokens_[k].span.end, entity_span);
      if (at < ents.size() && ents[at].type == EntityType::kLoc && k + 1 < tokens_.size() &&
          ents[at].span.begin == tokens_[k + 1].span.begin)
        return &ents[at];
      return nullptr;
    }
    return nullptr;
  }

  // "a wedding party in a Red Sea village": a place describing a settlement
  // the text does not name is no place of the toll (the village is).
  bool describes_unnamed_place(const Entity& place) const {
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    const size_t after = first_at_or_after(tokens_, place.span.end, token_span);
    if (at == 0 || after >= tokens_.size()) return false;
    const std::string_view before = tok(static_cast<uint32_t>(at - 1)), next = tok(static_cast<uint32_t>(after));
    if (!chars::is_ascii_lower(next[0]) || !lexicon::is_settlement_noun(next)) return false;
    if (iequals(before, "a") || iequals(before, "an")) return true;
    // ("Settlers rampage through West Bank town": a headline drops the article; a country or territory
    // before "town" describes it, where "Manbij town" names one.)
    const Sentence* s = sentence_holding(place.span);
    return s && in_.roles->paragraphs[s->paragraph].kind == ParagraphKind::kTitle && !iequals(before, "the") &&
           is_country(place);
  }

  // The settlement noun after a country a headline's window names ("in northern Iraq village"), or "".
  std::string_view unnamed_settlement_in_title(Span window) const {
    const auto& ents = *in_.entities;
    for (size_t i = first_at_or_after(ents, window.begin, entity_span); i < ents.size() && ents[i].span.end <= window.end; ++i)
      if (ents[i].type == EntityType::kLoc && describes_unnamed_place(ents[i]) && is_country(ents[i]))
        return tok(static_cast<uint32_t>(first_at_or_after(tokens_, ents[i].span.end, token_span)));
    return {};
  }

  // The first place the body introduces with `noun`: "the village of Zakho", "the northern West Bank
  // town of Huwara".
  // (Remembered by noun: a long headline may ask it for every toll.)
  const Entity* settlement_called(std::string_view noun) const {
    for (const auto& [asked, found] : settlements_called_)
      if (iequals(asked, noun)) return found;
    const Entity* found = nullptr;
    const auto& ents = *in_.entities;
    const uint32_t lead = lead_paragraph();
    for (size_t i = lead < seg_.paragraphs.size() ? first_at_or_after(ents, seg_.paragraphs[lead].span.begin, entity_span)
                                                  : ents.size();
         i < ents.size() && !found; ++i) {
      if (ents[i].type != EntityType::kLoc) continue;
      const size_t at = first_at_or_after(tokens_, ents[i].span.begin, token_span);
      if (at >= 2 && iequals(tok(static_cast<uint32_t>(at - 1)), "of") && iequals(tok(static_cast<uint32_t>(at - 2)), noun))
        found = &ents[i];
    }
    settlements_called_.emplace_back(noun, found);
    return found;
  }

  // "a spokesman for the Gaza health ministry", "the Al-Quds hospital": a
  // place before an office or an institution names its reach or the
  // institution, not where the toll happened.
  // "the ministry's" before a fact that opens with its count or toll: the
  // owner's words, without the possessive.
  std::optional<Span> owner_of_count(Span fact) const {
    const size_t first = first_at_or_after(tokens_, fact.begin, token_span);
    if (first < 2 || first >= tokens_.size()) return std::nullopt;
    const auto k = static_cast<uint32_t>(first);
    const std::string_view head = tok(k);
    if (!is_toll_noun(head) && !iequals(head, "count") && !iequals(head, "number")) return std::nullopt;
    // (Curly apostrophes are straight in the normalized text.)
    const std::string_view owner_end = tok(k - 1);
    const size_t mark = owner_end.size() - chars::strip_possessive(owner_end).size();
    if (!mark) return std::nullopt;
    uint32_t a = k - 1;
    constexpr uint32_t kOwnerWords = 4;  // "the Hamas-run health ministry's"
    while (a > 0 && k - 1 - a < kOwnerWords && tokens_[a - 1].kind == TokenKind::kWord && !ends_owner_phrase(tok(a - 1)))
      --a;
    return Span{tokens_[a].span.begin, tokens_[k - 1].span.end - static_cast<uint32_t>(mark)};
  }

  // "The United Nations stopped updating its own toll ... when it stood at
  // 191,000": a toll owned by "its" is the sentence's subject's, a body
  // named as the sentence opens.
  std::optional<Span> subject_owning_toll(Span fact, const Sentence& s) const {
    const size_t first = first_at_or_after(tokens_, fact.begin, token_span);
    if (first < s.token_begin + 2 || first >= s.token_end || !is_toll_noun(tok(static_cast<uint32_t>(first))))
      return std::nullopt;
    uint32_t k = static_cast<uint32_t>(first) - 1;
    if (iequals(tok(k), "own")) --k;
    if (!iequals(tok(k), "its") && !iequals(tok(k), "their")) return std::nullopt;
    const auto& ents = *in_.entities;
    const size_t e = first_at_or_after(ents, s.span.begin, entity_span);
    constexpr uint32_t kOpening = 1;  // "The"
    if (e < ents.size() && ents[e].type == EntityType::kOrg && ents[e].span.end <= tokens_[k].span.begin &&
        ents[e].span.begin <= tokens_[s.token_begin + kOpening].span.begin)
      return ents[e].span;
    return std::nullopt;
  }

  // Walking back from an owner's possessive: "It brings the ministry's count".
  static bool ends_owner_phrase(std::string_view w) {
    return iequals(w, "brings") || iequals(w, "bringing") || iequals(w, "brought") || iequals(w, "raised") ||
           iequals(w, "raising") || iequals(w, "and") || iequals(w, "that") || iequals(w, "it") || iequals(w, "to");
  }

  // The word right after a place's name ("Gaza health ministry": "health"), or "".
  // A speech verb right before or after the entity, past an article or a
  // word for it: "said the Observatory", "the Observatory monitor said".
  bool speaks(const Entity& e) const {
    const auto at = static_cast<uint32_t>(first_at_or_after(tokens_, e.span.begin, token_span));
    const auto after = static_cast<uint32_t>(first_at_or_after(tokens_, e.span.end, token_span));
    const auto speech_at = [&](uint32_t k) { return k < tokens_.size() && is_speech_verb(tok(k)); };
    const bool article_before = at >= 2 && iequals(tok(at - 1), "the");
    const bool word_after = after + 1 < tokens_.size() && chars::is_ascii_lower(tok(after)[0]);
    return speech_at(after) || (word_after && speech_at(after + 1)) || (at >= 1 && speech_at(at - 1)) ||
           (article_before && speech_at(at - 2));
  }

  std::string_view word_after(const Entity& place) const {
    const size_t after = first_at_or_after(tokens_, place.span.end, token_span);
    return after < tokens_.size() ? tok(static_cast<uint32_t>(after)) : std::string_view();
  }

  // "the Emergency surgical hospital", "Mamfe district hospital": the noun after a name and one
  // lower-case word describing it, or kNoToken.
  uint32_t noun_past_describing_word(const Entity& place) const {
    const size_t after = first_at_or_after(tokens_, place.span.end, token_span);
    if (after + 1 >= tokens_.size() || tokens_[after].span.begin != place.span.end + 1) return kNoToken;
    const std::string_view modifier = tok(static_cast<uint32_t>(after));
    if (!std::all_of(modifier.begin(), modifier.end(), [](char ch) { return chars::is_ascii_lower(ch); }) ||
        lexicon::is_preposition(modifier))
      return kNoToken;
    return static_cast<uint32_t>(after + 1);
  }

  // "the Emergency surgical hospital": a name, one lower-case word, then "hospital" or "clinic".
  bool names_described_hospital(const Entity& place) const {
    const uint32_t head = noun_past_describing_word(place);
    return head != kNoToken && (iequals(tok(head), "hospital") || iequals(tok(head), "clinic"));
  }

  // A place of care by its own name: "Jinnah Hospital", "Federal Medical Centre".
  bool care_institution_name(const Entity& place) const {
    const std::string_view name = place.span.of(text_);
    const auto ends = [&](std::string_view tail) {
      return name.size() > tail.size() && iequals(name.substr(name.size() - tail.size()), tail);
    };
    return ends(" Hospital") || ends(" Medical Centre") || ends(" Medical Center") || ends(" Clinic");
  }

  bool names_care_place(const Entity& place) const {
    const std::string_view w = word_after(place);
    return iequals(w, "hospital") || iequals(w, "clinic");
  }

  // The sentence opens on footage that shows: "Amateur videos posted online showed ...".
  bool shown_in_footage(const Sentence& s) const {
    constexpr uint32_t kReach = 6;
    for (uint32_t k = s.token_begin; k < s.token_end && k < s.token_begin + kReach; ++k) {
      if (!is_media_noun(tok(k))) continue;
      for (uint32_t m = k + 1; m < s.token_end && m <= k + 4; ++m)
        if (iequals(tok(m), "showed") || iequals(tok(m), "shows") || iequals(tok(m), "show")) return true;
    }
    return false;
  }

  bool office_in(const Entity& place) const {
    static constexpr std::string_view kOffices[] = {"ministry", "authorities", "officials", "government", "directorate",
                                                    "police", "office"};
    static const WordSet offices(kOffices);
    return after_word_and_in(place, offices);
  }

  bool names_defence_office(const Entity& place) const {
    const std::string_view w = word_after(place);
    return iequals(w, "defence") || iequals(w, "defense") || iequals(w, "military") || iequals(w, "army");
  }

  bool names_institution(const Entity& place) const {
    static constexpr std::string_view kOffices[] = {"health", "interior", "defence", "defense", "ministry",
                                                    "government", "authorities", "authority", "police",
                                                    "directorate", "governor", "officials", "hospital", "clinic"};
    static const WordSet offices(kOffices);
    if (offices.contains(word_after(place))) return true;
    // ("the South West state government", "the Borno state police": a level of government between; a
    // town's "local authorities" are the town's own.)
    const std::string_view level = word_after(place);
    if (!(level == "state" || level == "provincial" || level == "regional")) return false;
    const size_t after = first_at_or_after(tokens_, place.span.end, token_span);
    // ("the Kharkiv regional police's investigations department": the office owning a desk.)
    return after + 1 < tokens_.size() && offices.contains(chars::strip_possessive(tok(static_cast<uint32_t>(after + 1))));
  }

  // "two of them later died at Finote Selam General Hospital", "died of her
  // wounds in a hospital in Dnipro": where the wounded died is no place of
  // the attack. Only in a sentence that tells of such a death: "a strike on a
  // hospital in Dnipro" happened there.
  bool place_of_care(const Entity& place, const Sentence& s) const {
    const bool hospital_name = care_institution_name(place);
    const uint32_t at = token_at(s, place.span.begin);
    const auto care_noun = [&](std::string_view w) {
      return iequals(w, "hospital") || iequals(w, "hospitals") || iequals(w, "centre") || iequals(w, "center") ||
             iequals(w, "clinic");
    };
    // ("hospitals in nearby Leon": a word for how near between.)
    uint32_t in_at = at >= s.token_begin + 1 && lexicon::is_nearness_word(tok(at - 1)) ? at - 1 : at;
    // ("hospitals in Reyhanli and Antakya": back over the places listed before.)
    while (in_at >= s.token_begin + 2 && (iequals(tok(in_at - 1), "and") || tok(in_at - 1) == ","))
      if (const Entity* listed = entity_ending_at(in_at - 2, s.token_begin, EntityType::kLoc))
        in_at = token_at(s, listed->span.begin);
      else
        break;
    // ("a hospital in the city of Ariha": past the kind of place.)
    if (in_at >= s.token_begin + 3 && iequals(tok(in_at - 1), "of") && lexicon::is_settlement_noun(tok(in_at - 2)) &&
        iequals(tok(in_at - 3), "the"))
      in_at -= 3;
    // ("hospitals in the regional capital Dori": past the kind of place in apposition.)
    else if (in_at >= s.token_begin + 2 && lexicon::is_settlement_noun(tok(in_at - 1)))
      for (uint32_t m = in_at - 1; m > s.token_begin && in_at - m <= 3; --m)
        if (iequals(tok(m - 1), "the")) {
          in_at = m - 1;
          break;
        }
    // ("flew 35 of the most seriously wounded to Ankara for treatment".)
    const uint32_t past = token_at(s, place.span.end);
    if (at > s.token_begin && iequals(tok(at - 1), "to") && past + 1 < s.token_end && iequals(tok(past), "for") &&
        (iequals(tok(past + 1), "treatment") || iequals(tok(past + 1), "medical")))
      return true;
    // ("two of whom were later shifted to Quetta in critical condition": the wounded moved to a town for care;
    // "were evacuated to the capital, Niamey": past the kind of place.)
    uint32_t to_at = at;
    constexpr uint32_t kKindWords = 4;  // "the regional capital ,"
    while (to_at > s.token_begin + 1 && at - to_at < kKindWords &&
           (tok(to_at - 1) == "," || iequals(tok(to_at - 1), "the") || iequals(tok(to_at - 1), "capital") ||
            iequals(tok(to_at - 1), "regional") || lexicon::is_settlement_noun(tok(to_at - 1))))
      --to_at;
    if (to_at >= s.token_begin + 2 && iequals(tok(to_at - 1), "to") && !bodies_before(s.token_begin, to_at - 2)) {
      static constexpr std::string_view kMovedWords[] = {"shifted", "transferred", "airlifted", "evacuated",
                                                         "referred", "flown", "rushed"};
      static const WordSet moved_words(kMovedWords);
      const uint32_t verb = to_at >= s.token_begin + 3 && iequals(tok(to_at - 2), "later") ? to_at - 3 : to_at - 2;
      if (moved_words.contains(tok(verb))) return true;
    }
    const bool in_hospital = in_at >= s.token_begin + 2 && iequals(tok(in_at - 1), "in") && care_noun(tok(in_at - 2));
    // ("brought into Suruc hospital": the town's hospital.)
    const uint32_t after = token_at(s, place.span.end);
    // ("treated at Mamfe district hospital": one lower-case word between.)
    const uint32_t described = noun_past_describing_word(place);
    const bool town_hospital = after < s.token_end && tokens_[after].span.begin == place.span.end + 1 &&
                               (care_noun(tok(after)) || (described < s.token_end && care_noun(tok(described))));
    if (!hospital_name && !in_hospital && !town_hospital) return false;
    for (uint32_t k = s.token_begin; k + 1 < s.token_end; ++k) {
      const bool later_died = iequals(tok(k), "later") && (iequals(tok(k + 1), "died") || iequals(tok(k + 1), "succumbed"));
      const bool of_wounds = (iequals(tok(k), "wounds") || iequals(tok(k), "injuries")) && k >= s.token_begin + 2 &&
                             (iequals(tok(k - 2), "of") || iequals(tok(k - 2), "to"));
      // "140 wounded had been taken to the health centre in Kaya".
      // ("taken about a dozen wounded to hospital in Bunia": the people between.)
      const bool brought = ((iequals(tok(k), "taken") || iequals(tok(k), "rushed") || iequals(tok(k), "evacuated") ||
                             iequals(tok(k), "admitted") || iequals(tok(k), "transferred") ||
                             iequals(tok(k), "brought") ||
                             // ("two of whom were later shifted to Quetta in critical condition")
                             iequals(tok(k), "shifted") || iequals(tok(k), "airlifted") ||
                             iequals(tok(k), "referred")) &&
                            (word_within(k + 1, s.token_end, "to", 6) || word_within(k + 1, s.token_end, "into", 6))) ||
                           // "were being treated in hospitals in Turkey".
                           // ("were being treated at Mamfe district hospital".)
                           // ("was nursing gunshot wounds at Moroto Regional Referral Hospital".)
                           (iequals(tok(k), "nursing") && word_within(k + 1, s.token_end, "wounds", 3)) ||
                           // ("receiving treatment at the Mangu General Hospital".)
                           ((iequals(tok(k), "treated") || iequals(tok(k), "treatment")) &&
                            (iequals(tok(k + 1), "in") || iequals(tok(k + 1), "at"))) ||
                           // "A medical official at a hospital in the city of Aden said it had received 16 wounded".
                           // ("said they had received 15 bodies and more than 40 wounded": the dead too.)
                           (iequals(tok(k), "received") &&
                            (word_within(k + 1, s.token_end, "wounded", 8) ||
                             word_within(k + 1, s.token_end, "injured", 8) ||
                             word_within(k + 1, s.token_end, "bodies", 4)));
      // "Officials at al-Aqsa Martyrs Hospital said dozens of wounded were brought in": the named
      // hospital (not the town of "a clinic in Khan Sheikhoun", which may be the scene too).
      const bool brought_in = hospital_name && iequals(tok(k), "brought") && iequals(tok(k + 1), "in") &&
                              (k + 2 >= s.token_end || tokens_[k + 2].kind != TokenKind::kWord);
      // ("His son is in hospital in Mogadishu".)
      const bool lies_in_care = (iequals(tok(k), "is") || iequals(tok(k), "are")) && k + 2 < s.token_end &&
                                iequals(tok(k + 1), "in") && care_noun(tok(k + 2));
      // ("saying one of the wounded had died in hospital in Bab al-Hawa": where the wounded died, not where they
      // were hurt.)
      const bool article = k + 2 < s.token_end && (iequals(tok(k + 2), "a") || iequals(tok(k + 2), "the"));
      const uint32_t care_at = article ? k + 3 : k + 2;
      const bool died_in_care = (iequals(tok(k), "died") || iequals(tok(k), "succumbed")) && care_at < s.token_end &&
                                iequals(tok(k + 1), "in") && care_noun(tok(care_at));
      if (later_died || of_wounds || lies_in_care || died_in_care ||
          ((brought || brought_in) && !bodies_before(s.token_begin, k)))
        return true;
    }
    return false;
  }

  // "30 bodies had been brought to one field hospital in Kafr Batna": the
  // dead are brought to where they were killed, not cared for elsewhere.
  // (Only the verb's own subject: "recovered the bodies of a man ... and
  // transferred the injured child to a hospital in Ariha".)
  bool bodies_before(uint32_t b, uint32_t k) const {
    constexpr uint32_t kSubjectReach = 4;  // "bodies had been brought"
    for (uint32_t m = std::max(b, k > kSubjectReach ? k - kSubjectReach : 0); m < k; ++m)
      if (iequals(tok(m), "bodies") || iequals(tok(m), "corpses")) return true;
    return false;
  }

  // Is `word` among the `reach` tokens from k?
  bool word_within(uint32_t k, uint32_t e, std::string_view word, uint32_t reach) const {
    for (uint32_t m = k; m < e && m < k + reach; ++m)
      if (iequals(tok(m), word)) return true;
    return false;
  }

  // "Aleppo governor Mohammad Wahid Akkad said": the place the speaker governs.
  bool heads_place(const Entity& place) const {
    const size_t after = first_at_or_after(tokens_, place.span.end, token_span);
    if (after >= tokens_.size()) return false;
    const std::string_view w = tok(static_cast<uint32_t>(after));
    return iequals(w, "governor") || iequals(w, "mayor");
  }

  // "hundreds fled across the border into Chad": where people fled to is
  // no place of the toll.
  bool flight_destination(const Entity& place, uint32_t sentence_begin) const {
    // ("the ships waiting to take the wounded to Benghazi": where the wounded go, too.)
    static constexpr std::string_view kFleeing[] = {"fled", "flee", "flees", "fleeing", "escaped", "escaping",
                                                    "crossed", "crossing", "poured", "streamed", "sought",
                                                    "take", "taken", "evacuate", "evacuated", "transferred", "ferry",
                                                    // ("passengers travelling to Nairobi": where the journey went.)
                                                    "travelling", "traveling", "heading", "headed", "bound", "returning"};
    static const WordSet fleeing(kFleeing);
    constexpr uint32_t kReach = 6;  // "fled across the border into"
    uint32_t at = static_cast<uint32_t>(first_at_or_after(tokens_, place.span.begin, token_span));
    if (at > sentence_begin && iequals(tok(at - 1), "the")) --at;
    // ("taken across the border into Congo's Virunga National Park": past the country owning it.)
    if (at > sentence_begin && chars::strip_possessive(tok(at - 1)).size() < tok(at - 1).size() &&
        chars::is_ascii_upper(tok(at - 1)[0]))
      --at;
    // ("fled to the provincial capital Pemba", "to the town of Pemba": the place's noun phrase before it.)
    {
      uint32_t k = at;
      if (k > sentence_begin + 1 && iequals(tok(k - 1), "of")) --k;
      if (k > sentence_begin && lexicon::is_place_noun(tok(k - 1))) {
        constexpr uint32_t kPhraseWords = 4;  // "the provincial capital"
        --k;
        while (k > sentence_begin && at - k < kPhraseWords && tokens_[k - 1].kind == TokenKind::kWord &&
               chars::is_ascii_lower(tok(k - 1)[0]) && !lexicon::is_preposition(tok(k - 1)))
          --k;
        if (iequals(tok(k), "the")) at = k;
      }
    }
    // "Umm Khaled arrived at Zaatari camp last week", "who reached a screening
    // centre in Hammam al-Alil": where the fleeing came to.
    static constexpr std::string_view kArriving[] = {"arrived", "arriving", "arrive", "arrives", "reached", "reaching"};
    static const WordSet arriving(kArriving);
    if (at > sentence_begin && arriving.contains(tok(at - 1))) return true;
    if (at >= sentence_begin + 2 && (iequals(tok(at - 1), "at") || iequals(tok(at - 1), "in")))
      for (uint32_t k = at - 1; k-- > sentence_begin && at - 1 - k <= kReach;) {
        if (arriving.contains(tok(k))) return true;
        if (tokens_[k].kind == TokenKind::kPunctuation || lexicon::is_preposition(tok(k))) break;
      }
    if (burial_place(at, sentence_begin)) return true;
    // ("reservists on their way to the front in Donbas": where they were going.)
    for (uint32_t k = at; k-- > sentence_begin + 2 && at - k <= kReach;) {
      if (tokens_[k].kind == TokenKind::kPunctuation) break;
      if (iequals(tok(k), "way") && k + 1 < at && iequals(tok(k + 1), "to") && iequals(tok(k - 2), "on")) return true;
    }
    // ("fled the city towards Gedaref and the Blue Nile state": the second of two destinations too;
    // one step back only, so a long list costs no more than its length.)
    if (at >= sentence_begin + 3 && iequals(tok(at - 1), "and"))
      if (const Entity* first = entity_ending_at(at - 2, sentence_begin, EntityType::kLoc); first && first != &place) {
        auto first_at = static_cast<uint32_t>(first_at_or_after(tokens_, first->span.begin, token_span));
        if (first_at > sentence_begin && iequals(tok(first_at - 1), "the")) --first_at;
        if (first_at > sentence_begin) at = first_at;
      }
    if (at <= sentence_begin || !(iequals(tok(at - 1), "into") || iequals(tok(at - 1), "to") ||
                                  iequals(tok(at - 1), "towards") || iequals(tok(at - 1), "toward")))
      return false;
    // ("abducted on the highway to Damascus": where the road leads.)
    if (at >= sentence_begin + 2 && iequals(tok(at - 1), "to") &&
        (iequals(tok(at - 2), "highway") || iequals(tok(at - 2), "road") || iequals(tok(at - 2), "motorway")))
      return true;
    for (uint32_t k = at - 1; k-- > sentence_begin && at - 1 - k <= kReach;) {
      if (fleeing.contains(tok(k))) return true;
      if (tokens_[k].kind == TokenKind::kPunctuation) return false;
    }
    return false;
  }

  // "were buried in south Lebanon and the Bekaa valley": where the dead were
  // laid to rest (the place at token `at`, or one listed after it) is no scene.
  bool burial_place(uint32_t at, uint32_t sentence_begin) const {
    const auto skip_modifiers = [&](uint32_t k) {
      while (k > sentence_begin && (iequals(tok(k - 1), "the") || lexicon::is_compass_direction(tok(k - 1)))) --k;
      return k;
    };
    at = skip_modifiers(at);
    while (at >= sentence_begin + 2 && (iequals(tok(at - 1), "and") || tok(at - 1) == ","))
      if (const Entity* listed = entity_ending_at(at - 2, sentence_begin, EntityType::kLoc))
        at = skip_modifiers(static_cast<uint32_t>(first_at_or_after(tokens_, listed->span.begin, token_span)));
      else
        break;
    return at >= sentence_begin + 2 && (iequals(tok(at - 1), "in") || iequals(tok(at - 1), "at")) &&
           (iequals(tok(at - 2), "buried") || iequals(tok(at - 2), "laid"));
  }

  // "The attack on Misterei began early Wednesday, the union said. Dozens
  // of people were wounded": the town one of the two sentences before, in
  // its paragraph, names (further back, in a scrape run into one paragraph,
  // the story has often moved on).
  // The sentence before `s` in its paragraph spreads its dead over three places or more: "most of
  // the dead were in Hamouriyeh, ..., and in Saqba and Kafr Batna".
  // (Answered once a sentence: its tolls ask in turn.)
  bool sentence_before_spans_towns(const Sentence& s) {
    if (spans_towns_asked_for_ != &s) {
      spans_towns_asked_for_ = &s;
      spans_towns_ = spreads_dead_over_towns(sentence_before_in_paragraph(s));
    }
    return spans_towns_;
  }

  bool spreads_dead_over_towns(const Sentence* before) const {
    constexpr int kTowns = 3;
    if (!before) return false;
    bool spreads_dead = false;  // "the dead were in", "most of them in"
    for (uint32_t k = before->token_begin + 2; k < before->token_end && !spreads_dead; ++k) {
      if (!iequals(tok(k), "in")) continue;
      const uint32_t who = lexicon::is_be_form(tok(k - 1)) ? k - 2 : k - 1;
      spreads_dead = iequals(tok(who), "dead") || iequals(tok(who), "them") || iequals(tok(who), "victims");
    }
    if (!spreads_dead) return false;
    const Span words{tokens_[before->token_begin].span.begin, tokens_[before->token_end - 1].span.end};
    const auto& ents = *in_.entities;
    int towns = 0;
    std::string_view last;
    for (size_t i = first_at_or_after(ents, words.begin, entity_span); i < ents.size() && ents[i].span.end <= words.end; ++i) {
      const Entity& e = ents[i];
      if (e.type != EntityType::kLoc) continue;
      if (is_country(e)) return false;
      const std::string_view name = e.canonical.of(text_);
      if (name != last) ++towns;
      last = name;
    }
    return towns >= kTowns;
  }

  // "a resident of Baniyas", "a villager from Ntoyo" in the sentence right before `s`, in its paragraph: the place.
  const Entity* home_of_resident_before(const Sentence& s) const {
    const Sentence* before = sentence_before_in_paragraph(s);
    if (!before) return nullptr;
    const auto& ents = *in_.entities;
    const uint32_t end = tokens_[before->token_end - 1].span.end;
    constexpr size_t kEntitiesRead = 32;  // bounded on run-on text: a speaker is described early in the sentence
    const size_t from = first_at_or_after(ents, tokens_[before->token_begin].span.begin, entity_span);
    for (size_t i = from; i < ents.size() && i < from + kEntitiesRead && ents[i].span.end <= end; ++i) {
      if (ents[i].type != EntityType::kLoc) continue;
      const uint32_t k = token_at(*before, ents[i].span.begin);
      if (k < before->token_begin + 2) continue;
      const std::string_view noun = tok(k - 2), link = tok(k - 1);
      if (lexicon::is_local_person(noun) && (iequals(link, "of") || iequals(link, "from"))) return &ents[i];
    }
    return nullptr;
  }

  const Entity* town_of_sentence_before(const Sentence& s) const {
    constexpr int kSentencesBack = 2;
    const Entity* unused = nullptr;
    int back = 0;
    for (const Sentence* before = sentence_before_in_paragraph(s); before && back < kSentencesBack;
         before = sentence_before_in_paragraph(*before), ++back)
      if (const Entity* town =
              first_town_in({tokens_[before->token_begin].span.begin, tokens_[before->token_end - 1].span.end}, &unused))
        // ("... the facility, a former college building south of Sanaa, held 170 prisoners. Forty people
        // were being treated": a town the place is told by is not the story's, when its lead names one.)
        // (Nor the region of a speaker's role: "said Donat Kibwana, administrator of Beni territory".)
        // (Nor one set apart from the story's: "a senior official in the nearby town of Mamfe".)
        // (Nor where the attackers came from: "came in gun trucks from the shores of Lake Chad".)
        // (Nor the country of an official's role: "Fiji's military commander, Brigadier-General Mosese
        // Tikoitoga, said the men were safe".)
        return (bearing_anchor(*town) || region_of_role(*town) || described_as_elsewhere(*town) ||
                told_as_origin(*town) || owns_role_after(*town)) &&
                       !lead_place().empty()
                   ? nullptr
                   : town;
    return nullptr;
  }

  // "... the toll of 773 dead given by the Congolese government": the words after "given by" (or "provided
  // by", "issued by") right after the fact, up to a stop, the sentence's end or a few words; empty when none.
  std::string_view teller_given_after(Span fact, const Sentence& s) const {
    constexpr uint32_t kTellerWords = 6;
    uint32_t at = token_at(s, fact.end);
    if (at < s.token_end && iequals(tok(at), "dead")) ++at;  // "the toll of 773 dead given by"
    if (at + 2 >= s.token_end || !iequals(tok(at + 1), "by")) return {};
    const std::string_view verb = tok(at);
    if (!iequals(verb, "given") && !iequals(verb, "provided") && !iequals(verb, "issued")) return {};
    uint32_t end = at + 2;
    while (end < s.token_end && end < at + 2 + kTellerWords && tokens_[end].kind == TokenKind::kWord) ++end;
    if (end == at + 2 || (end < s.token_end && tokens_[end].kind == TokenKind::kWord)) return {};
    return text_.substr(tokens_[at + 2].span.begin, tokens_[end - 1].span.end - tokens_[at + 2].span.begin);
  }

  // "from Lake Chad", "from the shores of Lake Chad", "from the direction of Tal Abyad": a place told as where
  // someone came from.
  bool told_as_origin(const Entity& place) const {
    constexpr uint32_t kLinkWords = 4;  // "the shores of", "the direction of"
    size_t k = first_at_or_after(tokens_, place.span.begin, token_span);
    for (uint32_t steps = 0; k > 0 && steps <= kLinkWords; --k, ++steps) {
      const std::string_view w = tok(static_cast<uint32_t>(k - 1));
      if (iequals(w, "from")) return true;
      if (!(iequals(w, "the") || iequals(w, "of") || iequals(w, "shores") || iequals(w, "direction") ||
            iequals(w, "banks") || iequals(w, "side")))
        return false;
    }
    return false;
  }

  // "Mangu has seen repeated violence since May 2023, when clashes ... left more than 100 people dead across the
  // area": a place opening the fact's own sentence as the subject of "has" or "had" is the area it means.
  const Entity* town_as_subject_of(const Sentence& s) const {
    const Entity* unused = nullptr;
    const Entity* town = first_town_in({tokens_[s.token_begin].span.begin, tokens_[s.token_end - 1].span.end}, &unused);
    if (!town || !opens_its_sentence(*town)) return nullptr;
    const size_t after = first_at_or_after(tokens_, town->span.end, token_span);
    return after < s.token_end && (iequals(tok(static_cast<uint32_t>(after)), "has") ||
                                   iequals(tok(static_cast<uint32_t>(after)), "had"))
               ? town
               : nullptr;
  }

  // `words` lie inside a quotation that the fact does not: '"I have not slept since Monday," said
  // Bashir Manzo, whose daughter Fatima is among the missing'.
  bool in_other_quote(Span words, Span fact) const {
    const Span* quote = holding(quoted_, words, span_of_span);
    return quote && !(quote->begin <= fact.begin && fact.end <= quote->end);
  }

  // "A police spokesman in Yobe, Abdulmaliki Sunmonu, said": the place of the
  // role that the source's name stands in apposition to.
  // The source opens with the place's possessive and a title: "Puntland's security minister, Abdi Hirsi Ali".
  // "Fiji's military commander": the place's possessive, then up to three words, ending by `end`, with a person's
  // title among them.
  bool owns_role_after(const Entity& place, uint32_t end = UINT32_MAX) const {
    if (text_.substr(place.span.end, 3) != "'s ") return false;
    constexpr size_t kTitleWords = 3;  // "security minister"
    size_t k = first_at_or_after(tokens_, place.span.end + 3, token_span);
    for (size_t n = 0; n < kTitleWords && k < tokens_.size() && tokens_[k].span.end <= end; ++n, ++k)
      if (lexicon::is_person_title(tok(static_cast<uint32_t>(k)))) return true;
    return false;
  }

  // The source opens on a place that owns its role: "Puntland's security minister, Abdi Hirsi Ali".
  bool owns_title_opening(const Entity& place, Span source) const {
    return place.span.begin == source.begin && owns_role_after(place, source.end);
  }

  bool place_of_role_before(const Entity& place, Span source) const {
    // ("Donetsk regional Gov. Vadym Filashkin said": the region of the title right before the name.)
    if (place.span.end < source.begin && source.begin - place.span.end <= 24) {
      const size_t from = first_at_or_after(tokens_, place.span.end, token_span);
      const size_t to = first_at_or_after(tokens_, source.begin, token_span);
      bool titled = false, words_only = to > from;
      for (size_t k = from; k < to && words_only; ++k) {
        const std::string_view w = tok(static_cast<uint32_t>(k));
        titled = titled || lexicon::is_person_title(w);
        // ("Puntland's security minister, Abdi Hirsi Ali, told": the title in commas before the name too.)
        words_only = tokens_[k].kind == TokenKind::kWord || w == "." || (w == "," && k + 1 == to);
      }
      if (titled && words_only) return true;
    }
    if (place.span.end + 2 != source.begin || text_.substr(place.span.end, 2) != ", ") return false;
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    return at >= 2 && (iequals(tok(static_cast<uint32_t>(at - 1)), "in") || iequals(tok(static_cast<uint32_t>(at - 1)), "at")) &&
           lexicon::is_person_title(tok(static_cast<uint32_t>(at - 2)));
  }

  // The lead names its town "in" this region: "the town of Dapchi in Yobe state".
  // ("... the base in El Adde, a small town in Gedo region": or the paragraph after the lead, the town
  // described in commas; only the first bytes of each paragraph are read.)
  bool holds_lead_town(const Entity& region) const {
    const std::string& town = lead_place();
    const uint32_t lead = lead_paragraph();
    if (town.empty() || lead >= seg_.paragraphs.size()) return false;
    constexpr size_t kReach = 8;         // " in the " before the region
    constexpr size_t kDescribed = 40;    // ", a small town in " before the region
    constexpr size_t kParagraphRead = 1500;
    const std::string_view name = region.canonical.of(text_);
    // ("officials in the Zaporizhzhia region, which includes Melitopol, said": the region said to hold it.)
    constexpr size_t kIncludesReach = 32;  // " region, which includes "
    const std::string_view told = text_.substr(region.span.end, kIncludesReach + town.size());
    if (const size_t includes = told.find("includes "); includes != std::string_view::npos &&
                                                        told.substr(includes + 9, town.size()) == town)
      return true;
    for (uint32_t p = lead; p < seg_.paragraphs.size() && p <= lead + 1; ++p) {
      const std::string_view paragraph = seg_.paragraphs[p].span.of(text_).substr(0, kParagraphRead);
      const size_t at = find_word(paragraph, town, 0);
      if (at == std::string_view::npos) continue;
      const std::string_view after = paragraph.substr(at + town.size(), kReach + name.size());
      // ("stormed the church in Komanda, in Ituri province": or after a comma.)
      if ((after.rfind(" in ", 0) == 0 || after.rfind(", in ", 0) == 0) && find_word(after, name, 0) != std::string_view::npos)
        return true;
      // ("the town of Hreitan in northern Aleppo": a bearing between.)
      constexpr size_t kBearing = 10;  // "northern "
      const std::string_view bearing = paragraph.substr(at + town.size(), kReach + kBearing + name.size());
      if (bearing.rfind(" in ", 0) == 0) {
        const size_t word = bearing.find_first_not_of(' ', 4);
        const size_t space = word == std::string_view::npos ? word : bearing.find(' ', word);
        if (space != std::string_view::npos && lexicon::is_bearing_adjective(bearing.substr(word, space - word)) &&
            bearing.substr(space + 1, name.size()) == name)
          return true;
      }
      const std::string_view described = paragraph.substr(at + town.size(), kDescribed + name.size());
      const size_t in = described.find(" in ");
      if ((described.rfind(", a ", 0) == 0 || described.rfind(", an ", 0) == 0) && in != std::string_view::npos &&
          described.substr(0, in).find_first_of(".,", 1) == std::string_view::npos &&
          find_word(described.substr(in, kReach + name.size()), name, 0) != std::string_view::npos)
        return true;
    }
    return false;
  }

  // "In Idlib, ...": a place fronted with "In" and a comma.
  // ("Elsewhere in Aleppo province, ...": "in" after an opening adverb, a region's noun before the comma.)
  bool opens_with_in_comma(const Entity& place) const {
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    size_t after = first_at_or_after(tokens_, place.span.end, token_span);
    if (after + 1 < tokens_.size() && names_region_noun(tok(static_cast<uint32_t>(after)))) ++after;
    const bool opening_in = at >= 1 && (tok(static_cast<uint32_t>(at - 1)) == "In" ||
                                        (at >= 2 && tok(static_cast<uint32_t>(at - 1)) == "in" &&
                                         (tok(static_cast<uint32_t>(at - 2)) == "Elsewhere" ||
                                          tok(static_cast<uint32_t>(at - 2)) == "Meanwhile")));
    return opening_in && after < tokens_.size() && tok(static_cast<uint32_t>(after)) == ",";
  }

  static bool names_region_noun(std::string_view w) {
    return w == "province" || w == "governorate" || w == "region" || w == "countryside";
  }

  // "the town of Saraqeb", "the village of Mbau".
  bool introduced_as_settlement(const Entity& place) const {
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    return at >= 3 && iequals(tok(static_cast<uint32_t>(at - 1)), "of") &&
           lexicon::is_settlement_noun(tok(static_cast<uint32_t>(at - 2))) && iequals(tok(static_cast<uint32_t>(at - 3)), "the");
  }

  // "in the same clashes", "in the same attack": the event the sentence told just before.
  bool names_same_event(Span window) const {
    const std::string_view words = window.of(text_);
    constexpr std::string_view kSame = "the same ";
    for (size_t at = find_word(words, "the same", 0); at != std::string_view::npos; at = find_word(words, "the same", at + 1)) {
      if (at + kSame.size() > words.size()) break;
      const std::string_view rest = words.substr(at + kSame.size());
      const std::string_view noun = rest.substr(0, rest.find_first_of(" ,.;"));
      if (is_event_noun(noun) || noun == "clashes" || noun == "fighting" || noun == "battle" || noun == "attacks" ||
          noun == "strikes")
        return true;
    }
    return false;
  }

  // "administrator of Beni territory", "the governor of Hatay": the region a role is of.
  // ("the mayor of the nearby town of Bankass": the town of a role's town noun too.)
  bool region_of_role(const Entity& place) const {
    auto at = static_cast<uint32_t>(first_at_or_after(tokens_, place.span.begin, token_span));
    if (at >= 5 && iequals(tok(at - 1), "of") && lexicon::is_settlement_noun(tok(at - 2))) {
      at -= 2;  // past "town of"
      if (at >= 1 && chars::is_ascii_lower(tok(at - 1)[0]) && !iequals(tok(at - 1), "the")) --at;  // "nearby"
      if (at >= 1 && iequals(tok(at - 1), "the")) --at;
    }
    return at >= 2 && iequals(tok(at - 1), "of") && lexicon::is_person_title(tok(at - 2)) &&
           chars::is_ascii_lower(tok(at - 2)[0]);
  }

  // "south of Sanaa", "95 kilometers (60 miles) south of Baghdad": a place named as a bearing's anchor.
  bool bearing_anchor(const Entity& place) const {
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    return at >= 2 && iequals(tok(static_cast<uint32_t>(at - 1)), "of") &&
           lexicon::is_compass_direction(tok(static_cast<uint32_t>(at - 2)));
  }

  // "the deadliest attack on Kenyan soil since the 1998 bombing of the U.S.
  // embassy in Nairobi": a place in the event a superlative ranks against.
  bool in_ranking_phrase(Span place, Span paragraph) const {
    constexpr size_t kReach = 120;  // from "deadliest" to the place
    const uint32_t from = place.begin > paragraph.begin + kReach ? place.begin - kReach : paragraph.begin;
    const std::string_view before = text_.substr(from, place.begin - from);
    const size_t since = before.rfind(" since ");
    if (since == std::string_view::npos || !superlative_between(before, 0, since)) return false;
    // Within one sentence: no full stop before a capital between ("U.S. embassy" is one).
    for (size_t dot = before.find(". ", since); dot != std::string_view::npos; dot = before.find(". ", dot + 1))
      if (dot + 2 < before.size() && chars::is_ascii_upper(before[dot + 2])) return false;
    return true;
  }

  // The organisation or person that opens a headline before a colon ("WHO:
  // ...", "Amnesty: ..."); not a place ("Syria: ...").
  const Entity* headline_speaker(const Sentence& s) const {
    const auto& ents = *in_.entities;
    const size_t i = first_at_or_after(ents, tokens_[s.token_begin].span.begin, entity_span);
    if (i >= ents.size() || ents[i].span.begin != tokens_[s.token_begin].span.begin) return nullptr;
    const Entity& e = ents[i];
    if (e.type != EntityType::kOrg && e.type != EntityType::kPerson) return nullptr;
    const size_t after = first_at_or_after(tokens_, e.span.end, token_span);
    return after < s.token_end && tok(static_cast<uint32_t>(after)) == ":" ? &e : nullptr;
  }

  // "Pakistan police: 10 officers killed": a headline's few words before its
  // colon, ending in a reporting noun; empty when it opens otherwise.
  std::string headline_reporter(const Sentence& s) const {
    constexpr uint32_t kLongest = 3;
    // (A place's label before the colon names no teller: "Yemen: Coalition airstrikes ... killed 97 civilians
    // - HRW" is told by the body after the dash.)
    // ("UN report: Malian troops ... killed 500 in Moura": a body's report, named before its colon, tells.)
    const auto report_word = [](std::string_view w) {
      return iequals(w, "report") || iequals(w, "inquiry") || iequals(w, "investigation") || iequals(w, "probe");
    };
    for (uint32_t k = s.token_begin + 1; k < s.token_end && k <= s.token_begin + kLongest; ++k)
      if (tok(k) == ":") {
        if (is_reporter_noun(tok(k - 1)) || (k >= s.token_begin + 2 && report_word(tok(k - 1))))
          return std::string(words(s.token_begin, k - 1));
        break;
      }
    // "U.N. observers count 108 dead": those who counted, the headline's subject.
    constexpr uint32_t kLongestSubject = 4;
    for (uint32_t k = s.token_begin + 1; k < s.token_end && k <= s.token_begin + kLongestSubject; ++k)
      if ((iequals(tok(k), "count") || iequals(tok(k), "counts") || iequals(tok(k), "counted")) &&
          is_reporter_noun(tok(k - 1)))
        return std::string(words(s.token_begin, k - 1));
    // AFP's "Russian strikes on Idlib market kill 16: monitor", Reuters' "Syrian forces kill 20 in Idlib
    // province - activists": the teller after a closing colon or dash.
    uint32_t end = s.token_end;
    while (end > s.token_begin && tokens_[end - 1].kind == TokenKind::kPunctuation) --end;
    // (A dash set off by spaces: not the hyphen of "despite 48-Hour Truce".)
    const auto spaced = [&](uint32_t m) {
      return m > s.token_begin && tokens_[m].span.begin > tokens_[m - 1].span.end && m + 1 < s.token_end &&
             tokens_[m + 1].span.begin > tokens_[m].span.end;
    };
    // ("21 hostages, 4 FC soldiers killed; all 33 attackers dead, says ISPR": the teller closing the headline
    // tells the clauses before its semicolon too.)
    for (uint32_t k = end - 1; k > s.token_begin + 2 && end - k <= kLongest; --k)
      if (tok(k - 2) == "," && (iequals(tok(k - 1), "says") || iequals(tok(k - 1), "say")))
        if (const Entity* body = entity_ending_at(end - 1, k, EntityType::kOrg); body && body->span.begin == tokens_[k].span.begin)
          return std::string(body->canonical.of(text_));
    for (uint32_t k = end - 1; k > s.token_begin + 1 && end - k <= kLongest; --k)
      if (tok(k - 1) == ":" || ((tok(k - 1) == "-" || tok(k - 1) == "--") && spaced(k - 1))) {
        // ("IS executes 40 civilians in Mosul for 'treason': UN": a body by its name; after a dash
        // a body is the site's own name, "... kills 12 - Ahram Online".)
        // ("... kills 9, including 4 children - White Helmets": a body no outlet's name calls one tells.)
        const Entity* body = entity_ending_at(end - 1, k, EntityType::kOrg);
        if (body && body->span.begin == tokens_[k].span.begin && (tok(k - 1) == ":" || !names_outlet(body->span.of(text_))))
          return std::string(body->canonical.of(text_));
        return is_reporter_noun(tok(end - 1)) ? std::string(words(k, end - 1)) : std::string();
      }
    return std::string();
  }

  // "Ahram Online", "Daily Sabah", "Press TV": a name a news outlet's word is in.
  static bool names_outlet(std::string_view name) { return any_word_of(name, lexicon::is_outlet_word); }

  // "Cabo Delgado, a province rich in natural gas, has faced an armed insurgency since 2017": a place opening its
  // sentence as the subject of "has" or "had" and a verb whose object is a war (not "Malakal, the capital of Upper
  // Nile state, changed hands several times after war broke out": the war is not the town's).
  bool at_war_as_subject(const Entity& place) const {
    const Sentence* s = sentence_holding(place.span);
    if (!s || !opens_its_sentence(place)) return false;
    uint32_t k = static_cast<uint32_t>(first_at_or_after(tokens_, place.span.end, token_span));
    constexpr uint32_t kApposition = 12;
    if (k < s->token_end && tok(k) == ",") {
      const uint32_t open = k;
      for (++k; k < s->token_end && k - open <= kApposition && tok(k) != ","; ++k) {}
      if (k >= s->token_end || tok(k) != ",") return false;
      ++k;
    }
    if (k + 2 >= s->token_end || !(iequals(tok(k), "has") || iequals(tok(k), "had") || iequals(tok(k), "have")))
      return false;
    static constexpr std::string_view kWars[] = {"insurgency", "war", "conflict", "fighting", "violence", "rebellion"};
    static const WordSet wars(kWars);
    constexpr uint32_t kObjectWords = 4;  // "faced an armed insurgency"
    for (uint32_t w = k + 2; w < s->token_end && w <= k + 1 + kObjectWords; ++w)
      if (wars.contains(tok(w))) return true;
    return false;
  }

  // The window names a place of its own.
  bool names_a_place(Span window) const {
    const auto& ents = *in_.entities;
    for (size_t i = first_at_or_after(ents, window.begin, entity_span);
         i < ents.size() && ents[i].span.end <= window.end; ++i)
      if (ents[i].type == EntityType::kLoc) return true;
    return false;
  }

  // No place comes before `place` in its sentence.
  bool first_place_of_its_sentence(const Entity& place) const {
    const Sentence* s = sentence_holding(place.span);
    if (!s) return false;
    const auto& ents = *in_.entities;
    for (size_t i = first_at_or_after(ents, s->span.begin, entity_span);
         i < ents.size() && ents[i].span.begin < place.span.begin; ++i)
      if (ents[i].type == EntityType::kLoc) return false;
    return true;
  }

  // "fighting in Amhara", "clashes in Sweida": a place named as where fighting goes on.
  bool fighting_placed_at(const Entity& place) const {
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    static constexpr std::string_view kFighting[] = {"fighting", "clashes", "war", "conflict", "violence", "battles"};
    static const WordSet fighting(kFighting);
    return at >= 2 && iequals(tok(static_cast<uint32_t>(at - 1)), "in") &&
           fighting.contains(tok(static_cast<uint32_t>(at - 2)));
  }

  // "the town's market", "in the city": the story's town, named before
  // (kTown); "since the offensive began": the story's own offensive, where
  // its lead is (kLead).
  enum class StoryPlace { kNone, kTown, kRegion, kLead };
  StoryPlace names_the_town(Span window, const Sentence& s) const {
    for (size_t k = first_at_or_after(tokens_, window.begin, token_span);
         k + 1 < tokens_.size() && tokens_[k + 1].span.end <= window.end; ++k) {
      // "at least 73 fighters had been killed on both sides since Thursday": the days of the story's own fighting.
      // (Not "detained across the country since Saturday".)
      if (iequals(tok(static_cast<uint32_t>(k)), "since") && lexicon::is_weekday(tok(static_cast<uint32_t>(k + 1))) &&
          !nationwide(window))
        return StoryPlace::kLead;
      // ("Puntland launched an offensive ... in the Cal Miskaad mountains in December. The regional government says
      // more than 500 militants have been killed since then": where the sentence before placed what began.)
      // (Not when a country is named first: "... intervened in Yemen's war ... after the Huthis seized the capital
      // Sanaa. Nearly 10,000 people have been killed since then" is the country's war.)
      if (iequals(tok(static_cast<uint32_t>(k)), "since") && iequals(tok(static_cast<uint32_t>(k + 1)), "then"))
        if (const Entity* region = town_of_sentence_before(s);
            region && !is_country(*region) && first_place_of_its_sentence(*region))
          return StoryPlace::kRegion;
      if (!iequals(tok(static_cast<uint32_t>(k)), "the")) continue;
      const std::string_view noun = chars::strip_possessive(tok(static_cast<uint32_t>(k + 1)));
      if (iequals(noun, "town") || iequals(noun, "city") || iequals(noun, "village") || iequals(noun, "district"))
        return StoryPlace::kTown;
      // ("Russia has intensified attacks on Kharkiv Oblast ... more than 150 civilians have been killed in the
      // region since then": the region the sentence before names.)
      // (Only when the sentence before is in its paragraph: a paragraph of its own goes on about the story's area.)
      if (iequals(noun, "region") && k > 0 && iequals(tok(static_cast<uint32_t>(k - 1)), "in"))
        if (const Entity* region = town_of_sentence_before(s); region && !is_country(*region))
          return StoryPlace::kRegion;
      // ("had been killed in the months of fighting": the story's own battle, over its course.)
      if ((iequals(noun, "months") || iequals(noun, "weeks") || iequals(noun, "days")) && k + 3 < tokens_.size() &&
          tokens_[k + 3].span.end <= window.end && iequals(tok(static_cast<uint32_t>(k + 2)), "of") &&
          (iequals(tok(static_cast<uint32_t>(k + 3)), "fighting") || iequals(tok(static_cast<uint32_t>(k + 3)), "siege") ||
           iequals(tok(static_cast<uint32_t>(k + 3)), "bombardment") || iequals(tok(static_cast<uint32_t>(k + 3)), "clashes")))
        return StoryPlace::kLead;
      // ("Agatu has been hit repeatedly ... In February 2016, attackers killed hundreds of people in the area":
      // the place the sentence before names, else the lead's.)
      if (iequals(noun, "area") && k > 0 &&
          (iequals(tok(static_cast<uint32_t>(k - 1)), "in") || iequals(tok(static_cast<uint32_t>(k - 1)), "across")))
        return StoryPlace::kLead;
      // ("... have been fighting in Amhara since August. ... 183 people had been killed in the first month of the
      // conflict": the conflict the sentence before placed; with none placed, it may be the country's, as it is
      // after "Malakal ... changed hands several times after war broke out".)
      if (iequals(noun, "conflict"))
        if (const Entity* town = town_of_sentence_before(s); town && fighting_placed_at(*town))
          return StoryPlace::kLead;
      // ("Cabo Delgado, a province rich in natural gas, has faced an armed insurgency since October 2017. ACLED says
      // about 6,000 people have died in the conflict": the region whose war the sentence before opens on.)
      if (iequals(noun, "conflict"))
        if (const Entity* region = town_of_sentence_before(s);
            region && !is_country(*region) && at_war_as_subject(*region))
          return StoryPlace::kRegion;
      // ("another education centre in the same neighbourhood in October 2020 that killed 24 students")
      if (iequals(noun, "same") && k + 2 < tokens_.size() &&
          (iequals(tok(static_cast<uint32_t>(k + 2)), "neighbourhood") || iequals(tok(static_cast<uint32_t>(k + 2)), "neighborhood") ||
           iequals(tok(static_cast<uint32_t>(k + 2)), "area")))
        return StoryPlace::kTown;
      // ("In 2017, gunmen dressed as medical staff attacked the same hospital, killing more than 30 people": the
      // site the story is about, where its lead is; a camp the story named is asked for below.)
      static constexpr std::string_view kStorySites[] = {"hospital", "mosque", "church", "market", "school"};
      static const WordSet story_sites(kStorySites);
      if (iequals(noun, "same") && k + 2 < tokens_.size() && tokens_[k + 2].span.end <= window.end &&
          story_sites.contains(tok(static_cast<uint32_t>(k + 2))))
        return StoryPlace::kLead;
      // ("the battle against the extremists" is a campaign, no one town's.)
      const bool town_battle =
          iequals(noun, "battle") && !(k + 2 < tokens_.size() && iequals(tok(static_cast<uint32_t>(k + 2)), "against"));
      if (iequals(noun, "offensive") || iequals(noun, "siege") || iequals(noun, "blockade") || iequals(noun, "assault") ||
          town_battle)
        return StoryPlace::kLead;
      // "since the fighting erupted Sunday night": the story's own round of
      // fighting, begun days ago (not "since the fighting began in 2011").
      // ("at least 1,000 civilians have been killed in the fighting so far": the campaign's, to date.)
      if ((iequals(noun, "fighting") || iequals(noun, "battle")) && find_word(window.of(text_), "so far", 0) != std::string_view::npos)
        return StoryPlace::kLead;
      if (iequals(noun, "fighting") || iequals(noun, "clashes")) {
        constexpr size_t kWordsToDay = 4;
        for (size_t m = k + 2; m < tokens_.size() && m <= k + 1 + kWordsToDay && tokens_[m].span.end <= window.end; ++m)
          if (lexicon::is_weekday(tok(static_cast<uint32_t>(m)))) return StoryPlace::kLead;
      }
    }
    return StoryPlace::kNone;
  }

  // ("a former Princeton University football player": a name in a description of someone, opened by "a",
  // "an" or "former" and going on in lower case, tells where the person was from, not where the deaths were.)
  bool describes_someone(Span name) const {
    const size_t first = first_at_or_after(tokens_, name.begin, token_span);
    const size_t after = first_at_or_after(tokens_, name.end, token_span);
    if (first == 0 || after >= tokens_.size()) return false;
    const std::string_view before = tok(static_cast<uint32_t>(first - 1)), next = tok(static_cast<uint32_t>(after));
    return (iequals(before, "a") || iequals(before, "an") || iequals(before, "former")) &&
           tokens_[after].kind == TokenKind::kWord && chars::is_ascii_lower(next[0]);
  }

  // "Aleppo University", "Garissa University College", "Mosul General
  // Hospital": the town an institution in `window` is named after, when it
  // is a known place.
  std::string_view town_naming_institution(Span window) const {
    // ("According to the Aleppo Health Directorate, at least 27 people were
    // killed": a town's own office speaks for the town.)
    static constexpr std::string_view kInstitutions[] = {"University", "College", "Hospital", "School", "Institute",
                                                         "Directorate", "Governorate", "Council", "Municipality",
                                                         "Authority", "Port"};  // "the Gwadar Port Authority complex"
    static const WordSet institutions(kInstitutions);
    const auto& ents = *in_.entities;
    for (size_t i = first_at_or_after(ents, window.begin, entity_span); i < ents.size() && ents[i].span.begin < window.end; ++i) {
      const Entity& e = ents[i];
      if (e.type != EntityType::kOrg && e.type != EntityType::kLoc) continue;
      const std::string_view name = e.span.of(text_);
      const size_t space = name.find(' ');
      if (space == std::string_view::npos) continue;
      bool institution = false;
      for (size_t at = space; at != std::string_view::npos && !institution; at = name.find(' ', at + 1)) {
        const size_t next = name.find(' ', at + 1);
        institution = institutions.contains(name.substr(at + 1, next == std::string_view::npos ? next : next - at - 1));
      }
      std::string_view town = name.substr(0, space);
      // ("the University of Gondar Comprehensive Specialized Hospital": the town after "of".)
      if (institutions.contains(town) && name.substr(space, 4) == " of ") {
        const size_t after = space + 4, end = name.find(' ', after);
        town = name.substr(after, end == std::string_view::npos ? std::string_view::npos : end - after);
      }
      if (institution && !institutions.contains(town) &&
          (lexicon::is_major_place(town) || gazetteer::is_place_name(town)) && !describes_someone(e.span))
        return town;
    }
    return {};
  }

  // The place "there" (after the verb, not "there were") points back to:
  // the town the sentence before names, else its country or region.
  const Entity* place_there_points_to(const Sentence& s, Span window) const {
    const Sentence* before = sentence_before_in_paragraph(s);
    if (!before) return nullptr;
    bool there = false;
    for (uint32_t k = token_at(s, window.begin); k < s.token_end && tokens_[k].span.end <= window.end && !there; ++k)
      there = k > s.token_begin && iequals(tok(k), "there") && !(k + 1 < s.token_end && is_auxiliary(tok(k + 1)));
    if (!there) return nullptr;
    const Entity* country = nullptr;
    const Entity* town =
        first_town_in({tokens_[before->token_begin].span.begin, tokens_[before->token_end - 1].span.end}, &country);
    return town ? town : country;
  }

  // "in the camp", "in the same square": the last place before the fact the
  // article called so ("the Zamzam displacement camp", "the village of Tal").
  const Entity* place_the_noun_points_to(Span fact, Span window) const {
    static constexpr std::string_view kNouns[] = {"camp", "village", "town", "city", "district", "neighbourhood",
                                                  "neighborhood", "square", "market", "province", "governorate"};
    static const WordSet nouns(kNouns);
    std::string_view noun;
    const size_t from = first_at_or_after(tokens_, window.begin, token_span);
    for (size_t k = from; k + 2 < tokens_.size() && tokens_[k + 2].span.end <= window.end && noun.empty(); ++k) {
      // ("an attack on the same camp", "at the camp")
      const std::string_view preposition = tok(static_cast<uint32_t>(k));
      if (!(iequals(preposition, "in") || iequals(preposition, "on") || iequals(preposition, "at")) ||
          !iequals(tok(static_cast<uint32_t>(k + 1)), "the"))
        continue;
      // ("in the same square", "on the city's eastern front")
      const size_t at = iequals(tok(static_cast<uint32_t>(k + 2)), "same") ? k + 3 : k + 2;
      if (at < tokens_.size() && tokens_[at].span.end <= window.end &&
          nouns.contains(chars::strip_possessive(tok(static_cast<uint32_t>(at)))))
        noun = chars::strip_possessive(tok(static_cast<uint32_t>(at)));
    }
    if (noun.empty()) return nullptr;
    constexpr size_t kNounReach = 3;  // "Zamzam displacement camp": the noun within a few words after the name
    constexpr size_t kEntityReach = 200;  // names back to the one the noun stands for: bounded on run-on text
    const auto& ents = *in_.entities;
    const size_t first_after = first_at_or_after(ents, fact.begin, entity_span);
    const Entity* noun_then_in = nullptr;
    for (size_t i = first_after; i-- > 0 && first_after - i <= kEntityReach;) {
      const Entity& e = ents[i];
      if (e.type != EntityType::kLoc || in_dateline(e)) continue;
      // ("Tayaran Square": the noun ends the name.)
      const std::string_view name = e.span.of(text_);
      if (name.size() > noun.size() && name[name.size() - noun.size() - 1] == ' ' &&
          iequals(name.substr(name.size() - noun.size()), noun))
        return &e;
      const size_t after = first_at_or_after(tokens_, e.span.end, token_span);
      // (In lower case: "the Combined Military Hospital and the District Headquarters Hospital" is no district.)
      for (size_t k = after; k < tokens_.size() && k < after + kNounReach; ++k)
        if (iequals(tok(static_cast<uint32_t>(k)), noun) && chars::is_ascii_lower(tok(static_cast<uint32_t>(k))[0]))
          return &e;
      const size_t at = first_at_or_after(tokens_, e.span.begin, token_span);
      // ("the town of X", "the camp at Inates")
      if (at >= 2 && (iequals(tok(static_cast<uint32_t>(at - 1)), "of") || iequals(tok(static_cast<uint32_t>(at - 1)), "at")) &&
          iequals(tok(static_cast<uint32_t>(at - 2)), noun))
        return &e;
      // ("a vegetable market in the town of Tuz Khurmatu": the noun, then "in" and the place; only when no
      // name carries the noun itself, as "al-Hol camp in Hasakah province" does.)
      size_t in_at = at;
      if (in_at >= 3 && iequals(tok(static_cast<uint32_t>(in_at - 1)), "of") &&
          lexicon::is_place_noun(tok(static_cast<uint32_t>(in_at - 2))) && iequals(tok(static_cast<uint32_t>(in_at - 3)), "the"))
        in_at -= 3;
      if (!noun_then_in && in_at >= 2 && iequals(tok(static_cast<uint32_t>(in_at - 1)), "in") &&
          iequals(tok(static_cast<uint32_t>(in_at - 2)), noun))
        noun_then_in = &e;
    }
    // ("repelled an RSF attack on the city's eastern front" under "July 14, 2024 (EL FASHER) –", its camp
    // named since: the city the story is filed from, when the story names it.)
    if (!noun_then_in && iequals(noun, "city"))
      if (const auto& dateline = in_.roles->dateline; dateline && !dateline->place.empty())
        for (size_t i = first_after; i-- > 0 && first_after - i <= kEntityReach;)
          if (ents[i].type == EntityType::kLoc && !in_dateline(ents[i]) &&
              iequals(ents[i].span.of(text_), dateline->place.of(text_)))
            return &ents[i];
    return noun_then_in;
  }

  // The sentence before, in its paragraph or the one before it.
  const Sentence* sentence_before_nearby(const Sentence& s) const {
    const auto& sentences = seg_.sentences;
    const size_t index = static_cast<size_t>(&s - sentences.data());
    return index > 0 && index < sentences.size() && sentences[index - 1].paragraph + 1 >= s.paragraph
               ? &sentences[index - 1]
               : nullptr;
  }

  const Sentence* sentence_holding(Span span) const {
    const auto& sentences = seg_.sentences;
    const auto it = std::partition_point(sentences.begin(), sentences.end(),
                                         [&](const Sentence& s) { return s.span.end <= span.begin; });
    return it != sentences.end() && it->span.begin <= span.begin && span.end <= it->span.end ? &*it : nullptr;
  }

  const Sentence* sentence_before_in_paragraph(const Sentence& s) const {
    const auto& sentences = seg_.sentences;
    const size_t index = static_cast<size_t>(&s - sentences.data());
    return index > 0 && sentences[index - 1].paragraph == s.paragraph ? &sentences[index - 1] : nullptr;
  }

  // Who the sentence before `s`, in its paragraph, says is speaking; empty
  // when it names no one (or only a pronoun).
  std::string source_of_sentence_before(const Sentence& s) const {
    const Sentence* previous = sentence_before_in_paragraph(s);
    if (!previous) return "";
    const Sentence& before = *previous;
    auto found = find_attribution(ctx_, before.token_begin, before.token_end, tokens_[before.token_end - 1].span.end);
    // ("... told reporters that about 253 people had been killed, not 359 as officials had said": the
    // words "as" compares with are no speaker's of the sentence; the speaker is the one before.)
    if (found) {
      const size_t at = first_at_or_after(tokens_, found->span.begin, token_span);
      if (at > before.token_begin + 1 && iequals(tok(static_cast<uint32_t>(at - 1)), "as"))
        found = find_attribution(ctx_, before.token_begin, static_cast<uint32_t>(at - 1), tokens_[at - 1].span.begin);
    }
    if (!found || found->pronoun) return "";
    auto earlier = resolve_definite_description(ctx_, found->span);
    return earlier ? std::move(*earlier) : found->name;
  }

  // The last person ("he", "she") or organisation ("it") named in `s` before
  // the pronoun or in the sentence before it, in the same paragraph.
  // (Not one the fact counts: "The Paktia police chief, Toryalai Abdyani, was among the dead, he said" is told
  // by someone else; `victims` is the fact's span.)
  const Entity* person_named_before(const Sentence& s, Span pronoun_span, Span victims = {}) const {
    const std::string_view pronoun = pronoun_span.of(text_);
    const bool person = iequals(pronoun, "he") || iequals(pronoun, "she");
    if (!person && !iequals(pronoun, "it")) return nullptr;
    const EntityType wanted = person ? EntityType::kPerson : EntityType::kOrg;
    // ("Mahmoud Basal said ... "...," he told Reuters. He said 11 children
    // ...": a person goes on through a sentence that names no one, and into
    // the next paragraph: "Her cousin was among the wounded, she said.")
    // ("The Syrian American Medical Society (SAMS) said ...\nMedics treated more than 70 people, it said": a
    // paragraph's first sentence looks back into the paragraph before, as one line a paragraph is written.)
    const auto before = [&](const Sentence& x) {
      const Sentence* in_paragraph = sentence_before_in_paragraph(x);
      return person || !in_paragraph ? sentence_before_nearby(x) : in_paragraph;
    };
    const Sentence* previous = before(s);
    const auto& ents = *in_.entities;
    const Entity* found = nullptr;
    constexpr int kSentencesBack = 3;
    for (int back = 0; back < kSentencesBack && !found; ++back) {
      const Sentence& first = previous ? *previous : s;
      const uint32_t from = tokens_[first.token_begin].span.begin;
      for (size_t i = first_at_or_after(ents, from, entity_span); i < ents.size() && ents[i].span.end <= pronoun_span.begin; ++i)
        if (ents[i].type == wanted && !(ents[i].span.begin >= victims.begin && ents[i].span.end <= victims.end && victims.end > 0))
          found = &ents[i];
      if (!person || !previous) break;
      previous = before(*previous);
      if (!previous) break;
    }
    // "The Sudan Doctors Network blamed the Rapid Support Forces for the
    // attack, which it said wounded 32": in its own sentence "it" is the
    // body that opens it (the subject), not the one the verb is about.
    // ("The Observatory said 28 Hizbullah fighters ... had been killed. At least 52 rebels were also killed,
    // it added": so is the body opening the sentence before, where the one it names is.)
    const auto opening_body = [&](const Sentence& x) -> const Entity* {
      uint32_t opening = x.token_begin;
      if (opening < x.token_end && iequals(tok(opening), "the")) ++opening;
      const size_t i = first_at_or_after(ents, tokens_[opening].span.begin, entity_span);
      return i < ents.size() && ents[i].span.begin == tokens_[opening].span.begin && ents[i].type == wanted &&
                     ents[i].span.end <= pronoun_span.begin
                 ? &ents[i]
                 : nullptr;
    };
    if (!person && found) {
      if (const Entity* subject = opening_body(s)) found = subject;
      else if (previous && found->span.begin >= tokens_[previous->token_begin].span.begin)
        if (const Entity* subject_before = opening_body(*previous); subject_before && is_speech_verb(word_after(*subject_before)))
          found = subject_before;
    }
    return found;
  }

  bool tells_arrests(const Sentence& s) const {
    for (uint32_t k = s.token_begin; k < s.token_end; ++k)
      if (const Trigger* t = trigger_of(tok(k)); t && is_custody_outcome(t->outcome)) return true;
    return false;
  }

  // What `find` gives for the nearer of the two sentences before `s` in its
  // paragraph that gives anything (a non-empty string), else `find`'s empty value.
  template <typename Find>
  auto from_sentences_before(const Sentence& s, Find&& find) const -> decltype(find(s)) {
    constexpr size_t kSentencesBack = 2;
    const auto& sentences = seg_.sentences;
    const size_t index = static_cast<size_t>(&s - sentences.data());
    for (size_t back = 1; back <= kSentencesBack && back <= index; ++back) {
      const Sentence& before = sentences[index - back];
      if (before.paragraph != s.paragraph) break;
      auto found = find(before);
      if (!found.empty()) return found;
    }
    return {};
  }

  // The cause named at token k: two words as written first, when one space
  // joins them ("air strike", "suicide bomber", and `*pair` says so), else
  // the word alone unless it is a fuel ("gas field").
  // cause_at(k, end of s) for a token of s not last in the caller's window
  // (where the window's end makes no difference), each token asked once:
  // every toll of a sentence looks over the same words.
  const char* sentence_cause_at(const Sentence& s, uint32_t k, bool* pair) {
    if (cause_memo_for_ != &s) {
      cause_memo_for_ = &s;
      cause_memo_.assign(s.token_end - s.token_begin, CauseMemo{});
    }
    CauseMemo& m = cause_memo_[k - s.token_begin];
    if (!m.known) {
      bool two_words = false;
      const char* cause = cause_at(k, s.token_end, &two_words);
      m = {cause, two_words, true};
    }
    *pair = m.pair;
    return m.cause;
  }

  const char* cause_at(uint32_t k, uint32_t end, bool* pair) const {
    *pair = false;
    if (tokens_[k].kind != TokenKind::kWord) return nullptr;
    if (k + 1 < end && tokens_[k + 1].span.begin == tokens_[k].span.end + 1)
      if (const char* two = cause_of({}, words(k, k + 1))) {
        *pair = true;
        return two;
      }
    return fuel_not_weapon(k, end) || brought_down(k) ? nullptr : cause_of(tok(k), {});
  }

  // "shot down a government helicopter": the aircraft was the target, not the weapon.
  bool brought_down(uint32_t k) const {
    if (!is_aircraft(tok(k))) return false;
    constexpr uint32_t kReach = 4;  // "shot down a [Syrian] [army] helicopter"
    for (uint32_t j = k; j-- > 0 && k - j <= kReach;)
      if (iequals(tok(j), "down") || iequals(tok(j), "downed")) return true;
    return false;
  }

  // "a gas field", "the gas station": gas as a fuel, no chemical attack.
  // "a gas field battle", "a chemical plant explodes": industry, not a weapon.
  bool fuel_not_weapon(uint32_t k, uint32_t end) const {
    if (!(iequals(tok(k), "gas") || iequals(tok(k), "chemical")) || k + 1 >= end) return false;
    static constexpr std::string_view kPlaces[] = {"field", "fields", "station", "stations", "plant", "plants",
                                                   "pipeline", "facility", "facilities", "cylinder", "cylinders",
                                                   "company", "prices", "supplies", "well", "wells", "reserves",
                                                   "factory", "factories", "industry", "warehouse", "tanker"};
    static const WordSet places(kPlaces);
    return places.contains(tok(k + 1));
  }

  static bool ends_with_ing(std::string_view w) { return w.size() > 4 && iequals(w.substr(w.size() - 3), "ing"); }

  // The entity of `type` named from token k on ("ISIS", "Islamic State"), if any.
  const Entity* entity_starting_at(uint32_t k, EntityType type) const {
    const auto& ents = *in_.entities;
    const uint32_t at = tokens_[k].span.begin;
    for (size_t i = first_at_or_after(ents, at, entity_span); i < ents.size() && ents[i].span.begin == at; ++i)
      if (ents[i].type == type) return &ents[i];
    return nullptr;
  }
  const Entity* org_starting_at(uint32_t k) const { return entity_starting_at(k, EntityType::kOrg); }

  // The first token after an entity that starts at token k.
  uint32_t token_after(const Entity& entity, uint32_t k, uint32_t e) const {
    while (k < e && tokens_[k].span.begin < entity.span.end) ++k;
    return k;
  }

  // Who a named victim was, from the title before the name: "journalist
  // Marie Colvin" a civilian, "General Issam Zahreddine" a combatant.
  const VictimNoun* named_victim_noun(const Entity& person) const {
    static constexpr VictimNoun kRanked{"", "combatant"};
    static constexpr std::string_view kRanks[] = {"general", "gen", "colonel", "col", "major", "maj", "captain",
                                                  "capt", "lieutenant", "lt", "sergeant", "sgt", "brigadier",
                                                  "commander", "private", "corporal", "cpl"};
    static const WordSet ranks(kRanks);
    if (person.title.empty()) return &kNamedVictim;
    std::string_view title = person.title.of(text_);
    title = title.substr(title.rfind(' ') + 1);
    if (!title.empty() && title.back() == '.') title.remove_suffix(1);
    if (const VictimNoun* noun = victim_of(title)) return noun;
    return ranks.contains(title) ? &kRanked : &kNamedVictim;
  }

  // "Elkino Watson is killed", "Reyaad Khan and Ruhul Amin were reportedly
  // killed", "Omar was shot dead": people named as the subject of a passive
  // outcome count one each. Only the passive counts: "Assad has killed" and
  // "Assad killed" name the killer, and "X died" is as often an obituary.
  // Injuries are left out too: a named player "was injured" in sports news.
  // Victims named from token `begin` to `end`, the first name being `person`'s.
  Victims named_victims(uint32_t begin, uint32_t end, const Entity& person) const {
    Victims named;
    named.begin = begin;
    named.end = end;
    named.noun = named_victim_noun(person);
    named.named = true;
    return named;
  }

  std::optional<Victims> named_victims_at(uint32_t i, uint32_t e, uint32_t* names) const {
    // (A name may open with a lower-case particle: "al-Bursh, 50, had died".)
    if (tokens_[i].kind != TokenKind::kWord ||
        (chars::case_at(tok(i), 0) != utf8::LetterCase::kUpper && tok(i).find('-') == std::string_view::npos))
      return std::nullopt;
    const Entity* person = entity_starting_at(i, EntityType::kPerson);
    if (!person) return std::nullopt;
    uint32_t end = token_after(*person, i, e);
    *names = 1;
    // "X and Y", "X, Y and Z"; a list runs to a handful of names (this is
    // asked at every name, so an unbounded walk would be quadratic in a list).
    constexpr uint32_t kMostNames = 8;
    while (*names < kMostNames && end + 1 < e && (iequals(tok(end), "and") || tok(end) == ",")) {
      // "... and French photographer Remi Ochlik": past a nationality and a title.
      constexpr uint32_t kDescriptionWords = 3;
      uint32_t at = end + 1;
      while (at < e && at < end + 1 + kDescriptionWords && !entity_starting_at(at, EntityType::kPerson) &&
             tokens_[at].kind == TokenKind::kWord && !iequals(tok(at), "and") &&
             (lexicon::is_nationality(tok(at)) || lexicon::is_person_title(tok(at))))
        ++at;
      const Entity* next = entity_starting_at(at, EntityType::kPerson);
      if (!next) break;
      end = token_after(*next, at, e);
      ++*names;
    }
    // "the shelling that killed American reporter Marie Colvin and French
    // photographer Remi Ochlik": names as the object of an outcome verb, past
    // a short description.
    if (named_after_outcome_verb(i, end, e)) return named_victims(i, end, *person);
    uint32_t k = end;
    // ("Mahmoud Hamza, who had been detained by Rada": in a relative clause.)
    bool relative = k + 1 < e && tok(k) == "," && iequals(tok(k + 1), "who");
    if (relative) {
      k += 2;
      // ("Alejandro Arcos, who was sworn in on Sept. 30, was killed on Sunday": past a clause of other doings,
      // closed by its comma, the name's own verb.)
      if (const uint32_t after = after_relative_clause_of_other_doings(k, e)) {
        k = after;
        relative = false;
      }
    }
    // ("al-Bursh, 50, had died", "Adnan al-Bursh, a doctor, died": an age or a description between.)
    // ("said Ali Hussein, 35, who was wounded in the legs": an age, then the relative clause.)
    else if (is_age_in_commas(k)) {
      k += 3;
      if (k < e && iequals(tok(k), "who")) ++k;
    } else if (const uint32_t after = after_apposition_in_commas(k, e)) k = after;
    else if (k + 1 < e && tok(k) == "," && (iequals(tok(k + 1), "died") || iequals(tok(k + 1), "dies"))) ++k;
    // "its branch director, Omar Barakat, was among": the name itself in apposition
    // (its title before it: "a 20-year-old reservist, Sgt Maj Yosef Cohen, was killed").
    // ("The minister, Khalil Haqqani, has been killed": "has" before "been" as well.)
    else if (k + 1 < e && tok(k) == "," && opens_passive(k + 1, e) && comma_before_name(i))
      ++k;
    const uint32_t verb_from = k;
    bool passive = false;
    while (k < e && k < verb_from + 4 && is_auxiliary(tok(k)) && !iequals(tok(k), "who")) {
      passive = passive || lexicon::is_be_form(tok(k));
      ++k;
    }
    // "Adnan al-Bursh ... died in an Israeli prison": a named person's death
    // in custody or of violence ("Nelson Mandela died on Thursday" is no fact).
    if (k < e && (iequals(tok(k), "died") || iequals(tok(k), "dies")) && !passive && !relative &&
        dies_of_violence_or_custody(k + 1, e))
      return named_victims(i, end, *person);
    // ("Taliban refugee minister Khalil Haqqani killed in Kabul suicide bombing": a headline drops the "is"; not
    // "Hamas killed 1,200 in Israel", an object after the verb.)
    if (!passive && !relative && in_title_ && k == end && k < e && chars::ends_with(tok(k), "ed") &&
        !object_after_verb(k + 1, e))
      if (const Trigger* t = outcome_word(k, e); t && std::string_view(t->outcome) == "killed")
        return named_victims(i, end, *person);
    if (!passive || k >= e) return std::nullopt;
    // "Omar Barakat, was among those killed", "X was among the dead": one of a toll.
    if (k + 2 < e && iequals(tok(k), "among") && (iequals(tok(k + 1), "those") || iequals(tok(k + 1), "the"))) {
      // ("... whose daughter Fatima is among the missing": the missing named too.)
      const Trigger* t = outcome_word(k + 2, e);
      if (t && (std::string_view(t->outcome) != "missing" || iequals(tok(k + 2), "missing")))
        return named_victims(i, end, *person);
      return std::nullopt;
    }
    k = past_manner_of_killing(k, e);  // "Omar was shot dead", "was stabbed to death", "was shot and killed"
    // ("Letminthang Haokip was dragged from his car and killed by a mob": the subject's second passive verb.)
    if (const uint32_t second = second_passive_verb(k, e)) k = second;
    const Trigger* t = outcome_word(k, e);
    const std::string_view w = tok(k);
    const bool participle = w.size() > 3 && (iequals(w.substr(w.size() - 2), "ed") || iequals(w, "slain") ||
                                             iequals(w, "dead") || (iequals(w, "death") && iequals(tok(k - 1), "to")));
    if (!t || !participle || std::string_view(t->outcome) == "missing") return std::nullopt;
    // A named person "wounded" (a wound of violence) counts; "injured" may be
    // a player's ("Lionel Messi was injured in training").
    if (std::string_view(t->outcome) == "wounded" && !iequals(w, "wounded")) return std::nullopt;
    return named_victims(i, end, *person);
  }

  // From the words of an active relative clause at token k ("helped him had been arrested"), the outcome
  // participle of the main verb's passive right after it, within a few words of one clause, or 0.
  uint32_t passive_after_relative(uint32_t k, uint32_t e) const {
    constexpr uint32_t kClauseWords = 5;  // "helped him"
    for (uint32_t m = k + 1; m + 1 < e && m <= k + kClauseWords && tokens_[m].kind == TokenKind::kWord; ++m) {
      if (!(iequals(tok(m), "was") || iequals(tok(m), "were") || iequals(tok(m), "had") || iequals(tok(m), "has") ||
            iequals(tok(m), "have")))
        continue;
      uint32_t v = m;
      while (v < e && v < m + 3 && is_auxiliary(tok(v))) ++v;
      // ("A 12-year-old boy who was passing by was among the wounded": the toll's noun after "among the".)
      if (v + 2 < e && v > m && lexicon::is_be_form(tok(v - 1)) && iequals(tok(v), "among") &&
          iequals(tok(v + 1), "the") && outcome_word(v + 2, e))
        return v + 2;
      if (v < e && v > m && lexicon::is_be_form(tok(v - 1)) && outcome_word(v, e) && chars::ends_with(tok(v), "ed"))
        return v;
      // ("who was passing by was ...": the clause's own progressive; the main verb is further on.)
      if (!(v < e && v > m && chars::ends_with(tok(v), "ing"))) return 0;
    }
    return 0;
  }

  // From a passive participle at token k that tells no outcome ("dragged"), the outcome participle after
  // "and" a few words on in the same clause ("... from his car and killed"), or 0.
  uint32_t second_passive_verb(uint32_t k, uint32_t e) const {
    if (k >= e || outcome_word(k, e) || !chars::ends_with(tok(k), "ed")) return 0;
    constexpr uint32_t kFirstVerbWords = 7;  // "dragged from his car and"
    for (uint32_t m = k + 1; m + 1 < e && m <= k + kFirstVerbWords && tokens_[m].kind == TokenKind::kWord; ++m) {
      if (!iequals(tok(m), "and")) continue;
      // ("were offloaded from buses and shot dead": "dead" closes the manner.)
      if (m + 2 < e && iequals(tok(m + 1), "shot") && iequals(tok(m + 2), "dead")) return m + 2;
      return outcome_word(m + 1, e) ? m + 1 : 0;
    }
    return 0;
  }

  // "three others took position in a building ... and were killed later": from the victims' end at `k`, an
  // active verb in the past, the few words of its predicate, then "and", a be-form and the outcome participle
  // of the same subject. The token of that participle, or 0.
  uint32_t outcome_of_second_predicate(uint32_t k, uint32_t e) const {
    static constexpr std::string_view kPastVerbs[] = {"took", "hid", "fled", "ran", "went", "came", "fought", "stood",
                                                      "held", "made", "got", "sought"};
    static const WordSet irregular_past(kPastVerbs);
    if (k >= e || tokens_[k].kind != TokenKind::kWord || outcome_word(k, e)) return 0;
    const std::string_view verb = tok(k);
    if (!(irregular_past.contains(verb) || (chars::ends_with(verb, "ed") && chars::is_ascii_lower(verb[0]))))
      return 0;
    constexpr uint32_t kPredicateWords = 10;  // "took position in a building near the perimeter and"
    for (uint32_t m = k + 1; m + 2 < e && m <= k + kPredicateWords && tokens_[m].kind == TokenKind::kWord; ++m) {
      if (outcome_word(m, e) || parse_count(text_, tokens_, m, e)) return 0;
      if (!iequals(tok(m), "and")) continue;
      if (!(iequals(tok(m + 1), "were") || iequals(tok(m + 1), "was"))) return 0;
      uint32_t v = m + 2;
      while (v < e && v < m + 4 && is_auxiliary(tok(v))) ++v;
      return v < e && chars::ends_with(tok(v), "ed") && outcome_word(v, e) ? v : 0;
    }
    return 0;
  }

  // "was dragged from his car and killed": from the be-form at `from`, a first participle, then the outcome
  // at `trigger_at` after "and".
  bool passive_verb_then_outcome(uint32_t from, uint32_t trigger_at) const {
    return trigger_at > from + 2 && lexicon::is_be_form(tok(from)) &&
           second_passive_verb(from + 1, trigger_at + 1) == trigger_at;
  }

  // From token k right after "who": the token after the comma closing a clause of at most `reach` tokens whose
  // own verb tells no outcome ("was sworn in on Sept. 30,"), when a verb follows it; 0 otherwise.
  static constexpr uint32_t kShortClauseTokens = 12;
  static constexpr uint32_t kLongClauseTokens = 30;  // "who drove a car at people ... and then stabbed a guard"
  uint32_t after_relative_clause_of_other_doings(uint32_t k, uint32_t e, uint32_t reach = kShortClauseTokens) const {
    for (uint32_t m = k; m < e && m < k + reach; ++m) {
      if (outcome_word(m, e)) return 0;
      if (tok(m) == "," && m + 1 < e && is_auxiliary(tok(m + 1))) return m + 1;
      if (tok(m) == "," || tok(m) == ";") return 0;
    }
    return 0;
  }

  // A comma right before the name at token i, or before the titles it carries ("..., Sgt Maj Yosef Cohen,").
  bool comma_before_name(uint32_t i) const {
    uint32_t k = i;
    // ("a soldier, Lance Naik Dinesh Kumar, was killed": a title's modifier too.)
    while (k > 0 && (lexicon::is_person_title(tok(k - 1)) || lexicon::is_title_modifier(tok(k - 1)) || tok(k - 1) == "."))
      --k;
    return k > 0 && tok(k - 1) == ",";
  }

  // The names [i, end) follow an active outcome verb ("killed", "wounded",
  // "executed") and end their noun phrase: "killed reporter Marie Colvin.",
  // not "killed Assad supporters" nor "killed by Assad's forces".
  bool named_after_outcome_verb(uint32_t i, uint32_t end, uint32_t e, uint32_t* verb_at = nullptr) const {
    constexpr uint32_t kDescriptionWords = 5;  // "the 82-year-old antiquities scholar"
    uint32_t k = i;
    // ("reporter", "photographer", "aid worker": lower-case nouns; no "in", "the", "and".)
    const auto describes = [&](std::string_view w) {
      if (lexicon::is_nationality(w) || lexicon::is_person_title(w)) return true;
      return chars::is_ascii_lower(w[0]) && !lexicon::is_preposition(w) && !is_determiner_word(w) &&
             !iequals(w, "and") && !iequals(w, "or") && !trigger_of(w);
    };
    // ("beheaded the 82-year-old antiquities scholar Khaled al-Asaad": an age
    // written with hyphens is one word, and an article may open the description.)
    const auto glued_to_next = [&](uint32_t m) { return tokens_[m].span.end == tokens_[m + 1].span.begin; };
    for (uint32_t words = 0; k > 0 && words < kDescriptionWords;) {
      const uint32_t m = k - 1;
      if (tokens_[m].kind == TokenKind::kWord && describes(tok(m))) {
        --k;
        ++words;
      } else if ((tok(m) == "-" || tokens_[m].kind == TokenKind::kNumber) && m + 1 < i && glued_to_next(m)) {
        --k;
      } else if (tok(m) == "." && m > 0 && tokens_[m - 1].span.end == tokens_[m].span.begin &&
                 lexicon::is_person_title(tok(m - 1))) {
        --k;  // ("killed Gen. Qassem Soleimani": an abbreviated title's period.)
      } else {
        break;
      }
    }
    if (k < i && k > 0 && (is_determiner_word(tok(k - 1)) || is_possessive_determiner(tok(k - 1)))) --k;
    if (k == 0) return false;
    const std::string_view verb = tok(k - 1);
    const Trigger* t = outcome_word(k - 1, e);
    if (!t || std::string_view(t->outcome) == "missing" || !chars::is_ascii_lower(verb[0]) ||
        !(verb.size() > 3 && iequals(verb.substr(verb.size() - 2), "ed")))
      return false;
    // (Not a passive's agent: "were killed", "was wounded" are the subject's.)
    if (k >= 2 && lexicon::is_be_form(tok(k - 2))) return false;
    if (verb_at) *verb_at = k - 1;
    return end >= e || tokens_[end].kind != TokenKind::kWord || ends_noun_phrase(end, e);
  }

  static bool is_time_unit(std::string_view w) {
    static constexpr std::string_view kUnits[] = {"days", "hours", "weeks", "months", "years", "minutes", "decades"};
    static const WordSet units(kUnits);
    return units.contains(w);
  }

  static bool is_seizing(std::string_view w) {
    return iequals(w, "seized") || iequals(w, "seize") || iequals(w, "seizes") || iequals(w, "captured") ||
           iequals(w, "capture") || iequals(w, "captures");
  }

  // An outcome told of its subject's own fate: "director dies", "soldier killed" (not "police kill").
  static bool is_done_to_them(std::string_view w) {
    return (w.size() > 3 && iequals(w.substr(w.size() - 2), "ed")) || iequals(w, "dies") || iequals(w, "dead") ||
           iequals(w, "hurt") || iequals(w, "missing");
  }

  static bool is_determiner_word(std::string_view w) {
    return iequals(w, "a") || iequals(w, "an") || iequals(w, "the") || iequals(w, "his") || iequals(w, "her") ||
           iequals(w, "their") || iequals(w, "its") || iequals(w, "one");
  }

  // After "died": "in an Israeli prison", "in custody", "of his wounds", "in the attack".
  bool dies_of_violence_or_custody(uint32_t k, uint32_t e) const {
    static constexpr std::string_view kWords[] = {"prison", "custody", "detention", "jail", "wounds", "injuries",
                                                  "torture", "attack", "strike", "shelling", "bombing", "explosion"};
    static const WordSet words(kWords);
    constexpr uint32_t kReach = 6;
    for (uint32_t m = k; m < e && m < k + kReach; ++m)
      if (words.contains(tok(m))) return true;
    return false;
  }

  // ("policemen", "people", "schoolchildren", "police": plurals a headline writes without the "s".)
  static bool reads_plural(std::string_view w) {
    constexpr std::string_view kChildren = "children";
    return w.empty() || w.back() == 's' || chars::ends_with(w, "men") || iequals(w, "people") || iequals(w, "police") ||
           (w.size() >= kChildren.size() && iequals(w.substr(w.size() - kChildren.size()), kChildren));
  }

  // "child", "soldier": a victim noun whose plural is another ("children" is no one person).
  bool names_one_person(std::string_view w) const {
    if (iequals(w, "child") || iequals(w, "woman") || iequals(w, "man") || iequals(w, "baby")) return true;
    if (w.empty() || w.back() == 's') return false;
    char plural[32];
    if (w.size() + 1 > sizeof plural) return false;
    std::memcpy(plural, w.data(), w.size());
    plural[w.size()] = 's';
    return victim_of(std::string_view(plural, w.size() + 1)) != nullptr;
  }

  // A person named right after "among them" or "including": one of the
  // dead (or wounded) the sentence has just counted.
  std::optional<Victims> named_part_at(uint32_t i, uint32_t e) const {
    if (i < 2 || !(iequals(tok(i - 1), "them") || iequals(tok(i - 1), "including"))) return std::nullopt;
    const Entity* person = entity_starting_at(i, EntityType::kPerson);
    if (!person) return std::nullopt;
    const uint32_t after = token_after(*person, i, e);
    // ("an alliance including Al-Qaedas Syrian affiliate": a name before a noun modifies it.)
    if (after < e && tokens_[after].kind == TokenKind::kWord && chars::is_ascii_lower(tok(after)[0]) &&
        !iequals(tok(after), "and") && !iequals(tok(after), "or") && !iequals(tok(after), "who") &&
        !is_auxiliary(tok(after)) && !is_determiner_word(tok(after)))
      return std::nullopt;
    return named_victims(i, after, *person);
  }

  // "Among the dead was Mustafa Baraka", "Among the dead were 14-year-old
  // twin sisters Yulia and Anna Aksenchenko and the Ukrainian writer Victoria
  // Amelina": people named after the outcome and its verb, past a short
  // description, and the names listed after them. Sets the number of names
  // and the outcome word's token.
  std::optional<Victims> named_among_the_outcome(uint32_t i, uint32_t e, uint32_t* names, uint32_t* outcome_at) const {
    // Asked at every token of a sentence with an outcome: a lower-case word turns it away first.
    if (i == 0 || tokens_[i].kind != TokenKind::kWord || !chars::is_ascii_upper(tok(i)[0])) return std::nullopt;
    const Entity* person = entity_starting_at(i, EntityType::kPerson);
    if (!person) return std::nullopt;
    constexpr uint32_t kDescriptionTokens = 7;  // "14-year-old twin sisters", "the Ukrainian writer"
    uint32_t k = i;
    // ("Among the dead was Deputy Superintendent of Police Nawaz Gishkori": past the name's title.)
    if (!person->title.empty() && person->title.end <= person->span.begin)
      if (const auto t = static_cast<uint32_t>(first_at_or_after(tokens_, person->title.begin, token_span)); t < i) k = t;
    const uint32_t described = k;
    while (k > 0 && described - k < kDescriptionTokens &&
           (describes_person(k - 1) || (k < i && (lexicon::is_person_title(tok(k - 1)) || lexicon::is_title_modifier(tok(k - 1))))))
      --k;
    // "Among the wounded were the deputy chief of staff, Major General Saleh al-Zindani, the head of military
    // intelligence, ...": a role in commas before the name.
    const uint32_t role = k == described ? role_in_commas_before(k) : k;
    const bool role_apposed = role < k;
    k = role;
    // The list word before this name and the token where the name before it ends: "..., and" / "and", or
    // a comma before a role in commas.
    uint32_t list_word = k;
    if (k >= 2 && iequals(tok(k - 1), "and")) list_word = k - 1 >= 1 && tok(k - 2) == "," ? k - 2 : k - 1;
    else if (k >= 2 && tok(k - 1) == "," && role_apposed) list_word = k - 1;
    if (k >= 3 && (iequals(tok(k - 1), "was") || iequals(tok(k - 1), "were")) && among_the(k - 2) &&
        outcome_word(k - 2, e)) {
      *outcome_at = k - 2;
    } else if (const uint32_t participle = k >= 1 ? inverted_outcome_before(k - 1, e) : kNoToken;
               participle != kNoToken) {
      *outcome_at = participle;
    } else if (list_word < k && list_word >= 1 && entity_ending_at(list_word - 1, 0, EntityType::kPerson)) {
      // A name listed after named ones: the list's "among the dead" header stands before it.
      constexpr uint32_t kListReach = 30;
      uint32_t m = k - 1;
      while (m > 2 && k - m < kListReach && !((iequals(tok(m), "was") || iequals(tok(m), "were")) && among_the(m - 1)))
        --m;
      if (m <= 2 || k - m >= kListReach || !outcome_word(m - 1, e)) return std::nullopt;
      *outcome_at = m - 1;
    } else {
      return std::nullopt;
    }
    uint32_t end = token_after(*person, i, e);
    *names = 1;
    // "Yulia and Anna Aksenchenko": two names that share the description.
    if (end + 1 < e && iequals(tok(end), "and"))
      if (const Entity* next = entity_starting_at(end + 1, EntityType::kPerson)) {
        end = token_after(*next, end + 1, e);
        *names = 2;
      }
    return named_victims(i, end, *person);
  }

  // The latest fact of the last few paragraphs whose lower count is `n`, or -1.
  // An outcome word in tokens [from, e).
  bool outcome_later_in(uint32_t from, uint32_t e) const {
    constexpr uint32_t kReach = 12;  // "a recruit who was wounded": the description's own clause, bounded
    for (uint32_t k = from; k < e && k < from + kReach; ++k)
      if (outcome_word(k, e)) return true;
    return false;
  }

  // The last whole toll told in this paragraph or the `paragraphs_back` before it, or -1; of the dead only
  // when `dead_only`.
  int32_t last_whole_toll(uint32_t paragraph, uint32_t paragraphs_back, std::string_view outcome) const {
    constexpr size_t kFactsBack = 64;  // bounded on a paragraph of many tolls
    for (size_t j = out_.size(); j-- > 0 && fact_paragraph_[j] + paragraphs_back >= paragraph && out_.size() - j <= kFactsBack;)
      if (out_[j].part_of < 0 && (outcome.empty() || out_[j].outcome == outcome)) return static_cast<int32_t>(j);
    return -1;
  }

  // The toll "of them" or "the victims, among them" points back to: of any outcome, two paragraphs back at most
  // ("The source added that the attack also caused material damage" may stand between).
  int32_t last_whole_toll(uint32_t paragraph) const { return last_whole_toll(paragraph, 2, {}); }

  // The place is its sentence's first word, its subject: "Jamundi has suffered repeated attacks this year".
  bool opens_its_sentence(const Entity& place) const {
    const Sentence* s = sentence_holding(place.span);
    return s && tokens_[s->token_begin].span.begin == place.span.begin;
  }

  // Does `words` hold one of the (lower-case) phrases, at word boundaries?
  static bool holds_any(std::string_view words, std::initializer_list<std::string_view> phrases) {
    for (std::string_view phrase : phrases)
      if (find_word(words, phrase, 0) != std::string_view::npos) return true;
    return false;
  }

  // "in the territory", "in the province": a region named by its kind alone.
  bool names_unit_as_the(Span window) const {
    return holds_any(window.of(text_), {"the territory", "the region", "the province", "the county", "the district"});
  }

  // The token after an opening "He said (that)": where the sentence's own subject starts.
  uint32_t past_reporting_clause(uint32_t b, uint32_t e) const {
    if (b + 2 >= e || !is_telling_pronoun(tok(b)) || !is_speech_verb(tok(b + 1)))
      return b;
    return iequals(tok(b + 2), "that") ? b + 3 : b + 2;
  }

  // "of them are in critical condition", "of them died", "of them seriously": a part's own state within a few
  // words of k.
  bool part_state_after(uint32_t k, uint32_t e) const {
    if (condition_within(k, e)) return true;
    for (uint32_t m = k; m < e && m <= k + kOfThemStateReach; ++m)
      if (outcome_word(m, e) || is_severity_word(tok(m)) || iequals(tok(m), "critical") || iequals(tok(m), "serious"))
        return true;
    return false;
  }

  // "were said to be in critical condition": the word "condition", in a grave state, a few words from k.
  bool condition_within(uint32_t k, uint32_t e) const {
    constexpr uint32_t kReach = kOfThemStateReach;
    for (uint32_t m = k; m < e && m <= k + kReach; ++m)
      if (iequals(tok(m), "condition")) return in_grave_condition(m);
    return false;
  }

  // The fact is a listed part itself: "the wounded included six federal policemen" (so "four of them" are of
  // the six, not of a toll).
  bool lists_parts(Span fact) const { return holds_any(fact.of(text_), {"included", "including", "include"}); }

  // Is the latest whole toll of `n` (fact_counting's reach) a toll of the dead?
  bool dead_counted_before(int64_t n, uint32_t paragraph) const {
    const int32_t told = fact_counting(n, paragraph);
    return told >= 0 && out_[static_cast<size_t>(told)].outcome == "killed";
  }

  // Token i is a later number of a list of ages: "aged 19, 22 and 25", "aged 21 and 19".
  bool in_list_of_ages(uint32_t i, uint32_t b) const {
    constexpr uint32_t kLongestList = 12;  // tokens back to "aged"
    for (uint32_t k = i; k > b && i - k < kLongestList; --k) {
      const std::string_view w = tok(k - 1);
      if (iequals(w, "aged")) return k < i;
      if (!(w == "," || iequals(w, "and") || tokens_[k - 1].kind == TokenKind::kNumber)) return false;
    }
    return false;
  }

  // The toll "the victims included" and "the dead include" name: of the dead, this paragraph or the one before.
  int32_t last_toll_of_the_dead(uint32_t paragraph) const { return last_whole_toll(paragraph, 1, "killed"); }

  // The latest whole toll of `outcome`, four paragraphs back at most (named by its outcome, it may lie
  // further back than a bare "them" reaches: a quotation and a speaker's other news between).
  int32_t last_toll_with_outcome(uint32_t paragraph, std::string_view outcome) const {
    return last_whole_toll(paragraph, 4, outcome);
  }

  int32_t fact_counting(int64_t n, uint32_t paragraph) const {
    constexpr uint32_t kParagraphsBack = 3;
    for (size_t j = out_.size(); j-- > 0 && fact_paragraph_[j] + kParagraphsBack >= paragraph;)
      if (out_[j].count_min == n && out_[j].part_of < 0) return static_cast<int32_t>(j);
    return -1;
  }

  static bool counts_households(std::string_view head) {
    return iequals(head, "family") || iequals(head, "families") || iequals(head, "household") ||
           iequals(head, "households");
  }

  // "the wounded civilians, among them a 7-year-old boy,": one person
  // (from "a" at i) among the victims of a toll named by its outcome word
  // ("the wounded", "the dead") and told before. Sets that word's token.
  // ("the injured, including a 16-year-old girl, were taken": so after "including".)
  std::optional<Victims> one_among_told_toll(uint32_t i, uint32_t b, uint32_t e, uint32_t* outcome_at) const {
    if (!(iequals(tok(i), "a") || iequals(tok(i), "an")) || i < b + 4) return std::nullopt;
    const bool among_them = iequals(tok(i - 1), "them") && iequals(tok(i - 2), "among") && tok(i - 3) == ",";
    const bool including = iequals(tok(i - 1), "including") && tok(i - 2) == ",";
    if (!among_them && !including) return std::nullopt;
    constexpr uint32_t kNounWords = 2;  // "the wounded civilians", "the dead"
    const uint32_t noun_end = among_them ? i - 4 : i - 3;
    if (noun_end <= b + 1) return std::nullopt;
    uint32_t k = noun_end;
    while (k > b + 1 && noun_end - k < kNounWords && !outcome_word(k, e)) --k;
    if (!outcome_word(k, e) || !iequals(tok(k - 1), "the")) return std::nullopt;
    const Victims v = victims_after(i + 1, e);
    if (!v.noun || tok(v.head_end - 1).back() == 's' || !ends_noun_phrase(v.end, e)) return std::nullopt;
    *outcome_at = k;
    return v;
  }

  // A word of a description before a name: "14-year-old", "twin", "sisters", "the", "Ukrainian".
  // The first token of a role in commas ending at the comma before token k ("the governor of Lahij, "),
  // or k when there is none: a few words opening with "the" or "a", one of them a title.
  uint32_t role_in_commas_before(uint32_t k) const {
    if (k < 3 || tok(k - 1) != ",") return k;
    constexpr uint32_t kRoleTokens = 8;  // "the deputy chief of staff of the army"
    uint32_t r = k - 1;
    bool titled = false;
    while (r > 0 && k - 1 - r < kRoleTokens && tokens_[r - 1].kind == TokenKind::kWord &&
           !iequals(tok(r - 1), "was") && !iequals(tok(r - 1), "were") && !iequals(tok(r - 1), "and")) {
      titled |= lexicon::is_person_title(tok(r - 1));
      --r;
      if ((iequals(tok(r), "the") || iequals(tok(r), "a")) && titled) return r;
    }
    return k;
  }

  bool describes_person(uint32_t k) const {
    const std::string_view w = tok(k);
    if (iequals(w, "was") || iequals(w, "were") || iequals(w, "and") || w == "," || w == ".") return false;
    if (tokens_[k].kind == TokenKind::kNumber || w == "-") return true;
    return tokens_[k].kind == TokenKind::kWord && (chars::is_ascii_lower(w[0]) || lexicon::is_nationality(w));
  }

  // The organisation whose name ends at token k ("Islamic State" before "executed").
  const Entity* org_ending_at(uint32_t k, uint32_t sentence_begin) const {
    return entity_ending_at(k, sentence_begin, EntityType::kOrg);
  }

  // The entity of `type` whose name ends at token k, starting no earlier than `sentence_begin`.
  const Entity* entity_ending_at(uint32_t k, uint32_t sentence_begin, EntityType type) const {
    return entity_ending_at_byte(tokens_[k].span.end, tokens_[sentence_begin].span.begin, type);
  }

  // The entity of `type` whose name ends at byte `end`, starting no earlier than byte `from`.
  const Entity* entity_ending_at_byte(uint32_t end, uint32_t from, EntityType type) const {
    const auto& ents = *in_.entities;
    constexpr uint32_t kLongestName = 80;
    from = std::max(from, end > kLongestName ? end - kLongestName : 0);
    for (size_t i = first_at_or_after(ents, from, entity_span); i < ents.size() && ents[i].span.begin < end; ++i)
      if (ents[i].type == type && ents[i].span.end == end) return &ents[i];
    return nullptr;
  }

  // A speech verb at k, or a name in commas and then one: "a resident
  // [, Musa Ari,] told Reuters".
  bool speaks_next(uint32_t k, uint32_t e) const {
    if (k < e && is_speech_verb(tok(k))) return true;
    // "a doctor at al-Rawdha hospital told Reuters": past where the speaker works.
    if (k + 2 < e && lexicon::is_preposition(tok(k))) {
      constexpr uint32_t kPlaceWords = 5;
      for (uint32_t m = k + 1; m < e && m <= k + kPlaceWords; ++m) {
        if (tokens_[m].kind == TokenKind::kPunctuation || iequals(tok(m), "and")) break;
        if (is_speech_verb(tok(m)) && !chars::is_ascii_upper(tok(m)[0])) return true;
      }
    }
    if (k + 1 >= e || tok(k) != ",") return false;
    // ("a PDF commander, Col. Abdirahman Mohamud, told Garowe Online": past the name's title.)
    constexpr uint32_t kTitleTokens = 4;
    uint32_t at = k + 1;
    while (at < e && at < k + 1 + kTitleTokens && (lexicon::is_person_title(tok(at)) || tok(at) == ".")) ++at;
    const Entity* name = at < e ? entity_starting_at(at, EntityType::kPerson) : nullptr;
    if (!name) return false;
    const uint32_t after = token_after(*name, at, e);
    return after + 1 < e && tok(after) == "," && is_speech_verb(tok(after + 1));
  }

  // Token k, right after a speech verb, opens who spoke: "said Observatory director Rami", "said the mayor".
  bool names_speaker_at(uint32_t k) const {
    return is_capitalised_word(k) || iequals(tok(k), "the") || iequals(tok(k), "a") || iequals(tok(k), "an");
  }

  // ", 17," after a person: the person's age, no count.
  bool is_age_in_commas(uint32_t comma) const {
    constexpr int64_t kOldest = 120;
    if (comma + 2 >= tokens_.size() || tokens_[comma + 1].kind != TokenKind::kNumber || tok(comma + 2) != ",") return false;
    const int64_t age = number_value(tok(comma + 1)).value_or(0);
    return age > 0 && age <= kOldest;
  }

  // "his daughter, Zahra, was missing", "Her cousin, a driver, was among the
  // wounded": a name or a short description in commas after the victim; the
  // token after the closing comma, or 0.
  uint32_t after_apposition_in_commas(uint32_t comma, uint32_t e) const {
    constexpr uint32_t kLongestName = 3, kDescriptionWords = 5;  // "a man and a woman" after its article
    if (comma + 2 >= e || tok(comma) != ",") return 0;
    uint32_t k = comma + 1;
    if (iequals(tok(k), "a") || iequals(tok(k), "an")) {
      ++k;
      // (", a 50-year-old doctor,": an age right after the article.)
      k = age_end(k, e);
      const uint32_t first = k;
      // (", a recruit from Diwaniya,": a place after a preposition inside the description.)
      const auto described = [&](uint32_t m) {
        return chars::is_ascii_lower(tok(m)[0]) ||
               (m > first + 1 && is_capitalised_word(m) &&
                (lexicon::is_preposition(tok(m - 1)) || is_capitalised_word(m - 1)));
      };
      while (k < e && k < first + kDescriptionWords && tokens_[k].kind == TokenKind::kWord && described(k) &&
             !outcome_word(k, e) && !iequals(tok(k), "who"))
        ++k;
      // (", a doctor from Saudi Arabia who had lived in Germany since 2006,": a relative clause closing it.)
      if (k > first && k + 1 < e && iequals(tok(k), "who"))
        return after_relative_clause_of_other_doings(k + 1, e, kLongClauseTokens);
      return k > first && k < e && tok(k) == "," ? k + 1 : 0;
    }
    while (k < e && k <= comma + kLongestName && is_capitalised_word(k)) ++k;
    return k > comma + 1 && k < e && tok(k) == "," ? k + 1 : 0;
  }

  static bool is_custody_outcome(std::string_view outcome) {
    return outcome == "arrested" || outcome == "detained" || outcome == "abducted" || outcome == "missing";
  }

  static bool is_actor_head(std::string_view w) {
    static const WordSet heads(kActorHeads);
    return heads.contains(w);
  }

  // Raiders no actor's head names: "bandits", "armed youth", "herdsmen", "a mob".
  static bool is_raider_noun(std::string_view w) {
    static constexpr std::string_view kRaiders[] = {"raiders", "bandits", "herdsmen", "militiamen", "youth", "youths",
                                                    "protesters", "mob"};
    static const WordSet raiders(kRaiders);
    return raiders.contains(w);
  }

  // The actor that does the outcome in the active voice: "Syrian government
  // air strikes killed 27", "Turkish troops detained 40". Only when the
  // outcome word comes before the count, in the same clause as its subject;
  // "clashes between rebels and government forces killed 20" names no one side.
  std::string subject_actor(const Sentence& s, uint32_t trigger_at, uint32_t fact_begin) const {
    if (tokens_[trigger_at].span.begin > fact_begin) return "";
    // "Russian and Syrian warplanes pounded Aleppo, killing 32": a participle
    // after a comma takes the subject that opens the sentence, unless that is
    // a source ("Activists said ...").
    const std::string_view verb = tok(trigger_at);
    if (trigger_at > s.token_begin && tok(trigger_at - 1) == "," && ends_with_ing(verb)) {
      constexpr uint32_t kSubjectReach = 6;
      const uint32_t subject_begin = after_fronted_phrase(s, trigger_at);
      for (uint32_t k = subject_begin; k < trigger_at && k - subject_begin < kSubjectReach; ++k) {
        if (tokens_[k].kind != TokenKind::kWord) return "";
        if (is_weapon_head(tok(k))) {
          // "Russian missiles struck Kramatorsk, killing 11": whose the weapons are.
          while (k + 1 < trigger_at && is_weapon_head(tok(k + 1))) ++k;
          const uint32_t owner = weapon_owner_start(s, k);
          return owner == subject_begin || (owner == subject_begin + 1 && iequals(tok(subject_begin), "the"))
                     ? weapon_owner(owner, k)
                     : "";
        }
        if (!is_actor_head(tok(k))) continue;
        while (k + 1 < trigger_at && is_actor_head(tok(k + 1))) ++k;  // "Government forces"
        const uint32_t start = std::max(actor_start(s, k), subject_begin);
        const bool opens_sentence = start == subject_begin || (start == subject_begin + 1 && iequals(tok(subject_begin), "the"));
        if (!opens_sentence || (k + 1 < trigger_at && is_speech_verb(tok(k + 1)))) return "";
        return std::string(words(start, k));
      }
      return "";
    }
    // "Troops killed 5 rebels and arrested 3 civilians": joined verbs share
    // the first one's subject.
    if (trigger_at > s.token_begin && iequals(tok(trigger_at - 1), "and")) {
      constexpr uint32_t kFirstVerbReach = 12;
      for (uint32_t k = trigger_at - 1; k-- > s.token_begin && trigger_at - k <= kFirstVerbReach;)
        if (trigger_of(tok(k))) return subject_actor(s, k, tokens_[k].span.begin);
      return "";
    }
    // "ISIS executed 20 men", "the Islamic State group executed 20 men": an
    // organisation named right before the verb.
    // A participle after a name is no verb of it: "in Al Bukamal killing five" lost its comma.
    // (An actor word before the verb is read below, with its modifiers.)
    // "the Daesh terrorist group has killed 33 men": past an auxiliary and
    // the group noun's adjective.
    const uint32_t verb_at =
        trigger_at > s.token_begin + 1 && is_perfect_auxiliary(tok(trigger_at - 1)) ? trigger_at - 1 : trigger_at;
    if (verb_at > s.token_begin && !ends_with_ing(verb) && !is_actor_head(tok(verb_at - 1))) {
      uint32_t name_end = verb_at - 1;
      const bool group_noun = iequals(tok(name_end), "group") || iequals(tok(name_end), "movement");
      if (group_noun && name_end > s.token_begin) --name_end;
      if (group_noun && name_end > s.token_begin && chars::is_ascii_lower(tok(name_end)[0]) &&
          tokens_[name_end].kind == TokenKind::kWord && !lexicon::is_preposition(tok(name_end)))
        --name_end;
      const Entity* org = is_toll_noun(verb) ? nullptr : org_ending_at(name_end, s.token_begin);
      // "an attack on the Damascus Opera House killed two": the name is an object, not the subject.
      uint32_t before = org ? token_at(s, org->span.begin) : s.token_begin;
      while (before > s.token_begin && (iequals(tok(before - 1), "the") || chars::is_ascii_upper(tok(before - 1)[0])))
        --before;
      if (org && (before == s.token_begin || !lexicon::is_preposition(tok(before - 1))))
        return std::string(text_.substr(org->span.begin, tokens_[verb_at - 1].span.end - org->span.begin));
    }
    constexpr uint32_t kReach = 5;  // "Russian warplanes [and helicopters] [air strikes] killed"
    for (uint32_t k = trigger_at; k-- > s.token_begin && trigger_at - k <= kReach;) {
      const std::string_view w = tok(k);
      if (tokens_[k].kind != TokenKind::kWord || iequals(w, "between")) return "";
      // "Israeli air strikes on Gaza killed 27": whose the strikes are.
      if (is_weapon_head(w) && !ends_with_ing(verb)) {
        const uint32_t owner = weapon_owner_start(s, k);
        if (owner < k) return weapon_owner(owner, k);
        continue;
      }
      if (!is_actor_head(w)) continue;
      // "the Army Public School": an actor's word modifying the head of a
      // name of something else (not "Army of Islam", whose head it is).
      if (const Entity* name = holding(*in_.entities, tokens_[k].span, entity_span);
          name && name->span.end > tokens_[k].span.end && !iequals(tok(k + 1), "of"))
        continue;
      const uint32_t start = actor_start(s, k);
      // "between rebels and government forces": one side of two.
      for (uint32_t m = start; m-- > s.token_begin && start - m <= kReach && tokens_[m].kind == TokenKind::kWord;)
        if (iequals(tok(m), "between")) return "";
      return std::string(words(start, k));
    }
    return "";
  }

  // A word of a side's name before its head or weapon: a nationality, an
  // actor word ("regime"), or a capitalised name. Not an everyday word a
  // headline or a lost full stop capitalised ("Meanwhile", "A", "Before"),
  // a day ("Tuesdays"), nor a town ("Idlib air strikes" fell there).
  bool is_side_word(uint32_t m) const {
    const std::string_view w = tok(m);
    if (tokens_[m].kind != TokenKind::kWord || lexicon::is_month(w) || iequals(w, "the") || iequals(w, "a") ||
        iequals(w, "an"))
      return false;
    if (lexicon::is_weekday(w) || lexicon::is_weekday_possessive(w)) return false;
    if (lexicon::is_nationality(w) || is_actor_modifier(w)) return true;
    if (!chars::is_ascii_upper(w[0])) return false;
    if (const Entity* place = entity_starting_at(m, EntityType::kLoc); place && !is_country(*place)) return false;
    if (const Entity* name = holding(*in_.entities, tokens_[m].span, entity_span);
        name && name->type == EntityType::kOrg)
      return true;
    return !gazetteer::is_common_word(w) || is_acronym(w) || lexicon::is_known_org(w) ||
           lexicon::is_country_or_region(w);
  }

  static bool is_perfect_auxiliary(std::string_view w) {
    return iequals(w, "has") || iequals(w, "have") || iequals(w, "had");
  }

  // "US", "UN", "YPG": capitals only.
  static bool is_acronym(std::string_view w) {
    if (w.size() < 2) return false;
    for (char ch : w)
      if (!chars::is_ascii_upper(ch) && ch != '.') return false;
    return true;
  }

  // The agent after "by" at token `by`: "by government forces", "by a
  // Russian air strike" (whose the weapon is), "by the Islamic State group".
  std::string agent_after_by(const Sentence& s, uint32_t by, uint32_t end) const {
    uint32_t start = by + 1;
    if (start + 1 < end && iequals(tok(start), "the")) ++start;
    for (uint32_t m = by + 1; m < end && m < by + 5; ++m) {
      if (tokens_[m].kind != TokenKind::kWord) break;
      if (is_actor_head(tok(m))) return std::string(words(start, m));
      if (is_weapon_head(tok(m))) {
        const uint32_t owner = weapon_owner_start(s, m);
        return owner > by && owner < m ? weapon_owner(owner, m) : std::string();
      }
    }
    if (const Entity* org = start < end ? org_starting_at(start) : nullptr) return std::string(org->span.of(text_));
    return "";
  }

  // The agent of the weapon or attack nearest the outcome word, named
  // before it ("regime shelling") or after it by "by" ("strikes carried
  // out by Russian warplanes"), or "".
  std::string weapon_agent(const Sentence& s, uint32_t begin, uint32_t end, uint32_t trigger_at) const {
    constexpr uint32_t kWordsBeforeBy = 4;  // "suspected to be carried out"
    std::string best;
    uint32_t best_distance = UINT32_MAX;
    for (uint32_t k = begin; k < end; ++k) {
      // ("Shelling by the Assad regime ... killed": capitalised where it opens the sentence.)
      const std::string_view w = tok(k);
      const bool lower = chars::is_ascii_lower(w[0]) || k == s.token_begin;
      const bool aircraft = is_aircraft(w);
      if (!lower || (!is_weapon_word(w) && !lexicon::is_attack_noun(w) && !aircraft) || brought_down(k)) continue;
      const uint32_t distance = k < trigger_at ? trigger_at - k : k - trigger_at;
      if (distance >= best_distance || (k > trigger_at && !means_of_death(s, trigger_at, k))) continue;
      std::string agent;
      const uint32_t owner = aircraft ? actor_start(s, k) : weapon_owner_start(s, k);
      // ("a suicide attack" names the attack's kind, not its side.)
      // "when Russian warplanes struck": the aircraft are the side's own.
      if (aircraft && owner < k) agent = std::string(words(owner, k));
      else if (owner < k && !(k - owner == 1 && iequals(tok(owner), "suicide"))) agent = weapon_owner(owner, k);
      for (uint32_t m = k + 1; agent.empty() && m < end && m <= k + kWordsBeforeBy + 1; ++m) {
        if (tokens_[m].kind != TokenKind::kWord || !chars::is_ascii_lower(tok(m)[0])) break;
        // "by Syrian forces", "a car bombing blamed on Daesh"
        if (iequals(tok(m), "by") || (iequals(tok(m), "on") && iequals(tok(m - 1), "blamed")))
          agent = agent_after_by(s, m, end);
      }
      if (!agent.empty()) {
        best = std::move(agent);
        best_distance = distance;
      }
    }
    return best;
  }

  // A weapon after the outcome word is how they died only when a
  // preposition brings it in: "killed in fresh air strikes by ...", "died
  // from shelling"; not "killed in the operation during which troops had to
  // defuse bombs placed by rebels".
  // ("killed ... when regime helicopters dropped barrel bombs" too.)
  bool means_of_death(const Sentence& s, uint32_t trigger_at, uint32_t weapon) const {
    constexpr uint32_t kWordsBefore = 4;  // "in a series of purportedly", past the owner and compound words
    constexpr uint32_t kWhenReach = 8;     // "when Syrian regime helicopters dropped"
    const uint32_t owner = weapon_owner_start(s, weapon);
    for (uint32_t k = owner; k > trigger_at && k > s.token_begin && weapon - k <= kWhenReach; --k) {
      const std::string_view w = tok(k - 1);
      if (iequals(w, "when") || iequals(w, "as")) return true;
      if (owner - k > kWordsBefore) continue;
      if (iequals(w, "in") || iequals(w, "by") || iequals(w, "from") || iequals(w, "during") ||
          iequals(w, "under") || iequals(w, "after") || iequals(w, "of") || iequals(w, "including") ||
          iequals(w, "following") || iequals(w, "amid"))
        return true;
      if (tokens_[k - 1].kind != TokenKind::kWord) return false;
    }
    return false;
  }

  // Weapons whose owner an adjective before them names: "Israeli air
  // strikes", "Russian missiles", "regime shelling" (attacks too: "rebel
  // assault", "opposition offensive", lexicon::is_attack_noun).
  static bool is_weapon_word(std::string_view w) {
    static constexpr std::string_view kWeapons[] = {"missiles", "missile", "strikes", "strike", "airstrikes",
                                                    "airstrike", "raids", "raid", "shelling", "shells", "rockets",
                                                    "rocket", "artillery", "mortars", "bombs", "bombardment"};
    static const WordSet weapons(kWeapons);
    return weapons.contains(w);
  }
  static bool is_weapon_head(std::string_view w) { return !w.empty() && chars::is_ascii_lower(w[0]) && is_weapon_word(w); }

  // A word of the weapon's own name: "air" strikes, "cruise" missiles.
  static bool is_weapon_compound(std::string_view w) {
    return iequals(w, "air") || iequals(w, "force") || iequals(w, "cruise") || iequals(w, "ballistic") || iequals(w, "barrel") ||
           iequals(w, "artillery") || iequals(w, "rocket") || iequals(w, "mortar") || iequals(w, "drone") ||
           iequals(w, "sniper") || iequals(w, "tank") || iequals(w, "missile") || iequals(w, "machine-gun");
  }

  // The first token of the owner before the weapon at `head`, past the
  // weapon's own compound words ("air", "cruise"); `head` when none is named.
  uint32_t weapon_owner_start(const Sentence& s, uint32_t head) const {
    uint32_t k = head;
    while (k > s.token_begin && is_weapon_compound(tok(k - 1))) --k;
    const uint32_t weapon_begin = k;
    // A capitalised word opening the sentence names an owner unless it is an
    // everyday word capitalised by its place ("Air strikes killed").
    while (k > s.token_begin) {
      if (is_side_word(k - 1)) { --k; continue; }
      // "Russian and Syrian air strikes".
      if (k - 1 > s.token_begin && k < weapon_begin && iequals(tok(k - 1), "and") && is_side_word(k - 2)) { k -= 2; continue; }
      break;
    }
    return k < weapon_begin ? k : head;
  }

  // The owner's words: from `start` up to the weapon's compound words.
  std::string weapon_owner(uint32_t start, uint32_t head) const {
    uint32_t end = start;
    while (end < head && !is_weapon_compound(tok(end))) ++end;
    // ("Russia's missile attack": the owner without its possessive.)
    return end > start ? std::string(chars::strip_possessive(words(start, end - 1))) : std::string();
  }

  // Where the subject starts: past a fronted phrase and its comma ("In Deir
  // ez-Zor province, Islamic State militants ambushed ..."), else at the
  // sentence's start.
  uint32_t after_fronted_phrase(const Sentence& s, uint32_t before) const {
    constexpr uint32_t kLongestPhrase = 8;
    const uint32_t begin = after_dateline(s);
    if (!lexicon::is_preposition(tok(begin))) return begin;
    for (uint32_t k = begin + 1; k < before && k - begin <= kLongestPhrase; ++k)
      if (tok(k) == ",") return k + 1 < before ? k + 1 : begin;
    return begin;
  }

  // The sentence's first token after the story's dateline ("BEIRUT (Reuters) -
  // Syrian forces shelled ..." opens with "Syrian").
  uint32_t after_dateline(const Sentence& s) const {
    const auto& d = in_.roles->dateline;
    if (!d || d->span.begin < tokens_[s.token_begin].span.begin || d->span.end >= tokens_[s.token_end - 1].span.begin)
      return s.token_begin;
    return token_at(s, d->span.end);
  }

  // The first word of the actor phrase headed at `head`: capitalised words
  // and actor modifiers before it, two of them joined by "and" ("Russian and
  // Syrian warplanes").
  uint32_t actor_start(const Sentence& s, uint32_t head) const {
    uint32_t start = head;
    while (start > s.token_begin) {
      if (is_side_word(start - 1)) { --start; continue; }
      if (start - 1 > s.token_begin && start < head && iequals(tok(start - 1), "and") && is_side_word(start - 2)) {
        start -= 2;
        continue;
      }
      break;
    }
    return start;
  }

  uint32_t fact_date_rank(const Entity& date, Span fact) const {
    constexpr uint32_t kSayingsLast = 1u << 24;
    return date_rank(date.span, fact) + (dates_the_saying(date) ? kSayingsLast : 0);
  }

  static uint32_t date_rank(Span date, Span fact) {
    constexpr uint32_t kAfterReach = 80;
    if (date.begin >= fact.end) return date.begin - fact.end <= kAfterReach ? 0 : date.begin - fact.end;
    return date.end <= fact.begin ? fact.begin - date.end : 0;
  }

  const Quote* quote_holding(Span s) const { return holding(*in_.quotes, s, [](const Quote& q) { return q.span; }); }

  // The dateline's place, or one run into the text after a scraped date
  // line ("Last updated at Jun 18 2016 BEIRUT At least seven people died"):
  // a place in capitals after a number or at the sentence's start, before
  // a capitalised word, is where the story was filed.
  bool in_dateline(const Entity& e) const {
    const auto& d = in_.roles->dateline;
    if (d && e.span.begin >= d->span.begin && e.span.end <= d->span.end) return true;
    // ("Beirut — Airstrikes hit a market in ...": a place opening its
    // paragraph before a dash is where the story was filed.)
    if (e.span.begin == 0 || text_[e.span.begin - 1] == '\n') {
      const std::string_view rest = text_.substr(e.span.end, 5);
      if (rest.rfind(" - ", 0) == 0 || rest.rfind(" -- ", 0) == 0 || rest.rfind(" \xE2\x80\x94", 0) == 0 ||
          rest.rfind(" \xE2\x80\x93", 0) == 0)
        return true;
    }
    const std::string_view name = e.span.of(text_);
    if (name.size() < 4 || std::any_of(name.begin(), name.end(), [](char ch) { return chars::is_ascii_lower(ch); }))
      return false;
    const size_t at = first_at_or_after(tokens_, e.span.begin, token_span);
    const size_t after = first_at_or_after(tokens_, e.span.end, token_span);
    if (at >= tokens_.size() || after >= tokens_.size() || !chars::is_ascii_upper(tok(after)[0]) ||
        tokens_[after].kind != TokenKind::kWord)
      return false;
    return at == 0 || tokens_[at - 1].kind == TokenKind::kNumber || tok(at - 1) == "." ||
           lexicon::is_month(tok(at - 1));
  }

  // The country whose war the article names ("Yemen's war", "Sudan's
  // two-year civil war", "Syria's conflict"), or "".
  // The last country named before `pos`, in its paragraph or the one before.
  const Entity* country_named_before(uint32_t pos, uint32_t paragraph) const {
    const auto& ents = *in_.entities;
    const uint32_t from = paragraph > 0 ? seg_.paragraphs[paragraph - 1].span.begin : 0;
    for (size_t i = first_at_or_after(ents, pos, entity_span); i-- > 0 && ents[i].span.begin >= from;)
      if (ents[i].type == EntityType::kLoc && is_country(ents[i]) && !based_compound(ents[i])) return &ents[i];
    return nullptr;
  }

  // The last place named before `pos` with `kind` after it ("the Eastern Ghouta region", "al-Hol camp").
  const Entity* place_called_before(uint32_t pos, std::string_view kind) const {
    const auto& ents = *in_.entities;
    constexpr size_t kEntitiesBack = 256;  // bounded: a story names its region or county well within this
    const size_t end = first_at_or_after(ents, pos, entity_span);
    // ("the Makhmour refugee camp": one lower-case word may describe the kind.)
    const auto called = [&](const Entity& place) {
      if (iequals(word_after(place), kind)) return true;
      const size_t after = first_at_or_after(tokens_, place.span.end, token_span);
      return after + 1 < tokens_.size() && chars::is_ascii_lower(tok(static_cast<uint32_t>(after))[0]) &&
             iequals(tok(static_cast<uint32_t>(after + 1)), kind);
    };
    for (size_t i = end; i-- > 0 && end - i <= kEntitiesBack;)
      if (ents[i].type == EntityType::kLoc && called(ents[i])) return &ents[i];
    return nullptr;
  }

  // A country whose war the window names in the possessive ("Sri Lanka's civil war"), or null.
  const Entity* country_owning_war_in(Span window) const {
    constexpr uint32_t kWordsBeforeWar = 2;  // "civil", "two-year"
    const auto& ents = *in_.entities;
    for (size_t i = first_at_or_after(ents, window.begin, entity_span); i < ents.size() && ents[i].span.end <= window.end; ++i)
      if (country_names_its_war(ents[i], kWordsBeforeWar, window.end)) return &ents[i];
    return nullptr;
  }

  // "Sudan's two-year civil war": a country, its possessive, then a war within `words` words, before `end`.
  // (Curly apostrophes are straight in the normalized text.)
  bool country_names_its_war(const Entity& e, uint32_t words, uint32_t end) const {
    if (e.type != EntityType::kLoc || !is_country(e) || text_.substr(e.span.end, 2) != "'s") return false;
    size_t j = first_at_or_after(tokens_, e.span.end, token_span);
    for (uint32_t n = 0; j < tokens_.size() && n <= words && tokens_[j].span.end <= end &&
                         tokens_[j].kind != TokenKind::kPunctuation;
         ++j, ++n)
      if (is_war_noun(tok(static_cast<uint32_t>(j)))) return true;
    return false;
  }

  static bool is_war_noun(std::string_view w) {
    static constexpr std::string_view kWars[] = {"war", "conflict", "uprising", "revolution", "insurgency"};
    static const WordSet wars(kWars);
    return wars.contains(w);
  }

  std::string_view story_country() {
    if (story_country_done_) return story_country_;
    story_country_done_ = true;
    constexpr uint32_t kWordsBeforeWar = 3;  // "Sudan's two-year civil war"
    for (const Entity& e : *in_.entities) {
      // ("the Syrian war": a nationality before the war names its country.)
      if (e.type == EntityType::kNorp) {
        const size_t at = first_at_or_after(tokens_, e.span.begin, token_span);
        const size_t after = first_at_or_after(tokens_, e.span.end, token_span);
        const std::string_view country = lexicon::country_of_adjective(e.span.of(text_));
        if (!country.empty() && after < tokens_.size() && is_war_noun(tok(static_cast<uint32_t>(after))) && at > 0 &&
            iequals(tok(static_cast<uint32_t>(at - 1)), "the")) {
          story_country_ = country;
          return story_country_;
        }
        continue;
      }
      if (country_names_its_war(e, kWordsBeforeWar, static_cast<uint32_t>(text_.size()))) {
        story_country_ = e.canonical.of(text_);
        return story_country_;
      }
    }
    // ("Eight years on, Syria's dead still go uncounted": the country the
    // title names as a place; not one whose weapons or bodies act there, "US
    // jets killed 15 in Syria", "Ethiopia's rights body says".)
    const auto& roles = in_.roles->paragraphs;
    for (size_t p = 0; p < roles.size(); ++p) {
      if (roles[p].kind != ParagraphKind::kTitle) continue;
      const Span title = seg_.paragraphs[p].span;
      const Entity* country = nullptr;
      const auto& ents = *in_.entities;
      for (size_t i = first_at_or_after(ents, title.begin, entity_span);
           !country && i < ents.size() && ents[i].span.end <= title.end; ++i) {
        const Entity& e = ents[i];
        // ("Syrian troops pound border town ... as residents flee to Lebanon": not where they fled.)
        if (e.type == EntityType::kLoc && is_country(e) && !based_compound(e) && names_country_as_place(e) &&
            !flight_destination(e, static_cast<uint32_t>(first_at_or_after(tokens_, title.begin, token_span))))
          country = &e;
      }
      if (!country) break;
      story_country_ = country->canonical.of(text_);
      // (A headline's short "Burkina" is the lead's "Burkina Faso".)
      for (const Entity& e : *in_.entities) {
        const std::string_view name = e.canonical.of(text_);
        if (e.type == EntityType::kLoc && name.size() > story_country_.size() + 1 &&
            name.substr(0, story_country_.size()) == story_country_ && name[story_country_.size()] == ' ' && is_country(e)) {
          story_country_ = name;
          break;
        }
      }
      break;
    }
    return story_country_;
  }

  // The country of the lead's town, told by a nationality before a settlement's noun: "a train station in
  // the eastern Ukrainian town of Chaplyne" (the lead's first bytes only), or "".
  // (Asked for each war tally without a place: remembered, one answer an article.)
  std::string_view lead_town_country() const {
    if (!lead_town_country_asked_) {
      lead_town_country_ = find_lead_town_country();
      if (lead_town_country_.empty()) lead_town_country_ = country_whose_forces_title_names();
      if (lead_town_country_.empty()) lead_town_country_ = country_whose_forces_open_story();
      lead_town_country_asked_ = true;
    }
    return lead_town_country_;
  }

  // "Myanmar junta airstrike on monastery kills 23": the country whose own forces the headline names
  // ("junta", "army", "military"), or nothing.
  std::string_view country_whose_forces_title_names() const {
    // (Not "regime": "Russia regime strikes" are Russia's and the regime's.)
    static constexpr std::string_view kForces[] = {"junta", "army", "military", "troops", "forces", "police"};
    static const WordSet forces(kForces);
    const auto& roles = in_.roles->paragraphs;
    const auto& ents = *in_.entities;
    for (size_t p = 0; p < roles.size() && roles[p].kind != ParagraphKind::kBody; ++p) {
      if (roles[p].kind != ParagraphKind::kTitle) continue;
      const Span title = seg_.paragraphs[p].span;
      // (The title's only country: not "Russia regime strikes kill 47 in east Syria".)
      const Entity* country = nullptr;
      for (size_t i = first_at_or_after(ents, title.begin, entity_span); i < ents.size() && ents[i].span.end <= title.end; ++i) {
        if (ents[i].type != EntityType::kLoc || !is_country(ents[i])) continue;
        if (country) return {};
        country = &ents[i];
      }
      if (!country) return {};
      const size_t after = first_at_or_after(tokens_, country->span.end, token_span);
      return after < tokens_.size() && forces.contains(tok(static_cast<uint32_t>(after))) ? country->canonical.of(text_)
                                                                                           : std::string_view();
    }
    return {};
  }

  // ("Syrian forces shell Homs, kill 35 across the country: activists Syrian troops pounded ...", a page run
  // into one paragraph: the country whose forces the story's first words name, by its nationality.)
  std::string_view country_whose_forces_open_story() const {
    static constexpr std::string_view kForces[] = {"forces", "troops", "army", "military", "regime", "government"};
    static const WordSet forces(kForces);
    if (seg_.sentences.empty() || seg_.sentences.front().token_begin >= seg_.sentences.front().token_end) return {};
    const Sentence& first = seg_.sentences.front();
    const auto& ents = *in_.entities;
    const size_t i = first_at_or_after(ents, tokens_[first.token_begin].span.begin, entity_span);
    if (i >= ents.size() || ents[i].type != EntityType::kNorp || ents[i].span.begin != tokens_[first.token_begin].span.begin)
      return {};
    const size_t after = first_at_or_after(tokens_, ents[i].span.end, token_span);
    return after < first.token_end && forces.contains(tok(static_cast<uint32_t>(after)))
               ? lexicon::country_of_adjective(ents[i].span.of(text_))
               : std::string_view();
  }

  std::string_view find_lead_town_country() const {
    if (lead_paragraph() >= seg_.paragraphs.size()) return {};
    constexpr uint32_t kLeadRead = 600;
    const Span lead = seg_.paragraphs[lead_paragraph()].span;
    const uint32_t lead_end = std::min(lead.end, lead.begin + kLeadRead);
    const auto& ents = *in_.entities;
    for (size_t i = first_at_or_after(ents, lead.begin, entity_span); i < ents.size() && ents[i].span.end <= lead_end; ++i) {
      if (ents[i].type != EntityType::kNorp) continue;
      const size_t after = first_at_or_after(tokens_, ents[i].span.end, token_span);
      const std::string_view country = lexicon::country_of_adjective(ents[i].span.of(text_));
      if (!country.empty() && lexicon::is_country_or_region(country) && after < tokens_.size() &&
          lexicon::is_settlement_noun(tok(static_cast<uint32_t>(after))))
        return country;
    }
    // ("MAIDUGURI, Nigeria - ... in the northeastern town of Rann": the country the dateline gives its town,
    // when the lead names no other country: not "NAIROBI, Kenya (AP) - ... in Ethiopia's Tigray region".)
    const auto& d = in_.roles->dateline;
    if (!d || d->place.empty()) return {};
    std::string_view filed_in;
    for (size_t i = first_at_or_after(ents, d->place.end, entity_span); i < ents.size() && ents[i].span.end <= d->span.end; ++i)
      if (ents[i].type == EntityType::kLoc && is_country(ents[i])) {
        filed_in = ents[i].canonical.of(text_);
        break;
      }
    if (filed_in.empty()) return {};
    for (size_t i = first_at_or_after(ents, lead.begin, entity_span); i < ents.size() && ents[i].span.end <= lead_end; ++i) {
      const std::string_view name = ents[i].canonical.of(text_);
      const std::string_view country = ents[i].type == EntityType::kNorp ? lexicon::country_of_adjective(name)
                                       : ents[i].type == EntityType::kLoc && is_country(ents[i]) ? name
                                                                                                 : std::string_view();
      if (!country.empty() && !iequals(country, filed_in)) return {};
    }
    return filed_in;
  }

  // Where the story happens when a sentence names no place: the first place
  // in the lead that is not a whole country (and not the dateline's).
  const std::string& lead_place() const {
    if (!lead_place_done_) {
      lead_place_ = find_lead_place();
      lead_place_done_ = true;
    }
    return lead_place_;
  }

  // The first weapon the story's title or lead names: "58 killed in
  // suspected gas attack in Idlib".
  const char* lead_cause() {
    if (!lead_cause_done_) {
      lead_cause_done_ = true;
      // The headline and body paragraphs up to the lead (a standfirst included).
      const uint32_t lead = lead_paragraph();
      for (uint32_t p = 0; p < in_.roles->paragraphs.size() && p <= lead && !*lead_cause_; ++p) {
        const ParagraphKind kind = in_.roles->paragraphs[p].kind;
        if (kind == ParagraphKind::kTitle || kind == ParagraphKind::kBody)
          lead_cause_ = first_weapon_in(seg_.paragraphs[p].span);
      }
    }
    return lead_cause_;
  }

  const char* first_weapon_in(Span paragraph) const {
    const auto end = static_cast<uint32_t>(first_at_or_after(tokens_, paragraph.end, token_span));
    bool pair = false;
    for (auto k = static_cast<uint32_t>(first_at_or_after(tokens_, paragraph.begin, token_span)); k < end; ++k)
      if (const char* cause = cause_at(k, end, &pair); cause && !is_bare_attack(cause)) return cause;
    return "";
  }

  // The lead: the first body paragraph that ends as a sentence does (a
  // standfirst under the headline, "Activists say most of the dead were
  // women and children", does not).
  uint32_t lead_paragraph() const {
    const auto& roles = in_.roles->paragraphs;
    uint32_t first = 0;
    while (first < roles.size() && roles[first].kind != ParagraphKind::kBody) ++first;
    for (uint32_t p = first; p < roles.size(); ++p) {
      if (roles[p].kind != ParagraphKind::kBody) continue;
      const std::string_view text = seg_.paragraphs[p].span.of(text_);
      const size_t last = text.find_last_not_of(" \"'\n");
      if (last != std::string_view::npos && (text[last] == '.' || text[last] == '!' || text[last] == '?')) return p;
    }
    return first;
  }

  std::string find_lead_place() const {
    const auto& roles = in_.roles->paragraphs;
    const uint32_t lead = lead_paragraph();
    if (lead == roles.size()) return "";
    const Span ls = seg_.paragraphs[lead].span;
    const Entity* country = nullptr;  // when the lead names no town: "in the Gaza Strip"
    if (const Entity* town = first_town_in(ls, &country)) {
      // "fired on a school in a village in the central region of Sagaing", then "The attack took place
      // Friday in the village of Let Yet Kone": the village the next paragraph names.
      // (So for "on a village near Damascus", then "in the village of Deir al-Asafir": the town a village
      // is near is no scene.)
      const bool near_it = find_word(ls.of(text_), "village near", 0) != std::string_view::npos ||
                           find_word(ls.of(text_), "town near", 0) != std::string_view::npos;
      if ((names_region(*town) || near_it) && (find_word(ls.of(text_), "a village", 0) != std::string_view::npos ||
                                               find_word(ls.of(text_), "a town", 0) != std::string_view::npos))
        if (const Entity* settlement = settlement_named_after(lead)) return std::string(settlement->canonical.of(text_));
      return std::string(town->canonical.of(text_));
    }
    const std::string_view capital = capital_named(static_cast<uint32_t>(first_at_or_after(tokens_, ls.begin, token_span)),
                                                   static_cast<uint32_t>(first_at_or_after(tokens_, ls.end, token_span)));
    if (!capital.empty()) return std::string(capital);
    // "... a checkpoint in southwestern Pakistan" and, in the paragraph
    // after, "the checkpoint in the Panjgur district": the town it goes on to name.
    // (So for a standfirst naming no place: "UN official says attack on
    // mourners left more than 140 dead", then "An air strike ... in Sanaa".)
    uint32_t next = lead + 1;
    while (next < roles.size() && roles[next].kind != ParagraphKind::kBody) ++next;
    const Entity* next_country = nullptr;
    if (next < roles.size())
      if (const Entity* town = first_town_in(seg_.paragraphs[next].span, &next_country);
          town && (country || in_title(town->canonical.of(text_))))
        return std::string(town->canonical.of(text_));
    // A lead naming no place at all ("Dr Hamza al-Khatib ... was asleep in the
    // basement when the barrel bombs began to fall"): the headline's town,
    // unless the lead spreads the story over many ("protests spread to at
    // least 15 cities" under "Tehran protests").
    if (!country && !next_country && !spreads_over_places(ls))
      if (const Entity* town = town_in_title()) return std::string(town->canonical.of(text_));
    // ("Sri Lanka revises Easter bombings death toll down to 253", then a lead on "Sri Lanka's health
    // ministry": a story of the whole country, whose headline names no town, is the country's.)
    if (const Entity* title_country = country_of_title();
        title_country && (!country || country->canonical.of(text_) == title_country->canonical.of(text_)) &&
        names_country_in_lead(ls, title_country->canonical.of(text_)))
      return std::string(title_country->canonical.of(text_));
    // A lead naming no town of its own (a live blog's latest entry): the town
    // the story names most, if it names one at least twice.
    if (const Entity* town = most_named_town()) return std::string(town->canonical.of(text_));
    if (!country) return "";
    // Else "GARISSA, Kenya, April 2 - ... a university campus in northeastern
    // Kenya": the dateline's town, when the dateline names the lead's country.
    if (const auto& dateline = in_.roles->dateline; dateline && !dateline->place.empty()) {
      const std::string_view line = dateline->span.of(text_);
      const std::string_view country_name = country->canonical.of(text_);
      if (find_word(line, country_name, 0) != std::string_view::npos &&
          !iequals(dateline->place.of(text_), country_name))
        return std::string(dateline->place.of(text_));
    }
    return std::string(country->canonical.of(text_));
  }

  // "the central region of Sagaing", "Sagaing region", "Yobe state": a place named as a region.
  bool names_region(const Entity& place) const {
    const auto is_region_word = [](std::string_view w) {
      return iequals(w, "region") || iequals(w, "province") || iequals(w, "state") || iequals(w, "governorate");
    };
    const size_t at = first_at_or_after(tokens_, place.span.begin, token_span);
    const size_t after = first_at_or_after(tokens_, place.span.end, token_span);
    return (at >= 2 && iequals(tok(static_cast<uint32_t>(at - 1)), "of") && is_region_word(tok(static_cast<uint32_t>(at - 2)))) ||
           (after < tokens_.size() && is_region_word(tok(static_cast<uint32_t>(after))));
  }

  // The first place the body paragraph after `lead` introduces as "the village (town) of X" or
  // "X village" ("in Kwatara village, near the town of Konduga": not the town it is near).
  const Entity* settlement_named_after(uint32_t lead) const {
    const auto& roles = in_.roles->paragraphs;
    uint32_t next = lead + 1;
    while (next < roles.size() && roles[next].kind != ParagraphKind::kBody) ++next;
    if (next >= roles.size()) return nullptr;
    const Span ps = seg_.paragraphs[next].span;
    const auto& ents = *in_.entities;
    for (size_t i = first_at_or_after(ents, ps.begin, entity_span); i < ents.size() && ents[i].span.end <= ps.end; ++i) {
      if (ents[i].type != EntityType::kLoc) continue;
      const auto k = static_cast<uint32_t>(first_at_or_after(tokens_, ents[i].span.begin, token_span));
      const auto after = static_cast<uint32_t>(first_at_or_after(tokens_, ents[i].span.end, token_span));
      const auto settlement = [&](uint32_t m) { return iequals(tok(m), "village") || iequals(tok(m), "town"); };
      const bool named_after_kind = k >= 3 && iequals(tok(k - 1), "of") && settlement(k - 2) && iequals(tok(k - 3), "the") &&
                                    !(k >= 4 && (lexicon::is_place_preposition(tok(k - 4)) && !iequals(tok(k - 4), "in")));
      const bool kind_after_name = after < tokens_.size() && settlement(after);
      if (named_after_kind || kind_after_name) return &ents[i];
    }
    return nullptr;
  }

  // The paragraph after the lead telling its event again ("The blast on
  // Saturday struck a convoy waiting at the Rashidin transit point"): the
  // first town it names as a scene, or null.
  // ("... on a crowded market in northwestern Yemen ... Human Rights Watch said today. The attack on the
  // Mastaba market in Hajjah governorate was ...": or the lead's own second sentence.)
  // (Asked for each of the lead's tolls: remembered, one answer an article.)
  const Entity* town_of_event_told_after_lead() const {
    if (!town_told_after_lead_asked_) {
      town_told_after_lead_ = find_town_of_event_told_after_lead();
      town_told_after_lead_asked_ = true;
    }
    return town_told_after_lead_;
  }

  const Entity* find_town_of_event_told_after_lead() const {
    const auto& roles = in_.roles->paragraphs;
    const uint32_t lead = lead_paragraph();
    if (lead >= roles.size()) return nullptr;
    // ("The attackers struck Tchoma Bangou, where ...": who carried it out, as the event's noun.)
    // ("The victims - 102 men, ... - were shot ... in Kishishe": or those it struck.)
    // ("The terrorists were neutralized in the Tel Rifaat region": the armed men it was fought against.)
    static constexpr std::string_view kAttackers[] = {"attackers", "assailants", "gunmen", "bomber", "bombers",
                                                      "raiders", "attacks", "victims", "attacker", "assailant",
                                                      "gunman", "terrorists", "militants", "insurgents", "jihadists"};
    static const WordSet attackers(kAttackers);
    const auto town_told_in = [&](Span span) -> const Entity* {
      const auto k = static_cast<uint32_t>(first_at_or_after(tokens_, span.begin, token_span));
      if (k + 1 >= tokens_.size() || tok(k) != "The") return nullptr;
      // ("The strikes hit houses in the village of al-Susa": or the weapons, when they hit one town.)
      const bool by_strikes = is_weapon_head(tok(k + 1));
      if (!is_event_noun(tok(k + 1)) && !attackers.contains(tok(k + 1)) && !by_strikes) return nullptr;
      const Entity* country = nullptr;
      const Entity* town = first_town_in(span, &country);
      if (!town || lexicon::is_country_level(town->canonical.of(text_))) return nullptr;
      // (Not one of several the strikes hit: "The strikes hit the towns of Nabatieh and Bint Jbeil".)
      const auto after = first_at_or_after(tokens_, town->span.end, token_span);
      const bool listed = after < tokens_.size() && iequals(tok(static_cast<uint32_t>(after)), "and");
      return by_strikes && listed ? nullptr : town;
    };
    const auto& sentences = seg_.sentences;
    const auto first = std::partition_point(sentences.begin(), sentences.end(),
                                            [&](const Sentence& x) { return x.paragraph < lead; });
    if (first != sentences.end() && first + 1 != sentences.end() && (first + 1)->paragraph == lead)
      if (const Entity* town = town_told_in((first + 1)->span)) return town;
    uint32_t next = lead + 1;
    while (next < roles.size() && roles[next].kind != ParagraphKind::kBody) ++next;
    if (next >= roles.size()) return nullptr;
    return town_told_in(seg_.paragraphs[next].span);
  }

  // The town the body names most often (twice at least; the first of equals).
  const Entity* most_named_town() const {
    const auto& roles = in_.roles->paragraphs;
    struct Town {
      std::string_view name;  // canonical
      const Entity* first;
      uint32_t mentions;
    };
    std::vector<Town> towns;
    for (uint32_t p = 0; p < roles.size(); ++p) {
      if (roles[p].kind != ParagraphKind::kBody) continue;
      const Span ps = seg_.paragraphs[p].span;
      const auto& ents = *in_.entities;
      for (size_t i = first_at_or_after(ents, ps.begin, entity_span); i < ents.size() && ents[i].span.end <= ps.end; ++i) {
        const Entity& e = ents[i];
        if (!names_scene(e, ps) || is_country(e)) continue;
        const std::string_view name = e.canonical.of(text_);
        auto it = std::find_if(towns.begin(), towns.end(), [&](const Town& t) { return t.name == name; });
        if (it == towns.end()) it = towns.insert(towns.end(), Town{name, &e, 0});
        ++it->mentions;
      }
    }
    const Entity* best = nullptr;
    uint32_t most = 1;
    for (const Town& t : towns)
      if (t.mentions > most) {
        most = t.mentions;
        best = t.first;
      }
    return best;
  }

  // The first town the article's title names, if any.
  // The country a headline naming no town names ("Sri Lanka revises Easter bombings death toll"), or null.
  const Entity* country_of_title() const {
    const auto& roles = in_.roles->paragraphs;
    for (size_t p = 0; p < roles.size(); ++p) {
      if (roles[p].kind != ParagraphKind::kTitle) continue;
      const Entity* country = nullptr;
      return first_town_in(seg_.paragraphs[p].span, &country) ? nullptr : country;
    }
    return nullptr;
  }

  // The lead names the country, as a place or as the owner of its office ("Sri Lanka's health ministry").
  bool names_country_in_lead(Span lead, std::string_view country) const {
    return find_word(lead.of(text_), country, 0) != std::string_view::npos;
  }

  const Entity* town_in_title() const {
    const auto& roles = in_.roles->paragraphs;
    for (size_t p = 0; p < roles.size(); ++p) {
      if (roles[p].kind != ParagraphKind::kTitle) continue;
      const Entity* country = nullptr;
      return first_town_in(seg_.paragraphs[p].span, &country);
    }
    return nullptr;
  }

  bool spreads_over_places(Span paragraph) const {
    const std::string_view words = paragraph.of(text_);
    for (std::string_view many : {"cities", "towns", "villages", "provinces", "regions", "across"})
      if (find_word(words, many, 0) != std::string_view::npos) return true;
    return nationwide(paragraph);
  }

  // Does the article's title name `place`? (A lead naming no place borrows
  // the next paragraph's town only when the headline names it too.)
  bool in_title(std::string_view place) const {
    const auto& roles = in_.roles->paragraphs;
    for (size_t p = 0; p < roles.size(); ++p)
      if (roles[p].kind == ParagraphKind::kTitle &&
          find_word(seg_.paragraphs[p].span.of(text_), place, 0) != std::string_view::npos)
        return true;
    return false;
  }

  // Does place `e`, in `paragraph`, name where things happen (not a dateline,
  // a speaker's office, the origin of the victims, where people fled to or
  // are cared for)?
  bool names_scene(const Entity& e, Span paragraph) const {
    if (e.type != EntityType::kLoc || in_dateline(e) || based_compound(e) || is_bare_compass_point(e) || where_spoken(e) ||
        titles_office(e) ||
        names_institution(e) || in_ranking_phrase(e.span, paragraph) || ranked_within(e) || victims_origin(e) ||
        landmark_of_the_town(e) || speaks_as_subject(e) || fortunes_of(e) || covered_by_role(e) ||
        positioned_there(e) ||
        flight_destination(e, static_cast<uint32_t>(first_at_or_after(tokens_, paragraph.begin, token_span))))
      return false;
    // ("29 of the wounded have been brought to hospitals in Reyhanli": where they are cared for.)
    const Sentence* s = sentence_holding(e.span);
    return !(s && place_of_care(e, *s));
  }

  // The first town (no country or region) a paragraph names as a place where
  // things happen, and in `*country` the first country it so names.
  const Entity* first_town_in(Span paragraph, const Entity** country) const {
    const auto& ents = *in_.entities;
    for (size_t i = first_at_or_after(ents, paragraph.begin, entity_span); i < ents.size() && ents[i].span.end <= paragraph.end; ++i) {
      const Entity& e = ents[i];
      if (!names_scene(e, paragraph)) continue;
      if (is_country(e)) {
        if (!*country && !owns_weapon_anywhere(e) && !country_owning_thing(e)) *country = &e;
        continue;
      }
      // ("At least 10 Puntland soldiers were killed ... in the Cal Miskaad mountains": whose the counted victims
      // are, when the paragraph names another place after.)
      if (names_counted_victims(e)) {
        constexpr size_t kNamesAhead = 16;  // bounded on a run-on paragraph
        bool other_later = false;
        for (size_t j = i + 1;
             j < ents.size() && j <= i + kNamesAhead && ents[j].span.end <= paragraph.end && !other_later; ++j)
          other_later = ents[j].type == EntityType::kLoc && !is_country(ents[j]);
        if (other_later) continue;
      }
      // ("Hama's Assi Square": a landmark is no part to place things in; the town is.)
      // ("Balochistan's Mastung district": the place the region's possessive holds.)
      const bool held_by_possessive = i + 1 < ents.size() && text_.substr(e.span.end, 3) == "'s " &&
                                      ents[i + 1].span.begin == e.span.end + 3;
      const bool part_next = i + 1 < ents.size() && ents[i + 1].type == EntityType::kLoc &&
                             (names_part_of(e, ents[i + 1]) || described_settlement(e, ents[i + 1]) || held_by_possessive) &&
                             !landmark_of_the_town(ents[i + 1]);
      if (part_next) return &ents[i + 1];
      // "fighting in Ethiopia's Tigray region ... killed hundreds in the ancient city of Axum": the city, not the region.
      if (const Entity* city = settlement_after_region(e, i, paragraph)) return city;
      // ("crossed Lake Chad in motorboats and attacked the village of Ngouboua": the settlement after the water;
      // "along the Line of Control in Jammu and Kashmir's Poonch district": the places after the line.)
      if (names_natural_feature(e)) {
        constexpr size_t kPlacesAhead = 4;
        bool other_after = false;
        for (size_t j = i + 1; j < ents.size() && j <= i + kPlacesAhead && ents[j].span.end <= paragraph.end; ++j) {
          if (ents[j].type != EntityType::kLoc) continue;
          if (introduced_as_settlement(ents[j])) return &ents[j];
          other_after = other_after || (!names_natural_feature(ents[j]) && !is_country(ents[j]));
        }
        if (other_after) continue;
      }
      return &e;
    }
    return nullptr;
  }

  // A place the paragraph introduces as "the city (town, village) of X" after
  // `region` (the entity at `index`), itself named as a region or province.
  const Entity* settlement_after_region(const Entity& region, size_t index, Span paragraph) const {
    const size_t at = first_at_or_after(tokens_, region.span.end, token_span);
    if (at >= tokens_.size() || !(iequals(tok(static_cast<uint32_t>(at)), "region") ||
                                  iequals(tok(static_cast<uint32_t>(at)), "province")))
      return nullptr;
    // (In the region's own sentence: a paragraph may run on to other towns.)
    const Sentence* sentence = sentence_holding(region.span);
    const uint32_t until = sentence ? std::min(sentence->span.end, paragraph.end) : paragraph.end;
    const auto& ents = *in_.entities;
    for (size_t i = index + 1; i < ents.size() && ents[i].span.end <= until; ++i) {
      const Entity& e = ents[i];
      const size_t k = first_at_or_after(tokens_, e.span.begin, token_span);
      if (k >= 2 && iequals(tok(static_cast<uint32_t>(k - 1)), "of") &&
          (iequals(tok(static_cast<uint32_t>(k - 2)), "city") || iequals(tok(static_cast<uint32_t>(k - 2)), "town") ||
           iequals(tok(static_cast<uint32_t>(k - 2)), "village")) &&
          !is_country(e) && names_scene(e, paragraph))
        return &e;
    }
    return nullptr;
  }

  // "Lake Chad", "the Euphrates River", "Mount Sinjar", "the Line of Control": a lake, river, sea, mountain or
  // border line by its name's words.
  bool names_natural_feature(const Entity& e) const {
    static constexpr std::string_view kFeatures[] = {"Lake", "River", "Sea", "Gulf", "Mount", "Mountains", "Desert",
                                                     "Forest", "Valley", "Line"};
    static const WordSet features(kFeatures);
    const std::string_view name = e.span.of(text_);
    // ("to cross the Naf river into Bangladesh": the water's kind in lower case after its name; not "al-Qadahat
    // valley", a place things happen in.)
    static constexpr std::string_view kKinds[] = {"river", "lake", "sea", "gulf"};
    static const WordSet kinds(kKinds);
    if (e.span.end + 1 < text_.size() && text_[e.span.end] == ' ') {
      const std::string_view rest = text_.substr(e.span.end + 1, 12);
      const std::string_view kind = rest.substr(0, std::min(rest.size(), rest.find_first_of(" ,.;")));
      if (!kind.empty() && chars::is_ascii_lower(kind[0]) && kinds.contains(kind)) return true;
    }
    const size_t space = name.find(' ');
    if (space == std::string_view::npos) return false;
    return features.contains(name.substr(0, space)) || features.contains(name.substr(name.rfind(' ') + 1));
  }

  // Of two places in a fact's sentence, the town beats its country ("in the
  // Nigerian city of Maiduguri", "Tajikistan's capital Dushanbe", "a United
  // States drone attack in North Waziristan"); otherwise the first named,
  // unless the second follows the fact closely and the first came before it.
  // The place opens the headline and a colon closes it: "Manipur: ...".
  bool labels_headline(const Entity& place) const {
    if (place.span.end >= text_.size() || text_[place.span.end] != ':') return false;
    const Sentence* s = sentence_holding(place.span);
    return s && s->span.begin == place.span.begin && in_.roles->paragraphs[s->paragraph].kind == ParagraphKind::kTitle;
  }

  bool better_place(const Entity& e, const Entity& place, Span fact) const {
    const bool e_country = is_country(e), place_country = is_country(place);
    if (e_country != place_country) return place_country;
    // ("Manipur: Bodies of three more missing persons found in Jiribam, toll rises to six": a headline's label
    // before its colon gives way to a place its words name.)
    if (!e_country && labels_headline(place) && e.span.begin > place.span.end) return true;
    if (names_part_of(place, e) || described_settlement(place, e)) return true;
    // "Mhardeh city in Hama northern countryside": the town, not the area it lies in.
    if (settlement_in(place, e)) return false;
    // "Balochistan's Mastung district", "Aleppo's Sheikh Maqsoud": the place the region's possessive holds.
    if (text_.substr(place.span.end, 3) == "'s " && e.span.begin == place.span.end + 3) return true;
    // "the explosion in Salem Mosque in Ariha": the town a named site stands in.
    if (site_in_town(place, e)) return true;
    // "In Idlib, 3 civilians were killed ... when warplanes targeted the town of Saraqeb": the town
    // over the province a report's paragraph opens with.
    if (opens_with_in_comma(place) && introduced_as_settlement(e)) return true;
    // ("crossed Lake Chad in motorboats and attacked the village of Ngouboua, killing": the settlement
    // attacked over the water or land crossed on the way.)
    // ("shelling along the Line of Control in Jammu and Kashmir's Poonch district": the district along the line.)
    if (names_natural_feature(place) && (introduced_as_settlement(e) || !names_natural_feature(e)) &&
        place.span.end <= e.span.begin && (e.span.end <= fact.begin || place.span.begin >= fact.end) && !is_country(e))
      return true;
    // "in Hamouriyeh, where 19 people were killed ..., and in Saqba": the place the clause is of.
    if (fact_in_where_clause_of(place, fact)) return false;
    // ("struck Tchoma Bangou, where 70 people were killed, and Zaroumadareye, where 30 died")
    if (fact_in_where_clause_of(e, fact)) return true;
    // ("... in Kashmir came in September 2016, when militants stormed an army base in Uri and killed 19
    // soldiers": the place of the fact's own "when" clause.)
    if (place.span.end <= e.span.begin && e.span.end <= fact.begin && e.span.begin - place.span.end < 160 &&
        find_word(text_.substr(place.span.end, e.span.begin - place.span.end), ", when", 0) != std::string_view::npos &&
        text_.substr(e.span.end, fact.begin - e.span.end).find(',') == std::string_view::npos)
      return true;
    // "assaults on a hotel in Bamako ..., in which 20 people were killed, and on a hotel and a cafe in
    // Ouagadougou in January that killed 30": ", and on" opens the next attack of a list, with its place.
    if (place.span.end <= fact.begin && e.span.begin >= fact.end && opens_next_listed_event(fact.end, e.span.begin))
      return false;
    if (place.span.end <= e.span.begin && e.span.end <= fact.begin && opens_next_listed_event(place.span.end, e.span.begin))
      return true;
    // A place inside the fact's own words ("two militants, UK citizens, were killed in Syria") names the victims.
    const bool place_in_fact = place.span.begin >= fact.begin && place.span.end <= fact.end;
    // ("At least 10 Puntland soldiers were killed ... when militants attacked a base in the Cal Miskaad mountains":
    // a place before the victims' noun is whose they are, whatever the distance to where.)
    const bool whose_victims = place_in_fact && names_counted_victims(place) && !is_country(e);
    return (place.span.begin < fact.begin || place_in_fact) && e.span.begin >= fact.end &&
           (e.span.begin - fact.end < 60 || whose_victims);
  }

  // ", and on a hotel ... in Ouagadougou": between `from` and `to` a comma, "and" and a preposition
  // start the next of a list of attacks (read over at most a few dozen words).
  bool opens_next_listed_event(uint32_t from, uint32_t to) const {
    constexpr uint32_t kReach = 160;  // bytes: "..., in which 20 people were killed, and on a hotel and a cafe in"
    if (to <= from || to - from > kReach) return false;
    const size_t end = first_at_or_after(tokens_, to, token_span);
    for (size_t k = first_at_or_after(tokens_, from, token_span); k + 2 < end; ++k) {
      const auto at = static_cast<uint32_t>(k);
      if (tok(at) == "," && iequals(tok(at + 1), "and") &&
          (iequals(tok(at + 2), "on") || iequals(tok(at + 2), "at") || iequals(tok(at + 2), "against")))
        return true;
    }
    return false;
  }

  // "Hamouriyeh, where 19 people were killed": the fact opens the "where" clause right after the place.
  bool fact_in_where_clause_of(const Entity& place, Span fact) const {
    constexpr uint32_t kReach = 4;  // tokens from "where" to the fact: "where at least 19 people"
    const size_t at = first_at_or_after(tokens_, place.span.end, token_span);
    if (at + 2 >= tokens_.size() || place.span.end > fact.begin) return false;
    const auto k = static_cast<uint32_t>(at);
    if (tok(k) != "," || !iequals(tok(k + 1), "where")) return false;
    const size_t fact_at = first_at_or_after(tokens_, fact.begin, token_span);
    return fact_at > k + 1 && fact_at <= k + 1 + kReach;
  }

  // "the Red Sea port city of Hodeidah", "the Euphrates river town of
  // Mayadin": a sea or a river describes the town named after "of".
  // ("the Red Sea port of Mocha": the settlement noun alone.)
  bool described_settlement(const Entity& feature, const Entity& town) const {
    const size_t at = first_at_or_after(tokens_, feature.span.end, token_span);
    if (at + 2 >= tokens_.size()) return false;
    const auto k = static_cast<uint32_t>(at);
    // (Only for a sea, a river or a gulf: "the Salah al-Din district of Aleppo" names the district.)
    if (tokens_[at + 2].span.begin == town.span.begin) {
      static constexpr std::string_view kFeatures[] = {"Sea", "River", "Gulf", "Lake", "Coast"};
      static const WordSet features(kFeatures);
      const std::string_view name = feature.span.of(text_);
      return features.contains(name.substr(name.rfind(' ') + 1)) && chars::is_ascii_lower(tok(k)[0]) &&
             lexicon::is_settlement_noun(tok(k)) && iequals(tok(k + 1), "of");
    }
    if (at + 3 >= tokens_.size() || tokens_[at + 3].span.begin != town.span.begin) return false;
    return chars::is_ascii_lower(tok(k)[0]) && lexicon::is_settlement_noun(tok(k + 1)) && iequals(tok(k + 2), "of");
  }

  // "Salem Mosque in Ariha", "Al-Shifa Hospital in Gaza City": a site named
  // by its kind ("Mosque", "Hospital", "Market"), then "in" and the town.
  bool site_in_town(const Entity& site, const Entity& town) const {
    const std::string_view name = site.span.of(text_);
    const size_t space = name.rfind(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view head = name.substr(space + 1);
    static constexpr std::string_view kSites[] = {"Mosque", "Church", "Hospital", "Market", "Souk", "Stadium",
                                                  "Hotel", "Station", "Square", "Prison", "Bakery", "School"};
    static const WordSet sites(kSites);
    if (!sites.contains(head) || is_country(town)) return false;
    const size_t at = first_at_or_after(tokens_, site.span.end, token_span);
    return at + 1 < tokens_.size() && iequals(tok(static_cast<uint32_t>(at)), "in") &&
           tokens_[at + 1].span.begin == town.span.begin;
  }

  // "Mhardeh city in Hama", "Ariha town in Idlib": a town, its settlement
  // noun and "in" before the area named next.
  bool settlement_in(const Entity& town, const Entity& area) const {
    const size_t at = first_at_or_after(tokens_, town.span.end, token_span);
    if (at + 2 >= tokens_.size() || tokens_[at + 2].span.begin != area.span.begin) return false;
    const auto k = static_cast<uint32_t>(at);
    return chars::is_ascii_lower(tok(k)[0]) && lexicon::is_settlement_noun(tok(k)) && iequals(tok(k + 1), "in");
  }

  // "the Damascus suburb of Jaramana": a city known to be big, then a
  // settlement noun and "of", names the town it holds. ("the Salaheddine
  // district of Aleppo" names the district first: the first place stays.)
  bool names_part_of(const Entity& city, const Entity& part) const {
    // 2: a city of 100,000 or more; 1: a place often in the news; 0: neither.
    const auto size_rank = [&](const Entity& e) {
      const std::string_view name = e.canonical.of(text_);
      return gazetteer::is_big_city(name) ? 2 : lexicon::is_major_place(name) ? 1 : 0;
    };
    // The part is smaller, or ("the Damascus suburb of Daraya") no bigger than a big city.
    const auto is_big = [&](const Entity& e) { return size_rank(e) > 0; };
    const auto holds = [&] { return size_rank(city) > size_rank(part) || (size_rank(city) == 2 && size_rank(part) == 2); };
    // "Nairobi's Kibera slum", "Aleppo's al-Shaar district".
    const size_t word = first_at_or_after(tokens_, city.span.begin, token_span);
    if (word + 1 < tokens_.size() && tokens_[word + 1].span.begin == part.span.begin &&
        chars::strip_possessive(tok(static_cast<uint32_t>(word))).size() < tok(static_cast<uint32_t>(word)).size())
      return is_big(city) && !is_big(part);
    const size_t at = first_at_or_after(tokens_, city.span.end, token_span);
    if (at + 2 >= tokens_.size() || tokens_[at + 2].span.begin != part.span.begin) return false;
    if (!lexicon::is_settlement_noun(tok(at)) || !iequals(tok(at + 1), "of")) return false;
    return holds();
  }

  bool is_country(const Entity& e) const {
    const std::string_view name = e.canonical.of(text_);
    // "Syrias Idlib province": a possessive whose apostrophe a scrape lost.
    return lexicon::is_country_level(name) || lexicon::is_country_without_apostrophe(name);
  }

  // "killed in U.S. air strikes on Raqa": the country owns the strikes;
  // they fell elsewhere.
  bool owns_weapon(const Entity& e, const Sentence& s) const {
    // "A rocket fired from Lebanon struck ...": where the weapon came from.
    // ("An Israeli officer was wounded by stray fire from Syria", "rockets from Gaza": or the fire itself.)
    const uint32_t at = token_at(s, e.span.begin);
    if (at >= s.token_begin + 2 && iequals(tok(at - 1), "from") &&
        (iequals(tok(at - 2), "fired") || iequals(tok(at - 2), "launched") || iequals(tok(at - 2), "fire") ||
         iequals(tok(at - 2), "shelling") || iequals(tok(at - 2), "rockets") || iequals(tok(at - 2), "shells")))
      return true;
    uint32_t k = token_at(s, e.span.end);
    const uint32_t after_owner = k;
    while (k < s.token_end && (is_weapon_compound(tok(k)) || is_actor_modifier(tok(k)))) ++k;
    // ("troops suffered brain injuries in Iran missile attack": a country's attack by its weapon.)
    const bool armed_attack = k > after_owner && k < s.token_end && is_weapon_compound(tok(k - 1)) && is_country(e) &&
                              (iequals(tok(k), "attack") || iequals(tok(k), "attacks"));
    if (k >= s.token_end || (!is_weapon_head(tok(k)) && !armed_attack)) return false;
    // ("the Baba Amr shelling", "the Douma raid": a town or district named
    // like that is where the attack fell; a country owns its weapons.)
    const std::string_view head = tok(k);
    const bool event = iequals(head, "shelling") || iequals(head, "bombardment") || iequals(head, "raid") ||
                       iequals(head, "strike") || iequals(head, "airstrike");
    // (So is "in Moroto raid", a headline's without its article.)
    return !(event && at > s.token_begin &&
             (iequals(tok(at - 1), "the") || iequals(tok(at - 1), "in") || iequals(tok(at - 1), "near")) &&
             !is_country(e));
  }

  // "Israeli jets" aside, a country named before its weapons ("U.S. air
  // strikes") or before a speech verb ("Russia says") is no place of a lead.
  bool owns_weapon_anywhere(const Entity& e) const {
    size_t k = first_at_or_after(tokens_, e.span.end, token_span);
    if (k < tokens_.size() && is_speech_verb(tok(static_cast<uint32_t>(k)))) return true;
    while (k < tokens_.size() && (is_weapon_compound(tok(static_cast<uint32_t>(k))) ||
                                  is_actor_modifier(tok(static_cast<uint32_t>(k)))))
      ++k;
    return k < tokens_.size() && is_weapon_head(tok(static_cast<uint32_t>(k)));
  }

  // "the suspected attack that the West blames on ...": the West, the
  // North, the East alone are powers or vague halves, no incident's place.
  bool is_bare_compass_point(const Entity& e) const {
    const std::string_view name = e.span.of(text_);
    return iequals(name, "West") || iequals(name, "East") || iequals(name, "North") || iequals(name, "South");
  }

  // ("a pro-opposition monitor based in the UK": so is the seat "based in" names.)
  bool based_compound(const Entity& e) const {
    if (e.span.end < text_.size() && text_[e.span.end] == '-') return true;
    size_t at = first_at_or_after(tokens_, e.span.begin, token_span);
    if (at > 0 && iequals(tok(static_cast<uint32_t>(at - 1)), "the")) --at;
    return at >= 2 && iequals(tok(static_cast<uint32_t>(at - 1)), "in") && iequals(tok(static_cast<uint32_t>(at - 2)), "based");
  }

  // ("223 civilians in Syria in October, 61 of them children, most of them in Idlib province": a place after
  // "most of them" is the share's, not the facts before it.)
  bool place_of_share_after(Span fact, const Entity& e) const {
    if (e.span.begin < fact.end) return false;
    size_t at = first_at_or_after(tokens_, e.span.begin, token_span);
    // ("most of them at the Litoral Penitentiary": "at" too, and past "the".)
    if (at >= 1 && iequals(tok(static_cast<uint32_t>(at - 1)), "the")) --at;
    if (at < 4 || !(iequals(tok(static_cast<uint32_t>(at - 1)), "in") || iequals(tok(static_cast<uint32_t>(at - 1)), "at")))
      return false;
    const auto k = static_cast<uint32_t>(at - 1);
    return is_breakdown_pronoun(tok(k - 1)) && iequals(tok(k - 2), "of") && is_vague_share(tok(k - 3));
  }

  // "More than 100 people were killed across Syria, 40 of them in Homs":
  // a place after a part counted "of them" is that part's. (Not after any
  // count: "killed three and wounded 28 others in Jizan" happened in Jizan.)
  // "18 people were killed in Deir ez-Zor and two dozen more in other towns": a place the fact
  // before, in this sentence, was told with, ahead of the "and" that opens this fact.
  bool told_for_earlier_count(Span fact, Span place, const Sentence& s) const {
    if (out_.empty() || place.end > fact.begin) return false;
    const Casualty& before = out_.back();
    const Span sentence = {tokens_[s.token_begin].span.begin, tokens_[s.token_end - 1].span.end};
    if (before.span.begin < sentence.begin || place.begin < before.span.begin) return false;
    const uint32_t first = token_at(s, fact.begin);
    return first > s.token_begin && iequals(tok(first - 1), "and");
  }

  bool belongs_to_later_count(Span fact, Span place, const Sentence& s) const {
    if (place.begin <= fact.end) return false;
    const uint32_t to = token_at(s, place.begin);
    for (uint32_t k = token_at(s, fact.end); k + 1 < to; ++k) {
      // (Not past a comma closing the part: "killed 12 displaced people, four of them children, and wounded about 30
      // others in the Abu Shouk camp".)
      if (iequals(tok(k), "of") && is_breakdown_pronoun(tok(k + 1)) && k > s.token_begin &&
          parse_count(text_, tokens_, k - 1, to) && !comma_between(k + 1, to))
        return true;
      // "80 killed across Syria, including 60 in Homs": Homs is the part's.
      // ("including two in the Kurdish city of Saqqez": a few words may come between.)
      constexpr uint32_t kWordsBeforePlace = 4;
      if (iequals(tok(k), "including") && k + 3 <= to && to - (k + 3) <= kWordsBeforePlace &&
          iequals(tok(k + 2), "in") && parse_count(text_, tokens_, k + 1, to))
        return true;
      // ("a toll of 33, including six soldiers killed in an ambush near the
      // town of Busra al-Harir": the part's own outcome, then its place.)
      constexpr uint32_t kPartReach = 12;
      if (iequals(tok(k), "including") && k + 1 < to && to - k <= kPartReach)
        if (const auto part = parse_count(text_, tokens_, k + 1, to))
          for (uint32_t m = part->token_end; m < to; ++m)
            if (outcome_word(m, to)) return true;
    }
    return false;
  }

  // "15 were killed on the outskirts, and two policemen were beheaded in
  // Samarra": a clause after ", and" with a count and an outcome of its own
  // holds the place; so does a ", when" clause telling how a war began
  // ("since the war began on October 7, 2023, when militants attacked southern Israel").
  // ("as helicopter downed in Antioquia", "as rockets hit Haifa": the blow that killed, told in the clause.)
  static bool is_blow_verb(std::string_view w) {
    static constexpr std::string_view kBlows[] = {"downed",   "crashed", "crashes", "hit",      "hits",     "struck",
                                                  "strikes",  "explode", "explodes", "exploded", "ambushed", "bombed",
                                                  "attacked", "targeted", "collapses", "collapsed", "capsizes",
                                                  "capsized", "sinks",   "sank"};
    static const WordSet blows(kBlows);
    return blows.contains(w);
  }

  bool belongs_to_later_clause(Span fact, Span place, const Sentence& s) const {
    if (place.begin <= fact.end) return false;
    const uint32_t to = token_at(s, place.begin);
    // "kills 11 as Idlib offensive grinds on": the place names another event.
    static constexpr std::string_view kEvents[] = {"offensive", "fighting", "battle", "siege", "campaign", "assault",
                                                   "war", "clashes", "talks", "crisis", "truce", "ceasefire"};
    static const WordSet events(kEvents);
    const uint32_t opener = to > s.token_begin && iequals(tok(to - 1), "the") ? to - 1 : to;
    const uint32_t after = token_at(s, place.end);
    if (opener > s.token_begin && after < s.token_end && events.contains(tok(after)) &&
        (iequals(tok(opener - 1), "as") || iequals(tok(opener - 1), "amid") || iequals(tok(opener - 1), "while")))
      return true;
    for (uint32_t k = token_at(s, fact.end); k + 1 < to; ++k) {
      if (iequals(tok(k), "when") && k > s.token_begin && tok(k - 1) == "," && when_recalls_start(k, s)) return true;
      // "Fighting for Nabk kills dozens as army pushes into Qalamoun": "as" opens a clause with a verb of its own.
      // (Not one telling the deaths' own blow: "13 police killed as helicopter downed in Antioquia".)
      if (iequals(tok(k), "as") && !iequals(tok(k + 1), "well") && !iequals(tok(k + 1), "many") &&
          !iequals(tok(k + 1), "much") && to - k <= 6)
        for (uint32_t m = k + 2; m + 1 < to; ++m)
          if (looks_like_verb(tok(m), true) && lexicon::is_place_preposition(tok(to - 1)) && !is_blow_verb(tok(m)))
            return true;
      // ("four officers were wounded and that reinforcements had been sent from Port-au-Prince": a second
      // reported clause, and where its subject came from.)
      if (iequals(tok(k), "and") && iequals(tok(k + 1), "that") && to > k + 3 && iequals(tok(to - 1), "from"))
        return true;
      // (", while Russian forces killed nine civilians in Idlib": a clause with a toll of its own too.)
      const bool joins_clause = iequals(tok(k), "and") || iequals(tok(k), "while") || iequals(tok(k), "whereas");
      if (!joins_clause || k == s.token_begin || tok(k - 1) != ",") continue;
      // (", and that 11 people were wounded, most of them near the airport": a reported clause.)
      const uint32_t clause = k + 2 < to && iequals(tok(k + 1), "that") ? k + 2 : k + 1;
      if (const auto later = parse_count(text_, tokens_, clause, to))
        for (uint32_t m = later->token_end; m < to; ++m)
          if (outcome_word(m, to)) return true;
      // (", while Russian forces killed nine civilians in Idlib": its subject, its verb, then its count.)
      constexpr uint32_t kSubjectWords = 4;
      if (!iequals(tok(k), "and"))
        for (uint32_t m = clause; m + 1 < to && m <= clause + kSubjectWords; ++m)
          if (outcome_word(m, to) && parse_count(text_, tokens_, m + 1, to)) return true;
    }
    return false;
  }

  // The first token of sentence `s` at or after text offset `pos`.
  // The tokens beyond the first of each organisation's name inside tokens [from, to).
  uint32_t extra_name_tokens(uint32_t from, uint32_t to) const {
    if (from >= to) return 0;
    const auto& ents = *in_.entities;
    const uint32_t end = tokens_[to - 1].span.end;
    uint32_t extra = 0;
    for (size_t i = first_at_or_after(ents, tokens_[from].span.begin, entity_span); i < ents.size() && ents[i].span.end <= end; ++i) {
      if (ents[i].type != EntityType::kOrg) continue;
      for (uint32_t k = from; k < to; ++k)
        if (tokens_[k].span.begin > ents[i].span.begin && tokens_[k].span.end <= ents[i].span.end) ++extra;
    }
    return extra;
  }

  uint32_t token_at(const Sentence& s, uint32_t pos) const {
    return static_cast<uint32_t>(std::partition_point(tokens_.begin() + s.token_begin, tokens_.begin() + s.token_end,
                                                      [&](const Token& t) { return t.span.begin < pos; }) -
                                 tokens_.begin());
  }

  // The fact stands in a ", when ..." clause after "since" and a date: "since
  // the war began on October 7, 2023, when militants attacked ..., killing 1,200".
  bool tells_how_it_began(Span fact, const Sentence& s) const {
    const uint32_t when = when_clause_before(fact, s);
    return when != 0 && when_recalls_start(when, s);
  }

  // The token of the ", when" that opens the clause holding the fact, or 0.
  uint32_t when_clause_before(Span fact, const Sentence& s) const {
    const uint32_t at = token_at(s, fact.begin);
    constexpr uint32_t kClauseReach = 16;
    for (uint32_t k = at; k-- > s.token_begin + 1 && at - k <= kClauseReach;) {
      if (tok(k) == ";" || tok(k) == ".") return 0;
      if (iequals(tok(k), "when") && tok(k - 1) == ",") return k;
    }
    return 0;
  }

  // Where the ", when" clause that holds the fact begins (its "when"), or 0: "... killed in Gaza since
  // the war began on 7 October, when Hamas-led gunmen killed about 1,200 people in southern Israel and
  // took 253 hostages" places the hostages in Israel, not Gaza.
  uint32_t recall_clause_begin(Span fact, const Sentence& s) const {
    const uint32_t when = when_clause_before(fact, s);
    return when != 0 ? tokens_[when].span.begin : 0;
  }

  // The ", when" at token k follows "since" and a date: "since the war began on October 7, 2023, when".
  bool when_recalls_start(uint32_t k, const Sentence& s) const {
    constexpr uint32_t kDateReach = 12;
    bool dated = false;
    for (uint32_t m = k - 1; m-- > s.token_begin && k - m <= kDateReach;) {
      if (tok(m) == ";" || tok(m) == ".") return false;
      if (const Entity* d = entity_starting_at(m, EntityType::kDate); d && d->span.end <= tokens_[k - 1].span.begin)
        dated = true;
      if (iequals(tok(m), "since")) return dated;
    }
    return false;
  }

  // The fact opens a relative clause ("that killed 147") of a noun phrase
  // that "since" introduces, with no comma between.
  bool toll_of_event_after_since(const Casualty& c, Span window) const {
    return since_of_recalled_event(c, window) != kNoToken;
  }

  static constexpr uint32_t kNoToken = UINT32_MAX;

  // Is the word before `pos` a preposition of place ("in", "on", "at", "near", "against")?
  bool after_place_preposition(uint32_t pos) const {
    const size_t k = first_at_or_after(tokens_, pos, token_span);
    if (k == 0) return false;
    const std::string_view w = tok(static_cast<uint32_t>(k - 1));
    return iequals(w, "in") || iequals(w, "on") || iequals(w, "at") || iequals(w, "near") || iequals(w, "against");
  }

  // The last place named between "since" and a toll of the event it opens ("since Hamas's attack on
  // Israel on 7 October, in which ..."), or null.
  const Entity* place_of_event_after_since(const Casualty& c, Span window) const {
    const uint32_t since = since_of_recalled_event(c, window);
    if (since == kNoToken) return nullptr;
    const auto& ents = *in_.entities;
    const Entity* place = nullptr;
    for (size_t i = first_at_or_after(ents, tokens_[since].span.end, entity_span);
         i < ents.size() && ents[i].span.end <= c.span.begin; ++i)
      // (At a place, not of one: "since a US drone strike killed ..." names no scene.)
      if (ents[i].type == EntityType::kLoc && after_place_preposition(ents[i].span.begin)) place = &ents[i];
    return place;
  }

  // The place after a preposition between an attack's noun and the ", which" opening the clause of fact `c`
  // ("the 1983 bombing of the U.S. Embassy in Beirut, which killed"), or null.
  const Entity* place_of_attack_before_which(const Casualty& c) const {
    const auto at = static_cast<uint32_t>(first_at_or_after(tokens_, c.span.begin, token_span));
    if (at < 3 || at >= tokens_.size() || !iequals(tok(at - 1), "which") || tok(at - 2) != ",") return nullptr;
    constexpr uint32_t kReach = 12;  // "bombing of the U.S. Embassy in Beirut"
    uint32_t attack = kNoToken;
    for (uint32_t k = at - 2; k-- > 0 && at - 2 - k <= kReach;) {
      if (tokens_[k].kind == TokenKind::kPunctuation && tok(k) != "." && tok(k) != "-") return nullptr;
      if (tok(k) == "." && !inside_word(k, at)) return nullptr;
      if (lexicon::is_attack_noun(tok(k))) {
        attack = k;
        break;
      }
    }
    if (attack == kNoToken) return nullptr;
    const auto& ents = *in_.entities;
    const Entity* place = nullptr;
    for (size_t i = first_at_or_after(ents, tokens_[attack].span.end, entity_span);
         i < ents.size() && ents[i].span.end <= tokens_[at - 2].span.begin; ++i)
      if (ents[i].type == EntityType::kLoc && after_place_preposition(ents[i].span.begin)) place = &ents[i];
    return place;
  }

  // The "since" opening the event whose toll `c` is (see above), or kNoToken.
  uint32_t since_of_recalled_event(const Casualty& c, Span window) const {
    const uint32_t at = static_cast<uint32_t>(first_at_or_after(tokens_, c.span.begin, token_span));
    const uint32_t first = static_cast<uint32_t>(first_at_or_after(tokens_, window.begin, token_span));
    // ("since a US drone strike killed Iranian general Qassem Soleimani": the attack's own verb.)
    const bool attack_verb = at > first && at < tokens_.size() && lexicon::is_attack_noun(tok(at - 1));
    if (at > first && at < tokens_.size() && !attack_verb && !iequals(tok(at - 1), "that") && !iequals(tok(at - 1), "which"))
      return since_attack_subject(at, first);
    if (at <= first || at >= tokens_.size() ||
        !(iequals(tok(at - 1), "that") || iequals(tok(at - 1), "which") || attack_verb))
      return kNoToken;
    // ("since the sarin attack on the Ghouta region near Damascus in August 2013, which")
    constexpr uint32_t kReach = 18;  // "since a 2014 assault on the Army Public School that"
    // ("since Hamas's attack on Israel on 7 October, in which about 1,400 people were killed": the
    // preposition opens the relative clause.)
    const bool preposition_first = !attack_verb && iequals(tok(at - 1), "which") && at >= first + 2 &&
                                   (iequals(tok(at - 2), "in") || iequals(tok(at - 2), "during"));
    const uint32_t relative = attack_verb ? at : preposition_first ? at - 2 : at - 1;
    for (uint32_t k = relative; k-- > first && at - k <= kReach;) {
      const std::string_view w = tok(k);
      if (w == "," && k + 1 == relative && (iequals(tok(relative), "which") || preposition_first)) continue;
      if (w == "," || w == ";" || w == "." || trigger_of(w)) return kNoToken;
      // ("The war was triggered by the Hamas attack on southern Israel, in which about 1,200 people were
      // killed": the event that set off the story's war, recalled as "since" recalls one.)
      const bool set_off_by = iequals(w, "by") && k > first &&
                              (iequals(tok(k - 1), "triggered") || iequals(tok(k - 1), "sparked") ||
                               iequals(tok(k - 1), "prompted") || iequals(tok(k - 1), "provoked"));
      if (iequals(w, "since") || set_off_by) return k + 2 < at - 1 ? k : kNoToken;  // a noun phrase between: "since a ... assault that"
    }
    return kNoToken;
  }

  // "the deadliest since a bombing at a park in Lahore killed more than 70": "since", then an attack
  // and where it struck, as the subject of the verb at `at`; the token of "since", or kNoToken.
  uint32_t since_attack_subject(uint32_t at, uint32_t first) const {
    constexpr uint32_t kReach = 10;  // "since a bombing at a park in Lahore"
    for (uint32_t k = at; k-- > first && at - k <= kReach;) {
      const std::string_view w = tok(k);
      if (tokens_[k].kind == TokenKind::kPunctuation || trigger_of(w)) return kNoToken;
      if (!iequals(w, "since") || k + 2 >= at) continue;
      const uint32_t noun = iequals(tok(k + 1), "a") || iequals(tok(k + 1), "an") || iequals(tok(k + 1), "the") ? k + 2 : k + 1;
      // (The attack's place after it: "at a park in Lahore", nothing else.)
      if (noun >= at || !lexicon::is_attack_noun(tok(noun))) return kNoToken;
      return noun + 1 == at || lexicon::is_place_preposition(tok(noun + 1)) ? k : kNoToken;
    }
    return kNoToken;
  }

  // "in the first half of 2018", "in the first six months of 2019": a stretch of a year right before
  // it, over which a toll is counted.
  bool part_of_year_before(Span year) const {
    const size_t at = first_at_or_after(tokens_, year.begin, token_span);
    constexpr uint32_t kReach = 5;  // "the first six months of"
    if (at < 3 || !iequals(tok(static_cast<uint32_t>(at - 1)), "of")) return false;
    for (uint32_t back = 2; back <= kReach && back <= at; ++back) {
      const std::string_view w = tok(static_cast<uint32_t>(at - back));
      if (iequals(w, "half") || iequals(w, "months") || iequals(w, "quarter") || iequals(w, "weeks")) return true;
      if (tokens_[at - back].kind == TokenKind::kPunctuation) return false;
    }
    return false;
  }

  // "Three days earlier, the city's new public safety secretary ... was shot and killed": a sentence opening on a
  // span of days or more before the story's events tells an earlier one.
  bool opens_on_earlier_period(const Sentence& s) const {
    static constexpr std::string_view kPeriods[] = {"day", "days", "week", "weeks", "month", "months", "year", "years"};
    static const WordSet periods(kPeriods);
    const uint32_t b = s.token_begin;
    if (b + 3 >= s.token_end) return false;
    uint32_t k = b;
    if (iequals(tok(k), "a") || iequals(tok(k), "one")) {
      ++k;
    } else if (const auto n = parse_count(text_, tokens_, k, s.token_end); n && n->vague.empty()) {
      k = n->token_end;
    } else {
      return false;
    }
    return k + 2 < s.token_end && periods.contains(tok(k)) &&
           (iequals(tok(k + 1), "earlier") || iequals(tok(k + 1), "before")) && tok(k + 2) == ",";
  }

  // "days after a bombing killed more than 120", "weeks after dozens were
  // killed": an earlier event the story recalls, not its own.
  bool recalled_after_period(const Casualty& c, const Sentence& s) const {
    static constexpr std::string_view kPeriods[] = {"day", "days", "week", "weeks", "month", "months", "year", "years"};
    static const WordSet periods(kPeriods);
    static constexpr std::string_view kRecallVerbs[] = {"came", "comes", "coming", "follows"};
    static const WordSet recall_verbs(kRecallVerbs);
    const uint32_t at = token_at(s, c.span.begin);
    constexpr uint32_t kReach = 12;  // "a day after [the UN children's agency UNICEF said 22]"
    // "two days after fighters stormed the village of Um Sumeima, west of
    // the city, where the group said 11 villagers were shot dead": a
    // relative clause or a place's apposition stays in the recalled event.
    constexpr uint32_t kReachAcrossClauses = 28;
    uint32_t reach = kReach;
    for (uint32_t k = at; k-- > s.token_begin + 1 && at - k <= reach;) {
      const std::string_view w = tok(k);
      if (w == "," && k + 1 < at && (opens_relative_clause(tok(k + 1)) || lexicon::is_compass_direction(tok(k + 1)))) {
        reach = kReachAcrossClauses;
        continue;
      }
      // ("a day after Russia fired 120 missiles, killing at least 39": the participle goes on with it.)
      // (So does what the participle counts next: "killing seven patients and a member of staff".)
      if (w == "," && ends_with_ing(tok(k + 1))) {
        reach = std::max(reach, at - k + kReach);  // the reach counts from the participle
        continue;
      }
      // ("three weeks after Mohib Ullah, a prominent Rohingya leader, was shot dead": past the named victim the
      // fact describes.)
      if (w == "," && k > s.token_begin + 1)
        if (const Entity* named = entity_ending_at_byte(tokens_[k - 1].span.end, tokens_[s.token_begin].span.begin,
                                                        EntityType::kPerson)) {
          const uint32_t name_at = token_at(s, named->span.begin);
          if (name_at > s.token_begin && iequals(tok(name_at - 1), "after")) {
            k = name_at;
            continue;
          }
        }
      if (w == "," || w == ";") return false;
      // "a day after", and "the attack came after": both recall an earlier toll.
      if (iequals(w, "after")) return periods.contains(tok(k - 1)) || recall_verbs.contains(tok(k - 1));
    }
    return false;
  }

  // Incident, cumulative or historical (a static word). "Days after" marks
  // only the toll it introduces, whatever date that toll borrowed.
  std::string_view scope_of(const Casualty& c, const Sentence& s, Span window, const Entity* date) const {
    if (tells_how_it_began(c.span, s)) return "historical";
    // ("in which about 1,200 people were killed and some 240 taken hostage": joined by "and" to a toll of
    // the recalled event, the same event's.)
    if (!out_.empty() && out_.back().scope == "historical" && out_.back().span.end < c.span.begin &&
        out_.back().span.begin >= s.span.begin && text_.substr(out_.back().span.end, c.span.begin - out_.back().span.end) == " and " &&
        toll_of_event_after_since(out_.back(), window))
      return "historical";
    const MonthPart part = date ? part_of_month(s, date->span) : MonthPart::kWhole;
    const bool since_date = date && (follows_since(window, date->span) || dates_start_of_tally(c, s, date->span) ||
                                     tallied_by(c, window, *date));
    // ("The United Nations said in July that ... in the first half of the
    // year, with 1,662 civilians killed": the month dates the saying.)
    const bool month_of_saying = date && c.date.size() == 7 && dates_the_saying(*date);
    // ("Last Friday, ..." opening a sentence in a story of a Friday: a week back, as "last week" is; not
    // "captured Palmyra last Wednesday ... and has since executed at least 217", a tally from then.)
    const bool said_last = date && date->span.begin == s.span.begin && date->span.size() > 5 &&
                           iequals(text_.substr(date->span.begin, 5), "last ");
    const std::string_view scope = scope_by_dates_and_words(c, window, part, since_date, month_of_saying, said_last);
    if (scope != "incident") return scope;
    if (recalled_after_period(c, s) || opens_on_earlier_period(s) || refers_to_dated_past(c, s, window) ||
        found_in_mass_grave(c, window, date))
      return "historical";
    return continues_tally(c, s) ? "cumulative" : scope;
  }

  // "Forces found a mass grave containing the remains of about 100 people":
  // the dead of an undated past, found now.
  // (A date may tell when it was said: "the council said on Thursday".)
  // (The grave comes just before the toll, in its clause: not "find mass
  // grave near Mosul; militants kill 12 in Tal Afar".)
  bool found_in_mass_grave(const Casualty& c, Span window, const Entity* date) const {
    if (exhumed_or_held_by_grave(c.span)) return true;
    if (date && !dates_the_saying(*date) && !in_dateline(*date)) return false;
    // ("a mass grave where dozens of bodies were being buried": the dead of now, buried as told.)
    constexpr uint32_t kBurialReach = 20;  // " were being buried"
    if (find_word(text_.substr(c.span.end, std::min(kBurialReach, window.end - std::min(window.end, c.span.end))),
                  "being buried", 0) != std::string_view::npos)
      return false;
    constexpr uint32_t kReach = 80;
    const uint32_t from = std::max(window.begin, c.span.begin > kReach ? c.span.begin - kReach : 0);
    if (from >= c.span.begin) return false;
    const std::string_view before = text_.substr(from, c.span.begin - from);
    const size_t mass = find_word(before, "mass", 0);
    if (mass != std::string_view::npos && names_grave(before.substr(mass + 4)) && before.find(';', mass) == std::string_view::npos)
      return true;
    // ("exhumed the remains of 470 people from mass graves in Tikrit", "more than 440 bodies from a
    // mass burial site": the grave right after the remains.)
    constexpr uint32_t kGraveReach = 26;  // " from a mass burial site"
    const std::string_view after = text_.substr(c.span.end, std::min(kGraveReach, window.end - std::min(window.end, c.span.end)));
    const size_t mass_after = find_word(after, "mass", 0);
    const std::string_view counted = c.span.of(text_);
    return (counted.find("remains") != std::string_view::npos || counted.find("bodies") != std::string_view::npos) &&
           mass_after != std::string_view::npos && names_grave(after.substr(mass_after + 4));
  }

  // " grave", " graves", " burial site": the words after "mass" that name where the dead were buried.
  static bool names_grave(std::string_view after_mass) {
    return after_mass.rfind(" grave", 0) == 0 || after_mass.rfind(" burial", 0) == 0;
  }

  // "began exhuming more than 440 bodies", "one grave held the bodies of 17 soldiers": the dead of a
  // past already buried, whatever day the digging is dated.
  bool exhumed_or_held_by_grave(Span fact) const {
    const size_t at = first_at_or_after(tokens_, fact.begin, token_span);
    constexpr uint32_t kReach = 3;  // "exhuming the remains of", "exhumed more than"
    for (uint32_t back = 1; back <= kReach && back <= at; ++back) {
      const std::string_view w = tok(static_cast<uint32_t>(at - back));
      if (w.size() > 5 && iequals(w.substr(0, 5), "exhum")) return true;
    }
    // ("a grave held the bodies of", "graves containing the remains of": the grave is the subject.)
    const std::string_view counted = fact.of(text_);
    if (counted.find("bodies") == std::string_view::npos && counted.find("remains") == std::string_view::npos) return false;
    const uint32_t article = at >= 1 && iequals(tok(static_cast<uint32_t>(at - 1)), "the") ? 1 : 0;
    if (at < 2 + article) return false;
    const std::string_view verb = tok(static_cast<uint32_t>(at - 1 - article));
    const std::string_view holder = tok(static_cast<uint32_t>(at - 2 - article));
    return (iequals(verb, "held") || iequals(verb, "holding") || iequals(verb, "contained") || iequals(verb, "containing")) &&
           (iequals(holder, "grave") || iequals(holder, "graves"));
  }

  // "... against the judge investigating last year's port explosion, killing six people": a date
  // owning another event, a comma before the toll.
  bool dates_another_event(const Entity& date, Span fact) const {
    // ("former FARC combatants who had signed the 2016 peace agreement": a year naming an accord or a vote.)
    if (names_accord_by_year(date)) return true;
    // ("... had been arrested across the country under a state of emergency declared on Aug. 4": the date of
    // what a participle after the fact tells, not of the arrests.)
    if (date.span.begin >= fact.end) {
      const size_t at = first_at_or_after(tokens_, date.span.begin, token_span);
      if (at < 3 || at >= tokens_.size() || !iequals(tok(static_cast<uint32_t>(at - 1)), "on")) return false;
      const auto participle = static_cast<uint32_t>(at - 2), noun = static_cast<uint32_t>(at - 3);
      if (tokens_[participle].span.begin < fact.end || !chars::ends_with(tok(participle), "ed") ||
          outcome_word(participle, tokens_.size()) || !chars::is_ascii_lower(tok(noun)[0]) || is_auxiliary(tok(noun)) ||
          // (Not the attack's own: "killed in an attack launched on Monday".)
          lexicon::is_attack_noun(tok(noun)))
        return false;
      // (Nor the saying's: "..., the army announced on Monday".)
      if (is_speech_verb(tok(participle)))
        for (uint32_t m = noun; m > 0 && noun - m < 3; --m)
          if (tok(m - 1) == ",") return false;
      return true;
    }
    if (date.span.end > fact.begin || text_.substr(date.span.end, 2) != "'s") return false;
    return text_.substr(date.span.end, fact.begin - date.span.end).find(',') != std::string_view::npos;
  }

  // "the 2016 peace agreement", "the 2020 elections": a bare year before a noun of no violence.
  bool names_accord_by_year(const Entity& date) const {
    static constexpr std::string_view kAccords[] = {"peace",    "agreement", "accord", "accords",   "deal",
                                                    "treaty",   "election",  "elections", "constitution", "budget",
                                                    "census",   "referendum", "vote",  "law"};
    static const WordSet accords(kAccords);
    constexpr size_t kYearBytes = 4;
    if (date.span.end - date.span.begin != kYearBytes) return false;
    const size_t at = first_at_or_after(tokens_, date.span.begin, token_span);
    return at > 0 && at + 1 < tokens_.size() && iequals(tok(static_cast<uint32_t>(at - 1)), "the") &&
           accords.contains(tok(static_cast<uint32_t>(at + 1)));
  }

  // "the Westgate mall siege in 2013, in which 67 people were killed, and the Garissa University attack
  // in April 2015": a fact in a relative clause ends at its comma; a date past ", and" is the next event's.
  bool dates_next_conjunct(Span date, Span fact) const {
    constexpr uint32_t kClauseReach = 24;  // bytes from the comma to the fact: ", in which at least 67"
    constexpr uint32_t kDateReach = 200;   // bytes to a later date read: bounded on run-on text
    if (date.begin < fact.end || fact.begin < 2 || date.begin - fact.end > kDateReach) return false;
    const uint32_t from = fact.begin > kClauseReach ? fact.begin - kClauseReach : 0;
    const std::string_view opener = text_.substr(from, fact.begin - from);
    const size_t comma = opener.rfind(',');
    if (comma == std::string_view::npos) return false;
    const std::string_view relative = opener.substr(comma);
    if (find_word(relative, "which", 0) == std::string_view::npos && find_word(relative, "whom", 0) == std::string_view::npos)
      return false;
    return text_.substr(fact.end, date.begin - fact.end).find(", and ") != std::string_view::npos;
  }

  // "..., the council said on Thursday": the date of the words, not of the deaths.
  bool dates_the_saying(const Entity& date) const {
    const size_t at = first_at_or_after(tokens_, date.span.begin, token_span);
    if (at == 0) return false;
    const auto k = static_cast<uint32_t>(at);
    // ("The United Nations said in July that ...": "in" a month too.)
    return is_speech_verb(tok(k - 1)) ||
           (k >= 2 && (iequals(tok(k - 1), "on") || iequals(tok(k - 1), "in")) && is_speech_verb(tok(k - 2)));
  }

  // A report's tally told in this paragraph or the one before, the fact's
  // own source that report ("the report said") or a pronoun for it ("it added").
  bool breaks_down_report_tally(const Casualty& c, const Sentence& s, bool pronoun_source) const {
    if (report_tally_paragraph_ < 0 || static_cast<uint32_t>(report_tally_paragraph_) + 1 < s.paragraph) return false;
    return names_report(c.source) || (c.source.empty() && pronoun_source);
  }

  static bool names_report(std::string_view source) {
    return chars::ends_with(source, " report") || chars::iequals(source, "report");
  }

  // "More than 1,800 Palestinians have been killed since the war began.
  // Sixty-four Israeli soldiers ... have also died": an undated toll in the
  // perfect tense right after a tally in its paragraph adds to that tally.
  // ("Airstrikes have intensified since fighters launched a campaign on
  // July 31. The strikes have killed 122 civilians": the sentence before
  // opens the period the toll is counted over.)
  bool continues_tally(const Casualty& c, const Sentence& s) const {
    if (!c.date.empty()) return false;
    // ("Syria says rebels have killed more than 2,500 soldiers": the auxiliary before the span, for a
    // war's thousands; "This escalation has killed more than 670" may be one episode's.)
    constexpr int64_t kWarScale = 1000;
    const bool perfect = in_perfect_tense(c.span) || perfect_auxiliary_before(c.span, s);
    if ((in_perfect_tense(c.span) || (perfect && c.count_min >= kWarScale)) && !out_.empty() &&
        out_.back().scope == "cumulative" && fact_paragraph_.back() == s.paragraph)
      return true;
    return perfect && opens_period_before(s);
  }

  // The sentence before `s`, in its paragraph, holds a period running up to
  // now: "since ... on July 31", "since the offensive began". ("... on the
  // sixth consecutive day of bombing. The bombardment has killed eight" may
  // give the day's toll: no period.)
  bool opens_period_before(const Sentence& s) const {
    const auto& sentences = seg_.sentences;
    const size_t index = static_cast<size_t>(&s - sentences.data());
    if (index == 0 || index >= sentences.size() || sentences[index - 1].paragraph != s.paragraph) return false;
    const Sentence& before = sentences[index - 1];
    for (uint32_t k = before.token_begin; k < before.token_end; ++k) {
      const std::string_view w = tok(k);
      if (!iequals(w, "since") || since_gives_reason(tokens_[k].span.begin)) continue;
      // A date or a beginning within the words after "since".
      constexpr uint32_t kReach = 16;
      for (uint32_t m = k + 1; m < before.token_end && m <= k + kReach; ++m) {
        const std::string_view x = tok(m);
        if (iequals(x, "began") || iequals(x, "launched") || iequals(x, "started") || is_dated_at(m)) return true;
      }
    }
    return false;
  }

  // "wounded in the strikes", "killed in the air raids": the attack told before, by its definite name.
  // "the attack left hundreds wounded", "the blast left dozens dead": "the", an attack noun and
  // "left" (a quote mark may open the count).
  bool left_by_the_attack(Span fact) const {
    size_t k = first_at_or_after(tokens_, fact.begin, token_span);
    if (k > 0 && tok(static_cast<uint32_t>(k - 1)) == "\"") --k;
    return k >= 3 && iequals(tok(static_cast<uint32_t>(k - 1)), "left") &&
           lexicon::is_attack_noun(tok(static_cast<uint32_t>(k - 2))) && iequals(tok(static_cast<uint32_t>(k - 3)), "the");
  }

  // 'put the toll at "several hundred"', "putting the death toll at hundreds": a teller's count of the toll the
  // story tells.
  bool puts_the_toll_at(Span fact) const {
    const size_t first = first_at_or_after(tokens_, fact.begin, token_span);
    if (first >= tokens_.size()) return false;
    auto k = static_cast<uint32_t>(first);
    if (!is_toll_noun(tok(k))) {
      if (k > 0 && tok(k - 1) == "\"") --k;
      if (k < 2 || !iequals(tok(k - 1), "at") || !is_toll_noun(tok(k - 2))) return false;
      k -= 2;
    }
    if (k > 0 && iequals(tok(k - 1), "death")) --k;
    if (k < 2 || !iequals(tok(k - 1), "the")) return false;
    const std::string_view verb = tok(k - 2);
    return iequals(verb, "put") || iequals(verb, "puts") || iequals(verb, "putting") || iequals(verb, "placed");
  }

  // "Hundreds of bodies were still in the streets": the dead of the story, lying where they fell (a count
  // of bodies among the fact's first words).
  bool counts_bodies(Span fact) const {
    constexpr uint32_t kCountWords = 4;  // "hundreds of bodies", "more than a hundred bodies"
    const auto first = static_cast<uint32_t>(first_at_or_after(tokens_, fact.begin, token_span));
    for (uint32_t k = first; k < tokens_.size() && k < first + kCountWords && tokens_[k].span.end <= fact.end; ++k)
      if (iequals(tok(k), "bodies") || iequals(tok(k), "corpses")) return true;
    return false;
  }

  // "since the militants launched their assault", "since the offensive began": a tally counted from the
  // start of the attack the story tells (a definite or possessive attack noun a few words after "since").
  bool since_the_told_attack(Span window, Span fact) const {
    constexpr size_t kReach = 6;        // "since the militants launched their assault"
    constexpr uint32_t kNearFact = 200;  // bytes around the fact read: bounded on run-on text
    const size_t end = first_at_or_after(tokens_, std::min(window.end, fact.end + kNearFact), token_span);
    const uint32_t from = std::max(window.begin, fact.begin > kNearFact ? fact.begin - kNearFact : 0);
    for (size_t k = first_at_or_after(tokens_, from, token_span); k < end; ++k) {
      if (!iequals(tok(static_cast<uint32_t>(k)), "since")) continue;
      for (size_t m = k + 2; m < end && m <= k + kReach; ++m) {
        const std::string_view before = tok(static_cast<uint32_t>(m - 1));
        if (lexicon::is_attack_noun(tok(static_cast<uint32_t>(m))) &&
            (iequals(before, "the") || iequals(before, "their") || iequals(before, "its")))
          return true;
      }
    }
    return false;
  }

  bool in_the_told_attack(Span window) const {
    for (size_t k = first_at_or_after(tokens_, window.begin, token_span); k + 2 < tokens_.size(); ++k) {
      if (tokens_[k + 2].span.end > window.end) break;
      if (!iequals(tok(static_cast<uint32_t>(k)), "in") || !iequals(tok(static_cast<uint32_t>(k + 1)), "the")) continue;
      const std::string_view next = tok(static_cast<uint32_t>(k + 2));
      if (lexicon::is_attack_noun(next) ||
          (k + 3 < tokens_.size() && tokens_[k + 3].span.end <= window.end && iequals(next, "air") &&
           lexicon::is_attack_noun(tok(static_cast<uint32_t>(k + 3)))))
        return true;
    }
    return false;
  }

  // Token k is inside a date entity but does not open it: the day of "January 20", "Jan. 20".
  bool inside_date(uint32_t k) const {
    const auto& ents = *in_.entities;
    const size_t i = first_at_or_after(ents, tokens_[k].span.begin, entity_span);
    return i > 0 && ents[i - 1].type == EntityType::kDate && ents[i - 1].span.end >= tokens_[k].span.end;
  }

  // A date entity starts at token k.
  bool is_dated_at(uint32_t k) const {
    const auto& ents = *in_.entities;
    const size_t i = first_at_or_after(ents, tokens_[k].span.begin, entity_span);
    return i < ents.size() && ents[i].span.begin == tokens_[k].span.begin && ents[i].type == EntityType::kDate;
  }

  // "Sarin was used in Eastern Ghouta in 2013. The United States accused
  // Damascus of that attack, which it estimates killed 1,429 people": an
  // undated toll of "that attack" takes the time of the sentence before.
  bool refers_to_dated_past(const Casualty& c, const Sentence& s, Span window) const {
    if (!c.date.empty() || !in_.anchor) return false;
    const auto& sentences = seg_.sentences;
    const size_t index = static_cast<size_t>(&s - sentences.data());
    if (index == 0 || index >= sentences.size()) return false;
    // Most sentences follow no dated past: ask that first, the words after.
    const Sentence& before = sentences[index - 1];
    const Span previous{tokens_[before.token_begin].span.begin, tokens_[before.token_end - 1].span.end};
    const auto& ents = *in_.entities;
    bool dated_past = false;
    for (size_t i = first_at_or_after(ents, previous.begin, entity_span);
         !dated_past && i < ents.size() && ents[i].span.begin < previous.end; ++i) {
      const Entity& e = ents[i];
      if (e.type != EntityType::kDate || !e.value) continue;
      const int year = e.value.year();
      dated_past = year > 1900 && year < in_.anchor->year - 1;
    }
    if (!dated_past) return false;
    const uint32_t end = token_at(s, window.end);
    for (uint32_t k = token_at(s, window.begin); k + 1 < end; ++k) {
      if (!iequals(tok(k), "that")) continue;
      const char* cause = cause_of(tok(k + 1), {});
      if (cause && std::string_view(cause) != "clashes") return true;
    }
    return false;
  }

  // "... were killed in the fighting", "in the attack": the event just told, right after the fact.
  bool in_the_told_event_after(Span fact) const {
    const size_t at = first_at_or_after(tokens_, fact.end, token_span);
    if (at + 2 >= tokens_.size() || !iequals(tok(static_cast<uint32_t>(at)), "in") ||
        !iequals(tok(static_cast<uint32_t>(at + 1)), "the"))
      return false;
    const std::string_view noun = tok(static_cast<uint32_t>(at + 2));
    return iequals(noun, "fighting") || iequals(noun, "clashes") || iequals(noun, "battle") || iequals(noun, "assault") ||
           is_event_noun(noun);
  }

  // "injuring six peacekeepers, who were there to support the 1979 Peace
  // Treaty": a relative clause after the fact speaks of its victims' past.
  bool in_relative_clause_after(Span fact, Span date) const {
    if (date.begin <= fact.end) return false;
    const std::string_view between = text_.substr(fact.end, date.begin - fact.end);
    // ("the dead militants included a bomb expert linked to the August 2023 bombing of a bus in Isulan": a
    // description of the victim's past; not "1472 casualties linked to U.S. airstrikes in March", the toll's cause.)
    const std::string_view said = fact.of(text_);
    const bool victim_last = victim_of(said.substr(said.rfind(' ') + 1)) != nullptr;
    const bool linked_to =
        victim_last && (chars::starts_with(between, " linked to ") || chars::starts_with(between, " tied to "));
    return linked_to || find_word(between, "who", 0) != std::string_view::npos ||
           find_word(between, "whose", 0) != std::string_view::npos;
  }

  // A date or place of another subject than the fact's: in a relative clause
  // after it, in one closed before it ("The Taliban, who seized Kabul on Aug.
  // 15, said 28 ... were among the dead"), or in the event a superlative ranks
  // the fact against ("the deadliest attack since the 1998 bombing of the U.S.
  // embassy in Nairobi").
  bool of_another_subject(Span fact, Span other) const {
    if (in_relative_clause_after(fact, other)) return true;
    // ("said army units were advancing in Douma and that rebel shelling of
    // Damascus had killed four": an earlier reported clause is another's.)
    // (Unless the fact's clause goes back to that event: "rebels had overrun a base at Marj al-Sultan ...
    // and that 15 soldiers were killed in the fighting".)
    if (other.end <= fact.begin && fact.begin - other.end < 200 &&
        find_word(text_.substr(other.end, fact.begin - other.end), "and that", 0) != std::string_view::npos &&
        !in_the_told_event_after(fact))
      return true;
    if (other.end <= fact.begin) {
      // Only a comma within reach opens such a clause: the search stops there
      // (a text scraped without commas would be searched to its start).
      constexpr size_t kClauseReach = 60;
      const uint32_t from = other.begin > kClauseReach ? other.begin - kClauseReach : 0;
      const std::string_view before = text_.substr(from, other.begin - from);
      // (Nor past a sentence's end: "..., in which 148 people died.\n\nLast June, ... killing dozens".)
      const size_t comma = before.find_last_of(",.\n");
      if (comma == std::string_view::npos || before[comma] != ',') return false;
      const std::string_view clause = before.substr(comma);
      const bool relative = find_word(clause, "who", 0) != std::string_view::npos ||
                            find_word(clause, "which", 0) != std::string_view::npos;
      return relative && clause.size() < kClauseReach &&
             text_.substr(other.end, fact.begin - other.end).find(',') != std::string_view::npos;
    }
    if (other.begin <= fact.end) return false;
    return ranks_since(text_.substr(fact.end, other.begin - fact.end));
  }

  // The text holds "since" after a superlative or "first": "the deadliest
  // attack since ...", "the first deaths since ...".
  static bool ranks_since(std::string_view text) {
    const size_t since = find_word(text, "since", 0);
    return since != std::string_view::npos &&
           (superlative_between(text, 0, since) || find_word(text.substr(0, since), "first", 0) != std::string_view::npos);
  }

  // "in the offensive", "during the campaign", "in the siege" right after the fact.
  // (Not "in the battle": a day's assault as often as a season's.)
  bool over_the_campaign(Span fact, Span window) const {
    static constexpr std::string_view kDuring[] = {"in", "during"}, kCampaigns[] = {"offensive", "campaign", "siege"};
    static const WordSet during(kDuring), campaigns(kCampaigns);
    if (the_phrase_after(fact, window, during, campaigns)) return true;
    // "at least 1,000 civilians have been killed in the fighting so far": the campaign's fighting, to date
    // (not "23 people had been confirmed dead so far", one attack's toll still counted).
    static constexpr std::string_view kFighting[] = {"fighting", "battle", "offensive"};
    static const WordSet fighting(kFighting);
    return the_phrase_after(fact, window, during, fighting) && find_word(window.of(text_), "so far", 0) != std::string_view::npos;
  }

  // "in a week of", "over three days of", "in two weeks of": a span of days
  // or more, then "of" (not "a day of").
  bool counts_over_days_of(Span window) const {
    static constexpr std::string_view kSpans[] = {"days", "week", "weeks", "month", "months"};
    static const WordSet spans(kSpans);
    const size_t from = first_at_or_after(tokens_, window.begin, token_span);
    for (size_t k = from; k + 3 < tokens_.size() && tokens_[k + 3].span.end <= window.end; ++k) {
      const std::string_view w = tok(static_cast<uint32_t>(k));
      if (!iequals(w, "in") && !iequals(w, "over") && !iequals(w, "during")) continue;
      const std::string_view amount = tok(static_cast<uint32_t>(k + 1));
      const std::string_view span = tok(static_cast<uint32_t>(k + 2));
      const bool counted = iequals(amount, "a") || iequals(amount, "several") || number_value(amount).has_value();
      if (counted && spans.contains(span) && iequals(tok(static_cast<uint32_t>(k + 3)), "of")) return true;
      // ("killing more than 500 people in the first two weeks", "in the first month of the fighting": the
      // first stretch of a campaign.)
      if (!iequals(w, "in") || !iequals(amount, "the") || !iequals(span, "first")) continue;
      if (spans.contains(tok(static_cast<uint32_t>(k + 3)))) return true;
      if (k + 4 < tokens_.size() && tokens_[k + 4].span.end <= window.end &&
          number_value(tok(static_cast<uint32_t>(k + 3))).has_value() && spans.contains(tok(static_cast<uint32_t>(k + 4))))
        return true;
    }
    return false;
  }

  // A monitor's verb of counting in the window: "documented", "recorded".
  // (The whole sentence is asked: "said in its monthly report released today that 102 civilians ...
  // were killed in Syria in June 2023".)
  bool counted_by_monitor(Span window) const {
    constexpr uint32_t kLongestSentence = 600;  // bytes; a run-on scrape keeps the window
    const Sentence* s = sentence_holding(window);
    const std::string_view words = (s && s->span.end - s->span.begin <= kLongestSentence ? s->span : window).of(text_);
    for (std::string_view verb : {"documented", "recorded", "registered", "monthly"})
      if (find_word(words, verb, 0) != std::string_view::npos) return true;
    return false;
  }

  // "killed 1,119 people in March, according to a United Nations tally": "in", a bare month's name right
  // after the fact, and a tally's word in the sentence.
  bool whole_month_tally(Span fact, Span window) const {
    const size_t at = first_at_or_after(tokens_, fact.end, token_span);
    if (at + 1 >= tokens_.size() || !iequals(tok(static_cast<uint32_t>(at)), "in") ||
        !lexicon::is_month(tok(static_cast<uint32_t>(at + 1))))
      return false;
    // (Not "in March 2011", "in March last year": a month of a year, dated.)
    if (at + 2 < tokens_.size() && (tokens_[at + 2].kind == TokenKind::kNumber || iequals(tok(static_cast<uint32_t>(at + 2)), "last")))
      return false;
    constexpr uint32_t kNearFact = 300;  // bytes around the fact read: bounded on run-on text
    const Span near{std::max(window.begin, fact.begin > kNearFact ? fact.begin - kNearFact : 0),
                    std::min(window.end, fact.end + kNearFact)};
    return find_word(near.of(text_), "tally", 0) != std::string_view::npos || counted_by_monitor(near);
  }

  // "at least 45 civilians had been killed in drone strikes in the region in August alone": a month's toll,
  // "alone" setting it beside the whole war's.
  bool month_alone_after(Span fact) const {
    constexpr uint32_t kReach = 10;
    const size_t from = first_at_or_after(tokens_, fact.end, token_span);
    for (size_t k = from; k + 2 < tokens_.size() && k < from + kReach; ++k) {
      const std::string_view w = tok(static_cast<uint32_t>(k));
      if (w == "." || w == ";") return false;
      if (iequals(w, "in") && lexicon::is_month(tok(static_cast<uint32_t>(k + 1))) &&
          iequals(tok(static_cast<uint32_t>(k + 2)), "alone"))
        return true;
    }
    return false;
  }

  // "early April", "late March": the date entity is the month; the word before it says when in it.
  enum class MonthPart : uint8_t { kWhole, kEarly, kLate };
  MonthPart part_of_month(const Sentence& s, Span date) const {
    const uint32_t at = token_at(s, date.begin);
    if (at <= s.token_begin) return MonthPart::kWhole;
    if (iequals(tok(at - 1), "early")) return MonthPart::kEarly;
    // ("Earlier in April, 40 soldiers ... were killed" in a story of April 27: the month's part before the story.)
    if (at >= s.token_begin + 2 && iequals(tok(at - 1), "in") && iequals(tok(at - 2), "earlier")) return MonthPart::kEarly;
    return iequals(tok(at - 1), "late") ? MonthPart::kLate : MonthPart::kWhole;
  }

  // The "since" at text offset `at` opens a clause of reason: a count
  // follows it ("since dozens were missing", "since there were", "since
  // many"). (A pronoun may open either kind: "in the days since they attacked".)
  bool since_gives_reason(uint32_t at) const {
    const size_t k = first_at_or_after(tokens_, at, token_span) + 1;
    if (k >= tokens_.size()) return false;
    const std::string_view next = tok(static_cast<uint32_t>(k));
    if (iequals(next, "there") || iequals(next, "many") || iequals(next, "most")) return true;
    // ("since 2011": a year.)
    if (const auto year = number_value(next); year && *year >= 1900 && *year <= 2100) return false;
    const auto end = static_cast<uint32_t>(std::min(tokens_.size(), k + 6));
    return parse_count(text_, tokens_, static_cast<uint32_t>(k), end).has_value();
  }

  // The fact is told in the perfect, its auxiliary in or right before its words ("... and has killed tens of
  // thousands of people").
  bool in_perfect_tense_around(const Casualty& c) const {
    if (in_perfect_tense(c.span)) return true;
    const Sentence* s = sentence_holding(c.span);
    return s && perfect_auxiliary_before(c.span, *s);
  }

  // "since March", "since the conflict began in 2011": the date opens a
  // period that runs up to now.
  // "which began in 2011", "that started in March 2011": the date tells when
  // a period began.
  bool began_in(Span date) const {
    const size_t at = first_at_or_after(tokens_, date.begin, token_span);
    if (at < 2 || !iequals(tok(static_cast<uint32_t>(at - 1)), "in")) return false;
    const std::string_view verb = tok(static_cast<uint32_t>(at - 2));
    // ("South Sudan's civil war, which broke out in December 2013 and has killed tens of thousands".)
    return iequals(verb, "began") || iequals(verb, "started") || iequals(verb, "erupted") ||
           (iequals(verb, "out") && at >= 3 && iequals(tok(static_cast<uint32_t>(at - 3)), "broke"));
  }

  // "Assad's forces have killed more than 9,000 people in the crackdown on the
  // revolt, which began in March last year": a perfect-tense toll of a period
  // the date opens, as "since March last year" would.
  bool dates_start_of_tally(const Casualty& c, const Sentence& s, Span date) const {
    return date.begin >= c.span.end && began_in(date) &&
           (in_perfect_tense(c.span) || perfect_auxiliary_before(c.span, s));
  }

  // ("has killed thousands of fighters on both sides since the Houthis launched an offensive to capture the
  // oil-rich province in early 2021": a "since" clause after the fact, unbroken by a comma, runs to the date.)
  bool since_clause_to(Span fact, Span date) const {
    constexpr uint32_t kLongestClause = 160;  // bytes
    if (date.begin <= fact.end || date.begin - fact.end > kLongestClause) return false;
    const std::string_view between = text_.substr(fact.end, date.begin - fact.end);
    const size_t since = find_word(between, "since", 0);
    return since != std::string_view::npos && between.find_first_of(",;", since) == std::string_view::npos &&
           !starts_within_day(between.substr(since + 5));
  }

  // ("since dawn today, Tuesday": a start within the day is the day's own toll.)
  bool follows_since(Span window, Span date) const {
    constexpr uint32_t kSinceReach = 80;  // "since the uprising against President Bashar Assad began two years ago"
    const uint32_t from = std::max(window.begin, date.begin > kSinceReach ? date.begin - kSinceReach : 0);
    if (from >= date.begin) return false;
    const std::string_view before = text_.substr(from, date.begin - from);
    const size_t since = find_word(before, "since", 0);
    constexpr size_t kDayWords = 24;  // "since this morning"
    return since != std::string_view::npos && !starts_within_day(text_.substr(from + since + 5, kDayWords));
  }

  // ("At least 196 aid workers had been killed there by the end of March": a tally up to a month or a year, in
  // the perfect; "74 militants had also been killed by Saturday" counts the story's own days.)
  bool tallied_by(const Casualty& c, Span window, const Entity& date_entity) const {
    constexpr size_t kMonthValue = 7;  // "2024-03"
    const Span date = date_entity.span;
    if (date_entity.value.view().empty() || date_entity.value.view().size() > kMonthValue) return false;
    constexpr uint32_t kByReach = 15;  // " by the end of "
    const uint32_t from = std::max(window.begin, date.begin > kByReach ? date.begin - kByReach : 0);
    if (from >= date.begin || find_word(c.span.of(text_), "been", 0) == std::string_view::npos) return false;
    const std::string_view before = text_.substr(from, date.begin - from);
    return chars::ends_with(before, " by the end of ") || chars::ends_with(before, " by ");
  }

  // A period noun among the first words of `rest`: " two weeks", " few months".
  static bool names_period_within(std::string_view rest) {
    constexpr int kWords = 3;
    size_t at = 0;
    for (int n = 0; n < kWords && at < rest.size(); ++n) {
      while (at < rest.size() && rest[at] == ' ') ++at;
      const size_t end = std::min(rest.size(), rest.find_first_of(" ,.;", at));
      const std::string_view w = rest.substr(at, end - at);
      for (std::string_view period : {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
                                      "decades", "hours", "fortnight", "weekend"})
        if (chars::iequals(w, period)) return true;
      at = end;
    }
    return false;
  }

  // An incident this article already told with the same vague count and outcome.
  // (The pairs told are gathered as facts come, so each question costs a few comparisons.)
  bool retells_vague_incident(const Casualty& c) const {
    for (; vague_incidents_seen_ < out_.size(); ++vague_incidents_seen_) {
      const Casualty& told = out_[vague_incidents_seen_];
      const std::pair<std::string_view, std::string_view> told_pair{told.outcome, told.vague};
      if (told.scope == "incident" && !told.vague.empty() &&
          std::find(vague_incidents_.begin(), vague_incidents_.end(), told_pair) == vague_incidents_.end())
        vague_incidents_.push_back(told_pair);
    }
    return std::find(vague_incidents_.begin(), vague_incidents_.end(),
                     std::pair<std::string_view, std::string_view>{c.outcome, c.vague}) != vague_incidents_.end();
  }

  // The words after "since" name a time of the same day: "since dawn",
  // "since the morning", "since this morning".
  static bool starts_within_day(std::string_view rest) {
    rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(' ')));
    for (std::string_view article : {"the ", "this ", "The ", "This "})
      if (rest.substr(0, article.size()) == article) rest.remove_prefix(article.size());
    const std::string_view next = rest.substr(0, rest.find_first_of(" ,.;"));
    return chars::iequals(next, "dawn") || chars::iequals(next, "morning") || chars::iequals(next, "midnight") ||
           chars::iequals(next, "noon");
  }

  // A weekday or "the day", "the night" first in `rest`: " Wednesday", " the night".
  static bool spans_one_day(std::string_view rest) {
    rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(' ')));
    if (rest.substr(0, 4) == "the ") rest.remove_prefix(4);
    const std::string_view next = rest.substr(0, rest.find_first_of(" ,.;"));
    return lexicon::is_weekday(next) || chars::iequals(next, "day") || chars::iequals(next, "night") ||
           starts_within_day(rest);
  }

  // "Satellite images show Baga destroyed ...", then "as many as 2,000 people may have been killed
  // when the militants overran the area on 3 January": a story that follows up an event told by no
  // fact before its sentence, in its lead or the paragraph after, is about it, however long ago it was dated.
  bool follows_up_the_event(const Casualty& c) const {
    constexpr size_t kOpeningSentences = 4;  // the lead's and the next paragraph's first (one run-on paragraph has no more)
    const Sentence* s = sentence_holding(c.span);
    const uint32_t lead = lead_paragraph();
    if (!s || s->paragraph > lead + 1) return false;
    const auto& sentences = seg_.sentences;
    const auto lead_start = std::partition_point(sentences.begin(), sentences.end(),
                                                 [&](const Sentence& x) { return x.paragraph < lead; });
    if (s - &*lead_start >= static_cast<std::ptrdiff_t>(kOpeningSentences)) return false;
    // (The headline tells of the dead: "... as death toll fears grow", not "World powers on right
    // track on Syria chemical arms" over a gas attack of August recalled.)
    if (!headline_tells_outcome()) return false;
    return out_.empty() || out_.front().span.begin >= s->span.begin;  // facts come in text order
  }

  // "36 people were killed and 71 injured in the April 2 strike on a madrassa": the lead's own event,
  // named again with its date, though earlier facts came before (in the lead's or the next paragraph,
  // under a headline of the dead).
  bool dates_the_lead_event(const Casualty& c, Span date) const {
    const Sentence* s = sentence_holding(c.span);
    if (!s || s->paragraph > lead_paragraph() + 1 || date.begin < 4) return false;
    if (!iequals(text_.substr(date.begin - 4, 4), "the ")) return false;
    const size_t after = first_at_or_after(tokens_, date.end, token_span);
    if (after >= tokens_.size() || !is_event_noun(tok(static_cast<uint32_t>(after)))) return false;
    return headline_tells_outcome();
  }

  // (A text without a headline keeps the rule: a toll dated weeks back is background.)
  // (Asked once an article.)
  bool headline_tells_outcome() const {
    if (headline_tells_outcome_ < 0) {
      headline_tells_outcome_ = 0;
      for (const Sentence& h : seg_.sentences) {
        const ParagraphKind kind = in_.roles->paragraphs[h.paragraph].kind;
        if (kind == ParagraphKind::kBody) break;  // the title comes before the body
        if (kind == ParagraphKind::kTitle && may_state_outcome(h.token_begin, h.token_end)) {
          headline_tells_outcome_ = 1;
          break;
        }
      }
    }
    return headline_tells_outcome_ == 1;
  }

  // The date's month ("2013-09", "2013-09-21") is before the article's month.
  // "2022-11" -> the months since year 0, to compare months across years.
  static int month_index(std::string_view iso_month) {
    return std::atoi(std::string(iso_month.substr(0, 4)).c_str()) * 12 + std::atoi(std::string(iso_month.substr(5, 2)).c_str());
  }

  bool month_before_anchor(const Entity& date) const {
    const std::string_view v = date.value.view();
    if (!in_.anchor || v.size() < 7 || v[4] != '-') return false;
    const int months = date.value.year() * 12 + (v[5] - '0') * 10 + (v[6] - '0');
    return months < in_.anchor->year * 12 + in_.anchor->month;
  }

  std::string_view scope_by_dates_and_words(const Casualty& c, Span window, MonthPart part,
                                            bool since_date, bool month_of_saying, bool said_last) const {
    // "the deadliest attack since a 2014 assault on a school that killed
    // 147": the toll of the earlier event "since" names.
    if (toll_of_event_after_since(c, window)) return "historical";
    // A year well before the article's: history ("at Hama in 1982").
    // Several months named: a tally over them ("killed in July, August and September").
    const auto& ents = *in_.entities;
    // ("erupted this month after the arrest in February of 15": months apart
    // are no list; only "July, August and September" is.)
    int months_named = 0, longest_list = 0;
    uint32_t last_month_end = 0;
    const auto listed_after_last = [&](const Entity& e) {
      if (months_named == 0 || e.span.begin < last_month_end) return false;
      const std::string_view gap = text_.substr(last_month_end, e.span.begin - last_month_end);
      return gap == ", " || gap == " and " || gap == ", and " || gap == " or ";
    };
    // (Of several past years the one nearest the fact tells: "since the country sent troops into
    // Somalia in 2011, including the Westgate siege in September 2013 in which 67 people died".)
    const Entity* past_year = nullptr;
    const Entity* nearest = nullptr;
    const auto distance = [&](const Entity& e) {
      return e.span.end <= c.span.begin ? c.span.begin - e.span.end : e.span.begin >= c.span.end ? e.span.begin - c.span.end : 0;
    };
    for (size_t i = first_at_or_after(ents, window.begin, entity_span); i < ents.size() && ents[i].span.begin < window.end; ++i) {
      const Entity& e = ents[i];
      if (e.type != EntityType::kDate || e.span.end > window.end || !e.value || of_another_subject(c.span, e.span) ||
          dates_another_event(e, c.span) || in_victims_relative_clause(c.span, e.span))
        continue;
      if (!nearest || distance(e) < distance(*nearest)) nearest = &e;
      const int year = e.value.year();
      const int now = in_.anchor ? in_.anchor->year : 0;
      if (year > 1900 && ((now && year < now - 1) || (!now && e.value.view().size() == 4))) {
        if (!past_year || distance(e) < distance(*past_year)) past_year = &e;
        continue;
      }
      if (e.value.view().size() == 7) {
        months_named = listed_after_last(e) ? months_named + 1 : 1;
        longest_list = std::max(longest_list, months_named);
        last_month_end = e.span.end;
      }
    }
    // "since the conflict began in 2011" counts up to now: a tally; so
    // does a toll "in Syria's war, which began in 2011" told in the perfect.
    // (Unless a nearer date of the past tells when: "in September 2013 in which 67 people died".)
    const bool nearer_past_date = nearest != past_year && nearest && past_year && in_.anchor &&
                                  nearest->value.year() > past_year->value.year() &&
                                  nearest->value.view().size() >= 7 && distance(*nearest) < distance(*past_year) &&
                                  !follows_since(window, nearest->span) && month_before_anchor(*nearest);
    if (past_year && !nearer_past_date)
      return follows_since(window, past_year->span) || (began_in(past_year->span) && in_perfect_tense_around(c)) ||
                     part_of_year_before(past_year->span) ||
                     (in_perfect_tense_around(c) && since_clause_to(c.span, past_year->span))
                 ? "cumulative"
                 : "historical";
    if (longest_list >= 2) return "cumulative";
    // ("Violence in Iraq killed 1,119 people in March, according to a United Nations tally": a whole
    // month's toll, counted.)
    if (whole_month_tally(c.span, window) || month_alone_after(c.span)) return "cumulative";
    // ("in the first half of 2018" in a story of 2019: last year's stretch, a tally too.)
    if (nearest && nearest->value.view().size() == 4 && part_of_year_before(nearest->span)) return "cumulative";
    // "killed in a week of bombardment", "in three days of fighting": a toll
    // over days of it, which the daily reports count too.
    if (counts_over_days_of(window)) return "cumulative";
    // "188 government soldiers had died in the offensive": over a campaign's
    // course ("killed in the attack" stays one event).
    if (over_the_campaign(c.span, window)) return "cumulative";
    // "Rights groups say the strikes have killed more than 1,700 civilians": many attacks, in the
    // perfect, over a thousand dead, are a campaign's tally.
    constexpr int64_t kCampaignToll = 1000;
    if (c.count_min >= kCampaignToll && attacks_have_killed(c.span)) return "cumulative";
    // ("More than 3,000 people are listed as missing in Zacatecas, according to the national registry": a
    // register's count of the missing, kept over years.)
    if (c.outcome == "missing" && holds_any(c.span.of(text_), {"listed as missing", "registered as missing"}))
      return "cumulative";
    // Otherwise tens of thousands are a war's tally, not one incident's toll; so are
    // "hundreds" and "thousands" said without a figure ("have killed hundreds
    // of civilians"): a single attack's toll is reported as a number.
    constexpr int64_t kTallyCount = 10000, kVagueTallyCount = 100;
    // ("Soldiers killed hundreds in Moura": one town in the simple past is one massacre.)
    if (c.count_min >= kTallyCount ||
        (!c.vague.empty() && c.count_min >= kVagueTallyCount && !(names_town(window) && !in_perfect_tense(window)) &&
         !breaks_down_toll(window) &&
         // ("... systematically killed hundreds of civilians in cold blood," said Amnesty's director:
         // the massacre the story told as an incident, told again in the simple past.)
         !(retells_vague_incident(c) && !in_perfect_tense(window)) &&
         // ("rounded up hundreds of men at the market": one sweep, unless told in the perfect.)
         !(is_custody_outcome(c.outcome) && !in_perfect_tense(window)) &&
         // ("the attack left \"hundreds\" wounded": what one attack left.)
         !left_by_the_attack(c.span) &&
         // ('a local official put the toll at "several hundred"': the toll of the attack told.)
         !puts_the_toll_at(c.span) &&
         // ("Hundreds of bodies were still in the streets, he added": the story's dead, where they lie.)
         !(counts_bodies(c.span) && !in_perfect_tense(window)) &&
         // ("Hundreds more were injured, the organization said": more of the toll just told.)
         !(c.count_min < 1000 && vague_then_more(c.span) && !in_perfect_tense(window))))
      return "cumulative";
    if (c.date.empty() && tally_subject_before(c)) return "cumulative";
    // ("Hifter's offensive on the capital, which began in April and has killed more than 700 people": a
    // campaign's tally since the month it began, told in the perfect.)
    if (nearest && nearest->value.view().size() == 7 && nearest->span.end <= c.span.begin && began_in(nearest->span)) {
      const size_t at = first_at_or_after(tokens_, c.span.begin, token_span);
      const bool perfect = in_perfect_tense(c.span) ||
                           (at > 0 && (iequals(tok(static_cast<uint32_t>(at - 1)), "has") ||
                                       iequals(tok(static_cast<uint32_t>(at - 1)), "have")));
      if (perfect) return "cumulative";
    }
    // ("the bombing may have been retaliation for an operation on Friday in which troops killed 11": the event
    // avenged came before the story's.)
    if (avenged_before(c.span, window)) return "historical";
    // A dated fact more than a week before the article's own date is
    // background, and so is a month before the article's month. Within a week
    // ("on Saturday" in a Wednesday story) it is usually the story itself:
    // reports and their publication dates often lag the event by days.
    // (Nor is the lead's toll that a report published now documents: "executed at least 500 people ... in March
    // 2022, the U.N. human rights office said in a report released on Friday" is the story's news.)
    const bool documented_in_report_now =
        in_lead_ && holds_any(window.of(text_), {"in a report released", "in a report published", "in a new report"});
    if (in_.anchor && !c.date.empty() && !documented_in_report_now) {
      if (since_date) return "cumulative";
      if (auto d = parse_iso_date(c.date)) {
        const int64_t days = days_from_civil(*in_.anchor) - days_from_civil(*d);
        if (days > 7 && !follows_up_the_event(c) && !(nearest && dates_the_lead_event(c, nearest->span)))
          return "historical";
        if (days == 7 && said_last && !follows_up_the_event(c)) return "historical";
      } else if (auto sunday = last_day_of_iso_week(c.date)) {
        // "two weeks earlier": a week that ended more than a week before the story.
        if (days_from_civil(*in_.anchor) - days_from_civil(*sunday) > 7) return "historical";
      } else if (c.date.size() == 7 && c.date[4] == '-' && !month_of_saying) {
        const int months = month_index(c.date);
        const int anchor_months = in_.anchor->year * 12 + in_.anchor->month;
        // "In early April" in a story of April 25th is weeks before it; "in
        // late March" in a story of April 5th is days before it.
        constexpr int kLateInMonth = 15;
        const bool days_before = months + 1 == anchor_months && part == MonthPart::kLate && in_.anchor->day < kLateInMonth;
        // ("documented 270 civilians killed ... during April" in a story of May: a monitor's tally of
        // the month just ended.)
        if (months + 1 == anchor_months && part == MonthPart::kWhole && counted_by_monitor(window)) return "cumulative";
        if (months < anchor_months && !days_before) return "historical";
        if (months == anchor_months && part == MonthPart::kEarly && in_.anchor->day >= kLateInMonth) return "historical";
        // "documented the killing of 1,145 civilians in Syria in May 2014"
        // in a story of May 30: a monitor's count over the whole month is a
        // tally (not "In July a suicide bomb killed at least 16").
        if (months == anchor_months && part == MonthPart::kWhole && in_.anchor->day >= kLateInMonth &&
            counted_by_monitor(window))
          return "cumulative";
      } else if (c.date.size() == 4 && std::atoi(c.date.c_str()) < in_.anchor->year) {
        // ("In 2017, Taliban attacks in the province killed more than 100", "Clashes ... killed more than 100
        // people in Chad in 2022, according to a tally": a past year's tally, the year written.)
        if (nearest && nearest->span.end - nearest->span.begin == 4 && year_tally(c, window)) return "cumulative";
        // (So is "Revenge attacks between communities in Jonglei and Pibor killed hundreds of people last year",
        // the attacks its subject; not "The attacks come after fighting ... killed hundreds ... last year".)
        if (nearest && iequals(nearest->span.of(text_), "last year") && attacks_subject_of(c)) return "cumulative";
        return "historical";  // "Last year, a similar bombing killed 63"
      } else if (c.date.size() == 4 && std::atoi(c.date.c_str()) == in_.anchor->year && nearest &&
                 nearest->span.end - nearest->span.begin == 4 && in_perfect_tense_around(c) && year_tally(c, window)) {
        return "cumulative";  // ("More than 680 security personnel have been killed ... in 2024", told in December.)
      }
    }
    const std::string_view sentence = window.of(text_);
    if (!has_any_cue_word(window)) return "incident";
    // A fact dated on its own is placed by that date; background words in
    // its sentence may speak of something else ("... on Saturday, site of
    // an attack earlier this week").
    const bool own_date = !c.date.empty() && parse_iso_date(c.date).has_value();
    static const PhraseScanner background_cues(kBackgroundCues), cumulative_cues(kCumulativeCues);
    if (!own_date) background_cues.scan(sentence, cue_hits_);
    for (uint32_t i = 0; i < std::size(kBackgroundCues) && !own_date; ++i) {
      const std::string_view cue = kBackgroundCues[i];
      const size_t at = PhraseScanner::first(cue_hits_, i, 0);
      if (at == std::string_view::npos || follows_speech_verb(window.begin + static_cast<uint32_t>(at))) continue;
      // ("killed dozens of people in Hama, despite a ceasefire that was supposed to have taken effect last
      // week": the cue dates what the concession is about.)
      const size_t fact_end = c.span.end - window.begin;
      // (Nor "the deadliest attack since jihadists began staging raids six years ago": the cue dates the "since".)
      const std::string_view between = fact_end < at ? sentence.substr(fact_end, at - fact_end) : std::string_view();
      if (find_word(between, "despite", 0) != std::string_view::npos || find_word(between, "since", 0) != std::string_view::npos)
        continue;
      const bool recent = std::find(std::begin(kRecentCues), std::end(kRecentCues), cue) != std::end(kRecentCues);
      // ("relatives of a local tribal leader who was killed by militants last week": one person the lead
      // describes by an earlier death, not the story's own event.)
      const bool described_by_death = find_word(c.span.of(text_), "who was", 0) != std::string_view::npos;
      if (!(recent && in_lead_) || described_by_death) return "historical";
    }
    cumulative_cues.scan(sentence, cue_hits_);
    for (uint32_t i = 0; i < std::size(kCumulativeCues); ++i) {
      const std::string_view cue = kCumulativeCues[i];
      size_t pos = 0;
      while ((pos = PhraseScanner::first(cue_hits_, i, pos)) != std::string_view::npos) {
        // "... 131 people dead, making it the deadliest attack in the conflict
        // so far": the cue ranks the incident among others; it is no tally.
        // ("killed three crew members, the first deaths since the group began
        // attacking shipping last year": "first ... since" ranks it too, and
        // every cue inside the ranking phrase is the compared event's.)
        const size_t fact_end = c.span.end - window.begin;
        const bool ranked = fact_end < pos && ranks_since(sentence.substr(fact_end, pos + cue.size() - fact_end));
        // ("11 people died on Saturday, bringing to 70 the number killed since Friday": the cue is the later tally's.)
        const std::string_view after_fact = fact_end < pos ? sentence.substr(fact_end, pos - fact_end) : std::string_view();
        const bool tally_after = find_word(after_fact, "bringing", 0) != std::string_view::npos ||
                                 find_word(after_fact, "raising", 0) != std::string_view::npos;
        // ("investigating last year's port explosion, killing six": a possessive cue owns another event.)
        const bool possessive = sentence.substr(pos + cue.size(), 2) == "'s" && pos < fact_end &&
                                sentence.substr(pos, fact_end - pos).find(',') != std::string_view::npos;
        // ("The suspect, a doctor who had lived in Germany since 2006, was arrested": the cue tells of the one
        // counted.)
        const uint32_t cue_at = window.begin + static_cast<uint32_t>(pos);
        const bool describes_victim =
            in_victims_relative_clause(c.span, Span{cue_at, cue_at + static_cast<uint32_t>(cue.size())});
        if (superlative_between(sentence, fact_end, pos) || ranked || tally_after || possessive || describes_victim) {
          pos += cue.size();
          continue;
        }
        // ("An Israeli airstrike on Tehran's Evin prison during the 12-day war killed 79 people": the war dates
        // the one strike the sentence opens on; it is no tally.)
        if ((cue == "war" || cue == "conflict") && dates_one_strike(c, sentence, pos)) {
          pos += cue.size();
          continue;
        }
        // ("shelled Kherson and surrounding villages throughout Wednesday, killing at least 21": one day is the
        // story's episode.)
        if (cue == "throughout" && spans_one_day(sentence.substr(pos + cue.size()))) {
          pos += cue.size();
          continue;
        }
        // ("declared three days of national mourning": days of mourning are no span a toll is counted over.)
        if (cue == "days of" && holds_any(sentence.substr(pos + cue.size(), 20), {"mourning"})) {
          pos += cue.size();
          continue;
        }
        // ("shot dead 16 protesters that day, and ... said 300 had been arrested
        // in a week": a week after another count is that count's.)
        if ((cue == "in a week" || cue == "in one week" || cue == "within a week") &&
            count_after_fact_before(c, window.begin + static_cast<uint32_t>(pos))) {
          pos += cue.size();
          continue;
        }
        // ('"I have not slept since Monday," said Bashir Manzo, whose daughter Fatima is among the
        // missing': a cue inside a quotation the fact is outside of speaks of other things.)
        const Span cue_span{window.begin + static_cast<uint32_t>(pos), window.begin + static_cast<uint32_t>(pos + cue.size())};
        if (in_other_quote(cue_span, c.span)) {
          pos += cue.size();
          continue;
        }
        // "captured 1,700 recruits ... in June last year": a month of a year gone dates one event, long past
        // ("in March this year" is left to its date).
        if (cue == "last year" || cue == "this year") {
          const std::string_view before = sentence.substr(0, pos);
          const size_t space = before.find_last_not_of(' ');
          const size_t word_start = space == std::string_view::npos ? 0 : before.find_last_of(' ', space) + 1;
          if (space != std::string_view::npos && lexicon::is_month(before.substr(word_start, space + 1 - word_start))) {
            if (cue == "last year") return "historical";
            pos += cue.size();
            continue;
          }
        }
        // "A total of 187 students ... were missing": one event's sum, told
        // in the simple past; "a total of 3,000 have been killed" is a tally.
        // (So is "State media put the overall death toll at 19".)
        if ((cue == "total of" || cue == "in total" || cue == "overall") && !in_perfect_tense(window)) {
          pos += cue.size();
          continue;
        }
        // "since the uprising", "since March", "since Saturday": a tally over
        // days or more, which the day-by-day reports also count; "since dawn"
        // is still the story's own episode.
        if (cue == "since") {
          if (starts_within_day(sentence.substr(std::min(sentence.size(), pos + 5)))) {
            pos += 5;
            continue;
          }
          // "could reach 100 since dozens of people were missing": "since"
          // before a count or a pronoun gives a reason, not a start.
          if (since_gives_reason(window.begin + static_cast<uint32_t>(pos))) {
            pos += 5;
            continue;
          }
          // ("were killed ..., blaming M23 rebels who have controlled the town since October": the "since" of a
          // clause on the people named after the fact.)
          const size_t fact_end = c.span.end > window.begin ? c.span.end - window.begin : 0;
          if (fact_end < pos &&
              find_word(sentence.substr(fact_end, pos - fact_end), "who", 0) != std::string_view::npos) {
            pos += 5;
            continue;
          }
          return "cumulative";
        }
        // "in the last 24 hours" is a day's toll, not a tally.
        if (cue == "in the last" || cue == "in the past" || cue == "over the past" || cue == "over the last") {
          const std::string_view rest = sentence.substr(std::min(sentence.size(), pos + cue.size()), 16);
          if (rest.find("hours") != std::string_view::npos || rest.find(" day") == 0) {
            pos += cue.size();
            continue;
          }
          // ("trapped in the last rebel-held districts": no period follows.)
          if (!names_period_within(sentence.substr(std::min(sentence.size(), pos + cue.size()), 28))) {
            pos += cue.size();
            continue;
          }
        }
        // Period nouns count only as "in/during/since/throughout/of the ...":
        // "war planes" and "the war-torn city" say nothing of a toll.
        if (is_period_noun(cue)) {
          const bool hyphenated = pos + cue.size() < sentence.size() && sentence[pos + cue.size()] == '-';
          const std::string_view before = sentence.substr(pos >= 24 ? pos - 24 : 0, pos >= 24 ? 24 : pos);
          const bool framed = before.find("the ") != std::string_view::npos &&
                              (before.find("since") != std::string_view::npos || before.find("during") != std::string_view::npos ||
                               before.find("throughout") != std::string_view::npos || before.find(" in ") != std::string_view::npos ||
                               before.find(" of ") != std::string_view::npos);
          // "The conflict has killed more than 3,000 people": the period as
          // the subject of a perfect tense tallies it.
          const std::string_view after = sentence.substr(std::min(sentence.size(), pos + cue.size()), 12);
          const bool perfect_subject = c.date.empty() && (after.rfind(" has ", 0) == 0 || after.rfind(" have ", 0) == 0 ||
                                       after.rfind(", which has ", 0) == 0);
          if (hyphenated || !(framed || perfect_subject)) { pos += cue.size(); continue; }
        }
        return "cumulative";
      }
    }
    return "incident";
  }

  // "the federal government's offensive has killed scores of civilians",
  // "the fighting has left 50 dead": a campaign as the subject of a
  // perfect tense tallies it.
  // A tally over a year: a monitor's verb or "tally" in the sentence, or many attacks or clashes as the
  // subject before the fact (not "In 2023, fighting ... killed more than 200 civilians, according to the Kivu
  // Security Tracker", a past year's events, as h564's gold has it).
  bool year_tally(const Casualty& c, Span window) const {
    if (counted_by_monitor(window) || find_word(window.of(text_), "tally", 0) != std::string_view::npos) return true;
    const Sentence* s = sentence_holding(c.span);
    if (!s) return false;
    constexpr uint32_t kSubjectReach = 24;  // tokens back from the fact: bounded on a run-on sentence
    const auto at = static_cast<uint32_t>(first_at_or_after(tokens_, c.span.begin, token_span));
    for (uint32_t k = at; k > s->token_begin && at - k < kSubjectReach; --k)
      if (is_attacks_noun(tok(k - 1)) || iequals(tok(k - 1), "clashes")) return true;
    // ("More than 5,600 people were killed across Haiti in 2024, according to the United Nations": hundreds or
    // more opening the sentence, with no one attack named, are the year's count.)
    constexpr int64_t kYearTallyToll = 100;
    if (at != s->token_begin || c.count_min < kYearTallyToll) return false;
    for (uint32_t k = s->token_begin; k + 1 < s->token_end; ++k)
      if ((iequals(tok(k), "a") || iequals(tok(k), "an")) && lexicon::is_attack_noun(tok(k + 1))) return false;
    return true;
  }

  // Is the war cue at byte `cue_at` of `sentence` in a "during the ... war" phrase, in a sentence that opens on
  // one strike ("An Israeli airstrike", "A Russian missile strike") whose toll, in the simple past, `c` is?
  bool dates_one_strike(const Casualty& c, std::string_view sentence, size_t cue_at) const {
    constexpr size_t kDuringReach = 24;  // "during the 12-day "
    const size_t from = cue_at > kDuringReach ? cue_at - kDuringReach : 0;
    if (find_word(sentence.substr(from, cue_at - from), "during", 0) == std::string_view::npos ||
        in_perfect_tense(c.span))
      return false;
    const Sentence* s = sentence_holding(c.span);
    if (!s || s->token_end - s->token_begin < 2) return false;
    const uint32_t b = s->token_begin;
    if (!(iequals(tok(b), "a") || iequals(tok(b), "an") || iequals(tok(b), "the"))) return false;
    constexpr uint32_t kSubjectWords = 4;  // "A Russian missile strike"
    for (uint32_t k = b + 1; k < s->token_end && k <= b + kSubjectWords && tokens_[k].kind == TokenKind::kWord; ++k)
      if (lexicon::is_attack_noun(tok(k)) && tok(k).back() != 's' && !iequals(tok(k), "fire") &&
          !iequals(tok(k), "siege") && !iequals(tok(k), "shelling"))
        return true;
    return false;
  }

  // Attacks (or clashes) are the subject of the fact's verb: their noun a few words back, with no "after" or
  // verb of coming between ("attacks between communities in Jonglei and Pibor killed").
  bool attacks_subject_of(const Casualty& c) const {
    constexpr uint32_t kSubjectReach = 12;
    const auto at = static_cast<uint32_t>(first_at_or_after(tokens_, c.span.begin, token_span));
    for (uint32_t k = at; k > 0 && at - k < kSubjectReach; --k) {
      const std::string_view w = tok(k - 1);
      if (is_attacks_noun(w) || iequals(w, "clashes")) return true;
      if (iequals(w, "after") || iequals(w, "come") || iequals(w, "comes") || iequals(w, "came") || w == "." ||
          w == ";")
        return false;
    }
    return false;
  }

  bool tally_subject_before(const Casualty& c) const {
    static constexpr std::string_view kCampaigns[] = {"offensive", "campaign", "fighting", "violence", "bombardment",
                                                      "bombing", "siege", "insurgency", "operation", "assault"};
    static const WordSet campaigns(kCampaigns);
    const size_t at = first_at_or_after(tokens_, c.span.begin, token_span);
    if (at < 2) return false;
    const auto k = static_cast<uint32_t>(at);
    return (iequals(tok(k - 1), "has") || iequals(tok(k - 1), "have")) && campaigns.contains(tok(k - 2));
  }

  // "The government said last week that ...": the time is the saying's, not the toll's.
  bool follows_speech_verb(uint32_t offset) const {
    const size_t at = first_at_or_after(tokens_, offset, token_span);
    return at > 0 && is_speech_verb(tok(static_cast<uint32_t>(at - 1)));
  }

  // "The coalition said the toll included hundreds of children": a part of
  // the incident's toll, however vague.
  bool breaks_down_toll(Span window) const {
    const std::string_view sentence = window.of(text_);
    for (std::string_view phrase : {"toll included", "toll includes", "dead included", "dead include"})
      if (find_word(sentence, phrase, 0) != std::string_view::npos) return true;
    return false;
  }

  // Does the window name a place below a country (a town, a district)?
  bool names_town(Span window) const {
    const auto& ents = *in_.entities;
    for (size_t i = first_at_or_after(ents, window.begin, entity_span); i < ents.size() && ents[i].span.begin < window.end; ++i)
      if (ents[i].type == EntityType::kLoc && !is_country(ents[i]) && !in_dateline(ents[i])) return true;
    return false;
  }

  // "have killed", "has reported hundreds killed": the perfect tense in the span.
  // "The strikes have killed 122": "have" or "has" right before the fact's
  // verb (an adverb may stand between: "have also killed").
  bool perfect_auxiliary_before(Span fact, const Sentence& s) const {
    const uint32_t at = token_at(s, fact.begin);
    for (uint32_t k = at; k > s.token_begin && at - k < 3; --k) {
      const std::string_view w = tok(k - 1);
      if (iequals(w, "have") || iequals(w, "has")) return true;
      const bool adverb = (w.size() > 4 && iequals(w.substr(w.size() - 2), "ly")) || iequals(w, "also") ||
                          iequals(w, "now") || iequals(w, "already");
      if (!adverb) return false;
    }
    return false;
  }

  bool in_perfect_tense(Span span) const {
    const std::string_view words = span.of(text_);
    return find_word(words, "have", 0) != std::string_view::npos || find_word(words, "has", 0) != std::string_view::npos;
  }

  // A cheap screen before the cue searches: every cue holds one of these
  // words, so a window without any of them needs no search.
  // Does a count stand between the end of fact `c` and byte `pos`?
  bool count_after_fact_before(const Casualty& c, uint32_t pos) const {
    const auto from = static_cast<uint32_t>(first_at_or_after(tokens_, c.span.end, token_span));
    const auto to = static_cast<uint32_t>(first_at_or_after(tokens_, pos, token_span));
    return from < to && count_between(from, to, to);
  }

  // "retaliation for", "revenge for", "a reprisal for" a few words before the fact, in its sentence: the
  // fact tells the event avenged.
  bool avenged_before(Span fact, Span window) const {
    constexpr uint32_t kReach = 12;  // "retaliation for an operation on Friday in which troops killed"
    const auto at = static_cast<uint32_t>(first_at_or_after(tokens_, fact.begin, token_span));
    const auto from = static_cast<uint32_t>(first_at_or_after(tokens_, window.begin, token_span));
    // (Not past a comma: "In retaliation for the strike, militants killed 10 soldiers" tells the reprisal.)
    for (uint32_t k = at; k > from + 1 && at - k < kReach && tokens_[k - 1].kind != TokenKind::kPunctuation; --k) {
      if (!iequals(tok(k - 1), "for")) continue;
      const std::string_view w = tok(k - 2);
      if (iequals(w, "retaliation") || iequals(w, "revenge") || iequals(w, "reprisal") || iequals(w, "reprisals"))
        return true;
    }
    return false;
  }

  bool has_any_cue_word(Span window) const {
    static constexpr std::string_view kWords[] = {
        "total", "overall", "date", "throughout", "past", "last", "recent", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "conflict", "uprising", "revolt", "revolution", "war", "crackdown",
        "crisis", "altogether", "cumulative", "unrest", "after", "before", "ago", "previous", "earlier", "since",
        "half", "quarter", "weekend", "period", "time"};
    static const WordSet words(kWords);
    for (size_t k = first_at_or_after(tokens_, window.begin, token_span);
         k < tokens_.size() && tokens_[k].span.begin < window.end; ++k)
      if (words.contains(tok(static_cast<uint32_t>(k)))) return true;
    return false;
  }

  static bool is_period_noun(std::string_view cue) {
    return cue == "conflict" || cue == "uprising" || cue == "revolt" || cue == "revolution" || cue == "war" ||
           cue == "crackdown" || cue == "crisis" || cue == "unrest";
  }

  // `word` (lower-case) in `s` at word boundaries, ignoring ASCII case.
  // `word` is lower case; the text may be in any case. memchr jumps to each
  // place the first letter stands, in either case (cue lists are searched
  // for every fact, and a byte-by-byte scan showed in profiles).
  // (Each case's next place is kept until passed: asking memchr again for both cases at every hit rescanned
  // the rest of a long paragraph, quadratic in a page with no capital "V" for "village".)
  static size_t find_word(std::string_view s, std::string_view word, size_t from) {
    if (word.empty() || s.size() < word.size() || from > s.size() - word.size()) return std::string_view::npos;
    const char lower = word[0];
    const char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 0x20) : lower;
    const char* const data = s.data();
    const char* const end = data + (s.size() - word.size()) + 1;  // one past the last start
    const auto next = [&](char c, const char* at) {
      return at < end ? static_cast<const char*>(std::memchr(at, c, static_cast<size_t>(end - at))) : nullptr;
    };
    const char* l = next(lower, data + from);
    const char* u = upper == lower ? nullptr : next(upper, data + from);
    while (l || u) {
      const char* const hit = !l ? u : !u ? l : std::min(l, u);
      const auto pos = static_cast<size_t>(hit - data);
      const bool start_ok = pos == 0 || !chars::is_ascii_alpha(s[pos - 1]);
      const bool end_ok = pos + word.size() >= s.size() || !chars::is_ascii_alpha(s[pos + word.size()]);
      if (start_ok && end_ok && chars::iequals(s.substr(pos, word.size()), word)) return pos;
      if (hit == l) l = next(lower, hit + 1);
      if (hit == u) u = next(upper, hit + 1);
    }
    return std::string_view::npos;
  }

  const CasualtyInput& in_;
  mutable std::vector<PhraseScanner::Hit> cue_hits_;  // scope cues found in a fact's window
  struct CauseMemo {
    const char* cause = nullptr;
    bool pair = false;
    bool known = false;
  };
  std::vector<CauseMemo> cause_memo_;  // per token of the sentence cause_memo_for_
  const Sentence* cause_memo_for_ = nullptr;
  bool in_lead_ = false;  // the sentence scanned is one of the article's first
  bool in_title_ = false;  // the sentence scanned is a headline or a heading
  std::string_view text_;
  const Segmentation& seg_;
  const std::vector<Token>& tokens_;
  const std::vector<Span> quoted_;  // quotation spans: sources are not looked for inside them
  AttributionContext ctx_;
  std::vector<Casualty> out_;
  std::vector<uint32_t> fact_paragraph_;  // the paragraph of each fact in out_
  mutable size_t abduction_checked_ = 0;  // facts read by told_abduction_before
  mutable bool abduction_told_ = false;
  std::vector<bool> cause_told_before_of_;  // whether each fact's cause came from an earlier sentence
  std::vector<size_t> civilian_by_cause_;  // facts made civilian by their weapon alone
  std::string last_source_;
  mutable std::string lead_place_;  // found once, when first asked (from const code too)
  mutable std::vector<std::string_view> peoples_;  // the article's NORP names, sorted (names_people_at)
  mutable bool peoples_listed_ = false;
  // (outcome, vague word) of the incidents in out_[0, vague_incidents_seen_) (retells_vague_incident)
  mutable std::vector<std::pair<std::string_view, std::string_view>> vague_incidents_;
  mutable size_t vague_incidents_seen_ = 0;
  mutable bool lead_place_done_ = false;
  mutable std::unordered_map<std::string, std::string_view> descriptions_;  // see description_after_name
  // The place a part alone was told in, its whole's, and the paragraph: the sentence after goes on with the whole.
  std::string part_place_, part_whole_place_;
  uint32_t part_place_paragraph_ = 0;
  // Tolls a teller restated in a quotation and their first telling, see restates_tellers_toll.
  std::vector<std::pair<size_t, size_t>> restated_;
  std::string_view story_country_;
  bool story_country_done_ = false;
  mutable const Entity* town_told_after_lead_ = nullptr;  // see town_of_event_told_after_lead
  mutable std::string_view lead_town_country_;            // see lead_town_country
  mutable bool lead_town_country_asked_ = false;
  mutable bool town_told_after_lead_asked_ = false;
  const char* lead_cause_ = "";
  bool lead_cause_done_ = false;
  uint32_t last_source_paragraph_ = 0;
  std::vector<size_t> parts_of_earlier_dead_;  // "N of the dead were ...", "Of the dead, N were ..."
  const Sentence* turned_at_ = nullptr;  // the last sentence that turned to another story
  std::string last_source_place_;  // where the toll that named last_source_ happened
  const Sentence* owned_count_of_ = nullptr;  // the sentence whose count an owner named ("the ministry's count")
  std::string owned_count_source_;
  const Sentence* told_before_for_ = nullptr;  // the sentence told_before_ was asked for
  std::string told_before_;                      // who the sentence before it says is speaking
  int nonviolent_article_ = -1;  // see tells_of_nonviolence_only (-1: not yet asked)
  mutable int headline_tells_outcome_ = -1;  // see headline_tells_outcome (-1: not yet asked)
  mutable std::vector<std::pair<std::string_view, const Entity*>> settlements_called_;  // settlement_called's answers
  const Sentence* spans_towns_asked_for_ = nullptr;  // the sentence sentence_before_spans_towns last answered
  bool spans_towns_ = false;
  std::string last_place_;  // the place of the latest incident that named one
  int64_t report_tally_paragraph_ = -1;  // where a monitor's report last told a tally (-1: none)
  std::string report_tally_place_;        // and that tally's place
  std::string last_date_, last_dated_place_;  // the latest dated incident's day and place
  uint32_t last_dated_paragraph_ = 0;
  uint32_t last_place_paragraph_ = 0;
};

}  // namespace

std::vector<Casualty> extract_casualties(const CasualtyInput& in) { return CasualtyExtractor(in).run(); }

}  // namespace sift
