// Session 18: participation told by a group with an echo, by a lead-in
// label, by an inverted "present as observers were", and by a person
// visiting or opening the exercise. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("participation s18: a group took part joined by named nations", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Coral Lantern ended in Manila on Friday. All ten ASEAN members took part, joined by Japan and India.",
       {"Japan participates_in Coral Lantern", "India participates_in Coral Lantern"},
       {}},
      {"Exercise Coral Lantern ended in Manila on Friday. Twelve teams competed, joined by Canada.",
       {"Canada participates_in Coral Lantern"},
       {}},
      // joined by people who are no subject of taking part: nothing
      {"Exercise Coral Lantern ended in Manila on Friday. The minister spoke to reporters, joined by Canada's ambassador.",
       {},
       {"Canada participates_in Coral Lantern"}},
  });
}

TEST_CASE("participation s18: a lead-in label lists the participants", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Frost Gate ended in Oulu on Friday. Participants: Finland, Estonia and Latvia.",
       {"Finland participates_in Frost Gate", "Estonia participates_in Frost Gate", "Latvia participates_in Frost Gate"},
       {}},
      {"Exercise Frost Gate ended in Oulu on Friday. Observers: Japan.",
       {"Japan participates_in Frost Gate"},
       {}},
  });
}

TEST_CASE("participation s18: present as observers were", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Salt Bridge ran in Valletta this week. Also present as observers were officers from Greece and Cyprus.",
       {"Greece participates_in Salt Bridge", "Cyprus participates_in Salt Bridge"},
       {}},
      {"Exercise Salt Bridge ran in Valletta this week. Present were delegates of Tunisia.",
       {"Tunisia participates_in Salt Bridge"},
       {}},
  });
}

TEST_CASE("participation s18: a person who visited or opened the exercise", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Granite Fox began in Bergen on Monday. Defence Minister Ola Berntsen, who visited the exercise on Tuesday, praised the teams.",
       {"Ola Berntsen participates_in Granite Fox"},
       {}},
      {"Exercise Granite Fox began in Bergen on Monday. General Kari Lunde opened the exercise.",
       {"Kari Lunde participates_in Granite Fox"},
       {}},
      // a place visited is no exercise
      {"Exercise Granite Fox began in Bergen on Monday. Ola Berntsen visited Oslo on Tuesday.",
       {},
       {"Ola Berntsen participates_in Granite Fox"}},
  });
}

TEST_CASE("participation s18: nations taking part told as a list or a count", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Stone Harbour ended in Gdansk on Friday. Countries taking part included Norway and Denmark.",
       {"Norway participates_in Stone Harbour", "Denmark participates_in Stone Harbour"},
       {}},
      {"Exercise Stone Harbour ended in Gdansk on Friday. Among the participants were Finland and Sweden.",
       {"Finland participates_in Stone Harbour", "Sweden participates_in Stone Harbour"},
       {}},
      {"Exercise Stone Harbour ended in Gdansk on Friday. Estonia was one of 18 countries taking part.",
       {"Estonia participates_in Stone Harbour"},
       {}},
      {"Exercise Stone Harbour ended in Gdansk on Friday. The drill saw 25 nations take part, including Latvia and Iceland.",
       {"Latvia participates_in Stone Harbour", "Iceland participates_in Stone Harbour"},
       {}},
      // countries named as no participants: nothing
      {"Exercise Stone Harbour ended in Gdansk on Friday. Countries bordering the Baltic include Germany.",
       {},
       {"Germany participates_in Stone Harbour"}},
  });
}

TEST_CASE("participation s18: teams from a group together with named nations", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Reef Signal ended in Darwin on Friday. Teams from six Pacific states, together with New Zealand and Fiji, defended a port.",
       {"New Zealand participates_in Reef Signal", "Fiji participates_in Reef Signal"},
       {}},
  });
}

