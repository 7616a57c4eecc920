// Places that are none: a region no nation holds (a sea, a continent) used
// as a modifier of a noun, and a gazetteer word that opens a longer name the
// document already gave. Each with the wordings where the place stays.

#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a sea or continent before a lower-case noun names no place", "[recognise][places]") {
  check_entity_rows({
      {"Officials want drills focused on the North Sea region. Ana Ruiz, our Latin America editor, agreed.",
       {},
       {"North Sea:Place", "Latin America:Place"}},
      // the region as a place of its own, and a city before a noun stays a place
      {"Patrols in the North Sea grew. Ships sailed to Latin America in May. "
       "The Tallinn office opened.",
       {"North Sea:Place", "Latin America:Place", "Tallinn:Place"},
       {}},
  });
}

TEST_CASE("a gazetteer word opening a name the document gave before is that name", "[recognise][places]") {
  check_entity_rows({
      {"Norway and Sweden staged a drill, Baltic Lantern, in March. "
       "Baltic Lantern showed gaps, officials said.",
       {"Baltic Lantern:Exercise"},
       {"Baltic:Place"}},
      // the gazetteer name alone, without the longer name before
      {"Baltic Lantern showed gaps, officials said.", {}, {"Baltic Lantern:Exercise"}},
  });
}
