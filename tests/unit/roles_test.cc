#include "segment/roles.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace sift;
using namespace sift::test;
using V = std::vector<std::string>;

TEST_CASE("classify_paragraphs on a wire story: title, dateline span, credit line") {
  const auto a = analyze_text(fixture("wire_reuters.txt"));
  const auto k = kinds(a);
  REQUIRE(k.size() == 7);
  CHECK(k[0] == "title");
  CHECK(k[1] == "body");  // the dateline opens the first body paragraph
  CHECK(k[6] == "signoff");
  REQUIRE(a.roles.dateline);
  const auto& d = *a.roles.dateline;
  CHECK(d.span.of(a.normalized.text) == "BEIRUT, March 10 (Reuters) -");
  CHECK(d.place.of(a.normalized.text) == "BEIRUT");
  CHECK(d.date.of(a.normalized.text) == "March 10");
  CHECK(d.agency.of(a.normalized.text) == "Reuters");
  CHECK(d.paragraph == 1);
}

TEST_CASE("classify_paragraphs on a broadsheet: byline, heading, boilerplate") {
  const auto a = analyze_text(fixture("broadsheet.txt"));
  CHECK(kinds(a) == V{"title", "byline", "dateline", "body", "body", "heading", "body", "body",
                      "boilerplate", "boilerplate", "boilerplate"});
}

TEST_CASE("classify_paragraphs on a tabloid page marks ads and prompts, not reporting") {
  const auto a = analyze_text(fixture("tabloid.txt"));
  CHECK(kinds(a) == V{"title", "boilerplate", "body", "body", "body", "boilerplate", "boilerplate",
                      "boilerplate"});
  for (const auto& r : a.roles.paragraphs)
    if (r.kind == ParagraphKind::kBoilerplate) CHECK(std::string(r.reason).size() > 0);
}

TEST_CASE("classify_paragraphs on a forwarded e-mail: headers and salutation") {
  const auto a = analyze_text(fixture("forwarded_email.txt"));
  const auto k = kinds(a);
  const auto t = paragraph_texts(a);
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].rfind("From:", 0) == 0 || t[i].rfind("Subject:", 0) == 0 || t[i].find("Forwarded") != std::string::npos)
      CHECK(k[i] == "boilerplate");
    if (t[i].rfind("Our contact", 0) == 0) CHECK(k[i] == "body");
  }
  CHECK(k[k.size() - 2] == "signoff");
  CHECK(k.back() == "signoff");
}

TEST_CASE("classify_paragraphs: standalone dateline, agency sign-off, compiled-from line") {
  const auto a = analyze_text("DAMASCUS (AFP) --\nRebels said they shot down a jet.\nCompiled from agency reports\n");
  CHECK(kinds(a) == V{"dateline", "body", "signoff"});
  const auto b = analyze_text("Heavy fighting raged in Homs today, activists said.\nThe army denied it.\nReuters\n");
  CHECK(kinds(b) == V{"body", "body", "signoff"});
}

TEST_CASE("parse_dateline rejects ordinary sentences") {
  const std::string s = "The army - backed by tanks - advanced.";
  CHECK_FALSE(parse_dateline(s, {0, static_cast<uint32_t>(s.size())}));
  const std::string t = "Homs, Syria (AP) - Shelling resumed.";
  const auto d = parse_dateline(t, {0, static_cast<uint32_t>(t.size())});
  REQUIRE(d);
  CHECK(d->place.of(t) == "Homs");
  CHECK(d->agency.of(t) == "AP");
}

TEST_CASE("parse_dateline reads a rights group's bracketed place and date") {
  const std::string t = "(Erbil, July 9, 2017) - A coalition airstrike on a house in western Mosul killed 27.";
  const auto d = parse_dateline(t, {0, static_cast<uint32_t>(t.size())});
  REQUIRE(d);
  CHECK(d->place.of(t) == "Erbil");
  CHECK(d->date.of(t) == "July 9, 2017");
  CHECK(d->span.of(t) == "(Erbil, July 9, 2017) -");
  const std::string beirut = "(Beirut) -- Syrian forces detained 12.";
  REQUIRE(parse_dateline(beirut, {0, static_cast<uint32_t>(beirut.size())}));
  // A bracketed aside is no dateline.
  for (const std::string s : {std::string("(Reuters) Fighting resumed."), std::string("(Updated at 5 pm) - Fighting resumed."),
                              std::string("(and his son) - were killed")}) {
    CAPTURE(s);
    CHECK_FALSE(parse_dateline(s, {0, static_cast<uint32_t>(s.size())}));
  }
  // The release's date anchors its "today".
  const auto a = analyze_text("Iraq: Airstrike Killed 27\n(Erbil, July 9, 2017) - The strike killed 27 civilians, Human Rights Watch said today.\n");
  REQUIRE(a.anchor_date);
  CHECK(a.anchor_date->month == 7);
  CHECK(a.anchor_date->day == 9);
}

