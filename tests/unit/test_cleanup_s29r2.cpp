// Session 29, r2: word lists moved from code into the lexicon data, each
// checked on sentences written for the test.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// temporal.json edition_words (those not counting forward) before a verb of
// occurrence tell of an earlier edition: its year is not the story's edition's.
TEST_CASE("s29-r2: every earlier-edition word of edition_words keeps its year off the story's edition",
          "[relate][dating][s29-r2]") {
  check_relation_rows({
      {"Teams from Ghana and Kenya took part in Exercise Amber Weir. Amber Weir is an annual drill; the preceding "
       "one, held in Malmo in 2022, drew fewer teams.",
       {"Ghana participates_in Amber Weir undated"},
       {"Ghana participates_in Amber Weir 2022"}},
      {"Teams from Ghana and Kenya took part in Exercise Amber Weir. Amber Weir is an annual drill; the previous "
       "one, held in Malmo in 2022, drew fewer teams.",
       {"Ghana participates_in Amber Weir undated"},
       {"Ghana participates_in Amber Weir 2022"}},
  });
}
