#include "corpus.h"

#include <string_view>

namespace sift::bench {
namespace {

class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed * 0x9e3779b97f4a7c15ULL + 1) {}
  uint64_t next() {
    s_ ^= s_ << 13; s_ ^= s_ >> 7; s_ ^= s_ << 17;
    return s_;
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
  template <size_t N>
  std::string_view pick(const std::string_view (&a)[N]) { return a[below(N)]; }

 private:
  uint64_t s_;
};

constexpr std::string_view kPlaces[] = {"Homs", "Aleppo", "Idlib", "Hama", "Deir al-Zor", "Douma",
                                        "Qusayr", "Daraa", "Raqqa", "Latakia", "Jobar", "Baba Amro",
                                        "Khalidiyeh", "Zabadani", "Tal Kalakh", "Rastan", "Saraqeb"};
constexpr std::string_view kGiven[] = {"Ahmed", "Omar", "Rami", "Sergei", "William", "Valerie",
                                       "Hicham", "Nabil", "Kofi", "Maher", "Lina", "Fatima", "Yusuf",
                                       "Mehmet", "Anna", "Dmitry", "Khaled", "Samir"};
constexpr std::string_view kFamily[] = {"Hassan", "Abdel Rahman", "Lavrov", "Hague", "Amos",
                                        "Elaraby", "Annan", "al-Khalidi", "Yilmaz", "Petrov",
                                        "Haddad", "Nasr", "Idibi", "Conroy", "Bouvier"};
constexpr std::string_view kSources[] = {
    "the Syrian Observatory for Human Rights said", "activists said", "a military source told AFP",
    "the Local Coordination Committees said", "state news agency SANA reported",
    "according to Western media reports", "the Red Cross said", "a monitoring group said"};
constexpr std::string_view kOutcomes[] = {"killed", "wounded", "injured", "arrested", "detained",
                                          "missing", "abducted"};
constexpr std::string_view kVictims[] = {"people", "civilians", "rebels", "soldiers", "children",
                                         "women", "fighters", "protesters"};
constexpr std::string_view kQualifiers[] = {"at least", "more than", "nearly", "about", "up to", ""};
constexpr std::string_view kCauses[] = {"shelling", "an air strike", "sniper fire", "a car bomb",
                                        "artillery barrages", "clashes"};
constexpr std::string_view kDays[] = {"on Monday", "on Tuesday", "overnight", "today", "yesterday",
                                      "on February 22nd", "last March", "on Thursday"};
constexpr std::string_view kFiller[] = {
    "Independent confirmation of the reports was not available because of restrictions on journalists.",
    "The government blamed armed terrorist groups for the violence and said it would restore order.",
    "Diplomats at the U.N. said talks on a new resolution had stalled, with Russia and China opposed.",
    "The opposition Syrian National Council (SNC) called for international protection of civilians.",
    "Residents described queues for bread stretching for several streets and shortages of fuel.",
    "The Arab League plan calls for a cease-fire and for the president to hand over power to a deputy.",
    "Aid agencies said they had been unable to reach the district for more than a week.",
    "Lt. Col. Ahmed, a defector, said the army was running short of reliable units in the province."};
constexpr std::string_view kBoilerplate[] = {"More From This Section", "Share this article",
                                             "Advertisement", "Related stories", "Read more: Talks stall again"};

// Pseudo-words from syllables: a vocabulary of thousands of distinct words,
// so generated articles share no more wording than real ones do.
std::string pseudo_word(Rng& rng) {
  static constexpr std::string_view kSyllables[] = {"ba", "ka", "ri", "mo", "tel", "san", "dar", "lu",
                                                    "shi", "ne", "vor", "qa", "zi", "hol", "mer", "tu",
                                                    "an", "es", "om", "ul", "gra", "pli", "sto", "wen"};
  std::string w;
  const size_t n = 2 + rng.below(2);
  for (size_t i = 0; i < n; ++i) w += rng.pick(kSyllables);
  return w;
}

// A sentence of ordinary reporting with varied wording.
std::string prose_sentence(Rng& rng) {
  static constexpr std::string_view kOpeners[] = {"The", "Officials said the", "Residents described the",
                                                  "Witnesses reported that the", "According to diplomats, the",
                                                  "Aid workers warned that the"};
  static constexpr std::string_view kVerbs[] = {"was", "remained", "had become", "would be", "seemed"};
  std::string s(rng.pick(kOpeners));
  s += " ";
  s += pseudo_word(rng);
  s += " ";
  s += pseudo_word(rng);
  s += " near ";
  s += rng.pick(kPlaces);
  s += " ";
  s += rng.pick(kVerbs);
  s += " ";
  s += pseudo_word(rng);
  s += " and ";
  s += pseudo_word(rng);
  s += " after ";
  s += std::to_string(2 + rng.below(90));
  s += " days of ";
  s += pseudo_word(rng);
  s += ".";
  return s;
}

}  // namespace

