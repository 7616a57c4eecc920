// Relations, session 29 (p2): transcript turns. Each text is read as
// published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s29-p2: \"I\" in a transcript turn is the person its capital label names", "[relate][met_with][s29-p2]") {
  check_relation_rows({
      {"Kristjan Kask and Mark Holloway spoke at the briefing.\n\n"
       "MR KASK: Yesterday I met Juhan Parts in Tartu.",
       {"Kristjan Kask met_with Juhan Parts"},
       {"Mark Holloway met_with Juhan Parts"}},
      {"Kristjan Kask and Liis Tamm spoke at the briefing.\n\n"
       "DR TAMM: Yesterday I met Juhan Parts in Tartu.",
       {"Liis Tamm met_with Juhan Parts"},
       {"Kristjan Kask met_with Juhan Parts"}},
      // a label naming no one named before: no meeting, and no new person
      {"Kristjan Kask spoke at the briefing.\n\nMS SAAR: Yesterday I met Juhan Parts in Tartu.",
       {},
       {"Kristjan Kask met_with Juhan Parts", "Saar met_with Juhan Parts"}},
  });
}
