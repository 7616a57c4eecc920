// Session 22: participation the clause states but the patterns did not
// reach. Every text written for this test; each is read as published on
// Wednesday 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("participation s22: a possessive apposition between the subject and its verb", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Tomas Berg, Latvia's defence minister, spoke at the Riga Cyber Forum on Monday.",
       {"Tomas Berg participates_in Riga Cyber Forum 2025-06-16", "Tomas Berg leads Latvia"},
       {}},
      {"Eva Huber, Austria's cyber coordinator, attended the Riga Cyber Forum on Monday.",
       {"Eva Huber participates_in Riga Cyber Forum 2025-06-16"},
       {}},
      // the apposition's owner is not who took part
      {"Tomas Berg, Latvia's defence minister, said Estonia attended the Riga Cyber Forum on Monday.",
       {"Estonia participates_in Riga Cyber Forum"},
       {"Tomas Berg participates_in Riga Cyber Forum", "Latvia participates_in Riga Cyber Forum"}},
      // a list going on after the possessive is no apposition
      {"Estonia, Latvia's army and Poland took part in Exercise Amber Gate in May.",
       {"Poland participates_in Amber Gate 2025-05", "Estonia participates_in Amber Gate 2025-05"},
       {}},
  });
}

TEST_CASE("participation s22: 'at the summit' and 'speaking at the conference' before a person", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"The Riga Cyber Forum opened on Monday. Speaking at the forum, Tomas Berg said ransomware was the main threat.",
       {"Tomas Berg participates_in Riga Cyber Forum 2025-06-16"},
       {}},
      {"The Riga Cyber Forum opened on Monday. On the sidelines of the forum, Tomas Berg met Eva Huber.",
       {"Tomas Berg participates_in Riga Cyber Forum 2025-06-16", "Tomas Berg met_with Eva Huber"},
       {}},
      // a word of another kind after "at the": no event spoken of
      {"The Riga Cyber Forum opened on Monday. At the ministry, Tomas Berg met Eva Huber.",
       {},
       {"Tomas Berg participates_in Riga Cyber Forum"}},
  });
}

TEST_CASE("participation s22: participants included, people from countries including", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Exercise Amber Gate ran in Tartu from 2 to 6 June. Participants included Finland, Sweden and NATO.",
       {"Finland participates_in Amber Gate 2025-06-02", "Sweden participates_in Amber Gate", "North Atlantic Treaty Organization participates_in Amber Gate"},
       {}},
      {"The Riga Cyber Forum opened on Monday. The forum was attended by ministers from 20 countries, including Estonia and Chile.",
       {"Estonia participates_in Riga Cyber Forum", "Chile participates_in Riga Cyber Forum"},
       {}},
      // what the participants did includes a name that did not take part
      {"Exercise Amber Gate ran in Tartu from 2 to 6 June. Participants praised Finland for the scenario.",
       {},
       {"Finland participates_in Amber Gate"}},
  });
}

TEST_CASE("participation s22: exercise staff provided, networks being defended", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Exercise Amber Gate ran in Tartu from 2 to 6 June. The Finnish Defence Forces provided umpires for the red team.",
       {"Finnish Defence Forces participates_in Amber Gate 2025-06-02"},
       {}},
      {"Exercise Amber Gate ran in Tartu from 2 to 6 June. Europol supplied two mentors.",
       {"Europol participates_in Amber Gate"},
       {}},
      // what is provided is no part of an exercise
      {"Exercise Amber Gate ran in Tartu from 2 to 6 June. Europol provided funding for a new lab.",
       {},
       {"Europol participates_in Amber Gate"}},
      {"Exercise Amber Gate ran in Tartu from 2 to 6 June. The Latvian National Armed Forces have been defending simulated networks since Monday.",
       {"Latvian National Armed Forces participates_in Amber Gate"},
       {}},
      {"Exercise Amber Gate ran in Tartu from 2 to 6 June. The Latvian National Armed Forces are defending simulated military networks.",
       {"Latvian National Armed Forces participates_in Amber Gate"},
       {}},
  });
}

