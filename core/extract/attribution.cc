#include "extract/attribution.h"

#include <algorithm>
#include <cstdlib>

#include "extract/casualty_words.h"
#include "extract/lexicon.h"
#include "extract/numbers.h"
#include "text/chars.h"
#include "text/word_set.h"
#include "text/span_index.h"

namespace sift {
namespace {

using chars::iequals;

constexpr std::string_view kSpeechVerbs[] = {
    "said", "says", "say", "saying", "told", "tells", "reported", "reports", "claimed", "claims", "stated",
    "added", "estimated", "estimates", "counted", "documented", "confirmed", "announced",
    "quoted", "cited", "wrote", "writes", "tweeted", "posted", "warned", "explained", "insisted",
    "declared", "recalled", "noted", "stressed", "put", "puts", "gave", "accused", "asked", "spoke",
    "demanded", "urged", "vowed", "promised", "denied", "described", "argued", "admitted", "replied",
    "continued", "commented", "concluded", "remarked", "observed", "responded", "answered", "testified",
    "shouted", "screamed", "cried", "whispered", "pleaded", "complained", "acknowledged", "conceded",
    // The present of news summaries: "Medics claim that", "Cameron confirms that".
    "claim", "confirms", "confirm", "announces", "announce", "adds", "warns", "insists", "admits", "denies",
    "accuse", "accuses", "listed",
    // "The report attributed the deaths of 59 other civilians to other parties".
    "attributed", "attributes",
    // "OHCHR has verified the deaths of at least 106 civilians".
    "verified",
    // "Mali's government revised down to 35 the death toll": who revises a toll tells it.
    "revised",
    // "the regional government raised the death toll to 208": so does who raises or lowers one (a toll only;
    // see find_attribution).
    "raised", "lowered"};

// Verbs that take someone's words as their object: 'the government blamed
// "armed gangs"'. They attribute here only: elsewhere a name before them
// ("Russia condemned the attack") is no sign of a person.
constexpr std::string_view kVerdictVerbs[] = {"blamed", "blames", "condemned", "condemns", "dismissed", "dismisses",
                                              "branded", "brands", "labelled", "labeled", "labels", "called", "calls",
                                              "rejected", "rejects", "denounced", "denounces", "derided"};

// Words that end a subject when walking back from the verb.
constexpr std::string_view kClauseWords[] = {"and", "but", "as", "while", "that", "which", "who", "when",
                                             "after", "before", "because", "since", "although", "where",
                                             "if", "so", "than", "whom", "whose", "in", "on", "at", "with",
                                             "by", "from", "into", "during", "over", "under", "near", "amid",
                                             "left", "killed", "wounded", "injured", "dead", "died", "were", "are", "be", "been"};

constexpr std::string_view kPronouns[] = {"he", "she", "they", "it", "we", "i"};

bool in(std::string_view w, const std::string_view* b, const std::string_view* e) {
  for (auto p = b; p != e; ++p)
    if (iequals(w, *p)) return true;
  return false;
}

bool is_clause_word(std::string_view w) {
  static const WordSet set(kClauseWords);
  return set.contains(w);
}

Span entity_span(const Entity& e) { return e.span; }
Span token_span(const Token& t) { return t.span; }

// Adverbs that open a sentence and never a name: "Meanwhile", "Separately".
bool is_sentence_adverb(std::string_view w) {
  static constexpr std::string_view kAdverbs[] = {"Meanwhile", "Meantime", "However", "Separately", "Elsewhere",
                                                  "Earlier", "Later", "Also", "Instead", "Still", "Now", "Then",
                                                  "Moreover", "Nevertheless", "Furthermore", "Previously"};
  static const WordSet adverbs(kAdverbs);
  return adverbs.contains(w);
}

// "horrified", "saddened": a reaction a statement opens with ("MSF is horrified by ...").
constexpr std::string_view kReactionWords[] = {"horrified", "saddened", "shocked", "appalled", "outraged",
                                               "alarmed", "devastated"};
// Words opening a clause of its own between commas: ", while 35 troops died,".
constexpr std::string_view kConjunctions[] = {"while", "and", "but", "as", "when", "after", "before",
                                              "although", "though", "whereas"};
SIFT_WORD_LOOKUP(is_reaction_word, kReactionWords)
SIFT_WORD_LOOKUP(is_conjunction, kConjunctions)

bool ends_with_ly(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 2) == "ly"; }

// A past form: "received" before "reports of" makes them a noun.
bool ends_with_ed(std::string_view w) { return w.size() > 3 && chars::iequals(w.substr(w.size() - 2), "ed"); }

// Auxiliaries and adverbs that belong to a speech verb, not its subject:
// "has said", "was quoted", "Mr Lavrov later added".
bool is_verb_companion(std::string_view w) {
  static constexpr std::string_view kCompanions[] = {"has", "have", "had", "was", "were", "is", "also",
                                                     "later", "earlier", "separately", "previously", "last",
                                                     "would", "then", "again", "repeatedly", "publicly",
                                                     // "whose mother kept saying": a verb that keeps the saying going.
                                                     "kept", "keeps"};
  static const WordSet set(kCompanions);
  return set.contains(w);
}

// Speech verbs that are also nouns heading a subject: "media reports said".
bool is_report_noun(std::string_view w) {
  return iequals(w, "reports") || iequals(w, "estimates") || iequals(w, "claims");
}

// One lookup for the attribution loop, which asks at every token: 1 for a
// speech verb, 2 for a verdict verb, 0 for neither.
int verb_kind(std::string_view w) {
  constexpr size_t kSpeech = std::size(kSpeechVerbs), kAll = kSpeech + std::size(kVerdictVerbs);
  static const WordTable table(kAll, [](size_t i) {
    return i < kSpeech ? kSpeechVerbs[i] : kVerdictVerbs[i - kSpeech];
  });
  const int64_t i = table.find(w);
  return i < 0 ? 0 : static_cast<size_t>(i) < kSpeech ? 1 : 2;
}

bool is_boundary_punct(std::string_view w) {
  // (A dash stands alone as "-": "NAIROBI (AP) -- Kenya's president said".)
  return w == "," || w == "." || w == ";" || w == ":" || w == "\"" || w == "(" || w == ")" || w == "--" || w == "-" ||
         w == "?" || w == "!" || w == "[" || w == "]";
}

// Is the span exactly a person's name?
// ("Colonel Turki al-Malki": the title before the name may stand in the span.)
bool is_person_name(const AttributionContext& ctx, Span span) {
  const auto& ents = *ctx.entities;
  for (size_t i = first_at_or_after(ents, span.begin, entity_span); i < ents.size() && ents[i].span.begin < span.end; ++i) {
    const Entity& e = ents[i];
    if (e.type != EntityType::kPerson || e.span.end != span.end) continue;
    if (e.span.begin == span.begin) return true;
    const Span title = e.title;
    if (!title.empty() && title.begin == span.begin && title.end <= e.span.begin) return true;
  }
  return false;
}

// A person named in commas after the phrase ending at token `e`: '"...,"
// said the mayor, Aly Ousmane Barry.' The name's tokens, or nothing.
std::optional<std::pair<uint32_t, uint32_t>> name_in_apposition(const AttributionContext& ctx, uint32_t e, uint32_t end) {
  const auto& tokens = *ctx.tokens;
  if (e + 1 >= end || tokens[e].span.of(ctx.text) != ",") return std::nullopt;
  const auto& ents = *ctx.entities;
  const size_t i = first_at_or_after(ents, tokens[e + 1].span.begin, entity_span);
  if (i >= ents.size() || ents[i].type != EntityType::kPerson) return std::nullopt;
  const Span title = ents[i].title;
  const uint32_t starts = title.empty() || title.end > ents[i].span.begin ? ents[i].span.begin : title.begin;
  if (starts != tokens[e + 1].span.begin) return std::nullopt;
  uint32_t k = e + 1;
  while (k < end && tokens[k].span.end <= ents[i].span.end) ++k;
  if (tokens[k - 1].span.end != ents[i].span.end) return std::nullopt;
  // The name closes the clause: a full stop, a comma or the sentence's end.
  if (k < end && !is_boundary_punct(tokens[k].span.of(ctx.text))) return std::nullopt;
  return std::make_pair(e + 1, k);
}

// The organisation among the first words of the sentence opening at token
// `begin` ("A statement from the YBS"), before any punctuation and before
// token `verb`, or "The" and a body's noun ("The army named the dead and
// accused ..."): its tokens [first, last), or nothing.
std::optional<std::pair<uint32_t, uint32_t>> subject_opening_sentence(const AttributionContext& ctx, uint32_t begin,
                                                                      uint32_t verb) {
  constexpr uint32_t kOpeningWords = 5;
  const auto& tokens = *ctx.tokens;
  const auto& ents = *ctx.entities;
  auto tok = [&](uint32_t i) { return tokens[i].span.of(ctx.text); };
  // (A person named among the opening words, an apposition's included, is
  // left to the usual lookups: "A Taliban spokesman, Qari Yousuf Ahmadi,
  // rejected the figures and said".)
  constexpr uint32_t kOpeningWithApposition = 8;
  const uint32_t opening_end = std::min(verb, begin + kOpeningWithApposition);
  for (size_t i = first_at_or_after(ents, tokens[begin].span.begin, entity_span);
       i < ents.size() && ents[i].span.begin < tokens[opening_end].span.begin; ++i)
    if (ents[i].type == EntityType::kPerson) return std::nullopt;
  // The opening words, up to any punctuation ("BAGHDAD (AP) — Militants ...": a dateline is no subject).
  uint32_t stop = begin;
  while (stop < verb && stop < begin + kOpeningWords && tokens[stop].kind == TokenKind::kWord) ++stop;
  if (stop == begin) return std::nullopt;
  // ("An al Qaeda affiliate, JNIM, also claimed ... and said": a description, then the body's name in commas;
  // "Hamas's armed wing, the Qassam Brigades, claimed ... and said": so after a body's possessive.)
  const bool described_first = tok(begin) == "A" || tok(begin) == "An" ||
                               (tok(begin).size() > 2 && tok(begin).substr(tok(begin).size() - 2) == "'s");
  if (described_first && stop + 2 < verb && tok(stop) == ",") {
    const uint32_t name_at = iequals(tok(stop + 1), "the") ? stop + 2 : stop + 1;
    const size_t i = first_at_or_after(ents, tokens[name_at].span.begin, entity_span);
    if (name_at < verb && i < ents.size() && ents[i].type == EntityType::kOrg &&
        ents[i].span.begin == tokens[name_at].span.begin) {
      const auto last = static_cast<uint32_t>(first_at_or_after(tokens, ents[i].span.end, token_span));
      if (last < verb && tok(last) == ",") return std::make_pair(name_at, last);
    }
  }
  // (A body starting among them, whatever its length: "The Al-Qaeda-linked Group for the Support of Islam and
  // Muslims (JNIM) claimed the attacks, saying"; not the one a compound's first part names, "Al-Qaeda-linked".)
  const uint32_t opening_last = tokens[stop - 1].span.begin, verb_at = tokens[verb].span.begin;
  for (size_t i = first_at_or_after(ents, tokens[begin].span.begin, entity_span);
       i < ents.size() && ents[i].span.begin <= opening_last && ents[i].span.end <= verb_at; ++i) {
    const uint32_t first = static_cast<uint32_t>(first_at_or_after(tokens, ents[i].span.begin, token_span));
    const uint32_t last = static_cast<uint32_t>(first_at_or_after(tokens, ents[i].span.end, token_span));
    const bool inside_compound = last > 0 && tokens[last - 1].span.end != ents[i].span.end;
    if (ents[i].type == EntityType::kOrg && !inside_compound) return std::make_pair(first, last);
  }
  // ("The government delegation hit back": a reporting noun after the body's.)
  if (begin + 2 < verb && tok(begin) == "The" && is_body_noun(tok(begin + 1)))
    return std::make_pair(begin, begin + 3 < verb && is_reporter_noun(tok(begin + 2)) ? begin + 3 : begin + 2);
  return std::nullopt;
}

// "a man who identified himself as Abu Ahmad", "an activist who gave his
// name as Abu Kinan": the name the clause opening at "who" (token `who`)
// gives. Its tokens, or nothing.
std::optional<std::pair<uint32_t, uint32_t>> self_given_name(const AttributionContext& ctx, uint32_t who, uint32_t end) {
  const auto& tokens = *ctx.tokens;
  auto tok = [&](uint32_t i) { return tokens[i].span.of(ctx.text); };
  const auto is_reflexive = [&](uint32_t k) { return iequals(tok(k), "himself") || iequals(tok(k), "herself"); };
  const auto is_possessive = [&](uint32_t k) { return iequals(tok(k), "his") || iequals(tok(k), "her"); };
  uint32_t as = 0;
  if (who + 3 < end && iequals(tok(who + 1), "identified") && is_reflexive(who + 2) && iequals(tok(who + 3), "as"))
    as = who + 3;
  else if (who + 4 < end && iequals(tok(who + 1), "gave") && is_possessive(who + 2) && iequals(tok(who + 3), "name") &&
           iequals(tok(who + 4), "as"))
    as = who + 4;
  // ("a woman who asked to be identified only as Maria".)
  else if (who + 5 < end && iequals(tok(who + 1), "asked") && iequals(tok(who + 2), "to") && iequals(tok(who + 3), "be") &&
           iequals(tok(who + 4), "identified"))
    as = iequals(tok(who + 5), "only") && who + 6 < end ? who + 6 : who + 5;
  if (as != 0 && !iequals(tok(as), "as")) as = 0;
  if (as == 0 || as + 1 >= end) return std::nullopt;
  const auto& ents = *ctx.entities;
  const size_t i = first_at_or_after(ents, tokens[as + 1].span.begin, entity_span);
  if (i >= ents.size() || ents[i].type != EntityType::kPerson || ents[i].span.begin != tokens[as + 1].span.begin)
    return std::nullopt;
  uint32_t k = as + 1;
  while (k < end && tokens[k].span.end <= ents[i].span.end) ++k;
  return std::make_pair(as + 1, k);
}

// A "who identified himself as X" clause among tokens [b, e): X's tokens.
std::optional<std::pair<uint32_t, uint32_t>> self_named_in(const AttributionContext& ctx, uint32_t b, uint32_t e) {
  const auto& tokens = *ctx.tokens;
  for (uint32_t k = b; k < e; ++k)
    if (iequals(tokens[k].span.of(ctx.text), "who")) return self_given_name(ctx, k, e);
  return std::nullopt;
}

// Tokens [b, e) open with a person's name and go on with "a", "an" or
// "the": the name's tokens ("Abu Bakr a member of the civil defence").
std::optional<std::pair<uint32_t, uint32_t>> name_before_description(const AttributionContext& ctx, uint32_t b, uint32_t e) {
  const auto& tokens = *ctx.tokens;
  const auto& ents = *ctx.entities;
  const size_t i = first_at_or_after(ents, tokens[b].span.begin, entity_span);
  if (i >= ents.size() || ents[i].type != EntityType::kPerson || ents[i].span.begin != tokens[b].span.begin) return std::nullopt;
  uint32_t k = b;
  while (k < e && tokens[k].span.end <= ents[i].span.end) ++k;
  if (k >= e) return std::nullopt;
  const std::string_view next = tokens[k].span.of(ctx.text);
  if (!iequals(next, "a") && !iequals(next, "an") && !iequals(next, "the")) return std::nullopt;
  return std::make_pair(b, k);
}

bool is_participle(std::string_view w) {
  return w.size() > 4 && chars::is_ascii_lower(w[0]) && w.substr(w.size() - 3) == "ing";
}

// Does a person's name end where `end` is? (Entities do not overlap: only
// the last one to begin before `end` can end there.)
bool person_name_ends_at(const AttributionContext& ctx, uint32_t end) {
  const auto& ents = *ctx.entities;
  const size_t after = first_at_or_after(ents, end, entity_span);
  return after > 0 && ents[after - 1].span.end == end && ents[after - 1].type == EntityType::kPerson;
}

// "a commander, Said Hassan, and his nephew": a capitalised speech verb
// inside a sentence that opens a person's name is the name.
bool person_name_starts_at(const AttributionContext& ctx, uint32_t begin) {
  const auto& ents = *ctx.entities;
  const size_t at = first_at_or_after(ents, begin, entity_span);
  return at < ents.size() && ents[at].span.begin == begin && ents[at].type == EntityType::kPerson;
}

// Is the span strictly inside an organisation's or a person's name?
bool inside_name(const AttributionContext& ctx, Span span) {
  const auto& ents = *ctx.entities;
  const size_t after = first_at_or_after(ents, span.begin, entity_span);
  if (after == 0) return false;
  const Entity& e = ents[after - 1];  // the last name opening before the span
  return e.span.begin < span.begin && e.span.end > span.end && e.type != EntityType::kDate;
}

// Does a person's name, opening before `span`, end with it ("Jr." closing "Mamintal Adiong Jr.")?
bool ends_person_name(const AttributionContext& ctx, Span span) {
  const auto& ents = *ctx.entities;
  const size_t after = first_at_or_after(ents, span.begin, entity_span);
  if (after == 0) return false;
  const Entity& e = ents[after - 1];
  return e.type == EntityType::kPerson && e.span.begin < span.begin && e.span.end == span.end;
}

// The person's name (with its title) that heads the subject [a, end) before "of", "from" or "at", as
// tokens [first, last); the name may also hold token a inside it. Nothing otherwise.
std::optional<std::pair<uint32_t, uint32_t>> person_heading(const AttributionContext& ctx, uint32_t a, uint32_t end) {
  const auto& tokens = *ctx.tokens;
  if (a >= end) return std::nullopt;
  const auto& ents = *ctx.entities;
  const size_t after = first_at_or_after(ents, tokens[a].span.begin + 1, entity_span);
  const Entity* holding_a = after > 0 ? &ents[after - 1] : nullptr;  // the last name opening at or before token a
  if (holding_a && holding_a->span.end <= tokens[a].span.begin) holding_a = nullptr;
  // ("Dr Mohammad Akbar": or a name whose title opens at token a.)
  const Entity* titled = after < ents.size() && ents[after].title.begin == tokens[a].span.begin &&
                                 !ents[after].title.empty() ? &ents[after] : nullptr;
  const Entity* person = holding_a ? holding_a : titled;
  if (!person || person->type != EntityType::kPerson) return std::nullopt;
  const Entity& e = *person;
  const auto first_token = [&](uint32_t pos) { return static_cast<uint32_t>(first_at_or_after(tokens, pos, token_span)); };
  const uint32_t name_end = first_token(e.span.end);
  if (name_end + 1 >= end) return std::nullopt;
  const std::string_view next = tokens[name_end].span.of(ctx.text);
  if (!(next == "of" || next == "from" || next == "at")) return std::nullopt;
  const uint32_t opening = e.title.empty() || e.title.end > e.span.begin ? e.span.begin : e.title.begin;
  return std::make_pair(first_token(opening), name_end);
}

// Is the span exactly an organisation's name?
// The organisation or person whose name ends at byte `end`, starting at or after `from`.
const Entity* name_ending_at(const AttributionContext& ctx, uint32_t end, uint32_t from) {
  const auto& ents = *ctx.entities;
  for (size_t i = first_at_or_after(ents, from, entity_span); i < ents.size() && ents[i].span.begin < end; ++i)
    if ((ents[i].type == EntityType::kOrg || ents[i].type == EntityType::kPerson) && ents[i].span.end == end) return &ents[i];
  return nullptr;
}

// The organisation or person named right before the comma at token `comma`, or before its acronym in brackets
// there ("the Group for the Support of Islam and Muslims (JNIM),"), looking no further back than `begin`.
const Entity* name_before_comma(const AttributionContext& ctx, uint32_t comma, uint32_t begin) {
  const auto& tokens = *ctx.tokens;
  if (comma <= begin) return nullptr;
  const auto tok = [&](uint32_t k) { return tokens[k].span.of(ctx.text); };
  constexpr uint32_t kLookBack = 80;  // bytes: the longest name
  const auto from = [&](uint32_t k) { return tokens[k].span.begin > kLookBack ? tokens[k].span.begin - kLookBack : 0; };
  if (const Entity* named = name_ending_at(ctx, tokens[comma].span.begin, from(comma - 1))) return named;
  if (comma >= begin + 4 && tok(comma - 1) == ")" && tok(comma - 3) == "(")
    return name_ending_at(ctx, tokens[comma - 4].span.end, from(comma - 4));
  return nullptr;
}

// A country's name spans exactly `span`: "Russia" in "Russia and the Syrian government say".
bool is_country_name(const AttributionContext& ctx, Span span) {
  const auto& ents = *ctx.entities;
  const size_t i = first_at_or_after(ents, span.begin, entity_span);
  return i < ents.size() && ents[i].type == EntityType::kLoc && ents[i].span.begin == span.begin &&
         ents[i].span.end == span.end && lexicon::is_country_or_region(span.of(ctx.text));
}

bool is_org_name(const AttributionContext& ctx, Span span) {
  const auto& ents = *ctx.entities;
  const size_t i = first_at_or_after(ents, span.begin, entity_span);
  return i < ents.size() && ents[i].type == EntityType::kOrg && ents[i].span.begin == span.begin &&
         ents[i].span.end == span.end;
}

// The first organisation named in [from, to), if any.
const Entity* first_org_between(const AttributionContext& ctx, uint32_t from, uint32_t to) {
  const auto& ents = *ctx.entities;
  for (size_t i = first_at_or_after(ents, from, entity_span); i < ents.size() && ents[i].span.end <= to; ++i)
    if (ents[i].type == EntityType::kOrg) return &ents[i];
  return nullptr;
}

bool org_ends_at(const AttributionContext& ctx, uint32_t end) {
  const auto& ents = *ctx.entities;
  const size_t after = first_at_or_after(ents, end, entity_span);
  return after > 0 && ents[after - 1].span.end == end && ents[after - 1].type == EntityType::kOrg;
}

// A named body or place of several words ends at token k: "the Federal Medical Centre".
bool institution_ends_at(const AttributionContext& ctx, uint32_t k) {
  const auto& ents = *ctx.entities;
  const Span word = (*ctx.tokens)[k].span;
  const size_t after = first_at_or_after(ents, word.end, entity_span);
  return after > 0 && ents[after - 1].span.end == word.end && ents[after - 1].span.begin < word.begin &&
         (ents[after - 1].type == EntityType::kOrg || ents[after - 1].type == EntityType::kLoc);
}

// "a claim that", "the confirm button": after a determiner the word is a noun.
bool is_determiner(std::string_view w) {
  return iequals(w, "a") || iequals(w, "an") || iequals(w, "the") || iequals(w, "this") || iequals(w, "its") ||
         iequals(w, "their") || iequals(w, "his") || iequals(w, "her");
}

// "A senior Western diplomat said ... '...,' the diplomat said": a definite
// description names whom an indefinite one brought in earlier. Returns that
// earlier description ("A senior Western diplomat"), or nothing.
std::optional<std::string_view> earlier_description(std::string_view text, const std::vector<Token>& tokens,
                                                    std::string_view mention) {
  // Only "the" and one to three lower-case words: "the diplomat", "the senior official".
  constexpr size_t kShortest = 5;
  if (mention.size() < kShortest || !chars::iequals(mention.substr(0, 4), "the ")) return std::nullopt;
  const std::string_view head = mention.substr(mention.rfind(' ') + 1);
  if (head.empty() || !chars::is_ascii_lower(head[0])) return std::nullopt;
  // (Not "the Guerrero state prosecutor's office": a name inside makes the mention a full one.)
  constexpr size_t kMostWords = 3;
  size_t words = 0;
  for (size_t at = 4; at < mention.size(); at = mention.find(' ', at) + 1) {
    if (!chars::is_ascii_lower(mention[at]) || ++words > kMostWords) return std::nullopt;
    if (mention.find(' ', at) == std::string_view::npos) break;
  }
  const uint32_t mention_begin = static_cast<uint32_t>(mention.data() - text.data());
  constexpr uint32_t kLookBack = 300, kLongestDescription = 5;
  const uint32_t end = static_cast<uint32_t>(first_at_or_after(tokens, mention_begin, token_span));
  for (uint32_t k = end; k-- > 0 && end - k <= kLookBack;) {
    if (!chars::iequals(tokens[k].span.of(text), head)) continue;
    // The earlier one spoke too: "a diplomat said", "a diplomat, who ...", not "a ministry statement".
    if (k + 1 >= end) continue;
    const std::string_view next = tokens[k + 1].span.of(text);
    if (!(is_speech_verb(next) || next == "," || chars::iequals(next, "who"))) continue;
    for (uint32_t a = k; a-- > 0 && k - a < kLongestDescription;) {
      const std::string_view w = tokens[a].span.of(text);
      if (chars::iequals(w, "a") || chars::iequals(w, "an") || chars::iequals(w, "one"))
        return text.substr(tokens[a].span.begin, tokens[k].span.end - tokens[a].span.begin);
      // (Nor "a week after taking office": a description is a noun phrase, no preposition or verb inside.)
      if (tokens[a].kind != TokenKind::kWord || chars::iequals(w, "the") || lexicon::is_preposition(w) ||
          chars::ends_with(w, "ing"))
        break;
    }
  }
  return std::nullopt;
}

// "the war monitor", "the monitoring group" after "the Syrian Observatory
// for Human Rights said": the monitor the story named last.
const Entity* earlier_monitor(std::string_view text, const std::vector<Entity>& ents, std::string_view mention) {
  if (mention.size() < 5 || !chars::iequals(mention.substr(0, 4), "the ")) return nullptr;
  const bool monitor = chars::iequals(mention.substr(mention.rfind(' ') + 1), "monitor") ||
                       mention.find("monitoring group") != std::string_view::npos;
  if (!monitor) return nullptr;
  const uint32_t mention_begin = static_cast<uint32_t>(mention.data() - text.data());
  constexpr size_t kLookBack = 40;  // entities
  const size_t from = first_at_or_after(ents, mention_begin, entity_span);
  for (size_t i = from; i-- > 0 && from - i <= kLookBack;) {
    if (ents[i].type != EntityType::kOrg) continue;
    const std::string_view name = ents[i].canonical.of(text);
    if (name.find("Observatory") != std::string_view::npos || name.find("Monitor") != std::string_view::npos ||
        name.find("Human Rights") != std::string_view::npos)
      return &ents[i];
  }
  return nullptr;
}

// "Army spokesman Ahmed al-Mismari said ... '...,' the spokesman added": a
// definite title names the person last given that title. Returns that
// person, or nothing.
const Entity* earlier_titled_person(std::string_view text, const std::vector<Entity>& ents, std::string_view mention) {
  if (mention.size() < 5 || !chars::iequals(mention.substr(0, 4), "the ")) return nullptr;
  const std::string_view head = mention.substr(mention.rfind(' ') + 1);
  if (!lexicon::is_person_title(head)) return nullptr;
  const uint32_t mention_begin = static_cast<uint32_t>(mention.data() - text.data());
  constexpr size_t kLookBack = 40;  // entities
  const size_t from = first_at_or_after(ents, mention_begin, entity_span);
  for (size_t i = from; i-- > 0 && from - i <= kLookBack;) {
    const Entity& e = ents[i];
    if (e.type != EntityType::kPerson || e.title.empty()) continue;
    const std::string_view title = e.title.of(text);
    const std::string_view last = title.substr(title.rfind(' ') + 1);
    if (chars::iequals(last, head)) return &e;
  }
  return nullptr;
}

// "strike", "the air raids": a phrase headed by a weapon or an attack.
bool names_a_weapon(std::string_view phrase) {
  const size_t space = phrase.rfind(' ');
  const std::string_view head = space == std::string_view::npos ? phrase : phrase.substr(space + 1);
  return !head.empty() && chars::is_ascii_lower(head[0]) && cause_of(head, {}) != nullptr;
}

// A person or organisation named right after the verb at token `verb` ("said the Civil Defence").
std::optional<Attribution> named_right_after(const AttributionContext& ctx, uint32_t verb) {
  const auto& tokens = *ctx.tokens;
  uint32_t k = verb + 1;
  if (k < tokens.size() && chars::iequals(tokens[k].span.of(ctx.text), "the")) ++k;
  if (k >= tokens.size()) return std::nullopt;
  const auto& ents = *ctx.entities;
  const size_t i = first_at_or_after(ents, tokens[k].span.begin, entity_span);
  if (i >= ents.size() || ents[i].span.begin != tokens[k].span.begin ||
      (ents[i].type != EntityType::kOrg && ents[i].type != EntityType::kPerson))
    return std::nullopt;
  Attribution at;
  at.span = ents[i].span;
  at.name = std::string(ents[i].canonical.of(ctx.text));
  at.verb_token = verb;
  return at;
}

// Lower-case words that say which reporters: "security and medical officials".
bool is_reporter_modifier(std::string_view w) {
  static constexpr std::string_view kModifiers[] = {"security", "medical", "military", "police", "health", "hospital",
                                                    "government", "local", "civil", "defence", "defense",
                                                    "intelligence", "tribal", "rebel", "opposition"};
  static const WordSet set(kModifiers);
  return !w.empty() && chars::is_ascii_lower(w[0]) && set.contains(w);
}

// What a body counts: "figures from the Ministry of Health", "data from the UN".
bool is_figures_noun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {"figures", "data", "statistics", "numbers", "count", "tally"};
  static const WordSet set(kNouns);
  return set.contains(w);
}

