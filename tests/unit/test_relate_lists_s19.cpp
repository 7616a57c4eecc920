// Session 19: a relative clause holding a list of names joined by a last
// "and" closes at the comma after the list ("X, which drew teams from A, B
// and C, ended in Suva"), not at the list's first comma. Every text written
// for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("lists s19: a relative clause's list runs to its closing comma", "[relate][s19]") {
  check_relation_rows({
      {"Exercise Coral Gate, which drew teams from Fiji, Samoa and Tonga, ended in Suva.",
       {"Fiji participates_in Coral Gate", "Samoa participates_in Coral Gate", "Tonga participates_in Coral Gate",
        "Coral Gate located_in Suva"},
       {}},
      {"The Lusophone Cyber Network, which includes Angola, Mozambique and Brazil, met in Luanda.",
       {"Angola member_of Lusophone Cyber Network", "Mozambique member_of Lusophone Cyber Network",
        "Brazil member_of Lusophone Cyber Network"},
       {"Mozambique met_with Brazil"}},
      // no "and": the clause closes at its first comma as before
      {"Exercise Coral Gate, which drew teams from Fiji, ended in Suva.",
       {"Fiji participates_in Coral Gate", "Coral Gate located_in Suva"},
       {}},
  });
}

TEST_CASE("appositions s19: a role apposition or 'his counterpart' between two who met", "[relate][met_with][s19]") {
  check_relation_rows({
      {"General Lars Nilsen, commander of Norway's Cyber Defence Force, and Major General Anne Holm met at the base.",
       {"Lars Nilsen met_with Anne Holm", "Lars Nilsen leads Norway's Cyber Defence Force"},
       {"Norway's Cyber Defence Force met_with Anne Holm"}},
      {"General Lars Nilsen, the Norwegian commander, and Anne Holm, his Danish counterpart, met in Oslo.",
       {"Lars Nilsen met_with Anne Holm"},
       {}},
      // the apposition still says what it says
      {"Lars Nilsen, head of the Cyber Defence Force, said the drill was a success.",
       {"Lars Nilsen leads Cyber Defence Force"},
       {}},
  });
}
