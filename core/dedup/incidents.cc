#include "dedup/incidents.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "dedup/entity_index.h"
#include "extract/lexicon.h"
#include "text/chars.h"

namespace sift {
namespace {

// Words between two place names that put the first inside the second.
constexpr std::string_view kInside[] = {" in ", ", ", " in the city of ", " in the province of ",
                                        " in the town of ", " in central ", " in northern ", " in southern ",
                                        " in eastern ", " in western ", " province, ", " district of "};
// Words between two place names that put the second inside the first.
constexpr std::string_view kHolding[] = {" neighbourhood of ", " neighborhood of ", " district of ",
                                         " suburb of ", " quarter of ", " village of ", " town of "};

// Places the batch puts inside others ("Baba Amro" in "Homs"), on interned
// keys: every pair of reports compared asks whether their places are related,
// and walking string-keyed maps (copying each key on the way) had been most
// of this stage.
class PlaceTree {
 public:
  static constexpr int32_t kNone = -1;

  void learn(const ArticleFacts& a) {
    const auto& ents = *a.entities;
    for (size_t i = 0; i + 1 < ents.size(); ++i) {
      const Entity& x = ents[i];
      const Entity& y = ents[i + 1];
      if (x.type != EntityType::kLoc || y.type != EntityType::kLoc || y.span.begin <= x.span.end) continue;
      if (y.span.begin - x.span.end > 24) continue;
      const std::string_view between = a.text.substr(x.span.end, y.span.begin - x.span.end);
      const std::string kx = key(x.canonical.of(a.text)), ky = key(y.canonical.of(a.text));
      if (kx == ky) continue;
      for (auto w : kInside)
        if (between == w) { set_parent(id(kx), id(ky)); break; }
      // "the Homs neighbourhood of Baba Amro": "neighbourhood of" after the parent.
      for (auto w : kHolding)
        if (between.size() > w.size() && between.substr(between.size() - w.size()) == w &&
            between.find(',') == std::string_view::npos)
          set_parent(id(ky), id(kx));
    }
  }

  static std::string key(std::string_view place) { return entity_key(place, place.size() > 5); }

  // The id of a place key, made on first sight.
  int32_t id(const std::string& k) {
    const auto [it, added] = ids_.emplace(k, static_cast<int32_t>(parent_.size()));
    if (added) {
      parent_.push_back(kNone);
      names_.push_back(&it->first);
    }
    return it->second;
  }

  const std::string& name(int32_t k) const { return *names_[static_cast<size_t>(k)]; }

  // The outermost place above `k` (itself when none is known).
  int32_t root(int32_t k) const {
    for (int depth = 0; depth < kMaxDepth && parent_[k] != kNone; ++depth) k = parent_[k];
    return k;
  }

  int depth(int32_t k) const {
    int d = 0;
    for (; d < kMaxDepth && parent_[k] != kNone; ++d) k = parent_[k];
    return d;
  }

  bool related(int32_t a, int32_t b) const { return a == b || is_ancestor(a, b) || is_ancestor(b, a); }

 private:
  static constexpr int kMaxDepth = 6;

  void set_parent(int32_t child, int32_t parent) {
    if (is_ancestor(child, parent) || parent_[child] != kNone) return;  // no cycles; the first parent stays
    parent_[child] = parent;
  }

  bool is_ancestor(int32_t ancestor, int32_t k) const {
    for (int depth = 0; depth < kMaxDepth; ++depth) {
      k = parent_[k];
      if (k == kNone) return false;
      if (k == ancestor) return true;
    }
    return false;
  }

