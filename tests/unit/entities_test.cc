#include "extract/entities.h"
#include "dedup/entity_index.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"

using namespace sift;
using namespace sift::test;

namespace {
struct Found {
  std::string text, type, canonical, title;
};

std::vector<Found> entities_of(const std::string& text) {
  const auto a = analyze_text(text);
  std::vector<Found> out;
  for (const auto& e : a.extraction.entities)
    out.push_back({std::string(e.span.of(a.normalized.text)), to_string(e.type), std::string(e.canonical.of(a.normalized.text)),
                   std::string(e.title.of(a.normalized.text))});
  return out;
}

const Found* find(const std::vector<Found>& all, const std::string& text) {
  for (const auto& f : all)
    if (f.text == text) return &f;
  return nullptr;
}

void check_entity(const std::vector<Found>& all, const std::string& text, const std::string& type,
                  const std::string& canonical = "") {
  const Found* f = find(all, text);
  INFO("entity: " << text);
  REQUIRE(f != nullptr);
  CHECK(f->type == type);
  if (!canonical.empty()) CHECK(f->canonical == canonical);
}
size_t count_type(const std::vector<Found>& all, const std::string& text, const std::string& type) {
  return static_cast<size_t>(
      std::count_if(all.begin(), all.end(), [&](const Found& f) { return f.text == text && f.type == type; }));
}
void check_title(const std::vector<Found>& all, const std::string& text, const std::string& title) {
  const Found* f = find(all, text);
  INFO("entity: " << text);
  REQUIRE(f != nullptr);
  CHECK(f->title == title);
}
}  // namespace

TEST_CASE("spans leave out titles and possessives and keep inner punctuation") {
  const auto e = entities_of(
      "President Bashar al-Assad's forces shelled Karm al-Zeytun. UN Secretary-General Ban Ki-moon "
      "condemned the attack.");
  check_entity(e, "Bashar al-Assad", "PERSON");
  check_entity(e, "Karm al-Zeytun", "LOC");
  check_entity(e, "Ban Ki-moon", "PERSON");
  check_entity(e, "UN", "ORG");
  CHECK(find(e, "President Bashar al-Assad") == nullptr);
}

TEST_CASE("lists of names split at and") {
  const auto e = entities_of("Still in Homs were French journalists William Daniels and Edith Bouvier.");
  check_entity(e, "William Daniels", "PERSON");
  check_entity(e, "Edith Bouvier", "PERSON");
  check_entity(e, "French", "NORP");
  check_entity(e, "Homs", "LOC");
  CHECK(find(e, "Still") == nullptr);
}

TEST_CASE("short and titled forms join the full name") {
  const auto e = entities_of(
      "Opponents of President Bashar al-Assad met in Cairo. Dr Assad has ruled for 11 years. "
      "Valerie Amos arrived. Syria refused Ms Amos entry.");
  const auto a = analyze_text(
      "Opponents of President Bashar al-Assad met in Cairo. Dr Assad has ruled for 11 years. "
      "Valerie Amos arrived. Syria refused Ms Amos entry.");
  std::vector<std::string> assad, amos;
  for (const auto& x : a.extraction.entities) {
    const std::string t(x.span.of(a.normalized.text));
    if (t == "Assad") assad.emplace_back(x.canonical.of(a.normalized.text));
    if (t == "Amos") amos.emplace_back(x.canonical.of(a.normalized.text));
  }
  CHECK(assad == std::vector<std::string>{"Bashar al-Assad"});
  CHECK(amos == std::vector<std::string>{"Valerie Amos"});
}

TEST_CASE("acronyms join their expansion; the Observatory joins its full name") {
  const auto e = entities_of(
      "The opposition Syrian National Council (SNC) demanded a meeting. The SNC said talks failed. "
      "A spokesman for the International Committee of the Red Cross said the ICRC was ready. "
      "The Syrian Observatory for Human Rights reported deaths. Observatory chief Rami Abdel Rahman told AFP.");
  check_entity(e, "SNC", "ORG", "Syrian National Council");
  check_entity(e, "ICRC", "ORG", "International Committee of the Red Cross");
  check_entity(e, "Observatory", "ORG", "Syrian Observatory for Human Rights");
  check_entity(e, "Rami Abdel Rahman", "PERSON");
  check_entity(e, "AFP", "ORG");
}

TEST_CASE("unknown names are typed from context") {
  const auto e = entities_of(
      "Government troops stormed the town of Talbiseh. Shelling hit Tal Rifaat province overnight. "
      "Abu Hamza, a shopkeeper, said the market burned. A spokesman, Khaled Yilmaz, denied it.");
  check_entity(e, "Talbiseh", "LOC");
  check_entity(e, "Tal Rifaat", "LOC");
  check_entity(e, "Abu Hamza", "PERSON");
  check_entity(e, "Khaled Yilmaz", "PERSON");
}

TEST_CASE("a name keeps one type within an article, whatever word stands before one mention") {
  const auto e = entities_of(
      "The university is cultivating new interest in Warhol's photographic legacy.\n\n"
      "Andy Warhol took thousands of pictures of celebrities. Warhol said little about them.");
  for (const auto& f : e)
    if (f.text == "Warhol") {
      CHECK(f.type == "PERSON");
      CHECK(f.canonical == "Andy Warhol");
    }
  check_entity(e, "Andy Warhol", "PERSON");
}

TEST_CASE("languages, faiths and events are not marked as places or people") {
  const auto e = entities_of(
      "The statement, in Arabic, praised God and Islam. Veterans of the Gulf War met at the G7 Ise-Shima "
      "Summit, while the Ministry of War in Damascus stayed silent.");
  CHECK(find(e, "Arabic") == nullptr);
  CHECK(find(e, "God") == nullptr);
  CHECK(find(e, "Islam") == nullptr);
  CHECK(find(e, "Gulf War") == nullptr);
  CHECK(find(e, "G7 Ise-Shima Summit") == nullptr);
  check_entity(e, "Damascus", "LOC");
}

TEST_CASE("nationalities and groups are NORP, not places") {
  const auto e = entities_of("Alawite militias attacked Sunni villages, Syrian activists said.");
  check_entity(e, "Alawite", "NORP");
  check_entity(e, "Sunni", "NORP");
  check_entity(e, "Syrian", "NORP");
}

TEST_CASE("a title-case heading keeps only names confirmed elsewhere") {
  const auto e = entities_of("Heavy Shelling Hits Homs Again\nGovernment forces shelled Homs on Monday, activists said.");
  CHECK(find(e, "Heavy Shelling Hits Homs Again") == nullptr);
  CHECK(find(e, "Heavy Shelling") == nullptr);
}

TEST_CASE("a text ending on an opening word alone reads nothing past its last token") {
  // Fuzz finding: the opening-word trim consumed the whole run at the text's end and the
  // next check read one token past the end (caught by the ASan run of this suite).
  CHECK(entities_of("a1,\"Shelling  ").empty());
  CHECK(entities_of("Heavy Shelling").empty());
}

TEST_CASE("entities in repeated paragraphs are marked repeat") {
  const auto a = analyze_text("Rebels entered Qusayr on Monday.\nThe army denied it.\nRebels entered Qusayr on Monday.\n");
  size_t repeated = 0;
  for (const auto& e : a.extraction.entities) repeated += e.repeat;
  CHECK(repeated == 2);  // Qusayr and Monday in the third paragraph
}

TEST_CASE("the batch entity list joins transliteration variants with care") {
  CHECK(entity_key("Baba Amro", true) == entity_key("Bab Amr", true));
  CHECK(entity_key("Khalidiyeh", true) == entity_key("Khaldiyeh", true));
  CHECK(entity_key("Bashar al-Assad", false) == "bashar assad");
  const auto r = analyze_texts({"Shelling hit Baba Amro in Homs, activists said.",
                                "Activists said shelling hit Bab Amr and Khaldiyeh.",
                                "Troops moved on Khalidiyeh from Oman and Amman."});
  const BatchEntity* baba = nullptr;
  bool oman_alone = false;
  for (const auto& e : r.dedup.entities) {
    if (e.canonical == "Baba Amro" || e.canonical == "Bab Amr") baba = &e;
    if (e.canonical == "Oman") oman_alone = e.variants.size() == 1;
  }
  REQUIRE(baba != nullptr);
  CHECK(baba->variants.size() == 2);
  CHECK(baba->articles == std::vector<uint32_t>{0, 1});
  CHECK(oman_alone);
}

TEST_CASE("a title inside a run splits the organisation from the person") {
  const auto all = entities_of("Navy Capt. Jeff Davis told reporters on Monday that the strikes continued.\n\n"
                               "Pentagon Press Secretary Peter Cook said the raid was over.");
  check_entity(all, "Navy", "ORG");
  check_entity(all, "Jeff Davis", "PERSON");
  check_entity(all, "Peter Cook", "PERSON");
  CHECK(find(all, "Navy Capt. Jeff Davis") == nullptr);
}

TEST_CASE("a person keeps the title left outside the span") {
  const auto all = entities_of(
      "President Bashar al-Assad's forces shelled the city. Dr Assad blamed terrorists.\n\n"
      "Russian Foreign Minister Sergei Lavrov met ICRC spokesman Hicham Hassan in Geneva.\n\n"
      "Journalists William Daniels and Edith Bouvier were evacuated. Kofi Annan arrived later.");
  check_title(all, "Bashar al-Assad", "President");
  check_title(all, "Assad", "Dr");
  CHECK(find(all, "Assad")->canonical == "Bashar al-Assad");
  check_title(all, "Sergei Lavrov", "Foreign Minister");
  check_title(all, "Hicham Hassan", "spokesman");
  check_entity(all, "William Daniels", "PERSON");
  check_entity(all, "Edith Bouvier", "PERSON");
  CHECK(find(all, "Journalists William Daniels") == nullptr);
  check_title(all, "Kofi Annan", "");
}

TEST_CASE("portfolio words open a title block, and titles alone name nobody") {
  const auto all = entities_of(
      "Labour's Shadow Home Secretary Yvette Cooper said her party backed the plan.\n\n"
      "Syrian Information Minister Omran al-Zoubi denied the reports.\n\n"
      "During Prime Minister's Questions on Wednesday, the debate grew heated.");
  check_title(all, "Yvette Cooper", "Shadow Home Secretary");
  check_title(all, "Omran al-Zoubi", "Information Minister");
  CHECK(find(all, "Shadow Home") == nullptr);
  CHECK(find(all, "Minister") == nullptr);
}

TEST_CASE("Arabic place-forming first words make a place, but only at the start of a name") {
  const auto all = entities_of(
      "Fighters retook Kafr Hamra and Tal Rifaat on Sunday. Khan Sheikhoun was hit again.\n\n"
      "Imran Khan, the former prime minister, condemned the attack.");
  check_entity(all, "Kafr Hamra", "LOC");
  check_entity(all, "Tal Rifaat", "LOC");
  check_entity(all, "Khan Sheikhoun", "LOC");
  check_entity(all, "Imran Khan", "PERSON");
}

TEST_CASE("names unknown to the hand-written lists are typed by the model from context") {
  const auto all = entities_of(
      "Kathryn Waters, a volunteer with the group, said the convoy reached the village on Sunday.\n\n"
      "Romelu Lukaku scored twice before the match was stopped.\n\n"
      "The talks were held in Tartus, where the navy keeps a supply base.");
  check_entity(all, "Kathryn Waters", "PERSON");
  check_entity(all, "Romelu Lukaku", "PERSON");
  check_entity(all, "Tartus", "LOC");
}

TEST_CASE("a long name the lexicon knows joins across 'of' and a country; a department ends a title") {
  const auto all = entities_of("Fighters of the Islamic State of Iraq and the Levant attacked the town. "
                               "US Secretary of State John Kerry said talks would go on.");
  check_entity(all, "Islamic State of Iraq and the Levant", "ORG");
  CHECK(find(all, "Iraq") == nullptr);
  check_entity(all, "John Kerry", "PERSON");
  CHECK(find(all, "State") == nullptr);
}

TEST_CASE("a lone surname of a person named in full is that person, even where a place has the name") {
  const auto e = entities_of(
      "Valeska Paris was sent to the ship as a teenager. Paris said she was kept there for years. "
      "Paris's father had joined first. She later moved to Paris.");
  for (const auto& f : e)
    if (f.text == "Paris" && f.canonical == "Valeska Paris") CHECK(f.type == "PERSON");
  int person_mentions = 0, place_mentions = 0;
  for (const auto& f : e) {
    if (f.text != "Paris") continue;
    person_mentions += f.type == "PERSON";
    place_mentions += f.type == "LOC";
  }
  CHECK(person_mentions == 2);
  CHECK(place_mentions == 1);  // "moved to Paris" is the city
}

TEST_CASE("a nationality opening an organisation's name stays in it") {
  const auto e = entities_of(
      "The Syrian Arab News Agency (SANA) said the Syrian Arab Red Crescent had reached the town. "
      "Syrian Kurds fled north.");
  check_entity(e, "Syrian Arab News Agency", "ORG");
  check_entity(e, "SANA", "ORG", "Syrian Arab News Agency");
  check_entity(e, "Syrian Arab Red Crescent", "ORG");
  check_entity(e, "Kurds", "NORP");
}

TEST_CASE("news agencies cited by name alone are organisations") {
  const auto e = entities_of(
      "North Korea's KCNA said the test succeeded, Yonhap reported. A commander told al-Ikhbariya "
      "television the road was open, and Kyodo quoted an official.");
  for (const char* agency : {"KCNA", "Yonhap", "al-Ikhbariya", "Kyodo"}) check_entity(e, agency, "ORG");
}

TEST_CASE("the Arabic article assimilated before a hyphen keeps a place whole") {
  const auto e = entities_of(
      "Islamic State militants executed 12 men in the eastern city of Deir ez-Zor, the Observatory said. "
      "Rebels held Ras al-Ain.");
  check_entity(e, "Deir ez-Zor", "LOC");
  check_entity(e, "Ras al-Ain", "LOC");
  CHECK(find(e, "Deir") == nullptr);
}

TEST_CASE("a name in capitals joins the same name as written in the story; acronyms stay") {
  const auto e = entities_of("ALEPPO, Syria (Reuters) - Warplanes pounded Aleppo on Thursday, SANA said.");
  check_entity(e, "ALEPPO", "LOC", "Aleppo");
  check_entity(e, "SANA", "ORG", "SANA");
}

TEST_CASE("the Syrian Civil Defence is an organisation") {
  const auto e = entities_of("At least 32 civilians were killed, according to the Syrian Civil Defence.");
  check_entity(e, "Syrian Civil Defence", "ORG");
}

TEST_CASE("a headline run into the first sentence keeps only names confirmed elsewhere") {
  const auto e = entities_of(
      "Nine Civilians Killed in Regime Airstrikes on Rural Homs Today. Activists in Homs said that "
      "regime airstrikes on rural villages killed nine civilians today.");
  CHECK(find(e, "Nine Civilians Killed") == nullptr);
  CHECK(find(e, "Regime Airstrikes on Rural Homs") == nullptr);
  check_entity(e, "Homs", "LOC");
  // A caption of names is no headline: none of its words is written in lower case elsewhere.
  const auto caption = entities_of(
      "The talks went on all week.\n\nVladimir Putin and Recep Tayyip Erdogan in Moscow. The two leaders "
      "met on Monday to discuss the war.");
  check_entity(caption, "Vladimir Putin", "PERSON");
}

TEST_CASE("the places listed after 'the towns of' are places") {
  const auto e = entities_of(
      "Jets struck the town of Al-Ghanto and the towns of Rastan and Talbeesah. Turkey cleared the "
      "towns of Jarablus, al Rai and al Bab.");
  check_entity(e, "Al-Ghanto", "LOC");
  check_entity(e, "Rastan", "LOC");
  check_entity(e, "Talbeesah", "LOC");
  check_entity(e, "al Rai", "LOC");
  check_entity(e, "al Bab", "LOC");
  // A speaker after the list is not one of its places.
  check_entity(entities_of("Shells hit the city of Aleppo, Ahmed Sayed said."), "Ahmed Sayed", "PERSON");
}

TEST_CASE("a run never starts with a lower-case joining word, and a multi-word place keeps -based off") {
  const auto e = entities_of(
      "Forces of Syrian Democratic Forces (SDF) took Manbij. Ole Solvang works for the New York-based group.");
  check_entity(e, "Syrian Democratic Forces", "ORG");
  CHECK(find(e, "of Syrian Democratic Forces") == nullptr);
  check_entity(e, "New York", "LOC");
}

TEST_CASE("a ministry keeps its portfolio, a council gives way to a person's name, an agency's acronym stands alone") {
  const auto e = entities_of(
      "The Syrian Ministry of Foreign Affairs and Expatriates wrote to the President of the UN Security "
      "Council Amr Abdellatif Aboulatta. A bomber hit the Kurdish-populated district of Hasakeh AFP "
      "reported. Reporters Without Borders counted the dead.");
  check_entity(e, "Syrian Ministry of Foreign Affairs and Expatriates", "ORG");  // its whole name
  CHECK(find(e, "Affairs") == nullptr);
  check_entity(e, "UN Security Council", "ORG");
  check_entity(e, "Amr Abdellatif Aboulatta", "PERSON");
  check_entity(e, "Kurdish", "NORP");
  check_entity(e, "Hasakeh", "LOC");
  check_entity(e, "AFP", "ORG");
  check_entity(e, "Reporters Without Borders", "ORG");
}

TEST_CASE("armed groups named by their first word, a title word inside a place name, capitals that are common nouns") {
  const auto e = entities_of(
      "Jeish al-Fatah lost 100 fighters near Aleppo. Jets hit the rebel-held neighbourhood of Sheikh Said. "
      "A blast hit a security HQ, state TV said.");
  check_entity(e, "Jeish al-Fatah", "ORG");
  check_entity(e, "Sheikh Said", "LOC");
  CHECK(find(e, "Said") == nullptr);
  CHECK(find(e, "HQ") == nullptr);
  CHECK(find(e, "TV") == nullptr);
}

TEST_CASE("a long known organisation gives way to a name after it; the object of a verb of war is a place") {
  const auto e = entities_of(
      "The Director of the Syrian Observatory for Human Rights Rami Abdel Rahman told AFP that the bombing "
      "continued. The rebels shelled Qardaha on Monday. The SDF had entered Raqa.");
  check_entity(e, "Syrian Observatory for Human Rights", "ORG");
  check_entity(e, "Rami Abdel Rahman", "PERSON");
  check_entity(e, "Qardaha", "LOC");
  check_entity(e, "Raqa", "LOC");
}

TEST_CASE("a one-word name in brackets after an organisation is the organisation; a headline's name takes the body's type") {
  const auto e = entities_of(
      "Dozens detained as security forces raid Deraa\n\nSecurity forces arrested more than 200 people in the "
      "southern city of Deraa on Sunday, according to the Syrian Human Rights Organisation (Sawasiah).");
  check_entity(e, "Sawasiah", "ORG", "Syrian Human Rights Organisation");
  for (const auto& f : e)
    if (f.text == "Deraa") CHECK(f.type == "LOC");
}

TEST_CASE("after a dateline's dash a word capitalised by position is no name") {
  const auto e = entities_of("ALEPPO, Syria -- Regime helicopters dropped barrel bombs on the Shaar district of Aleppo.");
  CHECK(find(e, "Regime") == nullptr);
  check_entity(e, "Aleppo", "LOC");
}

TEST_CASE("a nationality before 'city of' is no place; the name after 'capital' is a place") {
  const auto e = entities_of(
      "Triple explosions hit the Nigerian city of Maiduguri. A bombardment in the Yemeni capital, Sana'a, killed "
      "50 people. The ferry sank off the Turkish port of Canakkale.");
  check_entity(e, "Nigerian", "NORP");
  check_entity(e, "Maiduguri", "LOC");
  check_entity(e, "Sana'a", "LOC");
  check_entity(e, "Canakkale", "LOC");
}

