#include "extract/gazetteer.h"

#include <algorithm>
#include <cstdint>

#include "text/hash.h"

namespace sift::gazetteer {
namespace {

#include "extract/gazetteer_data.inc"

// FNV-1a over the ASCII-lowercased bytes, then mixed: as make-gazetteer.js.
uint64_t name_hash(std::string_view name) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

bool in_filter(const uint64_t* words, uint64_t bits, std::string_view name) {
  const uint64_t h = name_hash(name);
  const uint64_t h1 = h & 0xffffffffULL, h2 = (h >> 32) | 1;
  for (uint64_t i = 0; i < kFilterHashes; ++i) {
    // Multiply-shift maps the probe onto [0, bits) without a division.
    const uint64_t bit = (static_cast<uint32_t>(h1 + i * h2) * bits) >> 32;
    if (!(words[bit / 64] >> (bit % 64) & 1)) return false;
  }
  return true;
}

}  // namespace

bool is_place_name(std::string_view name) { return in_filter(kPlaceFilter, kPlaceFilterBits, name); }

bool is_person_name(std::string_view word) { return in_filter(kPersonFilter, kPersonFilterBits, word); }

bool is_common_word(std::string_view word) { return in_filter(kCommonWordFilter, kCommonWordFilterBits, word); }

bool is_big_city(std::string_view name) {
  const uint64_t h = name_hash(name);
  return std::binary_search(std::begin(kBigCityHashes), std::end(kBigCityHashes), h);
}

}  // namespace sift::gazetteer
