#include "input/readers.h"

#include <doctest/doctest.h>

using namespace sift;

TEST_CASE("read_txt splits on lines that are exactly ---") {
  const auto r = read_txt("First article.\n---\nSecond article.\r\n---\r\n\n---\nThird -- not a separator.\n", "a.txt");
  REQUIRE(r.articles.size() == 3);
  CHECK(r.articles[0].id == "a.txt");
  CHECK(r.articles[0].text == "First article.");
  CHECK(r.articles[1].id == "a.txt#2");
  CHECK(r.articles[1].text == "Second article.");
  CHECK(r.articles[2].id == "a.txt#3");
  CHECK(r.articles[2].text == "Third -- not a separator.\n");
  CHECK(read_txt("", "x").articles.empty());
  CHECK(read_txt("----\n", "x").articles.size() == 1);
}

TEST_CASE("read_jsonl reports bad lines with their numbers and keeps the rest") {
  const auto r = read_jsonl(
      "{\"id\": \"x1\", \"text\": \"One.\", \"date\": \"2012-02-08\"}\n"
      "not json\n"
      "\n"
      "{\"id\": 7, \"text\": \"Two.\"}\n"
      "{\"id\": \"x3\"}\n"
      "{\"text\": \"Three.\", \"date\": \"2012-02-30\"}\n"
      "{\"text\": \"Four.\"}",
      "b.jsonl");
  REQUIRE(r.articles.size() == 3);
  CHECK(r.articles[0].id == "x1");
  CHECK(r.articles[0].date == std::optional<std::string>("2012-02-08"));
  CHECK(r.articles[1].id == "7");
  CHECK(r.articles[2].id == "b.jsonl#7");
  REQUIRE(r.problems.size() == 3);
  CHECK(r.problems[0].line == 2);
  CHECK(r.problems[1].line == 5);
  CHECK(r.problems[2].line == 6);
}

TEST_CASE("read_batch_json validates the WASM input shape") {
  CHECK(read_batch_json("nope").error == "input is not valid JSON");
  CHECK_FALSE(read_batch_json("{\"articles\": 3}").error.empty());
  CHECK_FALSE(read_batch_json("{\"articles\": [{\"id\": \"a\"}]}").error.empty());
  const auto ok = read_batch_json("{\"date\": \"2012-02-08\", \"articles\": [{\"text\": \"x\"}, {\"id\": \"b\", \"text\": \"y\", \"date\": \"2012-02-09\"}]}");
  REQUIRE(ok.error.empty());
  CHECK(ok.batch.articles[0].id == "1");
  CHECK(ok.batch.articles[0].date == std::optional<std::string>("2012-02-08"));
  CHECK(ok.batch.articles[1].date == std::optional<std::string>("2012-02-09"));
}

TEST_CASE("is_iso_date checks the calendar") {
  CHECK(is_iso_date("2012-02-29"));
  CHECK_FALSE(is_iso_date("2013-02-29"));
  CHECK_FALSE(is_iso_date("2012-13-01"));
  CHECK_FALSE(is_iso_date("12-02-2012"));
}

TEST_CASE("read_csv finds the text column, keeps quoted commas and line breaks, reports empty rows") {
  const auto r = read_csv(
      "id,title,content,date\n"
      "a1,First,\"Shelling hit Homs, activists said.\nA second line.\",2012-02-08\n"
      "a2,Second,,2012-02-09\n"
      "a3,Third,\"He said \"\"enough\"\".\",not a date\n",
      "c.csv");
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].id == "a1");
  CHECK(r.articles[0].text == "Shelling hit Homs, activists said.\nA second line.");
  CHECK(r.articles[0].date == std::optional<std::string>("2012-02-08"));
  CHECK(r.articles[1].text == "He said \"enough\".");
  CHECK_FALSE(r.articles[1].date);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].line == 4);
  // Without a named text column, the column with the most text is used.
  const auto guess = read_csv("a,b\nx,Long text about Aleppo here.\n", "g.csv");
  REQUIRE(guess.articles.size() == 1);
  CHECK(guess.articles[0].text == "Long text about Aleppo here.");
  CHECK(guess.articles[0].id == "g.csv#2");
  CHECK_FALSE(read_csv("", "e.csv").problems.empty());
}
