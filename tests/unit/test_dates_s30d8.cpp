// Session 30, helper d8: date forms of unseen house styles (quarters and halves,
// seasons and weekends without a year, ambiguous slashed publication dates).
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"
#include "paraphrase_rows.hpp"
#include "published_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// cues.json not_names "Q3", "H1"; temporal.json half_prefixes "H": a quarter or a
// half written as a code is a span of months, never a place the clause is in.
TEST_CASE("s30-d8: Q3 2024 and H1 2025 date the clause and name no place", "[dating][s30-d8]") {
  check_relation_rows({
      {"In Q3 2024, Portugal hosted the Atlantic Lantern exercise.",
       {"Portugal organises Atlantic Lantern 2024-07"},
       {"Atlantic Lantern located_in Q3"}},
      {"Portugal hosted the Atlantic Lantern exercise in H2 2024.",
       {"Portugal organises Atlantic Lantern 2024-07"},
       {"Atlantic Lantern located_in H2"}},
      {"Portugal signed a cooperation agreement with Brazil in Q1 2025.", {"Portugal cooperates_with Brazil 2025-01"}, {}},
  });
}

// parse_season: a season written without its year after a cue ("in the
// spring", "during winter") is the latest one begun, or the next one not over
// when the clause looks ahead; a capitalised season names an exercise.
TEST_CASE("s30-d8: a season without its year takes the year of the latest or next one", "[dating][s30-d8]") {
  check_relation_rows({
      {"Portugal hosted the Atlantic Lantern exercise in the spring.", {"Portugal organises Atlantic Lantern 2025"}, {}},
      {"Portugal hosted the Atlantic Lantern exercise in the autumn.", {"Portugal organises Atlantic Lantern 2024"}, {}},
      {"Portugal will host the Atlantic Lantern exercise in the autumn.", {"Portugal organises Atlantic Lantern 2025"}, {}},
      {"Portugal joined the Atlantic Lantern exercise during winter, officials said.",
       {"Portugal participates_in Atlantic Lantern 2024"}, {}},
      {"Portugal took part in the Spring Lantern exercise.", {}, {"Portugal participates_in Spring Lantern 2025"}},
      {"Portugal hosted the Atlantic Lantern exercise in early summer.", {"Portugal organises Atlantic Lantern 2025"}, {}},
      {"Portugal hosted the Atlantic Lantern exercise in the late autumn.", {"Portugal organises Atlantic Lantern 2024"}, {}},
  });
}

// temporal.json units "weekend": "last weekend", "this past weekend", "next
// weekend", "this weekend" name the Saturday of that weekend (18 June 2025 is a Wednesday).
TEST_CASE("s30-d8: a weekend named by last, this past, this or next is its Saturday", "[dating][s30-d8]") {
  check_relation_rows({
      {"Portugal hosted the Atlantic Lantern exercise last weekend.", {"Portugal organises Atlantic Lantern 2025-06-14"}, {}},
      {"Portugal hosted the Atlantic Lantern exercise this past weekend.",
       {"Portugal organises Atlantic Lantern 2025-06-14"}, {}},
      {"Portugal will host the Atlantic Lantern exercise this weekend.", {"Portugal organises Atlantic Lantern 2025-06-21"}, {}},
      {"Portugal will host the Atlantic Lantern exercise next weekend.", {"Portugal organises Atlantic Lantern 2025-06-21"}, {}},
      // "over/at/during the weekend": the one just past, or the coming one when the clause looks ahead
      {"Portugal hosted the Atlantic Lantern exercise over the weekend.", {"Portugal organises Atlantic Lantern 2025-06-14"}, {}},
      {"Portugal joined the Atlantic Lantern exercise at the weekend, the navy said.",
       {"Portugal participates_in Atlantic Lantern 2025-06-14"}, {}},
      {"Portugal will join the Atlantic Lantern exercise at the weekend.",
       {"Portugal participates_in Atlantic Lantern 2025-06-21"}, {}},
  });
}

