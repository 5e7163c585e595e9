#include "segment/sentences.h"

#include "segment/abbreviations.h"
#include "segment/paragraphs.h"
#include "text/chars.h"

namespace sift {
namespace {

using utf8::LetterCase;

// The list numbering a paragraph opened with, so "1. a 2. b" splits before "2.".
struct ListStyle {
  enum Kind { kNone, kNumber, kLetter, kBullet } kind = kNone;
  std::string_view suffix;  // ".", ")", ".)"
  long value = 0;
};

class SentenceSplitter {
 public:
  SentenceSplitter(std::string_view text, Span para, std::vector<Span>& out)
      : t_(text), begin_(para.begin), end_(para.end), out_(out) {}

  void run() {
    size_t start = skip_space(begin_);
    // A live blog's entry opens on its time ("11:20 - The Syrian army
    // denied ..."): the stamp stands apart, so the sentence opens on its
    // subject.
    if (const size_t stamp_end = time_stamp_end(start); stamp_end > start) {
      emit(start, stamp_end);
      start = skip_space(stamp_end);
    }
    list_ = list_style_at(start);
    size_t i = skip_list_marker(start);
    while (i < end_) {
      const char c = t_[i];
      if (list_.kind != ListStyle::kNone && i > start && chars::is_space(t_[i - 1]) &&
          next_list_marker_at(i)) {
        emit(start, i);
        start = i;
        i = skip_list_marker(i);
        continue;
      }
      if (!chars::is_terminator(c)) { ++i; continue; }
      size_t next_start = 0;
      const size_t stop = boundary_after(i, next_start);
      if (stop == 0) { i = next_start > i ? next_start : i + 1; continue; }
      emit(start, stop);
      start = skip_space(next_start);
      i = skip_list_marker(start);
    }
    emit(start, end_);
  }

 private:
  size_t skip_space(size_t i) const {
    while (i < end_ && chars::is_space(t_[i])) ++i;
    return i;
  }

  void emit(size_t b, size_t e) {
    while (e > b && chars::is_space(t_[e - 1])) --e;
    b = skip_space(b);
    if (e > b) out_.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  }

  // The end of a time stamp and its dash or colon at `i` ("18:40 - ",
  // "9:45 GMT: "), or `i` when none opens there.
  size_t time_stamp_end(size_t i) const {
    size_t k = i;
    const auto digits = [&](size_t most) {
      const size_t from = k;
      while (k < end_ && k - from < most && chars::is_ascii_digit(t_[k])) ++k;
      return k - from;
    };
    const size_t hours = digits(2);
    if (hours == 0 || k >= end_ || t_[k] != ':') return i;
    ++k;
    if (digits(2) != 2) return i;
    static constexpr std::string_view kZones[] = {" GMT", " BST", " UTC", " CET", " EET", " EST", " EDT", " ET", " am", " pm"};
    for (std::string_view zone : kZones)
      if (t_.substr(k, zone.size()) == zone) {
        k += zone.size();
        break;
      }
    while (k < end_ && t_[k] == ' ') ++k;
    // "-", an en or em dash, or a colon, then a space.
    size_t mark = 0;
    if (k < end_ && (t_[k] == '-' || t_[k] == ':')) mark = 1;
    else if (t_.substr(k, 3) == "\xE2\x80\x93" || t_.substr(k, 3) == "\xE2\x80\x94") mark = 3;
    if (mark == 0 || k + mark >= end_ || t_[k + mark] != ' ') return i;
    return k + mark;
  }

  // ---- lists ----------------------------------------------------------

  ListStyle list_style_at(size_t i) const {
    ListStyle s;
    const std::string_view rest = t_.substr(i, end_ - i);
    if (list_marker_length(rest) == 0) return s;
    size_t k = 0;
    if (chars::is_ascii_digit(rest[0])) {
      while (k < rest.size() && chars::is_ascii_digit(rest[k])) s.value = s.value * 10 + (rest[k++] - '0');
      s.kind = ListStyle::kNumber;
    } else if (chars::is_ascii_lower(rest[0])) {
      s.value = rest[0];
      k = 1;
      s.kind = ListStyle::kLetter;
    } else {
      s.kind = ListStyle::kBullet;
      return s;
    }
    size_t e = k;
    while (e < rest.size() && (rest[e] == '.' || rest[e] == ')')) ++e;
    s.suffix = rest.substr(k, e - k);
    return s;
  }

  // At `i` (after white space) stands the next marker of the paragraph's list.
  bool next_list_marker_at(size_t i) {
    const ListStyle s = list_style_at(i);
    if (s.kind != list_.kind) return false;
    if (s.kind == ListStyle::kBullet) return true;
    if (s.suffix != list_.suffix || s.value != list_.value + 1) return false;
    // "b. The" needs a capital after a letter marker; "2. the" is still a list.
    if (s.kind == ListStyle::kLetter) {
      const size_t after = i + list_marker_length(t_.substr(i, end_ - i));
      if (chars::case_at(t_, after) != LetterCase::kUpper) return false;
    }
    list_.value = s.value;
    return true;
  }