TEST_CASE("a known place is never split at its nationality word; a place after 'TITLE of' ends the title") {
  const auto e = entities_of(
      "Houthis seized a town in Saudi Arabia's Asir region. The rocket came from the Gaza Strip. A statement by "
      "the Economic Community of West African States followed. Governor of Arizona Doug Ducey spoke, and the "
      "President of Colombia Juan Manuel Santos met ISIL, the Islamic State in Iraq and the Levant.");
  check_entity(e, "Saudi Arabia", "LOC");
  CHECK(find(e, "Arabia") == nullptr);
  check_entity(e, "Gaza Strip", "LOC");
  check_entity(e, "Economic Community of West African States", "ORG");
  check_entity(e, "Doug Ducey", "PERSON");
  check_entity(e, "Juan Manuel Santos", "PERSON");
  CHECK(find(e, "Colombia") == nullptr);
  check_entity(e, "Islamic State in Iraq and the Levant", "ORG");
}

TEST_CASE("a gazetteer place ends a title only before a given name") {
  const auto e = entities_of("Secretary of Homeland Security Jeh Johnson spoke. Governor of Homs Talal Barazi said.");
  CHECK(find(e, "Security Jeh Johnson") == nullptr);
  check_entity(e, "Talal Barazi", "PERSON");
}

TEST_CASE("a portfolio after 'TITLE of' ends the title before the name; alone it is the title's") {
  const auto e = entities_of(
      "Secretary of Homeland Security Jeh Johnson spoke first. Minister of Foreign Affairs Walid al-Muallem "
      "answered him. Later the Secretary of State said nothing.");
  check_entity(e, "Jeh Johnson", "PERSON");
  check_entity(e, "Walid al-Muallem", "PERSON");
  CHECK(find(e, "Homeland Security Jeh Johnson") == nullptr);
  CHECK(find(e, "Minister") == nullptr);
  CHECK(find(e, "State") == nullptr);
  check_title(e, "Jeh Johnson", "Secretary of Homeland Security");
  check_title(e, "Walid al-Muallem", "Minister of Foreign Affairs");
}

TEST_CASE("an organisation's head before 'of' takes the place that names it; a government leaves its country a place") {
  const auto e = entities_of(
      "The Bank of England kept rates on hold. Students at the University of Damascus protested. "
      "The Government of Iraq denied it.");
  check_entity(e, "Bank of England", "ORG");
  check_entity(e, "University of Damascus", "ORG");
  CHECK(find(e, "England") == nullptr);
  check_entity(e, "Iraq", "LOC");
}

TEST_CASE("Homs neighbourhoods named by 'Karm' and 'Bab' are places; capitalised plural nouns are nobody") {
  const auto e = entities_of("Karm al-Zeytoun was quiet on Monday. Bab Tadmur was shelled. Members of the council met.");
  check_entity(e, "Karm al-Zeytoun", "LOC");
  check_entity(e, "Bab Tadmur", "LOC");
  CHECK(find(e, "Members") == nullptr);
}

TEST_CASE("a lone everyday word opening a sentence and the pronoun I are no names") {
  const auto e = entities_of(
      "Eyewitnesses said the regime used cluster bombs. Afterwards I heard gunfire in Douma. "
      "Observatory chief Rami Abdel Rahman told AFP that Hope Hicks was not there.");
  CHECK(find(e, "Eyewitnesses") == nullptr);
  CHECK(find(e, "Afterwards I") == nullptr);
  CHECK(find(e, "Afterwards") == nullptr);
  CHECK(find(e, "I") == nullptr);
  check_entity(e, "Douma", "LOC");
  // Organisation heads stay, however common the word.
  check_entity(e, "Observatory", "ORG");
  check_entity(e, "Rami Abdel Rahman", "PERSON");
}

TEST_CASE("the dateline's place is a place and its agency an organisation, however short") {
  const auto e = entities_of("KYIV (Reuters) - Russian missiles hit the city of Kramatorsk on Tuesday.");
  check_entity(e, "KYIV", "LOC");
  check_entity(e, "Reuters", "ORG");
  check_entity(e, "Kramatorsk", "LOC");
}

TEST_CASE("staffs and chiefs are organisations; a run ending in a known surname is a person, not an organisation") {
  auto e = entities_of("Gen. Sergei Rudskoi of the Russian General Staff said so. The Joint Chiefs of Staff met. "
                       "White House Chief of Staff John Kelly said so.");
  check_entity(e, "Sergei Rudskoi", "PERSON");
  // The nationality belongs to the body's name, as in "Palestinian Health Ministry".
  check_entity(e, "Russian General Staff", "ORG");
  check_entity(e, "Joint Chiefs of Staff", "ORG");
  check_title(e, "John Kelly", "Chief of Staff");
  e = entities_of("Elkino Watson is killed in a shooting in Kingston.");
  check_entity(e, "Elkino Watson", "PERSON");
}

TEST_CASE("a number word opening a sentence is no part of the name after it") {
  const auto e = entities_of("Fifteen SARC volunteers died in Aleppo.");
  check_entity(e, "SARC", "ORG");
  CHECK(find(e, "Fifteen SARC") == nullptr);
}

TEST_CASE("armed groups beyond Syria are known; 'Suspected' is trimmed; a name before ', the governor' is a person") {
  const auto e = entities_of(
      "Suspected Boko Haram fighters killed 30 villagers in Borno state. The gunmen opened fire, said "
      "Babagana Zulum, the governor of Borno. Boko Haram's insurgency has killed thousands. "
      "Ms Amos was received by Mr Lavrov in Moscow.");
  check_entity(e, "Boko Haram", "ORG");
  CHECK(find(e, "Suspected Boko Haram") == nullptr);
  check_entity(e, "Babagana Zulum", "PERSON");
  check_title(e, "Amos", "Ms");
}

TEST_CASE("a known surname in the plural after 'the' is a family of people") {
  const auto e = entities_of("Drawn from the Alawite sect to which the Assads belong, it is hated. The Netherlands said so.");
  check_entity(e, "Assads", "PERSON");
  check_entity(e, "Alawite", "NORP");
  check_entity(e, "Netherlands", "LOC");
}

TEST_CASE("names the body gives are found inside a title-case heading") {
  const auto e = entities_of(
      "Syrian troops shelled Homs on Monday as Russian Foreign Minister Sergei Lavrov met President Bashar al-Assad.\n\n"
      "Lavrov Urges Talks\n\n"
      "Lavrov said the crisis should be resolved by agreement among Syrians themselves.");
  int lavrov = 0;
  for (const auto& f : e)
    if (f.text == "Lavrov") {
      ++lavrov;
      CHECK(f.type == "PERSON");
      CHECK(f.canonical == "Sergei Lavrov");
    }
  CHECK(lavrov == 2);
  CHECK(find(e, "Lavrov Urges Talks") == nullptr);
}

TEST_CASE("a resolution is no part of the council that passed it") {
  const auto e = entities_of("UN Security Council Resolution 2254 calls for talks in Geneva.");
  check_entity(e, "UN Security Council", "ORG");
  CHECK(find(e, "UN Security Council Resolution") == nullptr);
}

TEST_CASE("a name after a word for a relative or a child is a person's, whatever place shares it") {
  const auto e = entities_of("They are on trial for the death of their nine-month-old child, Gloria. "
                             "Gloria developed severe eczema. His wife Manju Sam wept.");
  int gloria = 0;
  for (const auto& f : e)
    if (f.text == "Gloria") {
      ++gloria;
      CHECK(f.type == "PERSON");
    }
  CHECK(gloria == 2);
  check_entity(e, "Manju Sam", "PERSON");
}

TEST_CASE("newspapers named by an everyday last word are organisations; the word alone is not") {
  const auto e = entities_of("The Toronto Star reported it. The Daily Mail said so. Star players left the club.");
  check_entity(e, "Toronto Star", "ORG");
  check_entity(e, "Daily Mail", "ORG");
  CHECK(find(e, "Star") == nullptr);
}

TEST_CASE("a month or a weekday the dates could not read names no place") {
  const auto e = entities_of("Last updated at Jul 262016 BEIRUT Syrian forces seized a district of Aleppo. "
                             "Activists said Mondays attack killed five.");
  CHECK(find(e, "Jul") == nullptr);
  CHECK(find(e, "Mondays") == nullptr);
  check_entity(e, "Aleppo", "LOC");
}

TEST_CASE("a headline's event is no place; its nationality stays") {
  const auto e = entities_of("Posted on April 4 2017 58 Killed in Suspected Gas Attack in Idlib. "
                             "Officials said 30 died in the Russian Airstrikes on the town.");
  CHECK(find(e, "Suspected Gas Attack") == nullptr);
  CHECK(find(e, "Suspected Gas") == nullptr);
  check_entity(e, "Idlib", "LOC");
  check_entity(e, "Russian", "NORP");
}

TEST_CASE("a church as a body of believers is an organisation; a church building is a place") {
  const auto e = entities_of("The Church of Scientology denied it. The Syriac Orthodox Church condemned the attack. "
                             "Worshippers fled St Mary's Church in Homs.");
  check_entity(e, "Church of Scientology", "ORG");
  check_entity(e, "Syriac Orthodox Church", "ORG");
  check_entity(e, "St Mary's Church", "LOC");
  check_entity(e, "Homs", "LOC");
}

TEST_CASE("a time zone after a clock time names no organisation") {
  const auto e = entities_of("BEIRUT | Tue Mar 13, 2012 4:12pm EDT\n\nShelling went on in Homs at 9:30 GMT, residents said.");
  CHECK(find(e, "EDT") == nullptr);
  CHECK(find(e, "GMT") == nullptr);
  REQUIRE(find(e, "Homs"));
  CHECK(find(e, "Homs")->type == "LOC");
}

TEST_CASE("a paper's last word alone after a label's colon is no organisation") {
  const auto e = entities_of("Rebels shelled the town of Nubl.\n\nSOURCE: News agencies");
  CHECK(find(e, "News") == nullptr);
  const auto g = entities_of("Sky News reported that rebels shelled Homs.");
  REQUIRE(find(g, "Sky News"));
  CHECK(find(g, "Sky News")->type == "ORG");
}

TEST_CASE("the batch entity list names a place as running text writes it, not as a dateline shouts it") {
  const auto r = analyze_texts({"BEIRUT (Reuters) - Shelling hit Homs on Monday, activists in BEIRUT said.",
                                "Activists in Beirut said shelling hit Homs again. Beirut said nothing more."});
  const BatchEntity* beirut = nullptr;
  for (const auto& e : r.dedup.entities)
    for (const auto& v : e.variants)
      if (v == "Beirut") beirut = &e;
  REQUIRE(beirut);
  CHECK(beirut->canonical == "Beirut");
}

TEST_CASE("a name listed after a sure place, an ayn after al-, and a pounded town are places") {
  auto e = entities_of("Shelling hit Kafr Nabl and Ma'arrat on Monday.");
  REQUIRE(find(e, "Ma'arrat"));
  CHECK(find(e, "Ma'arrat")->type == "LOC");
  e = entities_of("Kurdish fighters withdrew from Ras al-'Ain on Sunday.");
  REQUIRE(find(e, "Ras al-'Ain"));
  CHECK(find(e, "Ras al-'Ain")->type == "LOC");
  e = entities_of("Jets pounded Marea on Monday.");
  REQUIRE(find(e, "Marea"));
  CHECK(find(e, "Marea")->type == "LOC");
  // A listed name that is a person's stays one.
  e = entities_of("Troops entered Homs and Ahmed said it was over.");
  REQUIRE(find(e, "Ahmed"));
  CHECK(find(e, "Ahmed")->type == "PERSON");
}

TEST_CASE("a name before a settlement noun is a place even when it is a person's name") {
  const auto e = entities_of("The monitor said the bombs hit the Tariq al-Sadd neighbourhood and a nearby market.");
  REQUIRE(find(e, "Tariq al-Sadd"));
  CHECK(find(e, "Tariq al-Sadd")->type == "LOC");
}

TEST_CASE("an outlet after its kind is an organisation; 'Sultan' before a lone family name is a given name") {
  const auto e = entities_of("Marib's governor, Sultan al-Arada, told state news agency Saba that 21 people were "
                             "wounded, the Kurdish daily Rudaw reported.");
  REQUIRE(find(e, "Saba"));
  CHECK(find(e, "Saba")->type == "ORG");
  REQUIRE(find(e, "Rudaw"));
  CHECK(find(e, "Rudaw")->type == "ORG");
  REQUIRE(find(e, "Sultan al-Arada"));
  CHECK(find(e, "Sultan al-Arada")->type == "PERSON");
}

TEST_CASE("names listed before a plural settlement noun are places") {
  const auto e = entities_of("Omar Zwak said the operations took place in the Nad Ali and Marja districts.");
  REQUIRE(find(e, "Nad Ali"));
  CHECK(find(e, "Nad Ali")->type == "LOC");
  REQUIRE(find(e, "Marja"));
  CHECK(find(e, "Marja")->type == "LOC");
}

TEST_CASE("a compass point and a nationality are one nationality") {
  const auto e = entities_of("Jihadists have killed thousands in the West African country, and North Korean troops "
                             "stayed home.");
  REQUIRE(find(e, "West African"));
  CHECK(find(e, "West African")->type == "NORP");
  REQUIRE(find(e, "North Korean"));
  CHECK(find(e, "North Korean")->type == "NORP");
}

TEST_CASE("a plural possessive inside a name keeps the name whole; after a nationality it opens the next") {
  const auto e = entities_of("Turkey struck militants of the Kurdistan Workers' Party (PKK), the Sudan Doctors' Union "
                             "said, as the Kurds' Peshmerga held the line.");
  check_entity(e, "Kurdistan Workers' Party", "ORG");
  check_entity(e, "PKK", "ORG", "Kurdistan Workers' Party");
  check_entity(e, "Sudan Doctors' Union", "ORG");
  check_entity(e, "Kurds", "NORP");
  check_entity(e, "Peshmerga", "ORG");
}

TEST_CASE("a byline's writer and agency are two names; a base is named after its place") {
  const auto e = entities_of("Darfur town attacked\n\nBy SAMY MAGDY Associated Press\n\nCAIRO (AP) -- Rebels clashed "
                             "with troops near the Mennigh military airport, and jets took off from the Hmeimim air base.");
  check_entity(e, "SAMY MAGDY", "PERSON");
  check_entity(e, "Associated Press", "ORG");
  check_entity(e, "Mennigh", "LOC");
  check_entity(e, "Hmeimim", "LOC");
}

TEST_CASE("names in page furniture are kept and marked, and left out of the batch's entity list") {
  const auto a = analyze_text("Air strike hits bus in Yemen\n\nAn air strike hit a bus in Saada on Thursday, the ICRC "
                              "said.\n\nRelated Topics\nSaudi Arabia\nOman");
  bool furniture_marked = false;
  for (const auto& e : a.extraction.entities) {
    const std::string text(e.span.of(a.normalized.text));
    if (text == "Saada") CHECK_FALSE(e.boilerplate);
    if (text == "Saudi Arabia") furniture_marked = e.boilerplate;
  }
  CHECK(furniture_marked);
  const std::vector<ArticleEntities> batch{{a.normalized.text, &a.extraction.entities}};
  for (const auto& be : index_entities(batch)) CHECK(be.canonical != "Saudi Arabia");
}

TEST_CASE("an acronym that spells a name across 'in' joins it; a group's branch is the group's kind") {
  const auto e = entities_of("The United Nations Assistance Mission in Afghanistan (UNAMA) and the UN Support Mission "
                             "in Libya (UNSMIL) said fighters of Islamic State West Africa Province (ISWAP) attacked "
                             "troops in Iraq (AFP).");
  check_entity(e, "United Nations Assistance Mission in Afghanistan", "ORG");
  check_entity(e, "UNAMA", "ORG", "United Nations Assistance Mission in Afghanistan");
  check_entity(e, "UN Support Mission in Libya", "ORG");
  check_entity(e, "Islamic State West Africa Province", "ORG");
  check_entity(e, "ISWAP", "ORG", "Islamic State West Africa Province");
  check_entity(e, "Iraq", "LOC");
}

TEST_CASE("oblasts and states are places; months listed after a month are dates") {
  const auto e = entities_of("Donetsk Oblast Governor Pavlo Kyrylenko said 50 died in Kramatorsk; in Nigeria's Borno "
                             "state 1,174 civilians had been killed in July, August and September, Kaduna state "
                             "television said.");
  check_entity(e, "Donetsk Oblast", "LOC");
  check_entity(e, "Borno", "LOC");
  check_entity(e, "July", "DATE");
  check_entity(e, "August", "DATE");
  check_entity(e, "September", "DATE");
}

TEST_CASE("credits name people; a generic body opening a sentence is no name; a headline name the body is sure of") {
  const auto e = entities_of("Saudi-led air strikes kill seven in Yemen's Hodeidah: residents\n\nSANAA (Reuters) - Air "
                             "strikes by the Saudi-led coalition hit a house in the port city of Hodeidah. Council "
                             "member Hussam al-Abbar said the victims were civilians.\n\n(Reporting by Mohammed "
                             "Ghobari; Writing by Aziz El Yaakoubi)");
  CHECK(find(e, "Air") == nullptr);
  CHECK(find(e, "Council") == nullptr);
  check_entity(e, "Aziz El Yaakoubi", "PERSON");
  check_entity(e, "Hussam al-Abbar", "PERSON");
  int hodeidah = 0, saudi = 0;
  for (const auto& f : e) {
    hodeidah += f.text == "Hodeidah" && f.type == "LOC";
    saudi += f.text == "Saudi" && f.type == "NORP";
  }
  CHECK(hodeidah == 2);
  CHECK(saudi == 2);
}

TEST_CASE("movements' possessives, groups before their kind, bodies known as a name, hyphenated places") {
  const auto e = entities_of("The Tigray People's Liberation Front (TPLF) denied it. The commission blamed the Samri "
                             "group. Fighting between the army, known as the Tatmadaw, and rebels grew. Police "
                             "arrested 27 people in Mrauk-U. Haftar fought the Government of National Accord (GNA). "
                             "Eight of the dead were Hazaras, said Maria do Valle Ribeiro.");
  check_entity(e, "Tigray People's Liberation Front", "ORG");
  check_entity(e, "TPLF", "ORG", "Tigray People's Liberation Front");
  check_entity(e, "Samri", "ORG");
  check_entity(e, "Tatmadaw", "ORG");
  check_entity(e, "Mrauk-U", "LOC");
  check_entity(e, "GNA", "ORG", "Government of National Accord");
  check_entity(e, "Hazaras", "NORP");
  check_entity(e, "Maria do Valle Ribeiro", "PERSON");
}

TEST_CASE("countries and orgs with 'of' and 'and' in their names; 'The Hague'; a year before an event") {
  const auto e = entities_of("THE HAGUE, Jan 27 (Reuters) - Militias in the Democratic Republic of Congo and the Group "
                             "for the Support of Islam and Muslims (JNIM) were named, and the Islamic Emergency and "
                             "Relief Corps said the Syrian Observatory for Human Rights and Local Coordination "
                             "Committees agreed. The watchdog blamed Syria for the 2018 Douma attack in The Hague.");
  check_entity(e, "THE HAGUE", "LOC");
  check_entity(e, "The Hague", "LOC");
  check_entity(e, "Democratic Republic of Congo", "LOC");
  check_entity(e, "Group for the Support of Islam and Muslims", "ORG");
  check_entity(e, "Islamic Emergency and Relief Corps", "ORG");
  check_entity(e, "Syrian Observatory for Human Rights", "ORG");
  check_entity(e, "Local Coordination Committees", "ORG");
  check_entity(e, "2018", "DATE");
}

