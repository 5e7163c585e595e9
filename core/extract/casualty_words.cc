#include "extract/casualty_words.h"

#include "text/word_map.h"
#include "text/word_set.h"

namespace sift {
namespace {

struct Cause {
  std::string_view word;
  const char* cause;
};

// Words that state an outcome, as verbs, participles or nouns.
constexpr Trigger kTriggers[] = {
    {"killed", "killed"}, {"killing", "killed"}, {"kills", "killed"}, {"kill", "killed"},
    {"dead", "killed"}, {"died", "killed"}, {"dies", "killed"}, {"die", "killed"},
    {"dying", "killed"}, {"deaths", "killed"}, {"death", "killed"}, {"slain", "killed"},
    {"massacred", "killed"}, {"massacring", "killed"}, {"massacre", "killed"}, {"perished", "killed"},
    {"lives", "killed"}, {"bodies", "killed"}, {"fatalities", "killed"}, {"martyred", "killed"}, {"martyring", "killed"}, {"martyrdom", "killed"},
    {"martyrs", "killed"}, {"drowned", "killed"}, {"drown", "killed"}, {"murdered", "killed"},
    {"murders", "killed"}, {"homicides", "killed"},
    {"gunned", "killed"}, {"succumbed", "killed"}, {"succumbing", "killed"}, {"neutralised", "killed"},
    {"neutralized", "killed"}, {"neutralizes", "killed"}, {"neutralises", "killed"}, {"neutralize", "killed"},
    {"neutralise", "killed"}, {"neutralizing", "killed"}, {"neutralising", "killed"},
    {"executed", "executed"}, {"executing", "executed"}, {"beheaded", "executed"}, {"crucified", "executed"},
    {"behead", "executed"}, {"beheads", "executed"}, {"beheading", "executed"},
    {"hanged", "executed"},
    {"execute", "executed"}, {"executes", "executed"}, {"execution", "executed"}, {"executions", "executed"},
    {"wounded", "wounded"}, {"wounding", "wounded"}, {"injured", "wounded"},
    {"injuring", "wounded"}, {"injures", "wounded"}, {"injure", "wounded"}, {"wounds", "wounded"}, {"hurt", "wounded"}, {"injuries", "wounded"},
    {"wound", "wounded"},
    {"casualties", "killed"},
    {"arrested", "arrested"}, {"arresting", "arrested"}, {"arrests", "arrested"},
    {"detained", "detained"}, {"detaining", "detained"}, {"rounded", "detained"},
    {"abducted", "abducted"}, {"abducting", "abducted"}, {"kidnapped", "abducted"},
    {"kidnapping", "abducted"}, {"kidnap", "abducted"}, {"kidnaps", "abducted"}, {"abduct", "abducted"},
    {"abducts", "abducted"}, {"abduction", "abducted"}, {"arrest", "arrested"}, {"detain", "detained"},
    // "gunmen seized 279 schoolgirls" (people only: "seized 20 villages" names none).
    {"seized", "abducted"}, {"seize", "abducted"}, {"seizes", "abducted"},
    {"detains", "detained"}, {"missing", "missing"}, {"disappeared", "missing"}, {"unaccounted", "missing"}};


constexpr VictimNoun kVictims[] = {
    {"people", "unknown"}, {"persons", "unknown"}, {"person", "unknown"}, {"victims", "unknown"},
    {"compatriots", "unknown"}, {"countrymen", "unknown"},
    {"others", "unknown"}, {"individuals", "unknown"}, {"members", "unknown"}, {"member", "unknown"}, {"men", "unknown"},
    {"man", "unknown"}, {"syrians", "unknown"}, {"iraqis", "unknown"}, {"kurds", "unknown"},
    {"palestinians", "unknown"}, {"israelis", "unknown"}, {"afghans", "unknown"}, {"yemenis", "unknown"},
    {"turks", "unknown"}, {"lebanese", "unknown"}, {"libyans", "unknown"}, {"egyptians", "unknown"},
    {"pakistanis", "unknown"}, {"saudis", "unknown"}, {"americans", "unknown"}, {"russians", "unknown"},
    {"iranians", "unknown"}, {"nigerians", "unknown"}, {"somalis", "unknown"}, {"filipinos", "unknown"},
    {"africans", "unknown"}, {"arabs", "unknown"}, {"yazidis", "unknown"}, {"druze", "unknown"},
    {"copts", "unknown"}, {"hazaras", "unknown"}, {"rohingya", "unknown"}, {"nationals", "unknown"},
    {"foreigners", "unknown"}, {"foreigner", "unknown"}, {"national", "unknown"}, {"tourists", "civilian"},
    {"tourist", "civilian"}, {"neighbours", "civilian"}, {"neighbour", "civilian"}, {"neighbors", "civilian"},
    {"neighbor", "civilian"}, {"bystanders", "civilian"}, {"passers-by", "civilian"}, {"passersby", "civilian"},
    {"guests", "civilian"},
    {"civilians", "civilian"}, {"civilian", "civilian"}, {"children", "civilian"},
    {"child", "civilian"}, {"kids", "civilian"}, {"babies", "civilian"}, {"baby", "civilian"},
    {"infants", "civilian"}, {"infant", "civilian"}, {"women", "civilian"}, {"woman", "civilian"},
    {"girls", "civilian"},
    {"girl", "civilian"}, {"boys", "civilian"}, {"boy", "civilian"}, {"residents", "civilian"}, {"citizens", "civilian"}, {"citizen", "civilian"},
    {"villagers", "civilian"}, {"students", "civilian"}, {"pupils", "civilian"}, {"schoolgirls", "civilian"},
    {"schoolboys", "civilian"}, {"schoolchildren", "civilian"},
    {"journalists", "civilian"}, {"journalist", "civilian"}, {"reporters", "civilian"},
    {"workers", "civilian"}, {"refugees", "civilian"}, {"patients", "civilian"},
    {"doctors", "civilian"}, {"nurses", "civilian"}, {"protesters", "civilian"},
    {"demonstrators", "civilian"}, {"worshippers", "civilian"}, {"shoppers", "civilian"},
    {"passengers", "civilian"}, {"farmers", "civilian"}, {"family", "civilian"},
    {"relatives", "civilian"}, {"teenagers", "civilian"}, {"elderly", "civilian"},
    {"volunteers", "civilian"}, {"displaced", "civilian"}, {"staff", "civilian"}, {"employees", "civilian"},
    {"medics", "civilian"}, {"paramedics", "civilian"}, {"rescuers", "civilian"}, {"teachers", "civilian"}, {"photographer", "civilian"},
    {"correspondent", "civilian"}, {"activists", "civilian"}, {"detainees", "civilian"},
    {"reporter", "civilian"}, {"photographers", "civilian"}, {"cameraman", "civilian"}, {"cameramen", "civilian"},
    {"correspondents", "civilian"},
    {"prisoners", "unknown"}, {"soldiers", "combatant"}, {"soldier", "combatant"},
    {"troops", "combatant"}, {"rebels", "combatant"}, {"rebel", "combatant"},
    {"fighters", "combatant"}, {"fighter", "combatant"}, {"militants", "combatant"},
    {"insurgents", "combatant"}, {"gunmen", "combatant"}, {"militiamen", "combatant"},
    {"jihadists", "combatant"}, {"combatants", "combatant"}, {"policemen", "combatant"},
    {"commandos", "combatant"}, {"commando", "combatant"}, {"paratroopers", "combatant"},
    {"taliban", "combatant"}, {"houthis", "combatant"}, {"peshmerga", "combatant"}, {"shabiha", "combatant"},
    {"mujahideen", "combatant"},
    {"officers", "combatant"}, {"guards", "combatant"}, {"personnel", "combatant"}, {"escorts", "combatant"},
    {"bodyguards", "combatant"}, {"bodyguard", "combatant"},
    {"servicemen", "combatant"}, {"pilots", "combatant"}, {"deserters", "combatant"},
    {"defectors", "combatant"}, {"conscripts", "combatant"}, {"advisers", "combatant"}, {"advisors", "combatant"},
    {"recruits", "combatant"}, {"recruit", "combatant"}, {"cadets", "combatant"}, {"cadet", "combatant"},
    {"reservists", "combatant"}, {"reservist", "combatant"},
    {"adviser", "combatant"}, {"advisor", "combatant"}, {"loyalists", "combatant"},
    {"commanders", "combatant"}, {"extremists", "combatant"}, {"terrorists", "combatant"},
    {"islamists", "unknown"}, {"shiites", "unknown"}, {"sunnis", "unknown"}, {"alawites", "unknown"},
    {"christians", "unknown"}, {"muslims", "unknown"},
    {"police", "combatant"}, {"army", "combatant"}, {"forces", "combatant"},
    // Singular forms, for "a policeman was killed" and "among them a nurse".
    {"policeman", "combatant"}, {"policemen", "combatant"}, {"officer", "combatant"},
    // South Asian police and army ranks: "A police constable was also injured", "Four Army jawans".
    {"constable", "combatant"}, {"constables", "combatant"}, {"jawan", "combatant"}, {"jawans", "combatant"},
    {"guard", "combatant"}, {"militant", "combatant"}, {"insurgent", "combatant"},
    {"gunman", "combatant"}, {"militiaman", "combatant"}, {"jihadist", "combatant"},
    {"commander", "combatant"}, {"general", "combatant"}, {"generals", "combatant"}, {"colonel", "combatant"},
    {"terrorist", "combatant"}, {"extremist", "combatant"}, {"pilot", "combatant"}, {"conscript", "combatant"},
    {"nurse", "civilian"}, {"doctor", "civilian"}, {"teacher", "civilian"}, {"student", "civilian"},
    {"worker", "civilian"}, {"farmer", "civilian"}, {"resident", "civilian"}, {"villager", "civilian"},
    {"teenager", "civilian"}, {"toddler", "civilian"}, {"toddlers", "civilian"}, {"mother", "civilian"},
    {"mothers", "civilian"}, {"father", "civilian"}, {"fathers", "civilian"}, {"daughter", "civilian"},
    {"daughters", "civilian"}, {"son", "civilian"}, {"sons", "civilian"}, {"brothers", "civilian"},
    {"sisters", "civilian"}, {"sister", "civilian"}, {"brother", "civilian"}, {"wife", "civilian"},
    {"wives", "civilian"}, {"husband", "civilian"}, {"husbands", "civilian"}, {"bride", "civilian"}, {"brides", "civilian"}, {"groom", "civilian"},
    {"grooms", "civilian"},
    {"grandson", "civilian"}, {"granddaughter", "civilian"}, {"cousin", "civilian"},
    {"cousins", "civilian"}, {"nephews", "civilian"}, {"nieces", "civilian"}, {"grandchildren", "civilian"},
    {"nephew", "civilian"}, {"niece", "civilian"}, {"uncle", "civilian"}, {"aunt", "civilian"},
    {"cleric", "civilian"}, {"clerics", "civilian"}, {"imam", "civilian"}, {"imams", "civilian"},
    {"muezzin", "civilian"}, {"preacher", "civilian"}, {"medic", "civilian"}, {"paramedic", "civilian"},
    {"rescuer", "civilian"},
    {"volunteer", "civilian"}, {"activist", "civilian"}, {"protester", "civilian"},
    {"pilgrims", "civilian"}, {"pilgrim", "civilian"}, {"fishermen", "civilian"}, {"shepherds", "civilian"},
    {"missionaries", "civilian"}, {"missionary", "civilian"},
    {"shepherd", "civilian"}, {"merchants", "civilian"}, {"traders", "civilian"}, {"drivers", "civilian"},
    {"motorcyclist", "civilian"}, {"motorcyclists", "civilian"},
    // ("The prime minister ... was killed along with several ministers": a government's members, civilians.)
    {"minister", "civilian"}, {"ministers", "civilian"},
    {"driver", "civilian"}, {"rider", "civilian"}, {"riders", "civilian"}, {"principal", "civilian"}, {"headmaster", "civilian"}, {"chief", "unknown"}, {"chiefs", "unknown"}, {"mayor", "civilian"}, {"mayors", "civilian"},
    {"deacon", "civilian"}, {"deacons", "civilian"}, {"pastor", "civilian"}, {"pastors", "civilian"}, {"nun", "civilian"},
    {"nuns", "civilian"}, {"monk", "civilian"}, {"monks", "civilian"}, {"elder", "civilian"}, {"elders", "civilian"},
    {"headman", "civilian"}, {"owner", "civilian"}, {"owners", "civilian"}, {"shopkeeper", "civilian"},
    {"shopkeepers", "civilian"}, {"peacekeepers", "combatant"}, {"peacekeeper", "combatant"},
    {"detainee", "civilian"}, {"prisoner", "unknown"}, {"hostage", "civilian"}, {"hostages", "civilian"},
    {"migrants", "civilian"}, {"migrant", "civilian"}, {"refugee", "civilian"}, {"passenger", "civilian"},
    {"seeker", "civilian"}, {"seekers", "civilian"},  // "an asylum seeker
    {"patient", "civilian"}, {"worshipper", "civilian"}, {"soldier", "combatant"}, {"evacuees", "civilian"},
    {"attackers", "combatant"}, {"attacker", "combatant"}, {"assailants", "combatant"}, {"assailant", "combatant"},
    {"jihadis", "combatant"},
    {"mercenaries", "combatant"}, {"paramilitaries", "combatant"},
    // (North-west Nigeria's armed gangs and the village guards who fight them: "vigilantes killed several bandits".)
    {"bandits", "combatant"}, {"bandit", "combatant"}, {"vigilantes", "combatant"}, {"vigilante", "combatant"},
    {"kidnappers", "combatant"}, {"recruits", "combatant"},
    {"cadets", "combatant"}, {"sailors", "combatant"}, {"marines", "combatant"}, {"bystanders", "civilian"},
    {"pedestrians", "civilian"}, {"mourners", "civilian"}, {"guests", "civilian"}, {"spectators", "civilian"},
    {"inmates", "unknown"}, {"captives", "unknown"}, {"youths", "civilian"},
    {"youngsters", "civilian"}, {"minors", "civilian"}, {"newborns", "civilian"}, {"elders", "civilian"},
    // Trades and roles: "kidnapped two engineers", "arrested 14 suspects".
    {"engineers", "civilian"}, {"engineer", "civilian"}, {"experts", "unknown"}, {"expert", "unknown"},
    {"bomb-maker", "combatant"}, {"bomb-makers", "combatant"}, {"bombmaker", "combatant"},
    {"labourers", "civilian"}, {"laborers", "civilian"},
    {"labourer", "civilian"}, {"laborer", "civilian"}, {"lawyers", "civilian"}, {"lawyer", "civilian"},
    {"judges", "civilian"}, {"judge", "civilian"}, {"priests", "civilian"}, {"priest", "civilian"},
    {"monks", "civilian"}, {"nuns", "civilian"}, {"bishops", "civilian"}, {"bishop", "civilian"},
    {"diplomats", "civilian"}, {"diplomat", "civilian"}, {"politicians", "civilian"}, {"politician", "civilian"},
    {"lawmakers", "civilian"}, {"lawmaker", "civilian"}, {"officials", "civilian"}, {"official", "civilian"},
    {"contractors", "unknown"}, {"contractor", "unknown"}, {"employee", "civilian"}, {"bakers", "civilian"}, {"baker", "civilian"},
    {"vendors", "civilian"}, {"vendor", "civilian"}, {"shopkeepers", "civilian"}, {"shopkeeper", "civilian"},
    {"sellers", "civilian"}, {"seller", "civilian"}, {"trader", "civilian"},
    {"pharmacists", "civilian"}, {"pharmacist", "civilian"}, {"merchants", "civilian"}, {"merchant", "civilian"},
    {"scholars", "civilian"}, {"scholar", "civilian"},
    {"miners", "civilian"}, {"herders", "civilian"}, {"herder", "civilian"}, {"surgeons", "civilian"},
    {"surgeon", "civilian"}, {"pharmacists", "civilian"}, {"firefighters", "civilian"}, {"firefighter", "civilian"},
    {"bloggers", "civilian"}, {"blogger", "civilian"}, {"dissidents", "civilian"}, {"dissident", "civilian"},
    {"opponents", "unknown"}, {"critics", "civilian"}, {"monitors", "civilian"}, {"observers", "civilian"},
    {"inspectors", "civilian"}, {"crew", "unknown"}, {"crewmen", "unknown"},
    {"suspects", "unknown"}, {"suspect", "unknown"}, {"defendants", "unknown"}, {"smugglers", "unknown"},
    {"traffickers", "unknown"}, {"collaborators", "unknown"}, {"informants", "unknown"}, {"spies", "unknown"},
    {"clergy", "civilian"}, {"academics", "civilian"}, {"professors", "civilian"}, {"scholars", "civilian"},
    {"artists", "civilian"}, {"athletes", "civilian"}, {"footballers", "civilian"}, {"musicians", "civilian"},
    {"leader", "unknown"}, {"leaders", "unknown"}, {"technicians", "civilian"}, {"technician", "civilian"}, {"mechanics", "civilian"}, {"electricians", "civilian"},
    {"builders", "civilian"}, {"guides", "civilian"}, {"waiters", "civilian"}, {"cooks", "civilian"},
    // "Two adults died" (beside the children of a toll): who they were is not said.
    {"adults", "unknown"}, {"adult", "unknown"}, {"staffers", "civilian"}, {"staffer", "civilian"},
    {"colleagues", "unknown"}, {"colleague", "unknown"}, {"travellers", "civilian"}, {"travelers", "civilian"},
    {"traveller", "civilian"}, {"traveler", "civilian"}, {"commuters", "civilian"}, {"motorists", "civilian"},
    {"concertgoers", "civilian"}, {"customers", "civilian"}, {"diners", "civilian"}, {"fans", "civilian"},
    {"rangers", "combatant"}, {"ranger", "combatant"}, {"gendarmes", "combatant"}, {"gendarme", "combatant"},
    {"troopers", "combatant"}, {"trooper", "combatant"}, {"sentries", "combatant"}, {"airmen", "combatant"}};


constexpr Cause kCauses[] = {
    {"shelling", "shelling"}, {"shells", "shelling"}, {"shell", "shelling"}, {"shelled", "shelling"},
    {"artillery", "shelling"}, {"mortar", "mortar"}, {"mortars", "mortar"},
    {"airstrike", "air strike"}, {"airstrikes", "air strike"}, {"air strike", "air strike"},
    {"air strikes", "air strike"}, {"air raid", "air strike"}, {"air raids", "air strike"},
    {"bombardment", "shelling"}, {"barrages", "shelling"}, {"warplanes", "air strike"},
    {"jets", "air strike"}, {"helicopter", "air strike"}, {"barrel bomb", "barrel bomb"},
    {"barrel bombs", "barrel bomb"}, {"car bomb", "car bomb"}, {"suicide bomber", "suicide bombing"},
    {"suicide bombing", "suicide bombing"}, {"suicide attack", "suicide bombing"},
    {"suicide bombers", "suicide bombing"}, {"suicide attacks", "suicide bombing"},
    {"bomb", "bomb"}, {"bombs", "bomb"}, {"bombing", "bomb"}, {"explosion", "explosion"},
    {"blast", "explosion"}, {"sniper", "sniper"}, {"snipers", "sniper"}, {"gunfire", "gunfire"},
    {"machine-gun", "gunfire"}, {"shot", "gunfire"}, {"shooting", "gunfire"}, {"rocket", "rocket"},
    {"rockets", "rocket"}, {"missile", "missile"}, {"missiles", "missile"}, {"clashes", "clashes"},
    {"fighting", "clashes"}, {"landmine", "mine"}, {"mine", "mine"}, {"chemical", "chemical attack"},
    {"gas", "chemical attack"}, {"sarin", "chemical attack"}, {"chlorine", "chemical attack"},
    {"torture", "torture"}, {"tortured", "torture"}, {"starvation", "starvation"},
    {"malnutrition", "starvation"}, {"massacre", "massacre"}, {"tank", "shelling"},
    {"nerve", "chemical attack"}, {"toxic", "chemical attack"}, {"poison", "chemical attack"},
    {"raid", "air strike"}, {"raids", "air strike"}, {"strike", "air strike"}, {"strikes", "air strike"},
    {"bombings", "bomb"}, {"executed", "execution"}, {"execution", "execution"}, {"executions", "execution"},
    {"beheaded", "execution"}, {"car bomber", "car bomb"}, {"attack", "attack"},
    {"attacks", "attack"}, {"assault", "attack"}, {"offensive", "attack"}, {"ambush", "attack"},
    {"crash", "crash"},
    // A weapon named with the kind of attack: the weapon is the cause.
    {"missile strike", "missile"}, {"missile strikes", "missile"}, {"missile attack", "missile"},
    {"missile attacks", "missile"}, {"rocket attack", "rocket"}, {"rocket attacks", "rocket"},
    {"rocket strike", "rocket"}, {"mortar attack", "mortar"}, {"mortar attacks", "mortar"},
    {"artillery fire", "shelling"}, {"sniper fire", "sniper"}, {"tank fire", "shelling"}};

// Deaths without violence: a storm, a quake, an accident, an illness.
constexpr std::string_view kNonviolentCauses[] = {
    "storm", "storms", "hurricane", "typhoon", "cyclone", "tornado", "tornadoes", "earthquake",
    "earthquakes", "quake", "flood", "floods", "flooding", "landslide", "landslides", "mudslide",
    "avalanche", "tsunami", "heatwave", "wildfire", "wildfires", "accident", "accidents", "collision",
    "derailment", "derailed", "overdose", "overdoses", "pandemic", "epidemic", "coronavirus", "covid-19",
    "covid", "disease", "illness", "cancer", "stampede", "cholera", "dengue", "malaria", "ebola", "measles",
    "outbreak", "influenza", "tuberculosis", "meningitis", "capsized", "capsizing", "capsizes", "shipwreck", "sank",
    "hypothermia", "cold", "freezing", "froze"};

// "helicopters", "warplanes": what an air strike comes from.
constexpr std::string_view kAircraft[] = {"helicopter", "helicopters", "jet", "jets", "warplane",
                                          "warplanes", "drone", "drones", "plane", "planes", "aircraft"};
// "130 civilians, most of them truffle hunters, ...": words opening an aside on the victims.
constexpr std::string_view kAsideOpeners[] = {"most", "many", "all", "mostly", "mainly", "largely", "including", "both"};
// "a fourth was wounded": one more of the victims just named.
constexpr std::string_view kOrdinals[] = {"second", "third", "fourth", "fifth", "sixth",
                                          "seventh", "eighth", "ninth", "tenth"};
// "several of them seriously": how badly, not another count.
constexpr std::string_view kSeverityWords[] = {"seriously", "critically", "badly", "severely", "lightly",
                                               "slightly", "gravely", "moderately"};
constexpr std::string_view kPossessiveDeterminers[] = {"his", "her", "its", "their", "my", "our", "whose"};
// "a family of six", "its crew of four": a group whose number follows "of".
constexpr std::string_view kCountedGroups[] = {"family", "crew"};
constexpr std::string_view kRelativeClauseOpeners[] = {"where", "which", "who", "whom", "whose", "when"};
// "a heavy civilian death toll", "death threats": "death" names the noun after it.
constexpr std::string_view kDeathCompoundHeads[] = {"toll",     "tolls",     "tally",    "count",     "penalty",
                                                    "sentence", "sentences", "threat",   "threats",   "squad",
                                                    "squads",   "row",       "certificate", "certificates", "knell",
                                                    "march",    "camp",      "camps",    "trap",      "traps",
                                                    "wish",     "warrant",   "warrants", "rate",      "rates"};

}  // namespace

SIFT_WORD_LOOKUP(is_nonviolent_cause, kNonviolentCauses)

const Trigger* trigger_of(std::string_view w) {
  static const auto map = WordMap<const Trigger*>::index(kTriggers, &Trigger::word);
  const auto* found = map.find(w);
  return found ? *found : nullptr;
}

const VictimNoun* victim_of(std::string_view w) {
  static const auto map = WordMap<const VictimNoun*>::index(kVictims, &VictimNoun::word);
  const auto* found = map.find(w);
  return found ? *found : nullptr;
}

const char* cause_of(std::string_view one, std::string_view two_words) {
  static const auto map = WordMap<const Cause*>::index(kCauses, &Cause::word);
  if (!two_words.empty())
    if (const auto* c = map.find(two_words)) return (*c)->cause;
  const auto* c = map.find(one);
  return c ? (*c)->cause : nullptr;
}

SIFT_WORD_LOOKUP(is_aircraft, kAircraft)
SIFT_WORD_LOOKUP(is_aside_opener, kAsideOpeners)
SIFT_WORD_LOOKUP(is_ordinal, kOrdinals)
SIFT_WORD_LOOKUP(is_severity_word, kSeverityWords)
SIFT_WORD_LOOKUP(is_possessive_determiner, kPossessiveDeterminers)
SIFT_WORD_LOOKUP(is_group_of_counted, kCountedGroups)
SIFT_WORD_LOOKUP(is_death_compound_head, kDeathCompoundHeads)
SIFT_WORD_LOOKUP(opens_relative_clause, kRelativeClauseOpeners)

}  // namespace sift
