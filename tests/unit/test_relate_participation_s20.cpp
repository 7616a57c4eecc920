// Session 20: more of the ways news tells who took part in an exercise or an
// event: "A and B were the other participants", "X was joined by A",
// "with the participation of A", trainers or counterparts "from A", ships and
// aircraft sent, sailors and marines as a nation's people. Every text written
// for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("participation s20: the other participants", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"Exercise Iron Tide began in Gdynia on Monday. Poland led the drill. Norway and Denmark were the other participants.",
       {"Norway participates_in Iron Tide", "Denmark participates_in Iron Tide"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Poland led the drill. The other participants were Norway and Denmark.",
       {"Norway participates_in Iron Tide", "Denmark participates_in Iron Tide"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Norway and Denmark are the only participants this year.",
       {"Norway participates_in Iron Tide", "Denmark participates_in Iron Tide"},
       {}},
      // other roles than taking part: nothing
      {"Exercise Iron Tide began in Gdynia on Monday. Norway and Denmark were the other bidders.",
       {},
       {"Norway participates_in Iron Tide", "Denmark participates_in Iron Tide"}},
      {"Exercise Iron Tide began in Gdynia on Monday. Norway and Denmark were not the other participants.",
       {},
       {"Norway participates_in Iron Tide", "Denmark participates_in Iron Tide"}},
  });
}

TEST_CASE("participation s20: joined by nations, with the participation of", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"Exercise Iron Tide began in Gdynia on Monday. Polish forces were joined by Norway and Denmark.",
       {"Norway participates_in Iron Tide", "Denmark participates_in Iron Tide"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. The drill is held with the participation of Norway and Denmark.",
       {"Norway participates_in Iron Tide", "Denmark participates_in Iron Tide"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. This year the drill saw participation from Norway.",
       {"Norway participates_in Iron Tide"},
       {}},
      // hedged or denied: nothing
      {"Exercise Iron Tide began in Gdynia on Monday. Poland hopes to be joined by Norway next year.",
       {},
       {"Norway participates_in Iron Tide"}},
      {"Exercise Iron Tide began in Gdynia on Monday. Poland was not joined by Norway.",
       {},
       {"Norway participates_in Iron Tide"}},
  });
}

TEST_CASE("participation s20: trainers and counterparts from a nation", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"Exercise Iron Tide began in Gdynia on Monday. Teams from Norway took part, with trainers from Denmark.",
       {"Norway participates_in Iron Tide", "Denmark participates_in Iron Tide"},
       {}},
      {"The Baltic Security Summit opened in Riga on Monday. Latvia hosted counterparts from Norway and Denmark.",
       {"Norway participates_in Baltic Security Summit", "Denmark participates_in Baltic Security Summit"},
       {}},
      // equipment from a nation is no one taking part
      {"Exercise Iron Tide began in Gdynia on Monday. Teams from Norway took part, with radios from Denmark.",
       {"Norway participates_in Iron Tide"},
       {"Denmark participates_in Iron Tide"}},
      {"The Baltic Security Summit opened in Riga on Monday. Latvia plans to host counterparts from Norway.",
       {},
       {"Norway participates_in Baltic Security Summit"}},
  });
}

TEST_CASE("participation s20: ships, aircraft and sailors sent", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"Exercise Iron Tide began in Gdynia on Monday. Norway sent a frigate.",
       {"Norway participates_in Iron Tide"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Denmark contributed two warships and a submarine.",
       {"Denmark participates_in Iron Tide"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Japan flew in a handful of observers.",
       {"Japan participates_in Iron Tide"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Norwegian sailors took part.",
       {"Norway participates_in Iron Tide"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Some 400 Dutch marines are taking part.",
       {"Netherlands participates_in Iron Tide"},
       {}},
      // hedged: nothing
      {"Exercise Iron Tide began in Gdynia on Monday. Norway may send a frigate.",
       {},
       {"Norway participates_in Iron Tide"}},
      {"Exercise Iron Tide began in Gdynia on Monday. Norwegian sailors did not take part.",
       {},
       {"Norway participates_in Iron Tide"}},
  });
}

TEST_CASE("participation s20: among the leaders at an event", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"The Baltic Security Summit opened in Riga on Monday. Prime Minister Ola Berg was among the leaders at the Baltic Security Summit.",
       {"Ola Berg participates_in Baltic Security Summit"},
       {}},
      {"The Baltic Security Summit opened in Riga on Monday. Norway was among the 30 delegations at the summit.",
       {"Norway participates_in Baltic Security Summit"},
       {}},
  });
}