// The kind of body a name follows: "rights group Hengaw", "the monitoring group Airwars".
bool is_body_kind(std::string_view w) {
  static constexpr std::string_view kKinds[] = {"group", "organisation", "organization", "monitor", "movement",
                                                "militia", "charity", "watchdog", "network"};
  static const WordSet set(kKinds);
  return !w.empty() && chars::is_ascii_lower(w[0]) && set.contains(w);
}

// Who can see a toll for themselves: "Reuters journalists saw", "a witness saw".
bool is_eyewitness_noun(std::string_view w) {
  static constexpr std::string_view kEyewitnesses[] = {
      "journalists", "journalist", "correspondent", "correspondents", "reporter", "reporters",
      "photographer", "photographers", "cameraman", "witnesses", "witness", "eyewitnesses", "eyewitness"};
  static const WordSet set(kEyewitnesses);
  return set.contains(w);
}

}  // namespace

// Nouns for people who report, which a prepositional phrase may follow in
// a subject: "rescue workers from the White Helmets said".
bool is_media_noun(std::string_view w) {
  static constexpr std::string_view kMedia[] = {"video", "videos", "footage", "images", "photos", "pictures",
                                                "photographs", "recording", "recordings", "film"};
  static const WordSet set(kMedia);
  return set.contains(w);
}

