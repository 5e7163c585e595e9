// Helpers shared by the unit tests: fixture and ../shared file access, and a
// one-call way to run the pipeline on a text.
#pragma once
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "sift.h"

namespace sift::test {

inline std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string fixture(const std::string& name) {
  auto text = read_file(std::string(SIFT_FIXTURES_DIR) + "/" + name);
  if (!text) throw std::runtime_error("missing fixture " + name);
  return *text;
}

// A file from ../shared, or nullopt (the caller skips with a message).
inline std::optional<std::string> shared_file(const std::string& relative) {
  return read_file(std::string(SIFT_SHARED_DIR) + "/" + relative);
}

// A time bound for tests that guard against quadratic work, stretched by
// SIFT_TIME_SCALE when the tests run under sanitizers.
inline double time_budget(double seconds) {
  const char* scale = std::getenv("SIFT_TIME_SCALE");
  const double factor = scale ? std::atof(scale) : 1.0;
  return seconds * (factor > 0 ? factor : 1.0);
}

inline Report analyze_texts(const std::vector<std::string>& texts) {
  Batch batch;
  for (size_t i = 0; i < texts.size(); ++i)
    batch.articles.push_back({"a" + std::to_string(i + 1), texts[i], std::nullopt});
  return analyze(batch);
}

inline ArticleAnalysis analyze_text(const std::string& text) {
  return std::move(analyze_texts({text}).articles.front());
}

// Texts of the paragraphs / sentences, from the normalized text.
inline std::vector<std::string> paragraph_texts(const ArticleAnalysis& a) {
  std::vector<std::string> out;
  for (const auto& p : a.segmentation.paragraphs) out.emplace_back(p.span.of(a.normalized.text));
  return out;
}

inline std::vector<std::string> sentence_texts(const ArticleAnalysis& a) {
  std::vector<std::string> out;
  for (const auto& s : a.segmentation.sentences) out.emplace_back(s.span.of(a.normalized.text));
  return out;
}

inline std::vector<std::string> kinds(const ArticleAnalysis& a) {
  std::vector<std::string> out;
  for (const auto& r : a.roles.paragraphs) out.emplace_back(to_string(r.kind));
  return out;
}

}  // namespace sift::test
