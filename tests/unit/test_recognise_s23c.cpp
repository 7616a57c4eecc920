// Recognition, session 23 (k3): an ampersand between capitalised words is a
// name's own ("Signals & Cyber Operations Command"), not a list of two names.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s23: an ampersand inside a body's name keeps the name whole", "[recognise][s23]") {
  check_entity_rows({
      {"Jana Holm, Director of Signals & Cyber Operations Command, spoke on Monday.",
       {"Signals & Cyber Operations Command:Organisation"},
       {"Cyber Operations Command:Organisation"}},
      {"Brigadier Jana Holm took up the post of Commander of Logistics & Cyber Support Command on 5 March.",
       {"Logistics & Cyber Support Command:Organisation"},
       {"Cyber Support Command:Organisation"}},
      // a name the gazetteer knows after it: two names listed
      {"Staff of the Ministry of Defence & NATO attended the briefing on Monday.",
       {"Ministry of Defence:Organisation"},
       {"Ministry of Defence & NATO:Organisation"}},
      // "and" in a complement before a second head still lists two bodies
      {"Jana Holm, Director of Signals and Cyber Operations Command, spoke on Monday.",
       {},
       {"Signals and Cyber Operations Command:Organisation"}},
  });
}

TEST_CASE("s23: an acronym spelled by a body's complement names the whole body", "[recognise][s23]") {
  check_entity_rows({
      {"The Nordic Council's Subcommittee on Cyber and Trade (CYTR) met on Monday. CYTR invited Estonia.",
       {"Subcommittee on Cyber and Trade:Organisation"},
       {"Cyber and Trade:Organisation", "CYTR:Organisation"}},
      {"Staff of the Institute for Marine Research (MARE) joined the drill.",
       {"Institute for Marine Research:Organisation"},
       {"Marine Research:Organisation"}},
      // initials of a tail with no head word and link before it still start the name there
      {"The Harbour City Baltic Cyber Centre (BCC) hosted the drill.",
       {"Baltic Cyber Centre:Organisation"},
       {"Harbour City Baltic Cyber Centre:Organisation"}},
  });
}
