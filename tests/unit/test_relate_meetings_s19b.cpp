// Session 19 (k2): "held talks with" after a subject's closing apposition
// comma and "also", as "met" is read. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("meetings s19b: talks held by a person named in an apposition", "[relate][met_with][s19]") {
  check_relation_rows({
      {"The navy's deputy chief, Admiral Tomas Berg-Lind, also held talks with Minister Ana Kovac on Monday.",
       {"Ana Kovac met_with Tomas Berg-Lind"},
       {}},
      {"Valdora's cyber envoy, Mirela Dunca, held talks with Jonas Auk in Riga.",
       {"Jonas Auk met_with Mirela Dunca"},
       {}},
      {"The director, Mirela Dunca, also held talks on the margins with Jonas Auk.",
       {"Jonas Auk met_with Mirela Dunca"},
       {}},
      // the person before the apposition's comma is not who held the talks
      {"Mirela Dunca praised the plan, and officials held talks with Jonas Auk.",
       {},
       {"Jonas Auk met_with Mirela Dunca"}},
  });
}
