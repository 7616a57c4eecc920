// Session 10 recall of leads, part_of and met_with: constructions of news
// wording the earlier rules missed. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a two-word title after a possessive is read whole", "[relate][leads]") {
  // "director" alone would stop before "general" and miss the name after the comma
  auto r = relations_of("The note was signed by the Andean Signals Agency's director general, Nina Kos, in Lima.");
  CHECK(has(r, "Nina Kos leads Andean Signals Agency"));
  r = relations_of("The Andean Signals Agency's director, Nina Kos, spoke in Lima.");
  CHECK(has(r, "Nina Kos leads Andean Signals Agency"));
}