  std::unordered_map<std::string, int32_t> ids_;
  std::vector<int32_t> parent_;             // by id; kNone at the top
  std::vector<const std::string*> names_;   // by id, into ids_ (node keys do not move)
};

struct Fact {
  uint32_t article = 0, casualty = 0;
  const Casualty* c = nullptr;
  std::string place_key;                   // empty when the fact names no place
  int32_t place = PlaceTree::kNone;        // ids in the batch's PlaceTree
  int32_t root = PlaceTree::kNone;
  uint32_t root_rank = 0;                  // the root's place in the order of names
  bool vague = true;                       // no place, or only a country
  std::optional<int64_t> day;              // resolved date as a day number
  std::optional<int64_t> published;        // the article's date as a day number
};

// Closed ranges that overlap are compatible ("dozens" and 47); otherwise the
// lower figures may differ by at most half: "at least 47" is open-ended, yet
// a report of 300 is another event.
bool counts_compatible(const Casualty& a, const Casualty& b) {
  if (a.count_max && b.count_max && a.count_min <= *b.count_max && b.count_min <= *a.count_max) return true;
  const int64_t lo = std::min(a.count_min, b.count_min), hi = std::max(a.count_min, b.count_min);
  return lo > 0 && hi * 2 <= lo * 3;
}

bool classes_compatible(const Casualty& a, const Casualty& b) {
  return a.victim_class == b.victim_class || a.victim_class == "unknown" || b.victim_class == "unknown";
}

struct Open {
  std::vector<size_t> facts;  // indexes into the fact list
};

// A place too wide to bucket by: none, or a country ("in Syria").
bool vague_place(const Fact& f) { return f.vague; }

// "22 killed in Syria on Saturday" beside "22 killed in Raqa on Saturday":
// reports that name no place or only the country are bucketed apart from
// the placed ones, so they join a placed incident here. They need its
// outcome, a day within one of its reports' and the very same toll, with
// victims and counts that agree with all its reports; and that incident must
// be the only one that fits, else they stay apart.
void attach_vague_reports(std::vector<Open>& open, const std::vector<Fact>& facts) {
  constexpr size_t kCandidates = 32;  // incidents tried per report: a busy day stays linear
  auto is_vague = [&](const Open& o) {
    return std::all_of(o.facts.begin(), o.facts.end(), [&](size_t f) { return vague_place(facts[f]); });
  };
  // Placed incidents by outcome and day.
  std::map<std::pair<std::string_view, int64_t>, std::vector<size_t>> placed;
  for (size_t o = 0; o < open.size(); ++o) {
    if (is_vague(open[o])) continue;
    for (size_t f : open[o].facts)
      if (facts[f].day) {
        auto& list = placed[{facts[f].c->outcome, *facts[f].day}];
        if (list.empty() || list.back() != o) list.push_back(o);
      }
  }
  auto fits = [&](const Open& vague, const Open& target) {
    bool same_toll = false;
    for (size_t v : vague.facts)
      for (size_t t : target.facts) {
        const Fact& f = facts[v];
        const Fact& g = facts[t];
        if (!classes_compatible(*f.c, *g.c) || !counts_compatible(*f.c, *g.c)) return false;
        same_toll = same_toll || (f.c->count_min == g.c->count_min && f.day && g.day && std::llabs(*f.day - *g.day) <= 1);
      }
    return same_toll;
  };
  for (size_t o = 0; o < open.size(); ++o) {
    if (open[o].facts.empty() || !is_vague(open[o])) continue;
    std::vector<size_t> tried;
    size_t match = SIZE_MAX;
    bool ambiguous = false;
    for (size_t v : open[o].facts) {
      const Fact& f = facts[v];
      if (!f.day) continue;
      for (int64_t day = *f.day - 1; day <= *f.day + 1 && !ambiguous; ++day) {
        const auto it = placed.find({f.c->outcome, day});
        if (it == placed.end()) continue;
        for (size_t t : it->second) {
          if (tried.size() >= kCandidates) break;
          if (t == match || std::find(tried.begin(), tried.end(), t) != tried.end() || open[t].facts.empty()) continue;
          tried.push_back(t);
          if (!fits(open[o], open[t])) continue;
          if (match != SIZE_MAX) { ambiguous = true; break; }
          match = t;
        }
      }
    }
    if (match == SIZE_MAX || ambiguous) continue;
    auto& into = open[match].facts;
    into.insert(into.end(), open[o].facts.begin(), open[o].facts.end());
    open[o].facts.clear();
  }
}

}  // namespace

std::vector<Incident> merge_incidents(const std::vector<ArticleFacts>& articles) {
  PlaceTree places;
  for (const auto& a : articles) places.learn(a);

  std::vector<Fact> facts;
  for (uint32_t a = 0; a < articles.size(); ++a) {
    const auto& cs = *articles[a].casualties;
    for (uint32_t i = 0; i < cs.size(); ++i) {
      const Casualty& c = cs[i];
      if (c.repeat || c.part_of >= 0 || c.scope != "incident") continue;
      Fact f;
      f.article = a;
      f.casualty = i;
      f.c = &c;
      if (articles[a].published) f.published = days_from_civil(*articles[a].published);
      if (!c.location.empty()) f.place_key = PlaceTree::key(c.location);
      f.place = places.id(f.place_key);
      f.root = c.location.empty() ? f.place : places.root(f.place);
      f.vague = f.place_key.empty() || lexicon::is_country_level(c.location);
      if (auto d = parse_iso_date(c.date)) f.day = days_from_civil(*d);
      facts.push_back(std::move(f));
    }
  }
  // Buckets follow the roots' names in order, as when roots were strings.
  {
    std::vector<int32_t> roots;
    for (const Fact& f : facts) roots.push_back(f.root);
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    std::sort(roots.begin(), roots.end(), [&](int32_t x, int32_t y) { return places.name(x) < places.name(y); });
    std::unordered_map<int32_t, uint32_t> rank;
    for (uint32_t r = 0; r < roots.size(); ++r) rank[roots[r]] = r;
    for (Fact& f : facts) f.root_rank = rank[f.root];
  }
  // Bucket by outcome and outermost place; within a bucket, by date.
  std::vector<size_t> order(facts.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Fact& a = facts[x];
    const Fact& b = facts[y];
    if (a.c->outcome != b.c->outcome) return a.c->outcome < b.c->outcome;
    if (a.root_rank != b.root_rank) return a.root_rank < b.root_rank;
    return a.day.value_or(INT64_MAX) < b.day.value_or(INT64_MAX);  // dated facts first: they anchor the rest
  });

