// Memberships in ordinary news wording, written for session 34 (helper r1): a saying
// between the body and a participle ("joined X, the body said, making ...") and "they"
// in a relative clause of a list of members ("A and B are members of X, which they joined
// in 1986"). Texts are the test's own, read as published on Wednesday 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("'joined X, the body said, making ...' keeps the membership", "[relate][s34-r1]") {
  check_relation_rows({
      {"Moldova has joined the Energy Community, the Vienna-based body said on Tuesday, bringing its membership to ten.",
       {"Moldova member_of Energy Community 2025-06-17"}, {}},
      {"Kenya and Ghana have become members of the Global Forum on Cyber Expertise, the forum announced on Monday, "
       "making them its first African members.",
       {"Kenya member_of Global Forum on Cyber Expertise 2025-06-16",
        "Ghana member_of Global Forum on Cyber Expertise 2025-06-16"},
       {}},
      {"Finland joined NATO, the alliance announced, ending decades of military non-alignment.",
       {"Finland member_of North Atlantic Treaty Organization"}, {}},
      {"Sweden has joined the European Space Agency, officials said, adding that a delegation would travel to Paris.",
       {"Sweden member_of European Space Agency"}, {}},
      // a real apposition before a participle still leaves the membership whole
      {"Moldova joined the Energy Community, the Vienna-based body, bringing its membership to ten.",
       {"Moldova member_of Energy Community"}, {}},
      // a refusal stays out however the saying is placed
      {"Moldova has not joined the Energy Community, the body said on Tuesday, adding that talks go on.", {},
       {"Moldova member_of Energy Community"}},
  });
}

TEST_CASE("'A and B are members of X, which they joined in 1986' dates each membership", "[relate][s34-r1]") {
  check_relation_rows({
      {"Portugal and Spain are members of the European Union, which they joined in 1986.",
       {"Portugal member_of European Union 1986", "Spain member_of European Union 1986"}, {}},
      {"Denmark, Norway and Iceland are founding members of NATO, which they helped found in 1949.",
       {"Denmark member_of North Atlantic Treaty Organization 1949", "Norway member_of North Atlantic Treaty Organization 1949",
        "Iceland member_of North Atlantic Treaty Organization 1949"},
       {}},
      // "both countries" of a story about two nations, with two people named in between
      {"Latvia and Lithuania signed a grid deal on Monday. It was signed by Latvia's energy minister, Anna Berzina, and "
       "Lithuania's deputy minister, Tomas Kalnius. Both countries are members of the European Union, which they "
       "joined in 2004.",
       {"Latvia member_of European Union 2004", "Lithuania member_of European Union 2004"}, {}},
      // "they" of a saying, not of joining: no date, no membership from the clause
      {"Croatia and Slovenia criticised the Council of Europe, which they said had failed them in 1991.", {},
       {"Croatia member_of Council of Europe", "Slovenia member_of Council of Europe"}},
  });
}

TEST_CASE("the co-founders a founding clause names after 'with' are members too", "[relate][s34-r1]") {
  check_relation_rows({
      {"Brazil co-founded Mercosur with Argentina in 1991.",
       {"Brazil member_of Southern Common Market 1991", "Argentina member_of Southern Common Market 1991"}, {}},
      {"Kenya is a member of the East African Community, which it founded with Uganda and Tanzania in 1967.",
       {"Kenya member_of East African Community 1967", "Uganda member_of East African Community 1967",
        "Tanzania member_of East African Community 1967"},
       {}},
      {"Norway is a member of the Arctic Council, which it established alongside Canada, Denmark and Russia in 1996.",
       {"Canada member_of Arctic Council 1996", "Denmark member_of Arctic Council 1996",
        "Russia member_of Arctic Council 1996"},
       {}},
      {"Estonia hosts the NATO Cooperative Cyber Defence Centre of Excellence, which it set up in 2008 together with "
       "Latvia and Lithuania.",
       {"Latvia member_of NATO Cooperative Cyber Defence Centre of Excellence 2008"}, {}},
      // help or money from a nation makes it no founder
      {"Estonia hosts the NATO Cooperative Cyber Defence Centre of Excellence, which it set up with help from Japan.",
       {}, {"Japan member_of NATO Cooperative Cyber Defence Centre of Excellence"}},
      // a chair shared with a person is a meeting, not a founding
      {"Vice Minister Kenji Sato co-chaired the Japan-Estonia cyber dialogue in Tokyo with Estonian Undersecretary "
       "Mari Kask.",
       {"Kenji Sato met_with Mari Kask"}, {}},
  });
}

