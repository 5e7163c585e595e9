#include "text/fold.h"

namespace sift {

void folded_word_hashes(std::string_view text, std::vector<uint64_t>& out) {
  for_each_folded_word(text, [&](uint64_t w) { out.push_back(w); });
}

uint64_t folded_hash(std::string_view text, uint32_t* words) {
  uint64_t h = 0x51afd7ed558ccd00ULL;
  uint32_t n = 0;
  for_each_folded_word(text, [&](uint64_t w) {
    h = hash_combine(h, w);
    ++n;
  });
  if (words) *words = n;
  return h;
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {  // ASCII fast path
      ++i;
      const bool alnum = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      if (!alnum) { pending_space = !out.empty(); continue; }
      if (pending_space) { out += ' '; pending_space = false; }
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
      continue;
    }
    const auto d = utf8::decode(text, i);
    i += d.length;
    if (!utf8::is_letter(d.cp)) { pending_space = !out.empty(); continue; }
    if (pending_space) { out += ' '; pending_space = false; }
    utf8::append(out, utf8::to_lower(d.cp));
  }
  return out;
}

}  // namespace sift
