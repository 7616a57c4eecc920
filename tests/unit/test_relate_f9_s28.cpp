// Session 28 (helper f9) relations of new house styles: UN meetings coverage
// (speakers named with their country), readouts, speeches, wiki pages about
// an exercise. Sentences and pages written for these tests.
#include <catch2/catch.hpp>

#include "article_graph.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("meetings coverage: a speaker's country in brackets, a body's delegate named after it", "[relate][s28-f9]") {
  check_relation_rows({
      {"Opening the debate, Committee Chair Anna Kowalska (Poland) said the group would meet in Geneva.",
       {"Anna Kowalska affiliated_with Poland"},
       {}},
      {"The African Union's observer, Kwame Mensah, said the Union would meet again.",
       {"Kwame Mensah affiliated_with African Union"},
       {}},
      {"Brazil's delegate, Ana Souza, said the forum had done good work.",
       {"Ana Souza affiliated_with Brazil"},
       {}},
  });
}

TEST_CASE("an occasion which a body is organising, together with another", "[relate][s28-f9]") {
  check_relation_rows({
      {"Welcome to the Riga Cyber Forum, which the Latvian Ministry of Defence is organising.",
       {"Latvian Ministry of Defence organises Riga Cyber Forum"},
       {}},
      {"Welcome to the second Riga Cyber Forum, which the Latvian Ministry of Defence is organising this year "
       "together with CERT.LV.",
       {"Latvian Ministry of Defence organises Riga Cyber Forum", "CERT.LV organises Riga Cyber Forum"},
       {}},
  });
}

TEST_CASE("member states of a body took part, among them some named", "[relate][s28-f9]") {
  check_relation_rows({
      {"The African Union organised the exercise Savanna Shield in Accra. Teams from 19 African Union member "
       "states took part, among them Latvia, Portugal and Malta, with the Commission acting as exercise control.",
       {"Latvia member_of African Union", "Malta member_of African Union", "Latvia participates_in Savanna Shield"},
       {}},
  });
}

TEST_CASE("next year's edition will move to a city: not where the exercise is", "[relate][s28-f9]") {
  check_relation_rows({
      {"Cyber Coalition ended in Tartu on Friday. Organisers said next year's Cyber Coalition will move to Riga.",
       {},
       {"Cyber Coalition located_in Riga"}},
  });
}

TEST_CASE("he headed a branch of the body he served at: he did not lead the body", "[relate][s28-f9]") {
  check_relation_rows({
      {"Colonel Ivar Berg, many of you know him from his years at the Centre of Excellence in Tallinn, where he "
       "headed the technology branch.",
       {},
       {"Ivar Berg leads Centre of Excellence"}},
  });
}

TEST_CASE("an edition's code after an exercise's name belongs to it", "[relate][s28-f9]") {
  check_relation_rows({
      {"Smith praised Cyber Flag 25-1, which U.S. Cyber Command hosted in Norfolk from May 3 to 7.",
       {"United States Cyber Command organises Cyber Flag"},
       {}},
  });
}

TEST_CASE("a person with two roles in apposition: the person met, and leads both", "[relate][s28-f9]") {
  check_relation_rows({
      {"Gen. John Smith, commander of the Finnish Defence Forces and director of the Finnish Security and "
       "Intelligence Service, met yesterday with Gen. Pierre Dubois at Brussels.",
       {"John Smith met_with Pierre Dubois", "John Smith leads Finnish Defence Forces",
        "John Smith leads Finnish Security and Intelligence Service"},
       {"Finnish Security and Intelligence Service met_with Pierre Dubois"}},
  });
}

TEST_CASE("a wiki page about an exercise: under a new heading, teams took part in the page's exercise", "[relate][s28-f9]") {
  auto g = edge_lines(article_graph("# Baltic Shield\n\n*From CyberWiki*\n\n**Baltic Shield** is a cyber exercise "
                                    "organised by the Latvian Ministry of Defence.\n\n## History\n\nThe first edition "
                                    "was held in Riga in 2019. Lithuania took part in it.\n\nNo edition was held in "
                                    "2021 because the teams were training for Crossed Swords.\n\n## 2024 edition\n\n"
                                    "Besides the host, teams from Poland and Denmark's Centre for Cyber Security "
                                    "participated.\n",
                                    "page.md", DocumentFormat::Markdown));
  CHECK(contains(g, "Poland participates_in Baltic Shield"));
  CHECK_FALSE(contains(g, "Poland participates_in Crossed Swords"));
}

