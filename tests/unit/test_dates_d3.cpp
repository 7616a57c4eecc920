// Session 26, helper d3: dates (publication dates, relative dates, dates carried to later mentions).
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"
#include "published_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("d3: a yearless wire dateline takes the year whose weekday its lead names", "[document][metadata][d3]") {
  check_published({
      // the text's dated years say 2025 (a Saturday); the lead's "on Thursday" is 2027's June 10
      {"Drill ends\n\nRIGA, June 10 (Amber Wire) - Latvia closed its naval drill on Thursday, the navy said.\n\n"
       "The navy has led the drill since May 2025 and plans a larger one in 2026.\n",
       "2027-06-10"},
      // "met on Monday ... said Tuesday": the dateline is the later day (2026), not 2025's Monday
      {"Talks end\n\nOSLO, Nov. 3 (Fjord Wire) -- Norway and Iceland met in Oslo on Monday, the ministry said "
       "Tuesday.\n\nThe two signed a pact in June 2024 and met again in 2025.\n",
       "2026-11-03"},
      // the usual year already fits the lead: kept
      {"Drill ends\n\nRIGA, April 24 (Amber Wire) - Latvia closed the drill on Friday.\n\n"
       "It first ran in March 2026 and again in May 2026.\n",
       "2026-04-24"},
      // no weekday in the lead: the usual year, as before
      {"Drill ends\n\nRIGA, April 24 (Amber Wire) - Latvia closed the drill.\n\nIt first ran in March 2025.\n",
       "2025-04-24"},
  });
}

TEST_CASE("d3: 'this year's edition' speaks of the event the sentence before named", "[dating][d3]") {
  // each text read as published on Wednesday 18 June 2025
  check_relation_rows({
      {"Latvia and Norway joined Crossed Swords, the alliance's technical drill. This year's edition was held "
       "from Monday to Friday last week in Riga.",
       {"Latvia participates_in Crossed Swords 2025-06-09", "Norway participates_in Crossed Swords 2025-06-09"},
       {"Latvia participates_in Crossed Swords 2025-06-18"}},
      {"Finland sent a team to Cyber Coalition, the alliance's largest drill. This exercise took place from 2 to 6 "
       "June in Tartu.",
       {"Finland participates_in Cyber Coalition 2025-06-02"},
       {}},
      // "this year's" with no event noun after it: nothing referred to
      {"Finland sent a team to Cyber Coalition, the alliance's largest drill. This year's budget was approved on "
       "2 June.",
       {"Finland participates_in Cyber Coalition undated"},
       {"Finland participates_in Cyber Coalition 2025-06-02"}},
  });
}
