// Who leads or works for what, in the wordings of news: a role whose holder
// carries more after its name, an envoy to several nations, a title written as
// a name with no comma before the person, a possessive role of two words, a
// person "of" a nation, writers' bios.

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("the holder of a role carries its owner and acronym before the person", "[relate][roles]") {
  check_relation_rows(
      {
          {"The team was headed by the commander of the Joint Signals Command of the Andean Armed Forces (JSC), "
           "Colonel Luis Paredes, who spoke first.",
           {"Luis Paredes leads Joint Signals Command of the Andean Armed Forces undated"},
           // the owner body itself is not his (the commanded body's full label ends with its name)
           {"Luis Paredes leads Andean Armed Forces", "Luis Paredes affiliated_with Andean Armed Forces"}},
      },
      std::nullopt);
}

TEST_CASE("an envoy to several nations serves the one named before the title", "[relate][roles]") {
  check_relation_rows(
      {
          {"Peru's Ambassador to Latvia and Lithuania, Jorge Salinas Vega, raised the flag.",
           {"Jorge Salinas Vega affiliated_with Peru undated"},
           {"Jorge Salinas Vega * Latvia", "Jorge Salinas Vega * Lithuania"}},
      },
      std::nullopt);
}

TEST_CASE("a title written as a name before the person needs no comma", "[relate][roles]") {
  check_relation_rows(
      {
          {"The talks were opened by Director of the Andean Signals Agency (ASA) Ivan Dubec on Monday.",
           {"Ivan Dubec leads Andean Signals Agency undated"},
           {}},
          {"The talks were opened by Commander of U.S. Cyber Command General Paul Rennick.",
           {"Paul Rennick leads United States Cyber Command undated"},
           {}},
          // a body and a person side by side with no title are not one phrase
          {"Officials of the Andean Signals Agency praised Ivan Dubec on Monday.",
           {},
           {"Ivan Dubec * Andean Signals Agency"}},
      },
      std::nullopt);
}

TEST_CASE("a possessive role of two words before the person", "[relate][roles]") {
  check_relation_rows(
      {
          {"Slovenia's cyber defence chief, Colonel Nina Kos, opened the range.",
           {"Nina Kos leads Slovenia undated"},
           {}},
          // a deputy is affiliated, not the leader
          {"Slovenia's deputy defence chief, Colonel Nina Kos, opened the range.",
           {"Nina Kos affiliated_with Slovenia undated"},
           {"Nina Kos leads Slovenia"}},
      },
      std::nullopt);
}

TEST_CASE("a person of a nation", "[relate][roles]") {
  check_relation_rows(
      {
          {"Her counterparts, Goran Petrov of Bulgaria and Milos Ilic of Serbia, signed alongside her.",
           {"Milos Ilic affiliated_with Serbia undated"},
           {}},
          // of a nation's body: the body, not the nation
          {"Milos Ilic of Serbia's Signals Agency said the drill went well.",
           {"Milos Ilic affiliated_with Signals Agency undated"},
           {"Milos Ilic * Serbia"}},
      },
      std::nullopt);
}

TEST_CASE("writers' bios: a fellow in a programme at a body, covering a long beat for an outlet", "[relate][roles]") {
  check_relation_rows(
      {
          {"Helena Marsh is a senior fellow in the defence programme at the Institute for Arctic Studies.",
           {"Helena Marsh affiliated_with Institute for Arctic Studies undated"},
           {}},
          {"By Dana Whitcomb\n\nDana Whitcomb covers cyber warfare and electronic warfare for Harbour Defence Weekly.",
           {"Dana Whitcomb affiliated_with Harbour Defence Weekly undated"},
           {}},
          // having studied somewhere is no post there
          {"Helena Marsh studied the defence programme at the Institute for Arctic Studies.",
           {},
           {"Helena Marsh * Institute for Arctic Studies"}},
      },
      std::nullopt);
}