// Verbs a monitor reports by ("SOHR monitored the death of ...", "had
// published yesterday that ..."), speech verbs only before "that" or a death.
bool is_monitoring_verb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"monitored", "monitors", "learned", "learnt", "published",
                                                "recorded", "records", "registered", "documents", "document"};
  static const WordSet set(kVerbs);
  return set.contains(w);
}

// "the death of", "the killing of": a noun of the toll a monitor reports.
bool trigger_noun_after(std::string_view w) {
  return iequals(w, "death") || iequals(w, "deaths") || iequals(w, "killing") || iequals(w, "killings") ||
         iequals(w, "martyrdom");
}

// Words of a place's phrase after a reporter: "in the nearby town of
// Amiriyat al-Falluja", "at the governor's office in Homs".
// ("at al-Aqsa Martyrs Hospital in Deir el-Balah": the names' Arabic articles too.)
bool in_place_phrase(std::string_view w) {
  const bool arabic_article = iequals(w.substr(0, 2), "al") || iequals(w.substr(0, 2), "el");
  return chars::is_ascii_upper(w[0]) || lexicon::is_preposition(w) || lexicon::is_settlement_noun(w) ||
         iequals(w, "the") || iequals(w, "nearby") || iequals(w, "-") ||
         (arabic_article && (w.size() == 2 || w[2] == '-'));
}

bool is_reporter_noun(std::string_view w) {
  static constexpr std::string_view kReporters[] = {
      "activists", "activist", "residents", "resident", "witnesses", "witness", "officials", "official",
      "sources", "source", "workers", "medics", "doctors", "doctor", "volunteers", "volunteer", "rescuers", "monitors",
      "journalists", "journalist", "correspondent", "correspondents", "reporter", "reporters", "paramedics",
      "staff", "members", "member", "representatives", "representative", "spokesman", "spokeswoman",
      "spokesperson", "commanders", "commander", "leaders", "leader", "people", "person", "monitor",
      "groups", "group", "agency", "ministry", "hospital", "hospitals", "complex", "clinic", "clinics", "defence",
      "defense", "woman", "man", "mother",
      "father", "survivor", "survivors", "soldier", "soldiers", "fighter", "fighters", "rebel", "rebels", "nurse",
      "villager", "villagers", "teacher", "student", "refugee", "refugees", "police", "army", "military",
      "authorities", "medic", "mayor", "governor", "media", "officer", "officers", "policeman", "diplomat",
      "diplomats", "elder", "elders", "observers", "observer", "delegation", "delegations",
      // ("..., fishermen in Hodeidah said": people of a trade or a place tell what they saw.)
      "fishermen", "fisherman", "farmers", "farmer", "traders", "trader", "tribesmen", "locals", "relatives",
      "worker", "lawmaker", "lawmakers", "legislator", "legislators",
      // ("the county commissioner and residents told Radio Tamazuj": officers of a district.)
      "commissioner", "commissioners", "administrator", "administrators", "chairman", "councillor", "councillors",
      // ("Civil society in Lubero said": a region's civic groups, as one teller.)
      "society"};
  static const WordSet set(kReporters);
  return set.contains(w);
}

bool is_body_noun(std::string_view word) {
  static constexpr std::string_view kBodies[] = {"government", "ministry", "army", "military", "office", "agency",
                                                 "police", "authority", "authorities", "council", "committee"};
  static const WordSet set(kBodies);
  return set.contains(word);
}

bool is_speech_verb(std::string_view word) {
  static const WordSet set(kSpeechVerbs);
  return set.contains(word);
}