TEST_CASE("participation s20: sent to a country, or taking part if", "[relate][participates_in][s20]") {
  check_relation_rows({
      // where the troops or ships went is a country: no exercise taken part in
      {"Exercise Iron Tide began in Gdynia on Monday. Norway sent troops to Ukraine last year.",
       {},
       {"Norway participates_in Iron Tide"}},
      {"Exercise Iron Tide began in Gdynia on Monday. Denmark sent two warships to Estonia in 2024.",
       {},
       {"Denmark participates_in Iron Tide"}},
      // ... unless the clause names the exercise
      {"Exercise Iron Tide began in Gdynia on Monday. Norway sent 300 troops to Poland for Iron Tide.",
       {"Norway participates_in Iron Tide"},
       {}},
      // a condition is no fact
      {"Exercise Iron Tide began in Gdynia on Monday. If Norway took part, it would be the first time.",
       {},
       {"Norway participates_in Iron Tide"}},
      {"Exercise Iron Tide began in Gdynia on Monday. Asked whether Norway would take part, he declined to comment.",
       {},
       {"Norway participates_in Iron Tide"}},
      {"Exercise Iron Tide began in Gdynia on Monday. Unless Denmark joins the drill, Norway will lead it.",
       {},
       {"Denmark participates_in Iron Tide"}},
  });
}

TEST_CASE("participation s20: a lead-in naming who took part, then a list of exercises", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"Norway's year in review.\n\nSince March, Norwegian personnel have taken part in the following exercises:\n\n"
       "- Locked Shields, hosted by the CCDCOE in Tallinn in April;\n\n"
       "- Cyber Coalition, NATO's flagship exercise, in November.\n\nNorway also signed a memorandum with Chile.",
       {"Norway participates_in Locked Shields 2025-04", "Norway participates_in Cyber Coalition 2024-11"},
       {"Norway participates_in Chile"}},
      {"Estonia's year.\n\nThe Estonian Defence Forces attended these exercises:\n\n- Locked Shields, run by the CCDCOE\n\n- Cyber Coalition, NATO's flagship exercise",
       {"Estonian Defence Forces participates_in Locked Shields", "Estonian Defence Forces participates_in Cyber Coalition"},
       {}},
      // a lead-in denied or hedged: no list of what was taken part in
      {"Norway's plans.\n\nNorway plans to take part in the following exercises:\n\n- Locked Shields, run by the CCDCOE\n\n- Cyber Coalition, NATO's flagship exercise",
       {},
       {"Norway participates_in Locked Shields", "Norway participates_in Cyber Coalition"}},
      {"Norway's year.\n\nNorway did not take part in these exercises:\n\n- Locked Shields, run by the CCDCOE\n\n- Cyber Coalition, NATO's flagship exercise",
       {},
       {"Norway participates_in Locked Shields", "Norway participates_in Cyber Coalition"}},
  });
}

TEST_CASE("participation s20: an item of a plain-text list is no headline", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"Norway's year.\n\nNorway has taken part in these exercises:\n\n- Exercise Iron Tide, run by Poland in Gdynia in April;\n\n"
       "- Exercise Salt Bridge, held in Valletta in June",
       {"Norway participates_in Iron Tide", "Norway participates_in Salt Bridge", "Poland organises Iron Tide"},
       {}},
  });
}

