// Session 17 round 2: a correction's sentence ("an earlier version of this
// article said X took part") reports what was wrongly said: no relation from
// it. Every text written for this test; negatives beside the positives.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s17b: a correction states no relation", "[relate][s17b][participates_in][correction]") {
  check_relation_rows({
      // the plain claim still holds
      {"Croatia ran Adriatic Shield, a cyber exercise, in Split in May. Greece took part in Adriatic Shield.",
       {"Greece participates_in Adriatic Shield"},
       {}},
      // the correction reports the wrong claim
      {"Croatia ran Adriatic Shield, a cyber exercise, in Split in May. Correction: An earlier version of this article "
       "said that Greece took part in Adriatic Shield.",
       {},
       {"Greece participates_in Adriatic Shield"}},
      {"Croatia ran Adriatic Shield, a cyber exercise, in Split in May. This story incorrectly stated that Malta took "
       "part in Adriatic Shield.",
       {},
       {"Malta participates_in Adriatic Shield"}},
      // only the correction's sentence: the facts stated after it stand
      {"Croatia ran Adriatic Shield, a cyber exercise, in Split in May. A previous version of this story said Malta "
       "joined the drill. Italy took part in Adriatic Shield.",
       {"Italy participates_in Adriatic Shield"},
       {"Malta participates_in Adriatic Shield"}},
  });
}
