#include "extract/quotes.h"

#include <algorithm>
#include <cstring>

#include "extract/attribution.h"
#include "extract/lexicon.h"
#include "text/chars.h"
#include "text/span_index.h"
#include "text/word_set.h"

namespace sift {
namespace {

Span entity_span(const Entity& e) { return e.span; }
Span token_span(const Token& t) { return t.span; }

struct RawQuote {
  Span span;
  uint32_t first_paragraph, last_paragraph;
};

// Is the first double mark of `span` a closing one ("... focus better.")?
bool first_mark_closes(std::string_view text, Span span) {
  const void* found = std::memchr(text.data() + span.begin, '"', span.size());
  if (!found) return false;
  const size_t i = static_cast<const char*>(found) - text.data();
  if (i == span.begin || chars::is_space(text[i - 1])) return false;
  return i + 1 >= span.end || chars::is_space(text[i + 1]) || !chars::is_word_at(text, i + 1);
}

std::vector<RawQuote> pair_marks(std::string_view text, const Segmentation& seg, const Roles& roles) {
  std::vector<RawQuote> out;
  const auto& paras = seg.paragraphs;
  bool open = false;  // a quote runs on from the previous paragraph
  RawQuote current{};
  for (uint32_t p = 0; p < paras.size(); ++p) {
    if (roles.paragraphs[p].kind == ParagraphKind::kBoilerplate) continue;
    const Span ps = paras[p].span;
    uint32_t i = ps.begin;
    if (open && text[i] == '"') ++i;  // the mark that re-opens a continued quote
    for (; i < ps.end; ++i) {
      if (text[i] != '"') continue;
      // Which way a mark faces: an opening mark follows a space and touches
      // the next word; a closing mark touches the previous one. Only marks
      // that face both ways (or neither) go by parity, so one missing mark
      // does not flip every later quote inside out.
      const bool space_before = i == ps.begin || chars::is_space(text[i - 1]) || text[i - 1] == '(' || text[i - 1] == '[';
      const bool space_after = i + 1 >= ps.end || chars::is_space(text[i + 1]);
      const bool opens = space_before && !space_after;
      const bool closes = !space_before && (space_after || !chars::is_word_at(text, i + 1));
      if (open && opens && !closes && i > current.span.begin + 1) {
        // A new quote starts while one is open: the open one lost its mark.
        uint32_t end = i;
        while (end > current.span.begin && chars::is_space(text[end - 1])) --end;
        current.span.end = end;
        current.last_paragraph = p;
        out.push_back(current);
        current = {{i, ps.end}, p, p};
      } else if (open) {
        current.span.end = i + 1;
        current.last_paragraph = p;
        out.push_back(current);
        open = false;
      } else if (closes && !opens) {
        continue;  // a stray closing mark
      } else {
        current = {{i, ps.end}, p, p};
        open = true;
      }
    }
    if (!open) continue;
    current.span.end = ps.end;
    current.last_paragraph = p;
    // A quote left open goes on only when the next paragraph opens with a
    // mark, or its first mark closes the quote (some outlets leave the
    // continued paragraph unmarked); otherwise it stops here.
    if (p + 1 >= paras.size() ||
        (text[paras[p + 1].span.begin] != '"' && !first_mark_closes(text, paras[p + 1].span))) {
      out.push_back(current);
      open = false;
    }
  }
  // Drop empty or one-character quotes ('""', an inch mark).
  out.erase(std::remove_if(out.begin(), out.end(), [](const RawQuote& q) { return q.span.size() < 4; }), out.end());
  return out;
}

// British style quotes with single marks ('Assad must go,' he said). The
// same mark is an apostrophe ("rebels' positions", "the '90s"), so a pair
// must face the right ways, stay inside one paragraph and outside double
// quotes, and be no longer than a long sentence.
void pair_single_marks(std::string_view text, const Segmentation& seg, const Roles& roles,
                       std::vector<RawQuote>& quotes) {
  constexpr uint32_t kMaxLength = 400;
  std::vector<RawQuote> found;
  size_t next_double = 0;
  const auto& paras = seg.paragraphs;
  for (uint32_t p = 0; p < paras.size(); ++p) {
    if (roles.paragraphs[p].kind == ParagraphKind::kBoilerplate) continue;
    const Span ps = paras[p].span;
    uint32_t open_at = UINT32_MAX;
    for (uint32_t i = ps.begin; i < ps.end; ++i) {
      // Jump from mark to mark: most paragraphs hold none.
      const void* mark = std::memchr(text.data() + i, '\'', ps.end - i);
      if (!mark) break;
      i = static_cast<uint32_t>(static_cast<const char*>(mark) - text.data());
      while (next_double < quotes.size() && quotes[next_double].span.end <= i) ++next_double;
      if (next_double < quotes.size() && quotes[next_double].span.begin <= i) {
        i = quotes[next_double].span.end - 1;  // nested marks belong to the outer quote
        open_at = UINT32_MAX;
        continue;
      }
      const char before = i > ps.begin ? text[i - 1] : ' ';
      const char after = i + 1 < ps.end ? text[i + 1] : ' ';
      const bool opens = (chars::is_space(before) || before == '(' || before == ':' || before == '-') &&
                         chars::is_ascii_alpha(after);
      const bool closes = (chars::is_ascii_alpha(before) || before == '.' || before == ',' || before == '!' ||
                           before == '?') &&
                          (chars::is_space(after) || after == ',' || after == '.' || after == ';' || after == ':' ||
                           after == ')' || after == '?' || after == '!');
      if (open_at == UINT32_MAX) {
        if (opens) open_at = i;
      } else if (closes) {
        if (i + 1 - open_at <= kMaxLength && i - open_at >= 4) found.push_back({{open_at, i + 1}, p, p});
        open_at = UINT32_MAX;
      } else if (opens) {
        open_at = i;
      }
    }
  }
  if (found.empty()) return;
  const size_t doubles = quotes.size();
  quotes.insert(quotes.end(), found.begin(), found.end());
  std::inplace_merge(quotes.begin(), quotes.begin() + static_cast<std::ptrdiff_t>(doubles), quotes.end(),
                     [](const RawQuote& a, const RawQuote& b) { return a.span.begin < b.span.begin; });
}

std::vector<RawQuote> find_raw_quotes(std::string_view text, const Segmentation& seg, const Roles& roles) {
  std::vector<RawQuote> quotes = pair_marks(text, seg, roles);
  pair_single_marks(text, seg, roles, quotes);
  return quotes;
}

// The quote opens its sentence: it may go on from the last speaker's words.
bool opens_sentence(std::string_view text, const Segmentation& seg, const Span& quote) {
  const auto& sents = seg.sentences;
  auto it = std::partition_point(sents.begin(), sents.end(), [&](const Sentence& s) { return s.span.end <= quote.begin; });
  if (it == sents.end()) return true;
  for (uint32_t k = it->span.begin; k < quote.begin; ++k)
    if (!chars::is_space(text[k])) return false;
  return true;
}

// Does the mention open its sentence, as a subject does, past a short
// description ("Russian Foreign Minister Sergei Lavrov rejected it", "The UN
// humanitarian chief Valerie Amos visited")? A name inside a speaker's
// reported words ("Amos said Assad must stop") or after a preposition ("in
// talks with Lavrov") does not.
// "..., the presidency's communications director, Fahrettin Altun, said":
// the person a speech verb right after the name (and its comma) gives the words to.
bool speaks_right_after(const Segmentation& seg, std::string_view text, Span mention) {
  const size_t at = first_at_or_after(seg.tokens, mention.end, token_span);
  if (at >= seg.tokens.size()) return false;
  const size_t verb = seg.tokens[at].span.of(text) == "," ? at + 1 : at;
  return verb < seg.tokens.size() && is_speech_verb(seg.tokens[verb].span.of(text));
}

// "according to Redur Xelil": the person the words are told by.
bool follows_according_to(const Segmentation& seg, std::string_view text, Span mention) {
  const size_t at = first_at_or_after(seg.tokens, mention.begin, token_span);
  return at >= 2 && chars::iequals(seg.tokens[at - 1].span.of(text), "to") &&
         chars::iequals(seg.tokens[at - 2].span.of(text), "according");
}

bool in_byline(const Segmentation& seg, const Roles& roles, Span mention) {
  const auto& paras = seg.paragraphs;
  const auto it = std::partition_point(paras.begin(), paras.end(), [&](const Paragraph& p) { return p.span.end <= mention.begin; });
  return it != paras.end() && roles.paragraphs[it - paras.begin()].kind == ParagraphKind::kByline;
}

bool is_sentence_subject(const Segmentation& seg, std::string_view text, const std::vector<Entity>& ents, Span mention) {
  constexpr uint32_t kLongestDescription = 6;
  const auto& sents = seg.sentences;
  auto it = std::partition_point(sents.begin(), sents.end(), [&](const Sentence& s) { return s.span.end <= mention.begin; });
  if (it == sents.end()) return false;
  bool after_name = false;
  // ("At St Sebastian's church in Negombo, where ..., Cardinal Malcolm Ranjith led a service": a fronted
  // phrase a preposition opens and a comma closes comes before the subject.)
  uint32_t first = it->token_begin;
  if (lexicon::is_preposition(seg.tokens[first].span.of(text)) && chars::is_ascii_upper(text[seg.tokens[first].span.begin])) {
    const size_t at = first_at_or_after(seg.tokens, mention.begin, token_span);
    uint32_t k = static_cast<uint32_t>(at);
    constexpr uint32_t kTitleTokens = 6;  // "Cardinal", "Sen." ...: bounded
    while (k > first && at - k < kTitleTokens &&
           (lexicon::is_person_title(seg.tokens[k - 1].span.of(text)) || seg.tokens[k - 1].span.of(text) == "."))
      --k;
    const size_t after = first_at_or_after(seg.tokens, mention.end, token_span);
    if (k > first + 1 && seg.tokens[k - 1].span.of(text) == "," && after < it->token_end &&
        chars::is_ascii_lower(text[seg.tokens[after].span.begin]))
      first = k;
  }
  // ("The United Nations envoy to Libya, Ghassan Salame, condemned the attack": a role with its complement
  // opens the sentence, then the name in commas.)
  {
    const size_t at = first_at_or_after(seg.tokens, mention.begin, token_span);
    const size_t after = first_at_or_after(seg.tokens, mention.end, token_span);
    constexpr size_t kRoleWords = 8;
    if (at > first + 2 && at - first <= kRoleWords + 1 && after < it->token_end && seg.tokens[at - 1].span.of(text) == "," &&
        seg.tokens[after].span.of(text) == ",") {
      bool role = false, clause = false;
      for (size_t k = first; k + 1 < at; ++k) {
        const std::string_view w = seg.tokens[k].span.of(text);
        role |= chars::is_ascii_lower(w[0]) && lexicon::is_person_title(w) && k + 2 < at &&
                lexicon::is_preposition(seg.tokens[k + 1].span.of(text));
        clause |= seg.tokens[k].kind == TokenKind::kPunctuation || is_speech_verb(w) || lexicon::is_be_form(w);
      }
      if (role && !clause) return true;
    }
  }
  for (uint32_t k = first; k < it->token_end && seg.tokens[k].span.end <= mention.begin; ++k) {
    const std::string_view w = seg.tokens[k].span.of(text);
    if (lexicon::is_person_title(w)) continue;
    // "Sen. Lindsey Graham": a title's abbreviating period.
    if (w == "." && k > it->token_begin && lexicon::is_person_title(seg.tokens[k - 1].span.of(text)) &&
        seg.tokens[k - 1].span.end == seg.tokens[k].span.begin)
      continue;
    // "A Syrian opposition spokesman, Salem al-Meslet, said": the name in
    // apposition to the describing subject.
    if (w == "," && k + 1 < it->token_end && seg.tokens[k + 1].span.begin == mention.begin && k > it->token_begin &&
        lexicon::is_person_title(seg.tokens[k - 1].span.of(text)))
      continue;
    if (chars::is_ascii_upper(w[0])) {
      const size_t e = first_at_or_after(ents, seg.tokens[k].span.begin, entity_span);
      after_name |= e < ents.size() && ents[e].type == EntityType::kPerson &&
                    ents[e].span.begin <= seg.tokens[k].span.begin;
      continue;
    }
    // "Mr Lavrov met Ms Amos": a lower-case word after a person's name is
    // its verb ("UN humanitarian chief Valerie Amos" describes her).
    if (after_name && !lexicon::is_name_particle(w)) return false;
    // A lower-case word may describe the subject ("humanitarian chief"), but
    // no verb, preposition or punctuation comes before a subject.
    if (k - first >= kLongestDescription || seg.tokens[k].kind != TokenKind::kWord ||
        lexicon::is_preposition(w) || lexicon::is_be_form(w) || is_speech_verb(w) || w.size() < 3 ||
        chars::iequals(w.substr(w.size() - 2), "ed"))
      return false;
  }
  return true;
}

// Does a person's name end the span? ("Mr Lavrov", "the mayor, Aly Ousmane Barry")
bool is_person_name_span(const std::vector<Entity>& ents, Span span) {
  const size_t i = first_at_or_after(ents, span.begin, entity_span);
  for (size_t k = i; k < ents.size() && ents[k].span.begin < span.end; ++k)
    if (ents[k].type == EntityType::kPerson && ents[k].span.end == span.end) return true;
  return false;
}

// "Tshisekedi's office condemned what it called \"a heinous act\"": the office a possessive opens "it"'s own
// sentence with, a body of the person named.
std::optional<Span> possessive_office_opening(const AttributionContext& ctx, const Segmentation& seg, Span pronoun) {
  static constexpr std::string_view kOffices[] = {"office", "government", "administration", "presidency", "ministry",
                                                  "cabinet", "party", "campaign"};
  static const WordSet offices(kOffices);
  const auto& sents = seg.sentences;
  auto it = std::partition_point(sents.begin(), sents.end(), [&](const Sentence& s) { return s.span.end <= pronoun.begin; });
  if (it == sents.end() || it->token_end < it->token_begin + 3) return std::nullopt;
  const auto& tokens = *ctx.tokens;
  const std::string_view owner = tokens[it->token_begin].span.of(ctx.text);
  const std::string_view office = tokens[it->token_begin + 1].span.of(ctx.text);
  if (chars::strip_possessive(owner).size() == owner.size() || !chars::is_ascii_upper(owner[0]) || !offices.contains(office) ||
      tokens[it->token_begin + 1].span.end > pronoun.begin)
    return std::nullopt;
  return Span{tokens[it->token_begin].span.begin, tokens[it->token_begin + 1].span.end};
}

// The teller of `sentence` when it is a body, not a person: a phrase whose head is a body's noun ("the Kurdish
// regional government"), or, when `named_body` is set, one holding an organisation's name ("the Inter-Services
// Public Relations (ISPR)").
std::optional<Attribution> body_telling(const AttributionContext& ctx, const Sentence& sentence, bool named_body) {
  auto said = find_attribution(ctx, sentence.token_begin, sentence.token_end, sentence.span.end);
  if (!said || said->pronoun || is_person_name_span(*ctx.entities, said->span)) return std::nullopt;
  const std::string_view phrase = said->span.of(ctx.text);
  const size_t space = phrase.rfind(' ');
  const std::string_view head = space == std::string_view::npos ? phrase : phrase.substr(space + 1);
  if (is_body_noun(head)) return said;
  if (!named_body) return std::nullopt;
  const auto& ents = *ctx.entities;
  for (size_t k = first_at_or_after(ents, said->span.begin, entity_span);
       k < ents.size() && ents[k].span.begin < said->span.end; ++k)
    if (ents[k].type == EntityType::kOrg) return said;
  return std::nullopt;
}

// The body, not a person, that the sentence before "it" gives as its
// speaker: "..., the Kurdish regional government said."
std::optional<Span> body_speaking_before(const AttributionContext& ctx, const Segmentation& seg, Span pronoun) {
  const auto& sents = seg.sentences;
  auto it = std::partition_point(sents.begin(), sents.end(), [&](const Sentence& s) { return s.span.end <= pronoun.begin; });
  if (it == sents.end() || it == sents.begin() || seg.tokens[it->token_begin].span.begin != pronoun.begin) return std::nullopt;
  if ((it - 1)->paragraph + 1 < it->paragraph) return std::nullopt;
  const auto said = body_telling(ctx, *(it - 1), false);
  return said ? std::optional<Span>(said->span) : std::nullopt;
}

// '... the Inter-Services Public Relations (ISPR) said the terrorists had gathered in Nuristan. "Pakistan expects
// ...," it said': the body that spoke in the sentence before the quotation's, for an "it" after it.
std::optional<Attribution> body_speaking_before_quote(const AttributionContext& ctx, const Segmentation& seg,
                                                      Span quote) {
  const auto& sents = seg.sentences;
  auto it = std::partition_point(sents.begin(), sents.end(),
                                 [&](const Sentence& s) { return s.span.end <= quote.begin; });
  if (it == sents.end() || it == sents.begin() || (it - 1)->paragraph + 1 < it->paragraph) return std::nullopt;
  return body_telling(ctx, *(it - 1), true);
}

// "The UN children's agency Unicef": between the two names only a
// possessive description, lower-case words ending in a noun for a body.
bool describes_next_org(std::string_view text, Span parent, Span org) {
  constexpr uint32_t kLongestDescription = 30;
  if (org.begin <= parent.end || org.begin - parent.end > kLongestDescription) return false;
  const std::string_view between = text.substr(parent.end, org.begin - parent.end);
  if (between.find_first_of(",;:\"()") != std::string_view::npos) return false;
  for (char c : between)
    if (chars::is_ascii_upper(c)) return false;
  static constexpr std::string_view kBodies[] = {"agency", "agency's", "body", "office", "arm", "wing",
                                                 "organisation", "organization", "unit", "branch", "affiliate"};
  const size_t last_letter = between.find_last_not_of(' ');
  if (last_letter == std::string_view::npos) return false;
  const std::string_view words = between.substr(0, last_letter + 1);
  const std::string_view noun = words.substr(words.rfind(' ') + 1);  // npos + 1: the whole
  for (std::string_view body : kBodies)
    if (noun == body) return true;
  return false;
}

// "another resident" after a speaker described as "A resident" or "one
// resident"; just "another" when the last speaker was named.
std::string another_of(std::string_view last_speaker) {
  const size_t space = last_speaker.find(' ');
  if (space == std::string_view::npos) return "another";
  const std::string_view first = last_speaker.substr(0, space);
  if (!chars::iequals(first, "a") && !chars::iequals(first, "an") && !chars::iequals(first, "one") &&
      !chars::iequals(first, "another"))
    return "another";
  return "another " + std::string(last_speaker.substr(space + 1));
}

// "he" for a person titled "Ms", "she" for one titled "Mr": not the one meant.
bool gender_clash(std::string_view pronoun, std::string_view title) {
  if (title.empty() || pronoun.empty()) return false;
  if (title.back() == '.') title.remove_suffix(1);
  static constexpr std::string_view kFemale[] = {"ms", "mrs", "miss", "madam", "madame", "lady", "queen", "princess", "dame"};
  static constexpr std::string_view kMale[] = {"mr", "sir", "king", "prince", "lord"};
  auto any = [&](const auto& titles) {
    for (std::string_view t : titles)
      if (chars::iequals(title, t)) return true;
    return false;
  };
  if (chars::iequals(pronoun, "he")) return any(kFemale);
  if (chars::iequals(pronoun, "she")) return any(kMale);
  return false;
}

// Sentences overlapping [begin, end): their token range.
std::pair<uint32_t, uint32_t> token_range(const Segmentation& seg, uint32_t begin, uint32_t end) {
  uint32_t tb = UINT32_MAX, te = 0;
  const auto& sents = seg.sentences;
  // The first sentence ending after `begin`; sentences are sorted and disjoint.
  size_t i = static_cast<size_t>(std::partition_point(sents.begin(), sents.end(),
                                                      [&](const Sentence& s) { return s.span.end <= begin; }) -
                                 sents.begin());
  for (; i < sents.size() && sents[i].span.begin < end; ++i) {
    tb = std::min(tb, sents[i].token_begin);
    te = std::max(te, sents[i].token_end);
  }
  return {tb == UINT32_MAX ? 0 : tb, te};
}

}  // namespace

std::vector<Span> quoted_spans(const std::vector<Quote>& quotes) {
  std::vector<Span> out;
  out.reserve(quotes.size());
  for (const auto& q : quotes) out.push_back(q.span);
  return out;
}

// The phrase after "quoted" at token `verb`, up to a comma, a colon or a
// relative pronoun: "quoted a doctor at one of the facilities".
std::optional<Attribution> object_of_quoted(const AttributionContext& ctx, uint32_t verb, uint32_t end) {
  const auto& tokens = *ctx.tokens;
  if (verb >= end || !chars::iequals(tokens[verb].span.of(ctx.text), "quoted")) return std::nullopt;
  uint32_t e = verb + 1;
  constexpr uint32_t kLongest = 12;
  while (e < end && e < verb + 1 + kLongest) {
    const std::string_view w = tokens[e].span.of(ctx.text);
    if (w == "," || w == ":" || w == "." || w == ";" || chars::iequals(w, "who") || chars::iequals(w, "as")) break;
    ++e;
  }
  if (e == verb + 1) return std::nullopt;
  Attribution quoted;
  quoted.span = {tokens[verb + 1].span.begin, tokens[e - 1].span.end};
  quoted.verb_token = verb;
  quoted.name = std::string(quoted.span.of(ctx.text));
  const auto& ents = *ctx.entities;
  for (size_t i = first_at_or_after(ents, quoted.span.begin, entity_span); i < ents.size() && ents[i].span.begin < quoted.span.end; ++i)
    if (ents[i].type == EntityType::kPerson && ents[i].span.end == quoted.span.end)
      quoted.name = std::string(ents[i].canonical.of(ctx.text));
  return quoted;
}

// A quote opening its paragraph after one that ends with a colon: the
// speaker of that sentence ('Abu Hisham described the scene:'), else the
// first person it names.
std::optional<Attribution> introduced_by_colon(const AttributionContext& ctx, const Segmentation& seg, const RawQuote& q) {
  if (q.first_paragraph == 0 || seg.paragraphs[q.first_paragraph].span.begin != q.span.begin) return std::nullopt;
  const Span before = seg.paragraphs[q.first_paragraph - 1].span;
  if (before.empty() || ctx.text[before.end - 1] != ':') return std::nullopt;
  const auto& sents = seg.sentences;
  auto it = std::partition_point(sents.begin(), sents.end(), [&](const Sentence& s) { return s.span.end < before.end; });
  if (it == sents.end() || it->paragraph != q.first_paragraph - 1) return std::nullopt;
  if (auto at = find_attribution(ctx, it->token_begin, it->token_end, before.end); at && !at->pronoun) {
    // "MSF quoted a doctor at one of the facilities, who cannot be named ...:":
    // the one quoted speaks.
    if (auto quoted = object_of_quoted(ctx, at->verb_token, it->token_end)) return quoted;
    return at;
  }
  const auto& ents = *ctx.entities;
  for (size_t i = first_at_or_after(ents, it->span.begin, entity_span); i < ents.size() && ents[i].span.end <= it->span.end; ++i)
    if (ents[i].type == EntityType::kPerson) {
      Attribution named;
      named.span = ents[i].span;
      named.name = std::string(ents[i].canonical.of(ctx.text));
      return named;
    }
  return std::nullopt;
}

// The words inside a quote's marks.
std::string_view inner_words(std::string_view text, Span quote) {
  if (quote.size() < 2) return {};
  return text.substr(quote.begin + 1, quote.size() - 2);
}

// 'Joaquin "El Chapo" Guzman', 'between "Los Chapitos", the sons of ...': a name in quotation marks (one to
// three capitalised words, a name's particles allowed) inside a name, or opening on an article ("El", "Los"), is
// no one's words (not a capitalised scare quote: 'targeted "Rafidha", a derogatory term').
bool is_quoted_name(std::string_view text, const Segmentation& seg, Span quote) {
  const std::string_view inner = inner_words(text, quote);
  constexpr size_t kLongestName = 40;
  if (inner.empty() || inner.size() > kLongestName || opens_sentence(text, seg, quote)) return false;
  // (A name's particles, and the Spanish plural articles gangs are named with.)
  const auto particle = [](std::string_view w) {
    return lexicon::is_name_particle(w) || chars::iequals(w, "los") || chars::iequals(w, "las");
  };
  const auto name_char = [](char c) { return chars::is_ascii_alpha(c) || c == '-'; };
  size_t words = 0, start = 0;
  std::string_view first;
  while (start < inner.size()) {
    size_t end = inner.find(' ', start);
    if (end == std::string_view::npos) end = inner.size();
    const std::string_view word = inner.substr(start, end - start);
    if (word.empty() || !std::all_of(word.begin(), word.end(), name_char)) return false;
    if (!chars::is_ascii_upper(word[0]) && !particle(word)) return false;
    if (words++ == 0) first = word;
    start = end + 1;
  }
  constexpr size_t kMostWords = 3;
  if (words > kMostWords || !chars::is_ascii_upper(inner[0])) return false;
  // Inside a name: a capitalised word right before the opening mark and right after the closing one.
  const auto capital_at = [&](size_t i) { return i < text.size() && chars::is_ascii_upper(text[i]); };
  size_t before = quote.begin;
  while (before > 0 && text[before - 1] == ' ') --before;
  size_t word_start = before;
  while (word_start > 0 && chars::is_ascii_alpha(text[word_start - 1])) --word_start;
  const bool name_before = before < quote.begin && word_start < before && capital_at(word_start);
  const bool name_after = quote.end + 1 < text.size() && text[quote.end] == ' ' && capital_at(quote.end + 1);
  return (name_before && name_after) || (words >= 2 && particle(first));
}

// The name ends right before the quote, which opens with a lower-case word.
bool acts_in_quote(std::string_view text, Span name, Span quote) {
  if (name.end > quote.begin || quote.size() < 3) return false;
  for (uint32_t k = name.end; k < quote.begin; ++k)
    if (!chars::is_space(text[k])) return false;
  return chars::is_ascii_lower(text[quote.begin + 1]);
}

// The organisation opening the sentence whose first token is tb, past an opening "The" ("Hezbollah later
// mourned ..."), or null.
const Entity* org_opening_sentence(const QuoteInput& in, const Segmentation& seg, uint32_t tb) {
  const auto& ents = *in.entities;
  const uint32_t first = tb + 1 < seg.tokens.size() && seg.tokens[tb].span.of(in.text) == "The" ? tb + 1 : tb;
  const size_t i = first_at_or_after(ents, seg.tokens[first].span.begin, entity_span);
  return i < ents.size() && ents[i].span.begin == seg.tokens[first].span.begin && ents[i].type == EntityType::kOrg
             ? &ents[i]
             : nullptr;
}

// A lower-case word between two names that is no title: "Hezbollah later mourned one of the dead, Hassan",
// not "Hezbollah chief Hassan Nasrallah". (Names far apart have such words between.)
bool verb_between(std::string_view text, const Segmentation& seg, Span first, Span second) {
  constexpr size_t kReach = 40;  // tokens read: bounded in a run-on sentence of many quotes
  const size_t from = first_at_or_after(seg.tokens, first.end, token_span);
  for (size_t k = from; k < seg.tokens.size() && seg.tokens[k].span.end <= second.begin; ++k) {
    if (k - from >= kReach) return true;
    const std::string_view w = seg.tokens[k].span.of(text);
    if (chars::is_ascii_lower(w[0]) && !lexicon::is_person_title(w)) return true;
  }
  return false;
}

// "Syria unrest: 'Armed gangs' kill 120 ...", then 'state TV says ... by
// "armed gangs"': a headline's quoted words, told again in an attributed
// quote further on, are that speaker's. (Only a title's short quotes, and
// later quotes of bounded length: the search stays linear in the article.)
void take_speakers_of_repeated_words(std::string_view text, const std::vector<RawQuote>& raw, const Roles& roles,
                                     std::vector<Quote>& quotes) {
  constexpr size_t kLaterQuotes = 40, kShortest = 4, kLongestWords = 120, kLongestLater = 2000;
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (!quotes[i].speaker.empty() || roles.paragraphs[raw[i].first_paragraph].kind != ParagraphKind::kTitle) continue;
    const std::string_view words = inner_words(text, quotes[i].span);
    if (words.size() < kShortest || words.size() > kLongestWords) continue;
    for (size_t j = i + 1; j < quotes.size() && j <= i + kLaterQuotes; ++j) {
      if (quotes[j].speaker.empty()) continue;
      const std::string_view later = inner_words(text, quotes[j].span);
      if (later.size() < words.size() || later.size() > kLongestLater) continue;
      bool found = false;
      for (size_t at = 0; at + words.size() <= later.size() && !found; ++at)
        found = chars::iequals(later.substr(at, words.size()), words) &&
                (at == 0 || !chars::is_word_at(later, at - 1)) &&
                (at + words.size() == later.size() || !chars::is_word_at(later, at + words.size()));
      if (!found) continue;
      quotes[i].speaker = quotes[j].speaker;
      quotes[i].speaker_span = quotes[j].speaker_span;
      break;
    }
  }
}

