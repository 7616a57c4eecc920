// Relations, session 34 (r2): who took part and who organised, in shapes news
// uses again and again: a body "whose unit took part", "N people took part, from
// A, B and C", "B by specialists of its ministry" after "A was represented by",
// "an exercise in which X analysts took part", the red team that "comes from" a
// body or the attacking side "played by" one; co-organisers after "hosted by A
// and co-organised with B", "A co-organised it with B", "Organised by A with B."
// in a yearbook entry, "an exercise that A organises together with B", "B, which
// has since co-organised every edition"; "has sent no observers" sends nobody.
// Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s34-r2: a body whose unit took part takes part", "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"Amber Harbour 2026, a cyber exercise for shipping, was held in Tallinn. The Estonian Police and Border Guard "
       "Board, whose cyber crime bureau in Tartu took part, said the drill was useful.",
       {"Estonian Police and Border Guard Board participates_in Amber Harbour"},
       {}},
      {"Danube Guard 2026, a cyber exercise for Hungarian hospitals, was held in Budapest. The National Ambulance "
       "Service, whose incident response cell participated, praised the scenario.",
       {"National Ambulance Service participates_in Danube Guard"},
       {}},
  });
}

TEST_CASE("s34-r2: people took part, from a list of bodies", "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"Fjell Beacon 2026 was held in Tromso in May. Around 60 specialists took part, from two banks, the Norwegian "
       "Police Security Service and Telenor.",
       {"Norwegian Police Security Service participates_in Fjell Beacon", "Telenor participates_in Fjell Beacon"},
       {}},
      {"Tundra Flare 2026 was a cyber exercise held in Oulu. Some 200 participants attended, from five utilities, the "
       "Finnish Energy Authority and the National Emergency Supply Agency.",
       {"Finnish Energy Authority participates_in Tundra Flare",
        "National Emergency Supply Agency participates_in Tundra Flare"},
       {}},
  });
}

TEST_CASE("s34-r2: a nation represented by people of one of its bodies", "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"Pampas Shield 2026, a cyber defence exercise held in Buenos Aires, drew teams from Argentina, Chile and "
       "Uruguay. Chile was represented by its Joint Cyberspace Command, and Uruguay by officers from its Ministry of "
       "National Defence.",
       {"Uruguay's Ministry of National Defence participates_in Pampas Shield",
        "Uruguay participates_in Pampas Shield"},
       {}},
      {"Sahel Guard 2026, a regional cyber exercise, was held in Dakar. Senegal was represented by its national CERT, "
       "and Mali by experts of its Ministry of Digital Economy.",
       {"Ministry of Digital Economy participates_in Sahel Guard"},
       {}},
      {"Kivu Link 2026, a cyber exercise, was held in Kigali. Kenya was represented by analysts from its "
       "Communications Authority.",
       {"Kenya's Communications Authority participates_in Kivu Link"},
       {}},
  });
}

TEST_CASE("s34-r2: a body's people took part in an exercise", "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"The two agencies have worked together since 2022, most visibly during the Cyber Coalition exercise, in which "
       "CERT-FI analysts took part for the first time last year.",
       {"CERT-FI participates_in Cyber Coalition"},
       {}},
      {"Elbe Sentinel 2026, a cyber exercise held in Dresden, ended on Friday. BSI analysts took part in Elbe "
       "Sentinel for the second year running.",
       {"Federal Office for Information Security participates_in Elbe Sentinel"},
       {}},
  });
}

TEST_CASE("s34-r2: the red team comes from a body, the attacking side is played by one",
          "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"Vltava Gate 2026, a cyber defence drill, opened in Prague on Monday. The red team this year comes from the "
       "Slovak National Security Authority.",
       {"Slovak National Security Authority participates_in Vltava Gate"},
       {}},
      {"Tagus Lantern 2026, a cyber exercise, ended in Lisbon. The attacking side was played by Lusitania Red Labs, a "
       "Porto company.",
       {"Lusitania Red Labs participates_in Tagus Lantern"},
       {}},
  });
}

TEST_CASE("s34-r2: a co-organiser after 'hosted by A and co-organised with B'", "[relate][organises][s34-r2]") {
  check_relation_rows({
      {"Kerkyra Wave 2026, a naval cyber exercise, took place in Corfu from 4 to 8 May. It was organised by the "
       "Hellenic Navy and co-organised with the Cyprus Navy.",
       {"Hellenic Navy organises Kerkyra Wave", "Cyprus Navy organises Kerkyra Wave"},
       {}},
      {"Atlas Rampart 2026, a cyber drill, was held in Rabat. It was hosted by the Royal Moroccan Armed Forces and "
       "jointly organised with the General Directorate of Information Systems Security.",
       {"General Directorate of Information Systems Security organises Atlas Rampart"},
       {}},
  });
}