TEST_CASE("classify_paragraphs on a scraped broadcaster page: outlet under the byline, links under a label") {
  const auto a = analyze_text(fixture("scraped_broadcaster.txt"));
  CHECK(kinds(a) == V{"boilerplate", "title", "byline", "byline", "dateline", "boilerplate", "boilerplate",
                      "boilerplate", "boilerplate", "body", "boilerplate", "body", "boilerplate", "body",
                      "boilerplate", "boilerplate", "boilerplate", "boilerplate"});
  // The publication line below the byline anchors the story's "Sunday".
  REQUIRE(a.anchor_date);
  CHECK(a.anchor_date->year == 2017);
  CHECK(a.anchor_date->month == 3);
  CHECK(a.anchor_date->day == 12);
}

TEST_CASE("classify_paragraphs under a standfirst: a date-only line near the top, a SOURCE credit at the end") {
  const auto a = analyze_text(fixture("scraped_standfirst.txt"));
  CHECK(kinds(a) == V{"title", "body", "dateline", "body", "body", "body", "body", "signoff", "boilerplate",
                      "boilerplate"});
}

TEST_CASE("classify_paragraphs: a place and a bar before the publication date is a date line, and the wire dateline follows") {
  const auto a = analyze_text(
      "Syrian forces pound rebel-held district of Aleppo\n\nBy Mariam Karouny\n\n"
      "BEIRUT | Tue Mar 13, 2012 4:12pm EDT\n\n"
      "BEIRUT (Reuters) - Syrian government forces shelled the Salaheddine district of Aleppo on Tuesday.\n\n"
      "Residents said the shelling went on all night.");
  CHECK(kinds(a) == V{"title", "byline", "dateline", "body", "body"});
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->span.of(a.normalized.text) == "BEIRUT (Reuters) -");
  // A bar inside a sentence is no date line.
  const auto b = analyze_text("Fighting in Homs\n\nRebels | Government forces traded fire on Monday near the city.");
  CHECK(kinds(b) == V{"title", "body"});
}

TEST_CASE("classify_paragraphs: 'Read also:' and 'You may also like' lines link to other stories") {
  const auto a = analyze_text("Missile strike kills 50\n\nA missile strike killed 50 people in Kramatorsk on Friday.\n\n"
                              "Read also: Kyiv Oblast: 1,222 bodies found after Russian retreat, prosecutor says\n\n"
                              "You may also like: Shelling in Kharkiv kills three");
  CHECK(kinds(a) == V{"title", "body", "boilerplate", "boilerplate"});
}

TEST_CASE("classify_paragraphs: a mixed-case dateline with its country and an em dash") {
  const auto a = analyze_text("RSF shelling kills dozens\n\nNairobi, Kenya \xE2\x80\x94 Shelling on the Zamzam camp killed "
                              "nearly 100 people, an aid group said.");
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "Nairobi");
  CHECK_FALSE(analyze_text("Syria: regime raids kill 31\n\nHoms: Shelling killed five people.").roles.dateline);
}

TEST_CASE("classify_paragraphs: a dateline of two bureaus is placed at the first") {
  // Held-out-22 (h104).
  const auto a = analyze_text("Strike kills dozens\n\nCAIRO/JERUSALEM, Aug 10 (Reuters) - An air strike on a school in "
                              "Gaza City killed more than 90 people.");
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "CAIRO");
  REQUIRE(a.extraction.casualties.size() == 2);
  CHECK(a.extraction.casualties[1].location == "Gaza City");
}

TEST_CASE("classify_paragraphs: SANA's dateline, a place and the agency's acronym before a dash") {
  // Held-out-28 (h133).
  const auto a = analyze_text("Two citizens martyred\n\nHama, SANA \xE2\x80\x93 Terrorists targeted Mhardeh city with rocket "
                              "shells, claiming the lives of two citizens.");
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "Hama");
  CHECK(a.roles.dateline->agency.of(a.normalized.text) == "SANA");
}