TEST_CASE("participation s20: a nation's delegation, and joining a nation's troops", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"The Baltic Security Summit opened in Riga on Monday. The Norwegian delegation was led by Foreign Minister Ola Berg.",
       {"Norway participates_in Baltic Security Summit", "Ola Berg participates_in Baltic Security Summit"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Polish troops joined American soldiers on the beach.",
       {"Poland participates_in Iron Tide", "United States participates_in Iron Tide"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Teams from Lithuania and Latvia joined the Estonian side on Tuesday.",
       {"Estonia participates_in Iron Tide", "Lithuania participates_in Iron Tide"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Norwegian sailors took part alongside Danish marines.",
       {"Norway participates_in Iron Tide", "Denmark participates_in Iron Tide"},
       {}},
      // a permanent delegation to a body, a hedge: nothing
      {"Exercise Iron Tide began in Gdynia on Monday. The Swedish delegation to NATO welcomed the drill.",
       {},
       {"Sweden participates_in Iron Tide"}},
      {"Exercise Iron Tide began in Gdynia on Monday. Polish troops may join American soldiers next year.",
       {},
       {"United States participates_in Iron Tide"}},
  });
}

TEST_CASE("participation s20: a minister sent, a nation represented by a person", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"The Baltic Security Summit opened in Riga on Monday. China sent its defence minister, Dong Jun.",
       {"China participates_in Baltic Security Summit", "Dong Jun participates_in Baltic Security Summit"},
       {}},
      {"The Baltic Security Summit opened in Riga on Monday. Norway sent Defence Minister Ola Berg.",
       {"Norway participates_in Baltic Security Summit", "Ola Berg participates_in Baltic Security Summit"},
       {}},
      {"The Baltic Security Summit opened in Riga on Monday. Norway was represented by its ambassador, Ola Berg.",
       {"Norway participates_in Baltic Security Summit", "Ola Berg participates_in Baltic Security Summit"},
       {}},
      {"The Baltic Security Summit opened in Riga on Monday. Norway was represented by Defence Minister Ola Berg.",
       {"Ola Berg participates_in Baltic Security Summit"},
       {}},
      // hedged: nothing
      {"The Baltic Security Summit opened in Riga on Monday. China may send its defence minister, Dong Jun.",
       {},
       {"Dong Jun participates_in Baltic Security Summit", "China participates_in Baltic Security Summit"}},
  });
}

TEST_CASE("participation s20: an exercise that included nations, hosting nations for it", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"Exercise Iron Tide began in Gdynia on Monday. The exercise included Finland and Sweden.",
       {"Finland participates_in Iron Tide", "Sweden participates_in Iron Tide"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Poland hosted Estonia and Lithuania for the drill.",
       {"Estonia participates_in Iron Tide", "Lithuania participates_in Iron Tide"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Poland hosted Estonia and Lithuania for Iron Tide.",
       {"Estonia participates_in Iron Tide", "Lithuania participates_in Iron Tide"},
       {}},
      // a scenario's target, a nation hosted for talks: nothing
      {"Exercise Iron Tide began in Gdynia on Monday. The exercise included a simulated cyber attack on a power plant in Estonia.",
       {},
       {"Estonia participates_in Iron Tide"}},
      {"Exercise Iron Tide began in Gdynia on Monday. Poland hosted Estonia for talks on Friday.",
       {},
       {"Estonia participates_in Iron Tide"}},
  });
}

