// Session 17 round 2: a dated affiliation with its own date stands beside
// the lead of the same body. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("recall s17b: joining a body in one year and heading it later keeps both facts", "[relate][affiliated_with][s17b]") {
  check_relation_rows({
      {"Maria Kovacs joined the Baltic Cyber Centre in 2012 and has headed it since 2019.",
       {"Maria Kovacs leads Baltic Cyber Centre", "Maria Kovacs affiliated_with Baltic Cyber Centre"},
       {}},
      // undated affiliation beside a lead: still the weaker reading, dropped
      {"Maria Kovacs of the Baltic Cyber Centre spoke on Monday. Maria Kovacs, head of the Baltic Cyber Centre, said talks went well.",
       {"Maria Kovacs leads Baltic Cyber Centre"},
       {"Maria Kovacs affiliated_with Baltic Cyber Centre"}},
  });
}