  // A marker opening a sentence belongs to it; its period ends nothing.
  size_t skip_list_marker(size_t i) {
    const size_t n = list_marker_length(t_.substr(i, end_ - i));
    if (n == 0) return i;
    const ListStyle s = list_style_at(i);
    // A list may also begin after prose in the same paragraph ("... this. 1. The first").
    if (list_.kind == ListStyle::kNone || (s.kind == list_.kind && s.suffix == list_.suffix)) list_ = s;
    return i + n;
  }

  // ---- boundaries -----------------------------------------------------

  // The white-space delimited chunk around `i`.
  Span chunk_around(size_t i) const {
    size_t b = i, e = i;
    while (b > begin_ && !chars::is_space(t_[b - 1])) --b;
    while (e < end_ && !chars::is_space(t_[e])) ++e;
    return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  }

  static bool is_url_or_email(std::string_view chunk) {
    return chunk.find('@') != std::string_view::npos || chunk.find("://") != std::string_view::npos ||
           chars::starts_with(chunk, "www.");
  }

  // The word that ends at `i` (exclusive), without leading brackets or
  // quotes, and starting after a glued boundary ("Tuesday.Mr" -> "Mr").
  std::string_view word_before(size_t i) const {
    size_t b = i;
    while (b > begin_ && !chars::is_space(t_[b - 1])) --b;
    while (b < i && (chars::is_opening(t_[b]) || t_[b] == '-')) ++b;
    for (size_t k = i; k > b + 2; --k) {
      const size_t dot = k - 1;
      if (t_[dot] == '.' && dot + 2 < i && chars::is_ascii_upper(t_[dot + 1]) &&
          chars::is_ascii_lower(t_[dot + 2]) && dot >= b + 2 &&
          (chars::is_ascii_lower(t_[dot - 1]) || chars::is_ascii_digit(t_[dot - 1]))) {
        b = dot + 1;
        break;
      }
    }
    return t_.substr(b, i - b);
  }

  // The word before `word` (which starts at `word_begin`), if any.
  std::string_view previous_word(size_t word_begin) const {
    size_t e = word_begin;
    while (e > begin_ && chars::is_space(t_[e - 1])) --e;
    size_t b = e;
    while (b > begin_ && !chars::is_space(t_[b - 1])) --b;
    return t_.substr(b, e - b);
  }

  static bool is_numeric(std::string_view w) {
    bool digit = false;
    for (char c : w) {
      if (chars::is_ascii_digit(c)) digit = true;
      else if (c != ',' && c != '.' && c != '$' && c != '%' && c != '-') return false;
    }
    return digit;
  }

  // "U.S", "a.m", "e.g", "Ph.D": letters in groups of one or two, joined by periods.
  static bool is_dotted_abbreviation(std::string_view w) {
    size_t groups = 0, run = 0;
    for (char c : w) {
      if (chars::is_ascii_alpha(c)) {
        if (++run > 2) return false;
      } else if (c == '.') {
        if (run == 0) return false;
        ++groups;
        run = 0;
      } else {
        return false;
      }
    }
    return groups >= 1 && run >= 1 && run <= 2;
  }

  // First word after white space and opening quotes or brackets at `k`.
  std::string_view word_at(size_t k) const {
    while (k < end_ && chars::is_opening(t_[k])) ++k;
    size_t e = k;
    while (e < end_ && chars::is_word_at(t_, e)) {
      e += static_cast<unsigned char>(t_[e]) < 0x80 ? 1 : utf8::decode(t_, e).length;
    }
    return t_.substr(k, e - k);
  }

  LetterCase case_of_next(size_t k) const {
    while (k < end_ && chars::is_opening(t_[k])) ++k;
    if (k >= end_) return LetterCase::kNone;
    if (chars::is_ascii_digit(t_[k])) return LetterCase::kNone;
    return chars::case_at(t_, k);
  }

  bool next_is_digit(size_t k) const {
    while (k < end_ && chars::is_opening(t_[k])) ++k;
    return k < end_ && chars::is_ascii_digit(t_[k]);
  }