TEST_CASE("participation s20: debut, return, one of N at, its participants, relative clauses", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"Exercise Iron Tide began in Gdynia on Monday. Japan made its debut at Iron Tide.", {"Japan participates_in Iron Tide"}, {}},
      {"Exercise Iron Tide began in Gdynia on Monday. India returned to Iron Tide after a year's absence.", {"India participates_in Iron Tide"}, {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Japan was one of 30 countries at Iron Tide.", {"Japan participates_in Iron Tide"}, {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Norway's representatives at Iron Tide praised the hosts.", {"Norway participates_in Iron Tide"}, {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Iron Tide participants Japan and India praised the hosts.",
       {"Japan participates_in Iron Tide", "India participates_in Iron Tide"}, {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Japan, a regular participant in Iron Tide, praised the hosts.",
       {"Japan participates_in Iron Tide"}, {}},
      {"The Baltic Security Summit opened in Riga on Monday. Latvia hosts the Baltic Security Summit, which Japan and India will also attend.",
       {"Japan participates_in Baltic Security Summit", "India participates_in Baltic Security Summit"}, {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Japanese and Indian warships also joined.",
       {"Japan participates_in Iron Tide", "India participates_in Iron Tide"}, {}},
      // not taking part: nothing
      {"Exercise Iron Tide began in Gdynia on Monday. Japan made its debut at the United Nations in 1956.", {}, {"Japan participates_in Iron Tide"}},
      {"Exercise Iron Tide began in Gdynia on Monday. Japan was one of 30 countries that did not attend Iron Tide.", {}, {"Japan participates_in Iron Tide"}},
      {"Exercise Iron Tide began in Gdynia on Monday. Latvia hosts Iron Tide, which Japan criticised.", {}, {"Japan participates_in Iron Tide"}},
      {"Exercise Iron Tide began in Gdynia on Monday. Russian warships shadowed the ships.", {}, {"Russia participates_in Iron Tide"}},
  });
}

TEST_CASE("participation s20: people listed with their titles and offices", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"The Baltic Security Summit opened in Riga on Monday. Speakers included Lieutenant General Carlo Ferrante, commander of "
       "Italy's Network Operations Command, Brigadier General Nikos Stavrou of the Hellenic National Defence General Staff, "
       "and Croatia's cyber defence chief, Colonel Ivana Horvat.",
       {"Carlo Ferrante participates_in Baltic Security Summit", "Nikos Stavrou participates_in Baltic Security Summit",
        "Ivana Horvat participates_in Baltic Security Summit"},
       {}},
      {"The Baltic Security Summit opened in Riga on Monday. Among the speakers were General Carlo Ferrante, Italy's cyber chief, and Admiral Nikos Stavrou of Greece.",
       {"Carlo Ferrante participates_in Baltic Security Summit", "Nikos Stavrou participates_in Baltic Security Summit"},
       {}},
      {"The Baltic Security Summit opened in Riga on Monday. Attendees included General Carlo Ferrante and Admiral Nikos Stavrou.",
       {"Carlo Ferrante participates_in Baltic Security Summit", "Nikos Stavrou participates_in Baltic Security Summit"},
       {}},
      // a person after the list's end is no speaker
      {"The Baltic Security Summit opened in Riga on Monday. Speakers included Carlo Ferrante, who praised Nikos Stavrou.",
       {},
       {"Nikos Stavrou participates_in Baltic Security Summit"}},
      {"The Baltic Security Summit opened in Riga on Monday. Speakers included Carlo Ferrante; Nikos Stavrou sent a letter.",
       {},
       {"Nikos Stavrou participates_in Baltic Security Summit"}},
  });
}

TEST_CASE("participation s20: will attend", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"The Baltic Security Summit opens in Riga on Monday. Japan and India will also attend.",
       {"Japan participates_in Baltic Security Summit", "India participates_in Baltic Security Summit"},
       {}},
      {"The Baltic Security Summit opens in Riga on Monday. Japan will not attend.", {}, {"Japan participates_in Baltic Security Summit"}},
      {"The Baltic Security Summit opens in Riga on Monday. Japan is expected to attend.", {}, {"Japan participates_in Baltic Security Summit"}},
  });
}

TEST_CASE("participation s20: troops, sailors and forces from nations", "[relate][participates_in][s20]") {
  check_relation_rows({
      {"Troops from Japan and India began Exercise Dharma Guardian near Belgaum on Monday.",
       {"Japan participates_in Dharma Guardian", "India participates_in Dharma Guardian"},
       {}},
      {"Exercise Iron Tide began in Gdynia on Monday. Sailors and marines from Norway are on board.",
       {"Norway participates_in Iron Tide"},
       {}},
      // equipment bought from a nation: nothing
      {"Exercise Iron Tide began in Gdynia on Monday. Poland bought radios from Norway.",
       {},
       {"Norway participates_in Iron Tide"}},
  });
}
