// Session 11, round 2 (R1): constructions of exercise and agreement news
// that left both ends recognised but unrelated. Each row is written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("r1 s11: a nation's contingent drawn from named bodies", "[relate][s11][participates_in]") {
  check_relation_rows({
      // the demonym before the group noun no longer hides the noun from the pattern
      {"Cyber Coalition opened on Monday. The Danish contingent, drawn from the Danish Defence Intelligence Service "
       "and the Danish Agency for Digital Government, is the smallest team.",
       {"Danish Defence Intelligence Service participates_in Cyber Coalition",
        "Danish Agency for Digital Government participates_in Cyber Coalition"},
       {}},
      {"Locked Shields began in Tallinn. Kenya's delegation, made up of officers from the Kenya Defence Forces, arrived late.",
       {"Kenya Defence Forces participates_in Locked Shields"},
       {}},
  });
}
