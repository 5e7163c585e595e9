// Stage 5: the report as JSON. The one place where internal byte offsets in
// the normalized text become UTF-16 offsets into the input.
#include <string>

#include "report/json_writer.h"
#include "sift.h"
#include "text/utf16_offsets.h"

namespace sift {
namespace {

class SpanWriter {
 public:
  explicit SpanWriter(const ArticleAnalysis& a) : a_(a), utf16_(a.input) {}

  // Writes "start", "end" and "text" for a span of the normalized text.
  void write(JsonWriter& w, Span s) const {
    const uint32_t b = a_.normalized.to_input_begin(s.begin);
    uint32_t e = a_.normalized.to_input_end(s.end);
    if (e < b) e = b;
    w.key("start"); w.value(utf16_(b));
    w.key("end"); w.value(utf16_(e));
    w.key("text"); w.value(std::string_view(a_.input).substr(b, e - b));
  }

  // The normalized text of a span: words Sift read, such as a title.
  std::string_view normalized(Span s) const { return s.of(a_.normalized.text); }

  // A nested {"start", "end", "text"} object, or null for an empty span.
  void write_object(JsonWriter& w, Span s) const {
    if (s.empty()) { w.null(); return; }
    w.begin_object();
    write(w, s);
    w.end_object();
  }

