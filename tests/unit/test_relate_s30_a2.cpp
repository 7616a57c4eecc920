// Relations, session 30 (a2): affiliations in wordings of unseen text
// (role nouns, unit heads, fronted asides). Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30-a2: the head of a unit of a body is affiliated with the body", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Petra Lindqvist, branch chief at Allied Command Operations, briefed reporters.",
       {"Petra Lindqvist affiliated_with Allied Command Operations"},
       {"Petra Lindqvist leads Allied Command Operations"}},
      {"Olaf Brenner, section head at the European Defence Agency, declined to comment.",
       {"Olaf Brenner affiliated_with European Defence Agency"},
       {"Olaf Brenner leads European Defence Agency"}},
      {"Nadia Ferreira, team lead at Microsoft, said the attack was contained.",
       {"Nadia Ferreira affiliated_with Microsoft"},
       {"Nadia Ferreira leads Microsoft"}},
      {"Tomas Varga, communications director of the European Defence Agency, said the talks went well.",
       {"Tomas Varga affiliated_with European Defence Agency"},
       {"Tomas Varga leads European Defence Agency"}},
      // the head of the body still leads it
      {"Tomas Varga, director of the European Defence Agency, said the talks went well.",
       {"Tomas Varga leads European Defence Agency"},
       {}},
  });
}
