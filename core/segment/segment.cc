#include "segment/segment.h"

#include "segment/sentences.h"
#include "text/fold.h"

namespace sift {

Segmentation segment(std::string_view text) {
  Segmentation seg;
  seg.paragraphs = split_paragraphs(text);
  std::vector<Span> spans;
  seg.tokens.reserve(text.size() / 5);
  for (uint32_t p = 0; p < seg.paragraphs.size(); ++p) {
    Paragraph& para = seg.paragraphs[p];
    para.folded_hash = folded_hash(para.span.of(text), &para.words);
    spans.clear();
    split_sentences(text, seg.paragraphs[p].span, spans);
    for (const Span& s : spans) {
      const auto first = static_cast<uint32_t>(seg.tokens.size());
      tokenize(text, s, seg.tokens);
      seg.sentences.push_back({s, p, first, static_cast<uint32_t>(seg.tokens.size())});
    }
  }
  return seg;
}

}  // namespace sift
