// Session 11: constructions of unseen articles that left both ends of a
// relation recognised but unrelated. Each row is written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s11: an exercise the relative clause says a body held, and where", "[relate][s11][organises]") {
  check_relation_rows({
      {"Officers from Chile took part in Cyber Coalition, the exercise that NATO held in Tartu last year.",
       {"North Atlantic Treaty Organization organises Cyber Coalition", "Cyber Coalition located_in Tartu"},
       {}},
      {"Delegates recalled Iron Mesa, a command-post drill which Kenya staged in Mombasa.",
       {"Kenya organises Iron Mesa", "Iron Mesa located_in Mombasa"},
       {}},
      // the place closes the clause: teams listed after it are not places
      {"Staff spoke of Iron Mesa, the drill that Kenya hosted in Mombasa in May, alongside teams from Uganda and Rwanda.",
       {"Kenya organises Iron Mesa", "Iron Mesa located_in Mombasa"},
       {"Iron Mesa located_in Uganda", "Iron Mesa located_in Rwanda"}},
      // who ran it comes after where it ran from
      {"Teams from Peru took part in Cyber Coalition, which was run out of Tartu by Allied Command Transformation.",
       {"Allied Command Transformation organises Cyber Coalition", "Cyber Coalition located_in Tartu"},
       {}},
  });
}
