#include "segment/paragraphs.h"

#include <algorithm>

#include "text/chars.h"

namespace sift {
namespace {

struct Line {
  uint32_t begin, end;  // trimmed content
  uint32_t raw_length;  // untrimmed length, for wrap-width detection
  bool blank;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = pos, e = nl;
    while (b < e && chars::is_space(text[b])) ++b;
    while (e > b && chars::is_space(text[e - 1])) --e;
    lines.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e),
                     static_cast<uint32_t>(nl - pos), b == e});
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  return lines;
}

size_t count_words(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = chars::is_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool ends_sentence_or_clause(std::string_view line) {
  const char c = line.back();
  return chars::is_terminator(c) || c == ':' || c == ';' || chars::is_closing(c);
}

// Hard-wrapped text (PDF, e-mail) has many lines ending near one width, most
// of them mid-sentence. The width is the longest line (at most 120 bytes);
// the text counts as wrapped when at least three lines that run on into a
// next line come within 25% of it, they make up half of such lines of 30
// bytes or more, and most of them end without a full stop.
uint32_t detect_wrap_width(std::string_view text, const std::vector<Line>& lines) {
  uint32_t width = 0;
  for (const Line& l : lines)
    if (!l.blank) width = std::max(width, l.raw_length);
  if (width < 30 || width > 120) return 0;
  size_t long_lines = 0, near_width = 0, open_ended = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank || lines[i + 1].blank || lines[i].raw_length < 30) continue;
    ++long_lines;
    if (lines[i].raw_length * 4 < width * 3) continue;
    ++near_width;
    const char last = text[lines[i].end - 1];
    if (!chars::is_terminator(last) && last != '"' && last != '\'') ++open_ended;
  }
  const bool wrapped = near_width >= 3 && near_width * 2 >= long_lines && open_ended * 2 > near_width;
  return wrapped ? width : 0;
}

}  // namespace

size_t list_marker_length(std::string_view line) {
  if (line.empty()) return 0;
  // Bullets: ASCII ones need a space after them; typographic ones may touch.
  static constexpr std::string_view kBullets[] = {"\xE2\x80\xA2", "\xE2\x81\x83", "\xE2\x96\xAA",
                                                   "\xE2\x97\x8F", "\xE2\x97\xA6", "\xE2\x80\xA3",
                                                   "\xC2\xB7"};
  // (Every bullet opens with a non-ASCII byte: most lines need no look.)
  const bool ascii_start = static_cast<unsigned char>(line[0]) < 0x80;
  for (auto b : kBullets)
    if (!ascii_start && chars::starts_with(line, b)) {
      size_t n = b.size();
      while (n < line.size() && line[n] == ' ') ++n;
      // "• 9. The first item": the bullet and the number are one marker.
      return n + list_marker_length(line.substr(n));
    }
  if ((line[0] == '-' || line[0] == '*') && line.size() > 1 && line[1] == ' ') return 2;
  size_t i = 0;
  while (i < line.size() && i < 3 && chars::is_ascii_digit(line[i])) ++i;
  if (i == 0 && line.size() > 1 && chars::is_ascii_lower(line[0])) i = 1;  // "a." / "b)"
  if (i == 0 || i >= line.size()) return 0;
  if (line[i] == ')') ++i;
  else if (line[i] == '.') { ++i; if (i < line.size() && line[i] == ')') ++i; }
  else return 0;
  if (i >= line.size() || line[i] != ' ') return 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

std::vector<Paragraph> split_paragraphs(std::string_view text) {
  const std::vector<Line> lines = split_lines(text);
  const uint32_t wrap_width = detect_wrap_width(text, lines);
  std::vector<Paragraph> out;
  bool open = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.blank) { open = false; continue; }
    const std::string_view content = text.substr(line.begin, line.end - line.begin);
    const bool list_item = list_marker_length(content) > 0;
    bool join = false;
    if (open && !list_item) {
      const Line& prev = lines[i - 1];
      const std::string_view before = text.substr(prev.begin, prev.end - prev.begin);
      const bool next_lower = chars::case_at(text, line.begin) == utf8::LetterCase::kLower;
      const bool word_split = before.size() > 1 && before.back() == '-' &&
                              chars::is_ascii_alpha(before[before.size() - 2]) && next_lower;
      if (wrap_width > 0) {
        // In wrapped text a line well short of the width ends its paragraph.
        const bool short_line = prev.raw_length * 10 < wrap_width * 7;
        join = word_split || !short_line || (next_lower && !ends_sentence_or_clause(before));
      } else {
        // Unwrapped text: a line is its own paragraph unless it plainly runs on.
        // Short lowercase fragments ("contact manager") are list-like and stay.
        const bool trailing_space = prev.end < text.size() && text[prev.end] == ' ';
        const bool runs_on = !ends_sentence_or_clause(before) &&
                             (next_lower || before.back() == ',') &&
                             (count_words(before) >= 4 || trailing_space);
        join = word_split || runs_on;
      }
    }
    if (join && !out.empty()) {
      out.back().span.end = line.end;
    } else {
      out.push_back({{line.begin, line.end}, list_item});
    }
    open = true;
  }
  return out;
}

}  // namespace sift
