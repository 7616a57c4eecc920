// Session 29, helper d7: dates (document years, dates carried to restated facts).
#include <catch2/catch.hpp>

#include "article_graph.hpp"
#include "extract_fixtures.hpp"
#include "paraphrase_rows.hpp"
#include "published_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// A yearless wire whose text gives no month with a year: the latest year it
// names, when the lead's weekday is the dateline's day or the day before.
TEST_CASE("s29-d7: a yearless wire takes the latest year named when the lead's weekday confirms it",
          "[document][metadata][s29-d7]") {
  const std::string tail = "\n\nThe drill was first held in 2023 as a map exercise. Last year's edition had four teams.\n";
  check_published({
      // 5 March 2026 is a Thursday: "on Wednesday" is the day before
      {"Drill ends\n\nKAUNAS, March 5 (Amber Wire) - Lithuania on Wednesday closed Iron Lynx 2026, a cyber drill "
       "held near the city." + tail,
       "2026-03-05"},
      {"Drill ends\n\nKAUNAS, March 5 (Amber Wire) - Lithuania closed Iron Lynx 2026 on Thursday, the army said." + tail,
       "2026-03-05"},
      // a weekday that 2026 does not put there: no year
      {"Drill ends\n\nKAUNAS, March 5 (Amber Wire) - Lithuania on Monday closed Iron Lynx 2026." + tail, ""},
      // no weekday to confirm it: no year
      {"Drill ends\n\nKAUNAS, March 5 (Amber Wire) - Lithuania closed Iron Lynx 2026, the army said." + tail, ""},
  });
}

// temporal.json effective_phrases: the day after "with effect from" may lie after a past
// appointment ("was appointed" in June "with effect from 1 September"): the nearer
// such day, not the one before the story that the verb's past tense would pick.
TEST_CASE("s29-d7: a day after 'with effect from' keeps the year the story is in", "[dating][s29-d7]") {
  check_relation_rows({
      {"The Latvian government appointed Anna Berzina as head of CERT.LV with effect from 1 September.",
       {"Anna Berzina leads CERT.LV 2025-09-01"},
       {"Anna Berzina leads CERT.LV 2024-09-01"}},
      {"Anna Berzina was named director of CERT.LV, with effect from 3 August, the ministry said.",
       {"Anna Berzina leads CERT.LV 2025-08-03"},
       {}},
      // the past tense alone still puts a later day in the year before
      {"Anna Berzina took over as head of CERT.LV on 1 September.", {"Anna Berzina leads CERT.LV 2024-09-01"}, {}},
  });
}
