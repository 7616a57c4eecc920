// People moves, session 24: successions, appointments and hirings told as a
// briefing writes them. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s24: who succeeds someone as head of a body leads it, dated by the clause", "[relate][roles][s24]") {
  check_relation_rows({
      {"Brig. Gen. Anna Nowak will succeed Maj. Gen. Piotr Zielinski as head of the Cyber Command next month.",
       {"Anna Nowak leads Cyber Command 2025-07"},
       {}},
      {"Anna Nowak succeeded Piotr Zielinski as head of the Cyber Command in May.",
       {"Anna Nowak leads Cyber Command 2025-05"},
       {}},
      // who was succeeded is no new head
      {"Anna Nowak succeeded Piotr Zielinski as head of the Cyber Command in May.",
       {},
       {"Piotr Zielinski leads Cyber Command 2025-05"}},
  });
}