TEST_CASE("appositions: a group's kind, a role's holder; words capitalised only by the sentence") {
  const auto e = entities_of("Lashkar-e-Jhangvi, a Sunni militant group, has killed hundreds. Al-Shabaab's military "
                             "spokesman, Abdiaziz Abu Musab, said fighters seized weapons. Jihadist violence has killed "
                             "10,000 people, according to the NGO Acled.");
  check_entity(e, "Lashkar-e-Jhangvi", "ORG");
  check_entity(e, "Abdiaziz Abu Musab", "PERSON");
  check_entity(e, "Acled", "ORG");
  CHECK(find(e, "Jihadist") == nullptr);
  CHECK(find(e, "NGO Acled") == nullptr);
}

TEST_CASE("two bodies joined by a hyphen, apps as organisations, months dated by 'last year', a copyright's year") {
  const auto e = entities_of("UN-Arab League envoy Kofi Annan, reached via Skype, said 7,500 people have died since "
                             "March last year.\n\nCopyright 2012 AFP. All rights reserved.");
  check_entity(e, "UN", "ORG");
  check_entity(e, "Arab League", "ORG");
  check_entity(e, "Kofi Annan", "PERSON");
  check_entity(e, "Skype", "ORG");
  check_entity(e, "March last year", "DATE");
  check_entity(e, "2012", "DATE");
}

TEST_CASE("a long run of capitals before a long acronym is read in one pass") {
  std::string text = "The ";
  for (int i = 0; i < 60; ++i) text += "Aba ";
  text += "in Aleppo (";
  text += std::string(30, 'A');
  text += ") said.";
  const auto e = entities_of(text);  // would take ages if every split of the letters were tried
  CHECK(!e.empty());
}

TEST_CASE("papers titled 'The ...', nicknames in quotes, titles past a body's initials, names with a country and an acronym") {
  const auto e = entities_of("A spokesman told The Times of Israel and The National that gangs led by Jimmy \"Barbecue\" "
                             "Chérizier, a former police officer, attacked. \"Haiti is on the verge,\" said María "
                             "Isabel Salvador, the U.N. special envoy. Dissidents of the Revolutionary Armed Forces of "
                             "Colombia (FARC) reject a 2016 peace deal. He told The Associated Press.");
  check_entity(e, "The Times of Israel", "ORG");
  check_entity(e, "The National", "ORG");
  check_entity(e, "Jimmy \"Barbecue\" Chérizier", "PERSON");
  check_entity(e, "María Isabel Salvador", "PERSON");
  check_entity(e, "Revolutionary Armed Forces of Colombia", "ORG");
  check_entity(e, "FARC", "ORG", "Revolutionary Armed Forces of Colombia");
  check_entity(e, "2016", "DATE");
  check_entity(e, "Associated Press", "ORG");  // "the AP": the article is no part of the name
}

TEST_CASE("an acronym before its kind is an organisation; 'Iran-aligned' names Iran; a theatre is a place") {
  const auto e = entities_of("He blamed fighters from the CODECO militia. The Iran-aligned Houthis did not comment. "
                             "Civilians sheltered in the Drama Theatre in Mariupol.");
  check_entity(e, "CODECO", "ORG");
  check_entity(e, "Iran", "LOC");
  check_entity(e, "Houthis", "NORP");
  check_entity(e, "Drama Theatre", "LOC");
}

TEST_CASE("a country's name keeps its possessive out and its first word in: 'Democratic Republic of Congo's', 'DR Congo'") {
  // Held-out-15 (h70): the possessive had split the name into "Democratic Republic" and "Congo",
  // and "DR" was read as a doctor's title.
  auto e = entities_of("At least 42 people have been killed in an overnight attack on two villages in the Democratic "
                       "Republic of Congo's North Kivu province, local officials say. DR Congo's army said it had "
                       "killed five of the attackers. The group has killed thousands in eastern DR Congo.");
  check_entity(e, "Democratic Republic of Congo", "LOC");
  check_entity(e, "North Kivu", "LOC");
  check_entity(e, "DR Congo", "LOC");
  CHECK(find(e, "Congo") == nullptr);
  CHECK(find(e, "Democratic Republic") == nullptr);
  e = entities_of("Dr Mukwege treated the survivors, Dr. Denis Mukwege said.");
  check_entity(e, "Mukwege", "PERSON");
}

TEST_CASE("one-word names listed beside a sure place are places: 'attacked Masala and Mahini'") {
  auto e = entities_of("The assailants attacked Masala and Mahini in Beni territory with machetes and guns.");
  check_entity(e, "Masala", "LOC");
  check_entity(e, "Mahini", "LOC");
  check_entity(e, "Beni", "LOC");
  e = entities_of("Troops entered Kotoli and Mbau on Sunday, the army said.");
  check_entity(e, "Kotoli", "LOC");
  check_entity(e, "Mbau", "LOC");
  // A person's name beside a place keeps its own kind.
  e = entities_of("Rebels attacked Goma and Peter Smith said they fled.");
  check_entity(e, "Goma", "LOC");
  check_entity(e, "Peter Smith", "PERSON");
}

TEST_CASE("a name placed by a bearing from another is a place: 'Bara, north of El Obeid'") {
  auto e = entities_of("Army spokesman Nabil Abdallah said troops had repelled an RSF assault on Bara, north of El "
                       "Obeid, on Monday. Rebels took Qusair, 35 km southwest of Homs, after a week of shelling.");
  check_entity(e, "Bara", "LOC");
  check_entity(e, "El Obeid", "LOC");
  check_entity(e, "Qusair", "LOC");
  check_entity(e, "Nabil Abdallah", "PERSON");
}

TEST_CASE("a region named with its bearing is the same region without it: 'North Kordofan', 'Kordofan'") {
  auto e = entities_of("Fighting spread across North Kordofan on Monday. Last month, the World Food Programme warned "
                       "that parts of Kordofan were at risk of famine.");
  check_entity(e, "North Kordofan", "LOC");
  check_entity(e, "Kordofan", "LOC");
  // However little the model makes of the bare name (held-out-15, h66).
  e = entities_of("A drone strike hit a camp on the outskirts of El Obeid in Sudan's North Kordofan province on "
                  "Tuesday. Last month, the World Food Programme warned that parts of Kordofan were at risk of famine.");
  check_entity(e, "Kordofan", "LOC");
  // Not an everyday word: "West Bank" makes no place of "Bank".
  e = entities_of("Troops left the West Bank. Bank staff were evacuated.");
  check_entity(e, "West Bank", "LOC");
  const Found* bank = find(e, "Bank");
  CHECK((bank == nullptr || bank->type != "LOC"));
}

TEST_CASE("a menu's one-word sections are no names; its places are kept and marked") {
  // Held-out-15 (h67): "News" had been an organisation.
  const auto a = analyze_text("Skip to content\nHome | News | Middle East | Opinion | Video\nIsraeli raid on Jenin "
                              "camp kills eight Palestinians\nThe army said eight people were killed in Jenin on "
                              "Monday.\nRelated Topics\nRussia\n");
  std::vector<std::string> furniture;
  for (const auto& e : a.extraction.entities) {
    const std::string text(e.span.of(a.normalized.text));
    CHECK(text != "News");
    CHECK(text != "Opinion");
    CHECK(text != "Video");
    if (e.boilerplate) furniture.push_back(text);
  }
  CHECK(furniture == std::vector<std::string>{"Middle East", "Russia"});
}

TEST_CASE("held-out-16 names: a mission named with its country, ezafe group names, townships, an outlet told something") {
  auto e = entities_of("The U.N. Support Mission in Libya (UNSMIL) called for a ceasefire. The African Union Mission in "
                       "Somalia (AMISOM) said its troops held the base. The UN Office in Geneva said talks would resume.");
  check_entity(e, "U.N. Support Mission in Libya", "ORG");
  check_entity(e, "UNSMIL", "ORG", "U.N. Support Mission in Libya");
  check_entity(e, "African Union Mission in Somalia", "ORG");
  check_entity(e, "AMISOM", "ORG", "African Union Mission in Somalia");
  check_entity(e, "UN Office", "ORG");  // a city is no country: Geneva stays a place of its own
  check_entity(e, "Geneva", "LOC");
  e = entities_of("The banned Tehreek-e-Taliban Pakistan (TTP) distanced itself from the attack. The strike hit "
                  "Pazigyi village in Sagaing Region's Kanbalu Township. A resident told The Irrawaddy that it burned.");
  check_entity(e, "Tehreek-e-Taliban Pakistan", "ORG");
  check_entity(e, "Sagaing Region", "LOC");
  check_entity(e, "Kanbalu Township", "LOC");
  check_entity(e, "The Irrawaddy", "ORG");
  e = entities_of("The death toll from Monday's suicide bombing rose to 100 on Tuesday.");
  check_entity(e, "Monday", "DATE");
}

TEST_CASE("a sentence-case headline's names are read as a sentence's; a name the rules are sure of elsewhere is kept") {
  // Held-out-16 (h74): "Sagaing" in the headline had waited for the body to confirm it.
  auto e = entities_of("Junta airstrike on Sagaing village kills at least 100, residents say\n\nApril 12, 2023\n\nA "
                       "military airstrike on a gathering in Pazigyi village in Sagaing Region's Kanbalu Township "
                       "killed at least 100 people on Tuesday morning.");
  int sagaing = 0;
  for (const auto& f : e) sagaing += f.text == "Sagaing" && f.type == "LOC";
  CHECK(sagaing == 1);
  check_entity(e, "Pazigyi", "LOC");
  // "Burkina" alone is the country of a headline.
  e = entities_of("Gunmen storm Burkina village, kill 22\n\nOUAGADOUGOU, Burkina Faso (AP) - Gunmen killed 22 "
                  "civilians in northern Burkina Faso.");
  check_entity(e, "Burkina", "LOC");
}

TEST_CASE("known names hold their inner 'the' and their everyday first word; kin nouns before names") {
  // Held-out-17 (h77, h78).
  auto e = entities_of("Four children were killed, according to Save the Children. \"No child should pay,\" said Rama "
                       "Hansraj, Save the Children's Yemen director. Doctors Without Borders said so. Médecins Sans "
                       "Frontières treated 40 people. The Russian Defense Ministry denied it.");
  int save = 0;
  for (const auto& f : e) save += f.text == "Save the Children" && f.type == "ORG";
  CHECK(save == 2);
  check_entity(e, "Doctors Without Borders", "ORG");
  check_entity(e, "Médecins Sans Frontières", "ORG");
  check_entity(e, "Russian Defense Ministry", "ORG");
  CHECK(find(e, "Without Borders") == nullptr);
  e = entities_of("Among the dead were 14-year-old twin sisters Yulia and Anna Aksenchenko.");
  check_entity(e, "Yulia", "PERSON");
  check_entity(e, "Anna Aksenchenko", "PERSON");
}

TEST_CASE("parts of an area are places; a name said to be one is a person; a day glued to a word is none") {
  // Held-out-17 (h76).
  auto e = entities_of("The Fano militia seized parts of Gondar and Lalibela. \"I counted the dead myself,\" said a "
                       "shopkeeper, who gave only his first name, Tesfaye.");
  check_entity(e, "Gondar", "LOC");
  check_entity(e, "Lalibela", "LOC");
  check_entity(e, "Tesfaye", "PERSON");
  e = entities_of("Thirty-five people were killed on Monday-and scores of others injured-when a warplane crashed into "
                  "a market in the town of Ariha.");
  CHECK(find(e, "Monday-and") == nullptr);
  check_entity(e, "Ariha", "LOC");
}

TEST_CASE("an acronym a body is known as is sure; a town retaken is a place") {
  // Held-out-18 (h81, h85).
  auto e = entities_of("The Islamic State group's affiliate in Afghanistan, known as ISIS-K, claimed responsibility. "
                       "Iraq says it has retaken Falluja from Islamic State.");
  check_entity(e, "ISIS-K", "ORG");
  check_entity(e, "Falluja", "LOC");
}

TEST_CASE("an acronym in capitals opening a headline is the body; 'wal-' inside a group's name") {
  // Held-out-19 (h87, h89).
  auto e = entities_of("WHO: Attack on El Fasher hospital kills 70");
  check_entity(e, "WHO", "ORG");
  e = entities_of("Al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attack.");
  check_entity(e, "Jama'at Nusrat al-Islam wal-Muslimin", "ORG");
  check_entity(e, "JNIM", "ORG", "Jama'at Nusrat al-Islam wal-Muslimin");
}

TEST_CASE("seas and gulfs named with 'of' are places; a flag's country is a place and the ship after it no name") {
  // Held-out-20 (h94).
  const auto e = entities_of("A missile fired at a commercial ship in the Gulf of Aden killed three crew members. The "
                             "Barbados-flagged True Confidence was left ablaze.");
  check_entity(e, "Gulf of Aden", "LOC");
  check_entity(e, "Barbados", "LOC");
  CHECK(find(e, "True Confidence") == nullptr);
  CHECK(find(e, "Aden") == nullptr);
}

TEST_CASE("a unit's number, an ombudsman's title, a person's alias, an acronym after its kind, a named camp") {
  // Held-out-21 (h96, h98, h99, h100).
  auto e = entities_of("The ELN said it was fighting the dissident Front 33, which it accuses of killing its members. "
                       "In 2015 Army 12 soldiers died.");
  check_entity(e, "Front 33", "ORG");
  CHECK(find(e, "Army 12") == nullptr);
  e = entities_of("\"It is a humanitarian catastrophe,\" Ombudsman Iris Marin said in a radio interview.");
  check_entity(e, "Iris Marin", "PERSON");
  e = entities_of("It released a video showing its commander, Mohamed Hamdan Dagalo, known as Hemedti, greeting "
                  "fighters.");
  check_entity(e, "Hemedti", "PERSON");
  e = entities_of("Three peacekeepers were killed, the UN mission MONUSCO said.");
  check_entity(e, "MONUSCO", "ORG");
  e = entities_of("Sudan's paramilitary forces stormed the Zamzam displacement camp in North Darfur.");
  check_entity(e, "Zamzam", "LOC");
  e = entities_of("Pakistan says 33 militants killed\n\nBy Staff Reporter\n\nQUETTA: Security forces killed 33 "
                  "militants, the military said.");
  CHECK(find(e, "Staff Reporter") == nullptr);
}

TEST_CASE("long known names, sites named before their kind, two sides of a hyphen, 'Suspected' opening a lead") {
  // Held-out-22 (h101, h103, h104, h105): names over 40 bytes had never matched the lexicon.
  auto e = entities_of("The war has killed more than 150,000 people, according to the Armed Conflict Location and "
                       "Event Data Project.");
  check_entity(e, "Armed Conflict Location and Event Data Project", "ORG");
  e = entities_of("The strike hit a command centre inside the al-Tabi'in school. Fighters shelled the al-Amal hospital. "
                  "Ahmed Ali school friends came.");
  check_entity(e, "al-Tabi'in", "ORG");
  check_entity(e, "al-Amal", "LOC");
  check_entity(e, "Ahmed Ali", "PERSON");
  e = entities_of("Sudan's warring sides return to Jeddah talks under US-Saudi pressure");
  check_entity(e, "US", "LOC");
  check_entity(e, "Saudi", "NORP");
  e = entities_of("Suspected Islamist militants killed at least 37 farmers in Borno state.");
  CHECK(find(e, "Suspected Islamist") == nullptr);
}

TEST_CASE("a person described by a role in commas, a short weekday before a date, a cemetery, a byline's 'Staff'") {
  // Held-out-23 (h106, h108).
  auto e = entities_of("The strike hit Togoga on Tuesday, according to Mulu Atsbaha, a health worker who said she had "
                       "counted the bodies.");
  check_entity(e, "Mulu Atsbaha", "PERSON");
  e = entities_of("Tigray: dozens killed in airstrike\nStaff and agencies\nThu 24 Jun 2021 09.41 BST\n\nAn airstrike "
                  "killed 64 people.");
  check_entity(e, "Thu", "DATE");
  check_entity(e, "24 Jun 2021", "DATE");
  CHECK(find(e, "Staff") == nullptr);
  CHECK(find(entities_of("The Sun 24 reporters said it."), "Sun") == nullptr);
  e = entities_of("Funerals were held on a hill known as the Martyrs' Cemetery in Kabul.");
  check_entity(e, "Martyrs' Cemetery", "LOC");
}

TEST_CASE("'Russian-installed', 'Iranian-made' and 'Israeli-annexed' give their nationality; a penitentiary is a place") {
  // Held-out-24 (h112, h114, h115).
  auto e = entities_of("One person was killed near Vasylivka, Russian-installed officials said. The rocket was an "
                       "Iranian-made Falaq-1, the deadliest attack on Israeli-annexed land.");
  check_entity(e, "Russian", "NORP");
  check_entity(e, "Iranian", "NORP");
  check_entity(e, "Israeli", "NORP");
  CHECK(find(e, "Russian-installed") == nullptr);
  e = entities_of("The fighting broke out on Tuesday in the Litoral Penitentiary in Guayaquil.");
  check_entity(e, "Litoral Penitentiary", "LOC");
}

TEST_CASE("a bridge named before its kind is a place") {
  // Held-out-26 (h123).
  const auto e = entities_of("Security forces fired live ammunition near the Ahrar bridge in Baghdad.");
  check_entity(e, "Ahrar", "LOC");
}

TEST_CASE("an outlet named before its kind, a unit's number before its name, a title after a place in apposition") {
  // Held-out-27 (h127, h130, and held-out-8's h36).
  auto e = entities_of("The group said in a statement carried by its Andalus radio that it had targeted officials.");
  check_entity(e, "Andalus", "ORG");
  e = entities_of("The fighting pitted the 444 Brigade against the Special Deterrence Force, known as Rada.");
  check_entity(e, "444 Brigade", "ORG");
  e = entities_of("\"This is the worst atrocity,\" said Corinne Dufka, Sahel director at Human Rights Watch.");
  check_entity(e, "Corinne Dufka", "PERSON");
  e = entities_of("Three peacekeepers were wounded, MONUSCO said.");
  check_entity(e, "MONUSCO", "ORG");
}

TEST_CASE("a list item's bullet opens its sentence; a site after a possessive") {
  // Held-out-28 (h132, h135).
  auto e = entities_of("Activists reported these incidents:\n\n\xE2\x80\xA2 In Idlib city, an air strike killed nine people."
                       "\n\n\xE2\x80\xA2 Near Jisr al-Shughur, two fighters were killed.");
  check_entity(e, "Idlib", "LOC");
  check_entity(e, "Jisr al-Shughur", "LOC");
  CHECK(find(e, "In Idlib") == nullptr);
  e = entities_of("A senior doctor from Gaza's al-Shifa hospital died in custody.");
  check_entity(e, "al-Shifa", "LOC");
}

TEST_CASE("'the Zionist regime' names no one") {
  // Held-out-29 (h139).
  const auto e = entities_of("\"The Zionist regime will receive a response to this crime,\" Iran's President Ebrahim Raisi said.");
  CHECK(find(e, "Zionist") == nullptr);
  check_entity(e, "Ebrahim Raisi", "PERSON");
}

TEST_CASE("names listed before a plural group noun are groups; an administrative area is a place") {
  // Held-out-30 (h145, h141).
  auto e = entities_of("Guanajuato has been the most violent state as the Santa Rosa de Lima and Jalisco New Generation "
                       "cartels fight for control.");
  check_entity(e, "Santa Rosa de Lima", "ORG");
  check_entity(e, "Jalisco New Generation", "ORG");
  e = entities_of("The raiders came from the neighbouring Greater Pibor Administrative Area.");
  check_entity(e, "Greater Pibor Administrative Area", "LOC");
}

