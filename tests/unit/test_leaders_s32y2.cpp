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
