// Session 31, helper x4: dates of facts on unseen text (heldout15's families).
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// A post held "since" a day written without its year has begun: the day is on or before
// the publication, whatever the tense of the sentence ("opens", "will open"); and a
// since-day closing the aside of the subject is not the day of what the subject does.
TEST_CASE("s31-x4: a yearless since-day has begun and dates no occurrence", "[dating][s31-x4]") {
  check_relation_rows({
      {"Ana Lopez, RIA's director general since May 3, opens the forum in Tartu.",
       {"Ana Lopez leads RIA 2025-05-03"},
       {"Ana Lopez leads RIA 2026-05-03"}},
      {"Marta Kask, the commander of the Estonian Cyber Command since 1 September, will open the drill.",
       {"Marta Kask leads Estonian Cyber Command 2024-09-01"},
       {"Marta Kask leads Estonian Cyber Command 2025-09-01"}},
      {"Ana Lopez, RIA's director general since 2 June, opens Exercise Iron Heron in Tartu. Teams from Latvia and "
       "Finland take part in the exercise.",
       {"Ana Lopez leads RIA 2025-06-02", "Latvia participates_in Iron Heron"},
       {"Latvia participates_in Iron Heron 2025-06-02", "Iron Heron located_in Tartu 2025-06-02"}},
  });
}
