// Session 19: a name in an aside between a subject and its verb ("Chile,
// unlike Peru, took part") is not the verb's subject (cues.json
// subject_asides). Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("asides s19: a contrasted or watching name takes no part", "[relate][participates_in][s19]") {
  check_relation_rows({
      {"Exercise Iron Lattice ran in Lima in May 2021. Chile, unlike Peru, took part in Iron Lattice.",
       {"Chile participates_in Iron Lattice"},
       {"Peru participates_in Iron Lattice"}},
      {"Exercise Iron Lattice ran in Lima in May 2021. Chile, watched by Peru and Bolivia, took part in Iron Lattice.",
       {"Chile participates_in Iron Lattice"},
       {"Peru participates_in Iron Lattice", "Bolivia participates_in Iron Lattice"}},
      // companions and echoes still bring their names in
      {"Exercise Iron Lattice ran in Lima in May 2021. Chile, along with Peru, took part in Iron Lattice.",
       {"Chile participates_in Iron Lattice", "Peru participates_in Iron Lattice"},
       {}},
      {"Exercise Iron Lattice ran in Lima in May 2021. Chile, joined by Peru, took part in Iron Lattice.",
       {"Chile participates_in Iron Lattice", "Peru participates_in Iron Lattice"},
       {}},
  });
}