TEST_CASE("participation s18: a speaker or panellist at the event", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"The Lisbon Cyber Forum opened on Tuesday. Helena Sousa was among the speakers.",
       {"Helena Sousa participates_in Lisbon Cyber Forum"},
       {}},
      {"The Lisbon Cyber Forum opened on Tuesday. Helena Sousa was one of the panellists.",
       {"Helena Sousa participates_in Lisbon Cyber Forum"},
       {}},
      {"The Lisbon Cyber Forum opened on Tuesday. Rui Mendes, who spoke on the closing panel, called for more training.",
       {"Rui Mendes participates_in Lisbon Cyber Forum"},
       {}},
      {"The Lisbon Cyber Forum opened on Tuesday. Rui Mendes took part in a panel discussion on ransomware.",
       {"Rui Mendes participates_in Lisbon Cyber Forum"},
       {}},
      // a panel in a story about no event: no event to take part in
      {"Rui Mendes spoke on a panel about ransomware in Lisbon.",
       {},
       {"Rui Mendes * Lisbon"}},
  });
}

TEST_CASE("participation s18: participants in a report on an event are the event's after a digression", "[relate][participates_in][s18]") {
  const std::string opening =
      "The Arctic Cyber Roundtable met in Tromso on Tuesday. Officials from Norway and Finland attended the Arctic Cyber "
      "Roundtable, its fourth. ";
  check_relation_rows({
      // the exercise was told of two sentences back: the participants are the roundtable's
      {opening + "A Swedish speaker recalled Exercise Polar Night last year. The talk was lively. "
                 "Participants from Denmark called for more training.",
       {"Denmark participates_in Arctic Cyber Roundtable"},
       {"Denmark participates_in Polar Night"}},
      // the sentence right after the exercise still speaks of it
      {opening + "A Swedish speaker recalled Exercise Polar Night last year. Teams from Iceland competed.",
       {"Iceland participates_in Polar Night"},
       {"Iceland participates_in Arctic Cyber Roundtable"}},
  });
}

TEST_CASE("participation s18: a later verb of a shared subject takes its sentence's exercise", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Grey Tide began in Turku on Monday. Latvia took part in Exercise Amber Wall in April. "
       "CERT-FO joined Grey Tide as an observer in 2024 and is competing with a full team this year.",
       {"CERT-FO participates_in Grey Tide"},
       {"CERT-FO participates_in Amber Wall"}},
  });
}

TEST_CASE("participation s18: a lead-in with a colon opens a list of participants", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Coral Net ended in Suva on Friday.\n\nTaking part this year:\n\n- Fiji\n- Samoa, as an observer\n"
       "- the Solomon Islands (two analysts)\n\nVanuatu had registered, then pulled out a week before the start.\n",
       {"Fiji participates_in Coral Net", "Samoa participates_in Coral Net", "Solomon Islands participates_in Coral Net"},
       {"Vanuatu participates_in Coral Net"}},
      // a lead-in that speaks of no taking part opens no list
      {"Exercise Coral Net ended in Suva on Friday.\n\nDonors funding the range:\n\n- Fiji\n- Samoa\n",
       {},
       {"Fiji participates_in Coral Net", "Samoa participates_in Coral Net"}},
      // a short item saying the nation withdrew or may come: no taking part
      {"Exercise Coral Net ended in Suva on Friday.\n\nTaking part:\n\n- Fiji\n- Tonga, which pulled out.\n- Nauru may join.\n",
       {"Fiji participates_in Coral Net"},
       {"Tonga participates_in Coral Net", "Nauru participates_in Coral Net"}},
      // the list ends at the first sentence opening with no name
      {"Exercise Coral Net ended in Suva on Friday.\n\nWho played:\n\n- Fiji\n\nOfficials said Tonga is next.\n",
       {"Fiji participates_in Coral Net"},
       {"Tonga participates_in Coral Net"}},
  });
}

TEST_CASE("participation s18: umpires, red teams and defenders of a simulated target", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Sand Wall began in Muscat on Monday. Teams from Oman and Kuwait competed, with the European Defence Agency acting as umpire.",
       {"European Defence Agency participates_in Sand Wall"},
       {}},
      // "with X providing funds" is no taking part
      {"Exercise Sand Wall began in Muscat on Monday. Oman signed a deal with Kuwait, with the European Defence Agency providing funds.",
       {},
       {"European Defence Agency participates_in Sand Wall"}},
      {"Exercise Sand Wall began in Muscat on Monday. The Oman Cyber Agency led the red team.",
       {"Oman Cyber Agency participates_in Sand Wall"},
       {}},
      {"Exercise Sand Wall began in Muscat on Monday. The Oman Cyber Agency defended the simulated port.",
       {"Oman Cyber Agency participates_in Sand Wall"},
       {}},
  });
}

