// Relations, session 25 (f1): an agreement's parties named in the clause that
// tells what they undertake under it ("the X Declaration, by which A and B
// undertake to ...", "under which ... agree to", "whereby ... commits to").
// Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25f: the parties of 'an agreement, by which A and B undertake to'", "[relate][party_to][s25f]") {
  check_relation_rows({
      {"The ministers signed the Tallinn Declaration on Cyber Defence, by which the Ministry of Defence of Estonia and "
       "the Ministry of National Defence of Lithuania undertake to exchange information on incidents.",
       {"Ministry of Defence of Estonia party_to Tallinn Declaration on Cyber Defence"},
       {}},
      {"The Riga Memorandum, under which Latvia and Finland agree to share threat data, was signed on Monday.",
       {"Latvia party_to Riga Memorandum 2025-06-16", "Finland party_to Riga Memorandum 2025-06-16"},
       {}},
      {"Officials signed the Vilnius Accord on Cyber Training, whereby the Lithuanian Armed Forces commit to train Moldovan officers.",
       {"Lithuanian Armed Forces party_to Vilnius Accord on Cyber Training"},
       {}},
  });
}

TEST_CASE("s25f: an agreement 'which was signed between A and B'", "[relate][party_to][s25f]") {
  check_relation_rows({
      {"They reviewed progress under the Baltic Memorandum on Cyber Resilience, which was signed between CERT.LV and "
       "Finland's National Cyber Security Centre in Riga in May 2024.",
       {"CERT.LV party_to Baltic Memorandum on Cyber Resilience 2024-05",
        "Finland's National Cyber Security Centre party_to Baltic Memorandum on Cyber Resilience 2024-05"},
       {}},
      {"The Vilnius Accord on Cyber Training, that was concluded between Lithuania and Moldova in 2023, expires next year.",
       {"Lithuania party_to Vilnius Accord on Cyber Training 2023", "Moldova party_to Vilnius Accord on Cyber Training 2023"},
       {}},
  });
}

TEST_CASE("s25f: a person received in an office, the one received named after the place", "[relate][met_with][s25f]") {
  check_relation_rows({
      {"Tomas Berg, State Secretary at the Ministry of Defence, received in his office on Monday Ambassador Eva Huber.",
       {"Tomas Berg met_with Eva Huber 2025-06-16"},
       {}},
      {"Minister Anna Kask welcomed at the ministry yesterday Jonas Petraitis, Lithuania's deputy minister of defence.",
       {"Anna Kask met_with Jonas Petraitis 2025-06-17"},
       {}},
      // what was received from someone is no meeting
      {"Tomas Berg received in his office a letter from Eva Huber.",
       {},
       {"Tomas Berg met_with Eva Huber"}},
  });
}

TEST_CASE("s25f: the parties named after an agreement signed 'between A and B'", "[relate][party_to][s25f]") {
  check_relation_rows({
      {"The two ministers signed the Memorandum of Understanding on Cyber Defence between the Kingdom of Denmark and "
       "the Republic of Estonia in Tallinn on 3 June.",
       {"Denmark party_to Memorandum of Understanding on Cyber Defence 2025-06-03",
        "Estonia party_to Memorandum of Understanding on Cyber Defence 2025-06-03"},
       {}},
      {"Following the talks, both directors concluded the Cyber Training Arrangement between CERT.LV and the Lithuanian "
       "Armed Forces on Monday.",
       {"CERT.LV party_to Cyber Training Arrangement 2025-06-16", "Lithuanian Armed Forces party_to Cyber Training Arrangement 2025-06-16"},
       {}},
  });
}

TEST_CASE("s25f: 'X, the exercise of Y': Y organises X", "[relate][organises][s25f]") {
  check_relation_rows({
      {"In April Estonia fielded a team at Cyber Coalition, the annual exercise of NATO.",
       {"North Atlantic Treaty Organization organises Cyber Coalition 2025-04", "Estonia participates_in Cyber Coalition 2025-04"},
       {}},
      {"Latvia sent a team to Crossed Swords, the technical exercise of the NATO Cooperative Cyber Defence Centre of "
       "Excellence, in December.",
       {"NATO Cooperative Cyber Defence Centre of Excellence organises Crossed Swords 2024-12"},
       {}},
      {"Finnish units joined Baltic Sentry, the maritime exercise of the Swedish Armed Forces, on Monday.",
       {"Swedish Armed Forces organises Baltic Sentry 2025-06-16"},
       {}},
  });
}

