// Session 22: participation the clause states but the patterns did not
// reach. Every text written for this test; each is read as published on
// Wednesday 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("participation s22: a possessive apposition between the subject and its verb", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Tomas Berg, Latvia's defence minister, spoke at the Riga Cyber Forum on Monday.",
       {"Tomas Berg participates_in Riga Cyber Forum 2025-06-16", "Tomas Berg leads Latvia"},
       {}},
      {"Eva Huber, Austria's cyber coordinator, attended the Riga Cyber Forum on Monday.",
       {"Eva Huber participates_in Riga Cyber Forum 2025-06-16"},
       {}},
      // the apposition's owner is not who took part
      {"Tomas Berg, Latvia's defence minister, said Estonia attended the Riga Cyber Forum on Monday.",
       {"Estonia participates_in Riga Cyber Forum"},
       {"Tomas Berg participates_in Riga Cyber Forum", "Latvia participates_in Riga Cyber Forum"}},
      // a list going on after the possessive is no apposition
      {"Estonia, Latvia's army and Poland took part in Exercise Amber Gate in May.",
       {"Poland participates_in Amber Gate 2025-05", "Estonia participates_in Amber Gate 2025-05"},
       {}},
  });
}