TEST_CASE("participation s22: inverted joining, among the nations in, one of the teams, rankings, future gatherings", "[relate][participates_in][s22]") {
  const std::string lead = "Exercise Amber Gate ran in Tartu from 2 to 6 June. ";
  check_relation_rows({
      {lead + "Joining the hosts were Chile and Peru.",
       {"Chile participates_in Amber Gate 2025-06-02", "Peru participates_in Amber Gate 2025-06-02"},
       {}},
      {lead + "Chile and Peru were among 30 nations in the drill.",
       {"Chile participates_in Amber Gate", "Peru participates_in Amber Gate"},
       {}},
      {lead + "Peru was one of 24 teams.",
       {"Peru participates_in Amber Gate"},
       {}},
      {lead + "Chile topped the standings.",
       {"Chile participates_in Amber Gate"},
       {}},
      {lead + "Chile, led by Colonel Ana Rojas, finished second.",
       {"Chile participates_in Amber Gate"},
       {}},
      {"Exercise Amber Gate will run in Tartu from 2 to 6 July. Amber Gate will bring together Chile and Peru.",
       {"Chile participates_in Amber Gate 2025-07-02", "Peru participates_in Amber Gate 2025-07-02"},
       {}},
      // one of the countries of a body, not of the exercise
      {lead + "Chile is one of the few countries in NATO with a cyber command.",
       {},
       {"Chile participates_in Amber Gate"}},
      {lead + "Chile is one of the few countries with a cyber command.",
       {},
       {"Chile participates_in Amber Gate"}},
  });
}

TEST_CASE("participation s22: an exercise that will start, begin or take place on a day dates who takes part", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Exercise Amber Gate will start in Tartu on 2 July. Chile and Peru will take part.",
       {"Chile participates_in Amber Gate 2025-07-02", "Peru participates_in Amber Gate 2025-07-02"},
       {"Chile participates_in Amber Gate undated"}},
      {"The Tartu Cyber Forum will take place on 9 September. Chile will attend.",
       {"Chile participates_in Tartu Cyber Forum 2025-09-09"},
       {}},
      {"Exercise Amber Gate will kick off in Tartu on 2 July. Chile will take part.",
       {"Chile participates_in Amber Gate 2025-07-02"},
       {}},
  });
}

TEST_CASE("participation s22: a span of days that will come takes the coming year", "[relate][participates_in][s22]") {
  // read in March 2026: July is more than a season ahead
  const Date march{2026, 3, 12};
  check_relation_rows({
      {"Exercise Amber Gate will be held in Tartu from 2 to 6 July. Chile will take part.",
       {"Chile participates_in Amber Gate 2026-07-02"},
       {"Chile participates_in Amber Gate 2025-07-02"}},
      {"Exercise Amber Gate will run from 2 to 6 July in Tartu. Chile will take part.",
       {"Chile participates_in Amber Gate 2026-07-02"},
       {}},
      // told in the past: the July gone by
      {"Exercise Amber Gate ran from 2 to 6 July in Tartu. Chile took part.",
       {"Chile participates_in Amber Gate 2025-07-02"},
       {"Chile participates_in Amber Gate 2026-07-02"}},
  }, march);
}

TEST_CASE("participation s22: a date inside a 'whose' clause is not the event's", "[relate][participates_in][s22]") {
  const std::string story =
      "The Riga Cyber Forum opened in Riga on Monday. Delegations from 20 countries attended. The weather was cold. "
      "Many came by train. ";
  check_relation_rows({
      {story + "The forum also heard from Moldova, whose cyber agency signed a pact with Europol in January. "
               "Speakers included Tomas Berg and Eva Huber.",
       {"Tomas Berg participates_in Riga Cyber Forum 2025-06-16", "Eva Huber participates_in Riga Cyber Forum 2025-06-16"},
       {"Tomas Berg participates_in Riga Cyber Forum 2025-01"}},
      // a "whose" clause with no occurrence verb changes nothing
      {story + "The forum also heard from Moldova, whose cyber agency is new. Speakers included Tomas Berg.",
       {"Tomas Berg participates_in Riga Cyber Forum 2025-06-16"},
       {}},
  });
}

