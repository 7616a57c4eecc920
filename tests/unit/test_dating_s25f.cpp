// Dating, session 25 (f1): a span of days whose days are written with their
// weekdays ("from Monday 9 to Thursday 12 June") starts on its first day, not
// on the latest Monday before the publication date. Each text is read as
// published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25f: a span of days written with weekdays starts on its first day", "[dating][s25f]") {
  check_relation_rows({
      {"Malta and Cyprus took part in the Harbour Drill exercise, held in Valletta from Monday 9 to Thursday 12 June.",
       {"Malta participates_in Harbour Drill 2025-06-09", "Cyprus participates_in Harbour Drill 2025-06-09"},
       {"Malta participates_in Harbour Drill 2025-06-16"}},
      {"Latvia took part in the Amber Reef exercise from Tuesday 3 to Friday 6 June.",
       {"Latvia participates_in Amber Reef 2025-06-03"},
       {"Latvia participates_in Amber Reef 2025-06-17"}},
      {"Estonia hosted the Amber Reef exercise between Monday 2 and Wednesday 4 June 2025.",
       {"Estonia organises Amber Reef 2025-06-02"},
       {"Estonia organises Amber Reef 2025-06-16"}},
      {"The Amber Reef exercise ran from Friday 30 May to Sunday 1 June, and Estonia hosted the Amber Reef exercise.",
       {"Estonia organises Amber Reef 2025-05-30"},
       {"Estonia organises Amber Reef 2025-06-13"}},
  });
}
