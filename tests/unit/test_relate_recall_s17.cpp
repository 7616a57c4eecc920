// Session 17 recall of located_in, part_of, leads and affiliated_with: general
// constructions of news prose. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("recall s17: a state body first named by its acronym still names its nation", "[relate][part_of][s17]") {
  check_relation_rows({
      {"A new MCD office opened in Porto. Later the Maltese Cyber Directorate (MCD) signed the plan.",
       {"Maltese Cyber Directorate part_of Malta"},
       {}},
      {"KCA staff met on Monday. The Kenyan Cyber Agency (KCA) said the drill went well.",
       {"Kenyan Cyber Agency part_of Kenya"},
       {}},
      // a body whose name opens with no nation gains none from an acronym first
      {"MCD staff met on Monday. The Maritime Cyber Directorate (MCD) met Malta's navy.",
       {},
       {"Maritime Cyber Directorate part_of Malta"}},
  });
}
