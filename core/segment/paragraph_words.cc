#include "segment/paragraph_words.h"

#include "text/fold.h"

namespace sift {

ParagraphWords fold_paragraph_words(std::string_view text, const std::vector<Paragraph>& paragraphs) {
  ParagraphWords out;
  size_t words = 0;
  for (const Paragraph& p : paragraphs) words += p.words;
  out.hashes.reserve(words);
  out.begins.reserve(words);
  out.offsets.reserve(paragraphs.size() + 1);
  for (const Paragraph& p : paragraphs) {
    for_each_folded_word_at(p.span.of(text), [&](uint64_t hash, size_t at) {
      out.hashes.push_back(hash);
      out.begins.push_back(static_cast<uint32_t>(p.span.begin + at));
    });
    out.offsets.push_back(static_cast<uint32_t>(out.hashes.size()));
  }
  return out;
}

}  // namespace sift
