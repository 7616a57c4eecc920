// Session 23 (k2), participation by nations named in lists of demonyms:
// "the Romanians and Bulgarians" (one "the" leads the list of peoples).
// Texts written for the test.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s23b: a list of peoples after one 'the' names each nation", "[relate][participation][s23]") {
  check_relation_rows({
      {"The Romanians and Bulgarians took part in the Iron Lantern exercise.",
       {"Romania participates_in Iron Lantern", "Bulgaria participates_in Iron Lantern"},
       {}},
      {"The Hungarians, Bulgarians and Croatians took part in the Iron Lantern exercise.",
       {"Hungary participates_in Iron Lantern", "Croatia participates_in Iron Lantern"},
       {}},
      // negative: no "the" leads the list, the people are citizens
      {"Many Romanians and Bulgarians watched the Iron Lantern exercise on television.",
       {},
       {"Romania participates_in Iron Lantern", "Bulgaria participates_in Iron Lantern"}},
  });
  check_entity_rows({
      // a people's plural after "the" and "and" is no exercise's name
      {"Besides the Americans and Canadians, the drill drew teams from Norway.",
       {"Canada:Nation", "United States:Nation"},
       {"Canadians:Exercise"}},
      {"The team and Bulgarians arrived in Sofia.", {}, {"Bulgaria:Nation"}},
  });
}

TEST_CASE("s23b: a demonym standing for its people heads a list after 'the'", "[relate][participation][s23]") {
  check_relation_rows({
      {"The Japanese and Koreans took part in the Iron Lantern exercise.",
       {"Japan participates_in Iron Lantern", "South Korea participates_in Iron Lantern"},
       {}},
      {"The British and the French took part in the Iron Lantern exercise.",
       {"United Kingdom participates_in Iron Lantern", "France participates_in Iron Lantern"},
       {}},
      // negative: "the" before a lower-case word opens no people
      {"The exercise was praised by Finnish and the other observers in Riga.",
       {},
       {"Finland participates_in Iron Lantern"}},
  });
}

TEST_CASE("s23b: a people named by a plural no -s rule of a demonym makes", "[relate][participation][s23]") {
  check_relation_rows({
      {"The Finns and the Swedes took part in the Iron Lantern exercise.",
       {"Finland participates_in Iron Lantern", "Sweden participates_in Iron Lantern"},
       {}},
      {"The Israelis took part in the Iron Lantern exercise.", {"Israel participates_in Iron Lantern"}, {}},
      {"The Poles, Czechs and Slovaks joined the Iron Lantern exercise.",
       {"Poland participates_in Iron Lantern", "Czechia participates_in Iron Lantern",
        "Slovakia participates_in Iron Lantern"},
       {}},
      // negative: without "the" the people are citizens, no side
      {"Many Finns watched the Iron Lantern exercise on television.", {}, {"Finland participates_in Iron Lantern"}},
  });
}
