#include "segment/segment.h"

#include "segment/sentences.h"
#include "text/fold.h"

namespace sift {

Segmentation segment_without_tokens(std::string_view text) {
  Segmentation seg;
  seg.paragraphs = split_paragraphs(text);
  std::vector<Span> spans;
  for (uint32_t p = 0; p < seg.paragraphs.size(); ++p) {
    Paragraph& para = seg.paragraphs[p];
    para.folded_hash = folded_hash(para.span.of(text), &para.words);
    spans.clear();
    split_sentences(text, para.span, spans);
    for (const Span& s : spans) seg.sentences.push_back({s, p, 0, 0});
  }
  seg.paragraphs.shrink_to_fit();
  seg.sentences.shrink_to_fit();
  return seg;
}

void tokenize_sentences(std::string_view text, Segmentation& seg) {
  seg.tokens.clear();
  seg.tokens.reserve(text.size() / 5);
  for (Sentence& s : seg.sentences) {
    s.token_begin = static_cast<uint32_t>(seg.tokens.size());
    tokenize(text, s.span, seg.tokens);
    s.token_end = static_cast<uint32_t>(seg.tokens.size());
  }
}

Segmentation segment(std::string_view text) {
  Segmentation seg = segment_without_tokens(text);
  tokenize_sentences(text, seg);
  return seg;
}

}  // namespace sift
