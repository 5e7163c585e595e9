#include "segment/tokens.h"

#include "text/chars.h"

namespace sift {
namespace {

size_t char_length(std::string_view t, size_t i) {
  return static_cast<unsigned char>(t[i]) < 0x80 ? 1 : utf8::decode(t, i).length;
}

bool is_letter_at(std::string_view t, size_t i, size_t end) {
  if (i >= end) return false;
  const char c = t[i];
  if (static_cast<unsigned char>(c) < 0x80) return chars::is_ascii_alpha(c);
  return utf8::is_letter(utf8::decode(t, i).cp);
}

// "Actualite.cd", "Hiiraan.com": a web address's top-level domain after a name's period, the word ending there.
size_t domain_suffix_at(std::string_view t, size_t i, size_t end) {
  static constexpr std::string_view kDomains[] = {"com", "org", "net", "info", "news", "cd", "ng", "ke", "so", "sd",
                                                  "ml", "bf", "ne", "cm", "tv", "af", "pk", "ly", "sy", "iq", "ye",
                                                  "ua", "ru", "fr", "za", "io", "africa", "ug", "et", "mz", "ht"};
  if (i >= end || t[i] != '.') return 0;
  size_t j = i + 1;
  while (j < end && chars::is_ascii_lower(t[j])) ++j;
  if (j == i + 1 || (j < end && (is_letter_at(t, j, end) || chars::is_ascii_digit(t[j])))) return 0;
  const std::string_view suffix = t.substr(i + 1, j - i - 1);
  for (std::string_view domain : kDomains)
    if (suffix == domain) return j - i;
  return 0;
}

}  // namespace

void tokenize(std::string_view t, Span span, std::vector<Token>& out) {
  size_t i = span.begin;
  const size_t end = span.end;
  while (i < end) {
    const char c = t[i];
    if (chars::is_space(c)) { ++i; continue; }
    const size_t start = i;
    if (chars::is_ascii_digit(c)) {
      // 7,500 / 2.5 / 1.000.000: a separator counts only between digits.
      while (i < end) {
        if (chars::is_ascii_digit(t[i])) { ++i; continue; }
        if ((t[i] == ',' || t[i] == '.') && i + 1 < end && chars::is_ascii_digit(t[i + 1])) { i += 2; continue; }
        break;
      }
      out.push_back({{static_cast<uint32_t>(start), static_cast<uint32_t>(i)}, TokenKind::kNumber});
      continue;
    }
    if (is_letter_at(t, i, end)) {
      while (i < end) {
        if (is_letter_at(t, i, end) || chars::is_ascii_digit(t[i])) { i += char_length(t, i); continue; }
        // Inner apostrophe or hyphen joins letters: "don't", "al-Assad", "Ki-moon".
        if ((t[i] == '\'' || t[i] == '-') && is_letter_at(t, i + 1, end)) { ++i; continue; }
        // An ayn after the article's hyphen: "Ras al-'Ain", "al-'Umari".
        if (t[i] == '-' && i + 1 < end && t[i + 1] == '\'' && is_letter_at(t, i + 2, end)) { i += 2; continue; }
        // "U.S." and "a.m.": single letters joined by periods keep their periods.
        if (t[i] == '.' && i - start == 1 + 2 * ((i - start) / 2) && is_letter_at(t, i + 1, end) &&
            (i + 2 >= end || t[i + 2] == '.')) {
          i += 2;
          continue;
        }
        break;
      }
      // The final period of a dotted abbreviation ("U.S.") belongs to it.
      if (i < end && t[i] == '.' && i - start >= 3 && t[i - 2] == '.') ++i;
      // (A capitalised site's domain too: "told Actualite.cd".)
      constexpr size_t kShortestSiteName = 3;
      if (i - start >= kShortestSiteName && chars::is_ascii_upper(t[start])) i += domain_suffix_at(t, i, end);
      out.push_back({{static_cast<uint32_t>(start), static_cast<uint32_t>(i)}, TokenKind::kWord});
      continue;
    }
    i += char_length(t, i);
    out.push_back({{static_cast<uint32_t>(start), static_cast<uint32_t>(i)}, TokenKind::kPunctuation});
  }
}

bool is_web_site_word(std::string_view word) {
  const size_t dot = word.rfind('.');
  return dot != std::string_view::npos && dot > 0 && chars::is_ascii_alpha(word[dot - 1]) &&
         domain_suffix_at(word, dot, word.size()) == word.size() - dot;
}

}  // namespace sift
