// Session 19: a byline's date is no lede: "The exercise, X, ..." after a
// byline takes no date from it, while a dated lede sentence still dates the
// exercise the next sentence names. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("lede s19: a byline's date does not date the exercise after it", "[relate][dates][s19]") {
  check_relation_rows({
      {"Lisbon drill ends\n\nBy Ana Reyes, 12 March 2025 10:00 CET\n\n"
       "The exercise, Amber Reef, featured blue teams from Spain and Morocco.",
       {"Spain participates_in Amber Reef undated", "Morocco participates_in Amber Reef undated"},
       {}},
      // a story's dated lede still dates it (a three-day exercise that ended on the 11th began on the 9th)
      {"Lisbon drill ends\n\nBy Ana Reyes, 12 March 2025 10:00 CET\n\n"
       "Teams from six countries wrapped up a three-day exercise in Lisbon on 11 March 2025.\n\n"
       "The exercise, Amber Reef, featured blue teams from Spain and Morocco.",
       {"Spain participates_in Amber Reef 2025-03-09"},
       {}},
  });
}

TEST_CASE("contrast s19: a time before ', while' does not date the clause after it", "[relate][dates][s19]") {
  check_relation_rows({
      {"Exercise Ebro Shield ran in Cartagena this week. "
       "Italy and Greece had taken part in 2024, while Morocco was competing for the first time.",
       {"Italy participates_in Ebro Shield 2024", "Greece participates_in Ebro Shield 2024"},
       {"Morocco participates_in Ebro Shield 2024"}},
      {"Exercise Ebro Shield ran in Cartagena this week. "
       "Tunisia took part in 2023, but Algeria joined Ebro Shield for the first time.",
       {"Tunisia participates_in Ebro Shield 2023"},
       {"Algeria participates_in Ebro Shield 2023"}},
      // no contrast: the time before still dates the clause ("In 2022, Italy took part, and Greece joined")
      {"Exercise Ebro Shield ran in Cartagena this week. In 2022, Italy took part in Ebro Shield.",
       {"Italy participates_in Ebro Shield 2022"},
       {}},
  });
}

TEST_CASE("respectively s19: listed names take listed dates in order", "[relate][dates][s19]") {
  check_relation_rows({
      {"Finland and Sweden formally joined NATO in 2023 and 2024 respectively.",
       {"Finland member_of North Atlantic Treaty Organization 2023", "Sweden member_of North Atlantic Treaty Organization 2024"},
       {"Finland member_of North Atlantic Treaty Organization 2024", "Sweden member_of North Atlantic Treaty Organization 2023"}},
      {"Estonia joined NATO and the EU in March 2004 and May 2004, respectively.",
       {"Estonia member_of North Atlantic Treaty Organization 2004-03", "Estonia member_of European Union 2004-05"},
       {"Estonia member_of North Atlantic Treaty Organization 2004-05", "Estonia member_of European Union 2004-03"}},
      // without "respectively" each takes each date, as before
      {"Finland and Sweden joined NATO in 2023 and 2024.",
       {"Finland member_of North Atlantic Treaty Organization 2023", "Sweden member_of North Atlantic Treaty Organization 2024"},
       {}},
  });
}
