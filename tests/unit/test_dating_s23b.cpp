// Session 23 (k2), dating: a participation dated by its exercise's own date
// ("in May", told in another sentence) takes the year of the edition its name
// gives in the clause. Each text is read as published on 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s23b: an exercise's month told elsewhere is of the edition the clause names", "[dating][s23]") {
  check_relation_rows({
      {"Estonia hosted Northern Coast 2023 in May. Latvia took part in Northern Coast 2023.",
       {"Estonia organises Northern Coast 2023-05", "Latvia participates_in Northern Coast 2023-05"},
       {"Latvia participates_in Northern Coast 2025-05"}},
      // negative: a name with no year keeps the month's latest year
      {"Estonia hosted the Northern Coast exercise in May. Latvia took part in Northern Coast.",
       {"Latvia participates_in Northern Coast 2025-05"},
       {"Latvia participates_in Northern Coast 2023-05"}},
  });
}