// read_ambiguous_slash_date: "Published: 04/09/2025" is 4 September or 9 April;
// the reading that puts the text's own dates in the weeks before it wins, a tie
// leaves the article undated.
TEST_CASE("s30-d8: a slashed publication date either way round is read by the text's dates",
          "[document][metadata][s30-d8]") {
  check_published({
      {"Harbour drill ends\nPublished: 04/09/2025\n\nSpain hosted the Sea Lantern exercise from 25 to 29 August.\n",
       "2025-09-04"},
      {"Harbour drill ends\n04/09/2025 13:05\n\nSpain hosted the Sea Lantern exercise in late March, the navy said.\n",
       "2025-04-09"},
      // the weekday written tells: 9 April 2025 is a Wednesday, 4 September a Thursday
      {"Harbour drill ends\nThu, 09/04/2025 - 13:05\n\nSpain hosted the Sea Lantern exercise last week.\n", "2025-09-04"},
      {"Harbour drill ends\nWednesday 09/04/2025\n\nSpain hosted the Sea Lantern exercise last week.\n", "2025-04-09"},
      // nothing in the text tells: no date rather than a guess
      {"Harbour drill ends\nPublished: 04/09/2025\n\nSpain hosted the Sea Lantern exercise last week.\n", ""},
      // a sentence after the date: no dateline
      {"Harbour drill ends\n\n04/09/2025 was the day Spain hosted the drill, in late August.\n", ""},
  });
}

// temporal.json date_cues "FY", "fiscal", "year": a fiscal or named year is a year.
TEST_CASE("s30-d8: FY2024, fiscal 2024 and fiscal year 2024 date the clause", "[dating][s30-d8]") {
  check_relation_rows({
      {"Portugal signed a cooperation agreement with Brazil in FY2024.", {"Portugal cooperates_with Brazil 2024"}, {}},
      {"Portugal signed a cooperation agreement with Brazil in fiscal 2024.", {"Portugal cooperates_with Brazil 2024"}, {}},
      {"Portugal signed a cooperation agreement with Brazil in fiscal year 2024.",
       {"Portugal cooperates_with Brazil 2024"}, {}},
      {"Portugal signed a cooperation agreement with Brazil in the year 2024.", {"Portugal cooperates_with Brazil 2024"}, {}},
  });
}

// parse_relative: a modifier, then "in the year/month/week", is the publication's year or month.
TEST_CASE("s30-d8: earlier in the year and later in the month are the publication's", "[dating][s30-d8]") {
  check_relation_rows({
      {"Portugal hosted the Atlantic Lantern exercise earlier in the year.", {"Portugal organises Atlantic Lantern 2025"}, {}},
      {"Portugal hosted the Atlantic Lantern exercise earlier in the month.",
       {"Portugal organises Atlantic Lantern 2025-06"}, {}},
      {"Portugal joined the Atlantic Lantern exercise earlier in the week, officials said.",
       {"Portugal participates_in Atlantic Lantern 2025-06"}, {}},
      {"Portugal will host the Atlantic Lantern exercise later in the year.", {"Portugal organises Atlantic Lantern 2025"}, {}},
  });
}

// temporal.json date_labels: a closing sentence "This story was published on ..." dates an
// article whose head has no date.
TEST_CASE("s30-d8: a closing 'This story was published on' line dates the article", "[document][metadata][s30-d8]") {
  check_published({
      {"Harbour drill ends\n\nSpain hosted the Sea Lantern exercise last week.\n\nThis story was published on 4 September "
       "2025.\n",
       "2025-09-04"},
      {"Harbour drill ends\n\nSpain hosted the Sea Lantern exercise.\n\nThis article was first published on 12 May 2025.\n",
       "2025-05-12"},
  });
}

// temporal.json shift_words "current" 0, "coming" 1: "in the current year", "in the coming month".
TEST_CASE("s30-d8: the current year and the coming month are shifted like this and next", "[dating][s30-d8]") {
  check_relation_rows({
      {"Latvia hosted the Silver Lantern exercise in the current month.", {"Latvia organises Silver Lantern 2025-06"}, {}},
      {"Latvia signed a cooperation agreement with Chile in the current year.", {"Latvia cooperates_with Chile 2025"}, {}},
      {"Latvia will host the Silver Lantern exercise in the coming month.", {"Latvia organises Silver Lantern 2025-07"}, {}},
  });
}

