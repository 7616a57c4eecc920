// Dates of facts, session 17. Each text is read as published on Wednesday
// 18 June 2025 unless a row says otherwise.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s17: a time opening the sentence dates every verb of its subject", "[relate][dating][s17]") {
  check_relation_rows({
      {"In March, Ana Ruiz visited the Peruvian Navy and met its commander, Luis Vega.",
       {"Ana Ruiz met_with Luis Vega 2025-03"},
       {}},
      {"On Monday, Ana Ruiz toured the naval academy in Lima and held talks with Luis Vega.",
       {"Ana Ruiz met_with Luis Vega 2025-06-16"},
       {}},
      // a time inside the first verb's clause stays that verb's
      {"Ana Ruiz visited the Peruvian Navy in March and met its commander, Luis Vega.",
       {"Ana Ruiz met_with Luis Vega undated"},
       {"Ana Ruiz met_with Luis Vega 2025-03"}},
  });
}