TEST_CASE("a company named with its nationality, 'said on X', a country's possessive before a state, a local government area") {
  // Held-out-31 (h146, h149).
  auto e = entities_of("Assailants attacked Turkish Aerospace Industries near Ankara, Yerlikaya said on X.");
  check_entity(e, "Turkish Aerospace Industries", "ORG");
  check_entity(e, "X", "ORG");
  e = entities_of("Gunmen killed at least 160 people in central Nigeria's Plateau state, said Monday Kassah, chairman of "
                  "the Bokkos local government area.");
  check_entity(e, "Nigeria", "LOC");
  check_entity(e, "Plateau", "LOC");
  check_entity(e, "Bokkos", "LOC");
  CHECK(find(e, "Nigeria's Plateau") == nullptr);
}

TEST_CASE("a generational suffix, a gas field, a body based somewhere, an ethnic group, a decade") {
  // Held-out-32 (h151 to h154).
  const auto e = entities_of("President Ferdinand Marcos Jr. blamed foreign terrorists. A drone hit the Khor Mor gas field, "
                             "operated by the UAE-based Dana Gas. The bodies of 87 people from the Masalit ethnic group "
                             "were found. The insurgency began in the late 1960s.");
  check_entity(e, "Ferdinand Marcos Jr.", "PERSON");
  check_entity(e, "Khor Mor", "LOC");
  check_entity(e, "Dana Gas", "ORG");
  check_entity(e, "Masalit", "NORP");
  check_entity(e, "1960s", "DATE");
}

TEST_CASE("a U.N. mandate title with 'for' ends before the person's name") {
  // Held-out-32 (h154).
  const auto e = entities_of("\"I condemn the killing of civilians,\" U.N. High Commissioner for Human Rights Volker Türk "
                             "said. UN Special Envoy for Syria Geir Pedersen spoke.");
  check_entity(e, "Volker Türk", "PERSON");
  check_entity(e, "Geir Pedersen", "PERSON");
  CHECK(find(e, "Human Rights Volker Türk") == nullptr);
}

TEST_CASE("a word after an opening single quote is no name for being capitalised") {
  // Held-out-33 (h159).
  const auto e = entities_of("Syria unrest: 'Armed gangs' kill 120 security men in Jisr al-Shughour");
  CHECK(find(e, "Armed") == nullptr);
  check_entity(e, "Jisr al-Shughour", "LOC");
  check_entity(entities_of("He met 'Ahmed Khalil' in Homs."), "Ahmed Khalil", "PERSON");
}

TEST_CASE("a U.N. title before its mandate, an outlet before 'news agency', a party's member, 'New' alone") {
  // Held-out-34 (h164, h162) and FA-KES's "attack New toll".
  auto e = entities_of("U.N. High Commissioner for Refugees Antonio Guterres said in a statement.");
  check_entity(e, "U.N.", "ORG");
  check_entity(e, "Antonio Guterres", "PERSON");
  CHECK(find(e, "High Commissioner") == nullptr);
  // The office's name keeps its mandate (held-out-60): "the title's Office ... for Refugees" is one body.
  check_entity(entities_of("The Office of the UN High Commissioner for Refugees said."),
               "Office of the UN High Commissioner for Refugees", "ORG");
  check_entity(entities_of("It was reported by its Aamaq news agency."), "Aamaq", "ORG");
  check_entity(entities_of("Sen. Lindsey Graham, a Republican from South Carolina, spoke."), "Republican", "NORP");
  CHECK(find(entities_of("86 dead in suspected Syria chemical attack New toll"), "New") == nullptr);
}

TEST_CASE("byline names in capitals, a lost apostrophe, 'So-called', a headline's 'Regime', a known name across 'is'") {
  // Held-out-36 (h175, h171, h174, h173).
  auto e = entities_of("ISIS claims massacre\n\nBy QASSIM ABDUL-ZAHRA and SAMEER N. YACOUB\n\nBAGHDAD (AP) - Militants "
                       "posted photos.");
  check_entity(e, "QASSIM ABDUL-ZAHRA", "PERSON");
  check_entity(e, "SAMEER N. YACOUB", "PERSON");
  check_entity(entities_of("Officials said Syrias state news agency SANA said the army had targeted positions."), "Syrias",
               "LOC");
  e = entities_of("So-called Islamic State (IS) said it carried out the attacks.");
  check_entity(e, "Islamic State", "ORG");
  CHECK(find(e, "So-called Islamic State") == nullptr);
  e = entities_of("Syria Regime air strikes on Douma market kill at least 96");
  check_entity(e, "Syria", "LOC");
  CHECK(find(e, "Syria Regime") == nullptr);
  check_entity(entities_of("Activists from the group Raqqa is Being Slaughtered Silently said the school housed families."),
               "Raqqa is Being Slaughtered Silently", "ORG");
}

TEST_CASE("a boilerplate label of everyday words names nothing; 'two weeks earlier' is a date") {
  // Held-out-37 (h176, h178).
  auto e = entities_of("Syria: Bodies found in Homs\n\nActivists said 47 bodies were found.\n\nMore From This Section\n\n"
                       "Syria rejects Annan's proposals");
  CHECK(find(e, "From This Section") == nullptr);
  check_entity(e, "Annan", "PERSON");
  check_entity(entities_of("Twin bombings killed 44 people in Damascus two weeks earlier."), "two weeks earlier", "DATE");
}

TEST_CASE("a named medical center is a place; 'Air strikes' after a dateline names nothing") {
  // Held-out-39 (h188, h189).
  check_entity(entities_of("More than 50 people were wounded, according to Benghazi Medical Center."),
               "Benghazi Medical Center", "LOC");
  const auto e = entities_of("Strikes hit hospital\n\nBEIRUT, Sept 16 (AFP) - Air strikes hit a hospital in Kafranbel.");
  CHECK(find(e, "Air") == nullptr);
  check_entity(e, "Kafranbel", "LOC");
}

TEST_CASE("a role 'known as' a name is a person; an initial cut off names no one; a place before 'bombing' stays") {
  check_entity(entities_of("\"We will not stop,\" the gang leader, known as Izo, said in a video."), "Izo", "PERSON");
  CHECK(find(entities_of("The army said 12 terrorists were killed.\n\nH. Said / Manar"), "H") == nullptr);
  check_entity(entities_of("Baghdad bombing death toll rises to 292"), "Baghdad", "LOC");
}

TEST_CASE("a name opening with an Arabic article after a place's preposition is a place") {
  // FA-KES first half (1924058162), its commas restored.
  const auto e = entities_of("Two suicide bombers killed at least 30 Kurdish militiamen in al-Hassakeh, in north-eastern "
                             "Syria. He met al-Assad in Damascus.");
  check_entity(e, "al-Hassakeh", "LOC");
  check_entity(e, "al-Assad", "PERSON");
}

TEST_CASE("a byline's 'Sports Staff' names no one; 'the 2019 state budget' is dated") {
  CHECK(find(entities_of("Football: Syria beat Lebanon\n\nBy Sports Staff\n\nOmar Al Somah scored twice."), "Sports Staff") ==
        nullptr);
  check_entity(entities_of("Syria's parliament approved the 2019 state budget on Wednesday."), "2019", "DATE");
}

TEST_CASE("an everyday word opening a sentence before a title; a country before '-type'") {
  // Held-out-41 (h197); "Observatory director" keeps its organisation.
  auto e = entities_of("International envoy Kofi Annan warned of civil war. \"We are not going to allow a Libya-type "
                       "scenario,\" he said.");
  CHECK(find(e, "International") == nullptr);
  check_entity(e, "Kofi Annan", "PERSON");
  check_entity(e, "Libya", "LOC");
  check_entity(entities_of("Observatory director Rami Abdel Rahman said the toll was likely to rise."), "Observatory", "ORG");
}

TEST_CASE("held-out-42: a rank before an abstract noun opens a body's name; an acronym before newsroom staff is the outlet") {
  auto e = entities_of("Dr Adam Rijal, a spokesperson for the General Coordination for Displaced Persons and Refugees, "
                       "said 150,000 people had fled.");
  check_entity(e, "General Coordination for Displaced Persons and Refugees", "ORG");
  CHECK(find(e, "Coordination") == nullptr);
  check_entity(entities_of("General Mohammed Ali said 10 were killed."), "Mohammed Ali", "PERSON");
  e = entities_of("Syria barrel bombs kill 21 in Aleppo\nPublished 14 June 2014 | By MEE staff\nTen died, an AFP correspondent said.");
  check_entity(e, "MEE", "ORG");
  check_entity(e, "AFP", "ORG");
  // A country's acronym stays a place: "a US journalist".
  check_entity(entities_of("A court in Moscow sentenced a US journalist to six years."), "US", "LOC");
  check_entity(entities_of("The Iran-backed Huthis seized Sanaa."), "Huthis", "NORP");
}

TEST_CASE("held-out-44: ranks joined by a hyphen are a title; writers credited at the end are people; 'al-Quds hospital'") {
  check_entity(entities_of("\"We hit 12 targets,\" ministry spokesman Major-General Igor Konashenkov told a briefing."),
               "Igor Konashenkov", "PERSON");
  const auto e = entities_of("Turkish troops pressed on.\nAssociated Press writers Suzan Fraser in Ankara and Zeynep "
                             "Bilginsoy in Istanbul contributed.");
  check_entity(e, "Zeynep Bilginsoy", "PERSON");
  check_entity(e, "Istanbul", "LOC");
  check_entity(entities_of("Dr Hamza al-Khatib, the director of al-Quds hospital, was asleep."), "al-Quds", "LOC");
}

TEST_CASE("held-out-46: a photographer's credit, editors split by slashes, 'al-' names listed before 'neighborhoods'") {
  auto e = entities_of("Ghouta: how the attack unfolded\n\nRockets fell before dawn\n\nMartin Chulov in Beirut\n\n"
                       "Thu 22 Aug 2013 18.42 BST\n\nPhotograph: Bassam Khabieh/Reuters\n\nHundreds were killed.");
  check_entity(e, "Martin Chulov", "PERSON");
  check_entity(e, "Beirut", "LOC");
  check_entity(e, "Bassam Khabieh", "PERSON");
  check_entity(e, "Reuters", "ORG");
  e = entities_of("Nine civilians were martyred in Aleppo.\n\nH. Said / Manar\n");
  check_entity(e, "H. Said", "PERSON");
  check_entity(e, "Manar", "PERSON");
  e = entities_of("The terrorists fired shells on al-Midan, al-Sulaimaniyeh and al-Jamiliyeh neighborhoods.");
  check_entity(e, "al-Midan", "LOC");
  check_entity(e, "al-Jamiliyeh", "LOC");
}

TEST_CASE("held-out-47: 'Initiative' heads a body's name") {
  check_entity(entities_of("Nadim Houry is the executive director of the Arab Reform Initiative."), "Arab Reform Initiative", "ORG");
}

TEST_CASE("old misses mended: 'pro-Assad', 'the Ministry for Foreign Affairs', 'the Roman amphitheatre'") {
  auto e = entities_of("Pro-Assad militias attacked the village. The pro-Assad forces withdrew when pro-Islamic State "
                       "militants arrived.");
  CHECK(std::count_if(e.begin(), e.end(), [](const Found& f) { return f.text == "Assad" && f.type == "PERSON"; }) == 2);
  check_entity(e, "Islamic State", "ORG");
  check_entity(entities_of("The Ministry for Foreign Affairs said it was concerned."), "Ministry for Foreign Affairs", "ORG");
  e = entities_of("ISIL fighters executed 20 men in the Roman amphitheatre of Palmyra. Roman Abramovich sold the club.");
  check_entity(e, "Roman", "NORP");
  check_entity(e, "Roman Abramovich", "PERSON");
}

TEST_CASE("held-out-49: a news network numbered 24 is a body; a copyright's year after its owner") {
  auto e = entities_of("Strikes killed 21 civilians, according to the local network \"Deir Ezzor 24\". France 24 said "
                       "so too. In Homs 24 hours later it was calm.\n\nCopyright © Rudaw 2015");
  check_entity(e, "Deir Ezzor 24", "ORG");
  check_entity(e, "France 24", "ORG");
  check_entity(e, "Homs", "LOC");
  check_entity(e, "2015", "DATE");
}

TEST_CASE("held-out-49: a line that is a paper's name alone keeps its 'The'") {
  const auto e = entities_of("By Antoine Amrieh\nThe Daily Star\n\nTRIPOLI, Lebanon: Clashes raged. The Guardian reported it.");
  check_entity(e, "The Daily Star", "ORG");
  check_entity(e, "Guardian", "ORG");  // opening a sentence, "The" is the sentence's
}

TEST_CASE("held-out-50: a Reuters credit line names its reporters, each with the place they wrote from") {
  const auto e = entities_of("Clashes went on.\n\n(Reporting by Ellen Francis in Beirut and Tuvan Gumrukcu in Ankara; "
                             "Editing by Dominic Evans)");
  check_entity(e, "Tuvan Gumrukcu", "PERSON");
  check_entity(e, "Ankara", "LOC");
}

TEST_CASE("held-out-51: an 'al-' name listed after a place; a centre for a purpose named with its country") {
  auto e = entities_of("Terrorists positioned in Bani Zaid and al-Ashrafiyeh fired shells.");
  check_entity(e, "al-Ashrafiyeh", "LOC");
  e = entities_of("The head of the Russian Center for Reconciliation of the Opposing Sides in Syria, Major General "
                  "Viktor Kupchishin, said.");
  check_entity(e, "Russian Center for Reconciliation of the Opposing Sides in Syria", "ORG");
}

TEST_CASE("held-out-52: units with ordinals, a road's number, 'North and East Syria', a landmark's head") {
  auto e = entities_of("The government's 5th Corps and units of the 25th Special Mission Forces Division secured the "
                       "M5 highway. Control of the M5 was the aim. He was 25th in line.");
  check_entity(e, "5th Corps", "ORG");
  check_entity(e, "25th Special Mission Forces Division", "ORG");
  CHECK(std::count_if(e.begin(), e.end(), [](const Found& f) { return f.text == "M5" && f.type == "LOC"; }) == 2);
  e = entities_of("Since the start of the Turkish attacks on North and East Syria, strikes hit the Old Clock Tower.");
  check_entity(e, "North and East Syria", "LOC");
  check_entity(e, "Old Clock Tower", "LOC");
}

TEST_CASE("held-out-53: an agency in brackets opening a line is no place; a family's name is a person's") {
  auto e = entities_of("Gas attack kills hundreds\n\nBEIRUT | Thu Aug 22, 2013\n\n(Reuters) - Syrian opposition activists "
                       "accused the forces of a nerve gas attack.");
  check_entity(e, "Reuters", "ORG");
  e = entities_of("Opposition activists said the victims, many from the al-Yatim family, were shot.");
  check_entity(e, "al-Yatim", "PERSON");
}

TEST_CASE("held-out-53: a language's name before 'teacher' or 'lessons' is no people") {
  const auto e = entities_of("Abdulkafi al-Hamdo, an English teacher, said so. English officials disagreed.");
  CHECK(std::count_if(e.begin(), e.end(), [](const Found& f) { return f.text == "English"; }) == 1);
}

TEST_CASE("held-out-55: a station named for its country, and a live blog's time stamp") {
  auto e = entities_of("The mayor told Voice of Lebanon radio that people were hiding.");
  REQUIRE(find(e, "Voice of Lebanon"));
  CHECK(find(e, "Voice of Lebanon")->type == "ORG");
  CHECK_FALSE(find(e, "Lebanon"));
  // The word after "09:45 -" opens its sentence: "Warplanes" is no name.
  e = entities_of("09:45 - Warplanes struck the rebel-held town of Khan Sheikhoun.");
  CHECK_FALSE(find(e, "Warplanes"));
  CHECK(find(e, "Khan Sheikhoun"));
}

TEST_CASE("held-out-56: a town's quarter, an area, an outlet's edition, a capitals dateline of two words") {
  auto e = entities_of("Government forces shelled Daraa al-Balad on Thursday. The shells fell on the Tariq al-Sad area.");
  check_entity(e, "Daraa al-Balad", "LOC");
  check_entity(e, "Tariq al-Sad", "LOC");
  e = entities_of("Sinjar mayor Nayef Sido told Rudaw English that the drone hit the car.");
  check_entity(e, "Rudaw English", "ORG");
  CHECK_FALSE(find(e, "English"));
  e = entities_of("NEW YORK/AMMAN - A United Nations aid convoy reached the Rukban camp.");
  check_entity(e, "NEW YORK", "LOC");
  CHECK_FALSE(find(e, "YORK"));
}

TEST_CASE("held-out-58: a group named by its fighters or its members; share buttons; epithets; a wish") {
  auto e = entities_of("The Observatory said 28 Nujaba fighters and 68 regime troops had been killed.");
  check_entity(e, "Nujaba", "ORG");
  e = entities_of("Pro-government militiamen killed at least 50 people. Kurdish fighters held the town.");
  CHECK_FALSE(find(e, "Pro-government"));
  check_entity(e, "Kurdish", "NORP");
  e = entities_of("A roadside bomb killed a member of the Asayish, the Kurdish internal security forces, in Shaddadi.");
  check_entity(e, "Asayish", "ORG");
  e = entities_of("Several Hizbullah fighters were killed in clashes with rebels.");
  check_entity(e, "Hizbullah", "ORG");
  e = entities_of("Share on Facebook | Share on Twitter | E-mail");
  check_entity(e, "Facebook", "ORG");
  CHECK_FALSE(find(e, "E-mail"));
  e = entities_of("Trump wrote that Russia was responsible for backing Animal Assad.");
  check_entity(e, "Assad", "PERSON");
  CHECK_FALSE(find(e, "Animal Assad"));
  e = entities_of("Comments\n\nLebanese_patriot: May God protect our country");
  CHECK_FALSE(find(e, "May God"));
  e = entities_of("Theresa May said the talks would go on.");
  check_entity(e, "Theresa May", "PERSON");
}

TEST_CASE("held-out-59: a clock's half and its time zone name no one") {
  auto e = entities_of("By Ruth Sherlock, Antakya\n\n8:00PM GMT 03 Jan 2012");
  CHECK_FALSE(find(e, "PM GMT"));
  check_entity(e, "Ruth Sherlock", "PERSON");
  e = entities_of("updated 5:48 AM EDT, Sun May 27, 2012");
  CHECK_FALSE(find(e, "AM EDT"));
}

TEST_CASE("held-out-60: UN documents: the official country name, a governorate, an office, titles in apposition") {
  auto e = entities_of("Syrian Arab Republic: Recent Developments in Northwest Syria");
  check_entity(e, "Syrian Arab Republic", "LOC");
  CHECK_FALSE(find(e, "Arab"));
  e = entities_of("At least 23 civilians were killed in Idleb Governorate and Idlib Province on 5 November.");
  check_entity(e, "Idleb", "LOC");
  check_entity(e, "Idlib", "LOC");
  e = entities_of("Islamic State West Africa Province fighters attacked.");
  CHECK_FALSE(find(e, "Islamic State West Africa"));
  e = entities_of("The Office of the UN High Commissioner for Human Rights (OHCHR) has verified the deaths.");
  check_entity(e, "Office of the UN High Commissioner for Human Rights", "ORG");
  e = entities_of("\"Civilians continue to pay the highest price,\" said Mark Cutts, Deputy Regional Humanitarian Coordinator.");
  check_entity(e, "Mark Cutts", "PERSON");
  CHECK_FALSE(find(e, "Deputy Regional Humanitarian Coordinator"));
  e = entities_of("A spokesman for the UN-recognised Government of National Accord (GNA) said.");
  check_entity(e, "UN", "ORG");
  check_entity(e, "Government of National Accord", "ORG");
  e = entities_of("Hostilities continued to escalate in southern Idleb.");
  CHECK_FALSE(find(e, "Hostilities"));
  check_entity(entities_of("Niger's military rulers declared three days of mourning."), "Niger", "LOC");
  e = entities_of("Press release\n\nGaza: MSF teams were overwhelmed.");
  CHECK_FALSE(find(e, "Press"));
  e = entities_of("Tags Qatar QRCS Syria Aleppo A Syrian patient died.");
  check_entity(e, "Aleppo", "LOC");
  check_entity(e, "QRCS", "ORG");
}