// temporal.json date_labels "Created:", other_date_labels "Embargoed until": an embargo's
// date stands in only when no publication date is written.
TEST_CASE("s30-d8: Created and embargo labels date an article", "[document][metadata][s30-d8]") {
  check_published({
      {"Harbour drill ends\nCreated: 18 June 2025, Modified: 20 June 2025\n\nSpain hosted the drill last month.\n",
       "2025-06-18"},
      {"Harbour drill ends\nEmbargoed until 00:01 BST, 19 June 2025\n\nSpain hosted the drill last month.\n", "2025-06-19"},
      {"Harbour drill ends\nEMBARGOED UNTIL 19 June 2025 00:01\nPublished 18 June 2025\n\nSpain hosted the drill.\n",
       "2025-06-18"},
  });
}

// temporal.json date_labels: a document kind with a lower-case word ("Blog post", "Policy
// brief", "Written statement") before the date, a head line of its own.
TEST_CASE("s30-d8: a document kind before the date labels the publication date", "[document][metadata][s30-d8]") {
  check_published({
      {"Blog post, 20 May 2025\n\nGermany hosted the Clean Sweep drill on Friday.\n", "2025-05-20"},
      {"Harbour drill ends\nPolicy brief - 20 May 2025\n\nGermany hosted the Clean Sweep drill on Friday.\n", "2025-05-20"},
      {"Harbour drill ends\nWritten statement: 20 May 2025\n\nGermany hosted the Clean Sweep drill.\n", "2025-05-20"},
  });
}

// repeated_dates: a comma lists the times of one fact as "and" does ("in 2021, 2022 and 2024").
TEST_CASE("s30-d8: a comma-listed series of years gives one edge per year", "[dating][s30-d8]") {
  check_relation_rows({
      {"Chile hosted the Andes Lantern exercise in 2021, 2022 and 2024.",
       {"Chile organises Andes Lantern 2021", "Chile organises Andes Lantern 2022", "Chile organises Andes Lantern 2024"},
       {}},
      {"Chile participated in the Andes Lantern exercise in March 2021, May 2022 and June 2024.",
       {"Chile participates_in Andes Lantern 2022-05", "Chile participates_in Andes Lantern 2024-06"}, {}},
      // a name between starts another statement
      {"Chile joined the Andes Lantern exercise in 2021, Peru in 2022.", {}, {"Chile participates_in Andes Lantern 2022"}},
  });
}

// relative_at: "the next morning", "the following evening" count a day from the date the text was at.
TEST_CASE("s30-d8: the next morning is the day after the date told before", "[dating][s30-d8]") {
  check_relation_rows({
      {"Chile hosted the talks on 9 June. The next morning, Peru joined the Andes Lantern exercise.",
       {"Peru participates_in Andes Lantern 2025-06-10"}, {}},
      {"Chile hosted the talks on 9 June. Peru joined the Andes Lantern exercise the following evening.",
       {"Peru participates_in Andes Lantern 2025-06-10"}, {}},
  });
}

// relative_at: "that day", "that week", "that year" are the date the text was at.
TEST_CASE("s30-d8: that day and that year are the date told before", "[dating][s30-d8]") {
  check_relation_rows({
      {"Chile hosted the talks on 9 June. That day, Peru joined the Andes Lantern exercise.",
       {"Peru participates_in Andes Lantern 2025-06-09"}, {}},
      {"Chile hosted the talks on 9 June. Peru joined the Andes Lantern exercise that day.",
       {"Peru participates_in Andes Lantern 2025-06-09"}, {}},
      {"Chile hosted the talks in 2023. That year, Peru joined the Andes Lantern exercise.",
       {"Peru participates_in Andes Lantern 2023"}, {}},
  });
}
