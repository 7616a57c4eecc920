// Relations, session 25 (e): hosts of an exercise named with their guests' teams,
// signing on behalf of a party, receiving a delegation, meetings of untitled people.
// Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25e: a host that receives guests' teams at an exercise organises it", "[relate][s25e]") {
  check_relation_rows({
      {"Slovenia hosted teams from several allied nations at exercise Karst Beacon in May.",
       {"Slovenia organises Karst Beacon 2025-05"},
       {}},
      {"Croatia welcomed teams from Hungary and Austria at exercise Drava Shield in April.",
       {"Croatia organises Drava Shield 2025-04", "Hungary participates_in Drava Shield 2025-04"},
       {"Hungary organises Drava Shield"}},
      {"Norway will host delegations from Denmark, Iceland and the Faroe Islands at exercise Fjord Lantern.",
       {"Norway organises Fjord Lantern"},
       {"Denmark organises Fjord Lantern"}},
  });
}