std::optional<Attribution> find_attribution(const AttributionContext& ctx, uint32_t begin, uint32_t end,
                                            uint32_t near) {
  const auto& tokens = *ctx.tokens;
  auto tok = [&](uint32_t i) { return tokens[i].span.of(ctx.text); };
  auto quoted = [&](uint32_t i) { return holding(*ctx.quoted, tokens[i].span, span_of_span) != nullptr; };
  // Do tokens [from, to) hold a word that may name who speaks: a capitalised one, or one for a teller, a title or
  // a body ("a senior Western diplomat", "the ministry", "a statement")?
  auto names_teller = [&](uint32_t from, uint32_t to) {
    for (uint32_t k = from; k < to; ++k) {
      const std::string_view w = tokens[k].span.of(ctx.text);
      if (chars::is_ascii_upper(w[0]) || is_reporter_noun(w) || lexicon::is_person_title(w) || is_body_kind(w) ||
          iequals(w, "statement") || iequals(w, "report") || iequals(w, "source"))
        return true;
    }
    return false;
  };
  // The first token of the person whose name ends right before token k (k > begin), or kNoPerson:
  // "Zakaria Malahifji [head] of ...", "Dr Mohammad Akbar of ...".
  constexpr uint32_t kNoPerson = UINT32_MAX;
  auto person_ending_before = [&](uint32_t k) {
    const Entity* person = name_ending_at(ctx, tokens[k - 1].span.end, tokens[begin].span.begin);
    return person && person->type == EntityType::kPerson
               ? static_cast<uint32_t>(first_at_or_after(tokens, person->span.begin, token_span))
               : kNoPerson;
  };
  // The person whose name opens at token k, or null.
  auto person_starting_at = [&](uint32_t k) -> const Entity* {
    const auto& ents = *ctx.entities;
    const size_t i = first_at_or_after(ents, tokens[k].span.begin, entity_span);
    return i < ents.size() && ents[i].span.begin == tokens[k].span.begin && ents[i].type == EntityType::kPerson ? &ents[i]
                                                                                                              : nullptr;
  };
  auto make = [&](uint32_t a, uint32_t b, uint32_t verb) -> std::optional<Attribution> {
    while (a < b && is_boundary_punct(tok(a))) ++a;
    // "For its part the Observatory said" (its comma lost): the phrase is no part of the subject.
    if (b - a > 3 && iequals(tok(a), "for") && iequals(tok(a + 2), "part") &&
        (iequals(tok(a + 1), "its") || iequals(tok(a + 1), "his") || iequals(tok(a + 1), "her") ||
         iequals(tok(a + 1), "their")))
      a += 3;
    // "Meanwhile a woman in Aleppo told the BBC" (its comma lost): a sentence adverb is no speaker's word.
    while (b - a > 1 && is_sentence_adverb(tok(a))) ++a;
    // "No group claimed the attack": nobody speaks.
    if (a < b && (iequals(tok(a), "no") || iequals(tok(a), "nobody") || iequals(tok(a), "none"))) return std::nullopt;
    while (a < b && is_boundary_punct(tok(a))) ++a;
    // (Not the period closing a person's name: "Mamintal Adiong Jr.".)
    while (b > a && is_boundary_punct(tok(b - 1)) && !(tok(b - 1) == "." && ends_person_name(ctx, tokens[b - 1].span)))
      --b;
    // "The Syrian Observatory for Human Rights, a Britain-based war monitor,
    // put the toll at 11": a description in commas stands for the name before it.
    if (a >= begin + 2 && a < b && (iequals(tok(a), "a") || iequals(tok(a), "an")) && tok(a - 1) == "," &&
        b < end && tok(b) == ",")
      if (const Entity* named = name_ending_at(ctx, tokens[a - 2].span.end, tokens[begin].span.begin)) {
        b = a - 1;
        a = static_cast<uint32_t>(first_at_or_after(tokens, named->span.begin, token_span));
      }
    if (a >= b) return std::nullopt;
    // ('... as a fighter "martyred on the road to Jerusalem", without saying when': a lone word opening an
    // adverbial clause names no one.)
    static constexpr std::string_view kClauseOpeners[] = {"without", "before", "after", "while", "when", "by"};
    if (b - a == 1 && in(tok(a), std::begin(kClauseOpeners), std::end(kClauseOpeners))) return std::nullopt;
    // ("21 hostages, 4 soldiers killed, says ISPR": a figure and its victims tell nothing; "two officials said"
    // does.)
    if (tokens[a].kind == TokenKind::kNumber && !is_reporter_noun(tok(b - 1))) return std::nullopt;
    // ("told RFI that the toll was much heavier than the army said": a comparison's teller tells nothing here.)
    if (a > begin && iequals(tok(a - 1), "than")) return std::nullopt;
    // "The Sudanese army's 6th Infantry Division said": a phrase never opens inside a name (the walk back
    // stops at the number of "6th").
    if (const Entity* around = holding(*ctx.entities, tokens[a].span, entity_span);
        around && around->span.begin < tokens[a].span.begin && around->span.begin >= tokens[begin].span.begin)
      a = static_cast<uint32_t>(first_at_or_after(tokens, around->span.begin, token_span));
    // "a figure officials rejected as ...": after "a" and a noun, plural
    // reporters begin a relative clause of their own; they are the speakers.
    // ("a group of residents" stays whole.)
    if (b - a == 3 && (iequals(tok(a), "a") || iequals(tok(a), "an")) && chars::is_ascii_lower(tok(a + 1)[0]) &&
        !lexicon::is_preposition(tok(a + 1)) && tok(b - 1).back() == 's' && is_reporter_noun(tok(b - 1)) &&
        !is_reporter_noun(tok(a + 1)))
      a = b - 1;
    // A speaker has a name or a noun: a lone dash or bracket is none.
    bool has_word = false;
    for (uint32_t k = a; k < b && !has_word; ++k) has_word = tokens[k].kind == TokenKind::kWord;
    if (!has_word) return std::nullopt;
    Attribution at;
    at.span = {tokens[a].span.begin, tokens[b - 1].span.end};
    at.verb_token = verb;
    if (b - a == 1 && in(tok(a), std::begin(kPronouns), std::end(kPronouns))) at.pronoun = true;
    // A person or organisation stands for the phrase only when it ends it:
    // "Assad's opponents" are not Assad. A person there heads the phrase
    // whatever precedes ("UN humanitarian chief Ms Amos"); an organisation
    // only after capitalised words, titles and determiners ("the
    // London-based Syrian Observatory"). After "of"/"for" the name is a
    // complement, standing for the phrase only behind a role ("a spokesman
    // for the Local Coordination Committees", not "opponents of president
    // Bashar al-Assad").
    const Entity* best = nullptr;
    const auto& ents = *ctx.entities;
    for (size_t i = first_at_or_after(ents, at.span.begin, entity_span); i < ents.size() && ents[i].span.begin < at.span.end; ++i) {
      const Entity& e = ents[i];
      if (e.span.end != at.span.end) continue;
      if (e.type != EntityType::kPerson && e.type != EntityType::kOrg) continue;
      uint32_t first = a;  // the entity's first token
      while (first < b && tokens[first].span.end <= e.span.begin) ++first;
      bool modifiers_only = true;
      for (uint32_t k = a; k < first; ++k) {
        const std::string_view w = tok(k);
        // ("Rights group Hengaw said": the kind of body before its name.)
        modifiers_only &= chars::is_ascii_upper(w[0]) || iequals(w, "the") || iequals(w, "a") ||
                          iequals(w, "an") || lexicon::is_person_title(w) || w.find('-') != std::string_view::npos ||
                          (k + 1 == first && is_body_kind(w));
      }
      // The word linking the name to the phrase, past "the" and lower-case titles.
      uint32_t link = first;
      while (link > a && (iequals(tok(link - 1), "the") ||
                          (chars::is_ascii_lower(tok(link - 1)[0]) && lexicon::is_person_title(tok(link - 1)))))
        --link;
      const std::string_view linker = link > a ? tok(link - 1) : std::string_view();
      const bool complement = iequals(linker, "of") || iequals(linker, "for") || iequals(linker, "to") ||
                              iequals(linker, "from") || iequals(linker, "with");
      bool stands_for;
      // ("according to the latest figures from the Ministry of Health": behind the body's figures too.)
      if (complement)
        stands_for = e.type == EntityType::kOrg && link - 1 > a &&
                     (lexicon::is_person_title(tok(link - 2)) || is_figures_noun(tok(link - 2)));
      else
        stands_for = e.type == EntityType::kPerson || modifiers_only;
      // ("the DG ISPR said": an office's title right before a body names its holder, not the body.)
      if (e.type == EntityType::kOrg && first > a &&
          (lexicon::is_office_initials(tok(first - 1)) ||
           (lexicon::is_person_title(tok(first - 1)) && chars::is_ascii_upper(tok(first - 1)[0]))))
        stands_for = false;
      if (stands_for) best = &e;
    }
    at.name = std::string((best ? best->canonical : at.span).of(ctx.text));
    return at;
  };

  // The first token of the short noun phrase ending before token `end` that a determiner opens
  // ("the Taliban authorities"), or kNoPerson.
  auto phrase_opening_before = [&](uint32_t end) {
    constexpr uint32_t kPhraseWords = 5;
    for (uint32_t k = end; k > begin && end - k < kPhraseWords;) {
      --k;
      const std::string_view w = tok(k);
      if (tokens[k].kind != TokenKind::kWord || quoted(k)) return kNoPerson;
      if (iequals(w, "the") || iequals(w, "a") || iequals(w, "an")) return k + 1 < end ? k : kNoPerson;
      if (is_clause_word(w) || lexicon::is_preposition(w) || is_speech_verb(w)) return kNoPerson;
    }
    return kNoPerson;
  };

  // "mission in Afghanistan": a body's noun at `noun`, "in", then a place running from `place` to `end`.
  auto seat_of_body = [&](uint32_t noun, uint32_t place, uint32_t end) {
    static constexpr std::string_view kSeats[] = {"mission", "missions", "office", "offices", "delegation", "team",
                                                  "branch", "agency", "ministry", "embassy", "command"};
    static const WordSet seats(kSeats);
    const auto& ents = *ctx.entities;
    // ("A doctor at the Federal Medical Centre in Owo": a named institution's seat too.)
    if (!seats.contains(tok(noun)) && !institution_ends_at(ctx, noun)) return false;
    // ("the UN mission in the country said": the country the story is in.)
    if (end == place + 2 && iequals(tok(place), "the") &&
        (iequals(tok(place + 1), "country") || iequals(tok(place + 1), "region") || iequals(tok(place + 1), "city")))
      return seats.contains(tok(noun));
    const size_t i = first_at_or_after(ents, tokens[place].span.begin, entity_span);
    return i < ents.size() && ents[i].type == EntityType::kLoc && ents[i].span.begin == tokens[place].span.begin &&
           ents[i].span.end == tokens[end - 1].span.end;
  };

  // The person named within the first words of [begin, before), as a speaker.
  auto person_opening = [&](uint32_t begin_token, uint32_t before) -> std::optional<Attribution> {
    constexpr uint32_t kOpeningWords = 8;
    const auto& ents = *ctx.entities;
    const uint32_t limit = tokens[std::min(before, begin_token + kOpeningWords)].span.begin;
    for (size_t i = first_at_or_after(ents, tokens[begin_token].span.begin, entity_span);
         i < ents.size() && ents[i].span.end <= limit; ++i) {
      if (ents[i].type != EntityType::kPerson) continue;
      uint32_t first = begin_token;
      while (first < before && tokens[first].span.begin < ents[i].span.begin) ++first;
      uint32_t last = first;
      while (last < before && tokens[last].span.end <= ents[i].span.end) ++last;
      return make(first, last, before);
    }
    return std::nullopt;
  };

  // "The blast claimed the lives of ten", "ISIS claimed responsibility",
  // "groups continued targeting": no one's account.
  // A passive's "be" right before the verb at v, or before an adverb there
  // ("could not be independently confirmed", "is deeply saddened").
  auto be_form_before = [&](uint32_t v) {
    return (v > begin && lexicon::is_be_form(tok(v - 1))) ||
           (v > begin + 1 && ends_with_ly(tok(v - 1)) && lexicon::is_be_form(tok(v - 2)));
  };
  // "is deeply saddened": an "-ly" adverb after an auxiliary belongs to the
  // verb ("his family said" has none: "family" follows no auxiliary).
  auto adverb_in_verb_chain = [&](uint32_t k) {
    return k > begin && ends_with_ly(tok(k)) && (lexicon::is_be_form(tok(k - 1)) || is_verb_companion(tok(k - 1)));
  };
  // ", saying ..." or ", adding ..." within a few words from k.
  auto says_after = [&](uint32_t k, uint32_t end) {
    constexpr uint32_t kReach = 4;
    for (uint32_t m = k; m + 1 < end && m < k + kReach; ++m)
      if (tok(m) == "," && (iequals(tok(m + 1), "saying") || iequals(tok(m + 1), "adding"))) return true;
    return false;
  };
  auto claims_no_words = [&](uint32_t v, uint32_t end) {
    if (v + 1 >= end) return false;
    // "continued targeting", "vowed to fight": the verb takes an action, not
    // words ("said fighting raged" still reports).
    const std::string_view next = tok(v + 1);
    const bool takes_action = iequals(tok(v), "continued") || iequals(tok(v), "vowed") || iequals(tok(v), "promised");
    const bool gerund = next.size() > 4 && chars::is_ascii_lower(next[0]) && next.substr(next.size() - 3) == "ing";
    if (takes_action && (gerund || iequals(next, "to"))) return true;
    // ("the PKK, listed as a terrorist organization by Türkiye": a label given, not words.)
    if (iequals(tok(v), "listed") && iequals(next, "as")) return true;
    // "declared a state of emergency", "declared war": an act, not words.
    if (iequals(tok(v), "declared") &&
        (iequals(next, "a") || iequals(next, "an") || iequals(next, "war") || iequals(next, "martial")))
      return true;
    if (!chars::is_ascii_lower(tok(v)[0]) || tok(v).substr(0, 5) != "claim") return false;
    uint32_t k = v + 1;
    if (iequals(tok(k), "the") && k + 1 < end) ++k;
    // ("Islamic State claims attack": the deed, not a toll; but "JNIM claimed
    // the attack, saying it had killed 300" gives words after it.)
    // ("Islamic State claims Baghdad market bombing that killed 35": up to three words naming it first.)
    constexpr uint32_t kDeedWords = 3;
    uint32_t deed_at = k;
    while (deed_at + 1 < end && deed_at < k + kDeedWords && tokens[deed_at].kind == TokenKind::kWord &&
           !lexicon::is_attack_noun(tok(deed_at)) && !iequals(tok(deed_at), "bombing") && !iequals(tok(deed_at), "blast"))
      ++deed_at;
    const bool deed = iequals(tok(deed_at), "attack") || iequals(tok(deed_at), "attacks") ||
                      iequals(tok(deed_at), "bombing") || iequals(tok(deed_at), "blast") ||
                      (deed_at > k && lexicon::is_attack_noun(tok(deed_at)));
    if (deed && !says_after(deed_at + 1, end)) return true;
    if (iequals(tok(k), "lives") || iequals(tok(k), "responsibility") || iequals(tok(k), "credit")) return true;
    // "claimed 20 lives", "claimed more than 100 civilian lives".
    constexpr uint32_t kLivesReach = 6;
    for (uint32_t m = v + 1; m < end && m <= v + kLivesReach; ++m) {
      const std::string_view w = tok(m);
      if (iequals(w, "lives")) return true;
      if (w == "," || w == "." || iequals(w, "that")) break;
    }
    return false;
  };
  // The noun phrase between "quoted" and "as saying" (or "as telling").
  auto quoted_as_saying = [&](uint32_t v, uint32_t end) -> std::optional<Attribution> {
    for (uint32_t k = v + 1; k + 1 < end && k < v + 12; ++k) {
      if (is_boundary_punct(tok(k)) || quoted(k)) return std::nullopt;
      if (iequals(tok(k), "as") && (iequals(tok(k + 1), "saying") || iequals(tok(k + 1), "telling")))
        return k > v + 1 ? make(v + 1, k, v) : std::nullopt;
    }
    return std::nullopt;
  };

  // "amid UN reports that ...", "after Observatory reports that ...": a
  // body's reports as a noun after a preposition; the body is the source.
  auto body_before_report_noun = [&](uint32_t v) -> std::optional<Attribution> {
    const auto& ents = *ctx.entities;
    const size_t after = first_at_or_after(ents, tokens[v - 1].span.end, entity_span);
    if (after == 0) return std::nullopt;
    const Entity& body = ents[after - 1];
    const uint32_t first = static_cast<uint32_t>(first_at_or_after(tokens, body.span.begin, token_span));
    if (first <= begin || !lexicon::is_preposition(tok(first - 1))) return std::nullopt;
    return make(first, v, v);
  };

  // Token k is part of a word written with hyphens: a "-" touching the
  // words on both sides, or a number touching the "-" after it ("42-year-old").
  auto in_hyphened_word = [&](uint32_t k) {
    const auto touches_next = [&](uint32_t i) { return i + 1 < end && tokens[i].span.end == tokens[i + 1].span.begin; };
    if (tok(k) == "-") return k > begin && tokens[k - 1].span.end == tokens[k].span.begin && touches_next(k);
    return tokens[k].kind == TokenKind::kNumber && touches_next(k) && tok(k + 1) == "-" && touches_next(k + 1);
  };

  // A quotation ends at text offset `at`.
  constexpr uint32_t kRightAfterQuote = 40;  // '," International envoy Kofi Annan told'
  auto quote_ends_at = [&](uint32_t at) {
    const auto& spans = *ctx.quoted;
    const auto it = std::partition_point(spans.begin(), spans.end(), [&](const Span& q) { return q.end < at; });
    return it != spans.end() && it->end == at;
  };

  // A ";" token between text offset `from` and token `v`.
  auto semicolon_between = [&](uint32_t from, uint32_t v) {
    for (uint32_t k = v; k-- > begin && tokens[k].span.begin >= from;)
      if (tok(k) == ";") return true;
    return false;
  };

  // The period at token k abbreviates a title in a phrase opening at `from`: "said Brig. Gen. Ahmed Asiri",
  // "according to the hospital director Dr. Bassam Ibrahim".
  auto title_period_after = [&](uint32_t k, uint32_t from) {
    return tok(k) == "." && k > from && lexicon::is_person_title(tok(k - 1)) &&
           tokens[k - 1].span.end == tokens[k].span.begin && k + 1 < end && chars::is_ascii_upper(tok(k + 1)[0]);
  };

  // Only verbs near the quote or fact count; this also keeps the work per
  // call bounded in a paragraph of thousands of quotes.
  constexpr uint32_t kWindow = 40;
  const uint32_t at_near = static_cast<uint32_t>(
      std::partition_point(tokens.begin() + begin, tokens.begin() + end,
                           [&](const Token& t) { return t.span.begin < near; }) -
      tokens.begin());
  const uint32_t lo = at_near > begin + kWindow ? at_near - kWindow : begin;
  const uint32_t hi = std::min(end, at_near + kWindow);
  std::optional<Attribution> found;
  std::optional<Attribution> earlier_subject;  // the subject of the last speech verb seen
  uint32_t best_distance = UINT32_MAX;
  // "the veto" and then a quotation: the object a verdict verb gives words about.
  const auto object_then_quote = [&](uint32_t k) {
    constexpr uint32_t kObjectWords = 3;
    if (k >= end || !(iequals(tok(k), "the") || iequals(tok(k), "it") || iequals(tok(k), "them") || iequals(tok(k), "this")))
      return false;
    for (uint32_t m = k + 1; m < end && m <= k + kObjectWords; ++m) {
      if (quoted(m)) return true;
      if (tokens[m].kind != TokenKind::kWord) return false;
    }
    return false;
  };
  // "At least 18 people were killed, including ..., when gunmen opened fire ... in the town of
  // Malakal, the UN and the aid group said on Thursday": the words closing a sentence, after a
  // comma, speak for all of it, past the window (of a sentence of common length: a run-on
  // scrape of thousands of words has no one closing).
  constexpr uint32_t kClosingWords = 8, kLongestSentence = 100;
  const bool closing_past_window = end > hi && end - begin <= kLongestSentence;
  const uint32_t closing_from = end > hi + kClosingWords ? end - kClosingWords : hi;
  const uint32_t scan_end = closing_past_window ? end : hi;
  // (A comma within the closing words or the few before them: "..., the National Human Rights Defense Network
  // (RNDDH) said on Wednesday", a long name and its acronym between.)
  constexpr uint32_t kCommaBack = 12;
  const uint32_t comma_from = std::max(begin, closing_from - std::min(closing_from, kCommaBack));
  const auto comma_opens_closing = [&](uint32_t v) {
    for (uint32_t k = v; k-- > comma_from;)
      if (tok(k) == ",") return true;
    return false;
  };
  for (uint32_t v = lo; v < scan_end; v = v + 1 == hi ? closing_from : v + 1) {
    if (quoted(v)) continue;
    if (v >= hi && !comma_opens_closing(v)) continue;
    const std::string_view w = tok(v);
    int kind = verb_kind(w);
    // "his employer called \"absurd\"": "called" gives words only when they follow it at once
    // (not "what it called a rocket attack", nor "called the attack \"a violation\"").
    // ("The US envoy called the veto \"shameful\"": a short object first, a determiner opening it.)
    if ((iequals(w, "called") || iequals(w, "calls")) && !(v + 1 < end && quoted(v + 1)) && !object_then_quote(v + 1))
      kind = 0;
    // ("He called claims that ... \"shocking\"", "it had received reports of 183 people killed": the
    // object of a verb before, a noun.)
    if (kind == 1 && is_report_noun(w) && v > begin && ends_with_ed(tok(v - 1)) &&
        (chars::is_ascii_lower(tok(v - 1)[0]) || (v + 1 < end && iequals(tok(v + 1), "of"))))
      kind = 0;
    // ("an attack the government blamed on Islamic State": blame laid, no words given.)
    // ("soldiers blamed for Ngarbuh massacre": the blamed, in the passive, give no words either.)
    if (kind == 2 && v + 1 < end && (iequals(tok(v + 1), "on") || (iequals(tok(v + 1), "for") && iequals(w, "blamed"))))
      kind = 0;
    // ("... but did not say whether": words not said are no attribution; nor "it could not
    // independently confirm a total".)
    if (kind != 0 && v > lo) {
      const uint32_t before = v - 1 > lo && ends_with_ly(tok(v - 1)) ? v - 2 : v - 1;
      if (iequals(tok(before), "not") || iequals(tok(before), "never") || tok(before) == "n't") kind = 0;
    }
    // ("accused of killing about 300 men in Moura, an allegation the military denied": who denies an
    // allegation gives no account of what it alleges.)
    if (kind != 0 && (iequals(w, "denied") || iequals(w, "denies") || iequals(w, "rejected") || iequals(w, "rejects"))) {
      constexpr uint32_t kDenierWords = 4;  // "the Malian military"
      for (uint32_t k = v; k-- > lo && v - k <= kDenierWords + 1;) {
        const std::string_view p = tok(k);
        if (iequals(p, "allegation") || iequals(p, "allegations") || iequals(p, "accusation") ||
            iequals(p, "accusations") || iequals(p, "charge") || iequals(p, "charges")) {
          kind = 0;
          break;
        }
        if (tokens[k].kind == TokenKind::kPunctuation) break;
      }
    }
    // ("Soldiers accused of executing at least 20 civilians": the accused, in the passive, give no words.)
    // (Not "a militia ..., which residents accuse of abducting and killing hundreds": the object moved ahead.)
    if (iequals(w, "accused") && v + 1 < end && iequals(tok(v + 1), "of") && !(v > begin && iequals(tok(v - 1), "which")))
      kind = 0;
    // ("The army units responded to the sources of fire": an act, not words; so is "troops had responded \"to
    // target the aggressors\"", another's words on the act.)
    if ((iequals(w, "responded") || iequals(w, "replied") || iequals(w, "answered")) && v + 2 < end &&
        ((iequals(tok(v + 1), "to") && !quoted(v + 2)) ||
         (v + 3 < end && tokens[v + 1].kind == TokenKind::kPunctuation && quoted(v + 2) && iequals(tok(v + 2), "to") &&
          chars::is_ascii_lower(tok(v + 3)[0]) && !iequals(tok(v + 3), "the") && !iequals(tok(v + 3), "a") &&
          !iequals(tok(v + 3), "an"))))
      kind = 0;
    // ("raised the death toll to 208", not "raised concerns": a toll raised or lowered is told.)
    if ((iequals(w, "raised") || iequals(w, "lowered")) &&
        !(v + 2 < end && (iequals(tok(v + 1), "the") || iequals(tok(v + 1), "its")) &&
          (iequals(tok(v + 2), "toll") ||
           (v + 3 < end && iequals(tok(v + 2), "death") && iequals(tok(v + 3), "toll")))))
      kind = 0;
    // "MSF is horrified by the killing of three of our colleagues": a body's
    // statement of its reaction reports what it reacts to.
    const bool reaction = kind == 0 && v + 1 < end && is_reaction_word(w) && be_form_before(v) &&
                          (iequals(tok(v + 1), "by") || iequals(tok(v + 1), "at"));
    if (reaction) kind = 1;
    // "The SOHR monitored the death of 4 members", "also learned that the
    // regime forces arrested 11": a monitor's verbs report only a death or a
    // clause they introduce (not "drones monitored the convoy").
    // ("had published yesterday that": a time word may come between.)
    if (kind == 0 && v + 1 < end && is_monitoring_verb(w) &&
        (iequals(tok(v + 1), "that") ||
         (v + 2 < end && iequals(tok(v + 2), "that") && tokens[v + 1].kind == TokenKind::kWord) ||
         (v + 2 < end && iequals(tok(v + 1), "the") && trigger_noun_after(tok(v + 2)))))
      kind = 1;
    // "Reuters journalists saw at least a dozen bodies": an eyewitness's own count (not "the
    // city saw heavy fighting").
    if (kind == 0 && iequals(w, "saw") && v > begin && is_eyewitness_noun(tok(v - 1))) kind = 1;
    // ("with the insurgents claiming they had killed": a speech verb only after "with" and its subject, below.)
    if (kind == 0 && iequals(w, "claiming")) kind = 1;
    std::optional<Attribution> candidate;
    // "a military source told state news agency SANA, which said the army had \"restored
    // security\"": the name before ", which" speaks.
    const bool relative_subject = kind == 1 && v >= begin + 3 && tok(v - 2) == "," &&
                                  (iequals(tok(v - 1), "which") || iequals(tok(v - 1), "who"));
    const Entity* antecedent = relative_subject ? name_before_comma(ctx, v - 2, begin) : nullptr;
    // ("claimed by the Group for the Support of Islam and Muslims (JNIM), an al-Qaeda affiliate, which said": past
    // a description in commas that the article opens.)
    if (relative_subject && !antecedent) {
      constexpr uint32_t kDescriptionWords = 6;
      uint32_t comma = v - 3;
      while (comma > begin && v - 3 - comma < kDescriptionWords && tok(comma) != "," && !quoted(comma)) --comma;
      if (comma > begin && tok(comma) == "," && comma + 1 < v - 2 &&
          (iequals(tok(comma + 1), "a") || iequals(tok(comma + 1), "an")))
        antecedent = name_before_comma(ctx, comma, begin);
    }
    const uint32_t antecedent_end =
        antecedent ? static_cast<uint32_t>(first_at_or_after(tokens, antecedent->span.end, token_span)) : 0;
    // ("those given by the Taliban authorities, who put the death toll at 25": a reporter's noun phrase.)
    const uint32_t reporter_antecedent = kind == 1 && !antecedent && v >= begin + 4 && tok(v - 2) == "," &&
                                                 iequals(tok(v - 1), "who") && is_reporter_noun(tok(v - 3))
                                             ? phrase_opening_before(v - 2)
                                             : kNoPerson;
    if (antecedent) {
      const auto first = static_cast<uint32_t>(first_at_or_after(tokens, antecedent->span.begin, token_span));
      candidate = make(first, antecedent_end, v);
    } else if (reporter_antecedent != kNoPerson) {
      candidate = make(reporter_antecedent, v - 2, v);
    } else if (iequals(w, "according") && v + 1 < end && iequals(tok(v + 1), "to")) {
      uint32_t b = v + 2, e = b;
      // ("According to the Al-Quds hospital four people died", its comma
      // lost: a count opens the clause the source is for.)
      // ("according to a Reuters tally based on figures from medics": the source, not its basis.)
      // ("according to the hospital director Dr. Bassam Ibrahim": a title's abbreviating period goes on.)
      while (e < end && e < b + 10 && (!is_boundary_punct(tok(e)) || title_period_after(e, b)) && !quoted(e) &&
             !(e > b && (tokens[e].kind == TokenKind::kNumber || number_value(tok(e)))) &&
             !(e > b && (iequals(tok(e), "based") || iequals(tok(e), "citing"))))
        ++e;
      // ("according to a tally by the Hurriyet Daily News": who kept the tally; "according to preliminary
      // findings by the UN peacekeeping mission MONUSCO and the UN human rights office": who found.)
      // ("according to earlier reports from the judiciary's Mizan news agency": who reported.)
      for (uint32_t k = b + 1; k + 1 < e; ++k)
        if ((iequals(tok(k), "by") && (iequals(tok(k - 1), "tally") || iequals(tok(k - 1), "count") ||
                                       iequals(tok(k - 1), "findings") || iequals(tok(k - 1), "investigation") ||
                                       iequals(tok(k - 1), "figures") || iequals(tok(k - 1), "estimates"))) ||
            (iequals(tok(k), "from") && (iequals(tok(k - 1), "reports") || iequals(tok(k - 1), "report")))) {
          b = k + 1;
          constexpr uint32_t kFinderWords = 12;
          while (e < end && e < b + kFinderWords && !is_boundary_punct(tok(e)) && !quoted(e)) ++e;
          break;
        }
      candidate = make(b, e, v);
      // ("according to the town's mayor, Abdullah Nureddin.": the person the role names, in apposition.)
      if (e > b && e + 1 < end && tok(e) == "," && lexicon::is_person_title(tok(e - 1)) &&
          chars::is_ascii_lower(tok(e - 1)[0]))
        if (const Entity* named = person_starting_at(e + 1)) {
          const auto named_end = static_cast<uint32_t>(first_at_or_after(tokens, named->span.end, token_span));
          if (named_end >= end || is_boundary_punct(tok(named_end))) candidate = make(e + 1, named_end, v);
        }
      // ("according to its monthly report released on Friday": the body the
      // sentence opens with owns the report.)
      if (b < e && (iequals(tok(b), "its") || iequals(tok(b), "their")))
        if (const Entity* owner = first_org_between(ctx, tokens[begin].span.begin, tokens[v].span.begin))
          candidate = make(static_cast<uint32_t>(first_at_or_after(tokens, owner->span.begin, token_span)),
                           static_cast<uint32_t>(first_at_or_after(tokens, owner->span.end, token_span)), v);
      // "according to" names the source outright: it wins over nearer verbs.
      // ('"...," Annan told the council, according to a diplomat': not over
      // the verb right after a quote, whose subject spoke the words.)
      const bool spoken_right_after_quote = found && !found->pronoun && quote_ends_at(near) &&
                                            tokens[found->verb_token].span.begin - near <= kRightAfterQuote;
      if (candidate && !spoken_right_after_quote) return candidate;
      if (spoken_right_after_quote) continue;
    } else if ((iequals(w, "reports") || iequals(w, "report")) && v + 1 < end && iequals(tok(v + 1), "that") &&
               v >= begin + 2 && org_ends_at(ctx, tokens[v - 1].span.end) &&
               (candidate = body_before_report_noun(v))) {
      // "amid UN reports that ...": the body whose reports they are.
    } else if (iequals(w, "quoted") && (candidate = quoted_as_saying(v, end))) {
      // "SANA quoted a police source as saying": the one quoted speaks.
      // ("President Rodrigo Duterte's spokesman Salvador Panelo quoted him as saying": "him" is the
      // person whose spokesman quotes him, named in the possessive before the verb.)
      const std::string_view quoted_one = candidate->span.of(ctx.text);
      if (iequals(quoted_one, "him") || iequals(quoted_one, "her")) {
        constexpr uint32_t kSubjectReach = 8;
        const Entity* owner = nullptr;
        for (uint32_t k = v; k > begin && v - k <= kSubjectReach && !owner; --k) {
          const std::string_view w = tok(k - 1);
          const size_t mark = w.size() >= 2 && w.substr(w.size() - 2) == "'s" ? 2 : 0;  // "Duterte's" is one token
          if (mark == 0) continue;
          if (const Entity* named = name_ending_at(ctx, tokens[k - 1].span.end - static_cast<uint32_t>(mark),
                                                   tokens[begin].span.begin);
              named && named->type == EntityType::kPerson)
            owner = named;
        }
        if (owner) {
          candidate->span = owner->span;
          candidate->name = std::string(owner->canonical.of(ctx.text));
        }
      }
    } else if (kind != 0 && !(v > begin && (iequals(tok(v - 1), "to") || is_determiner(tok(v - 1)))) &&
               !(chars::is_ascii_upper(w[0]) && person_name_starts_at(ctx, tokens[v].span.begin)) &&
               // "one person is reported missing": a passive speech verb names no one
               // (but "X was quoted as saying" names X).
               !(!iequals(w, "quoted") && !reaction && be_form_before(v)) &&
               !claims_no_words(v, end) &&
               !(is_report_noun(w) && v + 1 < end && is_speech_verb(tok(v + 1)))) {
      // Subject before the verb: walk back over the noun phrase, from
      // before a bracketed acronym ("the Syrian National Council (SNC) said").
      // ("Médecins Sans Frontières (MSF) is horrified by": past the verb's auxiliaries too.)
      uint32_t subject_limit = v;
      uint32_t chain = v;
      while (chain > begin && is_verb_companion(tok(chain - 1))) --chain;
      // ("A Syrian war monitoring group on Tuesday raised the death toll": the day between is the verb's.)
      // (Not after a relative pronoun: "Bashar Aljaafari who on Monday blamed" reads the name before it.)
      if (chain > begin + 2 && iequals(tok(chain - 2), "on") && lexicon::is_weekday(tok(chain - 1)) &&
          !is_clause_word(tok(chain - 3))) {
        chain -= 2;
        subject_limit = chain;
      }
      if (chain > begin + 2 && tok(chain - 1) == ")")
        for (uint32_t k = chain - 1; k > begin && chain - k <= 4; --k)
          if (tok(k - 1) == "(") { subject_limit = k - 1; break; }
      uint32_t a = subject_limit;
      uint32_t verb_chain = subject_limit;  // where the verb's auxiliaries and adverbs begin
      constexpr uint32_t kSubjectReach = 10;
      while (a > begin && subject_limit - a < kSubjectReach) {
        const std::string_view p = tok(a - 1);
        // "The Syrian Democratic Forces (SDF) General Command said": a body's
        // acronym inside the subject goes on.
        if (p == ")" && a >= begin + 4 && a < subject_limit && tok(a - 3) == "(" && chars::is_all_caps(tok(a - 2))) {
          a -= 3;
          continue;
        }
        // "a 30-year-old mother of three said": the parts of a hyphened word go on.
        if (a < subject_limit && in_hyphened_word(a - 1)) {
          --a;
          continue;
        }
        // "reports say", "media reports said": the noun, not a second verb.
        if (is_report_noun(p) && a == subject_limit) {
          --a;
          continue;
        }
        // "a war monitor and rescue workers said": two reporters joined by
        // "and", the phrase before it opening the clause.
        if (iequals(p, "and") && a < subject_limit && a >= begin + 2) {
          uint32_t k = a - 1;
          bool reporter = false;
          while (k > begin && a - 1 - k < 5 && !is_boundary_punct(tok(k - 1)) && !is_clause_word(tok(k - 1)) &&
                 !quoted(k - 1) && tokens[k - 1].kind != TokenKind::kNumber) {
            reporter |= is_reporter_noun(tok(k - 1));
            --k;
          }
          const bool opens_clause = k == begin || is_boundary_punct(tok(k - 1));
          // ("the U.N. and local officials said": a body's name before "and".)
          // ("Russia and the Syrian government say": a country acting, as a body does.)
          const bool country_before = is_country_name(ctx, {tokens[k].span.begin, tokens[a - 2].span.end});
          const bool body_before = org_ends_at(ctx, tokens[a - 2].span.end) || country_before;
          if ((reporter || body_before) && opens_clause && (is_reporter_noun(tok(a - 2)) || body_before)) {
            a = k;
            // ("..., four witnesses, activists and a diplomat said": the list's first reporters before a comma.)
            if (a >= begin + 3 && tok(a - 1) == "," && is_reporter_noun(tok(a - 2))) {
              uint32_t m = a - 2;
              while (m > begin && a - 1 - m < 4 && !is_boundary_punct(tok(m - 1)) && !is_clause_word(tok(m - 1)) &&
                     !quoted(m - 1) && tokens[m - 1].kind != TokenKind::kNumber)
                --m;
              // (Not an apposition to the victims' group: "members of the YBS, a Yazidi armed group, local officials
              // and the group said".)
              // (Nor the victims' part: "killing seven members of the Revolutionary Guard, including two senior
              // commanders, Iran's foreign ministry and state media said".)
              const bool victims_part = iequals(tok(m), "including") || iequals(tok(m), "among");
              if ((m == begin || is_boundary_punct(tok(m - 1))) && !iequals(tok(m), "a") && !iequals(tok(m), "an") &&
                  !victims_part)
                a = m;
            }
            break;
          }
        }
        // "security and medical officials said": two modifiers of one reporter joined by "and".
        if (iequals(p, "and") && a < subject_limit && a >= begin + 2 && is_reporter_modifier(tok(a - 2)) &&
            is_reporter_modifier(tok(a))) {
          a -= 2;
          continue;
        }
        // "... as well as Assad's forces it said": a pronoun is the whole subject.
        if (a == verb_chain && in(p, std::begin(kPronouns), std::end(kPronouns))) {
          --a;
          break;
        }
        // ("killed on Sunday Abu Shadi al-Hamwi said": no day opens a speaker's name.)
        // ("The UN Assistance Mission in Afghanistan said": "in" inside a name goes on.)
        // ("Fighting has killed 392, WHO says": in capitals "WHO" is the organisation.)
        // ("The UN mission in Afghanistan (UNAMA) said", "The UN office in Kabul said": a body's seat
        // after "in" goes on.)
        if (iequals(p, "in") && a < subject_limit && a >= begin + 2 && seat_of_body(a - 2, a, subject_limit)) {
          --a;
          continue;
        }
        // ("A relative of one of the dead told Rudaw": "the dead" after "of" is a noun, no clause's verb.)
        // ("A villager who helped recover the dead said": so is it as the object of a relative clause's verb.)
        const auto relative_clause_before = [&](uint32_t k) {
          constexpr uint32_t kClauseWordsBack = 5;
          for (uint32_t m = k; m > begin && k - m < kClauseWordsBack && tokens[m - 1].kind == TokenKind::kWord; --m)
            if (iequals(tok(m - 1), "who")) return true;
          return false;
        };
        const bool dead_of = a >= begin + 3 && (iequals(p, "dead") || iequals(p, "wounded") || iequals(p, "injured")) &&
                             iequals(tok(a - 2), "the") &&
                             (iequals(tok(a - 3), "of") || relative_clause_before(a - 2));
        const bool clause_word =
            is_clause_word(p) && !dead_of && !inside_name(ctx, tokens[a - 1].span) && !chars::is_all_caps(p);
        // ("Governor Mamintal Adiong Jr. said": the period closing a person's name is the name's.)
        const bool closes_person_name = p == "." && a >= begin + 2 && ends_person_name(ctx, tokens[a - 1].span);
        if ((is_boundary_punct(p) && !closes_person_name) || quoted(a - 1) || clause_word ||
            is_speech_verb(p) || tokens[a - 1].kind == TokenKind::kNumber ||
            (a < subject_limit && chars::is_ascii_upper(p[0]) && lexicon::is_weekday(p)))
          break;
        // "... the end of Ramadan an official said", its comma lost: an
        // article after a word that takes no noun phrase opens the subject
        // ("the head of the Observatory said" goes on past "of", and "Abu
        // Shadi al-Hamwi a local activist said" past the name it describes,
        // "a doctor receiving the wounded said" past the participle).
        // ("Save the Children said": an article inside a name goes on.)
        if ((iequals(p, "a") || iequals(p, "an") || iequals(p, "the")) && a >= begin + 2 &&
            !inside_name(ctx, tokens[a - 1].span) &&
            !lexicon::is_preposition(tok(a - 2)) && !iequals(tok(a - 2), "and") && !iequals(tok(a - 2), "or") &&
            !is_boundary_punct(tok(a - 2)) && !is_clause_word(tok(a - 2)) && !is_speech_verb(tok(a - 2)) &&
            !person_name_ends_at(ctx, tokens[a - 2].span.end) && !is_participle(tok(a - 2))) {
          --a;
          break;
        }
        // "on charges his employer called \"absurd\"": a possessive opens the subject.
        if ((iequals(p, "his") || iequals(p, "her") || iequals(p, "their")) && a < subject_limit && a >= begin + 2 &&
            !is_boundary_punct(tok(a - 2)) && !iequals(tok(a - 2), "and") && !iequals(tok(a - 2), "of")) {
          --a;
          break;
        }
        // Auxiliaries belong to the verb: "has said", "was quoted", "had earlier put";
        // so does an adverb in "-ly" right before it ("is deeply saddened").
        if (is_verb_companion(p) || (a == verb_chain && adverb_in_verb_chain(a - 1))) {
          if (a == verb_chain) {
            --a;
            --verb_chain;
            continue;
          }
          break;
        }
        --a;
      }
      uint32_t subject_end = subject_limit;
      while (subject_end > a && (is_verb_companion(tok(subject_end - 1)) ||
                                 (subject_end == subject_limit && adverb_in_verb_chain(subject_end - 1))))
        --subject_end;
      // "Dr Mohammad Akbar of the Emergency surgical hospital in the city said": a named person
      // heading the subject speaks; "of ..." tells where the person works (and the walk may have
      // stopped inside the name, the phrase being longer than its reach).
      if (const auto named = person_heading(ctx, a, subject_end); named && named->first >= begin) {
        a = named->first;
        subject_end = named->second;
      } else if (a > begin + 1 && subject_limit - a >= kSubjectReach && lexicon::is_preposition(tok(a))) {
        // ("Zakaria Malahifji head of the political office of the Aleppo-based opposition group Fastaqim
        // told Reuters", its commas lost: the reach ended at "of" after a role; the person before it speaks.)
        uint32_t k = a;
        while (k > begin + 1 && a - k < 2 && chars::is_ascii_lower(tok(k - 1)[0]) && lexicon::is_person_title(tok(k - 1))) --k;
        if (const uint32_t first = k < a ? person_ending_before(k) : kNoPerson; first != kNoPerson) {
          a = first;
          subject_end = k;
        }
      }
      // "the medical charity that supports the facility said": the words found are the relative
      // clause's object; the subject opens with the noun phrase before "that".
      if (a >= begin + 4 && (iequals(tok(a - 2), "that") || iequals(tok(a - 2), "which")) &&
          chars::is_ascii_lower(tok(a - 1)[0]) && tok(a - 1).size() > 3 && tok(a - 1).back() == 's' &&
          tokens[a - 3].kind == TokenKind::kWord && chars::is_ascii_lower(tok(a - 3)[0])) {
        constexpr uint32_t kSubjectWords = 5;  // "the medical charity"
        uint32_t s = a - 3;
        while (s > begin && a - 3 - s < kSubjectWords && tokens[s - 1].kind == TokenKind::kWord && !quoted(s - 1) &&
               !is_clause_word(tok(s - 1)) && !is_speech_verb(tok(s - 1)) && !lexicon::is_preposition(tok(s - 1)) &&
               !iequals(tok(s - 1), "and"))
          --s;
        if (s < a - 2 && (iequals(tok(s), "the") || iequals(tok(s), "a") || iequals(tok(s), "an"))) a = s;
      }
      // "the Baba Amro activist, who calls himself Ahmed, said:" - the
      // subject stands before the parenthetical clause.
      // (Not "..., while 35 troops died, said Col. Majili": a clause of its own
      // between the commas; the speaker follows the verb.)
      uint32_t comma = a > begin ? a - 1 : a;
      while (comma > begin && a - comma < 25 && tok(comma - 1) != "," && !quoted(comma - 1)) --comma;
      // ("The Observatory, which relies on a network of activists, doctors and lawyers, said":
      // the relative clause's own commas; it opens at ", which".)
      if (comma > begin && !iequals(tok(comma), "which") && !iequals(tok(comma), "who"))
        for (uint32_t k = comma - 1; k > begin + 1 && a - k < 25 && !quoted(k - 1) &&
                                     (tok(k - 1) == "," || !is_boundary_punct(tok(k - 1)));
             --k)
          if (tok(k - 1) == "," && (iequals(tok(k), "which") || iequals(tok(k), "who"))) {
            comma = k;
            break;
          }
      // ("... a district headquarters in Andar, killing at least 25 police officers, said Mohammad Arif
      // Shahjahan": a toll's participle opens a clause of its own too.)
      const bool clause_between =
          comma < a && (is_conjunction(tok(comma)) || iequals(tok(comma), "killing") || iequals(tok(comma), "wounding") ||
                        iequals(tok(comma), "injuring") || iequals(tok(comma), "leaving"));
      // (Not before "said" and a name after it: "mourners gathered for the funeral of Nisar Ahmad Ahmadi, who was
      // killed ..., said Abdul Nafi Takor" is the name's.)
      const bool said_then_name = v > begin && v + 1 < end && tok(v - 1) == "," && person_starting_at(v + 1) != nullptr;
      if (subject_end == a && a > begin && tok(a - 1) == "," && !clause_between && !said_then_name) {
        // "The UN envoy, Staffan de Mistura, told": the name in apposition
        // is the speaker.
        // So is a body's acronym: "The U.N. peacekeeping mission in Congo, MONUSCO, said".
        if (comma > begin && tok(comma - 1) == "," && comma < a - 1 &&
            (is_person_name(ctx, {tokens[comma].span.begin, tokens[a - 2].span.end}) ||
             is_org_name(ctx, {tokens[comma].span.begin, tokens[a - 2].span.end}))) {
          candidate = make(comma, a - 1, v);
        } else if (const auto named = comma > begin && tok(comma - 1) == "," ? self_named_in(ctx, comma, a - 1)
                                                                             : std::nullopt) {
          // "Her neighbour, a former teacher who gave his name as Abu Yazan, says".
          candidate = make(named->first, named->second, v);
        } else if (comma > begin && tok(comma - 1) == "," &&
                   // (Not a main clause between: "About 500 people, mostly soldiers, have been killed in
                   // Ramadi, said Muhannad Haimour" names its speaker after the verb.)
                   !(lexicon::is_be_form(tok(comma)) || iequals(tok(comma), "have") || iequals(tok(comma), "has") ||
                     iequals(tok(comma), "had"))) {
          uint32_t s = comma - 1;
          // "The Syrian American Medical Society (SAMS), which supports it, said".
          if (s > begin + 2 && tok(s - 1) == ")")
            for (uint32_t k = s - 1; k > begin && s - k <= 4; --k)
              if (tok(k - 1) == "(") { s = k - 1; break; }
          uint32_t k = s;
          while (k > begin && s - k < 8 && !is_boundary_punct(tok(k - 1)) &&
                 !is_clause_word(tok(k - 1)))
            --k;
          // "Umm Ahmed, 41, who reached the camp ..., said": an age in commas
          // stands between the name and its clause.
          if (s == k + 1 && tokens[k].kind == TokenKind::kNumber && k > begin + 1 && tok(k - 1) == ",") {
            s = k - 1;
            for (k = s; k > begin && s - k < 8 && !is_boundary_punct(tok(k - 1)) && !is_clause_word(tok(k - 1));) --k;
          }
          // "A rebel commander in Aleppo, who declined to be named, said": the
          // place belongs to the reporter before it; hop by hop in "A medical
          // official at a hospital in Hajjah".
          constexpr int kMostHops = 3;
          constexpr uint32_t kWordsBeforeReporter = 4;  // "A senior rebel commander"
          // ("A doctor at the Federal Medical Centre in Owo, who spoke on condition of anonymity, said": a
          // named institution's seat, then the reporter working there.)
          for (int hop = 0; hop < kMostHops && k >= begin + 2 && lexicon::is_preposition(tok(k - 1)) &&
                            (is_reporter_noun(tok(k - 2)) || institution_ends_at(ctx, k - 2));
               ++hop) {
            k -= 2;
            for (uint32_t m = 0; m < kWordsBeforeReporter && k > begin && !is_boundary_punct(tok(k - 1)) &&
                                 !is_clause_word(tok(k - 1)) && !is_speech_verb(tok(k - 1));
                 ++m)
              --k;
            // "residents and rebels in the town of Talbiseh": two reporters joined by "and".
            if (k >= begin + 2 && iequals(tok(k - 1), "and") && is_reporter_noun(tok(k - 2))) {
              k -= 2;
              while (k > begin && !is_boundary_punct(tok(k - 1)) && !is_clause_word(tok(k - 1)) &&
                     !is_speech_verb(tok(k - 1)) && (chars::is_ascii_lower(tok(k - 1)[0]) || iequals(tok(k - 1), "The")) &&
                     s - k < 16)
                --k;
            }
          }
          if (k < s) candidate = make(k, s, v);
        }
      }
      // Stopped at a preposition: the words are its object, not the
      // subject. "The diplomat who spoke of efforts in Homs said": the
      // subject stands before the relative pronoun.
      const bool after_preposition = a > begin && lexicon::is_preposition(tok(a - 1));
      // ("..., with the insurgents claiming they had killed more than 60": "with" and a participle; the
      // words between speak.)
      // ("Damascus claiming a major army offensive ...", "claiming the life of a girl": otherwise no speaker.)
      const bool with_participle = subject_end > a && after_preposition && iequals(tok(a - 1), "with") &&
                                   (iequals(w, "saying") || iequals(w, "claiming"));
      if (iequals(w, "claiming") && !with_participle) continue;
      if (!candidate && with_participle) candidate = make(a, subject_end, v);
      // ("A resident reached by phone said": the speaker before how they were reached.)
      if (!candidate && subject_end > a && after_preposition && iequals(tok(a - 1), "by") && a >= begin + 3 &&
          (iequals(tok(a - 2), "reached") || iequals(tok(a - 2), "contacted"))) {
        constexpr uint32_t kSpeakerWords = 5;
        uint32_t s = a - 2;
        while (s > begin && a - 2 - s < kSpeakerWords && !is_boundary_punct(tok(s - 1)) && !quoted(s - 1) &&
               !is_clause_word(tok(s - 1)) && !is_speech_verb(tok(s - 1)))
          --s;
        if (s < a - 2) candidate = make(s, a - 2, v);
      }
      if (!candidate && subject_end > a && after_preposition) {
        for (uint32_t k = a - 1; k > begin && a - k < 30; --k) {
          // ("Two officers who were at the post were killed, a source in the
          // army told TASS": a comma closes the subject; the clause before is another's.)
          if (tok(k) == "," || is_boundary_punct(tok(k))) break;
          if (!iequals(tok(k), "who")) continue;
          uint32_t s = k;
          while (s > begin && k - s < 8 && !is_boundary_punct(tok(s - 1)) && !quoted(s - 1) && !is_clause_word(tok(s - 1)))
            --s;
          // "An activist in Deir al-Zour who ...": the place belongs to the reporter before it.
          if (s >= begin + 2 && lexicon::is_preposition(tok(s - 1)) && is_reporter_noun(tok(s - 2))) {
            s -= 2;
            for (uint32_t m = 0; m < 3 && s > begin && !is_boundary_punct(tok(s - 1)) && !quoted(s - 1) &&
                                 !is_clause_word(tok(s - 1)) && !is_speech_verb(tok(s - 1));
                 ++m)
              --s;
          }
          const auto named = self_given_name(ctx, k, v);
          if (named) candidate = make(named->first, named->second, v);
          else if (s < k) candidate = make(s, k, v);
          break;
        }
        // Or a reporting noun or an organisation heads the subject before
        // the preposition: "activists in Homs said", "the UN Mission in Afghanistan said".
        // ("a police officer in the nearby town of Amiriyat al-Falluja told
        // Reuters": back over the place's phrase to the reporter.)
        uint32_t head = a >= begin + 2 ? a - 2 : a;
        constexpr uint32_t kPlaceWords = 6;
        // ("A spokesman at the hospital in Kafr Takharim said": hop by hop; "A medical official at a
        // hospital in the city of Aden said": past "a" too.)
        for (uint32_t j = a - 1; !candidate && j > begin + 1 && a - j <= 2 * kPlaceWords &&
                                 (in_place_phrase(tok(j - 1)) || is_reporter_noun(tok(j - 1)) ||
                                  iequals(tok(j - 1), "a") || iequals(tok(j - 1), "an"));
             --j)
          if (lexicon::is_preposition(tok(j - 1)) && is_reporter_noun(tok(j - 2))) head = j - 2;
        if (!candidate && a >= begin + 2 && (is_reporter_noun(tok(head)) || org_ends_at(ctx, tokens[a - 2].span.end))) {
          uint32_t k = head;
          while (k > begin && head - k < 4 && !is_boundary_punct(tok(k - 1)) && !quoted(k - 1) &&
                 !is_clause_word(tok(k - 1)) && !is_speech_verb(tok(k - 1)) &&
                 tokens[k - 1].kind != TokenKind::kNumber)
            --k;
          // ("Dr Mohammad Akbar of the Emergency surgical hospital in the city said": the reach ended at
          // "of" after a person's name; the person speaks.)
          const uint32_t first = k > begin && lexicon::is_preposition(tok(k)) ? person_ending_before(k) : kNoPerson;
          candidate = first != kNoPerson ? make(first, k, v) : make(k, subject_end, v);
        }
        // "A resident reached by telephone said": a participle and its
        // phrase after the reporter.
        // (Only a verb of getting in touch: not "three soldiers killed in attack blamed".)
        const auto contacted = [&](std::string_view w) {
          return iequals(w, "reached") || iequals(w, "contacted") || iequals(w, "interviewed");
        };
        // ("A resident of Téra reached by telephone said": the reporter's place may come between.)
        uint32_t reporter = a >= begin + 3 ? a - 3 : a;
        if (a >= begin + 3 && !is_reporter_noun(tok(reporter))) {
          constexpr uint32_t kPlaceNameWords = 3;
          uint32_t j = reporter + 1;  // [j, reporter] the place's capitalised words
          while (j > begin + 2 && reporter + 1 - j < kPlaceNameWords && chars::is_ascii_upper(tok(j - 1)[0])) --j;
          if (j <= reporter && j >= begin + 2 &&
              (iequals(tok(j - 1), "of") || iequals(tok(j - 1), "in") || iequals(tok(j - 1), "from")) &&
              is_reporter_noun(tok(j - 2)))
            reporter = j - 2;
        }
        if (!candidate && a >= begin + 3 && contacted(tok(a - 2)) && is_reporter_noun(tok(reporter))) {
          uint32_t k = reporter;
          while (k > begin && reporter - k < 3 && !is_boundary_punct(tok(k - 1)) && !quoted(k - 1) &&
                 !is_clause_word(tok(k - 1)) && !is_speech_verb(tok(k - 1)))
            --k;
          candidate = make(k, a - 2, v);
        }
        // "Militants from the Islamic State posted": a short noun phrase
        // opening the sentence, then "from" or "of" and the group it belongs to.
        // ("BAGHDAD (AP) — Militants from ...": or after the dateline's dash.)
        constexpr uint32_t kHeadWords = 3;
        const uint32_t preposition = a - 1;
        if (!candidate && preposition > begin &&
            (iequals(tok(preposition), "from") || iequals(tok(preposition), "of"))) {
          uint32_t head = preposition;
          while (head > begin && preposition - head < kHeadWords && tokens[head - 1].kind == TokenKind::kWord &&
                 !is_speech_verb(tok(head - 1)) && !quoted(head - 1) && !lexicon::is_preposition(tok(head - 1)))
            --head;
          const bool opens = head == begin || tok(head - 1) == "-" || tok(head - 1) == "--";
          if (head < preposition && opens) candidate = make(head, subject_end, v);
        }
        if (!candidate) continue;
      }
      // "a resident who asked not to be named told": the walk stopped inside
      // a relative clause; the speaker is the noun phrase before "who".
      // ("a passenger who was injured told Reuters": the walk stopped at once, at the clause's participle.)
      const bool who_was_hurt = v >= begin + 4 && iequals(tok(v - 3), "who") && lexicon::is_be_form(tok(v - 2)) &&
                                ends_with_ed(tok(v - 1)) && !quoted(v - 1);
      if (!candidate && ((subject_end > a && !after_preposition) || who_was_hurt)) {
        constexpr uint32_t kClauseReach = 12;
        for (uint32_t k = a; k-- > begin + 1 && a - k <= kClauseReach;) {
          if (is_boundary_punct(tok(k)) || quoted(k)) break;
          if (!iequals(tok(k), "who")) continue;
          uint32_t s = k;
          while (s > begin && k - s < 8 && !is_boundary_punct(tok(s - 1)) && !quoted(s - 1) && !is_clause_word(tok(s - 1)) &&
                 !is_speech_verb(tok(s - 1)))
            --s;
          const auto named = self_given_name(ctx, k, v);
          if (named) candidate = make(named->first, named->second, v);
          else if (s < k) candidate = make(s, k, v);
          break;
        }
      }
      // "A statement from the YBS named the dead, and accused Turkey of
      // \"targeting ...\"": a second verb of the sentence's subject, the body
      // named in its first words.
      // (So is ", saying" after the sentence's verb: "The government delegation hit back at Western
      // powers, saying Washington was backing \"terrorists\"".)
      // (Not before a pronoun: "Unicef issued a statement, saying it had" names its body as "it".)
      const bool participle_after_comma = (iequals(w, "saying") || iequals(w, "adding")) && tok(v - 1) == "," &&
                                          !(v + 1 < end && in(tok(v + 1), std::begin(kPronouns), std::end(kPronouns)));
      if (!candidate && subject_end == a && v > begin && (iequals(tok(v - 1), "and") || participle_after_comma))
        if (const auto opener = subject_opening_sentence(ctx, begin, v)) candidate = make(opener->first, opener->second, v);
      // "... and investigates claims of civilian casualties": after a lone
      // lower-case word that names no one, "claims" and "reports" are nouns.
      const bool noun_not_verb = (iequals(w, "claims") || iequals(w, "reports")) && subject_end == a + 1 &&
                                 chars::is_ascii_lower(tok(a)[0]) && !is_reporter_noun(tok(a));
      if (!candidate && subject_end > a && noun_not_verb) continue;
      if (!candidate && subject_end > a) {
        candidate = make(a, subject_end, v);
      } else if (!candidate && v + 1 < end && (v == begin || tok(v - 1) == "," || tok(v - 1) == "\"" || quoted(v - 1)) &&
                 !(w.size() > 4 && w.substr(w.size() - 3) == "ing")) {
        // Inverted: '"...," said Abu Khaled, a resident'. (Never a participle:
        // in "..., saying the group had chosen" the group is what was said.)
        uint32_t b = v + 1, e = b;
        // ("said Brig. Gen. Ahmed Asiri": a title's abbreviating period goes on.)
        while (e < end && e < b + 10 && (!is_boundary_punct(tok(e)) || title_period_after(e, b) || in_hyphened_word(e)) &&
               !quoted(e) &&
               !is_clause_word(tok(e)) && !iequals(tok(e), "on") &&
               !iequals(tok(e), "in") &&
               // ("said a humanitarian worker reached by phone": not the participle telling how they were reached.)
               !(e > b && e + 1 < end && tok(e).size() > 3 && chars::is_ascii_lower(tok(e)[0]) &&
                 tok(e).substr(tok(e).size() - 2) == "ed" && iequals(tok(e + 1), "by")))
          ++e;
        // The phrase after an inverted verb is a name or a description:
        // "said Abu Khaled", "said one soldier"; not "saying only that".
        const std::string_view first = e > b ? tok(b) : std::string_view();
        const bool noun_phrase = !first.empty() && (chars::is_ascii_upper(first[0]) || iequals(first, "a") ||
                                                    iequals(first, "an") || iequals(first, "the") ||
                                                    iequals(first, "one") || iequals(first, "another") ||
                                                    iequals(first, "his") ||
                                                    iequals(first, "her") || iequals(first, "their") ||
                                                    lexicon::is_person_title(first) ||
                                                    // (a headline's "..., say residents")
                                                    (e == b + 1 && is_reporter_noun(first)) ||
                                                    // ("said lawmaker Abdirahman Abdishakur Warsame": a role's
                                                    // noun before the name.)
                                                    (e > b + 1 && is_reporter_noun(first) &&
                                                     chars::is_ascii_lower(first[0]) &&
                                                     chars::is_ascii_upper(tok(b + 1)[0])) ||
                                                    // ("said camp resident Naji Hamdan": a role's modifier first)
                                                    (chars::is_ascii_lower(first[0]) && b + 1 < e &&
                                                     (lexicon::is_person_title(tok(b + 1)) || is_reporter_noun(tok(b + 1))) &&
                                                     is_person_name(ctx, {tokens[b + 2 < e ? b + 2 : b + 1].span.begin,
                                                                          tokens[e - 1].span.end})));
        // (Not '... who called it "one of the most difficult days", announced a crackdown': after a verb that
        // seldom turns round, a determiner's phrase of lower-case words names someone only by a word for a teller,
        // a title or a body; "said a shopkeeper" is a teller by any noun.)
        const bool determiner_first = iequals(first, "a") || iequals(first, "an") || iequals(first, "the");
        const bool turns_round = iequals(w, "said") || iequals(w, "says") || iequals(w, "added") ||
                                 iequals(w, "adds") || iequals(w, "asked") || iequals(w, "recalled") ||
                                 iequals(w, "explained") || iequals(w, "told") || iequals(w, "wrote");
        if (noun_phrase && determiner_first && !turns_round && e > b + 1 && !names_teller(b + 1, e)) continue;
        if (noun_phrase) {
          // '"...," said an activist in Daraya who gave his name as Abu Kinan.'
          constexpr uint32_t kPlaceWords = 5;
          for (uint32_t k = e; k < end && k <= e + kPlaceWords && !is_boundary_punct(tok(k)) && !quoted(k); ++k) {
            if (!iequals(tok(k), "who")) continue;
            if (const auto named = self_given_name(ctx, k, end)) candidate = make(named->first, named->second, v);
            break;
          }
        }
        // '"...," said Abu Bakr a member of the civil defence' (its comma lost): the name.
        if (noun_phrase && !candidate)
          if (const auto named = name_before_description(ctx, b, e)) candidate = make(named->first, named->second, v);
        if (noun_phrase && !candidate) {
          const auto name = name_in_apposition(ctx, e, end);
          candidate = name ? make(name->first, name->second, v) : make(b, e, v);
        }
      }
    }
    // "The government blamed armed gangs and said 10 soldiers had been
    // killed": a verb after "and" shares the subject of the verb before.
    const bool joined = kind == 1 && v > begin && iequals(tok(v - 1), "and");
    if (!candidate && joined && earlier_subject) {
      candidate = earlier_subject;
      candidate->verb_token = v;
    }
    // "A Taliban spokesman, Qari Yousuf Ahmadi, rejected the figures and
    // said ...": with no speech verb before, the person opening the sentence.
    if (!candidate && joined && !earlier_subject) candidate = person_opening(begin, v);
    if (candidate && kind == 1 && !joined) earlier_subject = candidate;
    if (!candidate) continue;
    // '"cleansed Daraya ..." and showed bodies, which it blamed on the
    // rebels': a relative clause after the quote speaks of its own object.
    if (candidate->pronoun && tokens[v].span.begin > near && v >= begin + 2 &&
        (iequals(tok(v - 2), "which") || iequals(tok(v - 2), "that")))
      continue;
    // "Amateur videos posted online showed the bodies": footage shows, it tells nothing.
    if (!candidate->pronoun && is_media_noun(candidate->span.of(ctx.text).substr(candidate->span.of(ctx.text).rfind(' ') + 1)))
      continue;
    // "killed in the strike said the Civil Defence" (its comma lost): a
    // weapon or an attack says nothing; the speaker follows the verb.
    if (names_a_weapon(candidate->name)) {
      candidate = named_right_after(ctx, v);
      if (!candidate) continue;
    }
    const uint32_t pos = tokens[v].span.begin;
    // ("... left more than 140 dead and 525 wounded; Saudi-led coalition
    // denies involvement": a semicolon ends the clause the words belong to.)
    if (pos > near && semicolon_between(near, v)) continue;
    const uint32_t distance = pos > near ? pos - near : near - pos;
    if (distance < best_distance) {
      best_distance = distance;
      found = candidate;
    }
  }
  return found;
}

