// Places that are none: a region no nation holds (a sea, a continent) used
// as a modifier of a noun, and a gazetteer word that opens a longer name the
// document already gave. Each with the wordings where the place stays.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a sea or continent before a lower-case noun names no place", "[recognise][places]") {
  auto names = entity_names(analyse(
      "Officials want drills focused on the North Sea region. Ana Ruiz, our Latin America editor, agreed."));
  CHECK_FALSE(has(names, "North Sea:Place"));
  CHECK_FALSE(has(names, "Latin America:Place"));
  // the region as a place of its own, and a city before a noun stays a place
  auto kept = entity_names(analyse("Patrols in the North Sea grew. Ships sailed to Latin America in May. "
                                   "The Tallinn office opened."));
  CHECK(has(kept, "North Sea:Place"));
  CHECK(has(kept, "Latin America:Place"));
  CHECK(has(kept, "Tallinn:Place"));
}

TEST_CASE("a gazetteer word opening a name the document gave before is that name", "[recognise][places]") {
  auto names = entity_names(analyse("Norway and Sweden staged a drill, Baltic Lantern, in March. "
                                    "Baltic Lantern showed gaps, officials said."));
  CHECK(has(names, "Baltic Lantern:Exercise"));
  CHECK_FALSE(has(names, "Baltic:Place"));
  // the gazetteer name alone, without the longer name before
  auto alone = entity_names(analyse("Baltic Lantern showed gaps, officials said."));
  CHECK_FALSE(has(alone, "Baltic Lantern:Exercise"));
}
