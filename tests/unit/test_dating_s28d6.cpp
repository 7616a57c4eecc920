// Session 28, helper d6: dates of relations (which time a clause or edge takes).
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// temporal.json edition_words: "the first X was held in 2023", "the next X will be hosted
// in 2027" tell another edition's year; a participant told far from the story's own dates
// takes the story's edition, not that year.
TEST_CASE("s28-d6: an edition word before an event's name keeps its year off the story's edition",
          "[dating][s28-d6]") {
  check_relation_rows({
      {"Amber Beacon, a cyber exercise, opened in Narva on 9 June. The exercise ran from 9 to 12 June. "
       "Teams from Estonia and Latvia took part. The organisers praised the scenario. The weather was mild. "
       "Latvia's CERT.LV participated in Amber Beacon for the first time. The first Amber Beacon was held in "
       "2023 in Tartu.",
       {"CERT.LV participates_in Amber Beacon 2025-06-09"},
       {"CERT.LV participates_in Amber Beacon 2023"}},
      {"Amber Beacon, a cyber exercise, opened in Narva on 9 June. The exercise ran from 9 to 12 June. "
       "Teams from Estonia and Latvia took part. The organisers praised the scenario. The weather was mild. "
       "The next Amber Beacon will be hosted by Lithuania in 2027. Latvia's CERT.LV sent two analysts to "
       "Amber Beacon.",
       {"CERT.LV participates_in Amber Beacon 2025-06-09"},
       {}},
      // the first edition told of before: the sentences after it go on with that edition
      {"The first Amber Beacon cyber exercise was held in Narva in November last year. It was run by the Estonian Cyber "
       "Command, and teams from Latvia's CERT.LV also took part.",
       {"CERT.LV participates_in Amber Beacon 2024-11"},
       {}},
  });
}

// A verb opening a relative clause (", which started ...") tells of the name right before
// the comma, not of an event the sentence referred to many words before it.
TEST_CASE("s28-d6: an occurrence verb of another antecedent's relative clause dates no event",
          "[dating][s28-d6]") {
  check_relation_rows({
      {"Amber Beacon, a cyber exercise, ran from 9 to 12 June in Narva. Teams from Estonia took part. "
       "The organisers praised the scenario. The weather was mild. The exercise was also the first to involve "
       "the Baltic Regional Response Team (BRRT), which started operations in March. Soldiers of the Latvian "
       "National Armed Forces joined the exercise.",
       {"Latvian National Armed Forces participates_in Amber Beacon 2025-06-09"},
       {}},
      {"Amber Beacon 2025, which ended in Narva on Thursday, drew teams from Estonia and Latvia.",
       {"Latvia participates_in Amber Beacon 2025-06-12"},
       {}},
      // an apposition between the name and the clause: the clause is still the event's
      {"The Estonian Cyber Command has completed Amber Beacon 2025, its yearly cyber defence drill, which ran "
       "from 2 to 6 June near Tapa. Teams from Latvia took part. The organisers praised the scenario. The "
       "weather was mild. The Latvian National Armed Forces sent a team to the drill.",
       {"Latvian National Armed Forces participates_in Amber Beacon 2025-06-02"},
       {}},
  });
}

// temporal.json pair_nouns: "The ministers then signed X" goes on with the pair who met in
// the sentence right before, at their meeting's day: also when that day came from the
// occasion ("on the final day of the exercise"), and past a relative clause after X whose
// list has commas and whose time names no day.
TEST_CASE("s28-d6: the pair who met signs at their meeting's day", "[dating][s28-d6]") {
  check_relation_rows({
      {"On Monday, Estonian Minister of Defence Mart Kask held talks in Tartu with his Latvian counterpart, "
       "Janis Ozols. The two ministers then signed the Tartu Letter of Intent on Cyber Training, which provides "
       "for joint courses, a yearly drill and the exchange of instructors between the two cyber commands, "
       "created last year.",
       {"Estonia party_to Tartu Letter of Intent on Cyber Training 2025-06-16"},
       {}},
      {"On Monday, Estonian Minister of Defence Mart Kask held talks in Tartu with his Latvian counterpart, "
       "Janis Ozols. The ministers signed the Tartu Letter of Intent on Cyber Training, under which the two "
       "forces will share ranges from 2027.",
       {"Latvia party_to Tartu Letter of Intent on Cyber Training 2025-06-16"},
       {}},
      {"Amber Beacon, a cyber exercise, ran in Narva from 9 to 12 June. On the final day of the exercise, "
       "Estonian Minister of Defence Mart Kask met his Latvian counterpart, Janis Ozols, in Narva. The two "
       "ministers signed the Narva Memorandum on Cyber Training.",
       {"Latvia party_to Narva Memorandum on Cyber Training 2025-06-12"},
       {}},
  });
}

