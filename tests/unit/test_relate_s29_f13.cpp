// Relations, session 29 (f13): wording families of relation recall that recur
// across sets. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s29-f13: an edition under a heading is the page's exercise, not one named in passing",
          "[relate][located_in][s29-f13]") {
  check_relation_rows({
      {"Bothnia Gate is a cyber defence exercise organised by the Finnish Defence Forces.\n\n"
       "The first edition of Bothnia Gate was held in Vaasa in 2021. No edition was held in 2023 because "
       "the forces were preparing for Crossed Swords.\n\n"
       "Third edition\n\n"
       "The third edition took place in Oulu in September 2024. Teams from Estonia and Denmark took part.",
       {"Bothnia Gate located_in Oulu", "Estonia participates_in Bothnia Gate",
        "Denmark participates_in Bothnia Gate"},
       {"Crossed Swords located_in Oulu", "Estonia participates_in Crossed Swords"}},
  });
}
