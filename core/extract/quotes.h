// Stage 3c: direct quotations and their speakers. Quotes pair straight or
// curly double marks inside a paragraph (single marks too, when they face
// both ways, since they double as apostrophes); a paragraph that opens a quote
// without closing it continues into the next one when that one opens with a
// mark (the news convention), otherwise the quote stops at the paragraph end,
// so an unbalanced mark never swallows the article. Speakers come from the
// usual patterns (X said, said X, X told Reuters, according to X, X: "...");
// "he said" goes to the last named speaker or person before the quote.
#pragma once
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "segment/repeats.h"
#include "segment/roles.h"
#include "segment/segment.h"

namespace sift {

struct QuoteInput {
  std::string_view text;
  const Segmentation* segmentation;
  const Roles* roles;
  const std::vector<Repeat>* repeats;
  const std::vector<Entity>* entities;  // sorted by span.begin
};

std::vector<Quote> extract_quotes(const QuoteInput& in);

// The spans of the quotations (marks included), in text order: attribution
// skips quoted words when it looks for a speaker or a source.
std::vector<Span> quoted_spans(const std::vector<Quote>& quotes);

}  // namespace sift
