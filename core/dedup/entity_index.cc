#include "dedup/entity_index.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "extract/lexicon.h"
#include "text/chars.h"
#include "text/fold.h"

namespace sift {

std::string entity_key(std::string_view name, bool skeleton) {
  const std::string folded = fold(name);
  std::string out;
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    const std::string_view w(folded.data() + start, end - start);
    start = end + 1;
    if (lexicon::is_name_particle(w) || w == "the") continue;
    if (!skeleton) {
      if (!out.empty()) out += ' ';
      out.append(w);
      continue;
    }
    auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
    char previous = 0;
    for (size_t i = 0; i < w.size(); ++i) {
      const char c = w[i];
      const bool same = c == previous;  // "Gaddafi" = "Gadafi": doubled letters count once
      // "Hasakeh" = "Hasaka", "Khalidiyah" = "Khalidiya": a final h after a
      // vowel writes the Arabic feminine ending, which others leave out.
      const bool feminine_h = c == 'h' && i + 1 == w.size() && i > 2 && vowel(w[i - 1]);
      previous = c;
      if (same || vowel(c) || feminine_h) continue;
      out += c;
    }
  }
  return out;
}

std::vector<BatchEntity> index_entities(const std::vector<ArticleEntities>& articles) {
  std::vector<BatchEntity> out;
  std::unordered_map<std::string, size_t> by_key;  // type + key -> index in out
  std::vector<std::map<std::string, uint32_t>> canonical_counts;
  for (uint32_t a = 0; a < articles.size(); ++a) {
    for (const Entity& e : *articles[a].entities) {
      // Dates are no entities to index; names in page furniture are no mentions.
      if (e.type == EntityType::kDate || e.boilerplate) continue;
      const std::string surface(e.span.of(articles[a].text));
      const std::string canonical(e.canonical.of(articles[a].text));
      const std::string type_tag(1, static_cast<char>('0' + static_cast<int>(e.type)));
      const std::string skeleton = entity_key(canonical, true);
      const std::string key = type_tag + (skeleton.size() >= 4 ? "s:" + skeleton : "f:" + entity_key(canonical, false));
      auto [it, inserted] = by_key.emplace(key, out.size());
      if (inserted) {
        out.push_back({canonical, e.type, {}, 0, {}});
        canonical_counts.emplace_back();
      }
      BatchEntity& be = out[it->second];
      ++be.mentions;
      ++canonical_counts[it->second][canonical];
      for (const std::string* form : {&canonical, &surface})
        if (std::find(be.variants.begin(), be.variants.end(), *form) == be.variants.end()) be.variants.push_back(*form);
      if (be.articles.empty() || be.articles.back() != a) be.articles.push_back(a);
    }
  }
  // The most frequent canonical form names the entity; ties go to the form
  // as written in running text ("Beirut" over a dateline's "BEIRUT"), then
  // to the longer.
  const auto rank = [](const std::pair<const std::string, uint32_t>& form) {
    const bool shouted = std::none_of(form.first.begin(), form.first.end(), [](char c) { return chars::is_ascii_lower(c); });
    return std::make_tuple(form.second, !shouted, form.first.size());
  };
  for (size_t i = 0; i < out.size(); ++i) {
    const auto best = std::max_element(canonical_counts[i].begin(), canonical_counts[i].end(),
                                       [&](const auto& x, const auto& y) { return rank(x) < rank(y); });
    out[i].canonical = best->first;
  }
  return out;
}

}  // namespace sift
