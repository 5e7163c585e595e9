// Lookups in vectors of items sorted by span.begin, so per-item work stays
// logarithmic even when one article holds 20,000 facts or quotes.
#pragma once
#include <algorithm>
#include <cstdint>
#include <vector>

#include "text/span.h"

namespace sift {

// Index of the first item whose span begins at or after `pos`.
template <typename T, typename SpanOf>
size_t first_at_or_after(const std::vector<T>& items, uint32_t pos, SpanOf span_of) {
  return static_cast<size_t>(std::partition_point(items.begin(), items.end(),
                                                  [&](const T& x) { return span_of(x).begin < pos; }) -
                             items.begin());
}

// The item whose span holds [begin, end), among non-overlapping sorted spans.
template <typename T, typename SpanOf>
const T* holding(const std::vector<T>& items, Span s, SpanOf span_of) {
  const size_t after = static_cast<size_t>(std::partition_point(items.begin(), items.end(),
                                                                [&](const T& x) { return span_of(x).begin <= s.begin; }) -
                                           items.begin());
  if (after == 0) return nullptr;
  const T& candidate = items[after - 1];
  return span_of(candidate).end >= s.end ? &candidate : nullptr;
}

inline Span span_of_span(const Span& s) { return s; }

}  // namespace sift
