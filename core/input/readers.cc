#include "input/readers.h"

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace sift {
namespace {

using nlohmann::json;

// Reads one article object. Returns an error message, or "" on success.
std::string article_from_json(const json& obj, ArticleInput& out) {
  if (!obj.is_object()) return "expected an object with \"id\" and \"text\"";
  const auto text = obj.find("text");
  if (text == obj.end() || !text->is_string()) return "missing \"text\" (a string)";
  out.text = text->get<std::string>();
  const auto id = obj.find("id");
  if (id != obj.end()) {
    if (id->is_string()) out.id = id->get<std::string>();
    else if (id->is_number_integer()) out.id = std::to_string(id->get<int64_t>());
    else if (id->is_number()) out.id = id->dump();
    else if (!id->is_null()) return "\"id\" must be a string or a number";
  }
  const auto date = obj.find("date");
  if (date != obj.end() && !date->is_null()) {
    if (!date->is_string() || !is_iso_date(date->get<std::string>()))
      return "\"date\" must be a date written YYYY-MM-DD";
    out.date = date->get<std::string>();
  }
  return "";
}

bool is_blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  return true;
}

}  // namespace

ReadResult read_txt(std::string_view text, std::string_view name) {
  ReadResult r;
  size_t part_begin = 0;
  uint32_t count = 0;
  auto flush = [&](size_t part_end) {
    std::string_view part = text.substr(part_begin, part_end - part_begin);
    if (is_blank(part)) return;
    ++count;
    ArticleInput a;
    a.id = count == 1 ? std::string(name) : std::string(name) + "#" + std::to_string(count);
    a.text = std::string(part);
    r.articles.push_back(std::move(a));
  };
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    const size_t line_end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, line_end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line == "---") {
      // The part ends before the line break that precedes the separator.
      size_t end = pos;
      if (end > part_begin && text[end - 1] == '\n') --end;
      if (end > part_begin && text[end - 1] == '\r') --end;
      flush(end);
      part_begin = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  flush(text.size());
  return r;
}

ReadResult read_jsonl(std::string_view text, std::string_view name) {
  ReadResult r;
  size_t pos = 0;
  uint32_t line_no = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(pos, nl - pos);
    ++line_no;
    pos = nl + 1;
    if (is_blank(line)) continue;
    const json obj = json::parse(line.begin(), line.end(), nullptr, false);
    if (obj.is_discarded()) {
      r.problems.push_back({line_no, "not valid JSON"});
      continue;
    }
    ArticleInput a;
    const std::string error = article_from_json(obj, a);
    if (!error.empty()) {
      r.problems.push_back({line_no, error});
      continue;
    }
    if (a.id.empty()) a.id = std::string(name) + "#" + std::to_string(line_no);
    r.articles.push_back(std::move(a));
  }
  return r;
}

BatchParse read_batch_json(std::string_view text) {
  BatchParse out;
  const json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) {
    out.error = "input is not valid JSON";
    return out;
  }
  if (!doc.is_object() || !doc.contains("articles") || !doc["articles"].is_array()) {
    out.error = "input must be an object with an \"articles\" array";
    return out;
  }
  std::string default_date;
  if (const auto d = doc.find("date"); d != doc.end() && !d->is_null()) {
    if (!d->is_string() || !is_iso_date(d->get<std::string>())) {
      out.error = "\"date\" must be a date written YYYY-MM-DD";
      return out;
    }
    default_date = d->get<std::string>();
  }
  const auto& list = doc["articles"];
  out.batch.articles.reserve(list.size());
  for (size_t i = 0; i < list.size(); ++i) {
    ArticleInput a;
    const std::string error = article_from_json(list[i], a);
    if (!error.empty()) {
      out.error = "articles[" + std::to_string(i) + "]: " + error;
      out.batch.articles.clear();
      return out;
    }
    if (a.id.empty()) a.id = std::to_string(i + 1);
    out.batch.articles.push_back(std::move(a));
  }
  if (!default_date.empty()) apply_default_date(out.batch.articles, default_date);
  return out;
}

std::string article_input_json(const ArticleInput& article) {
  json obj = {{"id", article.id}, {"text", article.text}};
  if (article.date) obj["date"] = *article.date;
  return obj.dump(-1, ' ', false, json::error_handler_t::replace);
}

void apply_default_date(std::vector<ArticleInput>& articles, const std::string& date) {
  for (auto& a : articles)
    if (!a.date) a.date = date;
}

JsonResult analyze_json(std::string_view input_json) {
  BatchParse parsed = read_batch_json(input_json);
  if (!parsed.error.empty()) return {ErrorCode::kInvalidInput, parsed.error};
  return {ErrorCode::kOk, to_json(analyze(parsed.batch))};
}

}  // namespace sift
