// Batch stage: one list of entities across all articles, with their variants
// and mention counts. Names join when their canonical forms match after
// folding, or, for names of at least four consonants, when their consonant
// skeletons match, which absorbs transliteration ("Baba Amro" / "Bab Amr",
// "Khalidiyeh" / "Khaldiyeh") without joining short names ("Oman" / "Amman").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"

namespace sift {

struct BatchEntity {
  std::string canonical;  // the most frequent canonical form
  EntityType type;
  std::vector<std::string> variants;  // every distinct written form, first seen first
  uint32_t mentions = 0;
  std::vector<uint32_t> articles;  // article indexes, ascending
};

struct ArticleEntities {
  std::string_view text;  // normalized text the spans point into
  const std::vector<Entity>* entities;
};

// Entities of every type but DATE, in order of first appearance.
std::vector<BatchEntity> index_entities(const std::vector<ArticleEntities>& articles);

// The matching key: folded name without name particles; with `skeleton`,
// vowels dropped and doubled letters collapsed.
std::string entity_key(std::string_view name, bool skeleton);

}  // namespace sift
