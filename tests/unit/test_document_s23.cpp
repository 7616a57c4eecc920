// Publication dates, session 23: a wire's dateline without its year (the
// year from the copyright line or the text's dates), a month-first dotted
// date, and dates in a story's closing lines ("Date Posted:", a print
// edition's line). Texts written for the test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "published_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s23: a wire's dateline without its year takes the year the text gives", "[document][metadata][s23]") {
  check_published({
      {"Estonia hosts drill\n\nTALLINN, April 24 (Baltic Wire) - Estonia opened the drill on Monday.\n\n"
       "(c) 2026 Baltic Wire. All rights reserved.\n",
       "2026-04-24"},
      // no copyright line: the year the text's dates give most often
      {"(LEAD) Korea, Japan sign memo\n\nSEOUL, Nov. 3 (Hanbit Wire) -- Korea and Japan signed a memo. Japan "
       "joined the drill in March 2026 and the talks in May 2025, and signed a pact in October 2026.\n\n(END)\n",
       "2026-11-03"},
      // no year anywhere: no date rather than a guess
      {"Estonia hosts drill\n\nTALLINN, April 24 (Baltic Wire) - Estonia opened the drill on Monday.\n", ""},
  });
}

TEST_CASE("s23: a dotted date whose second number is over 12 is month first", "[document][metadata][s23]") {
  check_published({
      {"Drill ends\n\n02.18.2026\n\nLatvia joined the drill on Monday.\n", "2026-02-18"},
      // day first otherwise
      {"Drill ends\n\nBern, 04.11.2026 - The council met on Monday.\n", "2026-11-04"},
  });
}

TEST_CASE("s23: a closing 'Date Posted:' or print edition line dates the story", "[document][metadata][s23]") {
  check_published({
      {"Drill ends\n\nStory by Sgt. Ana Ruiz\n\nFORT MEADE, Md. -- Latvia joined the drill on Monday.\n\n-30-\n\n"
       "Date Taken: 02.18.2026\nDate Posted: 02.19.2026 10:15\nStory ID: 123456\n",
       "2026-02-19"},
      {"Drill ends\n\nPUBLISHED : 2 days ago\n\nThailand joined the drill on Monday.\n\nThis article appeared in the "
       "print edition of 14 June 2026.\n",
       "2026-06-14"},
  });
}
