// Finds where the phrases of a fixed list stand in a text, at word bounds
// and without regard to ASCII case, in one pass over the text. It gives the
// same matches as searching the text once for each phrase, which the casualty
// scope rules did for forty-odd cue phrases per fact.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/chars.h"

namespace sift {

class PhraseScanner {
 public:
  struct Hit {
    uint32_t phrase;  // index in the list
    uint32_t at;      // byte offset in the text scanned
  };
  static constexpr size_t npos = std::string_view::npos;

  // Phrases are lower case and open with an ASCII letter.
  template <size_t N>
  explicit PhraseScanner(const std::string_view (&phrases)[N]) : phrases_(phrases, phrases + N) {
    for (uint32_t i = 0; i < N; ++i) by_letter_[letter_index(phrases[i][0])].push_back(i);
  }

  // Replaces `hits` with the phrases standing in `text`, by position, then by
  // list order. A word bound is any byte but an ASCII letter.
  void scan(std::string_view text, std::vector<Hit>& hits) const {
    hits.clear();
    for (size_t pos = 0; pos < text.size(); ++pos) {
      if (!chars::is_ascii_alpha(text[pos]) || (pos > 0 && chars::is_ascii_alpha(text[pos - 1]))) continue;
      for (uint32_t i : by_letter_[letter_index(text[pos])]) {
        const std::string_view p = phrases_[i];
        if (text.size() - pos < p.size() || !chars::iequals(text.substr(pos, p.size()), p)) continue;
        if (pos + p.size() < text.size() && chars::is_ascii_alpha(text[pos + p.size()])) continue;
        hits.push_back({i, static_cast<uint32_t>(pos)});
      }
    }
  }

  // The offset of the first hit of phrase `phrase` at or after `from`, or npos.
  static size_t first(const std::vector<Hit>& hits, uint32_t phrase, size_t from) {
    for (const Hit& h : hits)
      if (h.phrase == phrase && h.at >= from) return h.at;
    return npos;
  }

 private:
  static size_t letter_index(char c) { return static_cast<size_t>((c | 0x20) - 'a') % 26; }

  std::vector<std::string_view> phrases_;
  std::array<std::vector<uint32_t>, 26> by_letter_;
};

}  // namespace sift