// Verbs of a headline telling what its speakers do: "describe", "recall".
bool tells_of(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"describes", "describe", "recalls", "recall", "remembers",
                                                "remember", "speaks", "speak", "tell", "tells"};
  static const WordSet set(kVerbs);
  return set.contains(w);
}

// A title's quote, then a colon and who said it: "A doctor in Douma" (to a
// word that tells what the story does: "on the siege", "describes").
std::optional<Span> described_after_colon(std::string_view text, const Segmentation& seg, const Roles& roles,
                                          const RawQuote& q) {
  const ParagraphKind kind = roles.paragraphs[q.first_paragraph].kind;
  if (kind != ParagraphKind::kTitle && kind != ParagraphKind::kHeading) return std::nullopt;
  if (text.substr(q.span.end, 2) != ": ") return std::nullopt;
  const auto b = static_cast<uint32_t>(first_at_or_after(seg.tokens, q.span.end + 2, token_span));
  const auto e = static_cast<uint32_t>(first_at_or_after(seg.tokens, seg.paragraphs[q.first_paragraph].span.end, token_span));
  if (b >= e) return std::nullopt;
  // An article opens the description ("A doctor in Douma"), or a name
  // before people who report ("Aleppo residents describe final hours").
  const std::string_view first = seg.tokens[b].span.of(text);
  const bool article = first == "A" || first == "An" || first == "The";
  if (!article && !(chars::is_ascii_upper(first[0]) && b + 1 < e && is_reporter_noun(seg.tokens[b + 1].span.of(text))))
    return std::nullopt;
  constexpr uint32_t kWords = 6;
  uint32_t k = b + 1;
  while (k < e && k < b + kWords && seg.tokens[k].kind == TokenKind::kWord) {
    const std::string_view w = seg.tokens[k].span.of(text);
    const bool place_next = (w == "in" || w == "at" || w == "from") && k + 1 < e &&
                            chars::is_ascii_upper(seg.tokens[k + 1].span.of(text)[0]);
    if (lexicon::is_preposition(w) && !place_next) break;
    if (is_speech_verb(w) || tells_of(w)) break;
    k += place_next ? 2 : 1;
  }
  if (k <= b + 1) return std::nullopt;
  return Span{seg.tokens[b].span.begin, seg.tokens[k - 1].span.end};
}