  // Looks at the terminator at `i`. Returns where the sentence stops (after
  // the terminators and closing marks) or 0 for no boundary; `next` is where
  // scanning resumes.
  size_t boundary_after(size_t i, size_t& next) {
    const Span chunk = chunk_around(i);
    const std::string_view chunk_text = chunk.of(t_);
    // Periods inside URLs and e-mail addresses: only the last one can end.
    if (is_url_or_email(chunk_text)) {
      size_t last = chunk.end;
      while (last > i && (chars::is_terminator(t_[last - 1]) || chars::is_closing(t_[last - 1]))) --last;
      if (i < last) { next = i + 1; return 0; }
    }

    // Collect the run of terminators; ". . ." counts as one spaced run.
    size_t j = i;
    size_t dots = 0;
    bool bang = false, spaced = false;
    while (j < end_) {
      if (t_[j] == '.') { ++dots; ++j; continue; }
      if (t_[j] == '!' || t_[j] == '?') { bang = true; ++j; continue; }
      if (t_[j] == ' ' && j + 1 < end_ && t_[j + 1] == '.' && dots > 0 && !bang &&
          (dots > 1 || spaced || (j + 2 < end_ && t_[j + 2] == ' '))) {
        spaced = true;
        ++j;
        continue;
      }
      break;
    }
    next = j;
    const bool attached = i > begin_ && !chars::is_space(t_[i - 1]);
    // "[...]" and "(...)" mark an omission inside a sentence.
    if (i > begin_ && (t_[i - 1] == '[' || t_[i - 1] == '(')) return 0;

    // "compounds. . . . The": the first period ends, the ellipsis opens the next.
    if (attached && spaced && !bang && t_[i + 1] == ' ') {
      size_t after = j;
      while (after < end_ && chars::is_closing(t_[after])) ++after;
      const size_t k = skip_space(after);
      if (dots >= 4 && case_of_next(k) == LetterCase::kUpper) {
        next = i + 1;
        return i + 1;
      }
      next = after;
      return 0;
    }

    size_t stop = j;
    while (stop < end_ && chars::is_closing(t_[stop])) ++stop;
    // A quote or bracket glued to the next word opens it rather than closing ours.
    if (stop < end_ && !chars::is_space(t_[stop]) && stop > j) {
      size_t k = j;
      while (k < stop && (t_[k] == ')' || t_[k] == ']')) ++k;
      stop = k;
    }
    if (stop >= end_) { next = end_; return end_; }

    const bool space_after = chars::is_space(t_[stop]);
    const size_t k = skip_space(stop);
    next = stop;
    const LetterCase next_case = case_of_next(k);
    const std::string_view word = word_before(i);

    if (!space_after) {
      // "world.Today", "1,000.That": no space, yet a new sentence.
      if (dots != 1 || bang || word.size() < 2) return 0;
      const char last = word.back();
      if (!(chars::is_ascii_lower(last) || chars::is_ascii_digit(last))) return 0;
      if (abbreviations::is_title(word) || abbreviations::is_common(word)) return 0;
      if (!(chars::is_ascii_upper(t_[stop]) && stop + 1 < end_ && chars::is_ascii_lower(t_[stop + 1])))
        return 0;
      return stop;
    }

    if (next_case == LetterCase::kLower) return 0;  // "Yahoo! in", "co. at"
    if (bang) return stop;

    if (dots >= 2) {
      if (!attached && dots == 3) return 0;          // "is . . . I didn't", "really ... well"
      if (dots == 3 && word_at(k) == "I") return 0;  // "what I mean... I"
      return next_case == LetterCase::kUpper || next_case == LetterCase::kUncased ? stop : 0;
    }

    // A single period.
    if (next_is_digit(k)) {
      // "p. 55", "No. 5", "N°. 1026" stay; "in 2011. 2012 was" and list items split.
      if (list_.kind == ListStyle::kNumber) return stop;
      if (word.empty() || abbreviations::is_common(word) || abbreviations::is_title(word)) return 0;
      if (word.size() <= 2 || !chars::is_word_at(word, 0)) return 0;
      if (is_numeric(word)) return stop;
      return chars::case_at(word, 0) == LetterCase::kLower && word.size() >= 3 ? stop : 0;
    }
    if (word.empty()) return stop;
    if (abbreviations::is_title(word)) return 0;
    if (is_numeric(word)) return stop;
    if (is_dotted_abbreviation(word)) {
      // "U.S. Government" and "a.m. Mr. Smith" stay together; "the U.S.
      // Millions attended" and "at 6 a.m. Travelers" split.
      const std::string_view next_word = word_at(k);
      if (abbreviations::continues_abbreviation(next_word) || abbreviations::is_title(next_word)) return 0;
      return next_case == LetterCase::kUpper || next_case == LetterCase::kUncased ? stop : 0;
    }
    if (word.size() == 1 && chars::is_ascii_upper(word[0])) {
      // An initial ("Jonas E. Smith") unless a lower-case word leads up to it ("you and I.").
      // Opening a paragraph, it opens a name ("H. Said / Manar"), unless it is
      // a numeral ("I. Background").
      const std::string_view prev = previous_word(static_cast<size_t>(word.data() - t_.data()));
      const bool prev_lower = prev.empty() ? word == "I" : chars::case_at(prev, 0) == LetterCase::kLower;
      return prev_lower ? stop : 0;
    }
    if (abbreviations::is_common(word)) return next_case == LetterCase::kUpper ? stop : 0;
    return stop;
  }

  std::string_view t_;
  size_t begin_, end_;
  std::vector<Span>& out_;
  ListStyle list_;
};

}  // namespace

void split_sentences(std::string_view text, Span paragraph, std::vector<Span>& out) {
  SentenceSplitter(text, paragraph, out).run();
}

}  // namespace sift
