// Sift's one entry point: analyze a batch of articles.
//
//   input -> normalize -> segment -> extract -> deduplicate -> report
//
// The CLI, the WASM binding and the tests all call `analyze` and `to_json`;
// every stage lives behind this facade in its own module.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dedup/dedup.h"
#include "extract/dates.h"
#include "extract/extraction.h"
#include "segment/repeats.h"
#include "segment/roles.h"
#include "segment/segment.h"
#include "text/normalize.h"

namespace sift {

inline constexpr const char* kVersion = "0.1.0";

struct ArticleInput {
  std::string id;
  std::string text;
  std::optional<std::string> date;  // YYYY-MM-DD, the article's publication date
};

struct Batch {
  std::vector<ArticleInput> articles;
};

// Everything the pipeline learned about one article.
struct ArticleAnalysis {
  std::string id;
  std::optional<std::string> date;
  std::string input;  // the text as given, invalid UTF-8 replaced by U+FFFD
  NormalizedText normalized;
  Segmentation segmentation;  // tokens are released once extraction is done
  Roles roles;
  std::vector<Repeat> repeats;
  std::optional<CivilDate> anchor_date;  // for relative dates: the date or one found in the lead
  Extraction extraction;
};

struct Report {
  std::vector<ArticleAnalysis> articles;
  Deduplication dedup;
};

Report analyze(const Batch& batch);
// The same, taking the texts over instead of copying them: for callers
// (the CLI) that no longer need the batch, so a large batch is held once.
Report analyze(Batch&& batch);

// The JSON document described in docs/output.md. Offsets are UTF-16 units.
std::string to_json(const Report& report);

// The same document handed to `sink` in pieces of about a megabyte, so a
// caller can stream it out without holding it whole.
void write_json(const Report& report, const std::function<void(std::string_view)>& sink);

// Errors as values: the bindings turn a failure into their own error type.
enum class ErrorCode { kOk, kInvalidInput };

struct JsonResult {
  ErrorCode code = ErrorCode::kOk;
  std::string text;  // the output JSON, or the error message
  bool ok() const { return code == ErrorCode::kOk; }
};

// {"articles": [{"id", "text", "date"?}]} in, the report JSON out.
JsonResult analyze_json(std::string_view input_json);

// True for a real calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view s);

}  // namespace sift
