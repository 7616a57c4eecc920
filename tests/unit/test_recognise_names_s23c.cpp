// Recognition, session 23 (k3): a body named by a first word that two bodies'
// names share ("Korvo" of "Korvo Secure Systems" and "Korvo Aerospace Group")
// is the one of them the story has just named; neither when it named both or none.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s23: a shared first word names the body the story has just named", "[recognise][s23]") {
  check_relation_rows({
      {"Korvo Secure Systems opened an office in Tallinn on Monday. Korvo Aerospace Group showed a drone in Riga. "
       "Korvo Secure Systems also signed a deal with Estonia. Korvo chief executive Mari Tamm said the office would "
       "hire 40 people.",
       {"Mari Tamm leads Korvo Secure Systems"},
       {"Mari Tamm leads Korvo Aerospace Group", "Korvo Aerospace Group part_of Korvo Secure Systems"}},
      {"Korvo Secure Systems opened an office in Tallinn on Monday. Korvo Aerospace Group showed a drone in Riga. "
       "Korvo chief executive Mari Tamm said the drone would fly in May.",
       {"Mari Tamm leads Korvo Aerospace Group"},
       {"Mari Tamm leads Korvo Secure Systems"}},
      // both named just before: which one is not told
      {"Korvo Secure Systems opened an office in Tallinn and Korvo Aerospace Group showed a drone in Riga on Monday. "
       "Korvo chief executive Mari Tamm said the offices would hire 40 people.",
       {},
       {"Mari Tamm leads Korvo Secure Systems", "Mari Tamm leads Korvo Aerospace Group"}},
      // neither named in the sentence before: not told either
      {"Korvo Secure Systems opened an office in Tallinn on Monday. Korvo Aerospace Group showed a drone in Riga. "
       "Estonia bought two drones. Korvo chief executive Mari Tamm said the drone would fly in May.",
       {},
       {"Mari Tamm leads Korvo Secure Systems", "Mari Tamm leads Korvo Aerospace Group"}},
  });
}
