#include "input/readers.h"

#include <algorithm>
#include <initializer_list>

#include <nlohmann/json.hpp>

#include "input/flat_json.h"
#include "text/utf8.h"

namespace sift {
namespace {

using nlohmann::json;

// What both article readers (nlohmann's and the fast path) say of a bad article.
constexpr const char* kMissingText = "missing \"text\" (a string)";
constexpr const char* kBadId = "\"id\" must be a string or a number";
constexpr const char* kBadDate = "\"date\" must be a date written YYYY-MM-DD";

// Reads one article object. Returns an error message, or "" on success.
std::string article_from_json(const json& obj, ArticleInput& out) {
  if (!obj.is_object()) return "expected an object with \"id\" and \"text\"";
  const auto text = obj.find("text");
  if (text == obj.end() || !text->is_string()) return kMissingText;
  out.text = text->get<std::string>();
  const auto id = obj.find("id");
  if (id != obj.end()) {
    if (id->is_string()) out.id = id->get<std::string>();
    else if (id->is_number_integer()) out.id = std::to_string(id->get<int64_t>());
    else if (id->is_number()) out.id = id->dump();
    else if (!id->is_null()) return kBadId;
  }
  const auto date = obj.find("date");
  if (date != obj.end() && !date->is_null()) {
    if (!date->is_string() || !is_iso_date(date->get<std::string>()))
      return kBadDate;
    out.date = date->get<std::string>();
  }
  return "";
}

// The fields of one flat article object as the fast path reads them; later
// duplicates win, as in the general parser. `finish` judges them exactly as
// article_from_json would. A number id keeps the general parser's spelling of
// it, so such objects go to that parser.
class FlatArticle {
 public:
  explicit FlatArticle(ArticleInput& out) : out_(out) {}

  void operator()(std::string_view key, const FlatValue& v) {
    const bool is_string = v.kind == FlatValueKind::kString;
    if (key == "text") {
      has_text_ = true;
      text_is_string_ = is_string;
      if (is_string) out_.text.swap(*v.string);
    } else if (key == "id") {
      has_id_ = true;
      id_kind_ = v.kind;
      if (is_string) id_.swap(*v.string);
    } else if (key == "date") {
      has_date_ = true;
      date_kind_ = v.kind;
      if (is_string) date_.swap(*v.string);
    }
  }

  bool needs_general_parser() const { return has_id_ && id_kind_ == FlatValueKind::kNumber; }

  // The error message, or "" with `out` filled.
  std::string finish() {
    if (!has_text_ || !text_is_string_) return kMissingText;
    if (has_id_ && id_kind_ == FlatValueKind::kString) out_.id = std::move(id_);
    else if (has_id_ && id_kind_ != FlatValueKind::kNull) return kBadId;
    if (has_date_ && date_kind_ != FlatValueKind::kNull) {
      if (date_kind_ != FlatValueKind::kString || !is_iso_date(date_)) return kBadDate;
      out_.date = std::move(date_);
    }
    return "";
  }

 private:
  ArticleInput& out_;
  bool has_text_ = false, text_is_string_ = false, has_id_ = false, has_date_ = false;
  FlatValueKind id_kind_ = FlatValueKind::kNull, date_kind_ = FlatValueKind::kNull;
  std::string id_, date_;
};

// The fast path for one .jsonl line: false when it declines (the line needs
// the general parser), else `out` or `error` filled.
bool read_flat_article(std::string_view line, ArticleInput& out, std::string& error) {
  FlatArticle fields(out);
  if (!for_each_flat_field(line, fields) || fields.needs_general_parser()) return false;
  error = fields.finish();
  return true;
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
    ArticleInput a;
    std::string error;
    if (!read_flat_article(line, a, error)) {
      a = ArticleInput{};
      const json obj = json::parse(line.begin(), line.end(), nullptr, false);
      if (obj.is_discarded()) {
        r.problems.push_back({line_no, "not valid JSON"});
        continue;
      }
      error = article_from_json(obj, a);
    }
    if (!error.empty()) {
      r.problems.push_back({line_no, error});
      continue;
    }
    if (a.id.empty()) a.id = std::string(name) + "#" + std::to_string(line_no);
    r.articles.push_back(std::move(a));
  }
  return r;
}

namespace {

struct CsvRow {
  std::vector<std::string> fields;
  uint32_t line;  // 1-based line where the row starts
};

std::vector<CsvRow> parse_csv(std::string_view text) {
  std::vector<CsvRow> rows;
  CsvRow row{{}, 1};
  std::string field;
  bool quoted = false, field_started = false;
  uint32_t line = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
        else quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && !field_started) { quoted = true; field_started = true; continue; }
    if (c == ',') { row.fields.push_back(std::move(field)); field.clear(); field_started = false; continue; }
    if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.fields.push_back(std::move(field));
      field.clear();
      field_started = false;
      rows.push_back(std::move(row));
      row = CsvRow{{}, ++line};
      continue;
    }
    field += c;
    field_started = true;
  }
  if (field_started || !row.fields.empty()) {
    row.fields.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  // Drop blank rows.
  rows.erase(std::remove_if(rows.begin(), rows.end(), [](const CsvRow& r) {
    return std::all_of(r.fields.begin(), r.fields.end(), [](const std::string& f) { return is_blank(f); });
  }), rows.end());
  return rows;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return s;
}

