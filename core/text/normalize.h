// Stage 1: normalization for matching, with an exact map back to the input.
//
// The normalized text folds typographic variants to ASCII (quotes, dashes,
// ellipses, exotic spaces), turns CRLF and CR into LF, drops zero-width
// characters and blanks out control characters. Every later stage works on
// the normalized text; spans go back to the input through `to_input_*`, so
// `input.substr(begin, end - begin)` is always the evidence the user pasted.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sift {

struct NormalizedText {
  std::string text;  // valid UTF-8

  // A run of normalized bytes that came from a run of input bytes. An
  // identity run maps byte for byte; a replacement maps as one unit.
  struct Piece {
    uint32_t norm_begin;
    uint32_t input_begin;
    uint32_t norm_length;
    uint32_t input_length;
    bool identity;
  };
  std::vector<Piece> pieces;  // sorted by norm_begin, covering `text`
  uint32_t input_size = 0;

  // Input offset where the normalized character at `norm` starts.
  uint32_t to_input_begin(uint32_t norm) const;
  // Input offset just past the input character behind normalized byte `norm - 1`.
  uint32_t to_input_end(uint32_t norm) const;
};

// `input` must be valid UTF-8 (see utf8::repair).
NormalizedText normalize(std::string_view input);

}  // namespace sift