std::optional<std::string> resolve_definite_description(const AttributionContext& ctx, Span mention_span) {
  const std::string_view mention = mention_span.of(ctx.text);
  if (const Entity* titled = earlier_titled_person(ctx.text, *ctx.entities, mention))
    return std::string(titled->canonical.of(ctx.text));
  if (const Entity* monitor = earlier_monitor(ctx.text, *ctx.entities, mention))
    return std::string(monitor->canonical.of(ctx.text));
  if (const auto described = earlier_description(ctx.text, *ctx.tokens, mention)) return std::string(*described);
  return std::nullopt;
}

// "The medical worker ...", "a member of ...": one person, by a lower-case noun of who tells within the two
// words after the article (not a body: "the ministry", "the agency").
bool person_noun_within(const AttributionContext& ctx, Span phrase) {
  static constexpr std::string_view kNotPeople[] = {"agency", "hospital", "complex", "clinic", "defence", "defense",
                                                    "media", "group", "delegation", "staff", "monitor"};
  static const WordSet not_people(kNotPeople);
  const auto& tokens = *ctx.tokens;
  const size_t the = first_at_or_after(tokens, phrase.begin, token_span);
  for (size_t k = the + 1; k < tokens.size() && k <= the + 2 && tokens[k].span.end <= phrase.end; ++k) {
    const std::string_view w = tokens[k].span.of(ctx.text);
    if (chars::is_ascii_lower(w[0]) && w.back() != 's' && is_reporter_noun(w) && !is_body_noun(w) && !not_people.contains(w))
      return true;
  }
  return false;
}