TEST_CASE("participation s18: a person who spoke, gave the keynote or joined at the event", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"The Porto Cyber Forum opened on Monday. Anna Keller told reporters at the Porto Cyber Forum that threats were growing.",
       {"Anna Keller participates_in Porto Cyber Forum"},
       {}},
      {"The Porto Cyber Forum opened on Monday. Bruno Lang said on Monday at the Porto Cyber Forum that cooperation mattered.",
       {"Bruno Lang participates_in Porto Cyber Forum"},
       {}},
      // said before the event, not at it
      {"The Porto Cyber Forum opened on Monday. Bruno Lang said ahead of the Porto Cyber Forum that cooperation mattered.",
       {},
       {"Bruno Lang participates_in Porto Cyber Forum"}},
      {"The Porto Cyber Forum opened on Monday. Frida Sommer delivered the keynote.",
       {"Frida Sommer participates_in Porto Cyber Forum"},
       {}},
      {"The Porto Cyber Forum opened on Monday. Hanna Kraus joined the Porto Cyber Forum by video link.",
       {"Hanna Kraus participates_in Porto Cyber Forum"},
       {}},
      {"The Porto Cyber Forum opened on Monday. The forum also heard from Jonas Berg of the Federal Office.",
       {"Jonas Berg participates_in Porto Cyber Forum"},
       {}},
      {"The Porto Cyber Forum opened on Monday. Emil Roth moderated a panel on ransomware.",
       {"Emil Roth participates_in Porto Cyber Forum"},
       {}},
  });
}

TEST_CASE("participation s18: present, participating are, a first participation", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Birch Wall began in Tartu on Monday. Representatives of NATO and the EU were also present.",
       {"North Atlantic Treaty Organization participates_in Birch Wall", "European Union participates_in Birch Wall"},
       {}},
      // present in a market is no presence at the exercise
      {"Exercise Birch Wall began in Tartu on Monday. Microsoft is present in 30 countries.",
       {},
       {"Microsoft participates_in Birch Wall"}},
      {"Exercise Birch Wall began in Tartu on Monday. Participating for the first time are Chile and Peru.",
       {"Chile participates_in Birch Wall", "Peru participates_in Birch Wall"},
       {}},
      {"Exercise Birch Wall began in Tartu on Monday. It marks Austria's first participation.",
       {"Austria participates_in Birch Wall"},
       {}},
      {"Exercise Birch Wall began in Tartu on Monday. Slovakia is among 38 participants this year.",
       {"Slovakia participates_in Birch Wall"},
       {}},
      {"Exercise Birch Wall began in Tartu on Monday. Norway is fielding a joint team with Sweden.",
       {"Norway participates_in Birch Wall", "Sweden participates_in Birch Wall"},
       {}},
      {"Exercise Birch Wall began in Tartu on Monday. Cyber units from Denmark are also involved.",
       {"Denmark participates_in Birch Wall"},
       {}},
  });
}

TEST_CASE("participation s18: a group took part and an echo adds a named one", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Reef Guard began in Manila on Monday. Eight Pacific states took part, as did New Zealand.",
       {"New Zealand participates_in Reef Guard"},
       {}},
      {"Exercise Reef Guard began in Manila on Monday. Most EU members sent teams, as did Norway.",
       {"Norway participates_in Reef Guard"},
       {}},
      {"Exercise Reef Guard began in Manila on Monday. The Nordic countries competed, and so did Estonia.",
       {"Estonia participates_in Reef Guard"},
       {}},
      {"Exercise Reef Guard began in Manila on Monday. Twelve nations took part; newcomers included Kenya and Ghana.",
       {"Kenya participates_in Reef Guard", "Ghana participates_in Reef Guard"},
       {}},
      // an echo of something other than taking part
      {"Exercise Reef Guard began in Manila on Monday. Eight Pacific states criticised the plan, as did New Zealand.",
       {},
       {"New Zealand participates_in Reef Guard"}},
  });
}

