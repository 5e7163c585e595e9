// Stage 2b: sentences inside one paragraph, by rules in the spirit of the
// English Golden Rules: abbreviations, initials, U.S./a.m., decimals, URLs,
// ellipses, closing quotes and brackets, ?! runs and numbered lists.
#pragma once
#include <string_view>
#include <vector>

#include "text/span.h"

namespace sift {

// Appends the sentences of `paragraph` (a span of `text`) to `out`. Line
// breaks inside the paragraph count as spaces.
void split_sentences(std::string_view text, Span paragraph, std::vector<Span>& out);

}  // namespace sift
