// Session 18: more wordings of two people meeting. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("meetings s18: calls, visits and time spent with a person", "[relate][met_with][s18]") {
  check_relation_rows({
      {"Minister Olav Rustad paid a courtesy call on Ines Castell in Madrid on Tuesday.",
       {"Olav Rustad met_with Ines Castell"},
       {}},
      {"Olav Rustad visited Ines Castell in Madrid on Tuesday.",
       {"Olav Rustad met_with Ines Castell"},
       {}},
      {"Olav Rustad spent an afternoon with Admiral Ines Castell, aides said.",
       {"Olav Rustad met_with Ines Castell"},
       {}},
      // a tribute is not a meeting
      {"Olav Rustad paid tribute to Ines Castell on Tuesday.",
       {},
       {"Olav Rustad met_with Ines Castell"}},
  });
}