std::vector<std::string> make_corpus(size_t total_bytes, size_t article_bytes, uint64_t seed) {
  Rng rng(seed);
  std::vector<std::string> out;
  size_t total = 0;
  uint64_t serial = 0;
  while (total < total_bytes) {
    std::string a;
    a.reserve(article_bytes + 512);
    ++serial;
    a += "Fighting in ";
    a += rng.pick(kPlaces);
    a += " enters day ";
    a += std::to_string(2 + rng.below(60));
    a += "\n";
    if (rng.below(3) == 0) {
      a += "BEIRUT, Feb ";
      a += std::to_string(1 + rng.below(28));
      a += " (Reuters) - ";
    }
    std::vector<std::string> paras;
    while (a.size() < article_bytes) {
      std::string p;
      switch (rng.below(6)) {
        case 0: case 1: {
          const auto q = rng.pick(kQualifiers);
          p += q.empty() ? "" : std::string(q) + " ";
          p[0] = p.empty() ? p[0] : static_cast<char>(p[0] & ~0x20);
          if (p.empty()) p += "Some ";
          p += std::to_string(2 + rng.below(200)) + " ";
          p += rng.pick(kVictims);
          p += " were ";
          p += rng.pick(kOutcomes);
          p += " in ";
          p += rng.pick(kPlaces);
          p += " ";
          p += rng.pick(kDays);
          p += " by ";
          p += rng.pick(kCauses);
          p += ", ";
          p += rng.pick(kSources);
          p += ". Case " + std::to_string(serial) + ".";
          break;
        }
        case 2: {
          p += "\"We will not leave ";
          p += rng.pick(kPlaces);
          p += " until the last man,\" ";
          p += rng.pick(kGiven);
          p += " ";
          p += rng.pick(kFamily);
          p += " told Reuters in report " + std::to_string(serial) + ".";
          break;
        }
        case 3:
          p += prose_sentence(rng);
          p += " Mr ";
          p += rng.pick(kFamily);
          p += " disagreed. ";
          p += prose_sentence(rng);
          break;
        case 4:
          if (rng.below(4) == 0) p += rng.pick(kBoilerplate);
          else if (!paras.empty() && rng.below(8) == 0) p = paras[rng.below(paras.size())];
          else if (rng.below(4) == 0) p = std::string(rng.pick(kFiller));
          else p = prose_sentence(rng) + " " + prose_sentence(rng);
          break;
        default:
          p += rng.pick(kGiven);
          p += " ";
          p += rng.pick(kFamily);
          p += ", a resident of ";
          p += rng.pick(kPlaces);
          p += ", said the shelling began at 6 a.m. and lasted until noon on day " +
               std::to_string(rng.below(1000)) + ".";
      }
      paras.push_back(p);
      a += p;
      a += "\n";
    }
    a += "Reuters\n";
    total += a.size();
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace sift::bench
