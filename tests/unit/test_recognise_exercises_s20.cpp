// Session 20, recognition of exercises: a name whose head word reads as a
// body ("Amber Guard") is an exercise at every mention once the document
// calls it "the fourth edition of" it, even when an earlier mention came
// first. Texts written for the test.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a name that has editions is an exercise even when it is first named without a cue", "[recognise][s20]") {
  check_entity_rows({
      {"Amber Guard ran from 18 to 22 May in Tallinn. The fourth edition of Amber Guard was the largest so far.",
       {"Amber Guard:Exercise"},
       {"Amber Guard:Organisation"}},
      {"The fourth edition of Amber Guard was the largest so far. Amber Guard ran from 18 to 22 May in Tallinn.",
       {"Amber Guard:Exercise"},
       {"Amber Guard:Organisation"}},
      // negative: a body after "of" with no exercise noun before it stays a body
      {"Coastal Guard sent two officers to Tallinn. The chief of Coastal Guard spoke on Monday.",
       {"Coastal Guard:Organisation"},
       {"Coastal Guard:Exercise"}},
  });
}

TEST_CASE("recognise s20: a word in capitals opening a name is an acronym, not a listed word", "[recognise][s20]") {
  check_relation_rows({
      {"Latvia joined the IT Coalition in October 2025.", {"Latvia member_of IT Coalition 2025-10"}, {}},
  });
}
