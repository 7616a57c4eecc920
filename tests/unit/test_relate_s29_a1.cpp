// Relations, session 29 (a1): affiliation and meeting wordings the visible
// sets had not shown. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s29-a1: more role nouns in an apposition name the body", "[relate][affiliated_with][s29-a1]") {
  check_relation_rows({
      {"Eva Novak, a representative of the European Union Agency for Cybersecurity, spoke.",
       {"Eva Novak affiliated_with European Union Agency for Cybersecurity"},
       {}},
      {"Peter Sandvik, an instructor with the Norwegian Armed Forces, led the training.",
       {"Peter Sandvik affiliated_with Norwegian Armed Forces"},
       {}},
      {"Peter Sandvik, instructor with the Norwegian Armed Forces, led the training.",
       {"Peter Sandvik affiliated_with Norwegian Armed Forces"},
       {}},
      {"Eva Novak, representative of the European Union Agency for Cybersecurity, spoke.",
       {"Eva Novak affiliated_with European Union Agency for Cybersecurity"},
       {}},
      {"Eva Novak, a senior policy coordinator at the European Union Agency for Cybersecurity, spoke.",
       {"Eva Novak affiliated_with European Union Agency for Cybersecurity"},
       {}},
      {"Liam Byrne, a delegate from the European Commission, voted for the text.",
       {"Liam Byrne affiliated_with European Commission"},
       {}},
      // the role noun is the other person's
      {"Eva Novak met Tom Reed, a trainer with the Norwegian Armed Forces.",
       {"Tom Reed affiliated_with Norwegian Armed Forces"},
       {"Eva Novak affiliated_with Norwegian Armed Forces"}},
  });
}