  // Two facts may describe one event: outcome, victims, counts and places agree.
  auto agree = [&](const Fact& f, const Fact& g) {
    if (!classes_compatible(*f.c, *g.c) || !counts_compatible(*f.c, *g.c)) return false;
    if (f.place_key.empty() || g.place_key.empty()) return true;
    return places.related(f.place, g.place);
  };
  // ...and there is evidence that they do: dates within a day, the same
  // article, the same written day, or the same source and count.
  auto same_event = [&](const Fact& f, const Fact& g) {
    const bool strong = !f.c->source.empty() && f.c->source == g.c->source && f.c->count_min == g.c->count_min;
    if ((f.place_key.empty() || g.place_key.empty()) && !strong && f.article != g.article) return false;
    // "In Syria" lies above every town the batch places there: across
    // articles it is the same event only with the very same toll.
    if ((vague_place(f) || vague_place(g)) && f.article != g.article && f.c->count_min != g.c->count_min)
      return false;
    if (f.day && g.day) return std::llabs(*f.day - *g.day) <= 1;
    if (f.article == g.article) return true;
    // A report the text does not date is of about its article's day: the
    // same toll in the same town, published within two days of the other.
    constexpr int64_t kPublishedWithin = 2;
    const auto f_day = f.day ? f.day : f.published, g_day = g.day ? g.day : g.published;
    if (f_day && g_day && std::llabs(*f_day - *g_day) <= kPublishedWithin && f.c->count_min == g.c->count_min &&
        !vague_place(f) && !vague_place(g))
      return true;
    if (!f.day && !g.day && !f.c->date.empty() && chars::iequals(f.c->date, g.c->date)) return true;
    return strong;
  };
  // A fact joins an incident when it agrees with every report in it and is
  // the same event as at least one of them.
  // Large incidents are compared through their first and latest reports
  // only, so a batch with thousands of reports of one event stays linear.
  constexpr size_t kCompared = 8;
  auto joins = [&](const Fact& f, const std::vector<size_t>& members) {
    bool evidence = false;
    for (size_t i = 0; i < members.size(); ++i) {
      if (i == kCompared && members.size() > 2 * kCompared) i = members.size() - kCompared;
      const Fact& g = facts[members[i]];
      if (!agree(f, g)) return false;
      evidence = evidence || same_event(f, g);
    }
    return evidence;
  };

