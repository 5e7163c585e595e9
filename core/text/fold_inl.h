#pragma once
#include "text/hash.h"
#include "text/utf8.h"

namespace sift {

namespace fold_detail {
// Per byte: an ASCII letter or digit folded to lower case, 0 for any other
// ASCII byte, 0x80 for a byte that starts or continues a multi-byte letter.
struct ByteClasses {
  unsigned char of[256] = {};
  constexpr ByteClasses() {
    for (int c = '0'; c <= '9'; ++c) of[c] = static_cast<unsigned char>(c);
    for (int c = 'a'; c <= 'z'; ++c) of[c] = static_cast<unsigned char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) of[c] = static_cast<unsigned char>(c | 0x20);
    for (int c = 0x80; c < 256; ++c) of[c] = 0x80;
  }
};
inline constexpr ByteClasses kByteClasses;
}  // namespace fold_detail

template <typename OnWord>
void for_each_folded_word_at(std::string_view text, OnWord&& on_word) {
  constexpr uint64_t kBasis = 0xcbf29ce484222325ULL, kPrime = 0x100000001b3ULL;
  uint64_t h = kBasis;
  bool in_word = false;
  size_t word_begin = 0;
  for (size_t i = 0; i < text.size();) {
    const unsigned char folded = fold_detail::kByteClasses.of[static_cast<unsigned char>(text[i])];
    if (folded != 0 && folded != 0x80) {  // an ASCII letter or digit: one table load decides
      if (!in_word) word_begin = i;
      h = (h ^ folded) * kPrime;
      in_word = true;
      ++i;
      continue;
    }
    if (folded == 0) {
      if (in_word) {
        on_word(mix64(h), word_begin);
        h = kBasis;
        in_word = false;
      }
      ++i;
      continue;
    }
    const auto d = utf8::decode(text, i);
    if (utf8::is_letter(d.cp)) {
      if (!in_word) word_begin = i;
      h = (h ^ static_cast<uint32_t>(utf8::to_lower(d.cp))) * kPrime;
      in_word = true;
    } else if (in_word) {
      on_word(mix64(h), word_begin);
      h = kBasis;
      in_word = false;
    }
    i += d.length;
  }
  if (in_word) on_word(mix64(h), word_begin);
}

template <typename OnWord>
void for_each_folded_word(std::string_view text, OnWord&& on_word) {
  for_each_folded_word_at(text, [&](uint64_t hash, size_t) { on_word(hash); });
}

}  // namespace sift
