// Session 32, helper y4: part_of and its creation date in ordinary news wording.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// "X, part of Y, was established in 2021": the comma closing the subject's apposition, then a
// finite verb and the creation verb, dates the part_of; a creation verb straight after the
// closing comma, or another clause between, tells no start of X.
TEST_CASE("s32-y4: a creation verb after the closing comma of a part_of apposition dates it", "[dating][s32-y4]") {
  check_relation_rows({
      {"The Riga Cyber Centre, part of the Latvian Ministry of Defence, was established in 2021.",
       {"Riga Cyber Centre part_of Latvian Ministry of Defence 2021"},
       {}},
      {"The Signals Centre, a unit of the Lithuanian Armed Forces, was set up in 2019.",
       {"Signals Centre part_of Lithuanian Armed Forces 2019"},
       {}},
      {"The Coastal Radar Centre, which is part of the Finnish Navy, was created in 2020, officials said.",
       {"Coastal Radar Centre part_of Finnish Navy 2020"},
       {}},
      {"The Tartu Cyber Range, a unit of the Estonian Defence Forces, said it was founded in 2017.",
       {"Tartu Cyber Range part_of Estonian Defence Forces undated"},
       {}},
      {"The Cyber Range Unit is part of the Estonian Defence Forces, which were established in 1991.",
       {"Cyber Range Unit part_of Estonian Defence Forces undated"},
       {}},
  });
}

// "The unit" stands for a formation named before whose name says "Squadron", "Battalion",
// "Brigade" ... (cues.json anaphor_heads "unit") when no body named "Unit" was.
TEST_CASE("s32-y4: 'the unit' stands for a squadron or battalion named before", "[anaphora][s32-y4]") {
  check_relation_rows({
      {"The Mine Countermeasures Squadron returned to port on Monday. The unit is part of the Estonian Navy.",
       {"Mine Countermeasures Squadron part_of Estonian Navy"},
       {}},
      {"The Kalev Infantry Battalion moved to Tapa last year. The unit is now part of the 1st Infantry Brigade.",
       {"Kalev Infantry Battalion part_of 1st Infantry Brigade"},
       {}},
      // a body named "Unit" before is the one the noun describes
      {"The Cyber Unit trained with the Mine Countermeasures Squadron. The unit is part of the Northern Reserve "
       "Command.",
       {"Cyber Unit part_of Northern Reserve Command"},
       {"Mine Countermeasures Squadron part_of Northern Reserve Command"}},
  });
}

// "held in the Estonian capital": an event or body a place cue puts in "the <nation> capital"
// is located in the one place of that nation the document names; none when the nation has
// no place named, or a clause comes between.
TEST_CASE("s32-y4: an event held in 'the <nation> capital' is in the capital the story names", "[located][s32-y4]") {
  check_relation_rows({
      {"Ministers met in Tallinn on Monday. Amber Shield 2026 was held in the Estonian capital last week.",
       {"Amber Shield located_in Tallinn"},
       {}},
      {"Officials arrived in Vilnius on Sunday. The Baltic Cyber Summit in the Lithuanian capital opened on Monday.",
       {"Baltic Cyber Summit located_in Vilnius"},
       {}},
      {"Amber Shield 2026 was held in the Estonian capital last week.", {}, {"Amber Shield located_in Tallinn"}},
      {"Ministers met in Tallinn. Amber Shield 2026, which Latvia joined, was held in the Estonian capital.",
       {},
       {"Latvia located_in Tallinn"}},
  });
}

// "took place in northern Latvia": a region word between the place cue and the nation leaves
// the event in the nation.
TEST_CASE("s32-y4: an event held in a region of a nation is located in the nation", "[located][s32-y4]") {
  check_relation_rows({
      {"The Amber Shield exercise took place in northern Latvia in May.", {"Amber Shield located_in Latvia"}, {}},
      {"Iron Wolf 2026, which was held in southern Lithuania, ended on Friday.", {"Iron Wolf located_in Lithuania"}, {}},
  });
}