TEST_CASE("'its members include ... nations such as A, B and C' names members", "[relate][s34-r1]") {
  check_relation_rows({
      {"The Energy Community was set up in 2006. Its members include several Balkan states and former Soviet "
       "republics such as Ukraine, Moldova and Georgia.",
       {"Ukraine member_of Energy Community", "Moldova member_of Energy Community", "Georgia member_of Energy Community"},
       {}},
      {"The African Union's member states include large economies like Nigeria and Egypt.",
       {"Nigeria member_of African Union", "Egypt member_of African Union"}, {}},
      {"The Energy Community was set up in 2006. Its member states include several non-EU countries, among them "
       "Serbia and Albania.",
       {"Serbia member_of Energy Community", "Albania member_of Energy Community"}, {}},
      {"The Arctic Council was set up in 1996. Its members include the five Nordic states as well as partner nations "
       "such as Canada and Russia, which joined at the start.",
       {"Canada member_of Arctic Council", "Russia member_of Arctic Council"}, {}},
      // observers, or partners it works with, are no members
      {"The Energy Community was set up in 2006. Its members include most Balkan states, but not observers such as "
       "Norway.",
       {}, {"Norway member_of Energy Community"}},
      {"The Energy Community was set up in 2006. Its members include most Balkan states and it works with partners "
       "such as Norway.",
       {}, {"Norway member_of Energy Community"}},
  });
}

TEST_CASE("'A, B and C are contributing participants too' and 'among the co-founders of X'", "[relate][s34-r1]") {
  check_relation_rows({
      {"The Energy Community was set up in 2006. Ukraine and Moldova are member states as well.",
       {"Ukraine member_of Energy Community", "Moldova member_of Energy Community"}, {}},
      {"The NATO Cooperative Cyber Defence Centre of Excellence was founded in 2008. Austria, Ireland and Japan are "
       "contributing participants too.",
       {"Austria member_of NATO Cooperative Cyber Defence Centre of Excellence",
        "Japan member_of NATO Cooperative Cyber Defence Centre of Excellence"},
       {}},
      {"Estonia, Latvia and Lithuania were among the co-founders of the NATO Cooperative Cyber Defence Centre of "
       "Excellence.",
       {"Latvia member_of NATO Cooperative Cyber Defence Centre of Excellence"}, {}},
      {"Chile was among the founding members of the Pacific Alliance in 2011.", {"Chile member_of Pacific Alliance 2011"},
       {}},
      // not a participant, one hoping to be, or a critic, is no member
      {"The Energy Community was set up in 2006. Georgia is not a contributing participant.", {},
       {"Georgia member_of Energy Community"}},
      {"The Energy Community was set up in 2006. Georgia hopes to become a member state too.", {},
       {"Georgia member_of Energy Community"}},
      {"Chile was among the critics of the Pacific Alliance.", {}, {"Chile member_of Pacific Alliance"}},
  });
}

TEST_CASE("'A's and B's accession to X', ', with A and B among its first members' and the EEA", "[relate][s34-r1]") {
  check_relation_rows({
      {"The chapter on Finland's and Sweden's accession to NATO is thin.",
       {"Finland member_of North Atlantic Treaty Organization", "Sweden member_of North Atlantic Treaty Organization"},
       {}},
      {"The Pacific Alliance was created in 2011, with Chile and Peru among its first members.",
       {"Chile member_of Pacific Alliance", "Peru member_of Pacific Alliance"}, {}},
      {"The European Union was enlarged in 2004, with Estonia and Latvia among its newest members.",
       {"Estonia member_of European Union", "Latvia member_of European Union"}, {}},
      {"The NATO Cooperative Cyber Defence Centre of Excellence opened in Tallinn, with Estonia, Latvia and Lithuania "
       "among its first sponsoring nations.",
       {"Lithuania member_of NATO Cooperative Cyber Defence Centre of Excellence"}, {}},
      {"Norway and Iceland took part as members of the European Economic Area.",
       {"Norway member_of European Economic Area", "Iceland member_of European Economic Area"}, {}},
      // critics are no members; nor is a nation that is neither
      {"The Pacific Alliance met in Lima, with Chile and Peru among its fiercest critics.", {},
       {"Chile member_of Pacific Alliance"}},
      {"Switzerland, which is neither an EU nor an EEA member, was not involved.", {},
       {"Switzerland member_of European Economic Area"}},
  });
}

