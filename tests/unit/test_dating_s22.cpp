// Dates of facts, session 22: a present-tense closing verb ("ends on Friday") tells
// of the coming day. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s22: an event that ends on a weekday ends on the coming one", "[relate][dating][s22]") {
  check_relation_rows({
      {"Exercise Polar Lantern began on Monday in Tromso and ends on Friday.",
       {"Polar Lantern located_in Tromsø 2025-06-16"},
       {"Polar Lantern located_in Tromsø 2025-06-13"}},
      // a past closing verb: the day before the story
      {"Exercise Polar Lantern ended on Friday in Tromso.", {"Polar Lantern located_in Tromsø 2025-06-13"}, {}},
  });
}
