// Session 26 (helper f3) recall of relations: news wordings the earlier rules
// missed. Sentences written for these tests, as rows of paraphrase_rows.hpp:
// the text, the facts it must give, those it must not.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("appointed to a capitalised title of a body, without 'as'", "[relate][leads][f3]") {
  check_relation_rows({
      {"Nina Kos has been appointed Director of the Andean Signals Agency (ASA), the agency said.",
       {"Nina Kos leads Andean Signals Agency"}, {}},
      {"Brigadier Pablo Ruiz was named Commander of the Andean Cyber Command in March.",
       {"Pablo Ruiz leads Andean Cyber Command"}, {}},
      // a deputy's title serves the body, it does not lead it
      {"Nina Kos was appointed Vice-President of the Andean Signals Agency on 3 May.",
       {"Nina Kos affiliated_with Andean Signals Agency"}, {"Nina Kos leads Andean Signals Agency"}},
      // not appointed: nothing
      {"Nina Kos has not been appointed Director of the Andean Signals Agency.", {},
       {"Nina Kos leads Andean Signals Agency"}},
  });
}