TEST_CASE("s34-r2: 'A co-organised it with B' and 'A ran it together with B'", "[relate][organises][s34-r2]") {
  check_relation_rows({
      {"Carpathian Bolt 2026 is a national exercise, and the Romanian Cyber Command co-organised it with the "
       "National Cyber Security Directorate.",
       {"Romanian Cyber Command organises Carpathian Bolt",
        "Romania's National Cyber Security Directorate organises Carpathian Bolt"},
       {}},
      {"Lake Ohrid Cipher 2026 took place in Ohrid; the North Macedonian Army ran it together with the Albanian Armed "
       "Forces.",
       {"North Macedonian Army organises Lake Ohrid Cipher", "Albanian Armed Forces organises Lake Ohrid Cipher"},
       {}},
  });
}

TEST_CASE("s34-r2: organisers in a yearbook entry, an exercise a body organises with another",
          "[relate][organises][s34-r2]") {
  check_relation_rows({
      {"- Prut Lantern 2026 (regional), 12.-14.05.2026, Iasi. Hosted by the Romanian Cyber Command with the Moldovan "
       "Ministry of Defence.",
       {"Romanian Cyber Command organises Prut Lantern", "Moldovan Ministry of Defence organises Prut Lantern"},
       {}},
      {"Vistula Arc 2026, a cyber exercise that Poland's Cyberspace Defence Forces organise together with NASK, "
       "opened in Warsaw.",
       {"NASK organises Vistula Arc"},
       {}},
      {"Japan and New Zealand held their first joint cyber drill, Kaikoura Link, at Wellington. Japan's team came from "
       "the Cyber Defense Command, which has since co-organised every edition.",
       {"Cyber Defense Command organises Kaikoura Link"},
       {}},
  });
}

TEST_CASE("s34-r2: a nation that has sent no observers takes no part", "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"Lithuania's Cyber Security Centre hosted Iron Amber 2026, a cyber defence exercise, in Vilnius this week. "
       "Teams from Latvia and Poland took part. Austria is not taking part in Iron Amber and has sent no observers.",
       {"Latvia participates_in Iron Amber"},
       {"Austria participates_in Iron Amber"}},
  });
}

TEST_CASE("s34-r2: a nation's team fielded by its body, and another's that came from its body",
          "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"Aconcagua Rock 2026, a cyber exercise, was held in Mendoza. Chile's team was fielded by its Joint Cyberspace "
       "Command; Paraguay's came from its Cyber Defence Command.",
       {"Joint Cyberspace Command participates_in Aconcagua Rock",
        "Cyber Defence Command participates_in Aconcagua Rock"},
       {}},
  });
}

TEST_CASE("s34-r2: a red team that has been provided by a body", "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"Bosphorus Key 2026, a cyber exercise, was held in Istanbul. Since 2024 the red team has been provided by the "
       "Turkish Cyber Defence Command.",
       {"Turkish Cyber Defence Command participates_in Bosphorus Key"},
       {}},
  });
}

TEST_CASE("s34-r2: a nation took part through one of its bodies, or sent a team from it",
          "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"Sava Relay 2026, a regional cyber exercise, was held in Ljubljana. For the first time, Croatia took part as a "
       "full participant, through the Croatian Military Intelligence Agency.",
       {"Croatia participates_in Sava Relay", "Croatian Military Intelligence Agency participates_in Sava Relay"},
       {}},
      {"Danube Rampart 2026 was held in Vienna. Bavaria's police sent a small team from its Cyber Crime Competence "
       "Centre, led by an inspector.",
       {"Cyber Crime Competence Centre participates_in Danube Rampart"},
       {}},
  });
}

TEST_CASE("s34-r2: an exercise that began as a drill between two bodies", "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"Oresund Lock is a cyber defence exercise held every autumn. The first edition was held in Malmo in 2022 as a "
       "table-top exercise between the Swedish Civil Contingencies Agency and the Danish Centre for Cyber Security.",
       {"Swedish Civil Contingencies Agency participates_in Oresund Lock",
        "Danish Centre for Cyber Security participates_in Oresund Lock"},
       {}},
      {"Tisza Beacon 2026, a cyber exercise, ended in Szeged on Friday. Tisza Beacon began in 2021 as a small drill "
       "between the Hungarian Defence Forces and the Romanian Cyber Command.",
       {"Hungarian Defence Forces participates_in Tisza Beacon", "Romanian Cyber Command participates_in Tisza Beacon"},
       {}},
  });
}

