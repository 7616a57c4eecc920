// Who leads or works for what, in the wordings of news: a role whose holder
// carries more after its name, an envoy to several nations, a title written as
// a name with no comma before the person, a possessive role of two words, a
// person "of" a nation, writers' bios.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("the holder of a role carries its owner and acronym before the person", "[relate][roles]") {
  auto r = relations_of(
      "The team was headed by the commander of the Joint Signals Command of the Andean Armed Forces (JSC), "
      "Colonel Luis Paredes, who spoke first.");
  CHECK(has(r, "Luis Paredes leads Joint Signals Command"));
  CHECK_FALSE(related(r, "Luis Paredes", "Andean Armed Forces"));
}

TEST_CASE("an envoy to several nations serves the one named before the title", "[relate][roles]") {
  auto r = relations_of("Peru's Ambassador to Latvia and Lithuania, Jorge Salinas Vega, raised the flag.");
  CHECK(has(r, "Jorge Salinas Vega affiliated_with Peru"));
  CHECK_FALSE(related(r, "Jorge Salinas Vega", "Latvia"));
  CHECK_FALSE(related(r, "Jorge Salinas Vega", "Lithuania"));
}

TEST_CASE("a title written as a name before the person needs no comma", "[relate][roles]") {
  auto r = relations_of("The talks were opened by Director of the Andean Signals Agency (ASA) Ivan Dubec on Monday.");
  CHECK(has(r, "Ivan Dubec leads Andean Signals Agency"));
  r = relations_of("The talks were opened by Commander of U.S. Cyber Command General Paul Rennick.");
  CHECK(has(r, "Paul Rennick leads United States Cyber Command"));
  // a body and a person side by side with no title are not one phrase
  r = relations_of("Officials of the Andean Signals Agency praised Ivan Dubec on Monday.");
  CHECK_FALSE(related(r, "Ivan Dubec", "Andean Signals Agency"));
}

TEST_CASE("a possessive role of two words before the person", "[relate][roles]") {
  auto r = relations_of("Slovenia's cyber defence chief, Colonel Nina Kos, opened the range.");
  CHECK(has(r, "Nina Kos leads Slovenia"));
  // a deputy is affiliated, not the leader
  r = relations_of("Slovenia's deputy defence chief, Colonel Nina Kos, opened the range.");
  CHECK(has(r, "Nina Kos affiliated_with Slovenia"));
  CHECK_FALSE(has(r, "Nina Kos leads Slovenia"));
}

TEST_CASE("a person of a nation", "[relate][roles]") {
  auto r = relations_of("Her counterparts, Goran Petrov of Bulgaria and Milos Ilic of Serbia, signed alongside her.");
  CHECK(has(r, "Milos Ilic affiliated_with Serbia"));
  // of a nation's body: the body, not the nation
  r = relations_of("Milos Ilic of Serbia's Signals Agency said the drill went well.");
  CHECK(has(r, "Milos Ilic affiliated_with Signals Agency"));
  CHECK_FALSE(related(r, "Milos Ilic", "Serbia"));
}

TEST_CASE("writers' bios: a fellow in a programme at a body, covering a long beat for an outlet", "[relate][roles]") {
  auto r = relations_of("Helena Marsh is a senior fellow in the defence programme at the Institute for Arctic Studies.");
  CHECK(has(r, "Helena Marsh affiliated_with Institute for Arctic Studies"));
  r = relations_of("By Dana Whitcomb\n\nDana Whitcomb covers cyber warfare and electronic warfare for Harbour Defence Weekly.");
  CHECK(has(r, "Dana Whitcomb affiliated_with Harbour Defence Weekly"));
  // having studied somewhere is no post there
  r = relations_of("Helena Marsh studied the defence programme at the Institute for Arctic Studies.");
  CHECK_FALSE(related(r, "Helena Marsh", "Institute for Arctic Studies"));
}

