// Session 32, helper y2: leaders and affiliations in ordinary news wording.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// A nation's minister named with a lower-case title after its possessive serves the nation
// (affiliated_with); its head of government or state, "prime minister", "president", leads it.
TEST_CASE("s32-y2: a lower-case minister's title after a nation's possessive is an affiliation",
          "[relate][s32-y2]") {
  check_relation_rows({
      {"Latvia's defence minister Andris Kalns attended the drill.",
       {"Andris Kalns affiliated_with Latvia"},
       {"Andris Kalns leads Latvia"}},
      {"Ukraine's digital minister, Petro Marchenko, thanked the partners.",
       {"Petro Marchenko affiliated_with Ukraine"},
       {"Petro Marchenko leads Ukraine"}},
      {"Estonia's prime minister Kaja Tamm said the country would host the drill.",
       {"Kaja Tamm leads Estonia"},
       {"Kaja Tamm affiliated_with Estonia"}},
      {"Finland's president Matti Salo welcomed the decision.",
       {"Matti Salo leads Finland"},
       {}},
  });
}

// "X, a Microsoft executive," works for the body named before the role noun, as "a NATO
// official" does; "chief executive" of a body still leads it.
TEST_CASE("s32-y2: an executive of a named body is affiliated with it", "[relate][s32-y2]") {
  check_relation_rows({
      {"Eric Lund, a Microsoft executive, spoke at the conference.",
       {"Eric Lund affiliated_with Microsoft"},
       {"Eric Lund leads Microsoft"}},
      {"Eric Dahl, a senior Nokia executive who oversees security, said the firm was ready.",
       {"Eric Dahl affiliated_with Nokia"},
       {}},
      {"Karin Lund, chief executive of Ericsson, signed the pledge.",
       {"Karin Lund leads Ericsson"},
       {"Karin Lund affiliated_with Ericsson"}},
  });
}

// Ordinary news wordings of a post and its start, checked on fresh sentences: a relative
// clause of heading, a tenure since a year, an appointment or a take-over dated in the text.
TEST_CASE("s32-y2: ordinary wordings of a leader's post and its start", "[relate][s32-y2]") {
  check_relation_rows({
      {"Lars Holm, who heads the Danish Centre for Cyber Security, said the threat was growing.",
       {"Lars Holm leads Danish Centre for Cyber Security"},
       {}},
      {"Europol director Karen Vos said the police agency was ready to help.",
       {"Karen Vos leads Europol"},
       {}},
      {"Peter Mills, who has led the National Security Agency since 2023, retired on Friday.",
       {"Peter Mills leads National Security Agency 2023"},
       {}},
      {"Julia Kern was appointed director of Europol on 1 June.",
       {"Julia Kern leads Europol 2025-06-01"},
       {}},
      {"Anna Berg, a spokesperson for the Swedish Armed Forces, said the drill went well.",
       {"Anna Berg affiliated_with Swedish Armed Forces"},
       {"Anna Berg leads Swedish Armed Forces"}},
      {"Eva Ruus, the CCDCOE's deputy director, said the centre would expand.",
       {"Eva Ruus affiliated_with NATO Cooperative Cyber Defence Centre of Excellence"},
       {"Eva Ruus leads NATO Cooperative Cyber Defence Centre of Excellence"}},
  });
}
