// Session 19 (k2): a modal after a noun phrase's seat or affiliation ("the Agency in
// Bergen would host ...") is the next verb's; the fact the phrase states stands.
// Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("modal s19b: a modal after the phrase does not deny its seat", "[relate][located_in][s19]") {
  check_relation_rows({
      {"Officials said the Valdora Cyber Agency in Bergen would host the next round.",
       {"Valdora Cyber Agency located_in Bergen"},
       {}},
      {"Jane Smith of the Valdora Cyber Agency would attend the talks.",
       {"Jane Smith affiliated_with Valdora Cyber Agency"},
       {}},
      // a modal before the verb a pattern reads still denies it
      {"The Valdora Cyber Agency would host Exercise Cold Tide next year, officials said.",
       {},
       {"Valdora Cyber Agency organises Cold Tide"}},
      // a negation inside the phrase still denies it
      {"Officials said the Valdora Cyber Agency, not based in Bergen, would host the talks.",
       {},
       {"Valdora Cyber Agency located_in Bergen"}},
  });
}
