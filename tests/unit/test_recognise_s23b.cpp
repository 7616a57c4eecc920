// Session 23 (k2), recall of exercises and events: names that never became
// entities, so every edge to them was lost. Texts written for the test.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s23b: a year before a verb ending in s still ends an exercise's name", "[recognise][s23]") {
  check_entity_rows({
      {"Coral Shield 2024 was the largest drill in the region.", {"Coral Shield:Exercise"}, {}},
      {"Silver Reef 2025 is expected to draw 20 nations.", {"Silver Reef:Exercise"}, {}},
      {"Iron Harbor 2025 has been postponed to October.", {"Iron Harbor:Exercise"}, {}},
      // negative: a plural noun after the number is a count, not an edition
      {"The Coast Guard 24 boats were at sea.", {"Coast Guard:Organisation"}, {"Coast Guard:Exercise"}},
      {"Coast Guard 2024 budgets were cut.", {"Coast Guard:Organisation"}, {"Coast Guard:Exercise"}},
  });
  check_relation_rows({
      {"Silver Reef 2024 was held off Okinawa. Japan and South Korea attended the exercise.",
       {"Japan participates_in Silver Reef", "South Korea participates_in Silver Reef"},
       {}},
  });
}

TEST_CASE("s23b: a body's numbered occasion after 'the' is an event named with the body", "[recognise][s23]") {
  check_entity_rows({
      {"Delegations attended the fifth plenary meeting of the Harbour Mechanism in Gdansk.",
       {"Harbour Mechanism:Organisation", "fifth plenary meeting of the Harbour Mechanism:Event"},
       {"Harbour Mechanism:Agreement"}},
      {"Estonia took part in the 12th meeting of the Cyber Coalition Council.",
       {"12th meeting of the Cyber Coalition Council:Event"},
       {}},
      // negative: no ordinal, or no "the": any meeting of the body, no one occasion
      {"Estonia took part in the spring meeting of the Cyber Coalition Council.",
       {"Cyber Coalition Council:Organisation"},
       {"spring meeting of the Cyber Coalition Council:Event"}},
      {"Estonia took part in a second meeting of the Cyber Coalition Council.",
       {},
       {"second meeting of the Cyber Coalition Council:Event"}},
  });
  check_relation_rows({
      {"Latvia and Lithuania attended the third plenary meeting of the Riga Mechanism in Vilnius.",
       {"Latvia participates_in third plenary meeting of the Riga Mechanism",
        "Lithuania participates_in third plenary meeting of the Riga Mechanism"},
       {}},
      {"Latvia and Lithuania attended the plenary meeting of the Riga Mechanism in Vilnius.",
       {},
       {"Latvia participates_in plenary meeting of the Riga Mechanism"}},
  });
}

TEST_CASE("s23b: the tail of a longer name before a year is no yearly event of its own", "[recognise][s23]") {
  check_entity_rows({
      {"Latvia took part in Baltic Harbour 2024.", {}, {"Harbour:Event"}},
      {"Latvia took part in Nordic Anchor 2025 in June.", {}, {"Anchor:Event"}},
      // a one-word name numbered by its year is still an event
      {"Latvia took part in IDEF 2026.", {"IDEF:Event"}, {}},
      {"Estonia hosts CyCon 2025 in May.", {"CyCon:Event"}, {}},
  });
}
