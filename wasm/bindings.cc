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

std::string version() { return sift::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(sift) {
  emscripten::function("analyze", &analyze);
  emscripten::function("splitArticles", &split_articles);
  emscripten::function("version", &version);
}
