// Session 19 (k2): a double-barrelled surname alone ("Lozano-Ferrer") after the
// full name is that person, as a plain surname is. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("surnames s19b: a double-barrelled surname alone names the person", "[recognise][met_with][s19]") {
  check_relation_rows({
      // the surname as the object, then as the subject
      {"The centre was opened by Dr Ana Lozano-Ferrer on Monday. Jonas Auk met Lozano-Ferrer on the sidelines.",
       {"Ana Lozano-Ferrer met_with Jonas Auk"},
       {}},
      {"Tomas Berg-Lind arrived on Monday. Berg-Lind met Ana Kovac on Tuesday.",
       {"Ana Kovac met_with Tomas Berg-Lind"},
       {}},
      // two people of that surname: the surname alone names neither
      {"Ana Berg-Lind and Tomas Berg-Lind arrived on Monday. Berg-Lind met Jonas Auk on Tuesday.",
       {},
       {"Ana Berg-Lind met_with Jonas Auk", "Jonas Auk met_with Tomas Berg-Lind"}},
  });
}
