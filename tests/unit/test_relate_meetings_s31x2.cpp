// Session 31 (x2): meetings written with adjuncts, descriptions, passives, present-tense
// captions and bodies' leaderships. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("meetings s31x2: talks with a place or day before the partner", "[relate][met_with][s31-x2]") {
  check_relation_rows({
      {"Deputy Minister Lina Varga, who on Monday had held talks in Tallinn with the Minister of Defence of Estonia, "
       "Mr Jonas Auk.",
       {"Jonas Auk met_with Lina Varga 2025-06-16"},
       {}},
      {"Minister Lina Varga held a bilateral meeting in Riga on Tuesday with Jonas Auk, the Estonian envoy.",
       {"Jonas Auk met_with Lina Varga"},
       {}},
      {"In 2009 Admiral Tomas Berg-Lind hosted talks in Oslo with Jonas Auk, then his counterpart in Estonia.",
       {"Jonas Auk met_with Tomas Berg-Lind"},
       {}},
      {"Minister Lina Varga also hosted a working meeting with Mirela Dunca, the agency's director.",
       {"Mirela Dunca met_with Lina Varga"},
       {}},
      // a meeting held somewhere, with no partner, is no meeting of two
      {"Minister Lina Varga held a meeting in Riga on Tuesday with the staff of the ministry.",
       {},
       {"Lina Varga met_with Latvia"}},
  });
}

TEST_CASE("meetings s31x2: talks held between two people, and captions in the present", "[relate][met_with][s31-x2]") {
  check_relation_rows({
      {"The talks were held in Vilnius on 3 March between Lithuania's deputy minister, Lina Varga, and Estonia's "
       "cyber envoy, Jonas Auk.",
       {"Jonas Auk met_with Lina Varga"},
       {"Lithuania met_with Estonia"}},
      {"A meeting was held on Friday between Mirela Dunca and Tomas Berg-Lind.",
       {"Mirela Dunca met_with Tomas Berg-Lind"},
       {}},
      {"Photo 4: Mirela Dunca, the agency's director, talks with Minister Lina Varga on Tuesday.",
       {"Mirela Dunca met_with Lina Varga"},
       {}},
      {"Tomas Berg-Lind speaks with Jonas Auk during a break in the exercise.",
       {"Jonas Auk met_with Tomas Berg-Lind"},
       {}},
  });
}

TEST_CASE("meetings s31x2: a delegation meeting a body's leadership", "[relate][met_with][s31-x2]") {
  check_relation_rows({
      {"A delegation from the Latvian Ministry of Defence met the NATO leadership in Brussels.",
       {"Latvian Ministry of Defence met_with North Atlantic Treaty Organization"},
       {}},
      {"Minister Lina Varga met the ENISA management on Tuesday.",
       {"Lina Varga met_with European Union Agency for Cybersecurity"},
       {}},
  });
}

TEST_CASE("meetings s31x2: co-chairs of a dialogue", "[relate][met_with][s31-x2]") {
  check_relation_rows({
      {"The dialogue was co-chaired by Mirela Dunca, the agency's director, and by Jonas Auk.",
       {"Jonas Auk met_with Mirela Dunca"},
       {}},
      {"The third round was co-chaired by Lina Varga and Tomas Berg-Lind.",
       {"Lina Varga met_with Tomas Berg-Lind"},
       {}},
      {"The forum was chaired by Lina Varga, and Tomas Berg-Lind spoke.",
       {},
       {"Lina Varga met_with Tomas Berg-Lind"}},
  });
}

TEST_CASE("meetings s31x2: a minister and the counterpart of another nation", "[relate][met_with][s31-x2]") {
  check_relation_rows({
      {"In May, the Estonian Defence Minister and her Latvian counterpart met in Riga.",
       {"Estonia met_with Latvia"},
       {}},
      {"The Finnish foreign minister and his Swedish counterpart held talks on Monday.",
       {"Finland met_with Sweden"},
       {}},
  });
}