int find_column(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (size_t i = 0; i < header.size(); ++i)
    for (const char* n : names)
      if (header[i] == n) return static_cast<int>(i);
  return -1;
}

}  // namespace

ReadResult read_csv(std::string_view text, std::string_view name) {
  ReadResult r;
  const auto rows = parse_csv(text);
  if (rows.size() < 2) {
    r.problems.push_back({0, "no data rows under a header"});
    return r;
  }
  std::vector<std::string> header;
  for (const auto& h : rows[0].fields) {
    std::string t = lower_ascii(h);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.erase(t.begin());
    header.push_back(t);
  }
  int text_col = find_column(header, {"text", "content", "body", "article", "article_content", "story"});
  if (text_col < 0) {
    size_t best = 0;
    for (size_t c = 0; c < header.size(); ++c) {
      size_t total = 0;
      for (size_t i = 1; i < rows.size(); ++i) total += c < rows[i].fields.size() ? rows[i].fields[c].size() : 0;
      if (total > best) { best = total; text_col = static_cast<int>(c); }
    }
  }
  const int id_col = find_column(header, {"id", "title", "headline", "name", "unit_id"});
  const int date_col = find_column(header, {"date", "published", "publication_date"});
  for (size_t i = 1; i < rows.size(); ++i) {
    const auto& f = rows[i].fields;
    auto cell = [&](int c) -> std::string { return c >= 0 && static_cast<size_t>(c) < f.size() ? f[c] : std::string(); };
    ArticleInput a;
    a.text = cell(text_col);
    if (is_blank(a.text)) {
      r.problems.push_back({rows[i].line, "no text in this row"});
      continue;
    }
    a.id = cell(id_col);
    if (a.id.empty()) a.id = std::string(name) + "#" + std::to_string(rows[i].line);
    const std::string date = cell(date_col).substr(0, 10);
    if (is_iso_date(date)) a.date = date;
    r.articles.push_back(std::move(a));
  }
  return r;
}

namespace {

// The fast path for the page's input, {"articles": [flat objects], "date"?}:
// false when it declines (any other shape, or anything the general parser
// would report), leaving `out` for that parser.
bool read_flat_batch(std::string_view text, BatchParse& out) {
  using flat_json::skip_space;
  size_t pos = 0;
  std::string key, date;
  bool has_articles = false, has_date = false;
  skip_space(text, pos);
  if (pos >= text.size() || text[pos] != '{') return false;
  ++pos;
  while (true) {
    skip_space(text, pos);
    if (pos >= text.size() || text[pos] != '"' || !flat_json::read_string(text, pos, key)) return false;
    skip_space(text, pos);
    if (pos >= text.size() || text[pos] != ':') return false;
    ++pos;
    skip_space(text, pos);
    if (key == "date" && !has_date) {
      has_date = true;
      if (pos >= text.size() || text[pos] != '"' || !flat_json::read_string(text, pos, date) || !is_iso_date(date))
        return false;
    } else if (key == "articles" && !has_articles) {
      has_articles = true;
      if (pos >= text.size() || text[pos] != '[') return false;
      ++pos;
      skip_space(text, pos);
      if (pos < text.size() && text[pos] == ']') ++pos;
      else {
        while (true) {
          ArticleInput a;
          FlatArticle fields(a);
          if (!read_flat_object(text, pos, fields) || fields.needs_general_parser() || !fields.finish().empty())
            return false;
          if (a.id.empty()) a.id = std::to_string(out.batch.articles.size() + 1);
          out.batch.articles.push_back(std::move(a));
          skip_space(text, pos);
          if (pos < text.size() && text[pos] == ',') { ++pos; continue; }
          if (pos < text.size() && text[pos] == ']') { ++pos; break; }
          return false;
        }
      }
    } else {
      return false;
    }
    skip_space(text, pos);
    if (pos < text.size() && text[pos] == ',') { ++pos; continue; }
    if (pos < text.size() && text[pos] == '}') { ++pos; break; }
    return false;
  }
  skip_space(text, pos);
  if (pos != text.size() || !has_articles) return false;
  if (has_date) apply_default_date(out.batch.articles, date);
  return true;
}

}  // namespace

BatchParse read_batch_json(std::string_view text) {
  BatchParse out;
  if (read_flat_batch(text, out)) return out;
  out = BatchParse{};
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
      out.error = kBadDate;
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

std::string json_string(std::string_view s) {
  return json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
}

void apply_default_date(std::vector<ArticleInput>& articles, const std::string& date) {
  for (auto& a : articles)
    if (!a.date) a.date = date;
}

JsonResult analyze_json(std::string_view input_json) {
  BatchParse parsed = read_batch_json(input_json);
  if (!parsed.error.empty()) return {ErrorCode::kInvalidInput, parsed.error};
  return {ErrorCode::kOk, to_json(analyze(std::move(parsed.batch)))};  // the page's batch is held once
}

}  // namespace sift
