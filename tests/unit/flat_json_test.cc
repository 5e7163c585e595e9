#include "input/flat_json.h"

#include <doctest/doctest.h>

#include "input/readers.h"

using namespace sift;

namespace {
std::string only_text(const std::string& line) {
  const auto r = read_jsonl(line, "x");
  REQUIRE(r.problems.empty());
  REQUIRE(r.articles.size() == 1);
  return r.articles[0].text;
}
}  // namespace

TEST_CASE("for_each_flat_field reads strings, numbers and literals, and declines nested values") {
  std::vector<std::string> seen;
  CHECK(for_each_flat_field(R"( {"a": "x\"y", "b": -1.5, "c": true, "d": null , "e":false} )",
                            [&](std::string_view k, const FlatValue& v) {
                              seen.push_back(std::string(k) + "=" +
                                             (v.kind == FlatValueKind::kString ? *v.string : std::string(v.raw)));
                            }));
  CHECK(seen == std::vector<std::string>{"a=x\"y", "b=-1.5", "c=true", "d=null", "e=false"});
  auto ignore = [](std::string_view, const FlatValue&) {};
  CHECK(for_each_flat_field("{}", ignore));
  CHECK_FALSE(for_each_flat_field(R"({"a": {"b": 1}})", ignore));
  CHECK_FALSE(for_each_flat_field(R"({"a": [1]})", ignore));
  CHECK_FALSE(for_each_flat_field(R"({"a": 01})", ignore));
  CHECK_FALSE(for_each_flat_field(R"({"a": 1e999})", ignore));  // exponents: the general parser judges overflow
  CHECK_FALSE(for_each_flat_field(R"({"a": 1,})", ignore));
  CHECK_FALSE(for_each_flat_field(R"({"a": 1} x)", ignore));
  CHECK_FALSE(for_each_flat_field(R"({"a": "unterminated)", ignore));
  CHECK_FALSE(for_each_flat_field("{\"a\": \"tab\there\"}", ignore));        // raw control character
  CHECK_FALSE(for_each_flat_field("{\"a\": \"\xff\"}", ignore));              // invalid UTF-8
  CHECK_FALSE(for_each_flat_field(R"({"a": "\ud800"})", ignore));             // lone high surrogate
  CHECK_FALSE(for_each_flat_field(R"({"a": "\udc00"})", ignore));             // lone low surrogate
  CHECK_FALSE(for_each_flat_field(R"({"a": "\x"})", ignore));                 // unknown escape
}

TEST_CASE("read_jsonl's fast path decodes escapes as the general parser does") {
  CHECK(only_text(R"({"text": "a\nb\t\"c\"\\\/ \u00e9 \ud83d\ude00"})") == "a\nb\t\"c\"\\/ \xc3\xa9 \xf0\x9f\x98\x80");
  CHECK(only_text("{\"text\": \"Homs \xe2\x80\x94 caf\xc3\xa9\"}") == "Homs \xe2\x80\x94 caf\xc3\xa9");
  // A later duplicate wins, as in the general parser.
  CHECK(only_text(R"({"text": "first", "text": "second"})") == "second");
}

TEST_CASE("read_jsonl gives the same articles and problems whichever parser reads a line") {
  const auto r = read_jsonl(
      "{\"id\": \"a\", \"text\": \"T1\", \"date\": \"2012-02-08\"}\n"  // fast path
      "{\"id\": 7, \"text\": \"T2\"}\n"                                  // a number id: general parser
      "{\"id\": \"c\", \"text\": \"T3\", \"tags\": [\"x\"]}\n"          // nested value: general parser
      "{\"id\": true, \"text\": \"T4\"}\n"                              // bad id
      "{\"id\": \"e\", \"text\": 5}\n"                                  // text not a string
      "{\"id\": \"f\", \"text\": \"T6\", \"date\": \"Feb 8\"}\n"        // bad date
      "{\"text\": \"bad \\u12\"}\n"                                     // bad escape: not JSON
      "{\"id\": null, \"text\": \"T8\", \"date\": null}\n",
      "in.jsonl");
  REQUIRE(r.articles.size() == 4);
  CHECK(r.articles[0].id == "a");
  CHECK(r.articles[0].date == "2012-02-08");
  CHECK(r.articles[1].id == "7");
  CHECK(r.articles[2].id == "c");
  CHECK(r.articles[2].text == "T3");
  CHECK(r.articles[3].id == "in.jsonl#8");
  CHECK_FALSE(r.articles[3].date);
  REQUIRE(r.problems.size() == 4);
  CHECK(r.problems[0].line == 4);
  CHECK(r.problems[0].message == "\"id\" must be a string or a number");
  CHECK(r.problems[1].message == "missing \"text\" (a string)");
  CHECK(r.problems[2].message == "\"date\" must be a date written YYYY-MM-DD");
  CHECK(r.problems[3].message == "not valid JSON");
}

TEST_CASE("read_batch_json gives the same batch and errors whichever parser reads it") {
  const std::string articles = R"([{"text": "T1"}, {"id": "b", "text": "T\u00e92", "date": "2012-02-09"}])";
  for (const std::string& doc : {R"({"date": "2012-02-08", "articles": )" + articles + "}",              // fast path
                                 R"({"articles": )" + articles + R"(, "date": "2012-02-08", "x": {}})",  // general
                                 R"({"articles": )" + articles + R"(, "date": "2012-02-08", "date": "2012-02-08"})"}) {
    INFO(doc);
    const auto r = read_batch_json(doc);
    REQUIRE(r.error.empty());
    REQUIRE(r.batch.articles.size() == 2);
    CHECK(r.batch.articles[0].id == "1");
    CHECK(r.batch.articles[0].date == std::optional<std::string>("2012-02-08"));
    CHECK(r.batch.articles[1].id == "b");
    CHECK(r.batch.articles[1].text == "T\xc3\xa9" "2");
    CHECK(r.batch.articles[1].date == std::optional<std::string>("2012-02-09"));
  }
  CHECK(read_batch_json(R"({"articles": [{"text": "a"}, {"id": "x"}]})").error ==
        "articles[1]: missing \"text\" (a string)");
  CHECK(read_batch_json(R"({"articles": [{"text": "a"}], "date": "Feb"})").error ==
        "\"date\" must be a date written YYYY-MM-DD");
  CHECK(read_batch_json(R"({"articles": [{"text": "a"}] )").error == "input is not valid JSON");
  CHECK(read_batch_json(R"({"articles": []})").batch.articles.empty());
  CHECK(read_batch_json(R"({"articles": [{"text": "a", "n": 1e999}]})").error == "input is not valid JSON");
  CHECK(read_jsonl("{\"text\": \"a\", \"n\": 1e999}", "x").problems.size() == 1);
  CHECK(read_jsonl("{\"text\": \"a\", \"n\": 2.5e3}", "x").articles.size() == 1);
  CHECK(read_batch_json(R"({"articles": [{"id": 12, "text": "a"}]})").batch.articles.at(0).id == "12");
}
