// Session 32, helper z5: dates of facts on unseen text.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// A unit's creation told in an aside right after its name, or by a second verb of its
// subject after "and", dates its part_of; a since-time of another verb after "and" does not.
TEST_CASE("s32-z5: a unit's creation in an aside or a second verb dates its part_of", "[dating][s32-z5]") {
  check_relation_rows({
      {"The Baltic Cyber Centre, established in 2021, is part of the Latvian Ministry of Defence.",
       {"Baltic Cyber Centre part_of Latvian Ministry of Defence 2021"},
       {}},
      {"The Tartu Cyber Range is part of the Estonian Defence Forces and was set up in 2015.",
       {"Tartu Cyber Range part_of Estonian Defence Forces 2015"},
       {}},
      {"The Greek Cyber Command, created in 2020, is part of the Hellenic Armed Forces and has been headed since "
       "March by General Nikos Papas.",
       {"Greek Cyber Command part_of Hellenic Armed Forces 2020"},
       {"Greek Cyber Command part_of Hellenic Armed Forces 2025-03"}},
      // the aside of the body it belongs to is that body's creation, not the unit's
      {"The Narva Cyber Range is part of the Estonian Defence Forces, established in 1991.",
       {"Narva Cyber Range part_of Estonian Defence Forces undated"},
       {}},
  });
}

// A relative clause of tenure after a leader's name ("who took up her duties in ...", "who
// has held the post since ...", "who was elected to the role in ...") dates the leads edge.
TEST_CASE("s32-z5: a relative clause of tenure dates the post its person leads", "[dating][s32-z5]") {
  check_relation_rows({
      {"The arrangement was signed for the Latvian Cyber Agency by its Director, Anna Berzina, who took up her "
       "duties in September 2024.",
       {"Anna Berzina leads Latvian Cyber Agency 2024-09"},
       {}},
      {"The opening address was given by Major General Ivo Saar, commander of the Estonian Cyber Command, who has "
       "held the post since January 2025.",
       {"Ivo Saar leads Estonian Cyber Command 2025-01"},
       {}},
      {"The Estonian Cyber Command is led by Colonel Maria Kask, who was elected to the role in March.",
       {"Maria Kask leads Estonian Cyber Command 2025-03"},
       {}},
  });
}

// "the first of November": an ordinal word before "of" and a month is the day.
TEST_CASE("s32-z5: an ordinal word of a month names its day", "[temporal][s32-z5]") {
  check_relation_rows({
      {"Anna Berzina took over as director of the Latvian Cyber Agency on the first of June.",
       {"Anna Berzina leads Latvian Cyber Agency 2025-06-01"},
       {}},
      {"Latvia joined the Counter Ransomware Initiative on the third of March 2024.",
       {"Latvia member_of Counter Ransomware Initiative 2024-03-03"},
       {}},
  });
}

// An event's edition dated to the day is the story's: a bare year of another year ("first held
// in 2022", "again in 2027") is another edition's and leaves the day to the participants told farther off;
// a relative clause's time before the event's verb is no edition of it.
TEST_CASE("s32-z5: another edition's year leaves the story's dated edition standing", "[dating][s32-z5]") {
  const std::string story =
      "Exercise Iron Heron was held in Tartu from 2 to 5 June. The exercise was first held in 2022. Its scenario "
      "was a port under attack. Teams worked in shifts. Each shift lasted twelve hours. The red team was played "
      "by the Latvian Cyber Agency.";
  check_relation_rows({
      {story, {"Latvian Cyber Agency participates_in Iron Heron 2025-06-02"}, {}},
      {"Exercise Iron Heron was held in Tartu from 2 to 5 June. Its scenario was a port under attack. Teams "
       "worked in shifts. Each shift lasted twelve hours. The red team was played by the Latvian Cyber Agency. "
       "Estonia may host Iron Heron again in 2027.",
       {"Latvian Cyber Agency participates_in Iron Heron 2025-06-02"},
       {}},
      // the time of a relative clause closed before the verb is not the event's
      {"Exercise Iron Heron was held in Tartu from 2 to 5 June. The Estonian Cyber Agency, which replaced the "
       "Estonian Cyber Office in October 2021, has run Iron Heron since 2022. Its scenario was a port under "
       "attack. Teams worked in shifts. Each shift lasted twelve hours. The red team was played by the Latvian "
       "Cyber Agency.",
       {"Latvian Cyber Agency participates_in Iron Heron 2025-06-02"},
       {}},
      // a month of the same year at odds with the day: which is the story's is not told
      {"Exercise Iron Heron was held in Tartu from 2 to 5 June. The exercise was also held in March. Its scenario "
       "was a port under attack. Teams worked in shifts. Each shift lasted twelve hours. The red team was played "
       "by the Latvian Cyber Agency.",
       {"Latvian Cyber Agency participates_in Iron Heron undated"},
       {}},
      // two editions dated to the day: which one is not told
      {"Exercise Iron Heron was held in Tartu from 2 to 5 June. The exercise was also held from 3 to 6 June 2024. "
       "Its scenario was a port under attack. Teams worked in shifts. Each shift lasted twelve hours. The red team "
       "was played by the Latvian Cyber Agency.",
       {"Latvian Cyber Agency participates_in Iron Heron undated"},
       {}},
  });
}

// "a member of A since 2019 and of B (BB) since 2016": the time right after the second name
// and its acronym is its part's.
TEST_CASE("s32-z5: a gapped part's time after an acronym in brackets", "[dating][s32-z5]") {
  check_relation_rows({
      {"The Nepal CERT has been a member of the Forum of Incident Response and Security Teams (FIRST) since 2019 "
       "and of the Asia Pacific Computer Emergency Response Team (APCERT) since 2016.",
       {"Nepal CERT member_of Asia Pacific Computer Emergency Response Team 2016",
        "Nepal CERT member_of Forum of Incident Response and Security Teams 2019"},
       {"Nepal CERT member_of Asia Pacific Computer Emergency Response Team 2019"}},
      // the subject a pronoun for the one named before
      {"The Nepal CERT opened a lab. It has been a member of the Forum of Incident Response and Security Teams "
       "(FIRST) since 2019 and of the Asia Pacific Computer Emergency Response Team (APCERT) since 2016.",
       {"Nepal CERT member_of Asia Pacific Computer Emergency Response Team 2016"},
       {"Nepal CERT member_of Asia Pacific Computer Emergency Response Team 2019"}},
  });
}
