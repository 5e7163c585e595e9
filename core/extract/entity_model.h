// A linear model that types the capitalised runs the entity rules find:
// PERSON, ORG, LOC, NORP or none (not an entity). Features are hashed
// strings (words, affixes, shapes, neighbours, lexicon hits and the rules'
// own verdict); the weights come from an averaged perceptron trained by
// tools/train_entities.cc on openly licensed corpora and are compiled in.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace sift {

enum class ModelClass : uint8_t { kNone, kPerson, kOrg, kLoc, kNorp };
constexpr int kModelClasses = 5;

// The features of one candidate: a fixed buffer, so typing a run allocates nothing.
class FeatureList {
 public:
  static constexpr size_t kCapacity = 96;
  // Adds template `kind` with value `value` (ASCII-lowercased while hashing).
  void add(uint32_t kind, std::string_view value = {});
  void add(uint32_t kind, std::string_view a, std::string_view b);
  const uint32_t* begin() const { return keys_.data(); }
  const uint32_t* end() const { return keys_.data() + size_; }
  size_t size() const { return size_; }
  void clear() { size_ = 0; }

 private:
  std::array<uint32_t, kCapacity> keys_{};
  size_t size_ = 0;
};

using ModelScores = std::array<float, kModelClasses>;

// Scores of each class under the compiled-in weights.
ModelScores score_entity(const FeatureList& features);

// The best class of `scores`.
ModelClass best_class(const ModelScores& scores);

}  // namespace sift
