// Relations, session 30 (l2): wordings of leadership and appointment, on
// sentences written for the test in several house styles. Each text is read as
// published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30-l2: an adverb of time before the passive of leading", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"The Harbour Resilience Agency is currently led by Mirela Dobos, a former diplomat.",
       {"Mirela Dobos leads Harbour Resilience Agency"},
       {}},
      {"The Harbour Resilience Agency, now headed by Mirela Dobos, opened a regional office on Monday.",
       {"Mirela Dobos leads Harbour Resilience Agency"},
       {}},
      {"The Harbour Resilience Agency, which is presently directed by Mirela Dobos, opened an office.",
       {"Mirela Dobos leads Harbour Resilience Agency"},
       {}},
  });
}