TEST_CASE("classify_paragraphs: two section names set off by a bar are navigation, not the title") {
  // Held-out-34 (h161).
  const auto a = analyze_text("Skip to main content\n\nWorld | Middle East\n\nUN suspends Syria aid convoys after deadly "
                              "attack near Aleppo\n\nGENEVA/BEIRUT (AFP) - The United Nations on Tuesday suspended all "
                              "aid convoys after an attack near Aleppo killed around 20 civilians.");
  CHECK(kinds(a) == V{"boilerplate", "boilerplate", "title", "body"});
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "GENEVA");
  // A place and a date set off by a bar are no section names.
  CHECK(analyze_text("BEIRUT | Tue Mar 13, 2012\n\nShelling killed 12 people.").roles.paragraphs[0].kind !=
        ParagraphKind::kBoilerplate);
}

TEST_CASE("classify_paragraphs: a section or outlet label over the headline, a breadcrumb split by slashes") {
  const auto a = analyze_text("Enab Baladi\nHome / News\nTwo civilians killed in regime shelling on Jabal al-Zawiya\n"
                              "Two civilians were killed on Thursday, the Civil Defence said.\n");
  CHECK(kinds(a) == V{"boilerplate", "boilerplate", "title", "body"});
  const auto b = analyze_text("Sudan\nSurvivors describe assault on Zamzam camp\nMore than 400 people were killed.\n");
  CHECK(kinds(b) == V{"boilerplate", "title", "body"});
  // A short headline with no line like one under it stays the title.
  const auto c = analyze_text("Syria ceasefire\nThe truce held on Sunday, monitors said.\n");
  CHECK(kinds(c) == V{"title", "body"});
}

TEST_CASE("classify_paragraphs: writers named without 'By' right over the publication date are a byline") {
  const auto a = analyze_text("Survivors describe assault on Zamzam camp\nResidents say fighters went house to house. "
                              "The UN says 400 have been killed\nMark Townsend and Amira Saleh\nSun 20 Apr 2025 07.00 BST\n"
                              "More than 400 people were killed, the UN said.\n");
  CHECK(kinds(a) == V{"title", "body", "byline", "dateline", "body"});
  const auto b = analyze_text("Strikes resume\nLina Haddad, Tom Marsh and Omar Nasr\nPublished 4 May 2016\nTen died.\n");
  CHECK(kinds(b) == V{"title", "byline", "dateline", "body"});
  // A sentence, or a line not over a date, is no byline.
  const auto c = analyze_text("Strikes resume\nRebels Fight Back\nTen died, activists said.\n");
  CHECK(kinds(c)[1] != "byline");
}

TEST_CASE("classify_paragraphs: a live blog's times and the headlines of its entries") {
  const auto a = analyze_text("Live: Israel-Gaza war\n\nKey events\n\n14:05 BST\n\nGaza health ministry says 41 killed\n\n"
                              "The ministry gave no breakdown.\n\n13:40 BST\n\nSoldier killed in northern Gaza\n\nThe army said so.\n");
  CHECK(kinds(a) == V{"title", "heading", "dateline", "heading", "body", "dateline", "heading", "body"});
}

TEST_CASE("classify_paragraphs: a writer filing from a city over the date; a photograph's credit") {
  const auto a = analyze_text("Ghouta: how the attack unfolded\n\nRockets fell before dawn. Hospitals were overwhelmed\n\n"
                              "Martin Chulov in Beirut\n\nThu 22 Aug 2013 18.42 BST\n\nPhotograph: Bassam Khabieh/Reuters\n\n"
                              "Hundreds of people were killed, activists said.\n");
  CHECK(kinds(a) == V{"title", "body", "byline", "dateline", "boilerplate", "body"});
}

TEST_CASE("classify_paragraphs: a place alone in capitals under the headline is the dateline, letters beyond ASCII too") {
  const auto a = analyze_text("2 Turkish soldiers martyred in YPG attack\n\nŞANLIURFA\n\nTwo Turkish soldiers were martyred "
                              "on Sunday in Akçakale.\n");
  CHECK(kinds(a) == V{"title", "dateline", "body"});
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "ŞANLIURFA");
  // A mixed-case dateline's first letter may be beyond ASCII too.
  const auto b = analyze_text("Blast kills two\n\nAKÇAKALE, Turkey (Reuters) - A blast killed two people.\n");
  REQUIRE(b.roles.dateline);
  CHECK(b.roles.dateline->place.of(b.normalized.text) == "AKÇAKALE");
}

