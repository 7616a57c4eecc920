// Session 40 (helper r4): relations stated by lists of officials. A list of signatories each
// set off with a nation's title and name ("A's minister, X, B's envoy, Y, and C's ..., Z,
// signed ...") keeps its first member: the comma closing the first apposition separates it
// from the next; a portfolio of several fields written with commas ("Minister of Science,
// Technology and Innovation, X") is one title. Every text written for this test.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s40-r4: signatories each with a title and a name", "[relate][lists][s40]") {
  check_relation_rows(
      {
          {"On Tuesday, in Accra, Kenya's Minister of Information, Jane Wambui, Uganda's Minister of Science, "
           "Peter Okello, and Ghana's Deputy Minister for Trade, Kofi Boateng, signed the Accra Charter on Data Sharing.",
           {"Kenya party_to Accra Charter on Data Sharing 2026-03-10", "Uganda party_to Accra Charter on Data Sharing 2026-03-10",
            "Ghana party_to Accra Charter on Data Sharing 2026-03-10", "Jane Wambui affiliated_with Kenya"},
           {"Accra Charter on Data Sharing located_in Kenya"}},
          // a meeting of three officials, each with a title: all three met
          {"Kenya's foreign minister, Jane Wambui, Uganda's envoy, Peter Okello, and Ghana's trade minister, "
           "Kofi Boateng, met in Nairobi on Monday.",
           {"Jane Wambui met_with Peter Okello 2026-03-09", "Jane Wambui met_with Kofi Boateng 2026-03-09",
            "Peter Okello affiliated_with Uganda"}},
      },
      Date{2026, 3, 10});
}

TEST_CASE("s40-r4: a portfolio of several fields is one title", "[relate][lists][s40]") {
  check_relation_rows(
      {
          {"On Tuesday, in Accra, Kenya's Minister of Information and Digital Economy, Jane Wambui, Uganda's Minister "
           "of Science, Technology and Innovation, Peter Okello, and Ghana's Deputy Minister for Trade, Industry and "
           "Energy, Kofi Boateng, signed the Accra Charter on Data Sharing.",
           {"Kenya party_to Accra Charter on Data Sharing 2026-03-10", "Uganda party_to Accra Charter on Data Sharing 2026-03-10",
            "Ghana party_to Accra Charter on Data Sharing 2026-03-10", "Peter Okello affiliated_with Uganda",
            "Kofi Boateng affiliated_with Ghana"}},
          // fields listed with no person after them are no title
          {"Uganda's ministry covers Science, Technology and Innovation, the agency said on Monday.",
           {},
           {"Uganda * Innovation"}},
      },
      Date{2026, 3, 10});
}
