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
  // Written through a pointer into a buffer sized for the common case (ASCII
  // folds to at most its own length); push_back per character cost a
  // capacity check each and showed in profiles.
  std::string out(text.size() + 8, '\0');
  size_t n = 0;
  bool pending_space = false;
  auto make_room = [&](size_t more) {
    if (n + more > out.size()) out.resize(out.size() * 2 + more);
  };
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {  // ASCII fast path
      ++i;
      const bool alnum = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      if (!alnum) { pending_space = n > 0; continue; }
      make_room(2);
      if (pending_space) { out[n++] = ' '; pending_space = false; }
      out[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
      continue;
    }
    const auto d = utf8::decode(text, i);
    i += d.length;
    if (!utf8::is_letter(d.cp)) { pending_space = n > 0; continue; }
    make_room(5);
    if (pending_space) { out[n++] = ' '; pending_space = false; }
    std::string encoded;
    utf8::append(encoded, utf8::to_lower(d.cp));
    make_room(encoded.size());
    for (char e : encoded) out[n++] = e;
  }
  out.resize(n);
  return out;
}

}  // namespace sift
