// Titles, session 24: a deputy's word before a portfolio title ("Vice Defense Minister X",
// "Deputy Foreign Minister X") makes the whole a title held as a deputy; the deputy's
// word is no portfolio of its own. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s24: a deputy's word before a portfolio title is the title of a deputy", "[recognise][roles][s24]") {
  check_relation_rows({
      {"South Korea's Vice Defense Minister Kim Young-soo met Tomas Berg in Seoul on Monday.",
       {"Kim Young-soo affiliated_with South Korea", "Kim Young-soo met_with Tomas Berg 2025-06-16"},
       {"Kim Young-soo leads South Korea"}},
      {"Latvia's Deputy Foreign Minister Anna Berg met Tomas Berg in Riga on Monday.",
       {"Anna Berg affiliated_with Latvia", "Anna Berg met_with Tomas Berg 2025-06-16"},
       {"Anna Berg leads Latvia"}},
      // the head's title keeps leading
      {"Latvia's Foreign Minister Anna Berg met Tomas Berg in Riga on Monday.",
       {"Anna Berg leads Latvia"},
       {"Anna Berg affiliated_with Latvia"}},
  });
}

TEST_CASE("s24: a deputy's word is no portfolio that finds the story's nation's minister", "[recognise][roles][s24]") {
  check_relation_rows({
      // "Vice" is not a portfolio: the bare deputy title names no nation's ministry,
      // and the nation of the people met is not the minister's
      {"Vice Minister Park Ji-hoon met Estonian officials in Tallinn on Monday.",
       {},
       {"Park Ji-hoon affiliated_with Estonia", "Park Ji-hoon leads Estonia"}},
  });
}
