// Relations, session 30 (h14e): "I" in a parliamentary record's turn, whose
// label is a courtesy title then a family name in capitals ("Mr HALE-ROSS:").
// Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30h14e: \"I\" in a turn labelled by a courtesy title and a family name in capitals", "[relate][met_with][s30-h14e]") {
  check_relation_rows({
      {"Mr HALE-ROSS: I thank the member.\n\n"
       "Mr HALE-ROSS: Yesterday I met Joeli Vatu in Suva.",
       {"HALE-ROSS met_with Joeli Vatu"},
       {}},
      {"Ms ORTEGA-VANCE: My question is to the minister.\n\n"
       "Ms ORTEGA-VANCE: Last week I met Anna Kask in Tartu.",
       {"ORTEGA-VANCE met_with Anna Kask"},
       {}},
  });
}

TEST_CASE("s30h14e: an acting head written before the body's acronym leads the body", "[relate][leads][s30-h14e]") {
  check_relation_rows({
      {"The drill was run by the Kestrel Cyber Authority (KXA). Acting KXA Director-General Chiang Wei-hsun said "
       "it went well.",
       {"Chiang Wei-hsun leads Kestrel Cyber Authority"},
       {}},
      {"The Harbour Data Office (HDO) opened in May. Acting HDO Director Tomas Varga-Lind spoke at the opening.",
       {"Tomas Varga-Lind leads Harbour Data Office"},
       {}},
  });
}