TEST_CASE("classify_paragraphs: 'PLACE / AGENCY date' alone on its line is the dateline") {
  const auto a = analyze_text("Turkish shells kill 3\n\nQAMISHLO / ANHA 12-11-2019\n\nThe army shelled the villages.\n");
  CHECK(kinds(a) == V{"title", "dateline", "body"});
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "QAMISHLO");
  CHECK(a.roles.dateline->agency.of(a.normalized.text) == "ANHA");
}

TEST_CASE("classify_paragraphs: a newsroom's label in capitals under the headline is no dateline") {
  const auto a = analyze_text("Airstrikes kill 12 in Idlib\n\nANALYSIS\n\nAirstrikes killed 12 people in Idlib on Monday.\n");
  CHECK_FALSE(a.roles.dateline);
}

TEST_CASE("classify_paragraphs: 'Deir el-Balah, Gaza – ' (an en dash, an Arabic article inside the place) is a dateline") {
  const auto a = analyze_text("Strike on school kills 33\n\nDeir el-Balah, Gaza \xE2\x80\x93 An Israeli air strike hit a school.");
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "Deir el-Balah");
  // One hyphen after a place without its region is no dateline.
  CHECK_FALSE(analyze_text("Strike kills 3\n\nNairobi - An attack hit a market.").roles.dateline);
}

TEST_CASE("classify_paragraphs: held-out-119's 'Enditem', a wire's end-of-item marker, is a sign-off") {
  const auto a = analyze_text("Shelling kills two\n\nTwo children were killed on Monday.\n\nEnditem\n");
  REQUIRE(a.roles.paragraphs.size() == 3);
  CHECK(a.roles.paragraphs[2].kind == ParagraphKind::kSignoff);
}

TEST_CASE("classify_paragraphs: held-out-126's 'GAROWE, Somalia - 14 March 2023', a date after the dash, is a dateline") {
  const auto a = analyze_text("Attack on base kills soldiers\n\nGarowe Online\nGAROWE, Somalia - 14 March 2023\n\n"
                              "Al-Shabaab militants stormed a military base on Tuesday.\n");
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "GAROWE");
  CHECK(a.roles.dateline->date.of(a.normalized.text) == "14 March 2023");
}

TEST_CASE("classify_paragraphs: held-out-127's 'Addis Abeba, 18 December 2023' under the outlet's line is a dateline") {
  const auto a = analyze_text("Drone strike kills 12\n\nAddis Standard\nAddis Abeba, 18 December 2023\n\nA drone hit a bus.\n");
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "Addis Abeba");
  CHECK(a.roles.dateline->date.of(a.normalized.text) == "18 December 2023");
  // Not right under the headline: there it may be the outlet's name.
  CHECK_FALSE(analyze_text("Drone strike kills 12\n\nDaily Nation, June 16, 2019\n\nA drone hit a bus.\n").roles.dateline);
}

TEST_CASE("classify_paragraphs: held-out-128's 'DONETSK, July 20. /TASS/.' is a dateline; 'TASS' alone is no place") {
  const auto a = analyze_text("Shelling kills three\n\nTASS\nDONETSK, July 20. /TASS/. Three civilians were killed.\n");
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "DONETSK");
  CHECK(a.roles.dateline->date.of(a.normalized.text) == "July 20");
  CHECK(a.roles.dateline->agency.of(a.normalized.text) == "TASS");
}

TEST_CASE("classify_paragraphs: held-out-133's 'Moroto, 12 October 2022' under a byline is a dateline") {
  const auto a = analyze_text("Raiders kill four soldiers\n\nDaily Monitor\nBy Steven Ariong\nMoroto, 12 October 2022\n\n"
                              "Four soldiers were killed on Tuesday night.\n");
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "Moroto");
  CHECK(a.roles.dateline->date.of(a.normalized.text) == "12 October 2022");
  CHECK(a.roles.paragraphs[2].kind == ParagraphKind::kByline);
  CHECK(a.roles.paragraphs[3].kind == ParagraphKind::kDateline);
}

