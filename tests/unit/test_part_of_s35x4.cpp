// Relations and names, session 35 (x4): part_of in shapes news uses for units and
// bodies: a team "is set up within" a body (a timeline's present tense);
// every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s35-x4: a body set up within another, in a timeline's present tense", "[relate][part_of][s35-x4]") {
  check_relation_rows({
      {"2012 - The Ghana National CERT (GHCERT) is set up within the Ministry of Communications.",
       {"Ghana National CERT part_of Ministry of Communications 2012"},
       {}},
      {"In 2017 the Kivu Response Team is established within the Congolese Posts Authority, which regulates telecoms.",
       {"Kivu Response Team part_of Congolese Posts Authority 2017"},
       {}},
  });
}
