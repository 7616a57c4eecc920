// Session 37 (lead): lakes, mountains, rivers, valleys, airports and dams are places by
// their feature word ("Lake Toba", "Mount Kenya", "the Orinoco River"), data in
// cues.json (head_words.Place, place_prefixes). A feature word alone names nothing.
// Every text written for this test.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph::testing;

TEST_CASE("s37-lead: a name with a feature word is a place", "[entities][places][s37-lead]") {
  check_entity_rows({
      {"Rangers from both countries met at Lake Tanganyika on Friday.", {"Lake Tanganyika:Place"}, {"Lake Tanganyika:Person"}},
      {"The signals unit trained on the slopes of Mount Meru last week.", {"Mount Meru:Place"}, {}},
      {"Engineers inspected the Zambezi Valley and the Kafue River before the drill.",
       {"Zambezi Valley:Place", "Kafue River:Place"},
       {}},
      {"The team landed at Bole Airport and drove to the ministry.", {"Bole Airport:Place"}, {}},
  });
}

TEST_CASE("s37-lead: a feature word alone or inside a company name is no place", "[entities][places][s37-lead]") {
  check_entity_rows({
      {"Valley officials said the river had risen.", {}, {"Valley:Place"}},
      {"Lake Shore Analytics won the contract for the range.", {}, {"Lake Shore Analytics:Place"}},
  });
}

TEST_CASE("s37-lead: an exercise named after a lake keeps its whole name", "[entities][places][s37-lead]") {
  check_entity_rows({
      {"Lake Prespa Shield 2027 took place in Resen last spring.", {"Lake Prespa Shield:Exercise"}, {"Lake Prespa Shield:Place"}},
  });
}