TEST_CASE("participation s22: a time closing an aside before the event's verb is the aside's", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"The Riga Cyber Forum, which was launched in 2020, opened in Riga on Monday. Eva Huber attended.",
       {"Eva Huber participates_in Riga Cyber Forum 2025-06-16"},
       {"Eva Huber participates_in Riga Cyber Forum 2020"}},
      {"Exercise Amber Gate, first held in 2016, began in Tartu on Monday. Chile took part.",
       {"Chile participates_in Amber Gate 2025-06-16"},
       {"Chile participates_in Amber Gate 2016"}},
      // with no other time in the clause the aside's is still the event's
      {"Exercise Amber Gate, held in Tartu in May, drew teams from Chile and Peru.",
       {"Chile participates_in Amber Gate 2025-05", "Peru participates_in Amber Gate 2025-05"},
       {}},
  });
}

TEST_CASE("participation s22: travelling to a place for the event", "[relate][participates_in][s22]") {
  const std::string lead = "The Riga Cyber Forum opened in Riga on Monday. ";
  check_relation_rows({
      {lead + "Tomas Berg travelled to Riga for the forum.",
       {"Tomas Berg participates_in Riga Cyber Forum 2025-06-16"},
       {}},
      {"Eva Huber flew to Latvia for the Riga Cyber Forum, which opened on Monday.",
       {"Eva Huber participates_in Riga Cyber Forum 2025-06-16"},
       {}},
      // a stay for another purpose, or a duty for the event, is no taking part
      {lead + "Tomas Berg came to Riga for talks with Eva Huber.",
       {},
       {"Tomas Berg participates_in Riga Cyber Forum"}},
      {lead + "Tomas Berg has been responsible for the forum since 2020.",
       {},
       {"Tomas Berg participates_in Riga Cyber Forum"}},
  });
}

TEST_CASE("participation s22: the edition year written after the name dates an otherwise undated participation", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Chile took part in Locked Shields 2024.",
       {"Chile participates_in Locked Shields 2024"},
       {"Chile participates_in Locked Shields undated"}},
      {"Peru joined Exercise Amber Gate 2023 as an observer.",
       {"Peru participates_in Amber Gate 2023"},
       {}},
      // a date the text gives of the edition says more
      {"Exercise Amber Gate 2024 ran in Tartu from 2 to 6 June 2024. Chile took part in Amber Gate 2024.",
       {"Chile participates_in Amber Gate 2024-06-02"},
       {"Chile participates_in Amber Gate undated"}},
  });
}

TEST_CASE("participation s22: joining the hosts, the other side, their colleagues, there as observers, fronted 'as part of the exercise'", "[relate][participates_in][s22]") {
  const std::string lead = "Exercise Amber Gate ran in Tartu from 2 to 6 June. ";
  check_relation_rows({
      {lead + "Chile joined the hosts.", {"Chile participates_in Amber Gate 2025-06-02"}, {}},
      {lead + "Chile joined the Estonian side.", {"Chile participates_in Amber Gate 2025-06-02"}, {}},
      {lead + "Chilean specialists joined their Estonian colleagues.", {"Chile participates_in Amber Gate 2025-06-02"}, {}},
      {lead + "Peru was there as an observer.", {"Peru participates_in Amber Gate 2025-06-02"}, {}},
      {lead + "As part of the exercise, Chilean troops secured a port.", {"Chile participates_in Amber Gate 2025-06-02"}, {}},
      // joining a body's staff, or counterparts for talks, is no taking part
      {lead + "Chile joined the staff of the European Commission.", {}, {"Chile participates_in Amber Gate"}},
      {lead + "Chilean officials joined their Estonian counterparts for talks on the pact.", {}, {"Chile participates_in Amber Gate"}},
      {lead + "During the drill, Russian hackers attacked a port.", {}, {"Russia participates_in Amber Gate"}},
  });
}

TEST_CASE("participation s22: a nation's people by the plural of its demonym", "[relate][participates_in][s22]") {
  const std::string lead = "Exercise Amber Gate ran in Tartu from 2 to 6 June. ";
  check_relation_rows({
      {lead + "The Romanians took part too.", {"Romania participates_in Amber Gate 2025-06-02"}, {}},
      {lead + "The Americans sent observers.", {"United States participates_in Amber Gate 2025-06-02"}, {}},
      // many of its people watching is not the nation taking part
      {lead + "Many Romanians watched the drill on television.", {}, {"Romania participates_in Amber Gate"}},
  });
}

