// Dates of facts, session 22: a present-tense closing verb ("ends on Friday") tells
// of the coming day. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s22: an event that ends on a weekday ends on the coming one", "[relate][dating][s22]") {
  check_relation_rows({
      {"Exercise Polar Lantern began on Monday in Tromso and ends on Friday.",
       {"Polar Lantern located_in Tromsø 2025-06-16"},
       {"Polar Lantern located_in Tromsø 2025-06-13"}},
      // a past closing verb: the day before the story
      {"Exercise Polar Lantern ended on Friday in Tromso.", {"Polar Lantern located_in Tromsø 2025-06-13"}, {}},
  });
}

TEST_CASE("s22: a time after another verb of the clause dates that verb's fact, not the first", "[relate][dating][s22]") {
  check_relation_rows({
      {"The Philippines joined the Counter Ransomware Initiative last year and hosted a workshop in November.",
       {"Philippines member_of Counter Ransomware Initiative 2024"},
       {"Philippines member_of Counter Ransomware Initiative 2024-11"}},
      // two times of one fact, linked
      {"Peru joined the Counter Ransomware Initiative in 2019 and again in 2021.",
       {"Peru member_of Counter Ransomware Initiative 2019", "Peru member_of Counter Ransomware Initiative 2021"},
       {}},
      // the fact between its two times: the finer one
      {"This year, for the first time, a Peruvian team played in Cyber Europe, ENISA's exercise, in June.",
       {"Peru participates_in Cyber Europe 2025-06"},
       {}},
  });
}

TEST_CASE("s22: an agenda's entry is the coming day, a participle before 'by' tells no tense", "[relate][dating][s22]") {
  check_relation_rows({
      {"Agenda\n\n- 24-25 June: Nordic Cyber Ministers Meeting, Vilnius, hosted by Lithuania.",
       {"Lithuania organises Nordic Cyber Ministers Meeting 2025-06-24"},
       {"Lithuania organises Nordic Cyber Ministers Meeting 2024-06-24"}},
      // a past verb: the one before
      {"Lithuania hosted the Nordic Cyber Ministers Meeting in Vilnius on 24 June.",
       {"Lithuania organises Nordic Cyber Ministers Meeting 2024-06-24"},
       {}},
  });
}
