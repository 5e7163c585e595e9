// Stage 2a: paragraphs. Blank lines always separate paragraphs; inside a
// block each line is its own paragraph unless it was hard-wrapped (a PDF or
// e-mail line that does not end a sentence and runs on into the next).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace sift {

struct Paragraph {
  Span span;                 // trimmed of surrounding white space
  bool list_item = false;    // starts with a bullet, "1." or "a)"
  uint32_t words = 0;        // folded words (see text/fold.h)
  uint64_t folded_hash = 0;  // equal for paragraphs equal after folding
};

std::vector<Paragraph> split_paragraphs(std::string_view text);

// Length in bytes of a list marker ("- ", "• ", "12. ", "3) ", "b. ", "1.) ")
// at the start of `line`, or 0.
size_t list_marker_length(std::string_view line);

}  // namespace sift
