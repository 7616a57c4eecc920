// Session 18: broader readings of where a body or an exercise is. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("places s18: a body with its place before the verb it is subject of", "[relate][located_in][s18]") {
  check_relation_rows({
      {"On Monday the Nordic Cyber Agency in Bergen said the attack had been contained.",
       {"Nordic Cyber Agency located_in Bergen"},
       {}},
      {"Norway and the Nordic Cyber Agency in Bergen signed a memorandum.",
       {"Nordic Cyber Agency located_in Bergen"},
       {}},
      // the group the body sent is in the place, not the body
      {"A spokesman for the Nordic Cyber Agency delegation in Lagos said the talks went well.",
       {},
       {"Nordic Cyber Agency located_in Lagos"}},
  });
}

TEST_CASE("places s18: a seat named by possessive or by 'from its base in'", "[relate][located_in][s18]") {
  check_relation_rows({
      {"The Nordic Cyber Agency's Bergen headquarters was evacuated on Friday.",
       {"Nordic Cyber Agency located_in Bergen"},
       {}},
      {"The Nordic Cyber Agency, which flew a team from its base in Bergen, took part.",
       {"Nordic Cyber Agency located_in Bergen"},
       {}},
      // 'its base' after another nation with no 'from': not the subject's seat
      {"The Nordic Cyber Agency praised Finland for its base in Oulu.",
       {},
       {"Nordic Cyber Agency located_in Oulu"}},
  });
}

TEST_CASE("places s18: an exercise that brought people together in a place", "[relate][located_in][s18]") {
  check_relation_rows({
      {"Exercise Polar Wren tested six nations. Polar Wren brought together 200 officers from 12 countries in Bodo last spring.",
       {"Polar Wren located_in Bodo"},
       {}},
  });
}
