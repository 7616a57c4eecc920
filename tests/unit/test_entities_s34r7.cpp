// Session 34, helper r7: entity names and their bounds. A body named "of the" a body every
// nation has, bare ("the Joint Command of the Armed Forces"), is one name: the bare
// "Armed Forces" is no body of its own; "of the Bulgarian Armed Forces" or "of the Armed
// Forces of Malta" still names another body. Every text written for this test.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph::testing;

TEST_CASE("s34-r7: a body of the bare Armed Forces is one name", "[entities][s34-r7]") {
  check_entity_rows({
      {"The drill ended at the Joint Command of the Armed Forces (CCFFAA) headquarters in Asuncion on Friday.",
       {"Joint Command of the Armed Forces:Organisation"},
       {"Armed Forces:Organisation", "Joint Command:Organisation"}},
      {"Officers of the Joint Staff of the Armed Forces met in Lisbon on Monday to plan the drill.",
       {"Joint Staff of the Armed Forces:Organisation"},
       {"Armed Forces:Organisation"}},
      {"A team from the Cyber Defence Command of the Armed Forces won the Andes Cup in Quito.",
       {"Cyber Defence Command of the Armed Forces:Organisation"},
       {"Armed Forces:Organisation"}},
      {"The plan was approved by the Joint Chiefs of Staff of the Armed Forces in Montevideo.",
       {"Joint Chiefs of Staff of the Armed Forces:Organisation"},
       {"Armed Forces:Organisation"}},
      {"The Cyber Directorate of the General Staff opened a school in Yerevan.",
       {"Cyber Directorate of the General Staff:Organisation"},
       {"General Staff:Organisation"}},
  });
}

TEST_CASE("s34-r7: a body of a nation's Armed Forces stays two bodies", "[entities][s34-r7]") {
  check_entity_rows({
      {"The Cyber Defence Command of the Bulgarian Armed Forces hosted the drill in Sofia.",
       {"Cyber Defence Command of the Bulgarian Armed Forces:Organisation", "Bulgarian Armed Forces:Organisation"},
       {}},
      {"The Cyber Unit of the Armed Forces of Malta joined the exercise in Valletta.",
       {"Armed Forces of Malta:Organisation"},
       {}},
  });
}
