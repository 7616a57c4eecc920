// Session 14 recall of located_in and affiliated_with: a base "near" or
// "outside" another town does not hide the base ("based at X near Y").
// Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("places s14: a base named with a town near it", "[relate][located_in][s14]") {
  check_relation_rows({
      {"The Signals Brigade, based at Camp Crame near Quezon City, sent two teams.",
       {"Signals Brigade located_in Camp Crame"},
       {}},
      {"The Cyber Defence Wing, headquartered at Curragh Camp outside Kildare, trains reservists.",
       {"Cyber Defence Wing located_in Curragh Camp"},
       {}},
      {"The Cyber Defence Wing, headquartered at Curragh Camp, trains reservists.",
       {"Cyber Defence Wing located_in Curragh Camp"},
       {}},
      // the town the base is near is not where the unit is
      {"The Signals Brigade, based at Camp Crame near Quezon City, sent two teams.",
       {},
       {"Signals Brigade located_in Quezon City"}},
  });
}
