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

namespace {
// ASCII letters and digits folded to lower case; every other ASCII byte 0.
struct AsciiFoldTable {
  char to[128] = {};
  constexpr AsciiFoldTable() {
    for (int c = '0'; c <= '9'; ++c) to[c] = static_cast<char>(c);
    for (int c = 'a'; c <= 'z'; ++c) to[c] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) to[c] = static_cast<char>(c | 0x20);
  }
};
constexpr AsciiFoldTable kAsciiFold;
}  // namespace

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
    if (c < 0x80) {  // ASCII fast path: never longer than its input, so no room check
      ++i;
      const char folded = kAsciiFold.to[c];
      if (!folded) { pending_space = n > 0; continue; }
      if (pending_space) { out[n++] = ' '; pending_space = false; }
      out[n++] = folded;
      continue;
    }
    const auto d = utf8::decode(text, i);
    i += d.length;
    if (!utf8::is_letter(d.cp)) { pending_space = n > 0; continue; }
    if (pending_space) { out[n++] = ' '; pending_space = false; }
    std::string encoded;
    utf8::append(encoded, utf8::to_lower(d.cp));
    // A lower-case letter may take more bytes than its capital; keep room
    // for it and for the rest of the input, which the ASCII path relies on.
    make_room(encoded.size() + (text.size() - i) + 1);
    for (char e : encoded) out[n++] = e;
  }
  out.resize(n);
  return out;
}

}  // namespace sift
