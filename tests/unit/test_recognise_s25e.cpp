// Names, session 25 (e): an exercise named by one unknown word after a lower-case
// "exercise", crosshead lines in capitals, three-part Vietnamese names.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25e: one unknown capitalised word right after a lower-case 'exercise' that ends the phrase names an exercise",
          "[recognise][s25e]") {
  check_entity_rows({
      {"Thailand took part in exercise Kestrelwing last year.", {"Kestrelwing:Exercise"}, {}},
      {"Brunei sent two patrol boats to exercise Sandpiper.", {"Sandpiper:Exercise"}, {}},
      {"Cambodia observed the exercise Marlinfield, which ended on Friday.", {"Marlinfield:Exercise"}, {}},
      // a word that goes on into a clause is no name of the exercise
      {"After the exercise Halvorsen said the teams had done well.", {}, {"Halvorsen:Exercise"}},
      {"Laos joined the exercise Monday.", {}, {"Monday:Exercise"}},
      // a place's head word closing the phrase right after the noun: the exercise's name
      {"Tonga sent a patrol boat during exercise Koro Sea.", {"Koro Sea:Exercise"}, {"Koro Sea:Place"}},
      {"Samoa joined the drill Lagoon Island in May.", {"Lagoon Island:Exercise"}, {}},
      {"Fiji held the exercise in the Koro Sea.", {"Koro Sea:Place"}, {"Koro Sea:Exercise"}},
  });
  check_relation_rows({
      {"Thailand took part in exercise Kestrelwing in May.", {"Thailand participates_in Kestrelwing 2025-05"}, {}},
  });
}