TEST_CASE("held-out-61: a named camp, a kunya-shaped place, a city in apposition, a copyright's agency") {
  auto e = entities_of("Shelling hit the Abu Shouk camp on Saturday. Famine has spread to Abu Shouk.");
  for (const Found& f : e)
    if (f.text == "Abu Shouk") CHECK(f.type == "LOC");
  check_entity(e, "Abu Shouk", "LOC");
  // A kunya with no place word stays a person.
  check_entity(entities_of("Abu Yusef Muhajir, a military commander, announced the battle."), "Abu Yusef Muhajir", "PERSON");
  e = entities_of("El Fasher, the last major city in the Darfur region held by the army, is besieged.");
  check_entity(e, "El Fasher", "LOC");
  // The noun must head the apposition: a town's mayor is a person.
  check_entity(entities_of("The decision was criticised by Mark Smith, the town mayor."), "Mark Smith", "PERSON");
  check_entity(entities_of("\"The rockets fell near the ships,\" said the doctor, who gave his name only as Khaled."), "Khaled",
               "PERSON");
  e = entities_of("Maria Hernández, emergency coordinator, was killed.\n\n\"Maria, Yohannes and Tedros were in Tigray to "
                  "provide assistance,\" he said.");
  for (const Found& f : e)
    if (f.text == "Maria") CHECK(f.type == "PERSON");
  CHECK(std::count_if(e.begin(), e.end(), [](const Found& f) { return f.text == "Maria"; }) == 1);
  e = entities_of("Strikes hit the city on Monday.\n\nCopyright 2018 The Associated Press. All rights reserved.");
  check_entity(e, "Associated Press", "ORG");
}

TEST_CASE("held-out-62: camps and communities named, a member, 'State' after a place, share rows, offices, kunyas") {
  auto e = entities_of("Bombs hit the Lac Vert and Mugunga camps.");
  check_entity(e, "Lac Vert", "LOC");
  check_entity(e, "Mugunga", "LOC");
  e = entities_of("Gunmen killed 43 farmers in Zabarmari, a farming community in Jere. Malam Zabarmari, a member of the "
                  "Civilian Joint Task Force, said he had helped to recover 43 bodies.");
  check_entity(e, "Zabarmari", "LOC");
  check_entity(e, "Malam Zabarmari", "PERSON");
  e = entities_of("Fighting spread from Borno State to Sokoto State, where the Islamic State group is active.");
  check_entity(e, "Borno", "LOC");
  check_entity(e, "Sokoto", "LOC");
  check_entity(e, "Islamic State", "ORG");
  e = entities_of("The market burned.\n\nShare this:\nFacebook Twitter WhatsApp");
  check_entity(e, "Twitter", "ORG");
  check_entity(e, "WhatsApp", "ORG");
  e = entities_of("It killed 33 people, according to the Government Media Office in Gaza.");
  check_entity(e, "Government Media Office", "ORG");
  check_entity(e, "Gaza", "LOC");
  check_entity(entities_of("The U.N. Integrated Office in Haiti said."), "U.N. Integrated Office in Haiti", "ORG");
  check_entity(entities_of("\"The wall collapsed,\" said Umm Khalil, who had fled to Nuseirat."), "Umm Khalil", "PERSON");
  check_entity(entities_of("British troops entered Umm Qasr on Friday."), "Umm Qasr", "LOC");
  check_entity(entities_of("Clashes in Abu Kamal killed five."), "Abu Kamal", "LOC");
}

TEST_CASE("held-out-64: a group with its relative clause, residents of places, a river, code names, a medium's name") {
  auto e = entities_of("At least 26 people were killed, among them 12 members of Aknaf Beit al-Maqdis, a Palestinian group "
                       "that had been defending it.");
  check_entity(e, "Aknaf Beit al-Maqdis", "ORG");
  e = entities_of("Thousands of residents of Fuah and Kefraya had been stranded for more than a day.");
  check_entity(e, "Fuah", "LOC");
  check_entity(e, "Kefraya", "LOC");
  check_entity(entities_of("Biden told the YPG to withdraw east of the Euphrates river."), "Euphrates", "LOC");
  e = entities_of("The operation, dubbed \"Euphrates Shield\", began at dawn.");
  CHECK_FALSE(find(e, "Euphrates Shield"));
  check_entity(entities_of("Hezbollah's Al-Manar TV said the reports were exaggerated."), "Al-Manar", "ORG");
  check_entity(entities_of("Reuters Staff\nMarch 17, 2015\nShelling hit the town."), "Reuters", "ORG");
  e = entities_of("The UN agency for Palestinian refugees, Unrwa, said the situation was dire. Unrwa says 150 died.");
  for (const Found& f : e)
    if (f.text == "Unrwa") CHECK(f.type == "ORG");
}

TEST_CASE("held-out-66: a name in apposition to 'an activist'") {
  check_entity(entities_of("Danny, an activist in Baba Amr, told the BBC: \"It is a massacre.\""), "Danny", "PERSON");
}

TEST_CASE("held-out-66: acronyms of things name nothing; the Vatican is a body") {
  auto e = entities_of("MSF gave the GPS coordinates to US forces. CCTV footage showed an IED. The Vatican expressed concern.");
  CHECK_FALSE(find(e, "GPS"));
  CHECK_FALSE(find(e, "CCTV"));
  CHECK_FALSE(find(e, "IED"));
  check_entity(e, "Vatican", "ORG");
  check_entity(entities_of("Rebels attacked a PDF base in Sagaing."), "PDF", "ORG");
}

TEST_CASE("held-out-67: peoples named as communities, a church of a saint, two bearings of one region, a post on X") {
  auto e = entities_of("Clashes broke out between young men from the Shilluk and Dinka communities in the camp.");
  check_entity(e, "Shilluk", "NORP");
  check_entity(e, "Dinka", "NORP");
  // A place's people is no people: "the Houston community".
  for (const Found& f : entities_of("Volunteers from the Houston community handed out water."))
    if (f.text == "Houston") CHECK(f.type == "LOC");
  check_entity(entities_of("He spoke to a deacon at the Church of St. Mary of Zion in Axum."), "Church of St. Mary of Zion",
               "LOC");
  check_entity(entities_of("The Church of Scientology issued a statement."), "Church of Scientology", "ORG");
  check_entity(entities_of("Deprose Muchena, Amnesty's director for East and Southern Africa, said so."),
               "East and Southern Africa", "LOC");
  check_entity(entities_of("An army spokesman posted a map on X urging residents to leave."), "X", "ORG");
}

TEST_CASE("held-out-68: a site after a describing word, the Mediterranean") {
  check_entity(entities_of("Many were buried under buildings at the busy Zobe junction."), "Zobe", "LOC");
  check_entity(entities_of("More than 970 migrants have drowned in the central Mediterranean this year."), "Mediterranean",
               "LOC");
}

TEST_CASE("held-out-69: a name in commas after a role and its place") {
  check_entity(entities_of("A police spokesman in Yobe, Abdulmaliki Sunmonu, said one girl had died."), "Abdulmaliki Sunmonu",
               "PERSON");
}

TEST_CASE("held-out-70: a survey is a body") {
  check_entity(entities_of("The quake struck on Saturday, according to the US Geological Survey."), "US Geological Survey", "ORG");
}

TEST_CASE("held-out-71: plural demonyms are peoples; a sheikh's name after 'in' is a place") {
  auto e = entities_of("The dead included three Kenyans, three Tanzanians and one Briton.");
  check_entity(e, "Kenyans", "NORP");
  check_entity(e, "Tanzanians", "NORP");
  check_entity(e, "Briton", "NORP");
  check_entity(entities_of("Rebels clashed with regime forces in Sheikh Maskin."), "Sheikh Maskin", "LOC");
  check_entity(entities_of("Sheikh Hassan Nasrallah spoke on Friday."), "Hassan Nasrallah", "PERSON");
}

TEST_CASE("held-out-72: a people after 'ethnic'") {
  check_entity(entities_of("Gunmen killed more than 200 people, most of them ethnic Amhara, in an attack."), "Amhara", "NORP");
}

TEST_CASE("held-out-73: an honorific inside a Somali name, Palm Sunday, BBC Monitoring, a quarter named after a body") {
  const auto e = entities_of("Somalia's President Hassan Sheikh Mohamud condemned the attack on Palm Sunday.\n"
                             "By Vitaliy Shevchenko, BBC Monitoring\n"
                             "Terrorists targeted al-Zahraa Association neighborhood with mortar shells.");
  check_entity(e, "Hassan Sheikh Mohamud", "PERSON");
  check_entity(e, "Palm Sunday", "DATE");
  check_entity(e, "BBC Monitoring", "ORG");
  check_entity(e, "al-Zahraa Association", "LOC");
}

TEST_CASE("held-out-74: a territory before 'Chief Minister' is a place; storms and aircraft types are no names") {
  auto e = entities_of("Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur condemned the attack. Two dams burst after "
                       "Storm Daniel dumped heavy rain. A Mi-8 helicopter dropped it on the Pearl Beach restaurant.");
  check_entity(e, "Khyber Pakhtunkhwa", "LOC");
  check_entity(e, "Ali Amin Gandapur", "PERSON");
  check_entity(e, "Pearl Beach", "LOC");
  CHECK(find(e, "Storm Daniel") == nullptr);
  CHECK(find(e, "Mi") == nullptr);
}

TEST_CASE("held-out-75: a sheikh's name before 'district' is a place, and stays one; Dawn and Dawn.com; a minister's province") {
  const auto e = entities_of("Rebel fire on the Kurdish-majority Sheikh Maqsoud district of Aleppo killed 18 civilians. "
                             "Factions fired rockets on Sheikh Maqsoud since Thursday. A survivor told Dawn. "
                             "He told Dawn.com too. Khyber Pakhtunkhwa Law Minister Aftab Alam spoke. Syria's National "
                             "Reconciliation Minister Ali Haidar spoke. Forces of Khalifa Haftar retreated.");
  const auto sheikh = std::count_if(e.begin(), e.end(), [](const Found& f) { return f.text == "Sheikh Maqsoud" && f.type == "LOC"; });
  CHECK(sheikh == 2);
  CHECK(find(e, "Maqsoud") == nullptr);
  check_entity(e, "Dawn", "ORG");
  check_entity(e, "Dawn.com", "ORG");
  check_entity(e, "Khyber Pakhtunkhwa", "LOC");
  check_entity(e, "Khalifa Haftar", "PERSON");
  CHECK(find(e, "National") == nullptr);
}

TEST_CASE("held-out-76: 'ole' inside a Kenyan name, an acronym's expansion, Abu in a list of towns, an envoy's name") {
  const auto e = entities_of("Kenya's Interior Minister Joseph ole Lenku spoke. The Islamic State group's West Africa "
                             "Province (ISWAP) claimed it through its Amaq agency. Bodies were found in the towns of "
                             "Ghranij, Abu Hamam and Kishkiyeh. Iran's ambassador to Lebanon, Mojtaba Amani, was hurt.");
  check_entity(e, "Joseph ole Lenku", "PERSON");
  check_entity(e, "West Africa Province", "ORG");
  check_entity(e, "Amaq", "ORG");
  check_entity(e, "Abu Hamam", "LOC");
  check_entity(e, "Mojtaba Amani", "PERSON");
}

TEST_CASE("held-out-77: a Sahel people, a palace after a describing word, a sentence-initial bearing") {
  const auto e = entities_of("About 160 Fulani villagers were killed in Ogossagou. Ministers were taken to the Maashiq "
                             "presidential palace. Central Mali has been gripped by violence since 2015. Gunmen attacked "
                             "a village in central Mali's Bandiagara region.");
  check_entity(e, "Fulani", "NORP");
  check_entity(e, "Maashiq", "LOC");
  check_entity(e, "Mali", "LOC");
  CHECK(find(e, "Central Mali") == nullptr);
}

TEST_CASE("held-out-78: 'in a post on X' names the platform") {
  const auto e = entities_of("Amnesty International said in a post on X that at least 100 people had been killed.");
  check_entity(e, "X", "ORG");
}

TEST_CASE("held-out-80: Eid Milad-un-Nabi is a feast") {
  check_entity(entities_of("A bomber struck a procession marking Eid Milad-un-Nabi in Mastung."), "Eid Milad-un-Nabi", "DATE");
}

TEST_CASE("held-out-81: a number word opening a sentence names no one; AQAP's full name") {
  const auto e = entities_of("Six militants were also killed. Al-Qaida in the Arabian Peninsula, known as AQAP, claimed it.");
  CHECK(find(e, "Six") == nullptr);
  check_entity(e, "Al-Qaida in the Arabian Peninsula", "ORG");
}

TEST_CASE("held-out-82: an acronym between commas spells its name; a desk before 'editor'; 'US' beside 'us'") {
  auto e = entities_of("The Islamic State in Khorasan Province, ISKP, claimed responsibility for the attack.");
  check_entity(e, "Islamic State in Khorasan Province", "ORG");
  CHECK(find(e, "Khorasan") == nullptr);
  e = entities_of("The IDF said a rocket misfired by the Palestinian Islamic Jihad group had caused the blast.");
  check_entity(e, "Palestinian Islamic Jihad", "ORG");
  e = entities_of("By Jeremy Bowen, International editor\nAn explosion hit a hospital in Gaza City on Tuesday.");
  check_entity(e, "Jeremy Bowen", "PERSON");
  CHECK(find(e, "International") == nullptr);
  e = entities_of("US intelligence agencies estimated that 100 people had died.\n"
                  "\"The ceiling fell on us,\" he told the BBC.");
  check_entity(e, "US", "LOC");
}

TEST_CASE("held-out-83: a whole its acronym spells; a Kenyan county; 'Cabinet Secretary'; denominations; Reuters' footer") {
  auto e = entities_of("The army blamed the Islamic State in the Greater Sahara (ISGS), which has been fighting JNIM.");
  check_entity(e, "Islamic State in the Greater Sahara", "ORG");
  CHECK(find(e, "in the Greater Sahara") == nullptr);
  e = entities_of("Gunmen attacked Mpeketoni in Lamu County.\nLamu County Commissioner Stephen Ikua said 25 vehicles burned.\n"
                  "Interior Cabinet Secretary Joseph ole Lenku told reporters in Nairobi that five attackers were killed.");
  check_entity(e, "Lamu", "LOC");
  CHECK(find(e, "Lamu County") == nullptr);
  check_entity(e, "Joseph ole Lenku", "PERSON");
  CHECK(find(e, "Interior Cabinet") == nullptr);
  e = entities_of("A bomb exploded during a Sunday service at a Pentecostal church in Kasindi.\n"
                  "Our Standards: The Thomson Reuters Trust Principles.");
  check_entity(e, "Pentecostal", "NORP");
  check_entity(e, "Thomson Reuters", "ORG");
}

TEST_CASE("held-out-84: a town after 'in' despite a group's first word; a group after its kind; a paper's footer line") {
  auto e = entities_of("UN says 40 civilians killed in Lashkar Gah fighting\n"
                       "At least 40 civilians were killed in the southern city of Lashkar Gah, the United Nations said.");
  for (const auto& x : e)
    if (x.text == "Lashkar Gah") CHECK(x.type == "LOC");  // the headline's too
  e = entities_of("The extremist group al-Mourabitoun, led by Algerian jihadist Mokhtar Belmokhtar, claimed the attack.\n"
                  "Medics said they could not reach many of the wounded.\nGulf News\nOur Standards: The Trust Principles.");
  check_entity(e, "al-Mourabitoun", "ORG");
  check_entity(e, "Gulf News", "ORG");
  CHECK(find(e, "Medics") == nullptr);
  CHECK(find(e, "Standards") == nullptr);
}

TEST_CASE("held-out-85: an Arabic channel's name before 'TV'") {
  auto e = entities_of("Houthi-run Al Masirah TV said the group had targeted a parade.\n"
                       "Iran's al-Alam TV showed the wreckage.");
  check_entity(e, "Al Masirah", "ORG");
  check_entity(e, "al-Alam", "ORG");
  CHECK(find(e, "Al Masirah TV") == nullptr);
}

TEST_CASE("held-out-86: a name after an age is a person's") {
  const auto e = entities_of("Among the dead was four-year-old Liza, whose pushchair was found overturned.\n"
                             "A 14-year-old Syrian was also hurt.");
  check_entity(e, "Liza", "PERSON");
  check_entity(e, "Syrian", "NORP");
}

TEST_CASE("held-out-87: an acronym kept elsewhere; a South Asian police rank; provinces; 'Separatist'") {
  auto e = entities_of("Congo: ADF rebels kill eight near Butembo\nADF rebels have killed 7,000 civilians since 2019.");
  size_t adf = 0;
  for (const auto& x : e) adf += x.text == "ADF" && x.type == "ORG";
  CHECK(adf == 2);
  e = entities_of("District Police Officer Iqbal Momand told Dawn the attack lasted three hours.\n"
                  "Khyber Pakhtunkhwa has seen a surge in attacks. Separatist militants attacked a base.");
  check_entity(e, "Iqbal Momand", "PERSON");
  check_title(e, "Iqbal Momand", "District Police Officer");
  CHECK(find(e, "District Police") == nullptr);
  check_entity(e, "Khyber Pakhtunkhwa", "LOC");
  CHECK(find(e, "Separatist") == nullptr);
}

TEST_CASE("held-out-88: a volunteer network is a body; a state named by an everyday word") {
  auto e = entities_of("The Nyala Emergency Room, a volunteer network that coordinates aid, said dozens were hurt.\n"
                       "Clashes broke out in Lakes State on Thursday.");
  check_entity(e, "Nyala Emergency Room", "ORG");
  check_entity(e, "Lakes", "LOC");
  CHECK(find(e, "Lakes State") == nullptr);
}

TEST_CASE("held-out-89: a state after a bearing; 'Anglophone'; 'the Prophet Muhammad'") {
  const auto e = entities_of("Air strikes hit a concert in northern Kachin State on Sunday.\n"
                             "Separatists attacked a village in the Anglophone region.\n"
                             "The attack was revenge for remarks about the Prophet Muhammad.");
  check_entity(e, "Kachin", "LOC");
  check_entity(e, "Anglophone", "NORP");
  check_entity(e, "Muhammad", "PERSON");
  CHECK(find(e, "Prophet Muhammad") == nullptr);
}

TEST_CASE("held-out-90: Sunday Mass; a group described after a comma; an association's name; an age in commas") {
  const auto e = entities_of("Two bombs exploded at a Roman Catholic cathedral during Sunday Mass.\n"
                             "Authorities blamed Abu Sayyaf, a militant group notorious for kidnappings.\n"
                             "The Fulani association Tabital Pulaaku said 500 were killed.\n"
                             "\"It was like the end of the world,\" said Olena, 54, who lived on the fifth floor.");
  check_entity(e, "Sunday", "DATE");
  CHECK(find(e, "Sunday Mass") == nullptr);
  check_entity(e, "Roman Catholic", "NORP");
  check_entity(e, "Abu Sayyaf", "ORG");
  check_entity(e, "Tabital Pulaaku", "ORG");
  check_entity(e, "Olena", "PERSON");
}

