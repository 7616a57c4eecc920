// Who leads what, and who only serves: an apposition needs its comma (a verb
// between the person and the title names someone else), a junior title of two
// words ("State Minister", "Principal Secretary") is an affiliation, and a
// person appointed "as" the head of a body leads it.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a title after a verb is not the subject's apposition", "[relate][leads]") {
  auto r = relations_of("Ivan Dubec welcomed the president of Peru at the airport on Monday.");
  CHECK_FALSE(has(r, "Ivan Dubec leads Peru"));
  // with its comma the apposition is the person's own title
  r = relations_of("Ivan Dubec, the president of Peru, arrived at the airport on Monday.");
  CHECK(has(r, "Ivan Dubec leads Peru"));
}

TEST_CASE("a junior title of two words is an affiliation", "[relate][leads]") {
  auto r = relations_of("The accord was signed by Peru's State Minister of Defence Jorge Salinas Vega on Monday.");
  CHECK_FALSE(has(r, "Jorge Salinas Vega leads Peru"));
  r = relations_of("Jorge Salinas Vega, the state secretary of Peru, opened the range.");
  CHECK_FALSE(has(r, "Jorge Salinas Vega leads Peru"));
  // the minister himself still leads
  r = relations_of("The accord was signed by Peru's Minister of Defence Jorge Salinas Vega on Monday.");
  CHECK(has(r, "Jorge Salinas Vega leads Peru"));
}

TEST_CASE("a person appointed as the head of a body leads it", "[relate][leads]") {
  auto r = relations_of(
      "The government appointed Nina Kos, a former signals officer, as the new director of the Andean Signals "
      "Agency (ASA).");
  CHECK(has(r, "Nina Kos leads Andean Signals Agency"));
  r = relations_of("The government appointed Nina Kos as deputy director of the Andean Signals Agency (ASA).");
  CHECK_FALSE(has(r, "Nina Kos leads Andean Signals Agency"));
}

TEST_CASE("'its' role after an unnamed body is not the nation of its adjective", "[relate][leads]") {
  auto r = relations_of(
      "The Peruvian signals command briefed the delegates on Monday. Its commander, Colonel Nina Kos, "
      "spoke first.");
  CHECK_FALSE(has(r, "Nina Kos leads Peru"));
  // a named body before is still the one spoken of
  r = relations_of(
      "The Andean Signals Agency (ASA) briefed the delegates on Monday. Its director, Nina Kos, spoke first.");
  CHECK(has(r, "Nina Kos leads Andean Signals Agency"));
}