// The unnamed person who speaks in the sentence before the one at `at`, in
// its paragraph: "A doctor at one of the city's hospitals ... said".
std::optional<Attribution> described_speaker_before(const AttributionContext& ctx, const Segmentation& seg, uint32_t at) {
  const auto& sents = seg.sentences;
  auto it = std::partition_point(sents.begin(), sents.end(), [&](const Sentence& s) { return s.span.end <= at; });
  if (it == sents.end() || it == sents.begin()) return std::nullopt;
  // The sentence before may close the paragraph before, when the one at `at` opens its own (a quote under the
  // paragraph that introduced its speaker); and one sentence about "he" or "she" may come between ("..., a
  // member of the rescue team told Mizzima. He asked not to be named.").
  const auto close_enough = [&](const Sentence& before, const Sentence& after) {
    return before.paragraph == after.paragraph || before.paragraph + 1 == after.paragraph;
  };
  auto before_it = it - 1;
  if (!close_enough(*before_it, *it)) return std::nullopt;
  auto said = find_attribution(ctx, before_it->token_begin, before_it->token_end, before_it->span.end);
  const std::string_view opening = (*ctx.tokens)[before_it->token_begin].span.of(ctx.text);
  const bool about_him_or_her = chars::iequals(opening, "he") || chars::iequals(opening, "she");
  if ((!said || said->pronoun) && about_him_or_her && before_it != sents.begin() &&
      (before_it - 1)->paragraph == before_it->paragraph) {
    --before_it;
    said = find_attribution(ctx, before_it->token_begin, before_it->token_end, before_it->span.end);
  }
  if (!said || said->pronoun) return std::nullopt;
  // A person, not a body or a name (named people are found by name).
  const std::string_view phrase = said->span.of(ctx.text);
  const std::string_view first = phrase.substr(0, phrase.find(' '));
  // ("The medical worker at Kadugli Teaching Hospital said ...": one person by a definite description too.)
  const bool person_noun = person_noun_within(ctx, said->span);
  const bool definite_person = chars::iequals(first, "the") && person_noun;
  if (!(chars::iequals(first, "a") || chars::iequals(first, "an") || chars::iequals(first, "one") || definite_person))
    return std::nullopt;
  // (A phrase closing on a body's name is the body's, unless a person's noun opens it: "a member of the Kyaukme
  // Rescue Team".)
  const auto& ents = *ctx.entities;
  for (size_t i = first_at_or_after(ents, said->span.begin, entity_span); i < ents.size() && ents[i].span.end <= said->span.end; ++i)
    if (ents[i].type != EntityType::kLoc && ents[i].span.end == said->span.end &&
        (ents[i].type == EntityType::kPerson || !person_noun))
      return std::nullopt;
  return said;
}

