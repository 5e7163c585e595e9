#pragma once
#include "text/hash.h"
#include "text/utf8.h"

namespace sift {

template <typename OnWord>
void for_each_folded_word_at(std::string_view text, OnWord&& on_word) {
  uint64_t h = 0xcbf29ce484222325ULL;
  bool in_word = false;
  size_t word_begin = 0;
  auto feed = [&](uint32_t unit) {
    h ^= unit;
    h *= 0x100000001b3ULL;
  };
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    char32_t cp;
    size_t len = 1;
    if (c < 0x80) {
      cp = c;
      const bool alnum = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      if (alnum) {
        if (!in_word) word_begin = i;
        feed(c | ((c >= 'A' && c <= 'Z') ? 0x20 : 0));
        in_word = true;
      } else if (in_word) {
        on_word(mix64(h), word_begin);
        h = 0xcbf29ce484222325ULL;
        in_word = false;
      }
      ++i;
      continue;
    }
    const auto d = utf8::decode(text, i);
    cp = d.cp;
    len = d.length;
    if (utf8::is_letter(cp)) {
      if (!in_word) word_begin = i;
      feed(static_cast<uint32_t>(utf8::to_lower(cp)));
      in_word = true;
    } else if (in_word) {
      on_word(mix64(h), word_begin);
      h = 0xcbf29ce484222325ULL;
      in_word = false;
    }
    i += len;
  }
  if (in_word) on_word(mix64(h), word_begin);
}

template <typename OnWord>
void for_each_folded_word(std::string_view text, OnWord&& on_word) {
  for_each_folded_word_at(text, [&](uint64_t hash, size_t) { on_word(hash); });
}

}  // namespace sift
