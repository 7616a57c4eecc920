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