TEST_CASE("s34-r2: a team, fielded by a body, and a body providing the opposing force",
          "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"Caspian Cipher 2026, a cyber exercise, ended in Baku. The Georgian team, fielded by the Cyber Security Bureau, "
       "finished second.",
       {"Cyber Security Bureau participates_in Caspian Cipher"},
       {}},
      {"Timor Gate 2026, a cyber exercise, ran from 3 to 14 May in Darwin and was led by the Australian Army, with the "
       "Australian Signals Directorate providing the opposing force.",
       {"Australian Signals Directorate participates_in Timor Gate"},
       {"Australian Signals Directorate organises Timor Gate"}},
      {"Nordkapp Veil 2026, a cyber drill, was held in Tromso, with the Norwegian Cyber Defence Force playing the red "
       "team.",
       {"Norwegian Cyber Defence Force participates_in Nordkapp Veil"},
       {}},
  });
}

TEST_CASE("s34-r2: a dialogue attended, from each side, by its bodies", "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"On 12 May, the Second Korea-Finland Cyber Dialogue was held in Helsinki. The dialogue was attended, from the "
       "Korean side, by the National Intelligence Service and the Ministry of National Defense, and, from the Finnish "
       "side, by Traficom and the Finnish Defence Forces.",
       {"National Intelligence Service participates_in Second Korea-Finland Cyber Dialogue",
        "Finnish Defence Forces participates_in Second Korea-Finland Cyber Dialogue"},
       {}},
  });
}

TEST_CASE("s34-r2: a national team formed jointly with a body", "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"Locked Shields 2026 was held in Tallinn in April. The Danish team was formed jointly with the Danish Defence "
       "Intelligence Service and included specialists from Energinet.",
       {"Danish Defence Intelligence Service participates_in Locked Shields"},
       {}},
  });
}

TEST_CASE("s34-r2: an exercise held in a place, then 'by' its organiser", "[relate][organises][s34-r2]") {
  check_relation_rows({
      {"Nordic Gale 2026, a crisis exercise, was held in Bodo, Norway, by the Norwegian National Security Authority.",
       {"Norwegian National Security Authority organises Nordic Gale"},
       {}},
      {"Adriatic Pulse 2026, a cyber exercise, was run from Split, Croatia, by the Croatian Armed Forces in May.",
       {"Croatian Armed Forces organises Adriatic Pulse"},
       {}},
  });
}

TEST_CASE("s34-r2: 'Observers included' and a share in an exercise coordinated by a body",
          "[relate][participates_in][s34-r2]") {
  check_relation_rows({
      {"Tatra Veil 2026, a cyber defence exercise, was held in Kosice last week. Observers included Ukraine's State "
       "Service of Special Communications and Information Protection and Moldova.",
       {"Moldova participates_in Tatra Veil"},
       {}},
      {"Karst Shield 2026, a cyber exercise, ended in Ljubljana. Observers included the European Defence Agency.",
       {"European Defence Agency participates_in Karst Shield"},
       {}},
      {"Tatra Veil 2026, a cyber defence exercise, was held in Kosice last week. Romania's participation was "
       "coordinated by its Cyber Command.",
       {"Romania's Cyber Command participates_in Tatra Veil"},
       {}},
      {"Karst Shield 2026, a cyber exercise, ended in Ljubljana. Croatia's involvement was led by the Croatian "
       "Military Intelligence Agency.",
       {"Croatian Military Intelligence Agency participates_in Karst Shield"},
       {}},
  });
}

TEST_CASE("s34-r2: 'It was hosted by A and organised by B'", "[relate][organises][s34-r2]") {
  check_relation_rows({
      {"Nine member states have completed Zambezi Relay 2026, a regional cyber exercise. It was hosted by the Zambia "
       "Information and Communications Technology Authority and organised by the African Union Commission, with "
       "technical support from the World Bank.",
       {"Zambia Information and Communications Technology Authority organises Zambezi Relay",
        "African Union Commission organises Zambezi Relay"},
       {"World Bank organises Zambezi Relay"}},
  });
}