TEST_CASE("participation s18: a body that led, staffed or stood for a national team", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Moravian Lock began in Brno on Monday. Slovakia's National Security Authority, which led the Slovak team, praised the scenario.",
       {"Slovakia's National Security Authority participates_in Moravian Lock"},
       {}},
      {"Exercise Moravian Lock began in Brno on Monday. The Czech team was led by the National Cyber and Information Security Agency.",
       {"Czechia's National Cyber and Information Security Agency participates_in Moravian Lock"},
       {}},
      {"Exercise Moravian Lock began in Brno on Monday. Austria joined through its armed forces' cyber unit, the Austrian Armed Forces Cyber Command.",
       {"Austrian Armed Forces Cyber Command participates_in Moravian Lock"},
       {}},
      {"Exercise Moravian Lock began in Brno on Monday. The German team included staff from the Federal Office for Information Security.",
       {"Federal Office for Information Security participates_in Moravian Lock"},
       {}},
      // a body that led talks, not a team: nothing
      {"Exercise Moravian Lock began in Brno on Monday. The Federal Office for Information Security led the talks on funding.",
       {},
       {"Federal Office for Information Security participates_in Moravian Lock"}},
  });
}

TEST_CASE("participation s18: a nation's delegation at the event", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"The Pacific Cyber Dialogue took place in Suva on Monday. India's delegation was headed by its cyber coordinator.",
       {"India participates_in Pacific Cyber Dialogue"},
       {}},
      {"The Pacific Cyber Dialogue took place in Suva on Monday. Japan's official delegation arrived on Sunday.",
       {"Japan participates_in Pacific Cyber Dialogue"},
       {}},
      // no exercise or event in the story: nothing to take part in
      {"India's delegation to the United Nations asked for a vote.",
       {},
       {"India * United Nations"}},
  });
}

TEST_CASE("participation s18: a subject with an apposition, and people trained alongside", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Amber Shield began in Riga on Monday. The Ohio National Guard, Latvia's partner since 1993, also took part.",
       {"Ohio National Guard participates_in Amber Shield"},
       {}},
      {"Exercise Amber Shield began in Riga on Monday. Poland and Lithuania, both NATO members, took part alongside Ukraine.",
       {"Poland participates_in Amber Shield", "Lithuania participates_in Amber Shield"},
       {}},
      {"Exercise Amber Shield began in Riga on Monday. Latvian defenders worked alongside colleagues from Estonia.",
       {"Estonia participates_in Amber Shield"},
       {}},
      // an apposition before another verb: nothing
      {"Exercise Amber Shield began in Riga on Monday. Finland, a NATO member since 2023, criticised the budget.",
       {},
       {"Finland participates_in Amber Shield"}},
  });
}

TEST_CASE("participation s18: a delegation to a body is not at the exercise", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Lake Guard began in Tartu on Monday. Estonia's delegation to the OSCE welcomed the deal.",
       {},
       {"Estonia participates_in Lake Guard"}},
      {"Exercise Lake Guard began in Tartu on Monday. Estonia's delegation to the exercise was the largest.",
       {"Estonia participates_in Lake Guard"},
       {}},
  });
}

TEST_CASE("participation s18: with X leading the team or providing the range, a contingent came from X", "[relate][participates_in][s18]") {
  check_relation_rows({
      {"Exercise Iron Reed began in Ghent on Monday. Both agencies took part, with the Belgian Cyber Command leading a joint team.",
       {"Belgian Cyber Command participates_in Iron Reed"},
       {}},
      {"Exercise Iron Reed began in Ghent on Monday. Three CERTs took part, with the European Defence Agency providing the range.",
       {"European Defence Agency participates_in Iron Reed"},
       {}},
      {"Exercise Iron Reed began in Ghent on Monday. Britain's contingent came from the National Cyber Force.",
       {"United Kingdom's National Cyber Force participates_in Iron Reed", "United Kingdom participates_in Iron Reed"},
       {}},
      // providing money is no part in the exercise
      {"Exercise Iron Reed began in Ghent on Monday. The plan was agreed, with the European Defence Agency providing funds.",
       {},
       {"European Defence Agency participates_in Iron Reed"}},
  });
}
