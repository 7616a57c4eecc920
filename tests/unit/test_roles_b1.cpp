// Session 33 (b1): a bare minister in a release issued under a nation's letterhead
// serves the issuing nation when another nation is named as often.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a bare minister under a ministry's letterhead serves the issuing nation in a tie", "[roles_b1]") {
  auto r = relations_of(
      "Press Office, Ministry of Defence of Croatia\n\n"
      "Croatia and Hungary hold cyber talks\n\n"
      "Croatia and Hungary held talks on cyber defence on Monday. Hungary will host the next round.\n\n"
      "\"We share the same networks and the same threats,\" said Minister of Defence Ivana Kralj Horvat.");
  CHECK(related(r, "Ivana Kralj Horvat", "Croatia"));
  CHECK_FALSE(related(r, "Ivana Kralj Horvat", "Hungary"));
}

TEST_CASE("a news agency's line naming its nation is a letterhead too", "[roles_b1]") {
  auto r = relations_of(
      "Harbour News Agency | Local News | Portugal\n\n"
      "Portugal and Spain agree to train cyber units together\n\n"
      "Spain and Portugal agreed on Monday to train their cyber defence units together. Spain will send "
      "instructors next year, and Portugal will send officers.\n\n"
      "\"This is a step for both of our countries,\" said Defence Minister Rui Almeida Costa.");
  CHECK(related(r, "Rui Almeida Costa", "Portugal"));
}

TEST_CASE("a headline in running words is no letterhead: it does not settle the minister's nation", "[roles_b1]") {
  auto r = relations_of(
      "Croatia hosts talks with Hungary\n\n"
      "Croatia and Hungary held talks on cyber defence on Monday. The next round is due in the spring.\n\n"
      "\"We share the same networks and the same threats,\" said Minister of Defence Ivana Kralj Horvat.");
  CHECK_FALSE(related(r, "Ivana Kralj Horvat", "Croatia"));
}
