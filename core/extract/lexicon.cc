#include "extract/lexicon.h"

#include "text/chars.h"
#include "text/word_map.h"
#include "text/word_set.h"

namespace sift::lexicon {
namespace {

constexpr std::string_view kCountries[] = {
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Benin", "Bolivia",
    "Bosnia", "Botswana", "Brazil", "Britain", "Bulgaria", "Burkina Faso", "Burma", "Burundi",
    "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Congo", "Croatia",
    "Cuba", "Cyprus", "Czech Republic", "Denmark", "Djibouti", "Ecuador", "Egypt", "England",
    "Eritrea", "Estonia", "Ethiopia", "Europe", "Finland", "France", "Gabon", "Gaza",
    "Gaza Strip", "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Guinea", "Haiti",
    "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel",
    "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kurdistan", "Kuwait",
    "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Libya", "Lithuania", "Luxembourg", "Macedonia",
    "Madagascar", "Malaysia", "Mali", "Malta", "Mauritania", "Mexico", "Moldova", "Mongolia",
    "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal", "Netherlands",
    "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "Norway", "Oman", "Pakistan",
    "Palestine", "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
    "Romania", "Russia", "Rwanda", "Saudi Arabia", "Scotland", "Senegal", "Serbia", "Sierra Leone",
    "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan",
    "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan",
    "Tanzania", "Thailand", "Togo", "Tunisia", "Turkey", "T\xC3\xBCrkiye", "Turkiye", "Turkmenistan", "Uganda", "Ukraine",
    "United Arab Emirates", "United Kingdom", "United States", "United States of America",
    "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Wales", "West Bank", "Yemen", "Zambia",
    "Zimbabwe", "Africa", "Asia", "America", "Middle East", "Gulf", "Levant", "Balkans",
    "Caucasus", "Golan", "Golan Heights", "Sinai", "Kurdistan Region", "Crimea", "Chechnya",
    "Gulf of Aden", "Gulf of Oman", "Gulf of Guinea", "Gulf of Sirte", "Strait of Hormuz", "Bay of Bengal",
    "Sea of Azov", "Mediterranean", "Mediterranean Sea",
    "Democratic Republic of Congo", "Democratic Republic of the Congo", "Republic of Congo", "DR Congo",
    "Burkina",  // headlines' short form of Burkina Faso
    "Central African Republic", "Ivory Coast", "Guinea-Bissau", "Equatorial Guinea",
    "Republic of Ireland", "Czech Republic", "Dominican Republic", "Bosnia and Herzegovina",
    // Official names the UN writes: "Syrian Arab Republic: Flash Update".
    "Syrian Arab Republic", "Islamic Republic of Iran", "Republic of Yemen", "Republic of Iraq"};

// Cities and districts that recur in reporting on Syria and its neighbours,
// plus world capitals that appear as places of talks.
constexpr std::string_view kPlaces[] = {
    "Aleppo", "Damascus", "Homs", "Hama", "Idlib", "Latakia", "Tartus", "Deraa", "Daraa", "Raqqa",
    "Deir ez-Zor", "Deir al-Zor", "Deir el-Zour", "Hasakah", "Qamishli", "Kobani", "Palmyra",
    "Douma", "Ghouta", "Eastern Ghouta", "Daraya", "Zabadani", "Madaya", "Qusayr", "Rastan",
    "Talbiseh", "Houla", "Baba Amro", "Baba Amr", "Bab Amr", "Bab Amro", "Khalidiyeh", "Khaldiyeh", "Inshaat", "Bayada",
    "Bayadah", "Karm al-Zeytun", "Jobar", "Zamalka", "Moadamiya", "Yarmouk", "Saraqeb", "Jisr al-Shughour",
    "Maarat al-Numan", "Khan Sheikhoun", "Azaz", "Afrin", "Manbij", "Jarablus", "Al-Bab",
    "Bustan al-Qasr", "Salaheddine", "Tal Kalakh", "Quneitra", "Suwayda", "Jableh", "Banias",
    "Baniyas", "Beirut", "Tripoli", "Sidon", "Tyre", "Baalbek", "Arsal", "Hermel", "Amman",
    "Baghdad", "Mosul", "Fallujah", "Ramadi", "Tikrit", "Kirkuk", "Erbil", "Basra", "Ankara",
    "Istanbul", "Gaziantep", "Antakya", "Hatay", "Kilis", "Reyhanli", "Tehran", "Riyadh", "Doha",
    "Cairo", "Jerusalem", "Tel Aviv", "Moscow", "Washington", "London", "Paris", "Berlin",
    "Geneva", "The Hague", "Vienna", "Darfur", "Tigray", "Donbas", "Ituri", "Sahel", "Rakhine",
    "Cabo Delgado", "New York", "Brussels", "Rome", "Madrid", "Astana", "Sochi", "Lausanne",
    "Beijing", "Tokyo", "New Delhi", "Kabul", "Sanaa", "Aden", "Dubai", "Abu Dhabi", "Manama", "Muscat",
    "Kuwait City", "Benghazi", "Misrata", "Sirte", "Tunis", "Algiers", "Rabat", "Khartoum",
    // Provinces of conflicts that reports name alone.
    "Khyber Pakhtunkhwa", "Balochistan", "North Kivu", "South Kivu",
    // Kashmir's divided region and the line across it.
    "Jammu and Kashmir", "Line of Control"};

// ("Islamist" is left out: a political current, no people or faith; the gold never counts it.)
constexpr std::string_view kNationalities[] = {
    "Afghan", "African", "Albanian", "Algerian", "American", "Arab", "Arabian", "Armenian", "Briton", "Britons",
    "Asian", "Assyrian", "Australian", "Austrian", "Bahraini", "Belgian", "British", "Bulgarian",
    "Canadian", "Chechen", "Chinese", "Christian", "Christians", "Circassian", "Croatian", "Cuban",
    "Czech", "Danish", "Druze", "Dutch", "Egyptian", "Emirati", "English", "European",
    "Europeans", "Finnish", "French", "Georgian", "German", "Greek", "Gulf", "Hungarian",
    "Indian", "Indonesian", "Iranian", "Iranians", "Iraqi", "Iraqis", "Irish", "Islamic",
    "Israeli", "Israelis", "Italian", "Japanese", "Jewish", "Jihadist",
    "Jihadists", "Jordanian", "Kurd", "Kurdish", "Kurds", "Kuwaiti", "Lebanese", "Libyan",
    "Libyans", "Moroccan", "Muslim", "Muslims", "Norwegian", "Omani", "Ottoman", "Pakistani",
    "Palestinian", "Palestinians", "Persian", "Polish", "Qatari", "Republican", "Republicans", "Democrat", "Democrats", "Russian", "Russians",
    "Salafi", "Salafist", "Saudi", "Saudis", "Scottish", "Shi'ite", "Shi'ites", "Shia", "Shiite", "Sadrist", "Sadrists",
    "Shiites", "Somali", "Spanish", "Sudanese", "Sunni", "Sunnis", "Swedish", "Swiss", "Syriac",
    "Syrian", "Syrians", "Tunisian", "Turkish", "Turkmen", "Turks", "Ukrainian", "Western",
    "Westerners", "Yazidi", "Yazidis", "Yemeni", "Alawite", "Alawites", "Alawi", "Ismaili",
    "Catholic", "Orthodox", "Maronite", "Sufi", "Bedouin", "Americans", "Britons", "Egyptians",
    "Pentecostal", "Protestant", "Anglican", "Evangelical", "Anglophone", "Francophone", "Roman Catholic",
    "Turkmens", "Armenians", "Arabs", "Jordanians", "Chechens", "Uighur", "Uzbek",
    "Tajik", "Communist", "Baathist", "Ba'athist", "Soviet", "Houthi", "Houthis", "Huthi", "Huthis", "Hothi", "Hothis", "Takfiri", "Takfiris",
    "Hazara", "Hazaras", "Amharas", "Tigrayan", "Tigrayans", "Oromos", "Pashtun", "Pashtuns", "Balochs", "Wolkaits", "Lendu", "Hema",
    // Demonyms of the countries above, and peoples named in conflict reporting.
    "Albanians", "Andorran", "Angolan", "Argentine", "Argentinian", "Azerbaijani", "Azeri", "Azeris",
    "Bangladeshi", "Belarusian", "Beninese", "Bolivian", "Bosnian", "Brazilian", "Burkinabe", "Burmese",
    "Burundian", "Cambodian", "Cameroonian", "Chadian", "Chilean", "Colombian", "Congolese", "Cypriot",
    "Djiboutian", "Ecuadorian", "Ecuadorean", "Eritrean", "Estonian", "Ethiopian", "Filipino", "Filipinos",
    "Philippine", "Gabonese",
    "Ghanaian", "Guatemalan", "Guinean", "Haitian", "Dominican", "Dominicans", "Salvadoran", "Salvadorans",
    "Somalian", "Oromo", "Honduran", "Icelandic", "Jamaican", "Kazakh",
    "Kenyan", "Kosovar", "Kyrgyz", "Lao", "Laotian", "Latvian", "Lithuanian", "Macedonian", "Malagasy",
    "Malaysian", "Malian", "Maltese", "Mauritanian", "Mexican", "Mexicans", "Moldovan", "Mongolian",
    "Montenegrin", "Moroccans", "Mozambican", "Namibian", "Nepalese", "Nepali", "Nicaraguan",
    "Nigerien", "Nigerian", "Nigerians", "North Korean", "Panamanian", "Paraguayan", "Peruvian",
    "Portuguese", "Romanian", "Rwandan", "Senegalese", "Serb", "Serbs", "Serbian", "Singaporean",
    "Slovak", "Slovenian", "Somalis", "South African", "South Korean", "South Sudanese", "Sri Lankan",
    "Taiwanese", "Tanzanian", "Thai", "Togolese", "Tunisians", "Ugandan", "Uruguayan", "Venezuelan",
    "Vietnamese", "Yemenis", "Zambian", "Zimbabwean", "Korean", "Koreans", "Ivorian", "Ivorians", "Ivoirian",
    "Liberian", "Liberians", "Sierra Leonean", "Gambian", "Malawian", "Comorian", "Mauritian", "Bissau-Guinean",
    "Kazakhstani", "New Zealander", "Welsh", "Africans", "Asians", "Chaldean", "Mandaean", "Ahmadi", "Ahmadis",
    "Afghans", "Pakistanis", "Hazara", "Pashtun", "Pashtuns", "Baloch", "Baluch", "Baluchi", "Balochi", "Punjabi",
    "Bengali", "Tamil", "Tamils", "Sikh", "Sikhs", "Hindu", "Hindus", "Buddhist", "Buddhists", "Copt", "Copts", "Coptic",
    "Berber", "Berbers", "Tuareg", "Sahrawi", "Ossetian", "Dagestani", "Tibetan", "Uighurs", "Uyghur",
    "Rohingya", "Hispanic", "Latino", "Scandinavian", "Vodou", "Voodoo",
    // Peoples of the Sahel, Nigeria, Sudan, South Sudan and Congo whom conflict reports name.
    "Fulani", "Peul", "Peuls", "Dogon", "Bambara", "Hausa", "Kanuri", "Nuer", "Dinka", "Shilluk", "Masalit",
    "Zaghawa", "Hema", "Lendu", "Tutsi", "Tutsis", "Hutu", "Hutus", "Banyamulenge", "Yoruba", "Igbo", "Tiv", "Berom",
    // Peoples of India's northeast.
    "Meitei", "Meiteis", "Kuki", "Kukis", "Naga", "Nagas"};

constexpr std::string_view kKnownOrgs[] = {
    "Hezbollah", "Hizbollah", "Hizbullah", "Hizballah", "Hamas", "Fatah", "Nato", "NATO", "UN", "U.N.", "EU", "E.U.",
    "UNHCR", "UNICEF", "Unicef", "UNRWA", "Unrwa", "WHO", "ICRC", "OPCW", "IAEA", "ISIS", "ISIL", "IS", "Isis", "Isil",
    "Daesh", "Da'esh", "Daish", "Islamic State", "Islamic State of Iraq and the Levant", "Islamic State in Iraq and the Levant",
    "Islamic Emirate", "Islamic Emirate of Afghanistan",
    // (Israel's ambulance service, opening a sentence: "Magen David Adom said".)
    "Magen David Adom",
    "Islamic State in Iraq and Syria", "Islamic State of Iraq and al-Sham",
    "Islamic State of Iraq and Syria", "Islamic State group", "al-Qaeda", "al-Qaida", "Al-Qaeda", "Al Qaeda", "al-Nusra", "Nusra", "Nusra Front",
    "Jabhat al-Nusra", "Ahrar al-Sham", "Jaish al-Islam", "Taliban", "Reuters", "AFP", "AP",
    "Associated Press", "Agence France-Presse", "Agence France Presse", "BBC", "CNN", "Al Jazeera",
    "Al-Jazeera", "Al Arabiya", "SANA", "Xinhua", "Interfax", "RIA Novosti", "Tass", "TASS",
    "Anadolu", "Press Trust of India", "Kyodo", "Yonhap", "Sky News", "YouTube", "Facebook", "Twitter", "Skype",
    "WhatsApp", "Telegram", "Instagram", "TikTok", "Viber", "Google", "Kremlin", "Pentagon", "Vatican",
    "White House", "State Department", "Foreign Office", "Congress", "Senate", "Parliament",
    "Amnesty", "Amnesty International", "Human Rights Watch", "Red Crescent", "Red Cross",
    "Medecins Sans Frontieres", "MSF", "Doctors Without Borders", "Reporters Without Borders", "RSF",
    "Oxfam", "Save the Children", "Raqqa is Being Slaughtered Silently", "International Crisis Group", "Norwegian Refugee Council",
    "International Rescue Committee", "World Health Organization", "World Health Organisation",
    "World Food Programme", "World Food Program", "Mercy Corps", "Islamic Relief",
    // Conflict monitors the tallies cite.
    "Armed Conflict Location and Event Data Project", "Armed Conflict Location & Event Data Project", "ACLED",
    "Airwars", "Iraq Body Count", "Syrian Network for Human Rights", "SNHR",
    "M\xC3\xA9" "decins Sans Fronti\xC3\xA8" "res",  // with its accents, as most outlets write it
    "White Helmets", "SARC", "Syrian Arab Red Crescent", "YPG", "SDF", "Palestinian Authority",
    // Peace operations named by their acronyms.
    "MONUSCO", "MINUSMA", "MINUSCA", "UNMISS", "UNIFIL", "UNAMA", "UNAMID", "AMISOM", "ATMIS", "UNSMIL", "UNAMI",
    "PKK", "PYD", "FSA", "SNC", "LCC", "SOHR", "Arab League", "Security Council",
    "General Assembly", "House of Representatives", "House of Commons", "House of Lords", "European Union",
    "United Nations", "African Union", "Interpol",
    "World Bank", "IMF", "Baath", "Ba'ath", "Muslim Brotherhood", "Mukhabarat", "Shabiha",
    "Free Syrian Army", "Syrian Army", "Syrian Observatory for Human Rights", "Civil Defence",
    // Armed groups and security services elsewhere that reports name alone.
    "France 24", "FRANCE 24", "Hiiraan Online", "HIIRAAN ONLINE", "Volunteers for the Defence of the Homeland",
    "Volunteers for the Defense of the Homeland", "Islamic State in the Greater Sahara", "Islamic State West Africa Province", "Islamic State Sahel Province",
    "Islamic State in the Sahel",
    "Islamic State in West Africa Province",
    "Islamic State Khorasan Province", "Islamic State in Khorasan Province",
    "Boko Haram", "ISWAP", "al-Shabab", "al-Shabaab", "Al-Shabab", "Al-Shabaab", "Al Shabaab", "Shabaab",
    "Al-Qaida in the Arabian Peninsula", "al-Qaida in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula",
    "Al-Qaeda in the Arabian Peninsula", "Al Qaeda in the Arabian Peninsula",
    "Ansar Allah", "Hayat Tahrir al-Sham", "HTS", "Tahrir al-Sham", "Hurras al-Din", "Faylaq al-Rahman",
    "Kataib Hezbollah", "Asaib Ahl al-Haq", "Hashd al-Shaabi", "JNIM", "AQIM", "AQAP", "Ansar Dine",
    "Lashkar-e-Taiba", "Jaish-e-Mohammed", "TTP", "Haqqani network", "FARC", "ELN", "M23", "Janjaweed",
    "Islamic Jihad", "Palestinian Islamic Jihad", "Abu Sayyaf", "IDF", "Mossad", "Shin Bet", "SBU", "FSB", "GRU", "Wagner",
    "Civil Defense", "Syrian Civil Defence", "Syrian Civil Defense", "Syria Civil Defence", "Peshmerga",
    // News agencies and outlets that conflict reports cite by name alone.
    "Yonhap", "KCNA", "Kyodo", "NHK", "IRNA", "ISNA", "Fars", "Tasnim", "Mehr", "EFE", "ANSA", "DPA",
    "dpa", "Bernama", "MENA", "KUNA", "QNA", "WAM", "PTI", "Petra", "Sputnik", "RT", "Russia Today",
    "Ria", "Kommersant", "Izvestia", "Vedomosti", "Novaya Gazeta", "Press TV", "Al-Mayadeen",
    "Al Mayadeen", "al-Mayadeen", "Al-Manar", "al-Manar", "Al Manar", "Al-Ikhbariya", "al-Ikhbariya",
    "Ikhbariya", "Asharq Al-Awsat", "Asharq al-Awsat", "Al-Watan", "al-Watan", "Al-Hayat", "al-Hayat",
    "Al-Akhbar", "al-Akhbar", "An-Nahar", "Enab Baladi", "Qasioun", "ANHA", "Rudaw", "Kurdistan 24",
    "Ruptly", "Zaman al-Wasl", "Syria Direct", "SNHR", "ACLED", "Acled", "Airwars", "Iraq Body Count", "Bloomberg", "Haaretz", "Ynet", "Hurriyet",
    "Daily Sabah", "The New Arab", "New Arab", "Al-Araby Al-Jadeed", "Middle East Eye", "Al-Monitor", "TRT", "Euronews", "France 24", "Deutsche Welle", "DW", "VOA", "Voice of America",
    "Le Monde", "Le Monde Afrique", "Le Figaro", "Der Spiegel", "Spiegel", "El Pais", "NPR", "PBS", "ABC", "CBS", "NBC",
    "Fox News", "BBC Monitoring", "Dawn", "Amaq"};

constexpr std::string_view kLocationAcronyms[] = {"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE",
                                                  "U.A.E.", "USSR", "DRC", "KSA"};

constexpr std::string_view kOrgHeads[] = {
    "Academy", "Administration", "Agency", "Airlines", "Airways", "Alliance", "Army", "Assembly",
    "Association", "Authority", "Bank", "Battalion", "Battalions", "Board", "Brigade", "Brigades",
    "Brotherhood", "Bureau", "Cabinet", "Cartel", "Centre", "Center", "Chiefs", "Coalition", "Collective", "College",
    "Command", "Coordination",
    "Commission", "Committee", "Committees", "Company", "Conference", "Congress", "Corporation", "Industries",
    "Corps", "Council", "Court", "Crescent", "Cross", "Department", "Directorate", "Division",
    "Embassy", "Forces", "Foundation", "Front", "Fund", "Group", "Guard", "Guards", "Helmets",
    "Initiative", "Institute", "International", "League", "Legion", "Medias", "Militia", "Ministry", "Mission",
    "Movement", "Network", "News", "Observatory", "Office", "Organisation", "Organization",
    "Parliament", "Party", "Police", "Post", "Press", "Programme", "Program", "Regiment",
    "Secretariat", "Service", "Services", "Society", "Staff", "Survey", "Times", "Tracker", "Newsdesk",
    "Television", "TV", "Tribunal",
    "Union", "University", "Watch", "Nations", "Journal", "Herald", "Telegraph", "Guardian",
    "Gazette", "Tribune", "Monitor", "Agency", "Radio", "Channel", "Inc", "Ltd", "Co", "Corp",
    "Government", "Regime", "Unit", "Units", "Navy", "Marines", "Force", "Branch",
    "Chamber", "Federation", "Caucus", "Cabinet", "Senate", "Directorate", "Community", "Reserve",
    "Commons", "Representatives", "Syndicate", "Guild", "Shura", "Patriarchate", "Diocese",
    "Archdiocese", "Synod",
    // ("the Strategic Framework for the Defence of the People of Azawad", a rebel alliance; "Christian Aid
    // Ministries", a charity.)
    "Framework", "Ministries"};

// First words that make Arabic, Kurdish and Hebrew place names ("Kafr
// Nabl", "Tal Abyad", "Deir Hafer", "Khan Sheikhoun"). Some are surnames
// elsewhere ("Imran Khan"), so they count only at the start of a name.
constexpr std::string_view kPlacePrefixes[] = {
    "Kafr", "Kfar", "Kafar", "Kfr", "Tal", "Tell", "Tel", "Deir", "Dayr", "Ain", "Ayn", "Ein", "Jisr",
    "Beit", "Bayt", "Khan", "Ras", "Maarat", "Ma'arrat", "Maaret", "Maarrat", "Jabal", "Jebel", "Wadi",
    "Qasr", "Khirbet", "Khirbat", "Marj", "Nahr", "Hayy", "Qalaat", "Qalat", "Rif", "Kiryat", "Bir",
    "Tall", "Hamam", "Hammam", "Jub", "Mazraat", "Karm", "Bab", "Bustan", "Dahiyat", "Dahiyet", "Qaryat",
    "Mukhayyam", "Souq", "Suq"};

// First words of the names armed groups give themselves: "Jaish al-Islam"
// (army), "Jabhat Fatah al-Sham" (front), "Liwa al-Quds" (brigade).
constexpr std::string_view kOrgPrefixes[] = {
    "Jaish", "Jeish", "Jaysh", "Jabhat", "Jebhat", "Harakat", "Harakah", "Liwa", "Liwaa", "Katibat", "Katiba",
    "Kataib", "Kata'ib", "Kataeb", "Faylaq", "Failaq", "Saraya", "Hayat", "Hay'at", "Tajamu", "Ansar",
    "Usbat", "Alwiya", "Alwiyat", "Jamaat", "Jama'at", "Tanzim", "Tehreek", "Tehrik", "Lashkar", "Sipah",
    "Harkat", "Hizb", "Ansarul", "Ansaru"};

constexpr std::string_view kPlaceHeads[] = {
    "Province", "Governorate", "District", "Districts", "Region", "County", "City", "Town",
    "Village", "Mountains", "Mountain", "Mount", "Hills", "Heights", "River", "Valley", "Desert",
    "Plain", "Plains", "Lake", "Sea", "Ocean", "Bay", "Coast", "Square", "Street", "Road",
    "Highway", "Bridge", "Airport", "Airbase", "Crossing", "Camp", "Neighbourhood",
    "Neighborhood", "Quarter", "Island", "Islands", "Strait", "Peninsula", "Gate", "Citadel",
    "Oasis", "Dam", "Canal", "Gulf", "Basin", "Plateau", "Mosque", "Barrage", "Fort", "Base",
    "Airfield", "Church", "Hospital", "Stadium", "Prison", "Palace", "Hotel", "Market",
    "Souk", "Port", "Harbour", "Harbor", "Station", "Refinery", "Field", "Farms", "Oblast", "Raion",
    "Krai", "Prefecture", "Municipality", "Wilaya", "Subdistrict", "Palais", "Mall", "Complex", "Theatre", "Theater",
    "Township", "Townships", "Cemetery", "Graveyard", "Shrine", "Penitentiary", "Jail", "Area", "Areas", "Territory", "Territories", "Zone",
    "Tower", "Roundabout", "Bakery", "Museum"};

// Public figures named by surname alone in reporting on the region.
constexpr std::string_view kKnownPersons[] = {
    "Assad", "al-Assad", "Asad", "Jesus", "Putin", "Obama", "Trump", "Erdogan", "Lavrov", "Kerry",
    "Annan", "Brahimi", "Baghdadi", "al-Baghdadi", "Nasrallah", "Rouhani", "Khamenei",
    "Netanyahu", "Abbas", "Sisi", "el-Sisi", "Maliki", "al-Maliki", "Abadi", "al-Abadi",
    "Mursi", "Morsi", "Mubarak", "Gaddafi", "Gadafy", "Qaddafi", "Saddam", "Zawahiri",
    "al-Zawahiri", "Jolani", "al-Jolani", "Hollande", "Macron", "Merkel", "Cameron", "Hague",
    "Clinton", "Biden", "Medvedev", "Ban", "Guterres", "Amos", "Muallem", "Moallem",
    "Jaafari", "Ja'afari", "Tlass", "Makhlouf", "Shaaban", "Khatib", "Hijab", "Mattis",
    "Tillerson", "Pompeo", "Zarif", "Soleimani", "Davutoglu", "Gul", "Nusseibeh", "Lahoud"};

constexpr std::string_view kPlaceNouns[] = {
    "town", "towns", "city", "cities", "village", "villages", "province", "provinces",
    "governorate", "district", "districts", "region", "neighbourhood", "neighbourhoods",
    "neighborhood", "neighborhoods", "suburb", "suburbs", "area", "quarter", "camp", "capital",
    "country", "state", "border", "outskirts", "enclave", "stronghold", "bastion", "port",
    "municipality", "hamlet", "valley", "mountains", "island", "crossing", "airport", "base",
    "airbase", "countryside", "desert", "forest", "oblast", "raion", "subdistrict", "prefecture", "vicinity", "environs",
    // ("the district's Hiranagar sector": a border district's part, as South Asian reports name them.)
    "sector", "tehsil", "meadow",
    // ("the mayor of Diabaly commune": a Sahelian or Burundian commune.)
    "commune", "communes"};

// The place nouns that name nothing but places: "the stronghold of X" may
// be an organisation's, "the town of X" is a place.
constexpr std::string_view kSettlementNouns[] = {
    "town", "towns", "city", "cities", "village", "villages", "province", "provinces",
    "governorate", "governorates", "district", "districts", "region", "regions", "neighbourhood",
    "neighbourhoods", "neighborhood", "neighborhoods", "suburb", "suburbs", "municipality", "hamlet",
    "hamlets", "countryside", "outskirts", "valley", "island", "islands", "port", "capital", "slum", "slums",
    "township", "townships", "oblast", "oblasts", "raion", "subdistrict", "prefecture", "area", "quarter",
    "river", "forest", "commune", "communes"};

constexpr std::string_view kPersonTitles[] = {
    "President", "Vice-President", "Vice", "Prime", "Minister", "Ministers", "Secretary",
    "Secretary-General", "Foreign", "Defence", "Defense", "Interior", "Deputy", "Chief", "General",
    "Gen", "Lieutenant", "Lt", "Colonel", "Col", "Major", "Maj", "Captain", "Capt", "Sergeant",
    "Sgt", "Commander", "Cmdr", "Admiral", "Adm", "Brigadier", "Brig", "Marshal", "Field",
    "Dr", "Doctor", "Mr", "Mrs", "Ms", "Miss", "Mme", "Madame", "Sir", "Lord", "Lady", "Dame",
    "Professor", "Prof", "Sheikh", "Shaikh", "Sayyed", "Sayyid", "Mullah", "Imam", "Father", "Sister", "Bishop", "Archbishop",
    // ("Maulana Hamid ul Haq Haqqani": South Asian clerics' titles.)
    "Maulana", "Mawlana", "Maulvi", "Mawlawi",
    "Patriarch", "Pope", "Cardinal", "Rabbi", "Ayatollah", "Grand", "Mufti", "Prophet", "King", "Queen",
    "Prince", "Princess", "Emir", "Sultan", "Crown", "Senator", "Sen", "Representative", "Rep",
    "Governor", "Gov", "Mayor", "Ambassador", "Envoy", "Special", "Spokesman", "Spokeswoman",
    "Spokesperson", "Director", "Director-General", "Chairman", "Chairwoman", "Chair", "Head",
    "Leader", "Judge", "Justice", "Prosecutor", "Attorney", "Officer", "Private", "Pte",
    "Corporal", "Cpl", "Rev", "Reverend", "Chancellor", "Premier", "Speaker", "Commissioner",
    "Coordinator", "Rapporteur", "Representative", "Inspector", "Superintendent", "Constable", "Ombudsman",
    "Ombudswoman", "Ombudsperson", "ombudsman",
    "spokesman", "spokeswoman", "spokesperson", "president", "minister", "secretary",
    "envoy", "ambassador", "commander", "chief", "leader", "official", "reporter",
    "photographer", "correspondent", "journalist", "activist", "resident", "doctor",
    "director", "head", "chairman", "coordinator", "general", "colonel", "lieutenant",
    "brigadier", "defector", "analyst", "lawyer", "witness", "diplomat", "editor", "writer",
    "cameraman", "filmmaker", "blogger", "monitor", "negotiator", "mediator", "governor",
    "mayor", "administrator", "sheikh", "cleric", "imam", "muezzin", "priest", "nun", "nurse", "surgeon", "professor",
    "researcher", "expert", "businessman", "opposition", "dissident",
    // South Asian army ranks: "Lance Naik Dinesh Kumar".
    "Naik", "Havildar", "Subedar", "Sepoy",
    // Burmese and Karen honorifics and titles: "Padoh Saw Taw Nee", "Daw Aung San Suu Kyi" keeps "Daw" out.
    "Padoh", "Daw",
    // Police ranks by their initials in Nigeria and South Asia: "ASP Nahum Daso", "DSP", "IGP Kayode Egbetokun".
    "ASP", "DSP", "CSP", "SSP", "ACP", "DCP", "AIG", "IGP",
    // ... and the branch a rank serves in: "Quetta SSP Operations Muhammad Baloch".
    "Operations",
    // Thai police ranks: "Pol Col Somchai Rattanapong", "Pol Gen".
    "Pol"};

constexpr std::string_view kGivenNames[] = {
    "Abdel", "Abdul", "Abdullah", "Abdallah", "Abu", "Umm", "Adel", "Adnan", "Ahmad", "Ahmed", "Ali",
    "Amer", "Amin", "Amir", "Ammar", "Amr", "Anas", "Anwar", "Ashraf", "Ayman", "Bashar",
    "Bassam", "Bilal", "Fadi", "Faisal", "Farid", "Faris", "Farouk", "Fatima", "Firas", "Fuad",
    "Ghassan", "Hadi", "Hafez", "Haider", "Haitham", "Hamad", "Hamid", "Hamza", "Hani", "Haroun",
    "Hasan", "Hassan", "Hicham", "Hisham", "Hossam", "Hussein", "Ibrahim", "Imad", "Issa",
    "Jamal", "Jamil", "Jihad", "Kamal", "Karim", "Khaled", "Khalid", "Khalifa", "Khalil", "Layla", "Leila",
    "Lina", "Mahmoud", "Maher", "Mahmud", "Majid", "Malik", "Mamoun", "Manaf", "Mansour",
    "Marwan", "Mazen", "Mohamed", "Mohammad", "Mohammed", "Muhammad", "Moaz", "Mouaz", "Mounir",
    "Mustafa", "Nabil", "Nader", "Nasser", "Nawaf", "Nizar", "Omar", "Osama", "Qassem", "Rami",
    "Rashid", "Razan", "Riad", "Riyad", "Said", "Saleh", "Salim", "Samer", "Sami", "Samir",
    "Samira", "Suhail", "Suleiman", "Tarek", "Tariq", "Walid", "Wael", "Yahya", "Yasser",
    "Yassin", "Yousef", "Youssef", "Yusuf", "Zaid", "Zainab", "Ziad", "Zuhair", "Recep",
    "Tayyip", "Ahmet", "Mehmet", "Mustafa", "Mevlut", "Binali", "Ismet", "Kemal", "Hakan",
    "Ibrahim", "Emre", "Murat", "Ozgur", "Selahattin", "Sergei", "Sergey", "Vladimir", "Dmitry",
    "Dmitri", "Mikhail", "Alexander", "Alexei", "Andrei", "Ivan", "Igor", "Nikolai", "Viktor",
    "Yuri", "Gennady", "Maria", "Anna", "Olga", "Natalia", "Tatiana", "Valentina", "Irina",
    "William", "John", "James", "David", "Michael", "Robert", "Richard", "Thomas", "Charles",
    "Daniel", "Paul", "Mark", "Peter", "George", "Edward", "Henry", "Hillary", "Barack",
    "Donald", "Joe", "Kofi", "Ban", "Staffan", "Lakhdar", "Antonio", "Nabil", "Valerie",
    "Marie", "Edith", "Remi", "Javier", "Mary", "Elizabeth", "Sarah", "Susan", "Catherine",
    "Jane", "Laura", "Emma", "Anne", "Helen", "Francois", "Laurent", "Nicolas", "Emmanuel",
    "Angela", "Frank-Walter", "Boris", "Theresa", "Tony", "Gordon", "David", "Philip",
    "Samantha", "Susan", "Condoleezza", "Colin", "Chuck", "Ashton", "Rex", "Mike", "Jim",
    "Ali", "Hassan", "Qasem", "Javad", "Mahmoud", "Hossein", "Mohsen", "Benjamin", "Ehud",
    "Avigdor", "Shimon", "Ariel", "Naftali", "Moshe", "Abdelbaset", "Salah", "Riyad", "Burhan",
    "Ghaleb", "Haytham", "Kamel", "Louay", "Moaz", "Nasr", "Omran", "Razan", "Rima", "Suhair",
    // West African forms of the same names.
    "Muhammadu", "Mamadou", "Aliyu", "Abubakar", "Ibrahima", "Ousmane", "Moussa", "Amadou", "Boubacar", "Souleymane"};

constexpr std::string_view kNameParticles[] = {"al", "el", "bin", "ibn", "bint", "abu", "abd",
                                               "de", "del", "della", "di", "da", "van", "von",
                                               "der", "den", "le", "la", "du", "des", "do", "dos", "das", "ben", "ould", "ul",
                                               "ole"};

// The Arabic article as it is written before a hyphen, assimilated to the
// letter after it: "Deir ez-Zor", "at-Tanf", "ash-Sham", "Nur ad-Din".
// Only in that position: standing alone, "an", "as" and "at" are English.
constexpr std::string_view kArticlePrefixes[] = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an",
                                                 "ed", "er", "es", "esh", "et", "ez", "en", "ud", "ur",
                                                 "us", "uz", "un",
                                                 // "and the": "Jama'at Nusrat al-Islam wal-Muslimin"
                                                 "wal", "wa"};

// Capitalised only because they open a sentence or a heading.
constexpr std::string_view kCommonCapitalised[] = {
    "A", "About", "Above", "According", "Across", "Activists", "Additional", "After", "Again",
    "Against", "Aid", "All", "Almost", "Along", "Already", "Also", "Although", "Among", "An",
    "And", "Another", "Any", "Anyone", "Are", "Around", "As", "At", "Authorities", "Back",
    "Because", "Been", "Before", "Being", "Both", "But", "By", "Can", "Civilians", "Could",
    "Despite", "Details", "Diplomats", "Do", "Does", "Drawn", "During", "Each", "Earlier",
    "Either", "Elsewhere", "Even", "Every", "Everyone", "Few", "Fierce", "Fighting", "Following",
    "For", "Former", "From", "Further", "Government", "Had", "Has", "Have", "He", "Heavy", "Her",
    "Here", "His", "How", "However", "I", "If", "In", "Independent", "Inside", "Instead", "Is",
    "It", "Its", "Just", "Last", "Late", "Later", "Like", "Local", "Many", "Meanwhile", "Medics", "Paramedics", "More", "Separatist", "Separatists",
    "Most", "Much", "My", "Near", "Nearly", "Neither", "New", "Next", "No", "None", "Nor", "Not",
    "Now", "Of", "Officials", "On", "Once", "One", "Only", "Opposition", "Or", "Other", "Others",
    "Our", "Over", "Police", "Rebels", "Reports", "Residents", "Several", "She", "Since", "So",
    "Some", "Someone", "Sources", "Still", "Such", "That", "The", "Their", "Them", "Then",
    "There", "These", "They", "This", "Those", "Though", "Three", "Through", "Thus", "To",
    "Today", "Troops", "Two", "Under", "Unlike", "Until", "Up", "Very", "Was", "We", "Were",
    "What", "When", "Where", "Whether", "Which", "While", "Who", "Why", "Will", "With",
    "Within", "Without", "Would", "Yet", "You", "Your", "Communicating", "Reporting", "Editing",
    "Writing", "Speaking", "Asked", "Witnesses", "Doctors", "Soldiers", "Security", "State",
    "Western", "Spokesman", "Sunday", "Friday", "Shelling", "Video", "Footage", "Photos",
    "Image", "Images", "Pictures", "Meanwhile", "Separately", "Overnight", "Yesterday",
    "Tomorrow", "Tonight", "Earlier", "Previously", "Monitors", "Observers", "Analysts",
    "Experts", "Critics", "Supporters", "Protesters", "Demonstrators", "Gunmen", "Militants", "Members",
    "Airmen", "Sailors", "Marines", "Victims", "Survivors", "Families", "Children", "Women",
    "Fighters", "Insurgents", "Forces", "Army", "Military", "Regime", "Residents", "Hundreds",
    "Thousands", "Dozens", "Scores", "Millions", "At least", "Updated", "Published", "Posted",
    "Read", "Share", "Watch", "Listen", "Click", "Follow", "Subscribe", "Related", "Photo",
    "Picture", "File", "Source", "Sources", "Compiled", "Additional", "Copyright", "All",
    "Breaking", "Exclusive", "Analysis", "Comment", "Opinion", "Update", "Live", "Report",
    "Suspected", "Alleged", "Unidentified", "Masked", "Staff", "Agencies", "Delegations", "Delegates",
    "Online", "Abroad", "Nationwide", "Overall", "Warplanes", "Jets", "Drones", "Helicopters", "Airstrikes",
    "Rockets", "Missiles", "Shells"};

constexpr std::string_view kWeekdays[] = {"sunday", "monday", "tuesday", "wednesday", "thursday",
                                          "friday", "saturday"};

using chars::iequals;

// Capitalised words that name no person, organisation or place: languages,
// faiths and God. ("French" and "Kurdish" are nationalities, kept apart.)
constexpr std::string_view kNonNames[] = {
    "Arabic", "Farsi", "Urdu", "Pashto", "Dari", "Kurmanji", "Sorani", "Aramaic", "Hebrew", "Swahili",
    "Mandarin", "Cantonese", "Hindi", "Bengali", "English-language", "Arabic-language", "Islam", "Christianity",
    "Judaism", "Buddhism", "Hinduism", "God", "Allah", "Quran", "Koran", "Bible", "Torah",
    // "the Zionist regime": a speaker's word for a state, no name.
    "Zionist",
    // Capitals that abbreviate common nouns.
    "HQ", "NGO", "NGOs", "TV", "IED", "IEDs", "RPG", "RPGs", "SUV", "PM", "AM", "P.M.", "A.M.", "DIY",
    // ... and things: "the GPS coordinates", "CCTV footage".
    "GPS", "DNA", "SMS", "CCTV", "UAV", "UAVs", "HIV", "AIDS", "SUVs", "TNT",
    // A page's share buttons ("Share on Facebook | E-mail").
    "E-mail", "Email",
    // Time zones after a clock time ("4:12pm EDT").
    "GMT", "UTC", "EDT", "EST", "CET", "CEST", "BST", "PDT", "PST", "CDT", "CST",
    // ("11:58 PM IST", "3:10 PM PKT", "10:04 EAT": India's, Pakistan's, East and West Africa's, Moscow's, Israel's.)
    "IST", "PKT", "EAT", "WAT", "EET", "EEST", "MSK", "IDT", "ICT", "WIB"};

// Last words of names of events and other things Sift does not mark:
// "Gulf War", "G7 Ise-Shima Summit", "Arab Spring", "Greenwich Mean Time".
constexpr std::string_view kNonNameHeads[] = {"War", "Wars", "Summit", "Revolution", "Uprising", "Olympics",
                                              "Games", "Cup", "Time", "Prize", "Award", "Awards", "Festival",
                                              "Spring", "Intifada"};

// Last words of a byline's stand-in for a name: "By Staff Reporter", "Web Desk".
constexpr std::string_view kBylineRoleHeads[] = {"Reporter", "Correspondent", "Writer", "Desk", "Staff"};

std::string_view strip_period(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

// Prepositions that put a noun phrase in an object's place, not a subject's.
constexpr std::string_view kPrepositions[] = {"in", "on", "at", "with", "by", "from", "into", "during",
                                              "over", "under", "near", "amid", "of", "against", "to",
                                              "outside", "inside", "targeting", "for"};

// Bearings: "west" of "Um Sumeima, west of the city".
constexpr std::string_view kCompassDirections[] = {"north",     "south",     "east",       "west",       "northeast",
                                                   "northwest", "southeast", "southwest",  "north-east", "north-west",
                                                   "south-east", "south-west"};

constexpr std::string_view kBearingAdjectives[] = {"northern", "southern", "eastern", "western", "central",
                                                   "northeastern", "northwestern", "southeastern", "southwestern",
                                                   "north-eastern", "north-western", "south-eastern", "south-western"};

SIFT_WORD_LOOKUP(is_listed_nationality, kNationalities)

}  // namespace

// The list's demonyms, their plurals in "-ns" and "-is" ("Kenyans", "Iraqis"), and two joined by a
// hyphen ("Somali-Canadian").
bool is_nationality(std::string_view w) {
  if (is_listed_nationality(w)) return true;
  if (w.size() > 4 && w.back() == 's' && (w[w.size() - 2] == 'n' || w[w.size() - 2] == 'i') &&
      is_listed_nationality(w.substr(0, w.size() - 1)))
    return true;
  const size_t dash = w.find('-');
  return dash != std::string_view::npos && dash > 0 && is_listed_nationality(w.substr(0, dash)) &&
         is_listed_nationality(w.substr(dash + 1));
}

bool is_nearness_word(std::string_view w) {
  return iequals(w, "nearby") || iequals(w, "neighbouring") || iequals(w, "neighboring");
}

// "Ahram Online", "Press TV", "Mimi Mefo Info": words news outlets name themselves with.
constexpr std::string_view kOutletWords[] = {"Online", "News",    "Times",   "TV",       "Post",    "Daily", "Agency",
                                             "Press",  "Herald",  "Tribune", "Journal",  "Gazette", "Media", "Radio",
                                             "Network", "Today",  "Express", "Observer", "Info"};

SIFT_WORD_LOOKUP(is_outlet_word, kOutletWords)

// ("the Black Hawk came under fire", "Shahed drones", "Iskander missiles": aircraft and weapons go by names that
// read as people's or bodies', which Sift does not mark.)
constexpr std::string_view kWeaponNames[] = {"Black Hawk", "Chinook",  "Apache",    "Shahed",       "Geran",
                                             "Iskander",   "Kalibr",   "Kinzhal",   "Tomahawk",     "HIMARS",
                                             "ATACMS",     "Bayraktar", "Reaper",   "Storm Shadow", "Tochka",
                                             "Katyusha",   "Kornet",   "Javelin",   "Super Tucano", "Lancet"};

SIFT_WORD_LOOKUP(is_weapon_name, kWeaponNames)

// "villager", "resident": one of the people of a place (the lead's "residents", then "A villager who helped recover
// the dead"; "a resident of Ban Phue": where one lives).
constexpr std::string_view kLocalPeople[] = {"villager", "villagers", "resident", "residents", "locals",
                                             "inhabitants", "inhabitant"};

SIFT_WORD_LOOKUP(is_local_person, kLocalPeople)

// Written in capitals only: "dg" is no title.
bool is_office_initials(std::string_view w) { return w == "DG" || w == "IG"; }
SIFT_WORD_LOOKUP(is_compass_direction, kCompassDirections)
SIFT_WORD_LOOKUP(is_plain_org_head, kOrgHeads)

// "Movement-North" (the Sudan People's Liberation Movement-North): a head with its wing's bearing.
bool is_org_head(std::string_view w) {
  if (is_plain_org_head(w)) return true;
  const size_t dash = w.find('-');
  return dash != std::string_view::npos && dash > 0 && is_compass_direction(w.substr(dash + 1)) &&
         is_plain_org_head(w.substr(0, dash));
}
SIFT_WORD_LOOKUP(is_bearing_adjective, kBearingAdjectives)
SIFT_WORD_LOOKUP(is_country_or_region, kCountries)
SIFT_WORD_LOOKUP(is_major_place, kPlaces)
SIFT_WORD_LOOKUP(is_known_org, kKnownOrgs)
SIFT_WORD_LOOKUP(is_location_acronym, kLocationAcronyms)
SIFT_WORD_LOOKUP(is_place_head, kPlaceHeads)
SIFT_WORD_LOOKUP(is_place_prefix, kPlacePrefixes)
SIFT_WORD_LOOKUP(is_org_prefix, kOrgPrefixes)
SIFT_WORD_LOOKUP(is_place_noun, kPlaceNouns)
SIFT_WORD_LOOKUP(is_settlement_noun, kSettlementNouns)
SIFT_WORD_LOOKUP(is_given_name, kGivenNames)
SIFT_WORD_LOOKUP(is_name_particle, kNameParticles)
SIFT_WORD_LOOKUP(is_article_prefix, kArticlePrefixes)
SIFT_WORD_LOOKUP(is_common_capitalised, kCommonCapitalised)
SIFT_WORD_LOOKUP(is_known_person, kKnownPersons)
SIFT_WORD_LOOKUP(is_non_name, kNonNames)
SIFT_WORD_LOOKUP(is_non_name_head, kNonNameHeads)
SIFT_WORD_LOOKUP(is_byline_role_head, kBylineRoleHeads)
SIFT_WORD_LOOKUP(is_preposition, kPrepositions)


bool is_person_title(std::string_view w) {
  static const WordSet set(kPersonTitles);
  w = strip_period(w);
  if (set.contains(w)) return true;
  // "Major-General", "Lieutenant-Colonel": ranks joined by a hyphen.
  const size_t hyphen = w.find('-');
  return hyphen != std::string_view::npos && hyphen > 0 && w.find('-', hyphen + 1) == std::string_view::npos &&
         chars::is_ascii_upper(w[0]) && hyphen + 1 < w.size() && chars::is_ascii_upper(w[hyphen + 1]) &&
         set.contains(w.substr(0, hyphen)) && set.contains(w.substr(hyphen + 1));
}

// Words that open a title block without being titles themselves.
constexpr std::string_view kTitleModifiers[] = {
    "Press", "Petty", "Senior", "Staff", "Assistant", "Acting", "Executive", "Master", "Lance", "Shadow",
    "Home", "Finance", "Health", "Education", "Culture", "Information", "Energy", "Trade", "Economy", "Law",
    "Transport", "Housing", "Environment", "Agriculture", "Treasury", "Oil", "Water", "Religious",
    "Endowments", "Tourism", "Media", "Communications", "Reconciliation", "Development", "Security",
    "Intelligence", "Labor", "Immigration", "Refugees", "Former", "First", "Second", "Permanent",
    // The UN's: "Deputy Regional Humanitarian Coordinator", "Emergency Relief Coordinator".
    "Regional", "Humanitarian", "Resident", "Emergency", "Relief", "Special",
    // Kenya's ministers: "Interior Cabinet Secretary".
    "Cabinet"};

bool is_title_modifier(std::string_view w) {
  static const WordSet set(kTitleModifiers);
  return set.contains(strip_period(w));
}

// Words of a ministry's or department's portfolio after "Minister of".
constexpr std::string_view kPortfolioWords[] = {
    "Human", "Rights", "Homeland", "Security", "Foreign", "Affairs", "Interior", "Justice", "Defense", "Defence", "Finance",
    "Health", "Education", "Culture", "Information", "Energy", "Trade", "Economy", "Transport", "Housing",
    "Environment", "Agriculture", "Treasury", "Oil", "Water", "Religious", "Endowments", "Tourism", "Media",
    "Communications", "Reconciliation", "Development", "Intelligence", "Labor", "Labour", "Immigration",
    "Refugees", "Public", "Works", "Internal", "External", "Social", "Human", "Services", "Veterans",
    "Commerce", "Industry", "Planning", "Petroleum", "Electricity", "Displaced", "Martyrs", "Relief"};

bool is_portfolio_word(std::string_view w) {
  static const WordSet set(kPortfolioWords);
  return set.contains(w);
}

namespace {
struct MonthWord {
  std::string_view word;
  int month;
};
// Every written form of a month, so a lookup is one hash probe: dates are
// looked for at every token.
constexpr MonthWord kMonthWords[] = {
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7},
    {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
    {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
}  // namespace

bool is_month(std::string_view word, int* month) {
  static const auto map = WordMap<const MonthWord*>::index(kMonthWords, &MonthWord::word);
  const MonthWord* const* m = map.find(strip_period(word));
  if (!m) return false;
  if (month) *month = (*m)->month;
  return true;
}

constexpr std::string_view kPlacePrepositions[] = {"in", "near", "at", "outside", "across", "towards",
                                                   "toward", "around", "into", "inside", "through",
                                                   "from", "to", "between", "throughout", "via", "off"};

constexpr std::string_view kNewspaperHeads[] = {"Star", "Mail", "Mirror", "Chronicle", "Observer", "Independent",
                                                "Express", "News", "Standard"};

bool is_newspaper_head(std::string_view w) {
  static const WordSet set(kNewspaperHeads);
  return !w.empty() && chars::is_ascii_upper(w[0]) && set.contains(w);
}

bool is_place_preposition(std::string_view w) {
  static const WordSet set(kPlacePrepositions);
  return set.contains(w);
}

bool is_be_form(std::string_view w) {
  return iequals(w, "is") || iequals(w, "are") || iequals(w, "was") || iequals(w, "were") || iequals(w, "been") ||
         iequals(w, "being") || iequals(w, "be");
}

// Nouns that name an attack, whatever its weapon: what it hit follows ("air
// strikes on Raqa"), its side may precede ("opposition offensive"), and a
// headline's last capitalised word may be one ("Suspected Gas Attack").
constexpr std::string_view kAttackNouns[] = {
    "attack", "attacks", "assault", "offensive", "ambush", "bombing", "bombings", "bombardment", "barrage",
    "barrages", "fire", "siege", "shelling", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
    "blast", "explosion", "clashes"};

bool is_attack_noun(std::string_view word) {
  static const WordSet set(kAttackNouns);
  return set.contains(word);
}

bool is_weekday_possessive(std::string_view word) {
  constexpr size_t kShortestDay = 6;  // "Sunday": never "Mons" or "Tues"
  std::string_view day = chars::strip_possessive(word);
  if (day.size() == word.size()) {  // the apostrophe lost: "Mondays"
    if (word.empty() || (word.back() | 0x20) != 's') return false;
    day.remove_suffix(1);
  }
  return day.size() >= kShortestDay && is_weekday(day);
}

bool is_country_level(std::string_view place) { return is_country_or_region(place) || is_location_acronym(place); }

bool is_country_without_apostrophe(std::string_view word) {
  return word.size() > 4 && word.back() == 's' && is_country_or_region(word.substr(0, word.size() - 1)) &&
         !is_country_or_region(word);
}

namespace {
// The capitals of countries often at war or in the news, by the country's
// name and by its adjective: "Libya's capital", "the Somali capital". Keys
// are single words, as the word before "capital" is asked ("Saudi Arabia's
// capital" by "Arabia's").
struct Capital {
  std::string_view country_or_adjective;
  std::string_view capital;
};
constexpr Capital kCapitals[] = {
    {"Syria", "Damascus"}, {"Syrian", "Damascus"}, {"Iraq", "Baghdad"}, {"Iraqi", "Baghdad"},
    {"Lebanon", "Beirut"}, {"Lebanese", "Beirut"}, {"Jordan", "Amman"}, {"Jordanian", "Amman"},
    {"Turkey", "Ankara"}, {"Turkish", "Ankara"}, {"Iran", "Tehran"}, {"Iranian", "Tehran"},
    {"Yemen", "Sanaa"}, {"Yemeni", "Sanaa"}, {"Libya", "Tripoli"}, {"Libyan", "Tripoli"},
    {"Egypt", "Cairo"}, {"Egyptian", "Cairo"}, {"Sudan", "Khartoum"}, {"Sudanese", "Khartoum"},
    {"Somalia", "Mogadishu"}, {"Somali", "Mogadishu"}, {"Mali", "Bamako"}, {"Malian", "Bamako"},
    {"Nigeria", "Abuja"}, {"Nigerian", "Abuja"}, {"Afghanistan", "Kabul"}, {"Afghan", "Kabul"},
    {"Pakistan", "Islamabad"}, {"Pakistani", "Islamabad"}, {"Ukraine", "Kyiv"}, {"Ukrainian", "Kyiv"},
    {"Russia", "Moscow"}, {"Russian", "Moscow"}, {"Ethiopia", "Addis Ababa"}, {"Ethiopian", "Addis Ababa"},
    {"Kenya", "Nairobi"}, {"Kenyan", "Nairobi"}, {"Faso", "Ouagadougou"}, {"Niger", "Niamey"},
    {"Chad", "N'Djamena"}, {"Chadian", "N'Djamena"}, {"Myanmar", "Naypyitaw"}, {"Arabia", "Riyadh"},
    {"Saudi", "Riyadh"}, {"Tunisia", "Tunis"}, {"Tunisian", "Tunis"}, {"Algeria", "Algiers"},
    {"Algerian", "Algiers"}, {"Armenia", "Yerevan"}, {"Armenian", "Yerevan"}, {"Azerbaijan", "Baku"},
    {"Azerbaijani", "Baku"}, {"Georgia", "Tbilisi"}, {"Georgian", "Tbilisi"}, {"Congo", "Kinshasa"},
    {"Congolese", "Kinshasa"}, {"Mozambique", "Maputo"}, {"Colombia", "Bogota"}, {"Colombian", "Bogota"},
    {"Mexico", "Mexico City"}, {"Mexican", "Mexico City"}, {"Haiti", "Port-au-Prince"}, {"Haitian", "Port-au-Prince"}};
}  // namespace

std::string_view capital_of(std::string_view country) {
  static const auto map = WordMap<const Capital*>::index(kCapitals, &Capital::country_or_adjective);
  const auto* found = map.find(chars::strip_possessive(country));
  return found ? (*found)->capital : std::string_view();
}

std::string_view country_of_adjective(std::string_view adjective) {
  const std::string_view capital = capital_of(adjective);
  if (capital.empty()) return {};
  for (const Capital& c : kCapitals)
    if (c.capital == capital && is_country_or_region(c.country_or_adjective)) return c.country_or_adjective;
  return {};
}

bool is_capital_city(std::string_view city) {
  static const auto map = WordMap<const Capital*>::index(kCapitals, &Capital::capital);
  return map.find(city) != nullptr;
}

bool is_weekday(std::string_view word, int* weekday) {
  for (int d = 0; d < 7; ++d)
    if (iequals(word, kWeekdays[d]) || (word.size() == 3 && iequals(word, kWeekdays[d].substr(0, 3)))) {
      if (weekday) *weekday = d;
      return true;
    }
  return false;
}

}  // namespace sift::lexicon