TEST_CASE("participation s22: joining them (the teams told of), the side led by a person", "[relate][participates_in][s22]") {
  const std::string lead = "Exercise Amber Gate ran in Tartu from 2 to 6 June. Latvia and Lithuania sent full teams. ";
  check_relation_rows({
      {lead + "Chile's National Cyber Security Centre, part of the Chilean Interior Ministry, joined them as the first non-European participant.",
       {"Chile's National Cyber Security Centre participates_in Amber Gate 2025-06-02"},
       {}},
      {lead + "Peru joined them in Tartu.", {"Peru participates_in Amber Gate 2025-06-02"}, {}},
      {"Chile and Peru held the second round of their Cyber Policy Dialogue in Lima on 3 June. The Chilean side was led by Ana Rojas.",
       {"Ana Rojas participates_in Cyber Policy Dialogue 2025-06-03"},
       {}},
      // joining them in doing something else is no taking part
      {lead + "Peru joined them in condemning the attack.", {}, {"Peru participates_in Amber Gate"}},
  });
}

TEST_CASE("participation s22: a side or team 'which was fielded by' a body", "[relate][participates_in][s22]") {
  const std::string lead = "Exercise Amber Gate ran in Tartu from 2 to 6 June. ";
  check_relation_rows({
      {lead + "Teams from Chile and Peru joined the Estonian side, which was fielded by CERT-EE.",
       {"CERT-EE participates_in Amber Gate 2025-06-02", "Chile participates_in Amber Gate 2025-06-02"},
       {}},
      {lead + "Teams from Chile and Peru joined the hosts, who were fielded by CERT-EE.",
       {"CERT-EE participates_in Amber Gate 2025-06-02"},
       {}},
      // fielding questions is no team
      {lead + "Questions were fielded by a NATO spokesperson.", {}, {"North Atlantic Treaty Organization participates_in Amber Gate"}},
  });
}

TEST_CASE("participation s22: a time inside a participle aside of the subject is the aside's", "[relate][participates_in][s22]") {
  const std::string lead = "The Riga Cyber Forum opened in Riga on Monday. ";
  check_relation_rows({
      {lead + "Finland, admitted to NATO in 2023, attended for the first time.",
       {"Finland participates_in Riga Cyber Forum 2025-06-16", "Finland member_of North Atlantic Treaty Organization 2023"},
       {"Finland participates_in Riga Cyber Forum 2023"}},
      // a time of the verb itself stays the verb's
      {lead + "Finland, represented by its defence minister, attended on Tuesday.",
       {"Finland participates_in Riga Cyber Forum 2025-06-17"},
       {}},
  });
}

TEST_CASE("participation s22: chairing, opening, speaking and attending at an event", "[relate][participates_in][s22]") {
  const std::string lead = "The Riga Cyber Forum opened in Riga on Monday. ";
  check_relation_rows({
      {lead + "The forum was opened by Eva Huber.", {"Eva Huber participates_in Riga Cyber Forum 2025-06-16"}, {}},
      {lead + "Eva Huber chaired the forum with Tomas Berg.",
       {"Eva Huber participates_in Riga Cyber Forum 2025-06-16", "Tomas Berg participates_in Riga Cyber Forum 2025-06-16"},
       {}},
      {lead + "Eva Huber was a keynote speaker.", {"Eva Huber participates_in Riga Cyber Forum 2025-06-16"}, {}},
      {lead + "Tomas Berg was among those attending.", {"Tomas Berg participates_in Riga Cyber Forum 2025-06-16"}, {}},
      {lead + "Also attending were Tomas Berg and Chile.",
       {"Tomas Berg participates_in Riga Cyber Forum 2025-06-16", "Chile participates_in Riga Cyber Forum 2025-06-16"},
       {}},
      // chairing a body is leading it, not taking part in the event
      {lead + "Eva Huber chaired the NATO Military Committee.", {}, {"Eva Huber participates_in Riga Cyber Forum"}},
  });
}

