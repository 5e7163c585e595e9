// Deterministic 64-bit hashing. std::hash differs between libstdc++ and
// libc++, and the native and WASM builds must produce byte-identical output.
#pragma once
#include <cstdint>
#include <string_view>

namespace sift {

// Mixes a 64-bit value (the splitmix64 finalizer): cheap and well spread.
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// FNV-1a over bytes, then mixed.
inline uint64_t hash_bytes(std::string_view s, uint64_t seed = 0) {
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

inline uint64_t hash_combine(uint64_t a, uint64_t b) { return mix64(a * 0x9e3779b97f4a7c15ULL + b); }

}  // namespace sift
