// Folding for matching: words of letters and digits, lower-cased, with all
// punctuation and spacing differences dropped. Repeats, recurring lines and
// near-duplicate detection all compare text through this one lens.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sift {

// Calls `on_word(uint64_t hash)` for each folded word of `text`, in order.
template <typename OnWord>
void for_each_folded_word(std::string_view text, OnWord&& on_word);
// The same with each word's first byte: `on_word(uint64_t hash, size_t begin)`.
template <typename OnWord>
void for_each_folded_word_at(std::string_view text, OnWord&& on_word);

// Hashes of the folded words of `text`, appended to `out`.
void folded_word_hashes(std::string_view text, std::vector<uint64_t>& out);

// One hash for the whole folded text: equal for texts that differ only in
// case, punctuation and spacing. Counts the words into `words` if given.
uint64_t folded_hash(std::string_view text, uint32_t* words = nullptr);

// The folded text itself ("Dr. Assad's" -> "dr assad s").
std::string fold(std::string_view text);

}  // namespace sift

#include "text/fold_inl.h"
