// Stage 2d: what each paragraph is (title, heading, byline, dateline,
// sign-off, boilerplate or body), each decision with its reason, and the
// dateline that opens the story ("BEIRUT, Feb 8 (Reuters) -").
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "segment/segment.h"

namespace sift {

enum class ParagraphKind : uint8_t { kBody, kTitle, kHeading, kByline, kDateline, kSignoff, kBoilerplate };

const char* to_string(ParagraphKind kind);

struct ParagraphRole {
  ParagraphKind kind = ParagraphKind::kBody;
  const char* reason = "";  // why the rule fired; empty for body text
};

struct Dateline {
  Span span;    // the whole dateline, separator included
  Span place;   // "BEIRUT"
  Span date;    // "Feb 8", empty when absent
  Span agency;  // "Reuters", empty when absent
  uint32_t paragraph = 0;
};

struct Roles {
  std::vector<ParagraphRole> paragraphs;  // one per paragraph
  std::optional<Dateline> dateline;
};

Roles classify_paragraphs(std::string_view text, const std::vector<Paragraph>& paragraphs);

// Parses a dateline at the start of `span`, if there is one.
std::optional<Dateline> parse_dateline(std::string_view text, Span span);

}  // namespace sift