TEST_CASE("held-out-92: 'South Sudan' opening a headline beside 'further south'; 'Ivorian'") {
  const auto e = entities_of("South Sudan rebels killed hundreds in Bentiu, UN says\n\n"
                             "Gunmen stormed the base in Bor, further south, in the Ivorian manner.");
  check_entity(e, "South Sudan", "LOC");
  check_entity(e, "Ivorian", "NORP");
}

TEST_CASE("held-out-92: one unknown word a spokesman speaks for, described as a force, an ally or fielding fighters") {
  const auto e = entities_of("The bomb targeted the headquarters of the Asayish, the Kurdish internal security force.\n"
                             "A spokesman for the Asayish said five of its members were among the dead.\n"
                             "A spokesman for the Helmand governor said 12 were wounded.\n"
                             "A spokesman said 18 LNA fighters had been captured.\n"
                             "Gunfire erupted during a protest by Hezbollah and its ally Amal.");
  for (const auto& x : e)
    if (x.text == "Asayish") CHECK(x.type == "ORG");
  check_entity(e, "Asayish", "ORG");
  check_entity(e, "Helmand", "LOC");
  check_entity(e, "LNA", "ORG");
  check_entity(e, "Amal", "ORG");
}

TEST_CASE("held-out-93: one hyphen-joined word of a group's prefix, a particle and a name") {
  const auto e = entities_of("A Pakistani Taliban faction, Jamaat-ul-Ahrar, said it had carried out the attack.\n"
                             "Lashkar-e-Jhangvi was blamed.");
  check_entity(e, "Jamaat-ul-Ahrar", "ORG");
  check_entity(e, "Lashkar-e-Jhangvi", "ORG");
}

TEST_CASE("held-out-94: a dateline alone under a byline; a language before '-speaking'; a where-clause's place") {
  const auto e = entities_of("Cameroon: toll rises to 23\n\nBY STAFF REPORTER\nYAOUNDÉ, Feb. 20\n\n"
                             "At least 23 civilians were killed in Cameroon's English-speaking North-West region.\n"
                             "Both the Islamic State in the Greater Sahara and groups allied to al-Qaeda operate there.\n"
                             "The attackers struck Tchoma Bangou, where 70 people were killed.\n"
                             "Russia's ambassador to the UN, Vitaly Churkin, said the rebels had left.");
  check_entity(e, "YAOUNDÉ", "LOC");
  CHECK(find(e, "English") == nullptr);
  check_entity(e, "Islamic State in the Greater Sahara", "ORG");
  check_entity(e, "Tchoma Bangou", "LOC");
  check_entity(e, "Vitaly Churkin", "PERSON");
}

TEST_CASE("held-out-95: 'NEW DELHI'; a byline's 'Our Special Correspondent'; an ideology's adjective") {
  const auto e = entities_of("Chhattisgarh: 25 men killed in Maoist ambush in Sukma\n\n"
                             "Posted on April 24, 2017 | By Our Special Correspondent\n\n"
                             "NEW DELHI, Feb 15 (Reuters) - Suspected Maoists ambushed a patrol in Sukma.");
  check_entity(e, "NEW DELHI", "LOC");
  CHECK(find(e, "Our Special Correspondent") == nullptr);
  CHECK(find(e, "Maoist") == nullptr);
  CHECK(find(e, "Maoists") == nullptr);
}

TEST_CASE("held-out-98: a place described in commas; 'Sister' as a title; a credit 'By FRANCE 24 with AFP'") {
  const auto e = entities_of("The army has tried for weeks to take Yabroud, the last major rebel stronghold in Qalamoun.\n"
                             "\"We buried 35 people,\" said Amadou Togo, the village chief.\n"
                             "Sister Maria, a nun at a convent in the quarter, said it was terrifying.\n"
                             "By FRANCE 24 with AFP");
  check_entity(e, "Yabroud", "LOC");
  check_entity(e, "Amadou Togo", "PERSON");
  check_entity(e, "Maria", "PERSON");
  CHECK(find(e, "Sister Maria") == nullptr);
  check_entity(e, "FRANCE 24", "ORG");
}

TEST_CASE("held-out-99: 'Pentecost Sunday'; a village described in commas; an outlet's name in capitals") {
  const auto e = entities_of("HIIRAAN ONLINE\n\nGunmen attacked worshippers during Pentecost Sunday Mass in Owo.\n"
                             "The militants overran Mirza Olang, a mainly Shia Hazara village, on Saturday.");
  check_entity(e, "Pentecost Sunday", "DATE");
  check_entity(e, "Mirza Olang", "LOC");
  check_entity(e, "HIIRAAN ONLINE", "ORG");
}

TEST_CASE("held-out-100: a syndicate is a body's head; '(c) 2021 AFP' dates the notice") {
  const auto e = entities_of("Among the dead was a broadcaster, the Somali Journalists Syndicate said.\n\n(c) 2021 AFP");
  check_entity(e, "Somali Journalists Syndicate", "ORG");
  CHECK(find(e, "Journalists Syndicate") == nullptr);
  check_entity(e, "2021", "DATE");
}

TEST_CASE("held-out-101: a regnal number; 'By Vanguard with agency reports'; a second village after 'in'; 'Tutsi'") {
  const auto e = entities_of("Published November 29, 2014 | By Vanguard with agency reports\n\n"
                             "He met the Emir of Kano, Muhammadu Sanusi II, yesterday.\n"
                             "They were shot in Kishishe and Bambo in Rutshuru territory by the M23, a mostly Tutsi group.");
  check_entity(e, "Vanguard", "ORG");
  check_entity(e, "Muhammadu Sanusi II", "PERSON");
  check_entity(e, "Bambo", "LOC");
  check_entity(e, "Tutsi", "NORP");
}

TEST_CASE("held-out-102: 'Katiba' opens a group's name; a title opening a site's name; \"Shi'ites\"") {
  const auto e = entities_of("The assailants from the Katiba Macina killed 132 civilians.\n"
                             "The bombers struck the Imam Bargah mosque among a gathering of Shi'ites.");
  check_entity(e, "Katiba Macina", "ORG");
  check_entity(e, "Imam Bargah", "LOC");
  CHECK(find(e, "Bargah") == nullptr);
  check_entity(e, "Shi'ites", "NORP");
}

TEST_CASE("held-out-102: a one-word name a speech verb brings in, described in commas, is a person") {
  const auto e = entities_of("\"It was very crowded,\" said Murtaza, a worshipper who was hit in the leg by shrapnel.");
  check_entity(e, "Murtaza", "PERSON");
}

TEST_CASE("held-out-103: 'Indian-administered'; a woman from a place; known names across 'in' after 'The' and across 'for'") {
  const auto e = entities_of("Gunmen opened fire in Indian-administered Kashmir. \"They shot him,\" a woman from Karnataka "
                             "told local television.\nThe Islamic State in West Africa Province claimed it.\nThe attack "
                             "was blamed on the Volunteers for the Defence of the Homeland (VDP).");
  check_entity(e, "Indian", "NORP");
  check_entity(e, "Kashmir", "LOC");
  check_entity(e, "Karnataka", "LOC");
  check_entity(e, "Islamic State in West Africa Province", "ORG");
  check_entity(e, "Volunteers for the Defence of the Homeland", "ORG");
}

TEST_CASE("held-out-104: 'Türkiye'; 'P.M.' after a clock time; an operation's code name is no entity") {
  const auto e = entities_of("BEIRUT, LEBANON (8:40 P.M.) - The PKK waged a campaign against Türkiye.\n"
                             "They opened fire on the Euphrates Shield zone and attacked the Operation Peace Spring area.");
  check_entity(e, "Türkiye", "LOC");
  CHECK(find(e, "P.M.") == nullptr);
  CHECK(find(e, "Euphrates Shield") == nullptr);
  CHECK(find(e, "Peace Spring") == nullptr);
  CHECK(find(e, "Operation Peace Spring") == nullptr);
}

TEST_CASE("held-out-105: a four-word site name after a hyphened modifier; a model's letters and number") {
  const auto e = entities_of("Gunmen stormed the 400-bed Sardar Mohammad Daud Khan hospital in Kabul.\n"
                             "Insurgents shot down a Russian Su-25 jet over Saraqib.");
  check_entity(e, "Sardar Mohammad Daud Khan", "LOC");
  CHECK(find(e, "Su") == nullptr);
  check_entity(e, "Russian", "NORP");
}

TEST_CASE("held-out-106: 'Sadrists'") {
  const auto e = entities_of("Iraqi parliament shoots down budget draft as Sadrists walk out.");
  check_entity(e, "Sadrists", "NORP");
}

TEST_CASE("held-out-108: a province's office; a forest; a shura; a wing's bearing; an outlet online") {
  auto e = entities_of("Nineveh provincial council member Hossam al-Abbar said 40 people had died.\n\n"
                       "Related: Nigeria says Boko Haram driven from last Sambisa forest stronghold\n");
  check_entity(e, "Nineveh", "LOC");
  check_entity(e, "Sambisa", "LOC");
  e = entities_of("The strike targeted members of the Quetta Shura, the ministry said.\n\n"
                  "Witnesses blamed the Sudan People's Liberation Movement-North (SPLM-N), Garowe Online reported.");
  check_entity(e, "Quetta Shura", "ORG");
  check_entity(e, "Sudan People's Liberation Movement-North", "ORG");
  check_entity(e, "SPLM-N", "ORG");
  check_entity(e, "Garowe Online", "ORG");
  CHECK(find(e, "Sudan") == nullptr);
  e = entities_of("Online, a statement announcing the grouping pledged victory.");
  CHECK(find(e, "Online") == nullptr);
}

TEST_CASE("held-out-109: a weapon's make; a province of two names; Baluchi; an office without a name; tribal areas") {
  auto e = entities_of("The Russians are hitting the city with Grad rockets, but US drones are not there.\n\n"
                       "Protesters gathered in Zahedan, Sistan and Baluchestan province, said a Baluchi activist.\n\n"
                       "Strikes hit Idlib and Hama provinces.");
  CHECK(find(e, "Grad") == nullptr);
  check_entity(e, "US", "LOC");
  check_entity(e, "Sistan and Baluchestan", "LOC");
  check_entity(e, "Baluchi", "NORP");
  check_entity(e, "Idlib", "LOC");
  check_entity(e, "Hama", "LOC");
  e = entities_of("\"Iran's authorities will stop at nothing,\" said Heba Morayef, Amnesty International's Regional Director "
                  "for the Middle East and North Africa.\n\n"
                  "Orakzai was part of the Federally Administered Tribal Areas.\n\n"
                  "Jihadists killed 20 soldiers in two attacks in Nigeria's Borno State on Saturday.");
  CHECK(find(e, "Regional Director") == nullptr);
  check_entity(e, "Heba Morayef", "PERSON");
  check_entity(e, "Federally Administered Tribal Areas", "LOC");
  check_entity(e, "Borno", "LOC");
}

TEST_CASE("held-out-110: Ansarul; a patriarchate; a district by a bearing; a neighbouring state; peoples; bylines") {
  auto e = entities_of("By Scroll Staff\n\nAttacks by Ansarul Islam continued. The Greek Orthodox Patriarchate of Antioch "
                       "called for calm.\n\nFifteen bodies were at the hospital in Imphal East. He fled to Aizawl in "
                       "neighbouring Mizoram.\n\nClashes between the Meitei community and the Kuki people spread. \"They "
                       "shouted 'Allahu Akbar',\" a resident said.");
  check_entity(e, "Scroll", "ORG");
  check_entity(e, "Ansarul Islam", "ORG");
  check_entity(e, "Greek Orthodox Patriarchate of Antioch", "ORG");
  check_entity(e, "Imphal East", "LOC");
  check_entity(e, "Mizoram", "LOC");
  check_entity(e, "Meitei", "NORP");
  check_entity(e, "Kuki", "NORP");
  CHECK(find(e, "Allahu Akbar") == nullptr);
  e = entities_of("By Sports Staff\n\nSyria beat Lebanon.");
  CHECK(find(e, "Sports") == nullptr);
}

TEST_CASE("held-out-111: an outlet 'Now'; a town before a governor's title; a group in commas; J&K; a rank") {
  auto e = entities_of("Russian glide bombs kill three in Selydove, Donetsk governor says\n\n"
                       "A bomb hit a monastery, residents told Myanmar Now on Friday. A Fulani rights group, Kisal, said "
                       "it had counted 22 victims.\n\n"
                       "Shells fell along the Line of Control in Jammu and Kashmir's Poonch district. A soldier, Lance "
                       "Naik Dinesh Kumar, was killed.");
  check_entity(e, "Selydove", "LOC");
  check_entity(e, "Myanmar Now", "ORG");
  check_entity(e, "Kisal", "ORG");
  check_entity(e, "Line of Control", "LOC");
  check_entity(e, "Jammu and Kashmir", "LOC");
  check_entity(e, "Dinesh Kumar", "PERSON");
  CHECK(find(e, "Control") == nullptr);
}

TEST_CASE("held-out-112: a local government area; a name given as one; Vodou; a nickname; a date line's outlet") {
  auto e = entities_of("November 19, 2025 | Ukrainska Pravda\n\nGunmen attacked Zike village in Bassa Local Government "
                       "Area of Plateau State late on Sunday, said a woman who asked to be identified only as Maria.\n\n"
                       "The gang leader, Monel \"Mikano\" Felix, controls the area. A Vodou priest blamed the elderly.");
  check_entity(e, "Ukrainska Pravda", "ORG");
  check_entity(e, "Bassa", "LOC");
  check_entity(e, "Plateau", "LOC");
  check_entity(e, "Maria", "PERSON");
  check_entity(e, "Monel \"Mikano\" Felix", "PERSON");
  check_entity(e, "Vodou", "NORP");
}

TEST_CASE("held-out-113: a group's longer name; a people's sections; a state after 'neighbouring'; 'nearby'") {
  auto e = entities_of("Fighters from the Islamic State in the Sahel attacked Tamalat. Another 12 were killed in nearby "
                       "Inchinane.\n\nThe attackers came from neighbouring Warrap State. Clashes pit the Twic Dinka of "
                       "Warrap against the Ngok Dinka of Abyei.\n\nA Syrian official spoke.");
  check_entity(e, "Islamic State in the Sahel", "ORG");
  check_entity(e, "Inchinane", "LOC");
  check_entity(e, "Warrap", "LOC");
  check_entity(e, "Twic Dinka", "NORP");
  check_entity(e, "Ngok Dinka", "NORP");
  CHECK(find(e, "A Syrian") == nullptr);
}

TEST_CASE("held-out-114: an outlet between a place and a date") {
  const auto e = entities_of("Farah, Afghanistan | TOLOnews | May 16, 2018\n\nTaliban fighters attacked Farah city.");
  check_entity(e, "TOLOnews", "ORG");
}

TEST_CASE("held-out-115: a numbered unit before its possessive") {
  const auto e = entities_of("The shells struck the 22nd Infantry Division's headquarters.");
  check_entity(e, "22nd Infantry Division", "ORG");
}

TEST_CASE("held-out-116: a weekday as a given name; an outlet's staff byline") {
  auto e = entities_of("By Premium Times Staff\n\nSunday Oche, a farmer from Ocholonya, said he escaped by hiding in a "
                       "rice field.");
  check_entity(e, "Premium Times", "ORG");
  check_entity(e, "Sunday Oche", "PERSON");
  CHECK(find(e, "Premium Times Staff") == nullptr);
  e = entities_of("Sunday, a day of rest, was calm.");
  check_entity(e, "Sunday", "DATE");
}

TEST_CASE("held-out-116: a place before an office's title; the holder in commas") {
  auto e = entities_of("The Benue State Governor, Samuel Ortom, described the attack as genocide.");
  check_entity(e, "Benue", "LOC");
  check_entity(e, "Samuel Ortom", "PERSON");
  CHECK(find(e, "Benue State Governor") == nullptr);
  e = entities_of("The Kharkiv Governor, Oleh Synehubov, said.");
  check_entity(e, "Kharkiv", "LOC");
  check_entity(e, "Oleh Synehubov", "PERSON");
  e = entities_of("Rescuers of the Syria Civil Defence said.");
  check_entity(e, "Syria Civil Defence", "ORG");
}

TEST_CASE("held-out-116: a place's communities; rebels of a group; an outlet named Standard") {
  auto e = entities_of("Gunmen kill 23 in fresh attack on Agatu communities\n\nAt least 23 people were killed in Agatu.");
  for (const auto& found : e)
    if (found.text == "Agatu") CHECK(found.type == "LOC");
  REQUIRE(find(e, "Agatu") != nullptr);
  e = entities_of("Armed groups including the Mai-Mai and the Burundian rebels of RED-Tabara operate in the highlands.");
  check_entity(e, "Mai-Mai", "ORG");
  check_entity(e, "RED-Tabara", "ORG");
  e = entities_of("Addis Standard\nOctober 15, 2022\n\nAn air strike hit Shire.");
  check_entity(e, "Addis Standard", "ORG");
}

TEST_CASE("held-out-117: two places joined by a hyphen; a speaker's name after a description in commas") {
  auto e = entities_of("The Chaman-Spin Boldak crossing was closed. Traffic on the Kabul-Jalalabad highway stopped.");
  check_entity(e, "Chaman", "LOC");
  check_entity(e, "Spin Boldak", "LOC");
  check_entity(e, "Kabul", "LOC");
  check_entity(e, "Jalalabad", "LOC");
  e = entities_of("The killings were the work of Mai-Mai militias.");
  CHECK(find(e, "Mai") == nullptr);
  e = entities_of("A volunteer who took part in the rescue, Abdulkafi Hamdo, said the strike hit the market.");
  check_entity(e, "Abdulkafi Hamdo", "PERSON");
}

TEST_CASE("held-out-118: an outlet alone on a line before the date; an office of title words alone") {
  auto e = entities_of("Junta air strike kills nine\n\nMizzima\n6 March 2024\n\nA military jet bombed a camp.");
  check_entity(e, "Mizzima", "ORG");
  e = entities_of("Police officers killed\n\nDaily Nation | June 16, 2019\n\nFour officers were killed.");
  check_entity(e, "Daily Nation", "ORG");
  e = entities_of("Dissident attack kills three\n\nEl Tiempo (English edition)\nTUMACO, Colombia, Aug 22, 2023\n\nThree "
                  "officers were killed.");
  check_entity(e, "El Tiempo", "ORG");
  CHECK(find(e, "English") == nullptr);
  // A given name opens a byline's author, not an outlet.
  e = entities_of("Eight civilians killed\n\nJonas Kambale\nDecember 14, 2022\n\nEight civilians were killed.");
  check_entity(e, "Jonas Kambale", "PERSON");
  e = entities_of("The Defence Minister, Iván Velásquez, blamed the group, citing the General Staff.");
  CHECK(find(e, "Defence Minister") == nullptr);
  check_entity(e, "Iván Velásquez", "PERSON");
  check_entity(e, "General Staff", "ORG");
}

TEST_CASE("held-out-119: an acronym spells a name with small words; an outlet over a dateline; a wire's end marker") {
  auto e = entities_of("The Collective against Impunity and Stigmatisation of Communities (CISC) said 58 people died.");
  check_entity(e, "Collective against Impunity and Stigmatisation of Communities", "ORG");
  check_entity(e, "CISC", "ORG");
  e = entities_of("Drone strike kills five\n\nNorth Press Agency\nQAMISHLI, Jan. 9 (North Press) - A Turkish drone struck "
                  "a house.");
  check_entity(e, "North Press Agency", "ORG");
  e = entities_of("Shelling kills two\n\nTwo children were killed on Monday.\n\nEnditem");
  CHECK(find(e, "Enditem") == nullptr);
}

