// Relations, session 30 (pt1): taking part in and organising exercises and
// events in house styles other than news reports. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30-pt1: a year after an exercise's name does not stop its pattern", "[relate][participates_in][s30-pt1]") {
  check_relation_rows({
      {"Harbour Shield 2024 involved Estonia, Latvia and Poland.",
       {"Estonia participates_in Harbour Shield", "Latvia participates_in Harbour Shield",
        "Poland participates_in Harbour Shield"},
       {}},
      {"Locked Shields 2023 included Finland and Norway.",
       {"Finland participates_in Locked Shields", "Norway participates_in Locked Shields"},
       {}},
      {"Cyber Coalition 2022 also involved Lithuania.",
       {"Lithuania participates_in Cyber Coalition"},
       {}},
      // a number that is no year is not skipped
      {"Harbour Shield 300 involved Latvia.",
       {},
       {"Latvia participates_in Harbour Shield"}},
  });
}