std::optional<Span> body_opening_sentence_before(std::string_view text, const Segmentation& seg,
                                                 const std::vector<Entity>& ents, Span pronoun) {
  const auto& sents = seg.sentences;
  auto it = std::partition_point(sents.begin(), sents.end(), [&](const Sentence& s) { return s.span.end <= pronoun.begin; });
  if (it == sents.end()) return std::nullopt;
  // The pronoun opens its sentence, or its main clause after an opening
  // phrase ("In a monthly report issued in April, it said"): the body is in
  // the sentence before.
  const auto opens_main_clause = [&]() {
    const uint32_t at = static_cast<uint32_t>(first_at_or_after(seg.tokens, pronoun.begin, token_span));
    const std::string_view first = seg.tokens[it->token_begin].span.of(text);
    if (at <= it->token_begin + 1 || seg.tokens[at - 1].span.of(text) != "," || !lexicon::is_preposition(first))
      return false;
    const size_t e = first_at_or_after(ents, it->span.begin, entity_span);
    return e >= ents.size() || ents[e].span.begin >= pronoun.begin || ents[e].type != EntityType::kOrg;
  };
  if (seg.tokens[it->token_begin].span.begin == pronoun.begin || opens_main_clause()) {
    if (it == sents.begin() || (it - 1)->paragraph != it->paragraph) return std::nullopt;
    --it;
  }
  const Sentence& s = *it;
  const size_t e = first_at_or_after(ents, s.span.begin, entity_span);
  constexpr uint32_t kOpening = 2;  // "The", "the Syrian"
  if (e < ents.size() && ents[e].type == EntityType::kOrg && ents[e].span.begin < pronoun.begin &&
      ents[e].span.begin <= seg.tokens[std::min(s.token_begin + kOpening, s.token_end - 1)].span.begin)
    return ents[e].span;
  // "Turkey's military said ...": a country's body, named by its possessive
  // and up to three lower-case words ("Russia's defence ministry").
  if (e < ents.size() && ents[e].type == EntityType::kLoc && ents[e].span.begin == s.span.begin &&
      text.substr(ents[e].span.end, 3) == "'s " && lexicon::is_country_or_region(ents[e].span.of(text))) {
    constexpr uint32_t kBodyWords = 3;
    const uint32_t after = static_cast<uint32_t>(first_at_or_after(seg.tokens, ents[e].span.end + 3, token_span));
    uint32_t k = after;
    while (k < s.token_end && k < after + kBodyWords && seg.tokens[k].kind == TokenKind::kWord &&
           chars::is_ascii_lower(seg.tokens[k].span.of(text)[0]) && !is_speech_verb(seg.tokens[k].span.of(text)))
      ++k;
    if (k > after && k < s.token_end && is_speech_verb(seg.tokens[k].span.of(text)))
      return Span{ents[e].span.begin, seg.tokens[k - 1].span.end};
  }
  // "The government put ...": "The" and one lower-case noun; or with a
  // nationality before it: "The Israeli military disputed ...".
  if (s.token_end - s.token_begin < 3) return std::nullopt;
  const std::string_view first = seg.tokens[s.token_begin].span.of(text);
  uint32_t noun_at = s.token_begin + 1;
  if (e < ents.size() && ents[e].type == EntityType::kNorp && ents[e].span.begin == seg.tokens[noun_at].span.begin &&
      ents[e].span.end == seg.tokens[noun_at].span.end &&
      noun_at + 2 < s.token_end)
    ++noun_at;
  const std::string_view noun = seg.tokens[noun_at].span.of(text);
  // (Not the counted: "The dead included a senior commander, it said".)
  if (first != "The" || noun.empty() || !chars::is_ascii_lower(noun[0]) ||
      seg.tokens[noun_at].kind != TokenKind::kWord || trigger_of(noun))
    return std::nullopt;
  // "The state news agency, Sana, did not ...": the name in apposition.
  constexpr uint32_t kDescriptionWords = 4;
  for (uint32_t k = noun_at + 1; k + 1 < s.token_end && k <= noun_at + kDescriptionWords; ++k) {
    const std::string_view w = seg.tokens[k].span.of(text);
    if (w == ",") {
      const size_t org = first_at_or_after(ents, seg.tokens[k + 1].span.begin, entity_span);
      if (org < ents.size() && ents[org].type == EntityType::kOrg && ents[org].span.begin == seg.tokens[k + 1].span.begin)
        return ents[org].span;
      break;
    }
    if (seg.tokens[k].kind != TokenKind::kWord || !chars::is_ascii_lower(w[0])) break;
  }
  return Span{seg.tokens[s.token_begin].span.begin, seg.tokens[noun_at].span.end};
}

}  // namespace sift
