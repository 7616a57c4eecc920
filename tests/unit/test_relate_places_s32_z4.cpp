// Places of exercises told in a relative clause whose subject is the organiser
// ("X, which the army held in Riga": the clause is cut out and keeps no
// "which"), or in the passive with the organiser and its city ("X was organised
// by Y in Z"); a body set up "as part of" another, or "a legal entity ... under" it.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s32-z4: an exercise held by its organiser in a city", "[places][s32-z4]") {
  check_relation_rows({
      {"Exercise Coral Flame, which NATO held in Vilnius, ended on Friday.", {"Coral Flame located_in Vilnius"}, {}},
      {"Exercise Amber Flame, which the army ran in Tartu last week, drew ten teams.",
       {"Amber Flame located_in Tartu"}, {}},
      {"Exercise Baltic Ember, which the Latvian Army held from 3 to 7 August at its base in Riga, ended.",
       {"Baltic Ember located_in Riga"}, {}},
      {"Exercise Lake Flame, which was organised by NATO in Kaunas in May, ended on Friday.",
       {"Lake Flame located_in Kaunas"}, {}},
  });
}

TEST_CASE("s32-z4: the organiser's own seat is not the exercise's place", "[places][s32-z4]") {
  check_relation_rows({
      // the city is where the organiser sits, said of the organiser
      {"Exercise Sea Flame is organised by NATO, the alliance's command based in Tartu, Estonia.",
       {},
       {"Sea Flame located_in Tartu"}},
      // no clause of the organiser's: a noun of the exercise's own
      {"The Coral Flame exercise ended. The Coral Flame budget was held in Tallinn.",
       {},
       {"Coral Flame located_in Tallinn"}},
      // the city belongs to the first of two organisers
      {"Exercise Sky Flame is organised by the Estonian Defence Forces in Tartu and the University of Latvia.",
       {},
       {"Sky Flame located_in Tartu"}},
  });
}

TEST_CASE("s32-z4: a body set up as part of another, or a legal entity under it", "[parts][s32-z4]") {
  check_relation_rows({
      {"The Maritime Security Bureau was established in 2017 as part of the Ministry of Defence of Moldova.",
       {"Maritime Security Bureau part_of Ministry of Defence of Moldova 2017"}, {}},
      {"Serbia and Hungary signed a memorandum on Monday. The Cyber Response Office (CRO), a legal entity of "
       "public law under the Ministry of Interior of Serbia, will carry it out.",
       {"Cyber Response Office part_of Ministry of Interior of Serbia"}, {}},
  });
}

TEST_CASE("s32-z4: a verb in -s after a body's city is no noun the city qualifies", "[places][s32-z4]") {
  check_relation_rows({
      {"The Embassy of Greece in Ottawa presents its compliments to the Ministry of Foreign Affairs.",
       {"Embassy of Greece located_in Ottawa"}, {}},
      {"The Embassy of the Republic of Latvia in Lisbon hosts a reception for the delegation.",
       {"Embassy of the Republic of Latvia located_in Lisbon"}, {}},
  });
}

TEST_CASE("s32-z4: a staff named with its nation's demonym belongs to that nation", "[parts][s32-z4]") {
  check_relation_rows({
      {"The drill was planned by the Peruvian Joint Staff and observers from Chile.", {"Peruvian Joint Staff part_of Peru"}, {}},
  });
}

TEST_CASE("s32-z4: a city and its region before the clause's verb", "[places][s32-z4]") {
  check_relation_rows({
      {"The drill, hosted by the Navy in Norfolk, Virginia, ran from 3 to 7 May.", {"Norfolk located_in Virginia"}, {}},
      // a list of cities is no city in a region
      {"Teams met in Riga, Tallinn and Vilnius last week.", {}, {"Riga located_in Tallinn"}},
  });
}

TEST_CASE("s32-z4: a creation told in an aside after the unit's comma dates its part_of", "[parts][s32-z4]") {
  check_relation_rows({
      {"The National Cyber Centre of Slovakia (NCC-SK), established in March 2024 and subordinated to the Ministry "
       "of Investments, joined the talks.",
       {"National Cyber Centre of Slovakia part_of Ministry of Investments 2024-03"}, {}},
  });
}

// Session 35 (x1): the seat of the organisation named last ("its secretariat is in X",
// "the organisation's headquarters are based in X"), a city before a kind of firm
// ("Mombasa firm X"), a body's facility in a place, officials who sat down in a city for an event.
TEST_CASE("places s35: a seat, a city firm, a facility, sat down in", "[relate][located_in][s35-x1]") {
  check_relation_rows({
      {"Kenya joined the East African Community in 2000; its secretariat is in Arusha.",
       {"East African Community located_in Arusha"},
       {}},
      {"Peru has belonged to the Andean Community since it was created in 1969, and the organisation's "
       "headquarters are based in Lima.",
       {"Andean Community located_in Lima"},
       {"Peru located_in Lima"}},
      // "at its headquarters in" stays the event's venue, and a nation has no seat
      {"Chile joined the talks in March; its seat on the panel is in doubt.",
       {},
       {"Chile located_in Santiago"}},
      {"Engineers from Mombasa firm Pwani Systems wrote the scenario.",
       {"Pwani Systems located_in Mombasa"},
       {}},
      {"The agency wants to link its lab to the Baltic Range facility in Riga by 2029.",
       {"Baltic Range located_in Riga"},
       {}},
      {"Diplomats sat down in Hanoi for the first Vietnam-Chile Cyber Dialogue.",
       {"Vietnam-Chile Cyber Dialogue located_in Hanoi"},
       {}},
  });
}
