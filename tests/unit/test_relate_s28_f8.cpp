// Relations, session 28 (f8): precision and recall gaps of heldout13's
// articles 01-05, by wording family. Each text is read as published on
// Wednesday 18 June 2025 unless it says otherwise.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s28-f8: a deputy's post read by a cue leads nothing", "[relate][leads][s28-f8]") {
  check_relation_rows({
      {"Colonel Mart Kask was until now deputy director of the Estonian Information System Authority, "
       "which runs the state's networks.",
       {"Mart Kask affiliated_with Estonian Information System Authority"},
       {"Mart Kask leads Estonian Information System Authority"}},
      {"Ilze Berzina, who was until last year vice chairman of the Latvian Cyber Council, spoke first.",
       {},
       {"Ilze Berzina leads Latvian Cyber Council"}},
  });
}

TEST_CASE("s28-f8: a nation's possessive opening an apposition is no second object", "[relate][leads][s28-f8]") {
  check_relation_rows({
      {"Colonel Mart Kask was until now deputy director of the Estonian Information System Authority (RIA), "
       "Estonia's civilian cyber agency.",
       {},
       {"Mart Kask leads Estonia", "Mart Kask affiliated_with Estonia"}},
      {"Karl Sepp, the head of the Cyber Range Office, Finland's training body, opened the course.",
       {},
       {"Karl Sepp leads Finland", "Karl Sepp affiliated_with Finland"}},
  });
}

TEST_CASE("s28-f8: a three-word role after the last of two people is the last one's", "[relate][s28-f8]") {
  check_relation_rows({
      {"On the last day, Mr Olsen and Karla Vint, chief executive officer of CERT-EE, signed the "
       "Tartu Memorandum on Incident Sharing.",
       {"Karla Vint leads CERT-EE"},
       {"Olsen * CERT-EE"}},
      {"Mr Berg and Anna Tamm, chief information officer of the Estonian Defence Forces, met in Tartu.",
       {},
       {"Berg * Estonian Defence Forces"}},
  });
}