TEST_CASE("meetings s31x2: here or there after the partner is no noun it qualifies", "[relate][met_with][s31-x2]") {
  check_relation_rows({
      {"Minister Tomas Berg-Lind met Jonas Auk here at the ministry.", {"Jonas Auk met_with Tomas Berg-Lind"}, {}},
      {"Minister Lina Varga held talks with Mirela Dunca there on Monday.", {"Mirela Dunca met_with Lina Varga"}, {}},
      {"Estonia joined NATO here.", {"Estonia member_of North Atlantic Treaty Organization"}, {}},
  });
}

TEST_CASE("meetings s31x2: the title an earlier sentence gave a person stands for that person", "[relate][met_with][s31-x2]") {
  check_relation_rows({
      {"The dialogue opened in Vienna on Monday. \"Neutrality is no excuse,\" said Federal Minister of Defence Klara "
       "Steinwald-Huber. Later, the Federal Minister held bilateral talks with Federal Councillor Reto Abegg-Frei.",
       {"Klara Steinwald-Huber met_with Reto Abegg-Frei"},
       {}},
      {"The forum opened on Monday. Minister Lina Varga spoke first. The minister then met Jonas Auk in the afternoon.",
       {"Jonas Auk met_with Lina Varga"},
       {}},
      // "the minister of Latvia" names its own body: no one earlier
      {"The forum opened on Monday. Minister Lina Varga spoke first. The minister of Latvia then met Jonas Auk.",
       {},
       {"Jonas Auk met_with Lina Varga"}},
  });
}

TEST_CASE("meetings s31x2: a transcript speaker's I in a later sentence of the paragraph", "[relate][met_with][s31-x2]") {
  check_relation_rows({
      {"Assistant Minister Tom Hale-Ross answered questions.\n\nMr HALE-ROSS: Fiji's Minister for Defence, Ratu Jone "
       "Seruvatu, arrived in Canberra yesterday. It was his first visit. I held talks with Ratu Jone Seruvatu on training.",
       {"Ratu Jone Seruvatu met_with Tom Hale-Ross"},
       {}},
      {"Assistant Minister Tom Hale-Ross answered questions.\n\nMr HALE-ROSS: Fiji's Minister for Defence, Ratu Jone "
       "Seruvatu, arrived in Canberra yesterday. It was his first visit. The minister and I also held talks on training.",
       {"Ratu Jone Seruvatu met_with Tom Hale-Ross"},
       {}},
      // a new paragraph without a label is not the speaker's
      {"Assistant Minister Tom Hale-Ross answered questions.\n\nMr HALE-ROSS: Thank you.\n\nI met Ratu Jone Seruvatu "
       "in Suva.",
       {},
       {"Ratu Jone Seruvatu met_with Tom Hale-Ross"}},
  });
}

TEST_CASE("meetings s31x2: a partner named after a long title", "[relate][met_with][s31-x2]") {
  check_relation_rows({
      {"Minister Lina Varga met Estonian Deputy Director of CERT-EE, Colonel Jonas Auk.", {"Jonas Auk met_with Lina Varga"}, {}},
      {"Minister Lina Varga was received by the head of the Estonian delegation, Jonas Auk, before the ceremony.",
       {"Jonas Auk met_with Lina Varga"},
       {}},
      {"Minister Lina Varga met reporters in Riga, Jonas Auk said.", {}, {"Jonas Auk met_with Lina Varga"}},
  });
}

TEST_CASE("meetings s31x2: the partner of with named by a title given earlier", "[relate][met_with][s31-x2]") {
  check_relation_rows({
      {"NATO Assistant Secretary General Mirela Dunca opened the building. Defence Minister Jonas Auk welcomed the "
       "guests. Auk held talks with the Assistant Secretary General yesterday in Brussels.",
       {"Jonas Auk met_with Mirela Dunca"},
       {}},
      {"The forum opened on Monday. Minister Lina Varga spoke first. Jonas Auk later met with the minister in Riga.",
       {"Jonas Auk met_with Lina Varga"},
       {}},
      {"The forum opened on Monday. Minister Lina Varga spoke first. Jonas Auk later met with the minister of Latvia.",
       {},
       {"Jonas Auk met_with Lina Varga"}},
  });
}
