// Session 14, extraction speed: the short cuts taken where a sentence cannot
// hold what a slower reading looks for must give what that reading gives.
// Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// An event's length ("a five-day drill", "after two days of talks") is looked
// for only in sentences with "-day" or "days" in any case.
TEST_CASE("s14: an event's length is read in any case, and only where it is written", "[relate][dating][s14]") {
  check_relation_rows({
      // a capitalised length still counts back from the closing day (Monday 16 June - 4)
      {"The Navy on Monday concluded Exercise Iron Reef, a Five-Day naval drill held near Brest. "
       "Sailors from Chile and Peru took part in Iron Reef.",
       {"Chile participates_in Iron Reef 2025-06-12"},
       {"Chile participates_in Iron Reef 2025-06-16"}},
      {"The Navy on Monday concluded Exercise Iron Reef, a FIVE-DAY naval drill held near Brest. "
       "Sailors from Chile and Peru took part in Iron Reef.",
       {"Chile participates_in Iron Reef 2025-06-12"},
       {"Chile participates_in Iron Reef 2025-06-16"}},
      // talks counted in days, in a capitalised headline style
      {"The Pacific Cyber Forum closed in Lima on Tuesday after Three Days of talks. "
       "Delegations from Chile and Peru attended the Pacific Cyber Forum.",
       {"Chile participates_in Pacific Cyber Forum 2025-06-15"},
       {"Chile participates_in Pacific Cyber Forum 2025-06-17"}},
      // a weekday is no length: the closing day stays the date
      {"The Navy on Monday concluded Exercise Iron Reef near Brest. "
       "Sailors from Chile and Peru took part in Iron Reef.",
       {"Chile participates_in Iron Reef 2025-06-16"},
       {"Chile participates_in Iron Reef 2025-06-12"}},
  });
}