TEST_CASE("a speaker's hope that a nation will join is no fact", "[relate][s28-f9]") {
  check_relation_rows({
      {"Ireland is a valued partner of the CEDC, and I hope it will join the exercise Cyber Coalition.",
       {},
       {"Ireland participates_in Cyber Coalition"}},
      {"Ireland is a valued partner, and we hope that Ireland will join Cyber Coalition next year.",
       {},
       {"Ireland participates_in Cyber Coalition"}},
  });
}

TEST_CASE("a firm named after its nation's demonym and a firm noun is what acts, not the nation", "[relate][s28-f9]") {
  check_relation_rows({
      {"Cyber Coalition began on Monday. The red team was provided by the Swedish company Norrsken Cyber Range "
       "AB, based in Lulea.",
       {"Norrsken Cyber Range AB participates_in Cyber Coalition"},
       {"Sweden participates_in Cyber Coalition"}},
  });
}

TEST_CASE("', organised by X' after the second of two exercises is said of that one only", "[relate][s28-f9]") {
  check_relation_rows({
      {"Its teams have taken part in Cyber Coalition since 2014 and in Locked Shields, organised by the NATO "
       "Cooperative Cyber Defence Centre of Excellence in Tallinn, since 2017.",
       {"NATO Cooperative Cyber Defence Centre of Excellence organises Locked Shields"},
       {"NATO Cooperative Cyber Defence Centre of Excellence organises Cyber Coalition"}},
  });
}

TEST_CASE("a speech under a state's letterhead: 'we' and 'our' are the state", "[relate][s28-f9]") {
  auto g = edge_lines(article_graph("REPUBLIC OF LATVIA\nMINISTRY OF DEFENCE\n\nAddress by the Minister of Defence at "
                                    "the Riga seminar\n\nRiga, 3 March 2026\n\nDear guests,\n\nSince 2021, we have "
                                    "also been a sponsoring nation of the NATO Cooperative Cyber Defence Centre of "
                                    "Excellence. In May, our cyber defenders took part in Locked Shields for the "
                                    "sixth time.\n"));
  CHECK(contains(g, "Latvia member_of NATO Cooperative Cyber Defence Centre of Excellence"));
  CHECK(contains(g, "Latvia participates_in Locked Shields"));
}

TEST_CASE("'its specialists have taken part in A and in B': the nation the story spoke of took part in both", "[relate][s28-f9]") {
  check_relation_rows({
      {"Romania joined NATO in 2004. Its cyber specialists have taken part in the NATO exercise Cyber Coalition "
       "since 2015 and in Locked Shields since 2018.",
       {"Romania participates_in Cyber Coalition 2015", "Romania participates_in Locked Shields 2018"},
       {}},
      {"Norway has also been a contributing participant of the NATO Cooperative Cyber Defence Centre of Excellence "
       "since 2020.",
       {"Norway member_of NATO Cooperative Cyber Defence Centre of Excellence 2020"},
       {}},
  });
}

TEST_CASE("a minister received the head of a nation's body, named after the title", "[relate][s28-f9]") {
  check_relation_rows({
      {"On Monday, Minister of Digital Affairs Dr. Omar Hassan received the Governor of Qatar's National Cyber "
       "Security Agency, Eng. Faisal Al-Harbi, at the ministry.",
       {"Faisal Al-Harbi leads Qatar's National Cyber Security Agency", "Omar Hassan met_with Faisal Al-Harbi"},
       {}},
  });
}

TEST_CASE("two parties who hold an annual dialogue or worked hand in hand cooperate", "[relate][s28-f9]") {
  check_relation_rows({
      {"Romania and Hungary have held an annual cyber defence dialogue since 2021.",
       {"Romania cooperates_with Hungary 2021"},
       {}},
      {"The official said the European Union had held its annual cyber dialogue with Brazil in Brasilia on 3 May.",
       {"European Union cooperates_with Brazil"},
       {}},
      {"The minister said Jordan and Oman had \"worked hand in hand\" on cyber security since 2018.",
       {"Jordan cooperates_with Oman 2018"},
       {}},
  });
}

TEST_CASE("a person co-chaired talks with another: they met", "[relate][s28-f9]") {
  check_relation_rows({
      {"Today, Assistant Secretary Dr. Jane Roe co-chaired the Nordic Cyber Dialogue in Oslo with Norwegian State "
       "Secretary Kari Lunde.",
       {"Jane Roe met_with Kari Lunde"},
       {}},
  });
}

TEST_CASE("a nation hosted, for the first time, an exercise: an aside between verb and object", "[relate][s28-f9]") {
  check_relation_rows({
      {"In October, Latvia hosted, for the first time, the regional exercise Amber Switch in Liepaja.",
       {"Latvia organises Amber Switch"},
       {}},
  });
}

