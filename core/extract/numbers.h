// Counts as news writes them: digits ("7,500", "47"), words ("three",
// "Eighteen", "twenty-five", "two dozen"), vague quantities ("dozens",
// "hundreds", "several") and the qualifiers before them ("at least", "more
// than", "nearly", "up to"), with ranges ("between 10 and 15", "10-15").
//
// Conventions (documented in docs/output.md):
//   N exactly                      [N, N]
//   at least / a minimum of N      [N, open]
//   more than / over N             [N, open]  (the stated figure, as ACLED keeps it)
//   about / around / some / nearly / almost / an estimated N   [N, N], qualifier kept
//   up to / as many as N           [1, N]
//   fewer than / less than / under N  [1, N-1]
//   vague words: a few [2, 5], several [3, 9], a dozen 12, dozens [12, 99],
//   scores [20, 99], hundreds [100, 999], thousands [1000, 9999],
//   tens of thousands [10000, 99999] (ACLED: dozens = 12, hundreds = 100)
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "segment/tokens.h"

namespace sift {

struct Count {
  uint32_t token_begin = 0, token_end = 0;  // the qualifier, the number and "of"
  int64_t min = 0;
  std::optional<int64_t> max;
  std::string_view qualifier;  // the table's words: "at least", or empty
  std::string_view vague;      // "dozens", or empty
};

// The count that starts at token `i` (qualifier included), if any.
std::optional<Count> parse_count(std::string_view text, const std::vector<Token>& tokens, uint32_t i,
                                 uint32_t end);

// Is token k an ordinal's suffix glued to the number before it ("16" "th")?
bool is_ordinal_suffix_at(std::string_view text, const std::vector<Token>& tokens, uint32_t k, uint32_t end);

// The value of a number written in digits or words ("7,500" -> 7500,
// "Eighteen" -> 18); nullopt for anything else.
std::optional<int64_t> number_value(std::string_view word);

}  // namespace sift
