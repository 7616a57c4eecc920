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

// A signing told with its day of "an arrangement" not yet named: the agreement later
// named with that noun is the one signed then, when nothing else dates it.
TEST_CASE("s29-d7: an unnamed signing's day dates the agreement later named with its noun", "[dating][s29-d7]") {
  check_relation_rows({
      {"Latvia and Lithuania on Monday signed an arrangement in Riga that sets up a joint cyber team. The two "
       "ministers also discussed air defence. The document, the Technical Arrangement on the Baltic Cyber Team, "
       "says how the team is commanded. It was signed by Minister Janis Ozols on behalf of Latvia and by Minister "
       "Ona Petraitiene on behalf of Lithuania.",
       {"Latvia party_to Technical Arrangement on the Baltic Cyber Team 2025-06-16"},
       {}},
      {"Estonia's CERT-EE and Finland's NCSC-FI will protect their undersea cables together under a memorandum "
       "signed in Tallinn on Monday. The Memorandum on Gulf Cable Protection was inked by CERT-EE chief Mart Kask "
       "and NCSC-FI director Anna Virtanen on the sidelines of a conference that opened in the city on Sunday.",
       {"CERT-EE party_to Memorandum on Gulf Cable Protection 2025-06-16"},
       {}},
      // a memorandum told of as to come is no signing
      {"Latvia and Lithuania plan to sign a memorandum on Monday. The Memorandum on Baltic Cyber Ranges was "
       "drafted by their ministries.",
       {},
       {"Latvia party_to Memorandum on Baltic Cyber Ranges 2025-06-23"}},
  });
}

// "has appointed X as ...": the perfect's auxiliary stands before a match that opens at its
// verb; the saying after it ("the ministry announced on Monday", "according to a
// notification issued on Monday", temporal.json saying_words) dates the news.
TEST_CASE("s29-d7: a perfect appointment is dated by the saying after it", "[dating][s29-d7]") {
  check_relation_rows({
      {"The government has appointed Anna Berzina as director general of CERT.LV, the ministry announced on Monday.",
       {"Anna Berzina leads CERT.LV 2025-06-16"},
       {}},
      {"The cabinet has appointed Anna Berzina as director general of CERT.LV, according to a notification issued "
       "on Monday.",
       {"Anna Berzina leads CERT.LV 2025-06-16"},
       {}},
  });
}

// "since the Alliance's foundation in 1949": a possessive inside the words of the event
// told after "since" keeps the event's year the since-time.
TEST_CASE("s29-d7: a since-event with a possessive gives its year", "[dating][s29-d7]") {
  check_relation_rows({
      {"Norway has been a member of NATO since the Alliance's foundation in 1949.",
       {"Norway member_of North Atlantic Treaty Organization 1949"},
       {}},
  });
}

// "It is led by X, who was appointed its first director in October last year. She was
// previously commander of Y": of the bodies X leads, the appointment dates the one its
// own sentence relates X to.
TEST_CASE("s29-d7: an appointment dates the post its sentence names, of several", "[dating][s29-d7]") {
  check_relation_rows({
      {"The Baltic Cyber Hub is part of the Latvian Cyber Command. It is led by Colonel Anna Berzina, who was "
       "appointed its first director in October last year. She was previously commander of the Latvian Signals "
       "Battalion.",
       {"Anna Berzina leads Baltic Cyber Hub 2024-10"},
       {}},
  });
}

// A span of days told for taking part in an event no sentence has dated yet: the event's days,
// which the next sentences' organisers and participants take.
TEST_CASE("s29-d7: a span of days taking part dates the event for the next sentences", "[dating][s29-d7]") {
  check_relation_rows({
      {"Last week, from Monday 9 to Thursday 12 June, the Latvian Cyber Command took part in its first "
       "exercise, Amber Sluice, defending a simulated port. The exercise was organised by the Estonian Defence "
       "Forces.",
       {"Estonian Defence Forces organises Amber Sluice 2025-06-09"},
       {}},
  });
  // one day of taking part may be one day of a longer event: not the event's date
  check_relation_rows({
      {"On Tuesday the Latvian Cyber Command took part in Amber Sluice. The exercise was organised by the "
       "Estonian Defence Forces.",
       {},
       {"Estonian Defence Forces organises Amber Sluice 2025-06-17"}},
  });
}

// "X has signed a memorandum with Y ... . The memorandum was signed in Riga on 2 June by ...":
// the restated signing's day dates the sentence before's undated cooperation.
TEST_CASE("s29-d7: a restated signing dates the perfect signing just before it", "[dating][s29-d7]") {
  check_relation_rows({
      {"The Latvian Cyber Centre has signed a memorandum with Estonia's Information System Authority on training "
       "300 analysts. The memorandum was signed in Riga on 2 June by the centre's director, Anna Berzina.",
       {"Information System Authority cooperates_with Latvian Cyber Centre 2025-06-02"},
       {}},
      // another noun: another deed
      {"The Latvian Cyber Centre has signed a memorandum with Estonia's Information System Authority on training "
       "300 analysts. The protocol was signed in Riga on 2 June by the centre's director, Anna Berzina.",
       {},
       {"Information System Authority cooperates_with Latvian Cyber Centre 2025-06-02"}},
  });
}