// "During the exercise, A and B signed X": the event noun after "during" is the event told of last.
TEST_CASE("s28-d6: a signing during the event a noun refers to takes its days", "[dating][s28-d6]") {
  check_relation_rows({
      {"The fourth edition of Amber Beacon, a cyber exercise, took place in Narva from 9 to 12 June. During the "
       "exercise, Estonia and Latvia signed the Narva Declaration on Baltic Cyber Defence.",
       {"Estonia party_to Narva Declaration on Baltic Cyber Defence 2025-06-09"},
       {}},
  });
}

// A state told after a "since" time that opens the sentence holds from that time.
TEST_CASE("s28-d6: a since time opening the sentence dates the state told after it", "[dating][s28-d6]") {
  check_relation_rows({
      {"Since March 2024 the Estonian Cyber Command has been led by Colonel Mart Kask.",
       {"Mart Kask leads Estonian Cyber Command 2024-03"},
       {}},
      {"Since 2019, the Latvian Cyber Unit has been headed by Janis Ozols.",
       {"Janis Ozols leads Latvian Cyber Unit 2019"},
       {}},
  });
}

// "The 2022 edition, in Tartu, ...": a year before an event noun names the edition the
// clause speaks of, not the one another sentence dated.
TEST_CASE("s28-d6: the year of 'the 2022 edition' dates its clause", "[dating][s28-d6]") {
  check_relation_rows({
      {"Amber Beacon is a cyber exercise. The first edition was held in Narva in November 2021. The 2022 edition, "
       "in Tartu, was the first live-fire edition.",
       {"Amber Beacon located_in Tartu 2022"},
       {"Amber Beacon located_in Tartu 2021-11"}},
      // not an edition the clause's subject took part in
      {"Amber Beacon, a cyber exercise, ran from 18 to 22 May. Who played: Latvia, whose cyber unit sent a "
       "team after sitting out the 2024 edition.",
       {},
       {"Latvia participates_in Amber Beacon 2024"}},
  });
}

// temporal.json meeting_words: "received" tells the meeting "following the meeting" speaks of;
// the agreement signed then is signed once: a later "The memorandum was signed by" takes that day.
TEST_CASE("s28-d6: a signing after a reception takes its day, and so does the signing told again",
          "[dating][s28-d6]") {
  check_relation_rows({
      {"Latvia hosted the Amber Beacon cyber exercise from 2 to 5 June in Riga. On Sunday, Estonian Minister of "
       "Defence Mart Kask received the head of the Latvian Cyber Defence Unit, "
       "Janis Ozols, in Tallinn. Following the meeting, the Estonian Cyber Command and the Latvian Cyber Defence "
       "Unit signed the Tallinn Memorandum on Cyber Training, which covers joint courses. The memorandum was "
       "signed by the Lithuanian Cyber Unit as well.",
       {"Estonian Cyber Command party_to Tallinn Memorandum on Cyber Training 2025-06-15",
        "Lithuanian Cyber Unit party_to Tallinn Memorandum on Cyber Training 2025-06-15"},
       {}},
  });
}

// temporal.json effective_phrases: "appointed X as director of Y, effective 1 July" dates the
// post by the day it takes effect, not by the day of the announcement.
TEST_CASE("s28-d6: an appointment effective on a day is dated by that day", "[dating][s28-d6]") {
  check_relation_rows({
      {"The government today appointed Colonel Mart Kask as Chief of the Estonian Cyber Command, effective 1 "
       "August 2025.",
       {"Mart Kask leads Estonian Cyber Command 2025-08-01"},
       {"Mart Kask leads Estonian Cyber Command 2025-06-18"}},
      {"The cabinet on Tuesday approved the appointment of Janis Ozols as head of the Latvian Cyber Defence "
       "Unit, with effect from 1 September 2025.",
       {"Janis Ozols leads Latvian Cyber Defence Unit 2025-09-01"},
       {}},
  });
}
