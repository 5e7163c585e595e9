#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "input/readers.h"
#include "text/utf8.h"
#include "test_support.h"

using namespace sift;
using nlohmann::json;

namespace {
json run(const std::string& input) {
  const auto result = analyze_json(input);
  REQUIRE(result.ok());
  return json::parse(result.text);
}

// UTF-16 slice of a UTF-8 string, as JavaScript's String.slice would cut it.
std::string slice_utf16(const std::string& s, size_t begin, size_t end) {
  std::u16string u;
  for (size_t i = 0; i < s.size();) {
    const auto d = utf8::decode(s, i);
    i += d.length;
    if (d.cp >= 0x10000) {
      u += static_cast<char16_t>(0xD800 + ((d.cp - 0x10000) >> 10));
      u += static_cast<char16_t>(0xDC00 + ((d.cp - 0x10000) & 0x3FF));
    } else {
      u += static_cast<char16_t>(d.cp);
    }
  }
  std::string out;
  const std::u16string part = u.substr(begin, end - begin);
  for (size_t i = 0; i < part.size(); ++i) {
    char32_t cp = part[i];
    if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < part.size()) cp = 0x10000 + ((cp - 0xD800) << 10) + (part[++i] - 0xDC00);
    utf8::append(out, cp);
  }
  return out;
}
}  // namespace

TEST_CASE("to_json follows the output contract") {
  const json doc = run(R"({"articles": [{"id": "x", "text": "Title here\nFirst sentence. Second one.\nReuters", "date": "2012-02-08"}]})");
  CHECK(doc["sift_version"] == kVersion);
  const auto& a = doc["articles"][0];
  CHECK(a["id"] == "x");
  CHECK(a["date"] == "2012-02-08");
  for (const char* key : {"paragraphs", "sentences", "entities", "casualties", "quotes"}) CHECK(a[key].is_array());
  CHECK(doc["duplicates"].is_array());
  CHECK(doc["incidents"].is_array());
  const auto& p = a["paragraphs"];
  REQUIRE(p.size() == 3);
  CHECK(p[0]["index"] == 1);
  CHECK(p[0]["kind"] == "title");
  CHECK(p[0]["duplicate_of"].is_null());
  CHECK(p[2]["kind"] == "signoff");
  const auto& s = a["sentences"];
  REQUIRE(s.size() == 4);
  CHECK(s[1]["text"] == "First sentence.");
  CHECK(s[1]["paragraph"] == 2);
}

TEST_CASE("to_json offsets are UTF-16 units into the input, text repeats the span") {
  const std::string text =
      "\xF0\x9F\x94\xA5 Breaking\r\n\xE2\x80\x9CWe are safe,\xE2\x80\x9D she said\xE2\x80\xA6 \xD8\xAD\xD9\x85\xD8\xB5 is calm.\r\nOK.";
  json input;
  input["articles"] = json::array({{{"id", "u"}, {"text", text}}});
  const json doc = run(input.dump());
  for (const char* key : {"paragraphs", "sentences"})
    for (const auto& item : doc["articles"][0][key]) {
      const std::string expected = slice_utf16(text, item["start"], item["end"]);
      CHECK(item["text"].get<std::string>() == expected);
    }
  const auto& second = doc["articles"][0]["paragraphs"][1];
  CHECK(second["start"] == 13);  // emoji (2) + " Breaking" (9) + CRLF (2)
}

TEST_CASE("invalid UTF-8 is replaced and offsets stay right") {
  sift::Batch batch;
  batch.articles.push_back({"bad", std::string("Caf\xE9 in Homs.\nSecond \xFF line."), std::nullopt});
  const json doc = json::parse(to_json(analyze(batch)));
  const auto& p = doc["articles"][0]["paragraphs"];
  REQUIRE(p.size() == 2);
  CHECK(p[0]["text"] == "Caf\xEF\xBF\xBD in Homs.");
  CHECK(p[1]["start"] == 14);
  CHECK(p[1]["text"] == "Second \xEF\xBF\xBD line.");
}

TEST_CASE("analyze_json returns errors as values") {
  CHECK_FALSE(analyze_json("{").ok());
  CHECK(analyze_json("{").code == ErrorCode::kInvalidInput);
  CHECK(analyze_json(R"({"articles": []})").ok());
}
