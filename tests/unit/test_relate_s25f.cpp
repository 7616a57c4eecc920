// Relations, session 25 (f1): an agreement's parties named in the clause that
// tells what they undertake under it ("the X Declaration, by which A and B
// undertake to ...", "under which ... agree to", "whereby ... commits to").
// Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25f: the parties of 'an agreement, by which A and B undertake to'", "[relate][party_to][s25f]") {
  check_relation_rows({
      {"The ministers signed the Tallinn Declaration on Cyber Defence, by which the Ministry of Defence of Estonia and "
       "the Ministry of National Defence of Lithuania undertake to exchange information on incidents.",
       {"Ministry of Defence of Estonia party_to Tallinn Declaration on Cyber Defence"},
       {}},
      {"The Riga Memorandum, under which Latvia and Finland agree to share threat data, was signed on Monday.",
       {"Latvia party_to Riga Memorandum 2025-06-16", "Finland party_to Riga Memorandum 2025-06-16"},
       {}},
      {"Officials signed the Vilnius Accord on Cyber Training, whereby the Lithuanian Armed Forces commit to train Moldovan officers.",
       {"Lithuanian Armed Forces party_to Vilnius Accord on Cyber Training"},
       {}},
  });
}
