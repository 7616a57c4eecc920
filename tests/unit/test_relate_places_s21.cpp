// Places, session 21: a body "hosted in" or "housed in" a place, and "is a
// Tallinn-based think tank". Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s21: a body hosted or housed in a place, and a place-based body", "[relate][places][s21]") {
  check_relation_rows({
      {"The ASEAN Regional CERT, announced in 2023, is hosted in Singapore.",
       {"ASEAN Regional CERT located_in Singapore"},
       {}},
      {"The Baltic Cyber Centre is a Tallinn-based think tank.",
       {"Baltic Cyber Centre located_in Tallinn"},
       {}},
      {"Europol is housed in The Hague.",
       {"Europol located_in The Hague"},
       {}},
      // a body hosted by another body is no place's
      {"The Baltic Cyber Centre is hosted by Europol in a new building.",
       {},
       {"Baltic Cyber Centre located_in Europol"}},
  });
}