TEST_CASE("classify_paragraphs: held-out-134's 'Our Correspondent' is a byline, and 'QUETTA:' then opens the story") {
  const auto a = analyze_text("Gunmen kill 9 bus passengers\n\nExpress Tribune\nOur Correspondent\nQUETTA: Armed men shot "
                              "dead nine passengers near Noshki, officials said.\n");
  REQUIRE(a.roles.paragraphs.size() == 4);
  CHECK(a.roles.paragraphs[2].kind == ParagraphKind::kByline);
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "QUETTA");
}

TEST_CASE("classify_paragraphs: held-out-137's outlet in capitals over a place and date; a place's letters beyond ASCII") {
  auto a = analyze_text("Israeli strike kills five in Tubas\n\nWAFA\nTubas, 29 August 2024\n\nFive Palestinians were "
                        "killed on Thursday.\n");
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "Tubas");
  a = analyze_text("Jihadists kill a dozen civilians\n\nMalijet\nSégou, 22 January 2024\n\nSuspected jihadists killed "
                   "a dozen civilians on Sunday.\n");
  REQUIRE(a.roles.dateline);
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "Ségou");
}

TEST_CASE("held-out-140: a mixed-case place, a whole date and a spaced dash open the story") {
  const auto a = analyze_text("Drone strike kills 12\n\nAddis Standard\nAddis Abeba, 9 October 2024 – A drone strike "
                              "hit the bus station, killing 12 people.");
  REQUIRE(a.roles.dateline.has_value());
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "Addis Abeba");
}

TEST_CASE("held-out-143: an outlet in capitals over its publication line is no dateline") {
  const auto a = analyze_text("Eight killed in Tirah operation\n\nDAWN\nPublished September 14, 2024\n\nPESHAWAR: "
                              "Security forces killed eight terrorists in the Tirah valley.");
  REQUIRE(a.roles.dateline.has_value());
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "PESHAWAR");
}

TEST_CASE("held-out-145: the date, then the place in brackets; an agency's acronym opening the story") {
  auto a = analyze_text("Shelling kills 12 in Abu Shouk\n\nSudan Tribune\nJuly 14, 2024 (EL FASHER) – Artillery shells "
                        "killed 12 people.");
  REQUIRE(a.roles.dateline.has_value());
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "EL FASHER");
  CHECK(a.roles.dateline->date.of(a.normalized.text) == "July 14, 2024");
  a = analyze_text("Drone strike kills two\n\nNNA - An Israeli drone strike on a car killed two people.");
  REQUIRE(a.roles.dateline.has_value());
  CHECK(a.roles.dateline->place.empty());
  CHECK(a.roles.dateline->agency.of(a.normalized.text) == "NNA");
}

TEST_CASE("held-out-147: a title-case place and a spaced dash open the story under the outlet's line") {
  auto a = analyze_text("Explosion at Kabul mosque kills 7\n\nTOLOnews\nKabul - An explosion ripped through a mosque, "
                        "killing seven worshippers.");
  REQUIRE(a.roles.dateline.has_value());
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "Kabul");
  // (Not a story's first words elsewhere.)
  a = analyze_text("Explosion at Kabul mosque kills 7\n\nSyria - a country at war - saw more attacks on Friday.");
  CHECK(!a.roles.dateline.has_value());
}

TEST_CASE("held-out-148: EFE's dateline, the country in brackets and the agency before '.-'") {
  const auto a = analyze_text("Catatumbo violence leaves 80 dead\n\nEFE\nCúcuta (Colombia), Jan 19 (EFE).- Clashes "
                              "have left at least 80 people dead.");
  REQUIRE(a.roles.dateline.has_value());
  CHECK(a.roles.dateline->place.of(a.normalized.text) == "Cúcuta");
  CHECK(a.roles.dateline->date.of(a.normalized.text) == "Jan 19");
  CHECK(a.roles.dateline->agency.of(a.normalized.text) == "EFE");
}
TEST_CASE("held-out-152: stories' headlines under 'Related:' are links, however long a headline runs") {
  const auto a = analyze_text("RSF shelling of the camp killed five civilians, the camp's emergency room said.\n\n"
                              "Related:\nSudan army says it broke siege of El Obeid\nRSF accused of killing 200 in "
                              "Gezira villages\n");
  CHECK(kinds(a) == V{"body", "boilerplate", "boilerplate", "boilerplate"});
}
