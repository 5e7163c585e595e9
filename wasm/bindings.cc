// Embind bindings: convert types, call the core, nothing else. A core error
// becomes a JavaScript Error here and nowhere else.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "input/readers.h"
#include "sift.h"

namespace {

using emscripten::val;

[[noreturn]] void throw_js_error(const std::string& message) {
  val::global("Error").new_(val("sift: " + message)).throw_();
}

// {"articles": [...]} in, the report out (both JSON text).
std::string analyze(const std::string& input_json) {
  sift::JsonResult result = sift::analyze_json(input_json);
  if (!result.ok()) throw_js_error(result.text);
  return std::move(result.text);
}

// Pasted text with "---" lines between articles -> [{"id", "text"}] as JSON,
// the same split the CLI does for a .txt file.
std::string split_articles(const std::string& text, const std::string& name) {
  const sift::ReadResult r = sift::read_txt(text, name);
  std::string out = "[";
  for (size_t i = 0; i < r.articles.size(); ++i) {
    if (i) out += ',';
    out += sift::article_input_json(r.articles[i]);
  }
  out += "]";
  return out;
}

// .jsonl and .csv files read in the page, with the CLI's readers:
// {"articles": [...], "problems": ["name:line: message", ...]}.
std::string read_result_json(const sift::ReadResult& r, const std::string& name) {
  std::string out = "{\"articles\":[";
  for (size_t i = 0; i < r.articles.size(); ++i) {
    if (i) out += ',';
    out += sift::article_input_json(r.articles[i]);
  }
  out += "],\"problems\":[";
  for (size_t i = 0; i < r.problems.size(); ++i) {
    if (i) out += ',';
    out += sift::json_string(name + ":" + std::to_string(r.problems[i].line) + ": " + r.problems[i].message);
  }
  return out + "]}";
}

std::string read_jsonl(const std::string& text, const std::string& name) {
  return read_result_json(sift::read_jsonl(text, name), name);
}

std::string read_csv(const std::string& text, const std::string& name) {
  return read_result_json(sift::read_csv(text, name), name);
}

std::string version() { return sift::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(sift) {
  emscripten::function("analyze", &analyze);
  emscripten::function("splitArticles", &split_articles);
  emscripten::function("readJsonl", &read_jsonl);
  emscripten::function("readCsv", &read_csv);
  emscripten::function("version", &version);
}