TEST_CASE("participation s22: the hosts welcomed a nation's team", "[relate][participates_in][s22]") {
  const std::string lead = "Exercise Amber Gate ran in Tartu from 2 to 6 June. ";
  check_relation_rows({
      {lead + "Estonia hosted a Chilean team for the first time.", {"Chile participates_in Amber Gate 2025-06-02"}, {}},
      {lead + "The hosts welcomed Peruvian observers.", {"Peru participates_in Amber Gate 2025-06-02"}, {}},
      // a leader hosted is a visit, not a team at the exercise
      {lead + "Estonia hosted the Chilean president in Tallinn.", {}, {"Chile participates_in Amber Gate"}},
  });
}

TEST_CASE("participation s22: present at, performed at, in the top three at an exercise", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Chile was present at Locked Shields in April.", {"Chile participates_in Locked Shields 2025-04"}, {}},
      {"Chile's team performed well at Locked Shields in April.", {"Chile participates_in Locked Shields 2025-04"}, {}},
      {"The Peruvian team did well in Locked Shields in April.", {"Peru participates_in Locked Shields 2025-04"}, {}},
      {"Chile finished in the top three at Locked Shields in April.", {"Chile participates_in Locked Shields 2025-04"}, {}},
      // present in a place or a body is no exercise
      {"Chile was present in NATO for years.", {}, {"Chile participates_in North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("participation s22: an exercise scheduled, planned or slated for a month dates who will take part", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Exercise Amber Gate is scheduled for October in Tartu. Chile will take part.",
       {"Chile participates_in Amber Gate 2025-10"},
       {"Chile participates_in Amber Gate undated"}},
      {"Exercise Amber Gate is planned for October. Chile will take part.", {"Chile participates_in Amber Gate 2025-10"}, {}},
      {"Exercise Amber Gate is slated for 2 October. Chile will take part.",
       {"Chile participates_in Amber Gate 2025-10-02"},
       {"Chile participates_in Amber Gate 2024-10-02"}},
  });
}

TEST_CASE("participation s22: an exercise that closed 'after five days' ran from the first of them", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Exercise Amber Gate wrapped up in Tartu on Friday after five days. Chile took part.",
       {"Chile participates_in Amber Gate 2025-06-09"},
       {"Chile participates_in Amber Gate 2025-06-13"}},
      // years of planning are no length of the exercise
      {"Exercise Amber Gate ended in Tartu on Friday after two years of planning. Chile took part.",
       {"Chile participates_in Amber Gate 2025-06-13"},
       {}},
  });
}

TEST_CASE("participation s22: a month without a year is of the edition the name gives", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Chile took part in Locked Shields 2023 in April.",
       {"Chile participates_in Locked Shields 2023-04"},
       {"Chile participates_in Locked Shields 2025-04"}},
      // a year written in the sentence stays
      {"Chile took part in Locked Shields 2023 in April 2024.", {"Chile participates_in Locked Shields 2024-04"}, {}},
      // with no edition year, the month is read as before
      {"Chile took part in Locked Shields in April.", {"Chile participates_in Locked Shields 2025-04"}, {}},
  });
}

TEST_CASE("participation s22: 'will again field a team', 'has also sent observers'", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Chile will again field a team at Locked Shields in April.", {"Chile participates_in Locked Shields 2026-04"}, {}},
      {"Peru has also sent observers to Locked Shields.", {"Peru participates_in Locked Shields"}, {}},
      // a team fielded for no exercise the text names
      {"Chile will again field a team of lawyers in the dispute.", {}, {"Chile participates_in Locked Shields"}},
  });
}

TEST_CASE("participation s22: an adverb between the auxiliary and the verb of taking part", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Chile will also observe Locked Shields in April.", {"Chile participates_in Locked Shields 2026-04"}, {}},
      {"Chile has regularly taken part in Locked Shields.", {"Chile participates_in Locked Shields"}, {}},
      {"Peru will once again compete in Locked Shields.", {"Peru participates_in Locked Shields"}, {}},
      // an adverb before another verb
      {"Chile has regularly criticised Locked Shields.", {}, {"Chile participates_in Locked Shields"}},
  });
}