TEST_CASE("s25f: an exercise named before modifiers and its kind's noun ('the X cyber exercise') is the pattern's object", "[relate][exercises][s25f]") {
  check_relation_rows({
      {"Latvia hosted last month the Amber Reef cyber exercise in Riga.",
       {"Latvia organises Amber Reef 2025-05", "Amber Reef located_in Riga"},
       {}},
      {"The Estonian Defence Forces conducted in March the Harbour Lantern cyber defence exercise in Tartu.",
       {"Estonian Defence Forces organises Harbour Lantern 2025-03", "Harbour Lantern located_in Tartu"},
       {}},
      {"Finland took part in the Boreal Switch tabletop exercise on Monday.",
       {"Finland participates_in Boreal Switch 2025-06-16"},
       {}},
      // a name qualifying another noun is still no object: "the NATO cyber exercise"
      {"Latvia hosted the NATO cyber exercise in Riga.",
       {},
       {"Latvia organises North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("s25f: one of an alliance's qualified partners ('Enhanced Opportunities Partners') is no member", "[relate][member_of][s25f]") {
  check_relation_rows({
      {"Moldova is not a NATO member. It is one of the Alliance's Enhanced Opportunities Partners.",
       {},
       {"Moldova member_of North Atlantic Treaty Organization"}},
      {"Ukraine is one of NATO's Interoperability Platform partners.",
       {},
       {"Ukraine member_of North Atlantic Treaty Organization"}},
      // members and allies stay members
      {"Estonia is one of NATO's newest members.",
       {"Estonia member_of North Atlantic Treaty Organization"},
       {}},
  });
}

TEST_CASE("s25f: a later verb after 'but' shares the clause's subject, outside the first verb's negation", "[relate][clauses][s25f]") {
  check_relation_rows({
      {"Norway is not a member of the European Union but has taken part in the Cyber Europe exercise since 2016.",
       {"Norway participates_in Cyber Europe 2016"},
       {"Norway member_of European Union"}},
      {"Moldova has not joined NATO but took part in the Amber Reef exercise in May.",
       {"Moldova participates_in Amber Reef 2025-05"},
       {"Moldova member_of North Atlantic Treaty Organization"}},
      // "but not" denies what follows
      {"Latvia took part in the Amber Reef exercise in May but not in the Baltic Sentry exercise.",
       {"Latvia participates_in Amber Reef 2025-05"},
       {"Latvia participates_in Baltic Sentry"}},
  });
}

TEST_CASE("s25f: 'the Norwegian participation in X': the nation of the demonym takes part", "[relate][participates_in][s25f]") {
  check_relation_rows({
      {"The agency coordinated the Norwegian participation in the Cyber Europe exercise in 2024.",
       {"Norway participates_in Cyber Europe 2024"},
       {}},
      {"The ministry funded the Latvian contribution to the Amber Reef exercise in May.",
       {"Latvia participates_in Amber Reef 2025-05"},
       {}},
      {"The Estonian involvement in the Locked Shields exercise began in 2010.",
       {"Estonia participates_in Locked Shields 2010"},
       {}},
  });
}

TEST_CASE("s25f: 'had already met', 'have previously met': an adverb after the auxiliary of a meeting", "[relate][met_with][s25f]") {
  check_relation_rows({
      {"Tomas Berg and Eva Huber signed the Riga Accord in Vienna on 3 June. The two ministers had already met in Bern in March.",
       {"Tomas Berg met_with Eva Huber 2025-03"},
       {}},
      {"Anna Kask and Jonas Petraitis had previously met in Vilnius in April.",
       {"Anna Kask met_with Jonas Petraitis 2025-04"},
       {}},
      {"Anna Kask and Jonas Petraitis have also met in Riga on Monday.",
       {"Anna Kask met_with Jonas Petraitis"},
       {}},
  });
}

TEST_CASE("s25f: a response team named by its word and its nation ('CERT Tonga') is the nation's", "[relate][part_of][s25f]") {
  check_relation_rows({
      {"Dr Mele Taufa, Director of CERT Tonga, spoke in Nuku'alofa. Tonga signed the pact.",
       {"CERT Tonga part_of Tonga"},
       {}},
      {"Malta hosted the drill, and CSIRT Malta ran the scenario on Monday.",
       {"CSIRT Malta part_of Malta"},
       {}},
  });
}

TEST_CASE("s25f: 'the Icelandic response team CERT-IS': a body named after its nation's demonym and a noun", "[relate][part_of][s25f]") {
  check_relation_rows({
      {"Iceland took part. The meeting was attended by the Icelandic response team CERT-IS.",
       {"CERT-IS part_of Iceland"},
       {}},
      {"Latvia took part. Observers included the Latvian national team CERT.LV.",
       {"CERT.LV part_of Latvia"},
       {}},
      {"Moldova took part. The drill was run by the Moldovan cyber agency STISC-CERT in May.",
       {"STISC-CERT part_of Moldova"},
       {}},
  });
}

TEST_CASE("s25f: attending a session or ceremony of the exercise is taking part in it", "[relate][participates_in][s25f]") {
  check_relation_rows({
      {"Harbour Lantern 2025 was a cyber exercise held in Valletta in May. Its secretary-general, Orvald Strenn, attended the "
       "closing session of the exercise.",
       {"Orvald Strenn participates_in Harbour Lantern"},
       {}},
      {"The Amber Reef exercise was held in Riga in May. Finland observed the final phase of the exercise.",
       {"Finland participates_in Amber Reef"},
       {}},
  });
}

TEST_CASE("s25f: a body's name closing with 'of NATION' is that nation's, whatever nation it opens with", "[relate][part_of][s25f]") {
  check_relation_rows({
      {"Georgia and the United States took part. Teams from the Georgia National Guard of the United States attended.",
       {"Georgia National Guard of the United States part_of United States"},
       {"Georgia National Guard of the United States part_of Georgia"}},
      {"Ireland and the United Kingdom took part. The Ireland Liaison Office of the United Kingdom sent a team.",
       {"Ireland Liaison Office of the United Kingdom part_of United Kingdom"},
       {"Ireland Liaison Office of the United Kingdom part_of Ireland"}},
      // a name opening with its nation and closing with none stays that nation's
      {"Latvia took part. The Latvian Ministry of Defence sent a team.",
       {"Latvian Ministry of Defence part_of Latvia"},
       {}},
  });
}

TEST_CASE("s25f: two bodies that held a joint workshop or course cooperate", "[relate][cooperates_with][s25f]") {
  check_relation_rows({
      {"CERT.LV and CERT-EE held a joint workshop in Riga in May.",
       {"CERT.LV cooperates_with CERT-EE 2025-05"},
       {}},
      {"Latvia and Estonia had already held a first technical seminar in Tartu in March.",
       {"Latvia cooperates_with Estonia 2025-03"},
       {}},
      // one body holding a workshop cooperates with no one
      {"Estonia held a workshop in Tallinn in May, and Latvia hosted the Amber Reef exercise.",
       {},
       {"Estonia cooperates_with Latvia"}},
  });
}

TEST_CASE("s25f: 'the two governments' are the two nations the story named last", "[relate][pairs][s25f]") {
  check_relation_rows({
      {"Australia and New Zealand agreed on the text in May. The Trans-Tasman Cyber Arrangement was signed by the two governments in 2019.",
       {"Australia party_to Trans-Tasman Cyber Arrangement 2019", "New Zealand party_to Trans-Tasman Cyber Arrangement 2019"},
       {}},
      {"Estonia and Finland met in May. The two governments signed the Baltic Cyber Accord on Monday.",
       {"Estonia party_to Baltic Cyber Accord 2025-06-16", "Finland party_to Baltic Cyber Accord 2025-06-16"},
       {}},
  });
}