std::vector<Quote> extract_quotes(const QuoteInput& in) {
  const Segmentation& seg = *in.segmentation;
  const auto raw = find_raw_quotes(in.text, seg, *in.roles);
  std::vector<Span> quoted;
  for (const auto& q : raw) quoted.push_back(q.span);
  const AttributionContext ctx{in.text, &seg.tokens, in.entities, &quoted};

  // The person named last before `at`, within a bounded look back (the
  // person must be named close before), and the last one named as a
  // sentence's subject or speaker, which outranks a person named later
  // inside a sentence. Not one whose title clashes with `pronoun`, nor a
  // byline's writer ("By Sylvia Westall and Tom Perry"), nor one inside a quote.
  const auto person_named_before = [&](uint32_t at, std::string_view pronoun) {
    const auto& ents = *in.entities;
    const Entity* named = nullptr;
    const Entity* named_subject = nullptr;
    const size_t from = first_at_or_after(ents, at, entity_span);
    for (size_t i = from; i-- > 0 && from - i <= 64 && !named_subject;) {
      if (ents[i].type != EntityType::kPerson || holding(quoted, ents[i].span, span_of_span)) continue;
      if (gender_clash(pronoun, ents[i].title.of(in.text))) continue;
      if (in_byline(seg, *in.roles, ents[i].span)) continue;
      if (!named) named = &ents[i];
      if (is_sentence_subject(seg, in.text, ents, ents[i].span) || speaks_right_after(seg, in.text, ents[i].span) ||
          follows_according_to(seg, in.text, ents[i].span))
        named_subject = &ents[i];
    }
    return std::pair<const Entity*, const Entity*>{named_subject ? named_subject : named, named_subject};
  };

  std::vector<Quote> out;
  std::string last_speaker;
  Span last_speaker_span{};
  uint32_t last_speaker_paragraph = 0;
  for (const RawQuote& q : raw) {
    if (is_quoted_name(in.text, seg, q.span)) continue;
    Quote quote;
    quote.span = q.span;
    quote.repeat = (*in.repeats)[q.first_paragraph].duplicate_of >= 0;
    // Look in the sentences holding the quote's end and start.
    const auto [tb, te] = token_range(seg, q.span.begin > 0 ? q.span.begin - 1 : 0, q.span.end + 1);
    std::optional<Attribution> at;
    // The verb is near the quote's end ('"...," he said') or, for a long
    // quote, before its start ('a diplomat told Reuters: "...').
    if (te > tb) at = find_attribution(ctx, tb, te, q.span.end);
    if (!at && te > tb) at = find_attribution(ctx, tb, te, q.span.begin);
    // 'The government put the toll at 25. It blamed "terrorist groups"': a body, not a person.
    // ('..., the Kurdish regional government said. It condemned the "terrorist
    // attack"': first the body that spoke in the sentence before.)
    // 'MSF quoted a doctor ...:' then the quote's own paragraph: the introducer's words.
    const bool verb_near = at.has_value();
    if (!verb_near) at = introduced_by_colon(ctx, seg, q);
    const bool it = at && at->pronoun && chars::iequals(at->span.of(in.text), "it");
    std::optional<Span> body = it ? body_speaking_before(ctx, seg, at->span) : std::nullopt;
    if (it && !body) body = body_opening_sentence_before(in.text, seg, *in.entities, at->span);
    if (it && !body) body = possessive_office_opening(ctx, seg, at->span);
    const std::optional<Attribution> body_before_quote =
        it && !body && at->span.begin >= q.span.end ? body_speaking_before_quote(ctx, seg, q.span) : std::nullopt;
    // ('A resident reached by phone said he had counted "more than 50 bodies"': the one whose speech the pronoun's
    // clause reports.)
    if (at && at->pronoun && !it) {
      const auto pronoun_at = static_cast<uint32_t>(first_at_or_after(seg.tokens, at->span.begin, token_span));
      if (pronoun_at > tb + 1)
        if (auto governing = find_attribution(ctx, tb, pronoun_at, at->span.begin); governing && !governing->pronoun)
          at = governing;
    }
    if (at && !at->pronoun) {
      quote.speaker = at->name;
      quote.speaker_span = at->span;
      if (auto earlier = resolve_definite_description(ctx, at->span)) quote.speaker = std::move(*earlier);
      // '"...," said another': another of the kind the last speaker was ("a resident").
      if (chars::iequals(quote.speaker, "another")) quote.speaker = another_of(last_speaker);
    } else if (body) {
      quote.speaker = std::string(body->of(in.text));
      quote.speaker_span = *body;
    } else if (body_before_quote) {
      quote.speaker = body_before_quote->name;
      quote.speaker_span = body_before_quote->span;
    } else if (at || (!last_speaker.empty() && q.first_paragraph <= last_speaker_paragraph + 2 &&
                      opens_sentence(in.text, seg, q.span))) {
      // "he said", or a quote with no verb near it: the person named last
      // before the quote, when named after the last speaker ("Lavrov
      // rejected it. '...,' he said"), else the last speaker.
      const std::string_view pronoun = at ? at->span.of(in.text) : std::string_view();
      const auto [named, named_subject] = person_named_before(q.span.begin, pronoun);
      const bool recent_speaker = !last_speaker.empty() && q.first_paragraph <= last_speaker_paragraph + 3;
      const bool named_since = named_subject && named_subject->span.begin > last_speaker_span.end;
      // 'A doctor ..., who did not want to be named, said the dead were
      // arriving. "We are running out of blood," he told the BBC': the
      // description that spoke in the sentence before, unnamed.
      const auto described = described_speaker_before(ctx, seg, q.span.begin);
      const bool described_since = described && (last_speaker.empty() || described->span.begin > last_speaker_span.end) &&
                                   (!named_subject || described->span.begin > named_subject->span.end);
      if (described_since) {
        quote.speaker = described->name;
        quote.speaker_span = described->span;
      } else if (recent_speaker && !named_since) {
        quote.speaker = last_speaker;
        quote.speaker_span = last_speaker_span;
      } else if (named) {
        quote.speaker = std::string(named->canonical.of(in.text));
        quote.speaker_span = named->span;
      }
    }
    // 'He called on Christians to pray "for those who died in faith"': no
    // speech verb, a sentence about "he" or "she": the last speaker, if recent.
    // ('... Lazzarini said about 6,000 people were there. He called claims
    // "shocking"': a person who spoke since, named as the subject, first.)
    if (quote.speaker.empty() && te > tb) {
      const std::string_view opening = seg.tokens[tb].span.of(in.text);
      if ((opening == "He" || opening == "She") && seg.tokens[tb].span.end <= q.span.begin) {
        const Entity* subject = person_named_before(seg.tokens[tb].span.begin, opening).second;
        if (subject && (last_speaker.empty() || subject->span.begin > last_speaker_span.end)) {
          quote.speaker = std::string(subject->canonical.of(in.text));
          quote.speaker_span = subject->span;
        } else if (!last_speaker.empty() && q.first_paragraph <= last_speaker_paragraph + 2) {
          quote.speaker = last_speaker;
          quote.speaker_span = last_speaker_span;
        }
      }
    }
    // 'An activist who identified himself as Abu Hisham described the scene:'
    // and the quote opening the next paragraph: the one who introduced it.
    // (Asked above already when no verb was near.)
    if (quote.speaker.empty() && verb_near)
      if (const auto intro = introduced_by_colon(ctx, seg, q)) {
        quote.speaker = intro->name;
        quote.speaker_span = intro->span;
      }
    if (quote.speaker.empty() && te > tb) {
      // No speech verb near it ("..., saying only that ..."): the person the
      // sentence is about, named before the quote, else the organisation.
      const auto& ents = *in.entities;
      const Entity* subject = nullptr;
      for (size_t i = first_at_or_after(ents, seg.tokens[tb].span.begin, entity_span);
           i < ents.size() && ents[i].span.end <= q.span.begin; ++i) {
        if (ents[i].type == EntityType::kPerson) { subject = &ents[i]; break; }
        if (ents[i].type == EntityType::kOrg && !subject) subject = &ents[i];
        // "The UN children's agency Unicef": a body named after its parent's
        // name and a description is the one meant.
        else if (ents[i].type == EntityType::kOrg && subject->type == EntityType::kOrg &&
                 describes_next_org(in.text, subject->span, ents[i].span))
          subject = &ents[i];
      }
      // "ISIL 'executes 20 men' in Palmyra": the quoted words are what the
      // name did, told by someone unnamed; the name right before them is no speaker.
      if (subject && acts_in_quote(in.text, subject->span, q.span)) subject = nullptr;
      // ('Hezbollah later mourned one of the dead, Hassan Ali Fakih, as a fighter "martyred ..."': a body
      // opening the sentence does what it tells; a person named past its verb is its object.)
      if (subject && subject->type == EntityType::kPerson)
        if (const Entity* opener = org_opening_sentence(in, seg, tb); opener && opener->span.end <= subject->span.begin &&
                                                                       verb_between(in.text, seg, opener->span, subject->span))
          subject = opener;
      if (subject) {
        quote.speaker = std::string(subject->canonical.of(in.text));
        quote.speaker_span = subject->span;
      }
    }
    // "'We have nothing left to treat them with': A doctor in Douma on the
    // siege": a headline names its speaker after the quote and a colon.
    if (quote.speaker.empty())
      if (const auto after = described_after_colon(in.text, seg, *in.roles, q)) {
        quote.speaker = std::string(after->of(in.text));
        quote.speaker_span = *after;
      }
    if (!quote.speaker.empty()) {
      last_speaker = quote.speaker;
      last_speaker_span = quote.speaker_span;
      last_speaker_paragraph = q.last_paragraph;
    }
    out.push_back(std::move(quote));
  }
  take_speakers_of_repeated_words(in.text, raw, *in.roles, out);
  return out;
}

}  // namespace sift