TEST_CASE("held-out-120: an outlet over a line of a place and a date") {
  const auto e = entities_of("Al-Shabaab attack on Dolow base kills 12\n\nGarowe Online\nDolow, Somalia - 22 August "
                             "2022\n\nAt least 12 people were killed on Monday.");
  check_entity(e, "Garowe Online", "ORG");
}

TEST_CASE("held-out-121: ships named after towns; a group before its fighters or after 'rebels from the'") {
  auto e = entities_of("The navy destroyed the Russian landing ship Orsk in Berdyansk. Two other ships, the Saratov and "
                       "the Novocherkassk, had been damaged.");
  CHECK(find(e, "Orsk") == nullptr);
  CHECK(find(e, "Saratov") == nullptr);
  CHECK(find(e, "Novocherkassk") == nullptr);
  check_entity(e, "Berdyansk", "LOC");
  e = entities_of("Fighting broke out between Christian militias and former Seleka rebels after rebels from the "
                  "SPLA-IO ambushed a truck. Pro-government fighters and militants from the North Caucasus joined.");
  check_entity(e, "Seleka", "ORG");
  check_entity(e, "SPLA-IO", "ORG");
  CHECK(find(e, "Pro-government") == nullptr);
  const auto* caucasus = find(e, "North Caucasus");
  if (caucasus) CHECK(caucasus->type != "ORG");
}

TEST_CASE("held-out-122: 'Islamist' names no people; two-word peoples; a country inside a body's name; one-word outlets") {
  auto e = entities_of("Suspected Islamist insurgents attacked. Members of the Beni Amer and Nuba tribes clashed, the "
                       "Central Committee of Sudan Doctors said.");
  CHECK(find(e, "Islamist") == nullptr);
  check_entity(e, "Beni Amer", "NORP");
  check_entity(e, "Nuba", "NORP");
  check_entity(e, "Central Committee of Sudan Doctors", "ORG");
  e = entities_of("Insurgents behead five villagers\n\nLusa\nMaputo, 3 Nov 2023\n\nInsurgents beheaded five villagers.");
  check_entity(e, "Lusa", "ORG");
}

TEST_CASE("held-out-123: a district's sector; an agency named with its country; a bearing opening a sentence") {
  auto e = entities_of("By Press Trust of India\nJammu, July 9, 2024\n\nTwo terrorists were killed in the district's "
                       "Hiranagar sector.");
  check_entity(e, "Press Trust of India", "ORG");
  check_entity(e, "Hiranagar", "LOC");
  CHECK(find(e, "India") == nullptr);
  e = entities_of("Eastern Burkina Faso has been hit by attacks. Southern Africa is dry.");
  check_entity(e, "Burkina Faso", "LOC");
  check_entity(e, "Southern Africa", "LOC");
  CHECK(find(e, "Eastern Burkina Faso") == nullptr);
}

TEST_CASE("held-out-124: peoples' communities after 'and'") {
  const auto e = entities_of("Cycles of revenge raids between the Lou Nuer and Murle communities have killed hundreds.");
  check_entity(e, "Lou Nuer", "NORP");
  check_entity(e, "Murle", "NORP");
}

TEST_CASE("held-out-125: a county of a state; two-word states; sites before 'power station'; an outlet named for a country") {
  auto e = entities_of("At least 15 people were killed in Tonj North County of Warrap State. The River Nile State governor "
                       "spoke. Drones struck the Um Dabakir power station. The Islamic State claimed it.");
  check_entity(e, "Tonj North", "LOC");
  check_entity(e, "Warrap", "LOC");
  check_entity(e, "River Nile", "LOC");
  check_entity(e, "Um Dabakir", "LOC");
  check_entity(e, "Islamic State", "ORG");
  e = entities_of("Sudan: RSF drone strikes Atbara power station\n\nSudan Tribune\nATBARA, January 14, 2025\n\nTwo workers "
                  "were killed.");
  check_entity(e, "Sudan Tribune", "ORG");
}

TEST_CASE("held-out-126: a name listed after 'in X and'; a Karen title; a country's town; named sites; 'near'") {
  auto e = entities_of("The bodies had been recovered in Bushushu and Nyabibwe by Sunday morning. The KNU's spokesman, "
                       "Padoh Saw Taw Nee, spoke. The town lies across the Moei river from Thailand's Mae Sot.");
  check_entity(e, "Nyabibwe", "LOC");
  check_entity(e, "Saw Taw Nee", "PERSON");
  CHECK(find(e, "Padoh Saw Taw Nee") == nullptr);
  check_entity(e, "Mae Sot", "LOC");
  e = entities_of("An airstrike destroyed Haydan hospital. A bomber struck Lal Shahbaz Qalandar shrine. The device "
                  "targeted a patrol near Mir Ali. The drone hit a car between Sinuni and Khanasor. The attack struck "
                  "the Tajoura detention centre. Gunmen fired at visitors in the Baisaran meadow.");
  for (const char* place : {"Haydan", "Lal Shahbaz Qalandar", "Mir Ali", "Khanasor", "Tajoura", "Baisaran"})
    check_entity(e, place, "LOC");
  // Not a part of a name: "the RIA Pizza restaurant".
  e = entities_of("Rescuers cleared the rubble of the RIA Pizza restaurant.");
  CHECK(find(e, "Pizza") == nullptr);
}

TEST_CASE("held-out-127: an outlet over its date; a town after an attack's 'on'; 'or' lists; purposes after 'to'") {
  auto e = entities_of("Two killed in Russian attack on Huliaipole, Zaporizhzhia governor says\n\nUkrinform\n06.03.2024 12:15\n\n"
                       "Russian forces struck Huliaipole on March 5. No casualties were reported in Orikhiv or "
                       "Stepnohirsk. Huliaipole, which had a prewar population of about 13,000, is shelled daily. "
                       "Earlier, Ukrinform reported that a drone killed a man.");
  CHECK(count_type(e, "Ukrinform", "PERSON") == 0);
  CHECK(count_type(e, "Ukrinform", "ORG") == 2);
  CHECK(count_type(e, "Huliaipole", "PERSON") == 0);
  CHECK(count_type(e, "Huliaipole", "LOC") == 3);
  check_entity(e, "Stepnohirsk", "LOC");
  e = entities_of("Landmines have killed 2,000 civilians, according to the UN Mission to Support the Hodeidah Agreement "
                  "(UNMHA). The Committee to Protect Journalists condemned it. The Yemeni Landmine Records group said so. "
                  "The Russian Wagner group denied it. The town lies on the road to the Dominican border. The Collective "
                  "Against Impunity said the victims were men. The mayor told Actualite.cd that 12 people died.");
  check_entity(e, "UN Mission to Support the Hodeidah Agreement", "ORG");
  check_entity(e, "Committee to Protect Journalists", "ORG");
  check_entity(e, "Yemeni Landmine Records", "ORG");
  check_entity(e, "Russian", "NORP");
  check_entity(e, "Wagner", "ORG");
  check_entity(e, "Dominican", "NORP");
  check_entity(e, "Collective Against Impunity", "ORG");
  check_entity(e, "Actualite.cd", "ORG");
  // A place and a date under the outlet's line; two outlets split by a slash.
  e = entities_of("Ethiopia: Drone strike kills 12\n\nAddis Standard\nAddis Abeba, 18 December 2023\n\nA drone hit a bus.");
  check_entity(e, "Addis Abeba", "LOC");
  check_entity(e, "Addis Standard", "ORG");
  e = entities_of("Mozambique: insurgents storm Macomia town\n\nLusa / Zitamar News\n\nMAPUTO, 14 May 2024 - Insurgents "
                  "attacked the town.");
  check_entity(e, "Lusa", "ORG");
  check_entity(e, "Zitamar News", "ORG");
}

TEST_CASE("held-out-128: two-word nicknames; cartels and 'Los' gangs; a group's kind after it; outlets over datelines") {
  auto e = entities_of("The feud between \"Los Chapitos\", the sons of Joaquin \"El Chapo\" Guzman, and the Sinaloa Cartel "
                       "went on. He flew to Los Angeles. The government blamed the RED-Tabara rebel group.");
  check_entity(e, "Joaquin \"El Chapo\" Guzman", "PERSON");
  check_entity(e, "Los Chapitos", "ORG");
  check_entity(e, "Sinaloa Cartel", "ORG");
  check_entity(e, "Los Angeles", "LOC");
  check_entity(e, "RED-Tabara", "ORG");
  e = entities_of("Grenade attacks kill two\n\nSOS Medias Burundi\nBujumbura, 12 May 2022\n\nTwo people were killed.");
  check_entity(e, "SOS Medias Burundi", "ORG");
  e = entities_of("Shelling kills three\n\nTASS\nDONETSK, July 20. /TASS/. Three civilians were killed.");
  CHECK(count_type(e, "TASS", "ORG") == 2);
  check_entity(e, "DONETSK", "LOC");
}

TEST_CASE("held-out-129: an officer's office; houses of parliament; a think tank; years; a currency's letter; attackers") {
  auto e = entities_of("The Ombudsman's Office said it had received reports. The House of Representatives passed its "
                       "own version of the budget of N21.83 trillion, raising the total by N1.32 trillion. In 2021, 145 "
                       "leaders were killed, according to the Indepaz think tank, making 2021 the deadliest year.");
  check_entity(e, "Ombudsman's Office", "ORG");
  check_entity(e, "House of Representatives", "ORG");
  check_entity(e, "Indepaz", "ORG");
  CHECK(count_type(e, "2021", "DATE") == 2);
  CHECK(find(e, "N1") == nullptr);
  CHECK(find(e, "N21") == nullptr);
  e = entities_of("DRC: Eight civilians killed in Mai-Mai attack on Kirumba, North Kivu\n\nEight civilians were killed "
                  "in an attack by Mai-Mai militiamen on Kirumba.");
  CHECK(count_type(e, "Mai-Mai", "ORG") == 2);
  e = entities_of("Nigeria: Senate passes budget for 2023\n\nThe Senate passed it on Wednesday.");
  check_entity(e, "2023", "DATE");
}

TEST_CASE("held-out-130: a dateline's agency opening on a country; a county's police before its commander") {
  auto e = entities_of("Car bomb wounds 11\n\nCALI, Colombia, June 10, 2024 (Colombia Reports) - A car bomb exploded in "
                       "Jamundi.");
  check_entity(e, "Colombia Reports", "ORG");
  e = entities_of("Lamu County Police Commander Moses Murithi said the gunmen fled. The Marsabit County Police Commander "
                  "spoke.");
  check_entity(e, "Lamu", "LOC");
  check_entity(e, "Moses Murithi", "PERSON");
  check_entity(e, "Marsabit", "LOC");
  CHECK(find(e, "Lamu County Police") == nullptr);
}

TEST_CASE("held-out-117's 'the Kandahar police': a town's police names the town (not the Houthis' or Hamas's)") {
  const auto e = entities_of("The Kandahar police said two were killed. The Houthi authorities denied it. The Hamas "
                             "authorities said so.");
  check_entity(e, "Kandahar", "LOC");
  check_entity(e, "Houthi", "NORP");
  check_entity(e, "Hamas", "ORG");
}

TEST_CASE("held-out-131: an outlet over its byline and date, or named by its medium on a line of its own") {
  auto e = entities_of("Plateau: Gunmen kill 23 in fresh Mangu attacks\n\nPremium Times\nBy Marcus Fatunmole\nJanuary 25, "
                       "2024\n\nAt least 23 people were killed on Tuesday night in Mangu, police said.");
  check_entity(e, "Premium Times", "ORG");
  check_entity(e, "Marcus Fatunmole", "PERSON");
  e = entities_of("Myanmar: drone strike kills 11 in Buthidaung\n\nMyanmar Now\nYangon, May 20, 2024\n\nA drone strike "
                  "killed 11 civilians in Buthidaung township on Sunday, residents said.");
  check_entity(e, "Myanmar Now", "ORG");
}

TEST_CASE("held-out-132: an everyday word alone over the date is the outlet; police ranks by initials; 'the civil "
          "organization' before a Spanish body's name") {
  auto e = entities_of("Boko Haram abducts 15 farmers, kills two in Kukawa\n\nVanguard\nBy Ndahi Marama, Maiduguri\nJune 3, "
                       "2024\n\nThe spokesman of the Borno State Police Command, ASP Nahum Daso, said 11 of the abducted "
                       "were women.");
  check_entity(e, "Vanguard", "ORG");
  check_entity(e, "Nahum Daso", "PERSON");
  CHECK(find(e, "ASP Nahum Daso") == nullptr);
  e = entities_of("Boko Haram abducts 15 farmers\n\nPolitics\nJune 3, 2024\n\nInsurgents abducted 15 farmers, police said.");
  CHECK(find(e, "Politics") == nullptr);
  e = entities_of("According to the civil organization Causa en Común, 412 police officers were murdered in Mexico in 2022.");
  check_entity(e, "Causa en Común", "ORG");
}

TEST_CASE("held-out-133: a district's or county's kind stays out; a title's name takes the body's type") {
  auto e = entities_of("Karamoja: Warriors kill four soldiers, steal 200 cattle in Moroto raid\n\nDaily Monitor\nBy Steven "
                       "Ariong\nMoroto, 12 October 2022\n\nRaiders attacked a kraal in Nadunget sub-county, Moroto District. "
                       "At least 60 people have been killed in raids across the Karamoja sub-region this year.");
  CHECK(count_type(e, "Karamoja", "LOC") == 2);
  check_entity(e, "Daily Monitor", "ORG");
  CHECK(find(e, "Moroto District") == nullptr);
  CHECK(count_type(e, "Moroto", "LOC") == 3);
  e = entities_of("She said 14 ballot boxes had gone missing in Grand Gedeh County and in Nimba County.");
  check_entity(e, "Grand Gedeh", "LOC");
  check_entity(e, "Nimba", "LOC");
}

TEST_CASE("held-out-134: a commissioner's district before his name; an outlet named '... Today' is no date") {
  auto e = entities_of("Deputy Commissioner Noshki Habibullah Musakhel said two passengers were injured. Akobo County "
                       "Commissioner Puok Both Baluang said 32 bodies were recovered.");
  check_entity(e, "Noshki", "LOC");
  check_entity(e, "Habibullah Musakhel", "PERSON");
  check_entity(e, "Puok Both Baluang", "PERSON");
  e = entities_of("Israeli strikes on south Lebanon kill paramedics\n\nL'Orient Today\nBeirut, 27 March 2024\n\nTwo "
                  "paramedics were killed on Wednesday, the ministry told USA Today.");
  check_entity(e, "L'Orient Today", "ORG");
  CHECK(count_type(e, "Today", "DATE") == 0);
  CHECK(count_type(entities_of("Today, the ministry said two paramedics were killed."), "Today", "DATE") == 1);
}

TEST_CASE("held-out-135: an outlet a nationality or an elided article opens; a group as 'a shadow outfit of'") {
  auto e = entities_of("Four soldiers killed in Doda\n\nThe Indian Express\nJammu, July 16, 2024\n\nFour soldiers were "
                       "killed. Kashmir Tigers, a shadow outfit of the Pakistan-based Jaish-e-Mohammed, claimed "
                       "responsibility.");
  check_entity(e, "Indian Express", "ORG");
  CHECK(find(e, "Indian") == nullptr);
  check_entity(e, "Kashmir Tigers", "ORG");
  e = entities_of("Burkina Faso: 15 civilians killed near Diapaga\n\nAgence d'Information du Burkina\nFada N'Gourma, 8 "
                  "June 2023\n\nFifteen civilians, among them an Ecuadorean aid worker, were killed on Wednesday.");
  check_entity(e, "Agence d'Information du Burkina", "ORG");
  CHECK(find(e, "Burkina") == nullptr);
  check_entity(e, "Ecuadorean", "NORP");
}

TEST_CASE("held-out-136: Thai police ranks") {
  const auto e = entities_of("Pol Col Somchai Rattanapong, the district police chief, said the bomb was hidden in a pipe.");
  check_entity(e, "Somchai Rattanapong", "PERSON");
  CHECK(find(e, "Pol") == nullptr);
}

TEST_CASE("held-out-137: a commune; an outlet's language alone in brackets") {
  auto e = entities_of("Bakary Traore, the mayor of Diabaly commune, said 12 people were killed.");
  check_entity(e, "Diabaly", "LOC");
  e = entities_of("Drone attack kills 3 police officers near Apatzingan\n\nEl Universal (English)\nMarch 3, 2024\n\nThree "
                  "state police officers were killed, the secretariat said.");
  check_entity(e, "El Universal", "ORG");
  CHECK(find(e, "English") == nullptr);
  // (A dated dateline's place is a place, though "tubas" is an everyday word.)
  e = entities_of("Israeli strike kills five\n\nWAFA\nTubas, 29 August 2024\n\nFive Palestinians were killed on "
                  "Thursday.");
  CHECK(count_type(e, "Tubas", "LOC") == 1);
  check_entity(e, "WAFA", "ORG");
}

TEST_CASE("held-out-138: the outlet after a bar that closes a byline") {
  auto e = entities_of("Nine dead in Catatumbo clashes\n\nBy Laura Méndez | EL COLOMBIANO\nTibú, 3 April 2025\n\nNine "
                       "people were killed, the ombudsman said.");
  check_entity(e, "EL COLOMBIANO", "ORG");
  check_entity(e, "Laura Méndez", "PERSON");
  // (A second writer after the bar stays a person.)
  e = entities_of("Nine dead in clashes\n\nBy Laura Méndez | Daniel Ortega\nTibú, 3 April 2025\n\nNine people were "
                  "killed.");
  CHECK(find(e, "Daniel Ortega") != nullptr);
  CHECK(count_type(e, "Daniel Ortega", "ORG") == 0);
}

TEST_CASE("held-out-139: 'Western' opening a region's name; an outlet over a byline over a dateline; a barangay") {
  auto e = entities_of("Eight people were killed in Tambura County, Western Equatoria State, on Saturday. Western "
                       "Equatoria State Information Minister Daniel Zingifuaboro said five were arrested. Western "
                       "diplomats condemned the attack.");
  CHECK(count_type(e, "Western Equatoria", "LOC") == 2);
  CHECK(count_type(e, "Western", "LOC") == 0);
  e = entities_of("Soldier killed in Kidapawan clash\n\nPhilippine News Agency\nBy Noel Punzalan\nKIDAPAWAN CITY, "
                  "Cotabato -- One soldier was killed in a clash in Barangay Gayola on Thursday, the Army said.");
  check_entity(e, "Philippine News Agency", "ORG");
  check_entity(e, "Gayola", "LOC");
  CHECK(find(e, "Barangay Gayola") == nullptr);
}

TEST_CASE("held-out-139: 'the Army' names a nation's army, not a rebel one") {
  auto e = entities_of("Three members of the New People's Army were killed, the Army said.");
  check_entity(e, "Army", "ORG", "Army");
  e = entities_of("The Syrian Arab Army took the town. The Army said 20 rebels were killed.");
  check_entity(e, "Army", "ORG", "Syrian Arab Army");
}

TEST_CASE("held-out-140: a dateline's whole date before a spaced dash; a given name sharing a surname") {
  auto e = entities_of("Drone strike kills 12\n\nAddis Standard\nAddis Abeba, 9 October 2024 – A drone strike hit the "
                       "bus station.");
  check_entity(e, "Addis Abeba", "LOC");
  e = entities_of("The ministry named the brothers as Reda and Hamza Bisharat.");
  check_entity(e, "Reda", "PERSON");
  check_entity(e, "Hamza Bisharat", "PERSON");
  e = entities_of("SUWAYDA, Syria (SANA/Agencies) – At least 27 people were killed.");
  check_entity(e, "SANA", "ORG");
  CHECK(find(e, "Agencies") == nullptr);
}

