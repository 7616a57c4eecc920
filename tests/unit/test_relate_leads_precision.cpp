// Who leads what, and who only serves: an apposition needs its comma (a verb
// between the person and the title names someone else), a junior title of two
// words ("State Minister", "Principal Secretary") is an affiliation, and a
// person appointed "as" the head of a body leads it.

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a title after a verb is not the subject's apposition", "[relate][leads]") {
  check_relation_rows(
      {
          {"Ivan Dubec welcomed the president of Peru at the airport on Monday.", {}, {"Ivan Dubec leads Peru"}},
          // with its comma the apposition is the person's own title
          {"Ivan Dubec, the president of Peru, arrived at the airport on Monday.",
           {"Ivan Dubec leads Peru undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("a junior title of two words is an affiliation", "[relate][leads]") {
  check_relation_rows(
      {
          {"The accord was signed by Peru's State Minister of Defence Jorge Salinas Vega on Monday.",
           {},
           {"Jorge Salinas Vega leads Peru"}},
          {"Jorge Salinas Vega, the state secretary of Peru, opened the range.", {}, {"Jorge Salinas Vega leads Peru"}},
          // the minister himself serves the nation (he leads a ministry, not Peru: s29-f12)
          {"The accord was signed by Peru's Minister of Defence Jorge Salinas Vega on Monday.",
           {"Jorge Salinas Vega affiliated_with Peru undated"},
           {"Jorge Salinas Vega leads Peru"}},
      },
      std::nullopt);
}

TEST_CASE("a person appointed as the head of a body leads it", "[relate][leads]") {
  check_relation_rows(
      {
          {"The government appointed Nina Kos, a former signals officer, as the new director of the Andean Signals "
           "Agency (ASA).",
           {"Nina Kos leads Andean Signals Agency undated"},
           {}},
          {"The government appointed Nina Kos as deputy director of the Andean Signals Agency (ASA).",
           {},
           {"Nina Kos leads Andean Signals Agency"}},
      },
      std::nullopt);
}

TEST_CASE("'its' role after an unnamed body is not the nation of its adjective", "[relate][leads]") {
  check_relation_rows(
      {
          {"The Peruvian signals command briefed the delegates on Monday. Its commander, Colonel Nina Kos, "
           "spoke first.",
           {},
           {"Nina Kos leads Peru"}},
          // a named body before is still the one spoken of
          {"The Andean Signals Agency (ASA) briefed the delegates on Monday. Its director, Nina Kos, spoke first.",
           {"Nina Kos leads Andean Signals Agency undated"},
           {}},
      },
      std::nullopt);
}
