// Territories are not nations (graph contract: a Nation is a sovereign state, a
// Place "a city, region or site that is not a nation"): the ISO 3166-1 entries
// that are no sovereign state are Places located_in their state, their
// demonyms name no nation, and states of limited recognition stay Nations.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "lexicon/lexicon.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s31-y4: a territory is a Place, its state a Nation", "[territories][s31-y4]") {
  check_entity_rows({
      {"Greenland and Denmark agreed on Monday to build a new radar station near Nuuk.",
       {"Greenland:Place", "Denmark:Nation"},
       {"Greenland:Nation"}},
      {"A hurricane drill brought the U.S. Coast Guard to Puerto Rico last week.",
       {"Puerto Rico:Place", "United States:Nation"},
       {"Puerto Rico:Nation"}},
      {"Customs officers from Gibraltar and the Faroe Islands trained together in May.",
       {"Gibraltar:Place", "Faroe Islands:Place"},
       {"Gibraltar:Nation", "Faroe Islands:Nation"}},
  });
}

TEST_CASE("s31-y4: a territory's demonym names no nation", "[territories][s31-y4]") {
  check_entity_rows({
      {"Greenlandic fishermen met Danish ministers in the harbour on Monday.",
       {"Denmark:Nation"},
       {"Greenland:Nation"}},
      {"Puerto Rican engineers restored the grid within a week.", {}, {"Puerto Rico:Nation"}},
  });
  const Lexicon& lex = *default_lexicon();
  CHECK_FALSE(lex.nation_of_demonym("Greenlandic"));
  CHECK_FALSE(lex.nation_of_demonym("Puerto Rican"));
  CHECK(lex.nation_of_demonym("Danish"));
}

TEST_CASE("s31-y4: the lexicon puts a territory in its state", "[territories][s31-y4]") {
  const Lexicon& lex = *default_lexicon();
  for (auto [territory, state] : {std::pair{"Greenland", "Denmark"}, {"Puerto Rico", "United States"},
                                  {"Hong Kong", "China"}, {"Bermuda", "United Kingdom"}, {"Réunion", "France"}}) {
    INFO(territory);
    auto t = lex.find_entity(territory);
    REQUIRE(t);
    CHECK(lex.entities[*t].type == NodeType::Place);
    CHECK(lex.entities[*t].located_in == state);
    CHECK_FALSE(lex.find_nation(territory));
  }
  check_relation_rows({
      {"The talks opened in Greenland, Denmark, on Monday.", {"Greenland located_in Denmark"}, {}},
      {"The shipping forum met in Hong Kong, China, on Tuesday.", {"Hong Kong located_in China"}, {}},
  });
}

TEST_CASE("s31-y4: states of limited recognition stay Nations", "[territories][s31-y4]") {
  check_entity_rows({
      {"Kosovo and Albania signed a border accord in Pristina on Monday.", {"Kosovo:Nation", "Albania:Nation"}, {}},
      {"Taiwan and Palestine sent observers to the conference.", {"Taiwan:Nation", "Palestine:Nation"}, {}},
  });
  const Lexicon& lex = *default_lexicon();
  for (const char* state : {"Kosovo", "Taiwan", "Palestine", "Vatican City", "Cook Islands"}) {
    INFO(state);
    CHECK(lex.find_nation(state));
  }
}

TEST_CASE("s31-y4: a place called a territory or part of a nation is located_in it", "[territories][s31-y4]") {
  check_relation_rows({
      {"Greenland, a self-governing territory of Denmark, will host the Arctic drill in May.",
       {"Greenland located_in Denmark"},
       {}},
      {"The Faroe Islands are still an autonomous part of Denmark, the minister said.",
       {"Faroe Islands located_in Denmark"},
       {}},
      {"Puerto Rico remains a territory of the United States, the court ruled.", {"Puerto Rico located_in United States"}, {}},
      {"Guam, a U.S. territory, received two more patrol boats on Monday.", {"Guam located_in United States"}, {}},
      {"Bermuda is a British overseas territory with its own parliament.", {"Bermuda located_in United Kingdom"}, {}},
      // a nation is no territory of another
      {"Finland, a former part of Sweden, joined the drill in May.", {}, {"Finland located_in Sweden"}},
  });
}