TEST_CASE("holding a body's presidency is being its member, a rotating presidency of the Council is not", "[relate][s28-f9]") {
  check_relation_rows({
      {"This year Latvia holds the presidency of the Nordic Defence Cooperation (NORDEFCO), the forum in which it "
       "works with Austria.",
       {"Latvia member_of Nordic Defence Cooperation"},
       {}},
      {"The ministry steers the digital files while Poland holds the rotating presidency of the Council of the EU.",
       {},
       {"Poland * Council of the EU"}},
  });
}

TEST_CASE("an exercise which a body hosted in a place, a place in a place before its possessive", "[relate][s28-f9]") {
  check_relation_rows({
      {"Smith thanked Jones for the help with Cyber Flag, which U.S. Cyber Command hosted in Norfolk, Virginia, "
       "from May 3 to 7.",
       {"Cyber Flag located_in Norfolk"},
       {}},
      {"The Arab League's headquarters are located in Cairo's Tahrir Square.",
       {"League of Arab States located_in Tahrir Square", "Tahrir Square located_in Cairo"},
       {}},
  });
}

TEST_CASE("'who' after a person's apposition is the person, not the body the apposition names", "[relate][s28-f9]") {
  check_relation_rows({
      {"The plan came from Juhan Tamm, head of the Estonian Cyber Command, who had worked with Latvian officers "
       "in Riga.",
       {"Juhan Tamm leads Estonian Cyber Command"},
       {"Latvia cooperates_with Estonian Cyber Command"}},
  });
}

TEST_CASE("a delegate's 'her country' is the nation named before it", "[relate][s28-f9]") {
  check_relation_rows({
      {"Japan's delegate, Yuki Tanaka, said her country had co-organised with the Association of Southeast Asian "
       "Nations (ASEAN) a series of workshops.",
       {"Japan cooperates_with Association of Southeast Asian Nations"},
       {}},
      {"The representative of Peru said his country had joined the European Union in 2019.",
       {"Peru member_of European Union 2019"},
       {}},
      {"Peru had become a member of NATO in 2019.",
       {"Peru member_of North Atlantic Treaty Organization 2019"},
       {}},
  });
}

TEST_CASE("a nation's contribution to an exercise, a body's new unit in a city", "[relate][s28-f9]") {
  check_relation_rows({
      {"Cyber Flag began in May. Smith thanked Jones for Norway's contribution to Cyber Flag.",
       {"Norway participates_in Cyber Flag"},
       {}},
      {"Ms Tamm briefed on the Latvian Cyber Command's new Cyber Range Hub in Tartu, which opened in September.",
       {"Cyber Range Hub located_in Tartu"},
       {}},
      // the body that ran an exercise in a city is not in that city
      {"Three banks joined Harbour Lock, a drill run by Britain's National Crime Agency in Leeds last spring.",
       {},
       {"National Crime Agency located_in Leeds"}},
  });
}

TEST_CASE("a minister whose title names the state's ministry signs for the state", "[relate][s28-f9]") {
  check_relation_rows({
      {"The Ministry of Defence of Latvia announced the talks on Monday. Latvia's Minister of Defence, Ivars Ozols, "
       "and Estonia's Minister for Defence, Mari Tamm, met in Riga and signed the Riga Declaration on Baltic Cyber "
       "Integration.",
       {"Latvia party_to Riga Declaration on Baltic Cyber Integration",
        "Estonia party_to Riga Declaration on Baltic Cyber Integration"},
       {"Ministry of Defence of Latvia party_to Riga Declaration on Baltic Cyber Integration"}},
  });
}

TEST_CASE("a body joined 'it' as a participant: it is the exercise, not a body it joined", "[relate][s28-f9]") {
  check_relation_rows({
      {"The exercise Baltic Shield was held in Riga in 2022. CERT.LV joined it as a civilian participant.",
       {"CERT.LV participates_in Baltic Shield"},
       {}},
  });
}

TEST_CASE("teams from A and B, and the national response team X: X took part too", "[relate][s28-f9]") {
  check_relation_rows({
      {"In May, Latvia hosted the regional exercise Amber Switch in Liepaja. It was organised by the Latvian Cyber "
       "Command, with teams from Austria, Croatia and Hungary, and with the national response team CERT.LV, which "
       "is operated by the Institute of Electronics.",
       {"CERT.LV participates_in Amber Switch", "Austria participates_in Amber Switch"},
       {}},
  });
}

TEST_CASE("'X's delegate said her country had A and had B': the later verb is the country's too", "[relate][s28-f9]") {
  check_relation_rows({
      {"Japan's delegate said her country had co-organised a series of workshops and had become a contributing "
       "participant of the NATO Cooperative Cyber Defence Centre of Excellence in 2019.",
       {"Japan member_of NATO Cooperative Cyber Defence Centre of Excellence 2019"},
       {}},
  });
}
