// Dating, session 23: "two years later", "a year later", "the following year",
// "the same year" count from the date the text was last at, of any precision
// ("joined NATO in 2004. Two years later, ..."), not from the byline's day.
// Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s23: years counted on from the year the text was at", "[relate][dating][s23]") {
  check_relation_rows({
      {"Estonia joined NATO in May 2004. Two years later, Estonia hosted Exercise Amber Wolf.",
       {"Estonia organises Amber Wolf 2006"},
       {"Estonia organises Amber Wolf 2027"}},
      {"Estonia joined NATO in 2004. A year later, Estonia hosted Exercise Amber Wolf.",
       {"Estonia organises Amber Wolf 2005"},
       {"Estonia organises Amber Wolf 2026"}},
      {"Estonia joined NATO in 2004. The following year, Estonia hosted Exercise Amber Wolf.",
       {"Estonia organises Amber Wolf 2005"},
       {}},
      {"Estonia joined NATO in 2004. The same year, Estonia hosted Exercise Amber Wolf.",
       {"Estonia organises Amber Wolf 2004"},
       {}},
      // days still count from the latest day
      {"The ministers met on 16 June. The next day, Estonia hosted Exercise Amber Wolf.",
       {"Estonia organises Amber Wolf 2025-06-17"},
       {}},
  });
}

TEST_CASE("s23: 'Yesterday,' or 'Today,' before a nation opens the sentence, naming no place", "[relate][dating][s23]") {
  check_relation_rows({
      {"Officials spoke. Yesterday, Estonia hosted Exercise Amber Wolf.", {"Estonia organises Amber Wolf 2025-06-17"}, {}},
      {"Today, Estonia hosted Exercise Amber Wolf.", {"Estonia organises Amber Wolf 2025-06-18"}, {}},
      // a town before its nation is still a place
      {"Teams met in Tartu, Estonia, on Monday.", {"Tartu located_in Estonia"}, {}},
  });
}
