// Session 16: cooperation, taking part and membership stated the ways news
// prose states them. Every text written for this test; negatives beside the
// positives. Read as published on 18 June 2025 unless a row says otherwise.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s16: the two parties a sentence gives a bilateral deal cooperate", "[relate][s16][cooperates_with]") {
  check_relation_rows({
      {"Peru and Chile signed the Andes Memorandum on Cyber Incident Response on Tuesday.",
       {"Peru cooperates_with Chile 2025-06-17", "Peru party_to Andes Memorandum on Cyber Incident Response"},
       {}},
      {"Uruguay signed the Montevideo Roadmap on Cyber Training with Paraguay in March.",
       {"Uruguay cooperates_with Paraguay 2025-03"},
       {}},
      // officials sign for the bodies they lead
      {"The Memorandum on Cable Protection was inked by ANSSI director Vincent Strubel and BSI deputy president "
       "Gerhard Schabhuser.",
       {"Federal Office for Information Security cooperates_with National Cybersecurity Agency of France"},
       {}},
      // a charter is no deal between two: its signers need not work together
      {"Estonia and Japan signed the Tallinn Cyber Charter on Monday.",
       {"Estonia party_to Tallinn Cyber Charter"},
       {"Estonia cooperates_with Japan"}},
      // three signers: not read as pairs
      {"Peru, Chile and Bolivia signed the Lima Memorandum on Cyber Defence on Monday.",
       {"Bolivia party_to Lima Memorandum on Cyber Defence"},
       {"Peru cooperates_with Chile", "Chile cooperates_with Bolivia"}},
      // a body and its own state are one side
      {"The Brazilian Army and Brazil signed the Amazon Roadmap on Cyber Training.",
       {"Brazil party_to Amazon Roadmap on Cyber Training"},
       {"Brazil cooperates_with Brazilian Army"}},
  });
}

TEST_CASE("s16: organisers and participants named around an exercise's apposition", "[relate][s16][organises]") {
  check_relation_rows({
      // an apposition between the organiser and its verb
      {"The NATO Communications and Information Agency (NCIA), based in Mons, has wrapped up Locked Shields.",
       {"NATO Communications and Information Agency organises Locked Shields"},
       {}},
      // a place between the verb and "by"
      {"Cyber Coalition, which was run from Tartu by Allied Command Transformation, ended on Friday.",
       {"Allied Command Transformation organises Cyber Coalition"},
       {}},
      {"Locked Shields was organised jointly with Allied Command Transformation.",
       {"Allied Command Transformation organises Locked Shields"},
       {}},
      // who an exercise was held with took part in it
      {"In March, Poland ran Cyber Coalition, a national exercise in Gdynia with the Polish Navy.",
       {"Polish Navy participates_in Cyber Coalition 2025-03"},
       {}},
      {"Last autumn Moldova held a joint exercise, Locked Shields, in Chisinau with Romania.",
       {"Romania participates_in Locked Shields", "Moldova organises Locked Shields"},
       {"Moldova participates_in Locked Shields"}},
      // the exercise described, then named in apposition
      {"The Swedish Armed Forces will lead a first joint exercise under the new arrangement, Locked Shields, in September.",
       {"Swedish Armed Forces organises Locked Shields"},
       {}},
      // a hedged joint planning is no organising
      {"Locked Shields was planned jointly with Allied Command Transformation.",
       {},
       {"Allied Command Transformation organises Locked Shields"}},
  });
}

TEST_CASE("s16: the nations that founded an organisation are its members", "[relate][s16][member_of]") {
  check_relation_rows({
      {"The talks took place at the CCDCOE, the Tallinn-based hub that Estonia and six other allies founded in 2008.",
       {"Estonia member_of NATO Cooperative Cyber Defence Centre of Excellence 2008"},
       {}},
      {"Chile spoke at the CCDCOE, which Estonia leads.", {}, {"Estonia member_of NATO Cooperative Cyber Defence Centre of Excellence"}},
  });
}

TEST_CASE("s16: a compound of demonyms before a noun names each nation", "[relate][s16][participates_in]") {
  check_relation_rows({
      {"A joint Romanian-Polish team competed in Locked Shields in April.",
       {"Romania participates_in Locked Shields 2025-04", "Poland participates_in Locked Shields 2025-04"},
       {}},
      {"Officials praised the joint Chilean-Peruvian team that competed in Cyber Coalition.",
       {"Chile participates_in Cyber Coalition", "Peru participates_in Cyber Coalition"},
       {}},
      // a group noun between the nations and the verb of winning or placing
      {"A combined Danish-Swedish team finished third in Locked Shields in April.",
       {"Denmark participates_in Locked Shields 2025-04", "Sweden participates_in Locked Shields 2025-04"},
       {}},
      {"The Latvian team won Cyber Coalition last year.", {"Latvia participates_in Cyber Coalition 2024"}, {}},
      // a compound with a part that is no nation names none
      {"A Ukrainian-born analyst competed in Locked Shields.", {}, {"Ukraine participates_in Locked Shields"}},
  });
  auto names = entity_names(analyse("The Kenyan-Ugandan squad trained in Nairobi."));
  CHECK(has(names, "Kenya:Nation"));
  CHECK(has(names, "Uganda:Nation"));
  // not before a noun: no nations from the demonyms
  auto alone = entity_names(analyse("The talks were Kenyan-Ugandan."));
  CHECK_FALSE(has(alone, "Kenya:Nation"));
}

TEST_CASE("s16: membership worded as taking part in, signing up to or rejoining a grouping", "[relate][s16][member_of]") {
  check_relation_rows({
      {"Chile has been a contributing participant at the CCDCOE since 2019.",
       {"Chile member_of NATO Cooperative Cyber Defence Centre of Excellence 2019"},
       {}},
      {"Ghana signed up to the Counter Ransomware Initiative in 2022.", {"Ghana member_of Counter Ransomware Initiative 2022"}, {}},
      {"Ghana participates in the Counter Ransomware Initiative.", {"Ghana member_of Counter Ransomware Initiative"}, {}},
      {"Chile rejoined the CCDCOE in 2021.", {"Chile member_of NATO Cooperative Cyber Defence Centre of Excellence 2021"}, {}},
      // taking part in an organisation's exercise is no membership
      {"Peru took part in the NATO exercise.", {}, {"Peru member_of North Atlantic Treaty Organization"}},
      {"Peru took part in NATO's exercise.", {}, {"Peru member_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("s16: ties upgraded to a named partnership, a session of a named event attended", "[relate][s16][party_to]") {
  check_relation_rows({
      {"Chile and Peru upgraded their relationship to a Comprehensive Strategic Partnership in June 2021.",
       {"Chile party_to Comprehensive Strategic Partnership 2021-06", "Peru party_to Comprehensive Strategic Partnership 2021-06"},
       {}},
      {"Estonian Defence Minister Kaido Rebane also attended the Warsaw Security Forum's spring conference on Tuesday.",
       {"Kaido Rebane participates_in Warsaw Security Forum 2025-06-17"},
       {}},
      // hedged: none
      {"Chile and Peru could upgrade their relationship to a Comprehensive Strategic Partnership.",
       {},
       {"Chile party_to Comprehensive Strategic Partnership"}},
  });
}
