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

// Strings cross as UTF-8 through the browser's own TextEncoder/TextDecoder:
// Embind's std::string conversion walks every byte in JavaScript, which cost
// a fifth of a large batch's time.
std::string from_js(const val& text) {
  static const val encoder = val::global("TextEncoder").new_();
  const val bytes = encoder.call<val>("encode", text);
  std::string out(bytes["length"].as<size_t>(), '\0');
  val(emscripten::typed_memory_view(out.size(), reinterpret_cast<unsigned char*>(out.data())))
      .call<void>("set", bytes);
  return out;
}

val to_js(const std::string& utf8) {
  static const val decoder = val::global("TextDecoder").new_(val("utf-8"));
  return decoder.call<val>(
      "decode", val(emscripten::typed_memory_view(utf8.size(), reinterpret_cast<const unsigned char*>(utf8.data()))));
}

// {"articles": [...]} in, the report out (both JSON text).
val analyze(const val& input_json) {
  const sift::JsonResult result = sift::analyze_json(from_js(input_json));
  if (!result.ok()) throw_js_error(result.text);
  return to_js(result.text);
}

// Pasted text with "---" lines between articles -> [{"id", "text"}] as JSON,
// the same split the CLI does for a .txt file.
val split_articles(const val& text, const std::string& name) {
  const sift::ReadResult r = sift::read_txt(from_js(text), name);
  std::string out = "[";
  for (size_t i = 0; i < r.articles.size(); ++i) {
    if (i) out += ',';
    out += sift::article_input_json(r.articles[i]);
  }
  out += "]";
  return to_js(out);
}

// .jsonl and .csv files read in the page, with the CLI's readers:
// {"articles": [...], "problems": ["name:line: message", ...]}.
val read_result_json(const sift::ReadResult& r, const std::string& name) {
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
  return to_js(out + "]}");
}

val read_jsonl(const val& text, const std::string& name) {
  return read_result_json(sift::read_jsonl(from_js(text), name), name);
}

val read_csv(const val& text, const std::string& name) {
  return read_result_json(sift::read_csv(from_js(text), name), name);
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
