// FA-KES labels, read the way Sift's harnesses compare them. FA-KES marks
// each article's actor and cause of death as one of a few classes, and its
// place as one of Syria's governorates
// ("aleppo", "deir ezzor"). A fact's location is judged right when it names
// that governorate, or a town or district the reports place in it; the list
// holds the spellings found in war reporting, written for this harness.
#pragma once
#include <cctype>
#include <cstdio>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fakes {

// FA-KES writes publication dates as M/D/YY ("4/5/17"); Sift takes
// YYYY-MM-DD, as a user's .jsonl would carry it.
inline std::optional<std::string> publication_date(const std::string& mdy) {
  int month = 0, day = 0, year = 0;
  if (std::sscanf(mdy.c_str(), "%d/%d/%d", &month, &day, &year) != 3 || month < 1 || month > 12 || day < 1 ||
      day > 31)
    return std::nullopt;
  if (year < 100) year += 2000;
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  return std::string(iso);
}

// An annotated count ("70"), or none when the field is empty or not a number.
inline std::optional<long long> annotated_count(const std::string& field) {
  if (field.empty() || field.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoll(field);
}

struct Governorate {
  std::string_view key;                     // as FA-KES writes it
  std::vector<std::string_view> places;     // lower case, words split by spaces
};

inline const std::vector<Governorate>& governorates() {
  static const std::vector<Governorate> all = {
      {"aleppo", {"aleppo", "halab", "manbij", "azaz", "jarablus", "afrin", "al bab", "atareb", "anadan", "haritan",
                  "tokhar", "tal rifaat", "dabiq", "bab al nayrab", "bab al maqam", "zubdiya", "sukkari", "ferdous",
                  "masharqa", "sheikh maqsoud", "bustan al qasr", "hanano", "kallaseh", "ansari", "hardatnin"}},
      {"idlib", {"idlib", "idleb", "khan sheikhoun", "khan sheikhun", "khan shaykhun", "maarat al numan",
                 "maaret al numan", "maarat al nouman", "saraqeb", "saraqib", "jisr al shughour", "ariha",
                 "kafranbel", "binnish", "foua", "fuaa", "kafraya", "hass", "sarmada", "atmeh", "salqin", "armanaz",
                 "taftanaz", "urum al kubra", "kafr takharim", "duwayleh", "maarat misrin"}},
      {"damascus", {"damascus", "ghouta", "douma", "harasta", "jobar", "zamalka", "arbin", "erbin", "daraya",
                    "madaya", "zabadani", "yarmouk", "kafr batna", "saqba", "hamouria", "barzeh", "qaboun", "dumayr",
                    "jayrud", "moadamiyeh", "wadi barada", "qudsaya", "ain tarma", "mleiha", "otaybah", "nashabiyeh",
                    "deir al asafir", "beit jinn", "khan al shih", "kisweh", "sayeda zeinab", "sayyida zeinab"}},
      {"homs", {"homs", "palmyra", "tadmur", "rastan", "talbiseh", "qusayr", "houla", "waer", "shayrat", "qaryatain",
                "al qaryatain", "tal kalakh", "baba amr", "khalidiya"}},
      {"hama", {"hama", "latamneh", "kafr zeita", "morek", "halfaya", "mhardeh", "salamiyeh", "suran", "taybat al imam",
                "kafr nabuda", "qalaat al madiq"}},
      {"raqqa", {"raqqa", "raqa", "rakka", "tabqa", "tal abyad", "tell abyad", "maadan"}},
      {"deir ezzor", {"deir ezzor", "deir ez zor", "deir al zor", "deir el zour", "deir az zour", "deir ezzor",
                      "deir al zour", "mayadin", "mayadeen", "al mayadin", "albu kamal", "abu kamal", "bukamal",
                      "quriya", "al quria", "asharah", "al asharah", "hajin", "euphrates"}},
      {"hasakeh", {"hasakeh", "hasaka", "hassakeh", "hasakah", "hassake", "qamishli", "qamishlo", "ras al ain",
                   "shaddadi", "tall tamr", "tal tamr", "tall tawil", "salihiah", "amuda", "malikiyah"}},
      {"daraa", {"daraa", "deraa", "dara", "nawa", "busra", "inkhil", "deir al adas", "tafas", "jasim", "sanamayn"}},
      {"lattakia", {"lattakia", "latakia", "qardaha", "jableh", "kessab", "kasab", "salma"}},
      {"quneitra", {"quneitra", "golan", "golan heights"}},
      {"tartous", {"tartous", "tartus", "baniyas", "banias"}},
  };
  return all;
}

// Lower-case ASCII words of a place name; "Deir ez-Zor" -> "deir ez zor".
inline std::string place_words(std::string_view name) {
  std::string out;
  for (char ch : name) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalpha(c)) out += static_cast<char>(std::tolower(c));
    else if (c == '\'' || c == '`') continue;  // "Ma'arat" -> "maarat"
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Whether the words of `phrase` appear as whole words inside `words`.
inline bool has_words(const std::string& words, std::string_view phrase) {
  for (size_t at = words.find(phrase); at != std::string::npos; at = words.find(phrase, at + 1)) {
    const size_t end = at + phrase.size();
    if ((at == 0 || words[at - 1] == ' ') && (end == words.size() || words[end] == ' ')) return true;
  }
  return false;
}

enum class PlaceVerdict { kRight, kCountryOnly, kNone, kOther };

inline PlaceVerdict judge_place(std::string_view location, std::string_view governorate) {
  const std::string words = place_words(location);
  if (words.empty()) return PlaceVerdict::kNone;
  for (const Governorate& g : governorates()) {
    if (g.key != governorate) continue;
    for (std::string_view p : g.places)
      if (has_words(words, p)) return PlaceVerdict::kRight;
  }
  if (words == "syria" || words == "northern syria" || words == "north syria" || words == "eastern syria" ||
      words == "northwest syria" || words == "northeast syria" || words == "southern syria")
    return PlaceVerdict::kCountryOnly;
  return PlaceVerdict::kOther;
}

// FA-KES's cause classes for Sift's causes; "" for a cause it has no class
// for ("attack", "massacre").
inline std::string_view cause_class(std::string_view cause) {
  if (cause == "air strike" || cause == "shelling" || cause == "rocket" || cause == "barrel bomb" ||
      cause == "mortar" || cause == "missile")
    return "shelling";
  if (cause == "bomb" || cause == "explosion" || cause == "car bomb" || cause == "suicide bombing" || cause == "mine")
    return "explosion";
  if (cause == "chemical attack") return "chemical and toxic gases";
  if (cause == "gunfire" || cause == "sniper" || cause == "clashes") return "shooting";
  if (cause == "execution") return "execution";
  return "";
}

// FA-KES's actor classes for a perpetrator phrase; "" when it names none
// of them. Matched on lower-case words, most specific first.
inline std::string_view actor_class(std::string_view perpetrator) {
  const std::string words = place_words(perpetrator);
  if (words.empty()) return "";
  const auto any = [&](std::initializer_list<std::string_view> phrases) {
    for (std::string_view p : phrases)
      if (has_words(words, p)) return true;
    return false;
  };
  if (any({"nusra", "al nusra", "fateh al sham", "jabhat"})) return "al-nusra front";
  if (any({"is", "isis", "isil", "islamic state", "daesh", "daish", "jihadist", "jihadists"}))
    return "the organization of the islamic state in iraq and the levant - isis";
  if (any({"coalition", "us", "u s", "american", "french", "british", "us led", "u s led"}))
    return "international coalition forces";
  if (any({"sdf", "ypg", "kurdish", "kurds", "syrian democratic forces"})) return "self administration forces";
  if (any({"rebel", "rebels", "opposition", "fsa", "free syrian army", "insurgent", "insurgents", "terrorist",
           "terrorists", "militants", "jaish al islam", "ahrar al sham"}))
    return "armed opposition groups";
  if (any({"russian", "russia", "syrian", "syria", "regime", "government", "army", "assad", "loyalist", "pro government",
           "pro regime", "hezbollah", "hizballah", "troops", "helicopters", "warplanes"}))
    return "syrian government or russian troops";
  return "";
}

}  // namespace fakes