TEST_CASE("held-out-141: a place's community after 'in' names no people; a year before 'budget'") {
  auto e = entities_of("Gunmen kill 12 miners in Plateau community\n\nGunmen killed 12 miners in Kanam, Plateau State, "
                       "on Saturday. Clashes hit the Hema community.");
  CHECK(count_type(e, "Plateau", "NORP") == 0);
  check_entity(e, "Hema", "NORP");
  e = entities_of("Somali parliament approves 2025 budget after heated debate");
  check_entity(e, "2025", "DATE");
}

TEST_CASE("held-out-143: an outlet a country names, alone on its line over the date") {
  for (const char* outlet : {"Colombia One", "Haiti Libre"}) {
    const auto e = entities_of(std::string("Car bomb kills two\n\n") + outlet + "\nJune 11, 2025\n\nA car bomb exploded "
                               "in Cali, killing two people.");
    check_entity(e, outlet, "ORG");
  }
}

TEST_CASE("held-out-144: an outlet over a story opening 'QUETTA:'; a body's head word owning what follows") {
  auto e = entities_of("Nine passengers shot dead in Loralai\n\nThe Express Tribune\nQUETTA: At least nine passengers "
                       "were shot dead, officials said.");
  check_entity(e, "Express Tribune", "ORG");
  e = entities_of("Security forces foiled an attack on the Pakistan Air Force's training base in Mianwali.");
  check_entity(e, "Pakistan Air Force", "ORG");
  CHECK(find(e, "Air Force") == nullptr);
}
TEST_CASE("held-out-145: an outlet over a story its date opens; an agency opening the story") {
  auto e = entities_of("Shelling kills 12 in Abu Shouk\n\nSudan Tribune\nJuly 14, 2024 (EL FASHER) – Artillery shells "
                       "killed 12 people.");
  check_entity(e, "Sudan Tribune", "ORG");
  check_entity(e, "EL FASHER", "LOC");
  e = entities_of("Drone strike kills two\n\nNNA - An Israeli drone strike on a car killed two people.");
  check_entity(e, "NNA", "ORG");
}
TEST_CASE("held-out-146: an acronym after the kind of body it is; a district by its initials 'LGA'") {
  auto e = entities_of("At least 31 inmates were killed, the prison authority SNAI said on Tuesday.");
  check_entity(e, "SNAI", "ORG");
  e = entities_of("Last week, bandits abducted more than 30 people in neighbouring Maru LGA.");
  check_entity(e, "Maru", "LOC");
  CHECK(find(e, "Maru LGA") == nullptr);
}
TEST_CASE("held-out-147: an outlet over a dash dateline") {
  const auto e = entities_of("Explosion at Kabul mosque kills 7\n\nTOLOnews\nKabul - An explosion ripped through a mosque, "
                             "killing seven worshippers.");
  check_entity(e, "TOLOnews", "ORG");
}
TEST_CASE("held-out-147: a body a country opens, a group's noun after it") {
  const auto e = entities_of("The RSF killed 38 civilians on Tuesday, the Sudan Emergency Lawyers group said.");
  check_entity(e, "Sudan Emergency Lawyers", "ORG");
  CHECK(find(e, "Emergency Lawyers") == nullptr);
}
TEST_CASE("held-out-147: a word run into a number is a brand") {
  const auto e = entities_of("A resident who escaped told Darfur24 by phone that the attackers came in 40 vehicles.");
  check_entity(e, "Darfur24", "ORG");
}
TEST_CASE("held-out-148: 'Norte de Santander' whole, after a title's 'of' too") {
  const auto e = entities_of("The governor of Norte de Santander, William Villamizar, said on Sunday.");
  check_entity(e, "Norte de Santander", "LOC");
  check_entity(e, "William Villamizar", "PERSON");
}
TEST_CASE("held-out-148: an office's title before a body's acronym names the body") {
  const auto e = entities_of("\"The terrorists used women and children as human shields,\" the DG ISPR said.");
  check_entity(e, "ISPR", "ORG");
  CHECK(find(e, "DG ISPR") == nullptr);
}
TEST_CASE("held-out-148: a country-opened outlet right under the headline, over the story") {
  const auto e = entities_of("Haiti: death toll rises to 115, UN says\n\nHaiti Libre\nThe death toll from the attack "
                             "on Pont-Sonde has risen to at least 115, the UN said on Tuesday.");
  check_entity(e, "Haiti Libre", "ORG");
}
TEST_CASE("held-out-149: an outlet right under the headline, over a byline or the story") {
  auto e = entities_of("ISWAP fighters overrun army base\n\nHumAngle\nBy Abdulkareem Haruna\n\nFighters overran a "
                       "military base in Malam-Fatori on Monday night.");
  check_entity(e, "HumAngle", "ORG");
  e = entities_of("Arakan Army says 30 soldiers killed\n\nMizzima Weekly\nThe Arakan Army said on Thursday that it "
                  "had killed 30 soldiers.");
  check_entity(e, "Mizzima Weekly", "ORG");
}
TEST_CASE("held-out-149: an outlet whose name ends in an outlet's word, a given name first") {
  const auto e = entities_of("Separatists kill five in Bamenda\n\nMimi Mefo Info\nBAMENDA, Cameroon – Separatist "
                             "fighters killed five civilians on Sunday.");
  check_entity(e, "Mimi Mefo Info", "ORG");
}
TEST_CASE("held-out-151: a state owning the place after it is the state's name") {
  const auto e = entities_of("Armed youth attacked cattle camps in Jonglei State's Duk County on Saturday.");
  check_entity(e, "Jonglei", "LOC");
  CHECK(find(e, "Jonglei State") == nullptr);
}
TEST_CASE("held-out-152: an outlet credited alone on its byline keeps its 'The'") {
  const auto e = entities_of("Junta airstrike kills 40 villagers, residents say\nBy The Irrawaddy\n11 March 2025\n\nAt "
                             "least 40 civilians were killed on Monday, residents said.");
  check_entity(e, "The Irrawaddy", "ORG");
  CHECK(find(e, "Irrawaddy") == nullptr);
}
TEST_CASE("held-out-152: names in a story's headline listed as a link are names") {
  const auto e = entities_of("The coalition said it had taken all measures to protect civilians.\n\nMost read\n"
                             "Houthis say they downed US drone\n");
  check_entity(e, "US", "LOC");
}
TEST_CASE("held-out-153: a police rank's branch is part of the title, not the name") {
  const auto e = entities_of("Quetta SSP Operations Muhammad Baloch said the bomber targeted a group of soldiers.");
  check_entity(e, "Muhammad Baloch", "PERSON");
  CHECK(find(e, "Operations Muhammad Baloch") == nullptr);
}
TEST_CASE("held-out-153: a named train is no organisation") {
  auto e = entities_of("The bomber targeted soldiers waiting for the Jaffar Express to Peshawar.");
  CHECK(find(e, "Jaffar Express") == nullptr);
  check_entity(e, "Peshawar", "LOC");
  e = entities_of("The Jaffar Express, carrying about 440 people from Quetta to Peshawar, was ambushed on Tuesday.");
  CHECK(find(e, "Jaffar Express") == nullptr);
}
TEST_CASE("held-out-154: a known name after an allegiance prefix, then a group's own name") {
  const auto e = entities_of("Troops killed 11 members of the pro-IS Dawlah Islamiyah group in Maguindanao del Sur.");
  check_entity(e, "IS", "ORG");
  check_entity(e, "Dawlah Islamiyah", "ORG");
}
TEST_CASE("held-out-155: a business named before its kind is an organisation") {
  const auto e = entities_of("Russia struck the Epicentr hardware store in Kharkiv with two guided bombs.");
  check_entity(e, "Epicentr", "ORG");
  check_entity(e, "Kharkiv", "LOC");
}
TEST_CASE("held-out-155: a rebel alliance's 'Framework' heads its long name") {
  const auto e = entities_of("A spokesman for the Strategic Framework for the Defence of the People of Azawad (CSP-DPA) "
                             "said its fighters had killed 47 soldiers.");
  check_entity(e, "Strategic Framework for the Defence of the People of Azawad", "ORG");
  CHECK(find(e, "Azawad") == nullptr);
}
TEST_CASE("held-out-156: a body's name runs across 'in' to a field that names no place") {
  const auto e = entities_of("At least 628 people were kidnapped, according to the Center for Analysis and Research in "
                             "Human Rights.");
  check_entity(e, "Center for Analysis and Research in Human Rights", "ORG");
  CHECK(find(e, "Human Rights") == nullptr);
}
TEST_CASE("held-out-156: 'Ministries' heads a body's name; a gang named with its number") {
  auto e = entities_of("Sixteen were U.S. citizens, according to Christian Aid Ministries, a charity.");
  check_entity(e, "Christian Aid Ministries", "ORG");
  e = entities_of("Members of the 400 Mawozo gang kidnapped 17 missionaries.");
  check_entity(e, "400 Mawozo", "ORG");
}
TEST_CASE("held-out-156: what a group is based in is a place, known or not") {
  const auto e = entities_of("The Ohio-based group said the Hsinchu-based firm had shipped the parts.");
  check_entity(e, "Ohio", "LOC");
  check_entity(e, "Hsinchu", "LOC");
}
TEST_CASE("'the', a nationality and an outlet's word name a paper, not a nationality") {
  auto e = entities_of("The Indian Express reported that four soldiers were killed in Doda.");
  check_entity(e, "Indian Express", "ORG");
  CHECK(find(e, "Indian") == nullptr);
  e = entities_of("He told the Syrian Observer that the Syrian army had shelled the town.");
  check_entity(e, "Syrian Observer", "ORG");
  check_entity(e, "Syrian", "NORP");
}
TEST_CASE("an allegiance prefix before a known person, or an unknown name, then a body's own name") {
  auto e = entities_of("Fighters of the pro-Assad National Defence Forces shelled the village.");
  check_entity(e, "Assad", "PERSON");
  check_entity(e, "National Defence Forces", "ORG");
  e = entities_of("The pro-Hadi Southern Giants Brigades said three of its fighters died.");
  check_entity(e, "Southern Giants Brigades", "ORG");
}
TEST_CASE("held-out-124: a body's fields listed across commas and 'and' stay in its name") {
  auto e = entities_of("The Permanent Strategic Framework for Peace, Security and Development said five died.");
  check_entity(e, "Permanent Strategic Framework for Peace, Security and Development", "ORG");
  CHECK(find(e, "Development") == nullptr);
  e = entities_of("The Ministry of Health, Gaza and Hamas officials said so.");
  check_entity(e, "Ministry of Health", "ORG");
  check_entity(e, "Gaza", "LOC");
}
TEST_CASE("held-out-159: a channel's number is its name") {
  auto e = entities_of("Bat Yam Mayor Tzvika Brot told Channel 12 that entire floors had collapsed.");
  check_entity(e, "Channel 12", "ORG");
  CHECK(find(e, "Channel") == nullptr);
  e = entities_of("The Channel 4 News team filmed the ruins.");
  check_entity(e, "Channel 4 News", "ORG");
}
TEST_CASE("held-out-159: weapons and aircraft are no entities") {
  const auto e = entities_of("The Black Hawk came under fire near Amalfi as Shahed drones struck Kharkiv.");
  CHECK(find(e, "Black Hawk") == nullptr);
  CHECK(find(e, "Shahed") == nullptr);
  check_entity(e, "Amalfi", "LOC");
  check_entity(e, "Kharkiv", "LOC");
}
TEST_CASE("held-out-159: a school named for a person, describing words before 'school', is an organisation") {
  const auto e = entities_of("A truck blew up beside the Marco Fidel Suarez military aviation school in Cali.");
  check_entity(e, "Marco Fidel Suarez", "ORG");
  check_entity(e, "Cali", "LOC");
}
TEST_CASE("held-out-160: a name in a list of places, left out or read as a person's, is a place") {
  const auto e = entities_of("Afghan forces opened fire at several points along the frontier, including Angoor Adda, "
                             "Bajaur, Kurram and Dir.");
  check_entity(e, "Angoor Adda", "LOC");
  check_entity(e, "Kurram", "LOC");
  const auto people = entities_of("The talks brought together John Smith, Ahmed Ali, Paris and London.");
  check_entity(people, "Ahmed Ali", "PERSON");
}
TEST_CASE("held-out-160: the Taliban's 'Islamic Emirate' is a body, not a nationality") {
  const auto e = entities_of("\"The Islamic Emirate will defend its borders,\" Mujahid said.");
  check_entity(e, "Islamic Emirate", "ORG");
  CHECK(find(e, "Islamic") == nullptr);
}
TEST_CASE("held-out-161: a gang named for a place, four words with a particle, is an organisation") {
  const auto e = entities_of("The city has been torn by a turf war with the local Santa Rosa de Lima gang.");
  check_entity(e, "Santa Rosa de Lima", "ORG");
}
TEST_CASE("held-out-161: where a resident lives is a place, though its first word reads as a given name") {
  const auto e = entities_of("\"We ran,\" said Suda Phimsai, 52, a resident of Ban Phue in Surin province.");
  check_entity(e, "Suda Phimsai", "PERSON");
  check_entity(e, "Ban Phue", "LOC");
}
TEST_CASE("held-out-161: a post ending in 'Officer' is no entity; India's time zone after a clock is none") {
  auto e = entities_of("The Police Public Relations Officer in the state, DSP Abubakar Sadiq Aliyu, said so.");
  CHECK(find(e, "Police Public Relations Officer") == nullptr);
  check_entity(e, "Abubakar Sadiq Aliyu", "PERSON");
  e = entities_of("Delhi car blast kills 8\nHindustan Times\nNov 10, 2025 11:58 PM IST\n\nNew Delhi: At least eight "
                  "people were killed.");
  CHECK(find(e, "PM IST") == nullptr);
  check_entity(e, "Hindustan Times", "ORG");
}
TEST_CASE("held-out-162: a people's plural possessive ends its name; Magen David Adom is a body") {
  auto e = entities_of("Mahdi al-Mashat, head of the Houthis' Supreme Political Council, said so.");
  check_entity(e, "Houthis", "NORP");
  check_entity(e, "Supreme Political Council", "ORG");
  e = entities_of("Magen David Adom said five of the victims were pronounced dead at the scene.");
  check_entity(e, "Magen David Adom", "ORG");
}
TEST_CASE("held-out-162: 'the', a month, then an event it dates") {
  const auto e = entities_of("Aoun called the strike a blatant violation of the November ceasefire.");
  check_entity(e, "November", "DATE");
}
TEST_CASE("held-out-163: a federation's member republic is a place; a name after the kind of body is that body") {
  auto e = entities_of("Armed men attacked two churches in the republic of Dagestan on Sunday. Dagestan declared "
                       "three days of mourning.");
  check_entity(e, "Dagestan", "LOC");
  for (const auto& x : e) CHECK(x.type != "PERSON");
  e = entities_of("Seven people working for the charity World Central Kitchen have been killed.");
  check_entity(e, "World Central Kitchen", "ORG");
}
TEST_CASE("held-out-163: a headline's unsure name takes the body's type and casts no vote of its own") {
  const auto e = entities_of("Dagestan attacks: priest and police officers among dead\n\nArmed men attacked two "
                             "churches in the Russian republic of Dagestan on Sunday, the governor said. Sergei "
                             "Melikov said six attackers had been killed. Dagestan declared three days of mourning. "
                             "Father Nikolai Kotelnikov had his throat cut. At least 25 people were wounded, the "
                             "Dagestan health ministry said.");
  size_t places = 0;
  for (const auto& x : e)
    if (x.text == "Dagestan") {
      CHECK(x.type == "LOC");
      ++places;
    }
  CHECK(places >= 3);
}

TEST_CASE("held-out-164: a holiday's name is no place; a big city keeps its everyday first word") {
  const auto e = entities_of("New Orleans attack: 14 killed\n\nA man drove a truck into a crowd celebrating New "
                             "Year's on Bourbon Street in New Orleans.");
  CHECK(find(e, "New Year") == nullptr);
  check_entity(e, "New Orleans", "LOC");
  for (const auto& x : e) CHECK(x.text != "Orleans");
}
TEST_CASE("held-out-165: a headline's capitalised word for a person is no name") {
  const auto e = entities_of("Serbia school shooting: Boy, 13, kills eight pupils and guard in Belgrade\n\nA boy "
                             "opened fire at a school in Belgrade.");
  CHECK(find(e, "Boy") == nullptr);
  check_entity(e, "Belgrade", "LOC");
}
TEST_CASE("held-out-166: South Asian clerics' titles stay outside the name") {
  const auto e = entities_of("The bomber killed the seminary's deputy head, Maulana Hamid ul Haq Haqqani, police said. "
                             "He was the son of Maulana Samiul Haq.");
  check_entity(e, "Hamid ul Haq Haqqani", "PERSON");
  check_entity(e, "Samiul Haq", "PERSON");
}
TEST_CASE("held-out-167: a given name that is also a place's, before a surname the speaker's") {
  auto e = entities_of("\"The government must answer,\" said Sudan Gurung, one of the organisers.");
  check_entity(e, "Sudan Gurung", "PERSON");
  CHECK(find(e, "Sudan") == nullptr);
  e = entities_of("\"It is over,\" said Jordan Smith, a resident. Fighting in Jordan went on.");
  check_entity(e, "Jordan Smith", "PERSON");
  check_entity(e, "Jordan", "LOC");
}
TEST_CASE("held-out-167: a state before its office, a letter alone and a holiday ending a name") {
  auto e = entities_of("Among the dead was a boy, Saxony-Anhalt state premier Reiner Haseloff told reporters.");
  check_entity(e, "Saxony-Anhalt", "LOC");
  check_entity(e, "Reiner Haseloff", "PERSON");
  e = entities_of("Police fired on Gen Z protesters in Kathmandu.");
  CHECK(find(e, "Z") == nullptr);
  check_entity(e, "Kathmandu", "LOC");
  e = entities_of("Car driven into Magdeburg Christmas market kills five\n\nA man drove into a crowd in Magdeburg.");
  CHECK(find(e, "Magdeburg Christmas") == nullptr);
  check_entity(e, "Magdeburg", "LOC");
}
TEST_CASE("held-out-168: a constable's title, a town before its mayor, a name before '-themed'") {
  auto e = entities_of("Chief Constable Serena Kennedy told reporters.");
  check_entity(e, "Serena Kennedy", "PERSON");
  e = entities_of("Kenscoff Mayor Massillon Jean told The Associated Press.");
  check_entity(e, "Kenscoff", "LOC");
  check_entity(e, "Massillon Jean", "PERSON");
  e = entities_of("Children were attacked at a Taylor Swift-themed dance class.");
  check_entity(e, "Taylor Swift", "PERSON");
  CHECK(find(e, "Taylor Swift-themed") == nullptr);
}
TEST_CASE("held-out-169: a town named with its article's second part keeps its first word alone") {
  const auto e = entities_of("Regime forces shelled the town of Moadamiyeh al-Sham on Saturday, activists said.\n\n"
                             "Moadamiyeh has been under siege by the army for months.");
  check_entity(e, "Moadamiyeh al-Sham", "LOC");
  check_entity(e, "Moadamiyeh", "LOC");
}
TEST_CASE("held-out-170: an ideology's adjective before its followers names no body") {
  const auto e = entities_of("No group claimed the attack, but Sunni Islamist militants linked to al Qaeda often "
                             "target pilgrims.");
  CHECK(find(e, "Islamist") == nullptr);
  check_entity(e, "Sunni", "NORP");
}
TEST_CASE("held-out-167: a holiday naming the kind of market is no date") {
  const auto e = entities_of("A man drove a car into crowds at a Christmas market in Magdeburg on Christmas Day.");
  CHECK(find(e, "Christmas") == nullptr);
  check_entity(e, "Christmas Day", "DATE");
  check_entity(e, "Magdeburg", "LOC");
}
