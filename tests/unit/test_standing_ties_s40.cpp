// Session 40 (lead): a possessive's tie ("Kenya's Cyber Command", "Chile's
// ambassador, X") is a standing one: the time of the clause it stands in
// ("On Monday, Kenya's Cyber Command said ...", "has trained with Chile's
// agency since 2019") is not its date. Every text written for this test.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s40: a possessive's tie takes no time of its clause", "[relate][dates][s40]") {
  check_relation_rows(
      {
          {"On November 3, Kenya's National Cyber Command said in a statement that six officers would join the "
           "drill.",
           {"Kenya's National Cyber Command part_of Kenya undated"},
           {"Kenya's National Cyber Command part_of Kenya 2025-11-03"}},
          {"The Tallinn unit has trained with Chile's National Cybersecurity Agency since 2019.",
           {"Chile's National Cybersecurity Agency part_of Chile undated"},
           {"Chile's National Cybersecurity Agency part_of Chile 2019"}},
          {"In 2021, Ghana's Cyber Security Authority took part in Locked Shields for the first time.",
           {"Ghana's Cyber Security Authority part_of Ghana undated",
            "Ghana's Cyber Security Authority participates_in Locked Shields 2021"}},
      },
      Date{2025, 11, 20});
}

TEST_CASE("s40: a tie stated by a clause keeps the clause's time", "[relate][dates][s40]") {
  check_relation_rows(
      {
          // a creation told of the body still dates its tie (not the possessive's phrase)
          {"Kenya's National Cyber Command was created in 2022 as part of the Kenya Defence Forces.",
           {"Kenya's National Cyber Command part_of Kenya Defence Forces 2022"}},
          {"Since 2020, the Harbour Response Team has been part of the Port Authority of Mombasa.",
           {"Harbour Response Team part_of Port Authority of Mombasa 2020"}},
      },
      Date{2025, 11, 20});
}
