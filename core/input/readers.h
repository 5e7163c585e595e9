// Input readers: turn the formats users bring (.txt with "---" separators,
// .jsonl, the WASM module's JSON) into articles. Pure functions on strings;
// the CLI reads the files, the page reads the clipboard.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sift.h"

namespace sift {

struct InputProblem {
  uint32_t line;  // 1-based line in the source, 0 when not tied to a line
  std::string message;
};

struct ReadResult {
  std::vector<ArticleInput> articles;
  std::vector<InputProblem> problems;  // lines skipped or fields ignored
};

// A .txt holds one article, or several separated by a line that is exactly
// "---". Ids are `name`, `name#2`, `name#3`, ...; blank parts are skipped.
ReadResult read_txt(std::string_view text, std::string_view name);

// One JSON object per line: {"id", "text", "date"?}. A bad line is reported
// with its number and skipped; a missing id becomes `name#LINE`.
ReadResult read_jsonl(std::string_view text, std::string_view name);

// CSV (RFC 4180: quoted fields may hold commas, doubled quotes and line
// breaks) with a header row. The text column is named text, content, body,
// article, article_content or story, else it is the column with the most
// text; id and date columns are used when present. A row without text is
// reported with its line number.
ReadResult read_csv(std::string_view text, std::string_view name);

// The WASM input: {"articles": [{"id", "text", "date"?}], "date"?}. A
// document-level "date" applies to articles without one.
struct BatchParse {
  Batch batch;
  std::string error;  // empty on success
};
BatchParse read_batch_json(std::string_view json);

// One article as a JSON object {"id", "text", "date"?}.
std::string article_input_json(const ArticleInput& article);

// A JSON string literal (invalid UTF-8 replaced).
std::string json_string(std::string_view s);

// Gives `date` to every article that has none.
void apply_default_date(std::vector<ArticleInput>& articles, const std::string& date);

}  // namespace sift
