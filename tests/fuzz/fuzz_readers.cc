// libFuzzer target: the input readers (.txt splitting, .jsonl, .csv and the
// WASM JSON input) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "input/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto txt = sift::read_txt(input, "f.txt");
  for (const auto& a : txt.articles)
    if (a.text.size() > size) std::abort();
  sift::read_jsonl(input, "f.jsonl");
  sift::read_csv(input, "f.csv");
  const auto parsed = sift::read_batch_json(input);
  if (parsed.error.empty() && parsed.batch.articles.size() > size) std::abort();
  return 0;
}
