// Session 36 (lead): the world's towns as lexicon data (places_world.json, a file's
// "towns"). A town names a place only where no other name or rule claims the words:
// never inside a person's name, never in another case or spelling. Every text written
// for this test.
#include <catch2/catch.hpp>

#include "article_graph.hpp"
#include "entity_rows.hpp"
#include "lexicon/lexicon.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s36-lead: a town no rule types is a place with its nation", "[entities][towns][s36-lead]") {
  check_entity_rows({
      {"The delegation travelled from Lucerne by train on Monday.", {"Lucerne:Place"}, {}},
      {"Divers from the navy practised off Marsaxlokk and then sailed home.", {"Marsaxlokk:Place"}, {}},
      // a town the text writes without its diacritics is the same town
      {"The drill took place in Gzira on 3 May 2026.", {"Gżira:Place"}, {"Gzira:Place"}},
  });
  auto g = article_graph(article("The cell is located at the corps headquarters in Münster, Germany."));
  CHECK(contains(edge_lines(g), "Münster located_in Germany"));
  // the town's own spelling is the label, the text's stays a name of it (with its venue noun)
  auto base = article_graph(article("Cadets trained at the Vlore naval base in Albania last week."));
  CHECK(contains(edge_lines(base), "Vlorë located_in Albania"));
  bool venue = false;
  for (NodeId v = 0; v < base.node_count(); ++v)
    venue |= contains(base.node(v).aliases, "Vlore naval base") && contains(base.node(v).aliases, "Vlore");
  CHECK(venue);
}

TEST_CASE("s36-lead: a town's name inside a person's name or in another case is no place", "[entities][towns][s36-lead]") {
  check_entity_rows({
      // a given name that is also a town's
      {"Victoria Lungu, the agency's director, opened the meeting.", {"Victoria Lungu:Person"}, {"Victoria:Place"}},
      // a surname after the full name, the same person
      {"The memorandum was signed by Kenji Arakawa of the agency. Arakawa replaced the previous director in May.",
       {"Kenji Arakawa:Person"},
       {"Arakawa:Place"}},
      // an acronym in its own case is no town written otherwise
      {"The exercise was hosted by Bahrain's Information Authority (iGA). The iGA said teams did well.", {}, {"Iga:Place"}},
  });
}

TEST_CASE("s36-lead: a lexicon file's towns load beside its entities, not into the gazetteer", "[lexicon][towns][s36-lead]") {
  Lexicon lex = *default_lexicon();
  add_lexicon_json(lex,
                   R"({"towns": [{"label": "Quillabamba", "type": "Place", "aliases": ["Quilla"], "located_in": "Peru"}]})",
                   "towns.json", true);
  lex.index();
  auto town = lex.towns.find(lex.name_key_of("Quillabamba"));
  REQUIRE(town != lex.towns.end());
  CHECK(lex.entities[town->second].town);
  CHECK(lex.entities[town->second].located_in == "Peru");
  CHECK(lex.towns.count(lex.name_key_of("Quilla")));
  CHECK_FALSE(lex.gazetteer.count(lex.name_key_of("Quillabamba")));
  // the shipped towns are loaded too, and a name of places.json is none of them
  CHECK(default_lexicon()->towns.count(default_lexicon()->name_key_of("Lucerne")));
  CHECK_FALSE(default_lexicon()->towns.count(default_lexicon()->name_key_of("Tallinn")));
}
