#include "text/fold.h"

namespace sift {

void folded_word_hashes(std::string_view text, std::vector<uint64_t>& out) {
  for_each_folded_word(text, [&](uint64_t w) { out.push_back(w); });
}

uint64_t folded_hash(std::string_view text) {
  uint64_t h = 0x51afd7ed558ccd00ULL;
  for_each_folded_word(text, [&](uint64_t w) { h = hash_combine(h, w); });
  return h;
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    const auto d = utf8::decode(text, i);
    i += d.length;
    const bool word = utf8::is_letter(d.cp) || utf8::is_digit(d.cp);
    if (!word) { pending_space = !out.empty(); continue; }
    if (pending_space) { out += ' '; pending_space = false; }
    utf8::append(out, utf8::to_lower(d.cp));
  }
  return out;
}

}  // namespace sift