TEST_CASE("'Nato' and 'Asean' in the house style of many papers are the bodies", "[relate][s34-r1]") {
  check_relation_rows({
      {"Sweden joined Nato in 2024.", {"Sweden member_of North Atlantic Treaty Organization 2024"}, {}},
      {"Timor-Leste, which was admitted as Asean's 11th member in 2025, sent two officials.",
       {"Timor-Leste member_of Association of Southeast Asian Nations 2025"}, {}},
      {"Finland has not applied to join the Osce's new cyber forum.", {},
       {"Finland member_of Organization for Security and Co-operation in Europe"}},
  });
}

TEST_CASE("'a NATO global partner since 2018', and a body named as another clause's object is no subject",
          "[relate][s34-r1]") {
  check_relation_rows({
      {"Colombia has been a NATO global partner since 2018.",
       {"Colombia member_of North Atlantic Treaty Organization 2018"}, {}},
      {"Sweden became a full EU member in 1995.", {"Sweden member_of European Union 1995"}, {}},
      {"Chile, Peru and Colombia are members of the OAS, and Mexico has been a NATO global partner since 2018.",
       {"Mexico member_of North Atlantic Treaty Organization 2018", "Peru member_of Organization of American States"},
       {"Organization of American States member_of North Atlantic Treaty Organization"}},
      // a list after a preposition with an Oxford comma stays one list
      {"Teams from Estonia, Finland, and Latvia took part in Locked Shields.",
       {"Latvia participates_in Locked Shields", "Finland participates_in Locked Shields"}, {}},
      {"Colombia is not a NATO global partner.", {}, {"Colombia member_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("'approved (ratified) the accession of A to X' is a membership, 'blocked' is none", "[relate][s34-r1]") {
  check_relation_rows({
      {"The ministers approved the accession of Jordan to the Mediterranean Cyber Range Network.",
       {"Jordan member_of Mediterranean Cyber Range Network"}, {}},
      {"The Senate ratified the accession of Finland to NATO in March 2023.",
       {"Finland member_of North Atlantic Treaty Organization 2023-03"}, {}},
      {"The summit approved the accession of Sweden as NATO's 32nd member.",
       {"Sweden member_of North Atlantic Treaty Organization"}, {}},
      {"Turkey blocked the accession of Sweden to NATO for months.", {},
       {"Sweden member_of North Atlantic Treaty Organization"}},
      {"Parliament has not ratified the accession of Sweden to NATO.", {},
       {"Sweden member_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("'X, a member since 1949, ...' of the one body the story just named", "[relate][s34-r1]") {
  check_relation_rows({
      {"NATO defence ministers met in Brussels on Thursday. Norway, a member since 1949, sent its defence minister.",
       {"Norway member_of North Atlantic Treaty Organization 1949"}, {}},
      {"The Pacific Alliance held its summit in Lima. Chile, a founding member since 2011, sent its president.",
       {"Chile member_of Pacific Alliance 2011"}, {}},
      {"NATO defence ministers met in Brussels on Thursday. Sweden, the newest member, sent its defence minister.",
       {"Sweden member_of North Atlantic Treaty Organization"}, {}},
      // a would-be member, or a story naming no body, gives none
      {"NATO defence ministers met in Brussels on Thursday. Georgia, a would-be member, sent observers.", {},
       {"Georgia member_of North Atlantic Treaty Organization"}},
      {"The summit opened in Brussels on Thursday. Norway, a member since 1949, sent its defence minister.", {},
       {"Norway member_of North Atlantic Treaty Organization"}},
  });
}