  std::vector<Open> open;
  size_t bucket_start_incident = 0;
  constexpr size_t kLookBack = 32;  // incidents compared per fact: keeps a bucket linear
  for (size_t k = 0; k < order.size(); ++k) {
    const Fact& f = facts[order[k]];
    if (k > 0) {
      const Fact& prev = facts[order[k - 1]];
      if (prev.c->outcome != f.c->outcome || prev.root != f.root) bucket_start_incident = open.size();
    }
    int32_t target = -1;
    const size_t from = open.size() > bucket_start_incident + kLookBack ? open.size() - kLookBack : bucket_start_incident;
    for (size_t o = open.size(); o-- > from && target < 0;)
      if (joins(f, open[o].facts)) target = static_cast<int32_t>(o);
    if (target < 0) {
      target = static_cast<int32_t>(open.size());
      open.emplace_back();
    }
    open[static_cast<size_t>(target)].facts.push_back(order[k]);
  }

  attach_vague_reports(open, facts);

  std::vector<Incident> out;
  out.reserve(open.size());
  for (const Open& o : open) {
    if (o.facts.empty()) continue;  // attached to another incident
    Incident inc;
    int best_depth = -1;
    std::vector<std::pair<int64_t, int64_t>> figures;
    inc.count_min = INT64_MAX;
    for (size_t m : o.facts) {
      const Fact& f = facts[m];
      const Casualty& c = *f.c;
      inc.mentions.push_back({f.article, f.casualty});
      inc.outcome = c.outcome;
      if (inc.victim_class.empty() || inc.victim_class == "unknown") inc.victim_class = c.victim_class;
      inc.count_min = std::min(inc.count_min, c.count_min);
      inc.count_max = std::max(inc.count_max, std::max(c.count_min, c.count_max.value_or(c.count_min)));
      figures.emplace_back(c.count_min, c.count_max.value_or(-1));
      // One entry per source, whatever its case ("Activists said", "activists said").
      if (!c.source.empty() && std::none_of(inc.sources.begin(), inc.sources.end(), [&](const std::string& s) {
            return chars::iequals(s, c.source);
          }))
        inc.sources.push_back(c.source);
      if (!f.place_key.empty()) {
        const int d = places.depth(f.place);
        if (d > best_depth) { best_depth = d; inc.location = c.location; }
      }
      if (f.day && (inc.date.empty() || c.date < inc.date)) inc.date = c.date;
    }
    inc.conservative = inc.count_min;
    std::sort(figures.begin(), figures.end());
    inc.conflict = std::unique(figures.begin(), figures.end()) - figures.begin() > 1;
    std::sort(inc.mentions.begin(), inc.mentions.end(),
              [](const auto& x, const auto& y) { return x.article != y.article ? x.article < y.article : x.casualty < y.casualty; });
    out.push_back(std::move(inc));
  }
  // Parts join their whole's incident.
  // The incident of each fact, by the article's first fact's place in one flat list.
  std::vector<size_t> first_fact(articles.size() + 1, 0);
  for (uint32_t a = 0; a < articles.size(); ++a) first_fact[a + 1] = first_fact[a] + articles[a].casualties->size();
  constexpr size_t kNoIncident = SIZE_MAX;
  std::vector<size_t> incident_by_fact(first_fact.back(), kNoIncident);
  for (size_t i = 0; i < out.size(); ++i)
    for (const auto& m : out[i].mentions) incident_by_fact[first_fact[m.article] + m.casualty] = i;
  for (uint32_t a = 0; a < articles.size(); ++a) {
    const auto& cs = *articles[a].casualties;
    for (uint32_t i = 0; i < cs.size(); ++i) {
      if (cs[i].part_of < 0 || cs[i].repeat || static_cast<size_t>(cs[i].part_of) >= cs.size()) continue;
      const size_t incident = incident_by_fact[first_fact[a] + static_cast<size_t>(cs[i].part_of)];
      if (incident != kNoIncident) out[incident].parts.push_back({a, i});
    }
  }
  // First reported first.
  std::stable_sort(out.begin(), out.end(), [](const Incident& x, const Incident& y) {
    return x.mentions.front().article != y.mentions.front().article ? x.mentions.front().article < y.mentions.front().article
                                                                    : x.mentions.front().casualty < y.mentions.front().casualty;
  });
  return out;
}

}  // namespace sift
