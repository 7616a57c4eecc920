// Session 14: parties, members and partners in wordings news uses that left
// both ends recognised but unrelated. Every text written for this test;
// negatives beside the positives.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s14: the counted participating states are those that took part", "[relate][s14][party_to]") {
  check_relation_rows({
      // three took part, the host organised: four, though no list of four was named
      {"The Sahel Shield exercise ran in Niamey this week. It was organised by Niger's Ministry of Defence. Teams from "
       "Chad, Mali and Mauritania took part in the exercise. The Niamey Charter on Cyber Defence was signed on Friday "
       "by the four participating states.",
       {"Chad party_to Niamey Charter on Cyber Defence", "Mali party_to Niamey Charter on Cyber Defence",
        "Mauritania party_to Niamey Charter on Cyber Defence", "Niger party_to Niamey Charter on Cyber Defence"},
       {}},
      // a count that is not the number of those taking part stands for no one
      {"The Sahel Shield exercise ran in Niamey this week. It was organised by Niger's Ministry of Defence. Teams from "
       "Chad, Mali and Mauritania took part in the exercise. The Niamey Charter on Cyber Defence was signed on Friday "
       "by the six participating states.",
       {},
       {"Chad party_to Niamey Charter on Cyber Defence", "Niger party_to Niamey Charter on Cyber Defence"}},
      // without "participating" the count is a list's, not the participants'
      {"The Sahel Shield exercise ran in Niamey this week. It was organised by Niger's Ministry of Defence. Teams from "
       "Chad, Mali and Mauritania took part in the exercise. The Niamey Charter on Cyber Defence was signed on Friday "
       "by the four states.",
       {},
       {"Niger party_to Niamey Charter on Cyber Defence"}},
  });
}
