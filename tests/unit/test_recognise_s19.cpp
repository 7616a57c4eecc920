// Session 19: the apostrophe of a plural inside a name ("ASEAN Cyber
// Ministers' Meeting") keeps the name whole; a nation's possessive does not
// join the name after it. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("recognise s19: a plural's apostrophe inside an event's name", "[recognise][s19]") {
  check_relation_rows({
      {"Singapore will host the ASEAN Cyber Ministers' Meeting in October.",
       {"Singapore organises ASEAN Cyber Ministers' Meeting"},
       {}},
      {"The Pacific Chiefs' Conference was held in Suva in May 2025.",
       {"Pacific Chiefs' Conference located_in Suva 2025-05"},
       {}},
      // a nation's possessive stays a possessive: the nation's body, labelled as English
      // writes the possessive of a name in -s (session 20; it was "Philippines's")
      {"The Philippines' Cyber Command took part in Exercise Sea Lantern.",
       {"Philippines' Cyber Command part_of Philippines"},
       {"Philippines's Cyber Command part_of Philippines"}},
  });
}

TEST_CASE("recognise s19: a noun phrase its verb follows is no apposition", "[recognise][s19]") {
  check_relation_rows({
      // "the drill was a signal" opens a clause: the institute stays an organisation
      {"According to Jan Novak, an analyst at the Prague Security Studies Institute, the drill was a signal.",
       {"Jan Novak affiliated_with Prague Security Studies Institute"},
       {}},
      // a true apposition still types the name
      {"Amber Gate, the annual exercise, was held in Split in May 2025.",
       {"Amber Gate located_in Split 2025-05"},
       {}},
      {"Latvia took part in Amber Gate, an exercise run by the Croatian Navy.",
       {"Latvia participates_in Amber Gate", "Croatian Navy organises Amber Gate"},
       {}},
  });
}
