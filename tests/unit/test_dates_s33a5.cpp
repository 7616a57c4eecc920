// Dates, session 33 (helper a5): a meeting told after a visit in the same
// sentence ("X visited the range on Tuesday and met Y") happened during the
// visit: it takes the visit's time, which the conjunct rule (a time before a
// later verb belongs to the earlier one) had kept from it.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// 18 June 2025, the rows' publication date, is a Wednesday.
TEST_CASE("s33-a5: a meeting after a coordinated visit takes the visit's time", "[dating][s33-a5]") {
  check_relation_rows({
      {"Finnish Defence Minister Antti Koskinen toured the cyber range on 12 June and met its director, Colonel "
       "Mart Tamm.",
       {"Antti Koskinen met_with Mart Tamm 2025-06-12"}},
      {"Latvian Defence Minister Ilze Berzina visited the exercise on Tuesday and met the Estonian Defence "
       "Minister, Hanno Pevkur.",
       {"Ilze Berzina met_with Hanno Pevkur 2025-06-17"}},
      {"The Latvian defence minister, Ilze Berzina, visited the drill on Monday and met Colonel Mart Tamm.",
       {"Ilze Berzina met_with Mart Tamm 2025-06-16"}},
      // the relative form dated before this session still is
      {"Ilze Berzina, who visited the base on Monday, met Hanno Pevkur.", {"Ilze Berzina met_with Hanno Pevkur 2025-06-16"}},
  });
}

TEST_CASE("s33-a5: a meeting told in another tense keeps no visit's time", "[dating][s33-a5]") {
  check_relation_rows({
      {"Ilze Berzina visited Tallinn in 2019 and has met Hanno Pevkur several times since.",
       {},
       {"Ilze Berzina met_with Hanno Pevkur 2019"}},
  });
}

// A unit whose opening the article tells is part of its parent, and in its place, since the
// opening: a later sentence's undated part_of (or located_in) of it takes the opening's date.
TEST_CASE("s33-a5: a unit's later part_of takes the date of its opening", "[dating][s33-a5]") {
  check_relation_rows({
      {"On Monday, the Latvian Ministry of Defence opened a Cyber Training Laboratory in Riga. The laboratory is "
       "part of the Latvian National Armed Forces.",
       {"Cyber Training Laboratory part_of Latvian National Armed Forces 2025-06-16"}},
      // a unit with no opening told keeps its structure undated
      {"The Cyber Training Laboratory is part of the Latvian National Armed Forces.",
       {"Cyber Training Laboratory part_of Latvian National Armed Forces undated"}},
  });
}

// Cooperation the two sides of a dated meeting agreed in the next sentence was agreed at it.
TEST_CASE("s33-a5: cooperation pledged right after a dated meeting takes its date", "[dating][s33-a5]") {
  check_relation_rows({
      {"On Monday, Greek Minister Nikos Alexiou met Israeli Ambassador Dana Levy in Athens. The two agreed to deepen "
       "cooperation between the Greek National Cybersecurity Authority and the Israel National Cyber Directorate.",
       {"Greek National Cybersecurity Authority cooperates_with Israel National Cyber Directorate 2025-06-16"}},
      // told with no pledge, the cooperation is no act of the meeting
      {"On Monday, Greek Minister Nikos Alexiou met Israeli Ambassador Dana Levy in Athens. The Greek National "
       "Cybersecurity Authority cooperates with the Israel National Cyber Directorate on cable security.",
       {},
       {"Greek National Cybersecurity Authority cooperates_with Israel National Cyber Directorate 2025-06-16"}},
  });
}

// "X commands Y, a post he took up in August 2025", "X heads Y, a role she has held since
// February 2024": an apposition of the post after the body dates the leading (office_phrases).
TEST_CASE("s33-a5: a post apposed to the body led dates the leading", "[dating][s33-a5]") {
  check_relation_rows({
      {"Colonel Janis Ozols commands the Latvian Cyber Defence Unit, a post he took up in August 2024.",
       {"Janis Ozols leads Latvian Cyber Defence Unit 2024-08"}},
      {"Ilze Berzina heads CERT.LV, a role she has held since February 2024.",
       {"Ilze Berzina leads CERT.LV 2024-02"}},
      {"Colonel Mart Tamm leads the Estonian Cyber Command, a position he took up on 1 March.",
       {"Mart Tamm leads Estonian Cyber Command 2025-03-01"}},
  });
}

// "Earlier in the day", "later in the day": the day the story was at (the sentence before),
// as "later that day" is.
TEST_CASE("s33-a5: earlier or later in the day is the story's day", "[dating][s33-a5]") {
  check_relation_rows({
      {"Estonia opened a cyber defence conference in Tallinn on Monday. Earlier in the day, Estonian Defence "
       "Minister Hanno Pevkur met Latvian Defence Minister Andris Spruds.",
       {"Hanno Pevkur met_with Andris Spruds 2025-06-16"}},
      {"Estonia opened a cyber defence conference in Tallinn on Monday. Later in the day, Estonian Defence Minister "
       "Hanno Pevkur held talks with Lithuanian Defence Minister Laurynas Kasciunas.",
       {"Hanno Pevkur met_with Laurynas Kasciunas 2025-06-16"}},
  });
}

// "Five years ago this week": that week of the year five years back, not this week.
TEST_CASE("s33-a5: N years ago this week is that year's", "[dating][s33-a5]") {
  check_relation_rows({
      {"Five years ago this week, Estonia and Finland signed the Tallinn Cyber Memorandum.",
       {"Estonia party_to Tallinn Cyber Memorandum 2020"},
       {"Estonia party_to Tallinn Cyber Memorandum 2025-06"}},
      {"A year ago this month, Latvia joined the Baltic Cyber Group.", {"Latvia member_of Baltic Cyber Group 2024-06"}},
  });
}

// "E brought (together) teams ... from Monday to Thursday": the lede tells the event's days
// (temporal.json occurrence_verbs), which its participants and organisers told later take.
TEST_CASE("s33-a5: an event that brought teams together on days dates its later facts", "[dating][s33-a5]") {
  check_relation_rows({
      {"Malaysia's largest cyber defence exercise, Borneo Ridge 2025, brought six countries to Kota Kinabalu from "
       "Monday to Thursday. Teams from Brunei, Indonesia and Singapore took part. The exercise was organised by the "
       "National Cyber Security Agency with the Malaysian Armed Forces.",
       // (session 36: "brought" in the past, written on a Wednesday: Monday to Thursday of last week)
       {"Brunei participates_in Borneo Ridge 2025-06-09", "Malaysian Armed Forces organises Borneo Ridge 2025-06-09"}},
      {"Borneo Ridge 2025 brought together teams from Brunei and Indonesia in Kota Kinabalu on 3 and 4 June. The "
       "exercise was organised by the Malaysian Armed Forces.",
       {"Malaysian Armed Forces organises Borneo Ridge 2025-06-03"}},
      {"Exercise Amber Gate got under way in Riga on Monday. Teams from Estonia and Poland took part.",
       {"Estonia participates_in Amber Gate 2025-06-16"}},
      {"Exercise Amber Gate attracted 300 specialists to Riga from 3 to 5 June. Teams from Estonia and Poland took "
       "part.",
       {"Estonia participates_in Amber Gate 2025-06-03"}},
  });
}
