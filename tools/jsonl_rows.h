// The JSON-lines corpora in ../shared, read one parsed row at a time. Every
// harness reads them the same way: a missing file means a user's clone
// without ../shared, which is reported as skipped, never as a failure.
#pragma once
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

class JsonlRows {
 public:
  explicit JsonlRows(const std::string& path) : path_(path), in_(path) {}

  // False, after saying so on stderr, when the file cannot be read.
  bool open_or_skip() const {
    if (in_) return true;
    std::fprintf(stderr, "skipped: cannot read %s (../shared absent?)\n", path_.c_str());
    return false;
  }

  // The next line that parses as JSON; false at the end. Other lines are passed over.
  bool next(nlohmann::json& row) {
    std::string line;
    while (std::getline(in_, line)) {
      row = nlohmann::json::parse(line, nullptr, false);
      if (!row.is_discarded()) return true;
    }
    return false;
  }

 private:
  std::string path_;
  std::ifstream in_;
};