 private:
  const ArticleAnalysis& a_;
  Utf16Offsets utf16_;
};

void write_dateline(JsonWriter& w, const SpanWriter& spans, const std::optional<Dateline>& d) {
  if (!d) { w.null(); return; }
  w.begin_object();
  spans.write(w, d->span);
  w.key("paragraph"); w.value(d->paragraph + 1);
  w.key("place"); spans.write_object(w, d->place);
  w.key("date"); spans.write_object(w, d->date);
  w.key("agency"); spans.write_object(w, d->agency);
  w.end_object();
}

void write_paragraphs(JsonWriter& w, const SpanWriter& spans, const ArticleAnalysis& a) {
  w.begin_array();
  const auto& paras = a.segmentation.paragraphs;
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& role = a.roles.paragraphs[p];
    const auto& rep = a.repeats[p];
    w.begin_object();
    w.key("index"); w.value(static_cast<int64_t>(p + 1));
    spans.write(w, paras[p].span);
    w.key("kind"); w.value(to_string(role.kind));
    w.key("duplicate_of");
    if (rep.duplicate_of >= 0) w.value(static_cast<int64_t>(rep.duplicate_of) + 1); else w.null();
    w.key("similarity");
    if (rep.duplicate_of >= 0) w.value(static_cast<double>(rep.similarity), 4); else w.null();
    w.key("reason"); w.optional_text(role.reason);
    w.key("list_item"); w.value(paras[p].list_item);
    w.end_object();
  }
  w.end_array();
}

void write_sentences(JsonWriter& w, const SpanWriter& spans, const ArticleAnalysis& a) {
  w.begin_array();
  for (const auto& s : a.segmentation.sentences) {
    w.begin_object();
    spans.write(w, s.span);
    w.key("paragraph"); w.value(s.paragraph + 1);
    w.key("repeat"); w.value(a.repeats[s.paragraph].duplicate_of >= 0);
    w.end_object();
  }
  w.end_array();
}

void write_entities(JsonWriter& w, const SpanWriter& spans, const Extraction& x) {
  w.begin_array();
  for (const auto& e : x.entities) {
    w.begin_object();
    spans.write(w, e.span);
    w.key("type"); w.value(to_string(e.type));
    w.key("canonical"); w.value(spans.normalized(e.canonical));
    w.key("value"); if (e.value) w.value(e.value.view()); else w.null();
    w.key("title"); w.optional_text(spans.normalized(e.title));
    w.key("repeat"); w.value(e.repeat);
    w.key("boilerplate"); w.value(e.boilerplate);
    w.end_object();
  }
  w.end_array();
}

void write_casualties(JsonWriter& w, const SpanWriter& spans, const Extraction& x) {
  w.begin_array();
  for (const auto& c : x.casualties) {
    w.begin_object();
    spans.write(w, c.span);
    w.key("count_min"); w.value(c.count_min);
    w.key("count_max"); if (c.count_max) w.value(*c.count_max); else w.null();
    w.key("qualifier"); w.optional_text(c.qualifier);
    w.key("vague"); w.optional_text(c.vague);
    w.key("outcome"); w.value(c.outcome);
    w.key("victims"); w.optional_text(c.victims);
    w.key("victim_class"); w.value(c.victim_class);
    w.key("location"); w.optional_text(c.location);
    w.key("date"); w.optional_text(c.date);
    w.key("source"); w.optional_text(c.source);
    w.key("perpetrator"); w.optional_text(c.perpetrator);
    w.key("cause"); w.optional_text(c.cause);
    w.key("scope"); w.value(c.scope);
    w.key("part_of"); if (c.part_of >= 0) w.value(c.part_of); else w.null();
    w.key("repeat"); w.value(c.repeat);
    w.end_object();
  }
  w.end_array();
}

void write_quotes(JsonWriter& w, const SpanWriter& spans, const Extraction& x) {
  w.begin_array();
  for (const auto& q : x.quotes) {
    w.begin_object();
    spans.write(w, q.span);
    w.key("speaker"); w.optional_text(q.speaker);
    w.key("speaker_mention"); spans.write_object(w, q.speaker.empty() ? Span{} : q.speaker_span);
    w.key("repeat"); w.value(q.repeat);
    w.end_object();
  }
  w.end_array();
}

void write_article(JsonWriter& w, const ArticleAnalysis& a) {
  const SpanWriter spans(a);
  w.begin_object();
  w.key("id"); w.value(a.id);
  w.key("date"); w.optional(a.date);
  w.key("dateline"); write_dateline(w, spans, a.roles.dateline);
  w.key("paragraphs"); write_paragraphs(w, spans, a);
  w.key("sentences"); write_sentences(w, spans, a);
  w.key("entities"); write_entities(w, spans, a.extraction);
  w.key("casualties"); write_casualties(w, spans, a.extraction);
  w.key("quotes"); write_quotes(w, spans, a.extraction);
  w.end_object();
}

void write_dedup(JsonWriter& w, const Report& r) {
  w.key("entities");
  w.begin_array();
  for (const auto& e : r.dedup.entities) {
    w.begin_object();
    w.key("canonical"); w.value(e.canonical);
    w.key("type"); w.value(to_string(e.type));
    w.key("variants");
    w.begin_array();
    for (const auto& v : e.variants) w.value(v);
    w.end_array();
    w.key("mentions"); w.value(e.mentions);
    w.key("articles");
    w.begin_array();
    for (uint32_t a : e.articles) w.value(r.articles[a].id);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("duplicates");
  w.begin_array();
  auto paragraph_list = [&](const std::vector<uint32_t>& ps) {
    w.begin_array();
    for (uint32_t p : ps) w.value(p + 1);
    w.end_array();
  };
  for (const auto& d : r.dedup.duplicates.pairs) {
    w.begin_object();
    w.key("a"); w.value(r.articles[d.a].id);
    w.key("b"); w.value(r.articles[d.b].id);
    w.key("similarity"); w.value(d.similarity, 4);
    w.key("containment"); w.value(d.containment, 4);
    w.key("shared");
    w.begin_object();
    w.key("a"); paragraph_list(d.shared_a);
    w.key("b"); paragraph_list(d.shared_b);
    w.end_object();
    w.end_object();
  }
  w.end_array();
  w.key("clusters");
  w.begin_array();
  for (size_t i = 0; i < r.dedup.duplicates.clusters.size(); ++i) {
    const auto& c = r.dedup.duplicates.clusters[i];
    w.begin_object();
    w.key("id"); w.value(static_cast<int64_t>(i + 1));
    w.key("representative"); w.value(r.articles[c.representative].id);
    w.key("members");
    w.begin_array();
    for (uint32_t m : c.members) w.value(r.articles[m].id);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("incidents");
  w.begin_array();
  auto mention_list = [&](const std::vector<IncidentMention>& ms) {
    w.begin_array();
    for (const auto& m : ms) {
      w.begin_object();
      w.key("article"); w.value(r.articles[m.article].id);
      w.key("casualty"); w.value(m.casualty);
      w.end_object();
    }
    w.end_array();
  };
  for (size_t i = 0; i < r.dedup.incidents.size(); ++i) {
    const auto& inc = r.dedup.incidents[i];
    w.begin_object();
    w.key("id"); w.value(static_cast<int64_t>(i + 1));
    w.key("outcome"); w.value(inc.outcome);
    w.key("victim_class"); w.value(inc.victim_class);
    w.key("count_min"); w.value(inc.count_min);
    w.key("count_max"); w.value(inc.count_max);
    w.key("conservative"); w.value(inc.conservative);
    w.key("conflict"); w.value(inc.conflict);
    w.key("location"); w.optional_text(inc.location);
    w.key("date"); w.optional_text(inc.date);
    w.key("sources");
    w.begin_array();
    for (const auto& s : inc.sources) w.value(s);
    w.end_array();
    w.key("mentions"); mention_list(inc.mentions);
    w.key("parts"); mention_list(inc.parts);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

const char* to_string(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kLoc: return "LOC";
    case EntityType::kDate: return "DATE";
    case EntityType::kNorp: return "NORP";
  }
  return "LOC";
}

void write_json(const Report& report, const std::function<void(std::string_view)>& sink) {
  constexpr size_t kChunk = 1 << 20;
  std::string out;
  out.reserve(kChunk * 2);
  auto flush = [&](bool always) {
    if (out.empty() || (!always && out.size() < kChunk)) return;
    sink(out);
    out.clear();
  };
  JsonWriter w(out);
  w.begin_object();
  w.key("sift_version"); w.value(kVersion);
  w.key("articles");
  w.begin_array();
  for (const auto& a : report.articles) {
    write_article(w, a);
    flush(false);
  }
  w.end_array();
  write_dedup(w, report);
  w.end_object();
  out += '\n';
  flush(true);
}

std::string to_json(const Report& report) {
  std::string out;
  size_t estimate = 256;
  for (const auto& a : report.articles) estimate += a.input.size() * 3 + 512;
  out.reserve(estimate);
  write_json(report, [&](std::string_view piece) { out.append(piece); });
  return out;
}

}  // namespace sift
